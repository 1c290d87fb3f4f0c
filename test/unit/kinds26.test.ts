// Kinds left open by round 25's invented sets and the lead's probes: charities named by a command opening the
// sentence, a company's name holding "and" between two trade words, a port named "Port of X" and its short form. Every
// sentence and name is invented.
import * as assert from 'assert';
import { mentionLabels } from './support/entityQueries';

describe('round 26 kinds: names of bodies that a command, "and" or "of" opens or holds', () => {
  it('reads a charity named by a command opening the sentence whole where it acts as the subject', () => {
    assert.deepStrictEqual(mentionLabels('Rescue the Otters said the river was poisoned.'), ['o:Rescue the Otters']);
    assert.deepStrictEqual(mentionLabels('Stop the Pylons, a campaign group, has collected 4,000 signatures.'), ['o:Stop the Pylons']);
    assert.deepStrictEqual(mentionLabels('Stop the Pylons has collected 4,000 signatures.'), ['o:Stop the Pylons']);
  });

  it('leaves a command opening the sentence alone where nothing shows a subject', () => {
    assert.ok(!mentionLabels('Rescue the Otters before the winter comes.').includes('o:Rescue the Otters'));
    assert.ok(!mentionLabels('Stop the Clock, a new thriller, opens today.').some(label => label.includes('Stop the Clock')));
  });

  it('reads a trade pair joined by "and" inside a company\'s name as one name', () => {
    assert.deepStrictEqual(mentionLabels('Corrandale Oil and Gas Holdings said output fell.'), ['o:Corrandale Oil and Gas Holdings']);
    assert.deepStrictEqual(mentionLabels('Vardo Gas and Electric raised prices.'), ['o:Vardo Gas and Electric']);
  });

  it('keeps two bodies listed with "and" apart when a name follows it', () => {
    assert.deepStrictEqual(mentionLabels('Kelso Oil and Vardo Group signed a deal.'), ['o:Kelso Oil', 'o:Vardo Group']);
    assert.deepStrictEqual(mentionLabels('Tarrow Council and Fire Service staff met.'), ['o:Tarrow Council', 'o:Fire Service']);
  });

  it('names no body "Port" by the short form of a port named "Port of X"', () => {
    assert.ok(!mentionLabels('Cargo through the Port of Velmouth rose. The Port added that it would hire 40 staff.').some(label => label === 'o:Port'));
  });

  it('still joins the short form to a body named in full, and keeps a port named by its place first', () => {
    assert.deepStrictEqual(mentionLabels('The Port of Velmouth Authority said volumes rose. The Port added that it would hire staff.'),
      ['o:Port of Velmouth Authority', 'o:Port']);
    assert.deepStrictEqual(mentionLabels('Velmouth Port said volumes rose.'), ['o:Velmouth Port']);
  });
});
