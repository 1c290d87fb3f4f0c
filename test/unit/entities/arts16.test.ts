// Round 16 (lead): kinds found on new invented copy of arts, health and business news: arts venues as bodies, a
// national body named for a country opening a sentence, a body named after two towns, a firm's street-word short
// form, arts posts, an adverb opening an appositive, and a headline glued to its story's quotation. Invented sentences.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';

function kinds(text: string): string[] {
  return analyzeText(text).entities
    .flatMap(e => e.mentions.map(m => ({ start: m.start, label: `${e.kind === 'person' ? 'p' : 'o'}:${m.text}` })))
    .sort((x, y) => x.start - y.start)
    .map(m => m.label);
}

function rolesOf(text: string, name: string): string[] {
  return analyzeText(text).entities.find(entity => entity.name === name)?.roles.map(role => role.text) ?? [];
}

function entityOf(text: string, mention: string): string | undefined {
  return analyzeText(text).entities.find(entity => entity.mentions.some(m => m.text === mention))?.name;
}

describe('arts venues are bodies', () => {
  it('reads "X Theatre", "X Playhouse", "X Gallery" and "X Museum" as organisations, never people or places', () => {
    assert.deepStrictEqual(kinds('The Tarrow Theatre will close in June.'), ['o:Tarrow Theatre']);
    assert.deepStrictEqual(kinds('The Vardo Playhouse said it would appeal.'), ['o:Vardo Playhouse']);
    assert.deepStrictEqual(kinds('Funding for the Kelso Gallery was cut.'), ['o:Kelso Gallery']);
    assert.deepStrictEqual(kinds('The Marwick Repertory Theatre, founded in 1934, will close.'), ['o:Marwick Repertory Theatre']);
  });

  it('leaves a person named Gallery or a lower-case venue alone', () => {
    assert.deepStrictEqual(kinds('The gallery said it would appeal.'), []);
  });
});

describe('a national body named for its country, opening a sentence', () => {
  it('keeps a common noun before the head when only places follow it ("Arts Council England")', () => {
    assert.deepStrictEqual(kinds('Arts Council England withdrew its grant last year.'), ['o:Arts Council England']);
    assert.deepStrictEqual(kinds('Research Council Norway said the bid was late.'), ['o:Research Council Norway']);
  });

  it('still drops a common word opening the sentence before a name that no head ends', () => {
    assert.deepStrictEqual(kinds('Officials said Dana Kelso had left.'), ['p:Dana Kelso']);
  });
});

describe('a body named after two towns', () => {
  it('reads "the X and Y <…head>" as one body', () => {
    assert.deepStrictEqual(kinds('The Kelso and Vardo Building Society raised its rates.'), ['o:Kelso and Vardo Building Society']);
    assert.deepStrictEqual(kinds('Families sued the Tarrow and Marwick Hospitals Trust in May.'), ['o:Tarrow and Marwick Hospitals Trust']);
  });

  it('keeps two names without "the" ("between Kelso and Vardo Council")', () => {
    assert.deepStrictEqual(kinds('Talks between Kelso and Vardo Council failed.'), ['o:Vardo Council']);
  });
});

describe('a firm named with a street word, then by that street', () => {
  it('joins "X Street" to "X Street Partners" named in full', () => {
    const text = 'The fund Tarrow Street Partners urged a sale. The board said Tarrow Street had written twice.';
    assert.strictEqual(entityOf(text, 'Tarrow Street'), 'Tarrow Street Partners');
  });

  it('leaves the street a place where it does not act as a body', () => {
    assert.deepStrictEqual(kinds('Kelso Lane Capital led the round. Its offices in Kelso Lane were raided.'), ['o:Kelso Lane Capital']);
    assert.deepStrictEqual(kinds('Kelso Lane Capital led the round. Not everyone on Kelso Lane was pleased.'), ['o:Kelso Lane Capital']);
  });
});

describe('arts posts and opening adverbs in roles', () => {
  it('keeps "artistic", "creative" and "musical" in the post', () => {
    assert.deepStrictEqual(rolesOf('The theatre\'s artistic director, Idris Sandal, said he was sad.', 'Idris Sandal'), ['theatre\'s artistic director']);
    assert.deepStrictEqual(rolesOf('Its creative director, Orla Brandt, agreed.', 'Orla Brandt'), ['creative director']);
  });

  it('drops "now" or "currently" opening an appositive without an article, keeps "then"', () => {
    assert.deepStrictEqual(rolesOf('The post goes to Priya Raman, currently finance chief at Vardo.', 'Priya Raman'), ['finance chief at Vardo']);
    assert.deepStrictEqual(rolesOf('The post goes to Priya Raman, now finance chief at Vardo.', 'Priya Raman'), ['finance chief at Vardo']);
    assert.deepStrictEqual(rolesOf('Orla Brandt, then mayor of Tarrow, said no.', 'Orla Brandt'), ['then mayor of Tarrow']);
  });
});

describe('a headline glued to its story\'s quotation by a dash', () => {
  it('does not run the headline\'s last word into the name after the quotation mark', () => {
    assert.deepStrictEqual(kinds('PLANS AT ITS HEART—"For Kelso Council\'s new director, it was hard." The museum said so.'), ['o:Kelso Council']);
  });
});
