// Inputs the fuzz test once broke the engine with, kept as regression cases. Each is kept literally (the
// seed alone would give another input once the generator or the fixture articles change) with the seed that
// found it and what went wrong.
import * as assert from 'assert';
import { analyseCase, comparePair, formatFailure } from './support/fuzzRunner';
import type { FuzzCase } from './support/generators';

interface Regression {
  readonly seed: number;
  readonly problem: string;
  readonly text: string;
}

const REGRESSIONS: readonly Regression[] = [
  { seed: 1592591305, problem: 'analyzeText threw: a name draft of particles only ("arap") had no word to judge', text: 'arap Secretary' },
  { seed: 1592591249, problem: 'analyzeText threw on a particle-only draft ("al-")', text: 'f al-A l' },
  { seed: 1592591249, problem: 'the same, in its article context', text: '"the hospitals are overwhelmed," dr Mohammed abu Qarira, director of al-SHIFA hospital, told AL Jazeera.\r\rReporting from Deir el-Balah' },
  { seed: 1592590549, problem: 'a role across a CR line break was recorded with a space: role.text !== text.slice', text: 'the chief Piotr Kowalski, Li\r\rpresident of the Commission, said on Monday.' },
  { seed: 1592590681, problem: 'role "Its Minister" recorded for "Its\\rMinister"', text: 'Its\rMinister  Kowalski [\n\nminister ceasefire' },
  { seed: 1592590847, problem: 'role across a hard-wrapped line recorded with a space', text: 'McDonald\npresident Commission said.' },
  { seed: 1592590798, problem: 'mention "Qu\\t\\ufeff": compromise keeps a tab and a BOM inside the term', text: 'Amara Minister Qu\t\ufeff\rsaid der a Kiptoo Nakamura' },
  { seed: 1592591399, problem: 'analyzeText threw: a description word looked up in a plain object found its prototype ("constructor")', text: 'Kenya’s constructor added: “We will build it.” The constructor said “it is done.”\n\nthe constructor told “valueOf was here”' },
  { seed: 1592590798, problem: 'a zero-width space inside a term', text: 'President Qu\u200b said on Monday that Hiro Nakamura\u200b agreed.' },
];

describe('fuzz regressions', () => {
  for (const r of REGRESSIONS) {
    it(`seed ${r.seed}: ${r.problem}`, () => {
      const fuzzCase: FuzzCase = { seed: r.seed, kind: 'regression', text: r.text };
      const result = analyseCase(fuzzCase, true);
      assert.deepStrictEqual(result.problems, [], formatFailure(`seed ${r.seed}`, fuzzCase, result.problems));
    });
  }

  it('cross-references every pair of the regression inputs consistently', () => {
    const analysed = REGRESSIONS.map(r => analyseCase({ seed: r.seed, kind: 'regression', text: r.text }));
    for (const x of analysed) {
      for (const y of analysed) {
        assert.deepStrictEqual(comparePair(x, y), [], `${JSON.stringify(x.fuzzCase.text)} with ${JSON.stringify(y.fuzzCase.text)}`);
      }
    }
  });
});
