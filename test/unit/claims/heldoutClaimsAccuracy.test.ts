// Claims measured on held-out text: the invented pairs of fresh45, fresh46 and fresh47 against a hand annotation
// written blind, before the aligner was run on them (test/fixtures/claims/heldout/SET-PAIR.json; the articles are in
// the repo). No alignment rule was tuned on them, so these figures estimate accuracy on unseen pairs. Floors sit just
// below the pooled figures of the first run, so a change that loses accuracy fails; a change made to raise them
// turns them into tuned figures, and should be measured on a new held-out set instead.
// tools/score-claims.mjs --heldout --errors prints each pair's figures, misses and wrong alignments.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeText } from '../../../src/core/analyze';
import { claimContextOf } from '../../../src/core/claims/claimsExport';
import { compareClaims } from '../../../src/core/claims/compareClaims';
import { compareDocuments } from '../../../src/core/compare';
import { pooledScore, scoreAlignment, scoreConflicts, type ClaimsAnnotation, type PrecisionRecall } from '../support/claimsScore';

const root = path.join(__dirname, '..', '..', '..', '..');
const fixtures = path.join(root, 'test', 'fixtures', 'claims', 'heldout');

/** First run (round 20): alignment P 0.82 (45 of 55) R 0.56 (34 of 61); one number conflict flagged, none annotated. */
const FLOORS = { alignmentPrecision: 0.8, alignmentRecall: 0.54, conflictRecall: 1 } as const;
/** Conflicts flagged that no annotation accepts (the one of the first run sits on a wrong alignment). */
const MOST_WRONG_CONFLICTS = 1;

describe('claims accuracy on held-out invented pairs (test/fixtures/claims/heldout)', function () {
  this.timeout(120_000);

  it('pooled alignment and number conflicts stay above their floors', function () {
    const files = fs.readdirSync(fixtures).filter(f => f.endsWith('.json')).sort();
    assert.strictEqual(files.length, 6, 'six held-out pairs (fresh45, fresh46, fresh47; two each)');
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
