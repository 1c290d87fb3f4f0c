// Scores every annotated pair of a folder of the repo's own articles (test/fixtures/claims/invented or heldout3), or
// those whose file name passes a filter: each pair's comparison against its annotation, pooled over them. Shared by the
// invented and the held-out tests.
import * as fs from 'fs';
import * as path from 'path';
import { analyzeText } from '../../../src/core/analyze';
import { claimContextOf } from '../../../src/core/claims/claimsExport';
import { compareClaims } from '../../../src/core/claims/compareClaims';
import { compareDocuments } from '../../../src/core/compare';
import { pooledScore, scoreAlignment, scoreConflicts, type ClaimsAnnotation, type PrecisionRecall } from './claimsScore';

export interface FolderScore {
  readonly files: readonly string[];
  readonly alignment: PrecisionRecall;
  readonly conflict: PrecisionRecall;
  /** Number conflicts flagged that no annotation accepts. */
  readonly wrongConflicts: number;
}

/**
 * The pooled alignment and conflict scores of every `*.json` annotation in `folder` (article paths relative to `root`)
 * whose file name `only` accepts (all of them without it); a missing folder holds none.
 */
export function scoreClaimsFolder(root: string, folder: string, only: (file: string) => boolean = () => true): FolderScore {
  const files = (fs.existsSync(folder) ? fs.readdirSync(folder) : []).filter(f => f.endsWith('.json') && only(f)).sort();
  const alignments: PrecisionRecall[] = [];
  const conflicts: PrecisionRecall[] = [];
  for (const file of files) {
    const gold = JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8')) as ClaimsAnnotation;
    const [textA, textB] = [gold.a, gold.b].map(f => fs.readFileSync(path.join(root, f), 'utf8'));
    const comparison = compareClaims(textA, textB, claimContextOf(compareDocuments(analyzeText(textA), analyzeText(textB))));
    alignments.push(scoreAlignment(comparison, gold));
    conflicts.push(scoreConflicts(comparison, gold));
  }
  const conflict = pooledScore(conflicts);
  return { files, alignment: pooledScore(alignments), conflict, wrongConflicts: conflict.predicted - Math.round(conflict.precision * conflict.predicted) };
}
