// Claims measured on the held-out pairs (test/fixtures/claims/heldout3/ to heldout21/SET-PAIR.json; the articles are in
// the repo): invented pairs annotated blind by engineers who never ran the aligner on them nor read its rules, scored
// once with the aligner of the round's start and once with the round's final aligner (rounds 22 and 23), no rule
// changed after: the honest estimate of alignment on unseen pairs. Do not tune on them. heldout3 holds twelve pairs of
// fresh36-44 (outlets that agree on their figures: no number conflict, five borderline), heldout4 eight pairs of
// fresh59-62 (outlets whose figures differ: eight number conflicts); round 23 added heldout5, twelve pairs of fresh13,
// 16, 17, 19, 22 and 28 (figures agree), and heldout6, the eight pairs of fresh63-66 (figures differ: 44 conflicts).
// Round 24 added heldout7, the fourteen pairs of fresh15, 21, 24, 26, 31, 33 and 67 (figures agree but in fresh67:
// seven conflicts); round 25 heldout8, the fourteen pairs of fresh68-74 (figures differ: 56 conflicts); round 26
// heldout9, the ten pairs of fresh75-79 (figures differ: 40 conflicts); round 27 heldout10, the eight pairs of
// fresh80-83 (figures differ: 40 conflicts; its second-annotation/ folder, a second blind reading of fresh79, is not
// scored); round 28 heldout11, the eight pairs of fresh84-87 (figures differ: 43 conflicts); round 29 heldout12, the
// six pairs of fresh88-90 (figures differ: 31 conflicts); round 30 heldout13, the six pairs of fresh91-93 (figures
// differ: 22 conflicts); round 31 heldout14, the six pairs of fresh94-96 (figures differ: 20 conflicts); round 32
// heldout15, the six pairs of fresh97-99 (figures differ: 22 conflicts); round 33 heldout16, the six pairs of
// fresh100-102 (figures differ: 18 conflicts); round 34 heldout17, the six pairs of fresh103-105 (figures differ: 16
// conflicts); round 35 heldout18, the six pairs of fresh106-108 (figures differ: 18 conflicts); round 36 heldout19, the six
// pairs of fresh109-111 (figures differ: 14 conflicts); round 37 heldout20, the six pairs of fresh112-114 (figures differ:
// 10 conflicts); round 38 heldout21, the six pairs of fresh115-117 (figures differ: 22 conflicts). Since round 32 heldout3 to heldout13 are training data of the learned model (tools/train-claim-model.mjs;
// never of the rules), heldout14 too since round 33, heldout15 since round 34, heldout16 since round 35, heldout17 since round 36, heldout18 since round 37 and heldout19 since round 38: their floors
// guard against regressions, and only heldout20 and later judge the model blind. heldout3 and heldout4 were scored again at the end
// of round 23 and not read. The earlier held-out sets (fresh45 to fresh58) have been scored and read, so they are
// development pairs now (test/fixtures/claims/invented/, inventedClaimsAccuracy.test.ts keeps their floors).
// tools/score-claims.mjs --heldout --errors prints each pair's figures, misses and wrong alignments.
import * as assert from 'assert';
import * as path from 'path';
import { scoreClaimsFolder } from '../support/claimsFolder';

const root = path.join(__dirname, '..', '..', '..', '..');

/**
 * Floors just below the round-22 aligner's first scoring of each set (heldout3: P 0.69 R 0.61, 5 conflicts flagged, 3
 * of them false; heldout4: P 0.90 R 0.51, 4 flagged, 2 false, 2 of 8 annotated found).
 */
const SETS = [
  { folder: 'heldout3', alignmentPrecision: 0.67, alignmentRecall: 0.59, maxWrongConflicts: 3 },
  // Round 30: headlines of one story sharing only names (storyHeadlines) found 124 pairs (122 before) at P 0.879: a
  // section path line ("Outlet | Section | Topic") read as a headline is a known gap of that rule.
  { folder: 'heldout4', alignmentPrecision: 0.87, alignmentRecall: 0.49, maxWrongConflicts: 2 },
  // Round 23 (start aligner → final): heldout5 P 0.80 R 0.54 → P 0.80 R 0.55, 5 conflicts flagged, 3 false (the sets
  // agree on their figures); heldout6 P 0.90 R 0.51 → P 0.91 R 0.51, 15 flagged, 1 false, 10 of 44 annotated found.
  // Round 29: the rule for an entity each report names once aligns a sentence of a sum raised with one of a valuation
  // (fresh22), and the two sums are read as counting the same money: 6 flagged, 4 false (a known gap of the reader).
  // Round 30: the number reader tells what a sum measures (a sum raised is no valuation): 5 flagged, 3 false again.
  { folder: 'heldout5', alignmentPrecision: 0.78, alignmentRecall: 0.53, maxWrongConflicts: 3 },
  { folder: 'heldout6', alignmentPrecision: 0.89, alignmentRecall: 0.49, maxWrongConflicts: 2 },
  // Round 24 (start aligner → final): heldout7 P 0.91 R 0.56 → P 0.91 R 0.56 (214 → 219 pairs found), 3 conflicts
  // flagged, 2 false, 1 of 7 annotated found, both times.
  { folder: 'heldout7', alignmentPrecision: 0.89, alignmentRecall: 0.54, maxWrongConflicts: 2 },
  // Round 25 (start aligner → final): heldout8 P 0.83 R 0.44 → P 0.83 R 0.44 (210 → 213 pairs found), 21 conflicts
  // flagged, 4 false, 15 of 56 annotated found, both times.
  { folder: 'heldout8', alignmentPrecision: 0.81, alignmentRecall: 0.42, maxWrongConflicts: 5 },
  // Round 26 (start aligner → final): heldout9 P 0.83 R 0.53 → P 0.82 R 0.53 (138 → 139 pairs found), 22 conflicts
  // flagged, 2 false, 16 of 40 annotated found, both times; heldout8 rose to P 0.83 R 0.45 (216 found, 22 flagged).
  { folder: 'heldout9', alignmentPrecision: 0.80, alignmentRecall: 0.51, maxWrongConflicts: 4 },
  // Round 27 (start aligner → final): heldout10 P 0.87 R 0.50 → P 0.86 R 0.49 (121 → 120 pairs found), 8 conflicts
  // flagged, 2 false, 6 of 40 annotated found, both times; heldout9 rose to P 0.83 R 0.54 (139 found, 24 flagged).
  { folder: 'heldout10', alignmentPrecision: 0.84, alignmentRecall: 0.47, maxWrongConflicts: 3 },
  // Round 28 (start aligner → final): heldout11 P 0.88 R 0.51 → P 0.87 R 0.51 (149 → 151 pairs found), 12 conflicts
  // flagged, none false, 11 of 43 annotated found, both times; heldout9 rose to P 0.84 R 0.55 (140 found).
  { folder: 'heldout11', alignmentPrecision: 0.84, alignmentRecall: 0.48, maxWrongConflicts: 2 },
  // Round 29 (start aligner → final): heldout12 P 0.79 R 0.52 → P 0.79 R 0.52 (107 pairs found both times), 6 conflicts
  // flagged, none false, 6 of 31 annotated found; heldout10 rose to P 0.85 R 0.51 (120 → 130 found), heldout8 to 222 found.
  { folder: 'heldout12', alignmentPrecision: 0.77, alignmentRecall: 0.50, maxWrongConflicts: 1 },
  // Round 30 (start aligner → final): heldout13 P 0.89 R 0.61 → P 0.89 R 0.62 (79 → 80 pairs found), 9 conflicts flagged
  // with 2 false → 8 flagged with 1 false, 7 of 22 annotated found both times.
  { folder: 'heldout13', alignmentPrecision: 0.87, alignmentRecall: 0.59, maxWrongConflicts: 1 },
  // Round 31 (start aligner → final): heldout14 P 0.84 R 0.49 → P 0.86 R 0.49 (83 → 81 pairs found), 5 conflicts flagged
  // with 1 false → 4 flagged, none false, 4 of 20 annotated found; page furniture left out of claims raised precision on
  // most older sets (heldout3 0.69 → 0.75, heldout8 0.83 → 0.87, heldout12 0.80 → 0.83 with recall 0.53 → 0.52).
  { folder: 'heldout14', alignmentPrecision: 0.84, alignmentRecall: 0.47, maxWrongConflicts: 1 },
  // Round 32 (start aligner → final, with the model trained on heldout3-13 as well): heldout15 P 0.92 R 0.51 → P 0.94
  // R 0.53 (95 → 94 pairs found), 14 conflicts flagged, 3 false → 13 flagged, 2 false, 9 of 22 found; heldout14 P 0.86
  // R 0.49 → P 0.87 R 0.50 (5 conflicts flagged, none false).
  { folder: 'heldout15', alignmentPrecision: 0.92, alignmentRecall: 0.51, maxWrongConflicts: 2 },
  // Round 33 (start aligner → final, with the model trained on heldout3-14 and two meaning features): heldout16 P 0.91
  // R 0.55 → P 0.92 R 0.56 (94 → 95 pairs found), 8 conflicts flagged, none false, 8 of 18 found both times; heldout15
  // (blind to the new model) P 0.94 R 0.53 → P 0.94 R 0.56 (94 → 100 found), 13 → 14 conflicts flagged, 2 false.
  { folder: 'heldout16', alignmentPrecision: 0.90, alignmentRecall: 0.54, maxWrongConflicts: 1 },
  // Round 34 (start aligner → final, with the model retrained on heldout3-15 and percentages near by points): heldout17
  // P 0.92 R 0.51 → P 0.92 R 0.52 (84 → 86 pairs found), 7 conflicts flagged, 1 false, 6 of 16 found both times;
  // heldout16 (blind to both models) P 0.92 R 0.56 both times (95 found).
  { folder: 'heldout17', alignmentPrecision: 0.90, alignmentRecall: 0.50, maxWrongConflicts: 1 },
  // Round 35 (start aligner → final, with the model retrained on heldout3-16): heldout18 P 0.86 R 0.57 both times
  // (115 pairs found), 6 → 7 conflicts flagged, none false; heldout17 (blind to both models) P 0.92 R 0.52 → P 0.92
  // R 0.53 (86 → 87 found).
  { folder: 'heldout18', alignmentPrecision: 0.84, alignmentRecall: 0.55, maxWrongConflicts: 1 },
  // Round 36 (start aligner → final, with the model retrained on heldout3-17 and claim heads, quotation frames and
  // background clauses among its features): heldout19 P 0.88 R 0.58 (99 pairs found) → P 0.86 R 0.59 (102 found), 5
  // conflicts flagged both times, none false; heldout18 (blind to both models) P 0.86 R 0.57 both times (115 found).
  // Round 38: heldout19 joins the model's training data (tools/train-claim-model.mjs LAST_TRAINING_HELDOUT = 19), so it
  // judges the model blind no more: its floor now guards against regressions only, like heldout3-18's (unchanged).
  { folder: 'heldout19', alignmentPrecision: 0.84, alignmentRecall: 0.56, maxWrongConflicts: 1 },
  // Round 37 (start aligner → final, with the model retrained on heldout3-18 and display lines among its features):
  // heldout20 P 0.91 R 0.51 (103 → 104 pairs found), 3 conflicts flagged both times, 1 false; heldout19 (blind to both
  // models) P 0.86 R 0.59 → P 0.87 R 0.59 (102 found both times).
  { folder: 'heldout20', alignmentPrecision: 0.88, alignmentRecall: 0.49, maxWrongConflicts: 1 },
  // Round 38 (start aligner → final, with the model retrained on heldout3-19): heldout21 P 0.94 R 0.46 (104 pairs found)
  // → P 0.94 R 0.47 (106 found), 11 conflicts flagged both times, 2 false; heldout20 (blind to both models) P 0.91 R 0.51
  // both times (104 found).
  { folder: 'heldout21', alignmentPrecision: 0.91, alignmentRecall: 0.45, maxWrongConflicts: 2 },
] as const;

describe('claims accuracy on the held-out pairs (test/fixtures/claims/heldout3 to heldout21)', function () {
  this.timeout(120_000);

  for (const set of SETS) {
    it(`pooled alignment of ${set.folder} stays above its floors`, () => {
      const { files, alignment, conflict, wrongConflicts } = scoreClaimsFolder(root, path.join(root, 'test', 'fixtures', 'claims', set.folder));
      assert.ok(files.length > 0, `no annotated pairs in test/fixtures/claims/${set.folder}`);
      console.log(`      ${set.folder} pooled: alignment P ${alignment.precision.toFixed(2)} R ${alignment.recall.toFixed(2)} (${alignment.predicted} found, ${alignment.annotated} annotated); `
        + `number conflicts ${conflict.predicted} found, ${conflict.annotated} annotated`);
      assert.ok(alignment.precision >= set.alignmentPrecision, `alignment precision ${alignment.precision.toFixed(3)} fell below ${set.alignmentPrecision}`);
      assert.ok(alignment.recall >= set.alignmentRecall, `alignment recall ${alignment.recall.toFixed(3)} fell below ${set.alignmentRecall}`);
      assert.ok(wrongConflicts <= set.maxWrongConflicts, `${wrongConflicts} wrong number conflicts (at most ${set.maxWrongConflicts})`);
    });
  }
});
