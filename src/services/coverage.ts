import * as vscode from 'vscode';
import { openDocumentOf } from './openDocument';
import type { Coverage } from '../core/coverage';
import { distinctFileNames } from '../core/coverageExport';
import type { DocumentAnalysis } from '../core/model';
import { COVERAGE_STATE_KEY } from '../ids';
import type { AnalysisStore } from './analysisStore';
import type { ComparisonService } from './comparison';
import type { SettingsService } from './settings';

interface CachedCoverage {
  readonly sources: readonly DocumentAnalysis[];
  readonly distinct: string;
  readonly coverage: Promise<Coverage | undefined>;
}

/**
 * The set of three or more compared articles (Compare Articles…) and its coverage. Two articles are a pair
 * and stay with ComparisonService; choosing a different pair there ends the set. The set is remembered per
 * workspace, and its articles are reopened (not shown) when needed, as an explicit pair's are.
 */
export class CoverageService implements vscode.Disposable {
  private uris: vscode.Uri[] = [];
  private cached: CachedCoverage | undefined;
  /** The pair when the set was chosen: the set ends when the pair changes to another one. */
  private pairWhenSet: string | undefined;
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Fired when the set (or without one, the pair) changes, one of its analyses changes, or the settings change. */
  readonly onDidChange = this.emitter.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly store: AnalysisStore,
    private readonly comparison: ComparisonService,
    private readonly settings: SettingsService,
  ) {
    const saved = context.workspaceState.get<unknown>(COVERAGE_STATE_KEY);
    if (Array.isArray(saved) && saved.length > 2 && saved.every(s => typeof s === 'string')) {
      this.uris = saved.map(s => vscode.Uri.parse(s as string));
      this.pairWhenSet = this.pairKey();
    }
    this.disposables.push(
      store.onDidChangeAnalysis(({ document }) => {
        if (this.includes(document.uri)) {
          this.changed();
        }
      }),
      comparison.onDidChange(() => {
        if (this.uris.length && this.pairKey() !== this.pairWhenSet) {
          void this.clear();
        } else if (!this.active) {
          // Without a set, the coverage is the pair's (N = 2): it changes when the pair does.
          this.changed();
        }
      }),
      settings.onDidChange(() => this.changed()),
    );
  }

  /** The compared articles, in the order chosen (empty when no set of three or more is chosen). */
  get articles(): readonly vscode.Uri[] {
    return this.uris;
  }

  get active(): boolean {
    return this.uris.length > 2;
  }

  includes(uri: vscode.Uri): boolean {
    const key = uri.toString();
    return this.uris.some(u => u.toString() === key);
  }

  async setArticles(uris: readonly vscode.Uri[]): Promise<void> {
    this.uris = [...uris];
    this.pairWhenSet = this.pairKey();
    await this.context.workspaceState.update(COVERAGE_STATE_KEY, this.uris.map(u => u.toString()));
    this.changed();
  }

  async clear(): Promise<void> {
    if (!this.uris.length) {
      return;
    }
    this.uris = [];
    await this.context.workspaceState.update(COVERAGE_STATE_KEY, undefined);
    this.changed();
  }

  /** The articles whose coverage is shown: the chosen set, else the compared pair (N = 2), else none. */
  get shownArticles(): readonly vscode.Uri[] {
    const pair = this.comparison.pair;
    return this.active ? this.uris : pair ? [pair.a, pair.b] : [];
  }

  /** Display names of the shown articles, in order: file names, workspace-relative paths where they collide. */
  names(): string[] {
    return distinctFileNames(this.shownArticles.map(u => (u.scheme === 'file' || u.scheme === 'untitled' ? vscode.workspace.asRelativePath(u, false) : u.path)));
  }

  /**
   * The coverage of the shown articles, analysing (and opening, not showing) them as needed; an implicit
   * pair's articles are never reopened (see ComparisonService.documentOf).
   */
  async coverage(): Promise<Coverage | undefined> {
    const uris = this.shownArticles;
    if (uris.length < 2) {
      return undefined;
    }
    const reopen = this.active || this.comparison.isExplicit;
    let docs: vscode.TextDocument[];
    let analyses: (DocumentAnalysis | undefined)[];
    try {
      const found = await Promise.all(uris.map(u => this.documentOf(u, reopen)));
      if (found.some(d => !d)) {
        return undefined;
      }
      docs = found as vscode.TextDocument[];
      analyses = await Promise.all(docs.map(d => this.store.ensure(d)));
    } catch {
      // An article may have been deleted or moved, or be unreadable: no coverage.
      return undefined;
    }
    if (analyses.some(a => !a)) {
      return undefined;
    }
    const sources = analyses as DocumentAnalysis[];
    const distinct = this.settings.get().distinct;
    const distinctKey = JSON.stringify(distinct);
    const cachedNow = this.cached;
    if (cachedNow && cachedNow.distinct === distinctKey && cachedNow.sources.length === sources.length && cachedNow.sources.every((s, i) => s === sources[i])) {
      return cachedNow.coverage;
    }
    const entry: CachedCoverage = {
      sources, distinct: distinctKey,
      coverage: this.store.coverage(sources, { distinct }, () => docs.map(d => d.getText())).catch((error: unknown) => {
        if (this.cached === entry) {
          this.cached = undefined;
        }
        console.error('News Lens: coverage failed', error);
        return undefined;
      }),
    };
    this.cached = entry;
    return entry.coverage;
  }

  private async documentOf(uri: vscode.Uri, reopen: boolean): Promise<vscode.TextDocument | undefined> {
    return openDocumentOf(uri) ?? (reopen ? vscode.workspace.openTextDocument(uri) : undefined);
  }

  private pairKey(): string | undefined {
    const pair = this.comparison.pair;
    return pair && this.comparison.isExplicit ? `${pair.a.toString()}\n${pair.b.toString()}` : undefined;
  }

  private changed(): void {
    this.cached = undefined;
    this.emitter.fire();
  }

  dispose(): void {
    this.disposables.forEach(d => d.dispose());
    this.emitter.dispose();
  }
}
