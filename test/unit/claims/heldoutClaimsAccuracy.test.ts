// Claims measured on the held-out pairs (test/fixtures/claims/heldout3/SET-PAIR.json; the articles are in the repo):
// invented pairs annotated blind by an engineer who never ran the aligner on them nor read its rules, scored once:
// the honest estimate of alignment on unseen pairs. Do not tune on them. The earlier held-out sets (fresh45 to
// fresh58) have been scored and read, so they are development pairs now (test/fixtures/claims/invented/,
// inventedClaimsAccuracy.test.ts keeps their floors). Until the new set is annotated and scored, the folder is empty
// or missing and the test is skipped, saying so; once scored, floors go here just below its first figures.
// tools/score-claims.mjs --heldout --errors prints each pair's figures, misses and wrong alignments.
import * as assert from 'assert';
import * as path from 'path';
import { scoreClaimsFolder } from '../support/claimsFolder';

const root = path.join(__dirname, '..', '..', '..', '..');
const fixtures = path.join(root, 'test', 'fixtures', 'claims', 'heldout3');

/** None yet: the set has not been scored. Set them just below its first run's pooled figures. */
const FLOORS = undefined as { readonly alignmentPrecision: number; readonly alignmentRecall: number } | undefined;

describe('claims accuracy on the held-out pairs (test/fixtures/claims/heldout3)', function () {
  this.timeout(120_000);

  it('pooled alignment stays above its floors', function () {
    const { files, alignment, conflict } = scoreClaimsFolder(root, fixtures);
    if (!files.length) {
      console.log('      no held-out pairs in test/fixtures/claims/heldout3 yet (a new blind set is being annotated): skipped');
      this.skip();
    }
    console.log(`      pooled: alignment P ${alignment.precision.toFixed(2)} R ${alignment.recall.toFixed(2)} (${alignment.predicted} found, ${alignment.annotated} annotated); `
      + `number conflicts ${conflict.predicted} found, ${conflict.annotated} annotated`);
    if (!FLOORS) {
      console.log('      no floors yet: set FLOORS after the first scoring');
      return;
    }
    assert.ok(alignment.precision >= FLOORS.alignmentPrecision, `alignment precision ${alignment.precision.toFixed(3)} fell below ${FLOORS.alignmentPrecision}`);
    assert.ok(alignment.recall >= FLOORS.alignmentRecall, `alignment recall ${alignment.recall.toFixed(3)} fell below ${FLOORS.alignmentRecall}`);
  });
});
