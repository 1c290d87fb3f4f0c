// Kinds the lead's probes of round 35 found in invented copy: in business copy a company of unknown words described
// by what it trades in a clause ("X, which makes sensors,") or an appositive ("X, a maker of pumps,") was read as a
// person or missed; in disaster copy abroad a regional adjective ("the Catalan fire service") read as a body.
// Every sentence and name is invented.
import * as assert from 'assert';
import { mentionLabels } from './support/entityQueries';

describe('round 35 lead probes: companies by what they trade', () => {
  it('reads a name before "which" and a verb of trade as a company', () => {
    assert.deepStrictEqual(mentionLabels('A rival bid came from Dunmarl Tevis, which owns three quarries.'), ['o:Dunmarl Tevis']);
    assert.deepStrictEqual(mentionLabels('Orders went to Brakkon, which makes valves for ships.'), ['o:Brakkon']);
  });

  it('keeps a person before "who" and a known place before "which"', () => {
    assert.deepStrictEqual(mentionLabels('The deal helps Tom Brisk, who makes pumps.'), ['p:Tom Brisk']);
    assert.ok(!mentionLabels('Rain fell on Texas, which owns its grid.').some(label => label.startsWith('o:')));
  });

  it('reads a name before an appositive of a trade\'s agent and what it trades as a company', () => {
    assert.deepStrictEqual(mentionLabels('Shares rose after Kelvane, a maker of pumps, said it would hire.'), ['o:Kelvane']);
    assert.deepStrictEqual(mentionLabels('Work went to Sorvik Ennis, the largest supplier of cables, last year.'), ['o:Sorvik Ennis']);
  });

  it('keeps a known given name as a person, and a work\'s maker as no company', () => {
    assert.deepStrictEqual(mentionLabels('Shares rose after Dana Kell, a maker of violins, said she would hire.'), ['p:Dana Kell']);
    assert.ok(!mentionLabels('The prize went to Orvane, the maker of the film, on Friday.').includes('o:Orvane'));
  });
});

describe('round 35 lead probes: regional adjectives', () => {
  it('reads no body in a regional adjective before a service or a people', () => {
    for (const text of ['The Catalan fire service said crews were ready.', 'Bavarian police said two men were held.', 'Punjabi farmers marched on the capital.']) {
      assert.deepStrictEqual(mentionLabels(text), [], text);
    }
  });

  it('keeps bodies whose names open with such an adjective', () => {
    assert.deepStrictEqual(mentionLabels('The Basque Nationalist Party won the vote.'), ['o:Basque Nationalist Party']);
    assert.deepStrictEqual(mentionLabels('Hawaiian Electric said power was back.'), ['o:Hawaiian Electric']);
  });
});
