// Round 16 (r16b-health): kinds found on new invented health and education copy (test/fixtures/fresh34): an abstract
// noun opening a sentence read as a body, a body named after two towns with a plural head and no "the", and an NHS
// trust named with and without its legal form across two reports. Invented sentences.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';
import { linkAnalyses } from '../../../src/core/link';

function kinds(text: string): string[] {
  return analyzeText(text).entities
    .flatMap(e => e.mentions.map(m => ({ start: m.start, label: `${e.kind === 'person' ? 'p' : 'o'}:${m.text}` })))
    .sort((x, y) => x.start - y.start)
    .map(m => m.label);
}

describe('an abstract noun opening a sentence is no body', () => {
  it('drops "Maternity", "Employment" opening a sentence before a common noun', () => {
    assert.deepStrictEqual(kinds('Maternity services run by the trust have been cut, Dana Kelso said.'), ['p:Dana Kelso']);
    assert.deepStrictEqual(kinds('Employment figures rose in Marwick, Orla Brandt said.'), ['p:Orla Brandt']);
  });

  it('keeps a body whose name the text gives with its head noun', () => {
    assert.deepStrictEqual(kinds('The Vardo Maternity Trust said it would appeal.'), ['o:Vardo Maternity Trust']);
  });
});

describe('a body named after two towns with a plural head', () => {
  it('reads "X and Y Hospitals" as one body without "the"', () => {
    assert.deepStrictEqual(kinds('Care at Kelso and Vardo Hospitals was rated inadequate.'), ['o:Kelso and Vardo Hospitals']);
  });

  it('keeps two names before a singular head ("between Kelso and Vardo Council")', () => {
    assert.deepStrictEqual(kinds('Talks between Kelso and Vardo Council failed.'), ['o:Vardo Council']);
  });
});

describe('an NHS trust with and without its legal form', () => {
  it('links "X Hospitals NHS Foundation Trust" in one report to "X Hospitals" in another', () => {
    const [full, short] = linkAnalyses([
      analyzeText('Families sued the Kelso and Vardo Hospitals NHS Foundation Trust on Monday.'),
      analyzeText('Staff at Kelso and Vardo Hospitals raised concerns, Idris Penhale said.'),
    ]);
    const idOf = (doc: typeof full, word: string) => doc.entities.find(entity => entity.kind === 'org' && entity.name.startsWith(word))?.id;
    assert.ok(idOf(full, 'Kelso'));
    assert.strictEqual(idOf(full, 'Kelso'), idOf(short, 'Kelso'));
  });

  it('keeps two towns\' councils apart', () => {
    const [left, right] = linkAnalyses([analyzeText('Tarrow Council met on Monday.'), analyzeText('Marwick Council met on Monday.')]);
    assert.notStrictEqual(left.entities[0]?.id, right.entities[0]?.id);
  });
});

describe('an outlet\'s masthead on a line of its own', () => {
  it('reads "X Evening Courier" below the byline as the outlet, not a Title Case headline', () => {
    const text = 'Trust cuts jobs\n\nBy Dana Kelso, Health Correspondent\nTarrow Evening Courier\n3 November 2026\n\nThe trust said on Monday it would cut 40 jobs.';
    assert.deepStrictEqual(kinds(text), ['p:Dana Kelso', 'o:Tarrow Evening Courier']);
  });

  it('reads a trade weekly\'s name opening with a trade\'s "-ing" word as the outlet, named nowhere else', () => {
    const text = 'Farming Practice Weekly\n\nGrowers fear cuts as board delays plan\n\nBy Orla Brandt\n\nThe board said on Monday it would wait.';
    assert.deepStrictEqual(kinds(text), ['o:Farming Practice Weekly', 'p:Orla Brandt']);
  });

  it('reads a trade weekly\'s name above the headline as the outlet', () => {
    const text = 'Kelso Practice Weekly\n\nGrowers fear cuts as board delays plan\n\nBy Orla Brandt\n\nThe board told Kelso Practice Weekly on Monday it would wait.';
    assert.deepStrictEqual(kinds(text), ['o:Kelso Practice Weekly', 'p:Orla Brandt', 'o:Kelso Practice Weekly']);
  });

  it('still reads a headline with a verb as a headline', () => {
    const text = 'Courier Staff Walk Out Over Pay\n\nBy Orla Brandt\n\nStaff at the paper walked out on Monday.';
    assert.deepStrictEqual(kinds(text), ['p:Orla Brandt']);
  });
});

describe('the body after a post only a body has', () => {
  it('reads "founder of X" as the body X, though no head noun ends it', () => {
    assert.deepStrictEqual(kinds('Dana Kelso, founder of Safer Births Vardo, said the plan was wrong.'), ['p:Dana Kelso', 'o:Safer Births Vardo']);
  });

  it('leaves a place after a post a town has', () => {
    assert.deepStrictEqual(kinds('Dana Kelso, mayor of Vardo, said the plan was wrong.'), ['p:Dana Kelso']);
  });
});
