// Speaker kinds read off round 29's pass over a large hand-attributed training set of political news (the kinds
// only; every sentence and name here is invented): an inverted cue with any verb whose subject opens with a
// capitalised possessor ("“…,” urged X's campaign chair, Y."), a new sentence after a quotation that closed its own
// whose pronoun subject is followed by a reporting verb's look-alike deep in its predicate ("… pension claims."),
// a reply after a quotation that reports new words ("She replied to him that …"), which must not take the
// quotation before it from its own lead-in, a participle's subject after "In June, after X …, Y …" (Y's, not X's),
// and a relative clause's verb nearest the quotation ("X said he wants a plan that calls for “…”"): the named
// reporter opening the sentence relays the words.
import * as assert from 'assert';
import { quoteSpeakers } from './support/entityQueries';

const speakers = quoteSpeakers;

const OPENING = 'Rally in Tollford draws thousands.\n\nThe mayor, Ellen Marsh, spoke last.\n\n';

describe('round 29 speaker kinds (inverted possessive subjects, new sentences after a quotation)', () => {
  it('credits the person named at the end of a possessive phrase after any inverted verb', () => {
    assert.deepStrictEqual(speakers(`${OPENING}"The ferry must run all winter," urged Marsh's campaign chair, former skipper Dana Holloway.`), [['The ferry must', 'Dana Holloway']]);
    assert.deepStrictEqual(speakers(`${OPENING}"Voters should stay at home," opined Marsh's rival, Dana Holloway.`), [['Voters should stay', 'Dana Holloway']]);
  });

  it('credits a paper named after its town\'s possessive and any inverted verb', () => {
    assert.deepStrictEqual(speakers(`${OPENING}"Voters should stay at home," opined Tollford's Evening Courier.`), [['Voters should stay', 'Evening Courier']]);
  });

  it('keeps a possessive phrase that names no one after the verb from crediting anyone by itself', () => {
    // Nobody is named after the verb: the quotation keeps what the paragraph conventions give it, not the possessor.
    const [[, speaker]] = speakers(`${OPENING}"Voters should stay at home," opined Marsh's rival.`);
    assert.notStrictEqual(speaker, 'Dana Holloway');
  });

  it('takes no cue from a look-alike reporting verb deep in the sentence a pronoun opens after the quotation', () => {
    const text = 'Mira Kell questioned the vote, "The board has never once asked the crews what they think." She wants new rules for any scheme moving responsibility for pension claims.';
    assert.deepStrictEqual(speakers(text), [['The board has', 'Mira Kell']]);
  });

  it('still credits a pronoun that opens the sentence after the quotation with its own reporting verb', () => {
    const text = 'Ivo Sandal spoke for the crews. "The board has never once asked the crews what they think." He added that the fees must be frozen.';
    assert.deepStrictEqual(speakers(text), [['The board has', 'Ivo Sandal']]);
  });

  it('reads "She replied to him that …" after a quotation as new words, leaving the quotation to its lead-in', () => {
    const text = 'Mira Kell won the regatta. Skipper Ivo Sandal wrote to Kell after the race, calling her "the Admiral" and adding, "nobody on this coast sails like you!" She replied to him that the win was "the crew\'s, not mine."';
    assert.deepStrictEqual(speakers(text).slice(1), [['nobody on this', 'Ivo Sandal'], ['the crew\'s, not', 'Mira Kell']]);
  });

  it('reads a participle\'s subject after a subordinate clause that follows a short opening phrase', () => {
    const text = 'In June, after Mira Kell broke her wrist, Ivo Sandal emailed her his sympathy, telling her, "you are the best director this port has had!"';
    assert.deepStrictEqual(speakers(text), [['you are the', 'Ivo Sandal']]);
  });

  it('leaves a participle with the subject that opens the sentence when a clause after it names another', () => {
    const text = 'Ivo Sandal, after Mira Kell broke her wrist, emailed Dana Holloway, telling her, "you are the best director this port has had!"';
    assert.deepStrictEqual(speakers(text), [['you are the', 'Ivo Sandal']]);
  });

  it('credits the named reporter opening the sentence over a relative clause\'s verb that names no one', () => {
    assert.deepStrictEqual(speakers('Ivo Sandal said in a statement that he wants a harbour plan that calls for "a new pier and a fair price for every boat."'), [['a new pier', 'Ivo Sandal']]);
    assert.deepStrictEqual(speakers('Ivo Sandal told a young fisherman who suggested that crews may stay away that "this is not the first winter the crews have been angry."'), [['this is not', 'Ivo Sandal']]);
  });

  it('leaves a relative clause\'s words unnamed when the sentence\'s own verb reports nothing', () => {
    assert.deepStrictEqual(speakers('Ivo Sandal met a young fisherman who said "this is not the first winter the crews have been angry."'), [['this is not', null]]);
  });

  it('still credits a reply to someone that closes the quotation\'s own sentence', () => {
    const text = 'Mira Kell ran the port until May. "We will not close the pier this winter," she replied to him.';
    assert.deepStrictEqual(speakers(text), [['We will not', 'Mira Kell']]);
  });
});
