import type * as vscode from 'vscode';
import type { IncrementalAnalyzer } from '../core/incremental';
import type { AnalyzeOptions, DocumentAnalysis } from '../core/model';
import { withHeadlinesOnly } from '../core/rules/explain';
import type { Analyzer } from './analysisStore';
import { documentLabel, SlowProgress } from './analysisProgress';

/** Gives the event loop a turn: editor requests queued while a slice ran are answered before the next. */
function pause(): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, 0));
}

/**
 * Analyses on the calling thread in slices of a few paragraphs, yielding between them, for hosts
 * without worker threads (the web build). Keeps each document's paragraph cache for incremental
 * re-analysis, like the worker does. The engine (and compromise with it) loads on the first analysis,
 * not at activation. Analyses come explained, like the worker's: each entity, role and quote keeps the
 * one rule the hover card's "Why:" line shows.
 */
export class SlicedAnalyzer implements Analyzer {
  private engine: Promise<IncrementalAnalyzer> | undefined;
  private loaded: IncrementalAnalyzer | undefined;

  async analyze(key: string, text: string, options: AnalyzeOptions, token: vscode.CancellationToken): Promise<DocumentAnalysis> {
    this.engine ??= import('../core/incremental').then(m => (this.loaded = new m.IncrementalAnalyzer()));
    const incremental = await this.engine;
    await pause();
    const progress = new SlowProgress(documentLabel(key));
    const analysis = await progress.track(incremental.analyzeInSlices(key, text, options, pause, {
      shouldStop: () => token.isCancellationRequested,
      onProgress: fraction => progress.report(fraction),
      explain: true,
    }));
    return withHeadlinesOnly(analysis);
  }

  /** Documents with paragraph caches (for leak checks in tests). */
  get documentCount(): number {
    return this.loaded?.size ?? 0;
  }

  forget(key: string): void {
    this.loaded?.forget(key);
  }

  dispose(): void {
    // Paragraph caches are plain memory, released with this object.
  }
}
