// Kinds the lead's probes of round 25 found in invented humanitarian and community copy: a given name that is also a
// common word or an abbreviation ("Max", "Jan", "Blessing") opening the sentence before a surname, which left the person
// unnamed or made the pair an outlet; and a charity named by a command ("Save the Otters"), read as its last word
// alone. Every sentence and name is invented.
import * as assert from 'assert';
import { mentionLabels } from './support/entityQueries';

describe('round 25 lead probes: given names that are words, charities named by a command', () => {
  it('reads a given name that is also a common word or an abbreviation, opening the sentence, as the first name', () => {
    assert.deepStrictEqual(mentionLabels('Max Tarrow said the road was closed.'), ['p:Max Tarrow']);
    assert.deepStrictEqual(mentionLabels('Jan Vellacott, the charity\'s regional director, said the road was closed.'), ['p:Jan Vellacott']);
    assert.deepStrictEqual(mentionLabels('Blessing Okanta said the clinic was full.'), ['p:Blessing Okanta']);
    assert.deepStrictEqual(mentionLabels('Hope Varlow said the plan would fail.'), ['p:Hope Varlow']);
  });

  it('keeps a body whose first word is such a name but whose last is a common word, and a month before a date', () => {
    assert.deepStrictEqual(mentionLabels('Max Tarrow Group said the plan would fail.'), ['o:Max Tarrow Group']);
    assert.ok(!mentionLabels('Jan 12 was the coldest day, Kelso Council said.').some(label => label.startsWith('p:')));
  });

  it('reads a charity named by a command inside the sentence, or before a reporting verb, as one body', () => {
    assert.deepStrictEqual(mentionLabels('The Kelso Relief Fund and Save the Otters also called for a ban.'), ['o:Kelso Relief Fund', 'o:Save the Otters']);
    assert.deepStrictEqual(mentionLabels('Save the Otters said the river was poisoned.'), ['o:Save the Otters']);
  });

  it('leaves a command opening the sentence, and a capitalised verb before "the" after a colon, alone', () => {
    assert.ok(!mentionLabels('Save the Otters before the winter comes.').includes('o:Save the Otters'));
    assert.ok(!mentionLabels('The sign read: Save the Date for the summer fair.').some(label => label.includes('Save the Date')));
    assert.deepStrictEqual(mentionLabels('As The Kelso Courier reported, the plan failed.'), ['o:Kelso Courier']);
    assert.ok(!mentionLabels('She appeared on Meet the Voters on Sunday.').some(label => label.includes('Meet the Voters')));
  });

  it('reads an advocacy group named by a place, its members and "for" its cause whole, lawyers and engineers among the members', () => {
    assert.deepStrictEqual(mentionLabels('Kelso Doctors for Peace said no.'), ['o:Kelso Doctors for Peace']);
    assert.deepStrictEqual(mentionLabels('Ann Dube, of Vardo Lawyers for Equal Rights, said no.'), ['p:Ann Dube', 'o:Vardo Lawyers for Equal Rights']);
    assert.deepStrictEqual(mentionLabels('The claim was brought by Engineers for Safe Bridges.'), ['o:Engineers for Safe Bridges']);
  });

  it('leaves lawyers "for" a person or a place as people, not a group', () => {
    assert.ok(!mentionLabels('Lawyers for Dana Kelso said she would appeal.').some(label => label.startsWith('o:Lawyers')));
    assert.deepStrictEqual(mentionLabels('Lawyers for Oberwald said he would appeal.'), ['p:Oberwald']);
  });

  it('reads a body named after its place written "<place noun> of X" whole ("City of Kelso Council", "Port of Tarrow Authority")', () => {
    assert.deepStrictEqual(mentionLabels('The City of Kelso Council said no.'), ['o:City of Kelso Council']);
    assert.deepStrictEqual(mentionLabels('The Port of Tarrow Authority said the berth was closed.'), ['o:Port of Tarrow Authority']);
    assert.deepStrictEqual(mentionLabels('The Isle of Vardo Council met.'), ['o:Isle of Vardo Council']);
  });

  it('leaves "the City of X" with no body\'s head after it a place', () => {
    assert.deepStrictEqual(mentionLabels('Traffic was heavy in the City of Kelso on Monday.'), []);
  });

  it('splits two bodies listed after a plural of their kind, and reads the first, of unknown words, as a body', () => {
    assert.deepStrictEqual(mentionLabels('The cuts follow moves by rivals Tarrow Micro and Brightline Devices.'), ['o:Tarrow Micro', 'o:Brightline Devices']);
    assert.deepStrictEqual(mentionLabels('The award went to rivals Dana Kelso and Tom Vell.'), ['p:Dana Kelso', 'p:Tom Vell']);
  });

  it('keeps one body named after two towns joined by "and"', () => {
    assert.deepStrictEqual(mentionLabels('She banks with the Kelso and Vardo Building Society.'), ['o:Kelso and Vardo Building Society']);
  });

  it('reads "host" between a side and a one-word visitor before the fixture\'s day as the fixture\'s verb, no title', () => {
    assert.ok(!mentionLabels('The Lions host Vardo next Friday at the Gabba.').includes('p:Vardo'));
    assert.ok(!mentionLabels('Kelso Rovers host Marwick on Saturday.').includes('p:Marwick'));
    assert.deepStrictEqual(mentionLabels('Radio host Dana Kelso spoke on Saturday.').filter(label => label.startsWith('p:')), ['p:Dana Kelso']);
  });
});
