// Claims measured on the invented development pairs: fresh45, fresh46 and fresh47, two pairs each, against a hand
// annotation written blind in round 20, before the aligner was run on them (test/fixtures/claims/invented/SET-PAIR.json;
// the articles are in the repo). Their first run (pooled precision 0.82, recall 0.56) was the held-out estimate of
// round 20; they have been scored and read since, so they are development pairs now, beside the four real ones, and
// the held-out estimate comes from new blind pairs (test/fixtures/claims/heldout/). Round 21's rules raised them to
// 0.88 / 0.79; the floors sit just below that, so a change that loses on them fails.
// tools/score-claims.mjs --invented --errors prints each pair's figures, misses and wrong alignments.
import * as assert from 'assert';
import * as path from 'path';
import { scoreClaimsFolder } from '../support/claimsFolder';

const root = path.join(__dirname, '..', '..', '..', '..');
const fixtures = path.join(root, 'test', 'fixtures', 'claims', 'invented');

/** Round 21 (after its rules): alignment P 0.88 R 0.79; first run (round 20, when they were held out) 0.82 / 0.56. */
const FLOORS = { alignmentPrecision: 0.86, alignmentRecall: 0.77, conflictRecall: 1 } as const;
/** Conflicts flagged that no annotation accepts (the one of the first run sits on a wrong alignment). */
const MOST_WRONG_CONFLICTS = 1;

describe('claims accuracy on the invented development pairs (test/fixtures/claims/invented)', function () {
  this.timeout(120_000);

  it('pooled alignment and number conflicts stay above their floors', function () {
    const { files, alignment, conflict, wrongConflicts } = scoreClaimsFolder(root, fixtures);
    assert.strictEqual(files.length, 6, 'six invented pairs (fresh45, fresh46, fresh47; two each)');
    console.log(`      pooled: alignment P ${alignment.precision.toFixed(2)} R ${alignment.recall.toFixed(2)} (${alignment.predicted} found, ${alignment.annotated} annotated); `
      + `number conflicts ${conflict.predicted} found, ${conflict.annotated} annotated`);
    assert.ok(alignment.precision >= FLOORS.alignmentPrecision, `alignment precision ${alignment.precision.toFixed(3)} fell below ${FLOORS.alignmentPrecision}`);
    assert.ok(alignment.recall >= FLOORS.alignmentRecall, `alignment recall ${alignment.recall.toFixed(3)} fell below ${FLOORS.alignmentRecall}`);
    assert.ok(conflict.recall >= FLOORS.conflictRecall, `conflict recall ${conflict.recall.toFixed(3)} fell below ${FLOORS.conflictRecall}`);
    assert.ok(wrongConflicts <= MOST_WRONG_CONFLICTS, `${wrongConflicts} number conflicts flagged that no annotation accepts (at most ${MOST_WRONG_CONFLICTS})`);
  });
});
