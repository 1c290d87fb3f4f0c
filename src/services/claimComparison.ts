// The claim comparison of the compared pair, shared by the Compare Claims view, the unique-claims highlight,
// the counterpart hover and the export. Computed on demand from both documents' text (pure core, tens of
// milliseconds for ordinary articles, under a second for two 64 KB ones), with the cross-reference's linked
// entities and matched quotations as extra evidence when it describes the same texts; cached per document
// versions, so an edit to either article recomputes it.
import * as vscode from 'vscode';
import { openDocumentOf } from './openDocument';
import { claimContextOf } from '../core/claims/claimsExport';
import { compareClaims, type ClaimComparison } from '../core/claims/compareClaims';
import type { ComparisonPair, ComparisonService } from './comparison';

export interface PairClaims {
  readonly pair: ComparisonPair;
  readonly names: { readonly a: string; readonly b: string };
  readonly comparison: ClaimComparison;
  /** Versions of the two documents the comparison was computed on. */
  readonly versions: { readonly a: number; readonly b: number };
}

/**
 * Claims are compared on the extension host (no NLP parse: word statistics over the two texts), which takes about
 * a quarter of a second for two 64 KB articles and grows with their size: above this many characters together the
 * pair is not compared, so a very large article never stalls the editor.
 */
export const MAX_CLAIM_COMPARISON_CHARS = 600_000;

export class ClaimComparisonService implements vscode.Disposable {
  private cached: { key: string; result: Promise<PairClaims | undefined>; settled?: { value: PairClaims | undefined } } | undefined;
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Fires when the pair or the text of one of its articles changes: consumers recompute what they show. */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly comparison: ComparisonService) {
    this.disposables.push(
      this.emitter,
      comparison.onDidChange(() => this.emitter.fire()),
      vscode.workspace.onDidChangeTextDocument(e => {
        const pair = this.comparison.pair;
        if (pair && e.contentChanges.length && [pair.a, pair.b].some(u => u.toString() === e.document.uri.toString())) {
          this.emitter.fire();
        }
      }),
    );
  }

  /** The claims of the current pair, or undefined without a pair or when an article cannot be opened. */
  async current(): Promise<PairClaims | undefined> {
    const pair = this.comparison.pair;
    if (!pair) {
      return undefined;
    }
    let documents: (vscode.TextDocument | undefined)[];
    try {
      documents = await Promise.all([this.comparison.documentOf(pair.a), this.comparison.documentOf(pair.b)]);
    } catch {
      return undefined;
    }
    const [docA, docB] = documents;
    return docA && docB ? this.resultFor(pair, docA, docB) : undefined;
  }

  /** The comparison of these open documents at their current versions, started once per pair of versions. */
  private resultFor(pair: ComparisonPair, docA: vscode.TextDocument, docB: vscode.TextDocument): Promise<PairClaims | undefined> {
    const key = `${pair.a.toString()}@${docA.version}\n${pair.b.toString()}@${docB.version}`;
    if (this.cached?.key !== key) {
      const entry: NonNullable<typeof this.cached> = { key, result: this.compute(pair, docA, docB) };
      void entry.result.then(value => { entry.settled = { value }; }, () => { entry.settled = { value: undefined }; });
      this.cached = entry;
    }
    return this.cached.result;
  }

  /**
   * The claims of the current pair if they are already computed for the articles' current texts, without waiting:
   * hovers use this, so a hover never waits for a comparison (or for the analyses it needs). When nothing is ready
   * it starts the comparison, so a later hover finds it.
   */
  settled(): PairClaims | undefined {
    const pair = this.comparison.pair;
    const open = pair && [pair.a, pair.b].map(openDocumentOf);
    if (!pair || !open || !open[0] || !open[1]) {
      return undefined;
    }
    // Only documents that are open now: starting the comparison must never reopen an article just closed.
    void this.resultFor(pair, open[0], open[1]);
    return this.cached?.settled?.value;
  }

  private async compute(pair: ComparisonPair, docA: vscode.TextDocument, docB: vscode.TextDocument): Promise<PairClaims | undefined> {
    const textA = docA.getText();
    const textB = docB.getText();
    if (textA.length + textB.length > MAX_CLAIM_COMPARISON_CHARS) {
      return undefined;
    }
    const xref = await this.comparison.crossReference().catch(() => undefined);
    // Entities and quotations are evidence only while they describe these very texts.
    const fits = xref && xref.a.textLength === textA.length && xref.b.textLength === textB.length;
    const comparison = compareClaims(textA, textB, fits ? claimContextOf(xref) : {});
    return { pair, names: this.comparison.names(pair), comparison, versions: { a: docA.version, b: docB.version } };
  }

  dispose(): void {
    this.disposables.forEach(d => d.dispose());
  }
}
