// Big and pathological input that must not hang: a 200,000-character line and thousands of unbalanced
// quotation marks. Each run happens in a worker with a generous deadline (a hang guard, not a speed target:
// speed has its own benchmarks); the times are printed so growth can be read off the log.
import * as assert from 'assert';
import type { CheckedSummary } from './support/checkedAnalysis';
import type { PassSummary } from './support/checkedPasses';
import { loadFixtureArticles } from './support/generators';
import { compiledModule, runIsolated } from './support/isolated';

const HANG_GUARD_MS = 120_000;
const checked = compiledModule('test/unit/support/checkedAnalysis.js');
const passes = compiledModule('test/unit/support/checkedPasses.js');

function analyzeIsolated(text: string) {
  return runIsolated<CheckedSummary>(checked, 'analyzeAndCheck', [text], HANG_GUARD_MS);
}

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

function report(label: string, s: CheckedSummary): void {
  console.log(`      ${label}: ${s.analyzeMs.toFixed(0)} ms, ${s.entities} entities, ${s.mentions} mentions, ${s.quotes} quotes`);
}

describe('analyzeText on big and pathological input', function () {
  this.timeout(HANG_GUARD_MS * 2 + 10_000);

  it('analyses a 200,000-character line of news prose', async () => {
    const text = repeatTo('Angela Markwart said “we will talk to NATO” on Monday, and the BBC reported it; ', 200_000);
    const { value } = await analyzeIsolated(text);
    report('200,000-character line', value);
    assert.deepStrictEqual(value.problems, []);
    assert.ok(value.mentions > 0, 'names on a long line are still found');
  });

  it('analyses a 200,000-character line without any space or punctuation', async () => {
    const { value } = await analyzeIsolated(repeatTo('Abcdefghij', 200_000));
    report('200,000 letters', value);
    assert.deepStrictEqual(value.problems, []);
  });

  const unbalanced: [string, (n: number) => string][] = [
    ['opening curly quotes before words', n => '“word '.repeat(n)],
    ['straight quotes in odd numbers per paragraph', n => 'He said "yes and "no and "maybe.\n\n'.repeat(Math.ceil(n / 3))],
    ['guillemets that never close', n => '« Bonjour, dit Marie. '.repeat(n)],
    ['closing marks only', n => 'word” other’ '.repeat(Math.ceil(n / 2))],
  ];
  for (const [label, build] of unbalanced) {
    it(`finishes on thousands of unbalanced quotes: ${label}`, async () => {
      const small = await analyzeIsolated(build(2_000));
      const large = await analyzeIsolated(build(8_000));
      report(`${label}, 2,000`, small.value);
      report(`${label}, 8,000`, large.value);
      console.log(`      growth for 4x the marks: ${(large.value.analyzeMs / Math.max(1, small.value.analyzeMs)).toFixed(1)}x (linear ≈ 4x)`);
      assert.deepStrictEqual(small.value.problems, []);
      assert.deepStrictEqual(large.value.problems, []);
    });
  }

  describe('a 10 MB file through the linear passes (the full analysis of 10 MB is the speed tests\' concern)', () => {
    let text = '';
    before(() => {
      // Articles, hostile paragraphs and a long line, mixed with each line-ending style.
      const hostile = ['“'.repeat(5_000), '"He said "yes and "no.', '« jamais fermé '.repeat(500), 'x'.repeat(200_000), '\u0000\ufffd👍'.repeat(1_000)];
      const parts = [...loadFixtureArticles(), ...hostile];
      const eols = ['\n\n', '\r\n\r\n', '\r\r', '\n'];
      const chunks: string[] = [];
      let length = 0;
      for (let i = 0; length < 10_000_000; i++) {
        const chunk = parts[i % parts.length] + eols[i % eols.length];
        chunks.push(chunk);
        length += chunk.length;
      }
      text = chunks.join('');
    });

    for (const [label, exportName] of [['splitParagraphs', 'splitParagraphsChecked'], ['findQuotes', 'findQuotesChecked'], ['segmentText', 'segmentTextChecked']]) {
      it(`${label} returns valid spans`, async () => {
        const { value } = await runIsolated<PassSummary>(passes, exportName, [text], HANG_GUARD_MS);
        console.log(`      ${label} on ${(text.length / 1e6).toFixed(1)} M characters: ${value.ms.toFixed(0)} ms, ${value.count} results`);
        assert.deepStrictEqual(value.problems, []);
        assert.ok(value.count > 0);
      });
    }
  });
});
