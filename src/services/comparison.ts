import * as vscode from 'vscode';
import { openDocumentOf } from './openDocument';
import type { CrossReference, DocumentAnalysis, Side } from '../core/model';
import { PAIR_STATE_KEY } from '../ids';
import type { AnalysisStore } from './analysisStore';

interface CachedCrossReference {
  readonly key: string;
  readonly srcA: DocumentAnalysis;
  readonly srcB: DocumentAnalysis;
  readonly xref: Promise<CrossReference | undefined>;
}

export interface ComparisonPair {
  readonly a: vscode.Uri;
  readonly b: vscode.Uri;
}

/**
 * Which two articles are compared, and their cross-reference. The pair is chosen explicitly
 * (compareWith) or, without a choice, formed by the two most recently active article editors;
 * an explicit pair is remembered per workspace.
 */
export class ComparisonService implements vscode.Disposable {
  private explicit: ComparisonPair | undefined;
  /**
   * The implicit pair in display order (A first). Switching between its two articles keeps the order;
   * a third article replaces the one of the two that was active less recently and becomes B.
   */
  private implicit: vscode.Uri[] = [];
  private lastActive: string | undefined;
  /** The pair's cross-reference, or the promise of it while it is computed (callers in the meantime share it). */
  private cached: CachedCrossReference | undefined;
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Fired when the pair changes or the analysis of either article changes. */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly context: vscode.ExtensionContext, private readonly store: AnalysisStore) {
    const saved = context.workspaceState.get<{ a: string; b: string }>(PAIR_STATE_KEY);
    if (saved && typeof saved.a === 'string' && typeof saved.b === 'string') {
      this.explicit = { a: vscode.Uri.parse(saved.a), b: vscode.Uri.parse(saved.b) };
    }
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(e => e && this.noteActive(e.document)),
      vscode.workspace.onDidCloseTextDocument(d => this.closed(d.uri)),
      store.onDidChangeAnalysis(({ document }) => {
        const pair = this.pair;
        if (pair && (pair.a.toString() === document.uri.toString() || pair.b.toString() === document.uri.toString())) {
          this.cached = undefined;
          this.emitter.fire();
        }
      }),
    );
    if (vscode.window.activeTextEditor) {
      this.noteActive(vscode.window.activeTextEditor.document);
    }
  }

  /** The compared pair: the explicit one, else the two most recently active articles. */
  get pair(): ComparisonPair | undefined {
    if (this.explicit) {
      return this.explicit;
    }
    return this.implicit.length === 2 ? { a: this.implicit[0], b: this.implicit[1] } : undefined;
  }

  get isExplicit(): boolean {
    return this.explicit !== undefined;
  }

  async setPair(a: vscode.Uri, b: vscode.Uri): Promise<void> {
    this.explicit = { a, b };
    await this.context.workspaceState.update(PAIR_STATE_KEY, { a: a.toString(), b: b.toString() });
    this.changed();
  }

  async swap(): Promise<void> {
    const pair = this.pair;
    if (pair) {
      await this.setPair(pair.b, pair.a);
    }
  }

  async clear(): Promise<void> {
    this.explicit = undefined;
    this.implicit = [];
    this.lastActive = undefined;
    await this.context.workspaceState.update(PAIR_STATE_KEY, undefined);
    this.changed();
  }

  /**
   * Short display names of the pair's articles: their file names, or workspace-relative paths when
   * both have the same file name.
   */
  names(pair: ComparisonPair | undefined = this.pair): { a: string; b: string } {
    if (!pair) {
      return { a: 'A', b: 'B' };
    }
    const base = (u: vscode.Uri): string => u.path.slice(u.path.lastIndexOf('/') + 1) || u.toString();
    const a = base(pair.a);
    const b = base(pair.b);
    if (a !== b) {
      return { a, b };
    }
    const rel = (u: vscode.Uri): string => vscode.workspace.asRelativePath(u, false);
    const ra = rel(pair.a);
    const rb = rel(pair.b);
    return ra !== rb ? { a: ra, b: rb } : { a: `${a} (A)`, b: `${b} (B)` };
  }

  /** The other article of the pair, when `uri` is one of them. */
  counterpartOf(uri: vscode.Uri): { uri: vscode.Uri; side: Side; otherSide: Side } | undefined {
    const pair = this.pair;
    const key = uri.toString();
    if (!pair) {
      return undefined;
    }
    if (pair.a.toString() === key) {
      return { uri: pair.b, side: 'a', otherSide: 'b' };
    }
    if (pair.b.toString() === key) {
      return { uri: pair.a, side: 'b', otherSide: 'a' };
    }
    return undefined;
  }

  /** The cross-reference of the current pair, analysing (and opening, not showing) both articles as needed. */
  async crossReference(): Promise<CrossReference | undefined> {
    const pair = this.pair;
    if (!pair) {
      return undefined;
    }
    const key = pair.a.toString() + '\n' + pair.b.toString();
    let a: DocumentAnalysis | undefined;
    let b: DocumentAnalysis | undefined;
    let texts: (() => { a: string; b: string }) | undefined;
    try {
      const [docA, docB] = await Promise.all([this.documentOf(pair.a), this.documentOf(pair.b)]);
      if (!docA || !docB) {
        return undefined;
      }
      [a, b] = await Promise.all([this.store.ensure(docA), this.store.ensure(docB)]);
      texts = () => ({ a: docA.getText(), b: docB.getText() });
    } catch {
      // A remembered article may have been deleted or moved, or be unreadable: no cross-reference.
      return undefined;
    }
    if (!a || !b) {
      return undefined;
    }
    const cachedNow = this.cached;
    if (cachedNow && cachedNow.key === key && cachedNow.srcA === a && cachedNow.srcB === b) {
      return cachedNow.xref;
    }
    const entry: CachedCrossReference = {
      key, srcA: a, srcB: b,
      xref: this.store.compare(a, b, texts).catch((error: unknown) => {
        if (this.cached === entry) {
          this.cached = undefined;
        }
        console.error('News Lens: comparison failed', error);
        return undefined;
      }),
    };
    this.cached = entry;
    return entry.xref;
  }

  /**
   * The pair's document. A chosen pair is reopened when needed (it is remembered across sessions); an
   * implicit one only ever names open documents, and is never reopened: openTextDocument would keep a
   * closed file alive in VS Code for minutes, and bring a closed untitled editor back empty. Every reader of the
   * pair's documents goes through here (hovers, the quotes and claims views, references): a request that
   * started while an article was open may reach this after it closed.
   */
  async documentOf(uri: vscode.Uri): Promise<vscode.TextDocument | undefined> {
    const open = openDocumentOf(uri);
    if (open || !this.explicit) {
      return open;
    }
    return vscode.workspace.openTextDocument(uri);
  }

  /**
   * A closed article leaves the implicit pair (and the cached cross-reference its analysis). A chosen
   * pair stays as it is: it is reopened when the panel next needs it.
   */
  private closed(uri: vscode.Uri): void {
    const key = uri.toString();
    if (this.lastActive === key) {
      this.lastActive = undefined;
    }
    const inImplicit = this.implicit.some(u => u.toString() === key);
    if (inImplicit) {
      this.implicit = this.implicit.filter(u => u.toString() !== key);
    }
    if (inImplicit && !this.explicit) {
      this.changed();
    }
  }

  private noteActive(document: vscode.TextDocument): void {
    if (!this.store.isAnalysable(document) || document.uri.scheme === 'output') {
      return;
    }
    const key = document.uri.toString();
    const known = this.implicit.some(u => u.toString() === key);
    const previous = this.lastActive;
    this.lastActive = key;
    if (known) {
      return;
    }
    if (this.implicit.length < 2) {
      this.implicit.push(document.uri);
    } else {
      const keep = this.implicit.find(u => u.toString() === previous) ?? this.implicit[1];
      this.implicit = [keep, document.uri];
    }
    if (!this.explicit) {
      this.changed();
    }
  }

  private changed(): void {
    this.cached = undefined;
    this.emitter.fire();
  }

  dispose(): void {
    for (const d of this.disposables) {
      d.dispose();
    }
    this.emitter.dispose();
  }
}
