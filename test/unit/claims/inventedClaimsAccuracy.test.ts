// Claims measured on the invented development pairs: fresh45, fresh46 and fresh47, two pairs each, against a hand
// annotation written blind in round 20, before the aligner was run on them (test/fixtures/claims/invented/SET-PAIR.json;
// the articles are in the repo). Their first run (pooled precision 0.82, recall 0.56) was the held-out estimate of
// round 20; they have been scored and read since, so they are development pairs now, beside the four real ones, and
// the held-out estimate comes from new blind pairs (test/fixtures/claims/heldout/). The floors are round 20's, just
// below that first run (round 21's rules raised the pairs to 0.88 / 0.79), so a change that loses much on them fails.
// tools/score-claims.mjs --invented --errors prints each pair's figures, misses and wrong alignments.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeText } from '../../../src/core/analyze';
import { claimContextOf } from '../../../src/core/claims/claimsExport';
import { compareClaims } from '../../../src/core/claims/compareClaims';
import { compareDocuments } from '../../../src/core/compare';
import { pooledScore, scoreAlignment, scoreConflicts, type ClaimsAnnotation, type PrecisionRecall } from '../support/claimsScore';

const root = path.join(__dirname, '..', '..', '..', '..');
const fixtures = path.join(root, 'test', 'fixtures', 'claims', 'invented');

/** First run (round 20, when they were held out): alignment P 0.82 (45 of 55) R 0.56 (34 of 61); one number conflict flagged, none annotated. */
const FLOORS = { alignmentPrecision: 0.8, alignmentRecall: 0.54, conflictRecall: 1 } as const;
/** Conflicts flagged that no annotation accepts (the one of the first run sits on a wrong alignment). */
const MOST_WRONG_CONFLICTS = 1;

describe('claims accuracy on the invented development pairs (test/fixtures/claims/invented)', function () {
  this.timeout(120_000);

  it('pooled alignment and number conflicts stay above their floors', function () {
    const files = fs.readdirSync(fixtures).filter(f => f.endsWith('.json')).sort();
    assert.strictEqual(files.length, 6, 'six invented pairs (fresh45, fresh46, fresh47; two each)');
    const alignments: PrecisionRecall[] = [];
    const conflicts: PrecisionRecall[] = [];
    for (const file of files) {
      const gold = JSON.parse(fs.readFileSync(path.join(fixtures, file), 'utf8')) as ClaimsAnnotation;
      const [textA, textB] = [gold.a, gold.b].map(f => fs.readFileSync(path.join(root, f), 'utf8'));
      const comparison = compareClaims(textA, textB, claimContextOf(compareDocuments(analyzeText(textA), analyzeText(textB))));
      alignments.push(scoreAlignment(comparison, gold));
      conflicts.push(scoreConflicts(comparison, gold));
    }
    const alignment = pooledScore(alignments);
    const conflict = pooledScore(conflicts);
    console.log(`      pooled: alignment P ${alignment.precision.toFixed(2)} R ${alignment.recall.toFixed(2)} (${alignment.predicted} found, ${alignment.annotated} annotated); `
      + `number conflicts ${conflict.predicted} found, ${conflict.annotated} annotated`);
    assert.ok(alignment.precision >= FLOORS.alignmentPrecision, `alignment precision ${alignment.precision.toFixed(3)} fell below ${FLOORS.alignmentPrecision}`);
    assert.ok(alignment.recall >= FLOORS.alignmentRecall, `alignment recall ${alignment.recall.toFixed(3)} fell below ${FLOORS.alignmentRecall}`);
    assert.ok(conflict.recall >= FLOORS.conflictRecall, `conflict recall ${conflict.recall.toFixed(3)} fell below ${FLOORS.conflictRecall}`);
    const wrongConflicts = conflict.predicted - Math.round(conflict.precision * conflict.predicted);
    assert.ok(wrongConflicts <= MOST_WRONG_CONFLICTS, `${wrongConflicts} number conflicts flagged that no annotation accepts (at most ${MOST_WRONG_CONFLICTS})`);
  });
});
