// Messages between the extension host and the analysis worker (src/worker/analysisWorker.ts).
import type { PackedAnalysis, PackedCrossReference } from './codec';
import type { AnalyzeOptions, CrossReference } from '../core/model';
import type { Coverage, CoverageOptions } from '../core/coverage';

/** What the worker receives at start-up (worker_threads workerData). */
export interface AnalysisWorkerData {
  /**
   * One Int32 slot: the id of the job the host wants stopped. The worker reads it between paragraphs;
   * a message could not be read while the worker is busy in a synchronous analysis.
   */
  readonly cancel: SharedArrayBuffer;
}

export type HostToWorker =
  /**
   * `text` is UTF-8 bytes when the text is well-formed UTF-16 (transferred, not copied: cloning a 1 MB string
   * takes the host tens of milliseconds), else the string itself.
   */
  | {
    readonly type: 'analyze'; readonly id: number; readonly key: string; readonly text: string | Uint8Array; readonly options: AnalyzeOptions;
    /** Explained for the hover card's "why" line: each entity, role and quote carries its headline rule. */
    readonly explain?: boolean;
  }
  /** Two packed analyses and the texts they describe (each text as for 'analyze'). */
  | { readonly type: 'compare'; readonly id: number; readonly a: PackedAnalysis; readonly b: PackedAnalysis; readonly texts: { readonly a: string | Uint8Array; readonly b: string | Uint8Array } }
  /** Any number of packed analyses and their texts, for compareArticles (N-article coverage). */
  | { readonly type: 'coverage'; readonly id: number; readonly analyses: readonly PackedAnalysis[]; readonly texts: readonly (string | Uint8Array)[]; readonly options: CoverageOptions }
  | { readonly type: 'forget'; readonly key: string };

export type WorkerToHost =
  /** The analysis packed (codec.ts): the host unpacks it with the text it sent. */
  | { readonly type: 'result'; readonly id: number; readonly packed: PackedAnalysis; readonly ms: number }
  /** The cross-reference packed, or as it is when it does not pack (see packCrossReference). */
  | { readonly type: 'compared'; readonly id: number; readonly packed?: PackedCrossReference; readonly xref?: CrossReference; readonly ms: number }
  /** The linked analyses packed, and the rest of the coverage (plain data pointing into them by index). */
  | { readonly type: 'covered'; readonly id: number; readonly analyses: readonly PackedAnalysis[]; readonly coverage: Omit<Coverage, 'analyses'>; readonly ms: number }
  | { readonly type: 'progress'; readonly id: number; readonly fraction: number }
  | { readonly type: 'cancelled'; readonly id: number }
  | { readonly type: 'error'; readonly id: number; readonly message: string };
