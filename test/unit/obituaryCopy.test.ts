// Kinds of obituary and tributes copy found by round 31's unseen set (r31-obits, fresh96): a death notice's family
// list ("survived by their children, A, B and C", "leaves daughter A, sons B and C"), whose later names and whose
// relation went missing, and a wife named by her first name after "married to"; a farewell opening a quoted tribute ("Goodbye, Mum.") read as a person with a vocative role;
// a lone broadcast medium after a sentence's first word ("Before TV came along") read as a station; a company named
// for its founder and a manufacturing trade ("X Pneumatics"), or with a Dutch or German "Industrie"; a relative
// introduced with a bare occupation ("his wife, actress X"); and the cast nouns of entertainment copy ("Fellow
// castmate X", "her co-star X"); a programme's title in quotation marks after "a tribute edition of" read as speech of
// the broadcaster that said it would air it. Every sentence is invented.
import * as assert from 'assert';
import { findQuotes } from '../../src/core/quotes';
import { mentionLabels, rolesOf } from './support/entityQueries';

function kindOf(text: string, content: string): string | undefined {
  return findQuotes(text).find(span => text.slice(span.start, span.end) === content)?.kind;
}

describe('obituary and tributes copy kinds of round 31 (r31-obits)', () => {
  it('reads every given name of a family list after a plural kin noun as a person, the list\'s relation as a role', () => {
    const text = 'The retired printer Ewart Lindqvist-Shaw died at home. He is survived by his wife and their children, Carys, Stephen and Martin, and by nine grandchildren.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Ewart Lindqvist-Shaw', 'p:Carys', 'p:Stephen', 'p:Martin']);
    assert.deepStrictEqual(rolesOf(text, 'Martin'), ['their children']);
  });

  it('reads a kin noun written as a label before the names, with no comma, as the list\'s relation', () => {
    const text = 'Nadia Trevelyan, a potter, died on Sunday. She leaves husband Arthur, daughters Ruth and Naomi, and a brother.';
    assert.ok(mentionLabels(text).includes('p:Naomi'), mentionLabels(text).join(', '));
    assert.deepStrictEqual(rolesOf(text, 'Ruth'), ['daughters']);
  });

  it('reads a given name the lexicon knows as a common word as a person when the list goes on with a known first name', () => {
    const text = 'Oswin Maddox leaves daughters Wren and Alice, and a sister.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Oswin Maddox', 'p:Wren', 'p:Alice']);
    assert.deepStrictEqual(mentionLabels('He visited the depots in Kelso and Tarrow.'), []);
  });

  it('reads a known first name alone after "married to" as the spouse', () => {
    assert.deepStrictEqual(mentionLabels('Cornelius Abernathy-Pole was married to Winifred for 61 years.'), ['p:Cornelius Abernathy-Pole', 'p:Winifred']);
  });

  it('reads a farewell opening a quoted tribute as no name', () => {
    assert.deepStrictEqual(mentionLabels('"Goodbye, Mum. Save me a seat," her son wrote.'), []);
    assert.deepStrictEqual(mentionLabels('"Farewell, old friend," the club posted.'), []);
  });

  it('reads a lone broadcast medium after a sentence\'s opening word as no station', () => {
    assert.deepStrictEqual(mentionLabels('Before TV came along, the family ran a cinema in Wrexham.'), []);
    assert.deepStrictEqual(mentionLabels('After Radio Kelso closed, she taught music.'), ['o:Radio Kelso']);
  });

  it('reads a company named for a manufacturing trade, or with "Industrie", as a body, not its founder', () => {
    const text = 'The works was sold to Brenner Industrie in 2009. Ansell Pneumatics, founded by Hugh Ansell, was bought in 2015.';
    assert.deepStrictEqual(mentionLabels(text), ['o:Brenner Industrie', 'o:Ansell Pneumatics', 'p:Hugh Ansell']);
  });

  it('keeps the relation of a relative introduced with a bare occupation before the name', () => {
    const text = 'Harriet Okwu said her husband, architect Piers Delamere, had been ill.';
    assert.deepStrictEqual(rolesOf(text, 'Piers Delamere'), ['husband', 'architect']);
  });

  it('reads the cast nouns of entertainment copy as roles before a name', () => {
    assert.deepStrictEqual(rolesOf('Fellow castmate Ottilie Brandt posted a clip.', 'Ottilie Brandt'), ['Fellow castmate']);
    assert.deepStrictEqual(rolesOf('Her co-star Jasper Whitlow said he was heartbroken.', 'Jasper Whitlow'), ['co-star']);
  });

  it('reads a title-case quotation after "<showing> of" as a programme\'s title, not speech', () => {
    assert.strictEqual(kindOf('The channel said it would screen a tribute edition of "Low Tide" on Friday.', 'Low Tide'), 'title');
    assert.strictEqual(kindOf('Fans wept at the final episode of "Kelso Road" last night.', 'Kelso Road'), 'title');
    assert.strictEqual(kindOf('She called the cuts "Plain Wrong" in a statement.', 'Plain Wrong'), 'speech');
  });
});
