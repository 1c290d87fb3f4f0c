// Messages between the extension host and the analysis worker (src/analysisWorker.ts).
import type { AnalyzeOptions, CrossReference, DocumentAnalysis } from './core/model';

/** What the worker receives at start-up (worker_threads workerData). */
export interface AnalysisWorkerData {
  /**
   * One Int32 slot: the id of the job the host wants stopped. The worker reads it between paragraphs;
   * a message could not be read while the worker is busy in a synchronous analysis.
   */
  readonly cancel: SharedArrayBuffer;
}

export type HostToWorker =
  | { readonly type: 'analyze'; readonly id: number; readonly key: string; readonly text: string; readonly options: AnalyzeOptions }
  | { readonly type: 'compare'; readonly id: number; readonly a: DocumentAnalysis; readonly b: DocumentAnalysis }
  | { readonly type: 'forget'; readonly key: string };

export type WorkerToHost =
  | { readonly type: 'result'; readonly id: number; readonly analysis: DocumentAnalysis; readonly ms: number }
  | { readonly type: 'compared'; readonly id: number; readonly xref: CrossReference; readonly ms: number }
  | { readonly type: 'progress'; readonly id: number; readonly fraction: number }
  | { readonly type: 'cancelled'; readonly id: number }
  | { readonly type: 'error'; readonly id: number; readonly message: string };
