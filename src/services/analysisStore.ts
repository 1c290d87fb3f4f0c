import * as vscode from 'vscode';
import { compareDocuments } from '../core/compare';
import { compareArticles, type Coverage, type CoverageOptions } from '../core/coverage';
import type { AnalyzeOptions, CrossReference, DocumentAnalysis } from '../core/model';
import type { NewsLensSettings } from './settings';
import { isAnalysableArticle } from './articleFilter';
import { documentLength } from './ranges';

/** Computes an analysis. The desktop build runs it in a worker thread; tests and the web build may run it inline. */
export interface Analyzer extends vscode.Disposable {
  analyze(key: string, text: string, options: AnalyzeOptions, token: vscode.CancellationToken): Promise<DocumentAnalysis>;
  /** Forget per-document incremental state. */
  forget(key: string): void;
  /**
   * compareDocuments(a, b) off the calling thread, for analyzers that have one (else it runs inline).
   * `texts` gives the texts a and b are analyses of (they let the analyses travel compactly).
   */
  compare?(a: DocumentAnalysis, b: DocumentAnalysis, texts: () => { readonly a: string; readonly b: string }): Promise<CrossReference>;
  /** compareArticles(analyses) off the calling thread, as compare(). */
  coverage?(analyses: readonly DocumentAnalysis[], texts: () => readonly string[], options: CoverageOptions): Promise<Coverage>;
}

export interface AnalysisChange {
  readonly document: vscode.TextDocument;
  readonly analysis: DocumentAnalysis;
}

interface Entry {
  version: number;
  analysis?: DocumentAnalysis;
  pending?: { version: number; promise: Promise<DocumentAnalysis | undefined>; cts: vscode.CancellationTokenSource };
  timer?: ReturnType<typeof setTimeout>;
  /** The options (aliases, ignore list) of the latest run, as JSON, to tell whether a settings change concerns it. */
  optionsKey?: string;
}

/** Reads the analysis options of one document at its own resource scope (services/settings.ts). */
export type AnalysisOptionsReader = (resource: vscode.Uri) => AnalyzeOptions;

function optionsKeyOf(options: AnalyzeOptions): string {
  return JSON.stringify([options.aliases ?? {}, options.ignore ?? []]);
}

export const EDIT_DEBOUNCE_MS = 300;

/**
 * The one place analyses live: lazy, cached by URI + version, debounced on edit, immediate on open,
 * outdated results dropped, entries removed on close. Every feature reads from here.
 */
export class AnalysisStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly allowedLarge = new Set<string>();
  private readonly emitter = new vscode.EventEmitter<AnalysisChange>();
  private readonly tooLargeEmitter = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Number of analyses actually run (for tests and diagnostics). */
  private runs = 0;
  /** Live subscriptions to the store's events, so leak tests can see listeners that outlive their use. */
  private listeners = 0;

  readonly onDidChangeAnalysis = this.counted(this.emitter.event);
  /** Fired when an article is over newsLens.maxFileSize and was not analysed. */
  readonly onDidSkipLargeDocument = this.counted(this.tooLargeEmitter.event);

  constructor(
    private readonly analyzer: Analyzer,
    private readonly settings: () => NewsLensSettings,
    onSettingsChange: vscode.Event<NewsLensSettings>,
    /** Merges and ignores are resource-scoped: each document is analysed with its own folder's values. */
    private readonly optionsFor: AnalysisOptionsReader,
  ) {
    this.analysedWith = settings();
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument(d => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument(e => {
        if (e.contentChanges.length) {
          this.schedule(e.document, EDIT_DEBOUNCE_MS);
        }
      }),
      vscode.workspace.onDidCloseTextDocument(d => this.drop(d.uri)),
      onSettingsChange(next => {
        // Highlight toggles only change what is drawn; the size limit, merges and ignores change the analysis.
        // The size limit and the exclude patterns decide which documents are analysed at all: all are looked at again.
        const scopeChanged = next.maxFileSize !== this.analysedWith.maxFileSize
          || JSON.stringify(next.exclude) !== JSON.stringify(this.analysedWith.exclude);
        this.analysedWith = next;
        this.reanalyze(document => scopeChanged || this.optionsChanged(document));
      }),
    );
  }

  /** The settings the cached analyses were computed with (for the size limit, which is not per folder). */
  private analysedWith: NewsLensSettings;

  get stats(): { readonly entries: number; readonly runs: number; readonly listeners: number } {
    return { entries: this.entries.size, runs: this.runs, listeners: this.listeners };
  }

  /** Every document the store keeps anything for (an entry, a lifted size limit), for leak checks. */
  trackedDocuments(): string[] {
    return [...new Set([...this.entries.keys(), ...this.allowedLarge])].sort();
  }

  private counted<T>(event: vscode.Event<T>): vscode.Event<T> {
    return (listener, thisArgs, disposables) => {
      const subscription = event(listener, thisArgs);
      this.listeners++;
      let live = true;
      const counted = {
        dispose: () => {
          if (live) {
            live = false;
            this.listeners--;
            subscription.dispose();
          }
        },
      };
      disposables?.push(counted);
      return counted;
    };
  }

  /** The cached analysis of the document's current version, if there is one. */
  get(document: vscode.TextDocument): DocumentAnalysis | undefined {
    const entry = this.entries.get(document.uri.toString());
    return entry && entry.version === document.version ? entry.analysis : undefined;
  }

  /** The latest analysis even when it belongs to an older version (for features that can show slightly stale data). */
  getLatest(uri: vscode.Uri): DocumentAnalysis | undefined {
    return this.entries.get(uri.toString())?.analysis;
  }

  isTooLarge(document: vscode.TextDocument): boolean {
    const max = this.settings().maxFileSize;
    return max > 0 && documentLength(document) > max && !this.allowedLarge.has(document.uri.toString());
  }

  /**
   * The cross-reference of two analyses, computed where the analyses are (the worker on the desktop).
   * `texts` gives the texts they describe; without it the comparison runs here.
   */
  compare(a: DocumentAnalysis, b: DocumentAnalysis, texts?: () => { readonly a: string; readonly b: string }): Promise<CrossReference> {
    return this.analyzer.compare && texts ? this.analyzer.compare(a, b, texts) : Promise.resolve().then(() => compareDocuments(a, b));
  }

  /** The coverage of any number of analyses (compareArticles), computed where the analyses are, as compare(). */
  coverage(analyses: readonly DocumentAnalysis[], options: CoverageOptions, texts?: () => readonly string[]): Promise<Coverage> {
    return this.analyzer.coverage && texts ? this.analyzer.coverage(analyses, texts, options) : Promise.resolve().then(() => compareArticles(analyses, options));
  }

  /** Lifts the size limit for one document and analyses it. */
  allowLarge(document: vscode.TextDocument): Promise<DocumentAnalysis | undefined> {
    this.allowedLarge.add(document.uri.toString());
    return this.ensure(document);
  }

  /** Whether the document is an article News Lens analyses (text or Markdown, not excluded, not its own report). */
  isAnalysable(document: vscode.TextDocument): boolean {
    return isAnalysableArticle(document, this.settings().exclude);
  }

  /** Returns the analysis of the document's current version, computing it now if needed. */
  ensure(document: vscode.TextDocument): Promise<DocumentAnalysis | undefined> {
    if (!this.isAnalysable(document) || document.isClosed) {
      return Promise.resolve(undefined);
    }
    const key = document.uri.toString();
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { version: -1 };
      this.entries.set(key, entry);
    }
    if (entry.version === document.version && entry.analysis) {
      return Promise.resolve(entry.analysis);
    }
    if (entry.pending && entry.pending.version === document.version) {
      return entry.pending.promise;
    }
    if (entry.timer) {
      clearTimeout(entry.timer);
      entry.timer = undefined;
    }
    if (this.isTooLarge(document)) {
      this.tooLargeEmitter.fire(document);
      return Promise.resolve(undefined);
    }
    entry.pending?.cts.cancel();
    const cts = new vscode.CancellationTokenSource();
    const version = document.version;
    const options = this.optionsFor(document.uri);
    entry.optionsKey = optionsKeyOf(options);
    this.runs++;
    const promise = this.analyzer.analyze(key, document.getText(), options, cts.token).then(
      analysis => {
        const current = this.entries.get(key);
        if (!current || cts.token.isCancellationRequested || document.isClosed) {
          return undefined;
        }
        if (current.pending?.version === version) {
          current.pending = undefined;
        }
        if (document.version !== version) {
          return undefined; // outdated: a newer version is scheduled
        }
        current.version = version;
        current.analysis = analysis;
        this.emitter.fire({ document, analysis });
        return analysis;
      },
      (error: unknown) => {
        const current = this.entries.get(key);
        if (current?.pending?.version === version) {
          current.pending = undefined;
        }
        if (!cts.token.isCancellationRequested) {
          console.error('News Lens: analysis failed', error);
        }
        return undefined;
      },
    ).finally(() => cts.dispose());
    entry.pending = { version, promise, cts };
    return promise;
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    if (!this.isAnalysable(document)) {
      return;
    }
    const key = document.uri.toString();
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { version: -1 };
      this.entries.set(key, entry);
    }
    if (entry.timer) {
      clearTimeout(entry.timer);
    }
    entry.pending?.cts.cancel();
    entry.pending = undefined;
    entry.timer = setTimeout(() => {
      const current = this.entries.get(key);
      if (current) {
        current.timer = undefined;
      }
      void this.ensure(document);
    }, delay);
  }

  /** Whether the document's aliases or ignore list differ from those its latest analysis used. */
  private optionsChanged(document: vscode.TextDocument): boolean {
    const entry = this.entries.get(document.uri.toString());
    return entry?.optionsKey !== undefined && entry.optionsKey !== optionsKeyOf(this.optionsFor(document.uri));
  }

  private reanalyze(concerned: (document: vscode.TextDocument) => boolean): void {
    for (const document of vscode.workspace.textDocuments) {
      const entry = this.entries.get(document.uri.toString());
      if (entry && !this.isAnalysable(document)) {
        this.drop(document.uri); // newly excluded
      } else if (entry && concerned(document)) {
        entry.version = -1;
        this.schedule(document, 0);
      }
    }
  }

  private drop(uri: vscode.Uri): void {
    const key = uri.toString();
    const entry = this.entries.get(key);
    if (entry) {
      if (entry.timer) {
        clearTimeout(entry.timer);
      }
      entry.pending?.cts.cancel();
      this.entries.delete(key);
    }
    this.allowedLarge.delete(key);
    this.analyzer.forget(key);
  }

  dispose(): void {
    for (const key of [...this.entries.keys()]) {
      this.drop(vscode.Uri.parse(key));
    }
    for (const d of this.disposables) {
      d.dispose();
    }
    this.emitter.dispose();
    this.tooLargeEmitter.dispose();
  }
}
