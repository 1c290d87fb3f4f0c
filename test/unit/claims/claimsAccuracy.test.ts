// Claims measured on real text: the four real pairs of ../shared/corpus/real against our hand annotation
// (test/fixtures/claims/pairN.json: offsets and judgements only, made before the alignment was written).
// Floors sit just below the figures reached, so a change that loses accuracy fails. Skips without ../shared.
// NEWS_LENS_CLAIMS_ERRORS=1 also prints each pair's misses and wrong alignments (offsets and the claims' text);
// tools/score-claims.mjs prints the same without compiling the tests, and tunes with leave-one-pair-out.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeText } from '../../../src/core/analyze';
import { claimContextOf } from '../../../src/core/claims/claimsExport';
import { compareClaims } from '../../../src/core/claims/compareClaims';
import { compareDocuments } from '../../../src/core/compare';
import { alignmentErrors, scoreAlignment, scoreConflicts, type ClaimsAnnotation } from '../support/claimsScore';

const root = path.join(__dirname, '..', '..', '..', '..');
const corpus = path.join(root, '..', 'shared', 'corpus', 'real');
const fixtures = path.join(root, 'test', 'fixtures', 'claims');

/** pair → [alignment precision, alignment recall, conflict precision, conflict recall] floors. */
const FLOORS: Readonly<Record<string, readonly [number, number, number, number]>> = {
  pair1: [0.8, 0.9, 1, 1],
  pair2: [0.9, 0.85, 1, 1],
  pair3: [0.95, 0.95, 1, 1],
  pair4: [0.95, 0.85, 1, 1],
};

describe('claims accuracy on the real pairs (../shared/corpus/real)', function () {
  this.timeout(120_000);

  for (const pair of Object.keys(FLOORS)) {
    it(`${pair}: alignment and number conflicts stay above their floors`, function () {
      const gold = JSON.parse(fs.readFileSync(path.join(fixtures, `${pair}.json`), 'utf8')) as ClaimsAnnotation;
      if (!fs.existsSync(path.join(corpus, gold.a))) {
        this.skip();
      }
      const [textA, textB] = [gold.a, gold.b].map(f => fs.readFileSync(path.join(corpus, f), 'utf8'));
      const comparison = compareClaims(textA, textB, claimContextOf(compareDocuments(analyzeText(textA), analyzeText(textB))));
      const alignment = scoreAlignment(comparison, gold);
      const conflicts = scoreConflicts(comparison, gold);
      const figures = [alignment.precision, alignment.recall, conflicts.precision, conflicts.recall];
      console.log(`      ${pair}: alignment P ${figures[0].toFixed(2)} R ${figures[1].toFixed(2)} (${alignment.predicted} found, ${alignment.annotated} annotated); `
        + `number conflicts P ${figures[2].toFixed(2)} R ${figures[3].toFixed(2)} (${conflicts.predicted} found, ${conflicts.annotated} annotated)`);
      if (process.env.NEWS_LENS_CLAIMS_ERRORS) {
        const show = (text: string, span: { start: number; end: number }): string => `[${span.start}-${span.end}] ${text.slice(span.start, span.end).replace(/\s+/g, ' ').slice(0, 120)}`;
        const errors = alignmentErrors(comparison, gold);
        errors.missed.forEach(pair => console.log(`        missed  A ${show(textA, pair.a)}\n                B ${show(textB, pair.b)}`));
        errors.wrong.forEach(pair => console.log(`        wrong   A ${show(textA, pair.a)}\n                B ${show(textB, pair.b)}`));
      }
      const names = ['alignment precision', 'alignment recall', 'conflict precision', 'conflict recall'];
      figures.forEach((value, k) => assert.ok(value >= FLOORS[pair][k], `${pair} ${names[k]} ${value.toFixed(3)} fell below ${FLOORS[pair][k]}`));
    });
  }
});
