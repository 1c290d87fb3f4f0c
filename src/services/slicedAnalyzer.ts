import type * as vscode from 'vscode';
import { IncrementalAnalyzer } from '../core/incremental';
import type { AnalyzeOptions, DocumentAnalysis } from '../core/model';
import type { Analyzer } from './analysisStore';
import { documentLabel, SlowProgress } from './analysisProgress';

/** Gives the event loop a turn: editor requests queued while a slice ran are answered before the next. */
function pause(): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, 0));
}

/**
 * Analyses on the calling thread in slices of a few paragraphs, yielding between them, for hosts
 * without worker threads (the web build). Keeps each document's paragraph cache for incremental
 * re-analysis, like the worker does.
 */
export class SlicedAnalyzer implements Analyzer {
  private readonly incremental = new IncrementalAnalyzer();

  async analyze(key: string, text: string, options: AnalyzeOptions, token: vscode.CancellationToken): Promise<DocumentAnalysis> {
    await pause();
    const progress = new SlowProgress(documentLabel(key));
    return progress.track(this.incremental.analyzeInSlices(key, text, options, pause, {
      shouldStop: () => token.isCancellationRequested,
      onProgress: fraction => progress.report(fraction),
    }));
  }

  /** Documents with paragraph caches (for leak checks in tests). */
  get documentCount(): number {
    return this.incremental.size;
  }

  forget(key: string): void {
    this.incremental.forget(key);
  }

  dispose(): void {
    // Paragraph caches are plain memory, released with this object.
  }
}
