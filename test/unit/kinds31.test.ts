// Kinds left open by round 30's invented sets: a crosshead between paragraphs, a body's clipped name after "the", a courtesy title after a post's
// complement, long lower-case posts, a body's possessive before its chief executive, a common word that names a union
// introduced by "which represents", a report's title set off by commas, a town standing for its university, a person
// and a body joined by "and", and a portfolio of a known and an unknown department. Every sentence and name is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { mentionLabels, namedMentionLabels, rolesOf } from './support/entityQueries';

describe('round 31 kinds: clipped names, posts with courtesy titles, long posts, unions, report titles, towns and portfolios', () => {
  it('reads a short title-case line of a common word and a plural between paragraphs as a crosshead, no name', () => {
    const text = (line: string) => `The council met on Monday to discuss the budget.\n\n${line}\n\n"We cannot go on like this," said one resident.`;
    assert.deepStrictEqual(mentionLabels(text('April Showers')), []);
    assert.deepStrictEqual(mentionLabels(text('Dawn Raids')), []);
    assert.deepStrictEqual(mentionLabels(text('Dana Kelso')), ['p:Dana Kelso']);
  });

  it('joins one word after "the" that clips the first word of a body named in full to that body', () => {
    const text = 'The Pellamy Assurance Company said profits rose.\n\nThe Pell said its shares would be bought back.';
    assert.deepStrictEqual(namedMentionLabels(text), ['o:Pellamy Assurance Company:Pellamy Assurance Company', 'o:Pellamy Assurance Company:Pell']);
    const force = 'The Vardona Police said it was investigating.\n\nOfficers from the Vard said the road was shut.';
    assert.deepStrictEqual(namedMentionLabels(force), ['o:Vardona Police:Vardona Police', 'o:Vardona Police:Vard']);
  });

  it('leaves a word of its own after "the" and a word that only derives the body\'s first word alone', () => {
    const text = 'The Kelmarsh Unionist Party said no.\n\nVoters backed the Union in 2014.';
    assert.deepStrictEqual(namedMentionLabels(text), ['o:Kelmarsh Unionist Party:Kelmarsh Unionist Party']);
    const derived = 'The Postal Workers Guild said no.\n\nThe Post said yes.';
    assert.ok(!namedMentionLabels(derived).includes('o:Postal Workers Guild:Post'));
  });

  it('reads "the" and a lower-case noun between a post\'s connector and a courtesy title as the post\'s', () => {
    assert.deepStrictEqual(rolesOf('Chair of the trustees Mrs Ilsa Marwick told the court the case was serious.', 'Ilsa Marwick'), ['Chair of the trustees']);
    assert.deepStrictEqual(rolesOf('Clerk to the governors Mr Oren Talby said the hearing would resume.', 'Oren Talby'), ['Clerk to the governors']);
  });

  it('keeps a post\'s nouns that are verbs too, and the noun opening the sentence, in a post before the name', () => {
    assert.deepStrictEqual(rolesOf('Reservoir duty manager Kevan Droop said the barrier was closed.', 'Kevan Droop'), ['Reservoir duty manager']);
    assert.deepStrictEqual(rolesOf('Warehouse shift supervisor Alma Quist said the line stopped twice.', 'Alma Quist'), ['Warehouse shift supervisor']);
    assert.deepStrictEqual(rolesOf('The pest control manager, Tobin Varrow, said the gates held.', 'Tobin Varrow'), ['pest control manager']);
  });

  it('leaves an imperative opening the sentence out of the post', () => {
    assert.deepStrictEqual(rolesOf('Meet shift supervisor Ola Brandt, who works nights.', 'Ola Brandt'), ['supervisor']);
  });

  it('reads a possessive word opening the sentence before a post only a body holds as the body', () => {
    assert.deepStrictEqual(mentionLabels('Summit\'s chief executive, Ola Brandt, said the firm would appeal.'), ['o:Summit', 'p:Ola Brandt']);
    assert.deepStrictEqual(rolesOf('Summit\'s founder Ola Brandt said the firm would grow.', 'Ola Brandt'), ['Summit\'s founder']);
  });

  it('leaves a possessive before a spokesperson alone: a politician\'s surname stands there as often', () => {
    assert.deepStrictEqual(mentionLabels('Beacon\'s spokeswoman Petra Lind said the firm would appeal.'), ['p:Petra Lind']);
  });

  it('reads a common word opening the sentence before "which represents" as a union, and its later uses too', () => {
    const text = 'Keystone, which represents engineers, said the cuts were unsafe.\n\nKeystone said members would ballot.';
    assert.deepStrictEqual(mentionLabels(text), ['o:Keystone', 'o:Keystone']);
  });

  it('reads a title-case name set off by commas after "review" or "study" as the work\'s name, no quotation', () => {
    const text = 'The review, “Safer Roads Ahead”, found that crossings were unsafe, said Dana Kelso.\n\nThe study, “Children First”, found gaps.';
    assert.deepStrictEqual(analyzeText(text).quotes.map(quote => quote.text), []);
    assert.deepStrictEqual(mentionLabels(text), ['p:Dana Kelso']);
  });

  it('joins a town\'s possessive before a university\'s own post to the university named in full', () => {
    const text = 'The University of Leeds said fees would rise.\n\nLeeds\'s vice-chancellor, Tomas Fenn, said the plan was fair.';
    assert.deepStrictEqual(namedMentionLabels(text), ['o:University of Leeds:University of Leeds', 'o:University of Leeds:Leeds', 'p:Tomas Fenn:Tomas Fenn']);
    assert.deepStrictEqual(mentionLabels('Leeds\'s vice-chancellor, Tomas Fenn, said the plan was fair.'), ['p:Tomas Fenn']);
  });

  it('reads a given name and a surname, "and", then a body of two words as a person and a body', () => {
    assert.deepStrictEqual(mentionLabels('Dana Kelso and Avonmere Police said the search had ended.'), ['p:Dana Kelso', 'o:Avonmere Police']);
    assert.deepStrictEqual(mentionLabels('The Tom Wrede and Dana Kelso Foundation gave money.'), ['o:Tom Wrede and Dana Kelso Foundation']);
  });

  it('reads a known department, "and" and one more capitalised word before a name of two words as one portfolio', () => {
    assert.deepStrictEqual(rolesOf('Minister for Health and Ageing Orla Vesk said the schools would open.', 'Orla Vesk'), ['Minister for Health and Ageing']);
    assert.deepStrictEqual(mentionLabels('Minister for Health and Ageing Orla Vesk said the schools would open.'), ['p:Orla Vesk']);
  });
});
