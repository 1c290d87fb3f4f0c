// Property test over the engine: thousands of generated inputs (random Unicode, news-like text, mutated
// fixture articles) must never make analyzeText throw or break the model's contract, and any two results
// must cross-reference consistently; every fifth pair is also rendered (hover cards, Markdown export) and
// read as VS Code would. NEWS_LENS_FUZZ_RUNS=N runs more (or fewer); NEWS_LENS_FUZZ_SEED=S
// starts elsewhere. A failing seed belongs in fuzzRegressions.test.ts.
import * as assert from 'assert';
import { generateCase, loadFixtureArticles } from './support/generators';
import { analyseCase, comparePair, formatFailure, renderingProblems, type Analysed } from './support/fuzzRunner';

const DEFAULT_RUNS = 2000;
const runs = Number(process.env.NEWS_LENS_FUZZ_RUNS) || DEFAULT_RUNS;
const baseSeed = Number(process.env.NEWS_LENS_FUZZ_SEED) || 0x5eed0000;
/** Enough failures to see a pattern without drowning the report. */
const MAX_FAILURES = 12;

describe('analyzeText and compareDocuments under fuzzing', function () {
  // A hang guard only: the default run takes a few seconds; the budget scales with NEWS_LENS_FUZZ_RUNS.
  this.timeout(Math.max(120_000, runs * 200));

  it(`keep the model's contract on ${runs} generated inputs (seeds ${baseSeed}…${baseSeed + runs - 1})`, () => {
    const fixtures = loadFixtureArticles();
    const failures: string[] = [];
    const kinds = new Map<string, number>();
    let previous: Analysed | undefined;
    for (let i = 0; i < runs && failures.length < MAX_FAILURES; i++) {
      const seed = baseSeed + i;
      const current = analyseCase(generateCase(seed, fixtures), i % 20 === 0);
      kinds.set(current.fuzzCase.kind, (kinds.get(current.fuzzCase.kind) ?? 0) + 1);
      if (current.problems.length) {
        failures.push(formatFailure(`seed ${seed}`, current.fuzzCase, current.problems));
      } else if (previous) {
        const problems = [...comparePair(previous, current), ...(i % 5 === 0 ? renderingProblems(current, previous) : [])];
        if (problems.length) {
          failures.push(formatFailure(`pair of seeds ${seed - 1} and ${seed}`, current.fuzzCase, problems));
        }
      }
      previous = current;
    }
    assert.ok(kinds.size >= 3 || runs < 50, `the generator covers too few kinds of input: ${[...kinds.keys()].join(', ')}`);
    assert.strictEqual(failures.length, 0, `${failures.length} failing input(s):\n${failures.join('\n')}`);
  });
});
