// Speaker kinds read off round 33's pass over the named and pronoun speakers a large hand-attributed training set of
// political news still missed (the kinds only; every sentence and name here is invented): a family name that is an
// English word opening a sentence before a hyphened given name; a message with "to <recipients>" before its verb; a
// question introduced by "wanted to know"; a church body named as a patriarchate between a name and its verb; a
// message named before the colon of an introduction; and a clause opened by a person's campaign or office whose
// participle quotes it.
import * as assert from 'assert';
import { namedMentionLabels, quoteSpeakers } from './support/entityQueries';

const speakers = quoteSpeakers;

const OPENING = 'Harbour vote nears in Tollford.\n\nIvo Sandal met dock workers on Monday. Tova Brenner, a ferry campaigner, spoke later.\n\n';

describe('round 33 speaker kinds (hyphened given names, messages to recipients, questions, patriarchates, campaigns)', () => {
  it('keeps a family name opening the sentence before a hyphened given name, and its later use alone', () => {
    const text = 'Park Se-wol, the harbour chief, sat in her office on Monday.\n\n“That was the hardest week of the year,” Park recalled.';
    assert.deepStrictEqual(namedMentionLabels(text), ['p:Park Se-wol:Park Se-wol', 'p:Park Se-wol:Park']);
    assert.deepStrictEqual(speakers(text), [['That was the', 'Park Se-wol']]);
  });

  it('reads no name into a common word before a hyphened compound that is no given name', () => {
    assert.deepStrictEqual(namedMentionLabels('Park Lane-style flats sold well in Tollford.'), []);
    assert.deepStrictEqual(namedMentionLabels('Ban Anti-noise rules, the residents said.'), []);
  });

  it('credits the writer of a message sent "to" someone, not the recipients named before the verb', () => {
    const letter = `${OPENING}Brenner’s letter to the council said “the depot staff back the night ferry.”`;
    assert.deepStrictEqual(speakers(letter), [['the depot staff', 'Tova Brenner']]);
    const email = `${OPENING}Brenner’s weekly email to her supporters notes that the depot manager “has fought for night ferries for years.”`;
    assert.deepStrictEqual(speakers(email), [['has fought for', 'Tova Brenner']]);
  });

  it('credits no one for a message to a named person with no writer', () => {
    const text = `${OPENING}A letter to Brenner said “the depot staff back the night ferry.”`;
    assert.deepStrictEqual(speakers(text), [['the depot staff', null]]);
  });

  it('reads "wanted to know" as asking the question quoted next', () => {
    const text = `${OPENING}Sandal wanted to know, “Why do the night ferries stop at ten?”`;
    assert.deepStrictEqual(speakers(text), [['Why do the', 'Ivo Sandal']]);
    const came = `${OPENING}Sandal came to know “the ferry people” well.`;
    assert.deepStrictEqual(speakers(came), []);
  });

  it('reads a patriarchate as a church body between a name and its verb', () => {
    const text = `${OPENING}As Archbishop Tomas Vell of the Coastal Patriarchate of Tollford told the harbour radio, “The depot staff back the night ferry.”`;
    assert.deepStrictEqual(speakers(text), [['The depot staff', 'Tomas Vell']]);
  });

  it('credits a message named before an introduction\'s colon to its possessor, a service named or not', () => {
    for (const message of ['Facebook post', 'post', 'latest email']) {
      const text = `${OPENING}From Brenner’s ${message}: “The depot staff back the night ferry and we must act.”`;
      assert.deepStrictEqual(speakers(text), [['The depot staff', 'Tova Brenner']], message);
    }
  });

  it('credits a person whose campaign or office opens the clause of a quoting participle', () => {
    const campaign = `${OPENING}Brenner’s campaign rejected the remarks, saying, “Nobody on our team asked for his support.”`;
    assert.deepStrictEqual(speakers(campaign), [['Nobody on our', 'Tova Brenner']]);
    const office = `${OPENING}Brenner’s office denied the report, adding that “nobody on our team asked for his support.”`;
    assert.deepStrictEqual(speakers(office), [['nobody on our', 'Tova Brenner']]);
  });

  it('credits no one when a post follows the campaign: its holder speaks', () => {
    const text = `${OPENING}Sandal’s campaign manager rejected the remarks, saying, “Nobody on our team asked for his support.”`;
    assert.deepStrictEqual(speakers(text), [['Nobody on our', null]]);
  });
});
