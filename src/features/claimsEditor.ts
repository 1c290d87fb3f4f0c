// The Compare Claims feature in article editors: the optional unique-claims highlight (setting
// newsLens.highlight.uniqueClaims) and a hover that shows a sentence's counterpart in the other article.
import * as vscode from 'vscode';
import type { Claim } from '../core/claims/compareClaims';
import { safeText } from '../core/markdown';
import { ARTICLE_LANGUAGES, Colors } from '../ids';
import type { ClaimComparisonService, PairClaims } from '../services/claimComparison';
import { toRange } from '../services/ranges';
import type { FeatureDeps } from './deps';

/** Which side of the pair a document is, with the claims it alone reports. */
function sideOf(claims: PairClaims, document: vscode.TextDocument): 'a' | 'b' | undefined {
  const key = document.uri.toString();
  const side = claims.pair.a.toString() === key ? 'a' : claims.pair.b.toString() === key ? 'b' : undefined;
  // A comparison computed on another version would point at wrong sentences.
  return side && claims.versions[side] === document.version ? side : undefined;
}

export class UniqueClaimsHighlight implements vscode.Disposable {
  private readonly decoration = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor(Colors.uniqueClaimBackground),
    borderColor: new vscode.ThemeColor(Colors.uniqueClaimBorder),
    borderStyle: 'none none none solid',
    borderWidth: '0 0 0 2px',
    overviewRulerColor: new vscode.ThemeColor(Colors.uniqueClaimBorder),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
  });
  private readonly disposables: vscode.Disposable[] = [this.decoration];
  private readonly drawn = new Map<string, number>();
  private generation = 0;
  private readonly applied = new vscode.EventEmitter<void>();
  /** Fires after the highlight was redrawn (for tests). */
  readonly onDidApply = this.applied.event;

  constructor(private readonly deps: FeatureDeps, private readonly claims: ClaimComparisonService) {
    this.disposables.push(
      this.applied,
      claims.onDidChange(() => void this.refresh()),
      deps.settings.onDidChange(() => void this.refresh()),
      vscode.window.onDidChangeVisibleTextEditors(() => void this.refresh()),
    );
    void this.refresh();
  }

  /** How many sentences are marked in the visible editor of uri (for tests). */
  countFor(uri: vscode.Uri): number {
    return this.drawn.get(uri.toString()) ?? 0;
  }

  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const on = this.deps.settings.get().highlight.uniqueClaims;
    const claims = on ? await this.claims.current() : undefined;
    if (generation !== this.generation) {
      return;
    }
    this.drawn.clear();
    for (const editor of vscode.window.visibleTextEditors) {
      const side = claims && sideOf(claims, editor.document);
      const unique: readonly Claim[] = !claims || !side ? [] : side === 'a' ? claims.comparison.onlyA : claims.comparison.onlyB;
      editor.setDecorations(this.decoration, unique.map(c => toRange(editor.document, c)));
      if (unique.length) {
        this.drawn.set(editor.document.uri.toString(), unique.length);
      }
    }
    this.applied.fire();
  }

  dispose(): void {
    this.disposables.forEach(d => d.dispose());
  }
}

/** The hover text for the claim at offset: its counterpart(s) in the other article, escaped; undefined when it has none. */
export function counterpartCard(claims: PairClaims, side: 'a' | 'b', offset: number): { card: string; claim: Claim } | undefined {
  const other = side === 'a' ? 'b' : 'a';
  const pairs = claims.comparison.aligned.filter(p => p[side].start <= offset && offset < p[side].end);
  if (!pairs.length) {
    return undefined;
  }
  const lines = [`**Also reported in ${safeText(claims.names[other], 80)}**`, ''];
  for (const p of pairs) {
    lines.push(`> ${safeText(p[other].text, 400)}`, '');
    const conflicts = p.numbers.filter(n => !n.agree);
    if (conflicts.length) {
      lines.push(`Numbers disagree: ${conflicts.map(n => `${safeText(n[side].text, 40)} / ${safeText(n[other].text, 40)}`).join('; ')}`, '');
    }
  }
  return { card: lines.join('\n'), claim: pairs[0][side] };
}

class CounterpartHoverProvider implements vscode.HoverProvider {
  constructor(private readonly deps: FeatureDeps, private readonly claims: ClaimComparisonService) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    if (!this.deps.comparison.counterpartOf(document.uri)) {
      return undefined;
    }
    // Only a comparison that is already there: a hover never waits for one (see ClaimComparisonService.settled).
    const claims = this.claims.settled();
    if (!claims || token.isCancellationRequested) {
      return undefined;
    }
    const side = sideOf(claims, document);
    const found = side && counterpartCard(claims, side, document.offsetAt(position));
    if (!found) {
      return undefined;
    }
    const md = new vscode.MarkdownString(found.card);
    md.isTrusted = false;
    md.supportHtml = false;
    return new vscode.Hover(md, toRange(document, found.claim));
  }
}

export function registerClaimsEditor(context: vscode.ExtensionContext, deps: FeatureDeps, claims: ClaimComparisonService): UniqueClaimsHighlight {
  const highlight = new UniqueClaimsHighlight(deps, claims);
  context.subscriptions.push(
    highlight,
    vscode.languages.registerHoverProvider(ARTICLE_LANGUAGES.map(language => ({ language })), new CounterpartHoverProvider(deps, claims)),
  );
  return highlight;
}
