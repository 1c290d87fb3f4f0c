import type * as vscode from 'vscode';
import { compareDocuments } from '../core/compare';
import { compareArticles, type Coverage, type CoverageOptions } from '../core/coverage';
import type { AnalyzeOptions, CrossReference, DocumentAnalysis } from '../core/model';
import type { Analyzer } from './analysisStore';
import { documentLabel, SlowProgress } from './analysisProgress';
import { AnalysisWorkerClient } from './workerClient';

/** Two articles this long together compare in well under the 50 ms the extension host may be blocked. */
const INLINE_COMPARE_CHARS = 60_000;

/**
 * The desktop analyzer: analyses run in a worker thread, so the extension host's thread only posts the
 * text and receives the structured-cloned result. The worker keeps each document's paragraph results
 * for incremental re-analysis until forget().
 */
export class WorkerAnalyzer implements Analyzer {
  private readonly client: AnalysisWorkerClient;

  constructor(workerScript: string) {
    // Explained: the hover card shows the rule behind a kind, a role, a speaker.
    this.client = new AnalysisWorkerClient(workerScript, { explain: true });
  }

  analyze(key: string, text: string, options: AnalyzeOptions, token: vscode.CancellationToken): Promise<DocumentAnalysis> {
    const progress = new SlowProgress(documentLabel(key));
    const job = this.client.analyze(key, text, options, fraction => progress.report(fraction));
    const subscription = token.onCancellationRequested(() => job.cancel());
    if (token.isCancellationRequested) {
      job.cancel();
    }
    void progress.track(job.result);
    return job.result.finally(() => subscription.dispose());
  }

  /**
   * Short articles are compared here (a few milliseconds, no queueing behind a long analysis); long
   * ones in the worker, where the time spent does not block the extension host.
   */
  compare(a: DocumentAnalysis, b: DocumentAnalysis, texts: () => { readonly a: string; readonly b: string }): Promise<CrossReference> {
    if (a.textLength + b.textLength <= INLINE_COMPARE_CHARS) {
      return Promise.resolve().then(() => compareDocuments(a, b));
    }
    return this.client.compare(a, b, texts()).result;
  }

  /** As compare(): short sets of articles here, long ones in the worker. */
  coverage(analyses: readonly DocumentAnalysis[], texts: () => readonly string[], options: CoverageOptions): Promise<Coverage> {
    if (analyses.reduce((n, a) => n + a.textLength, 0) <= INLINE_COMPARE_CHARS) {
      return Promise.resolve().then(() => compareArticles(analyses, options));
    }
    return this.client.coverage(analyses, texts(), options).result;
  }

  /** Documents whose paragraph caches the worker holds (for leak checks in tests). */
  get documentCount(): number {
    return this.client.documentCount;
  }

  /** Which documents those are. */
  get documents(): string[] {
    return this.client.documents;
  }

  forget(key: string): void {
    this.client.forget(key);
  }

  dispose(): void {
    this.client.dispose();
  }
}
