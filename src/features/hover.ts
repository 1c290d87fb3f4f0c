// Hover cards over names and quotes in article editors.
import * as vscode from 'vscode';
import { CARD_COMMANDS, renderEntityCard, renderQuoteCard, type CardContext, type TextSource } from '../core/hoverCard';
import type { DocumentAnalysis } from '../core/model';
import { entityAt, quoteAt } from '../core/query';
import { ARTICLE_LANGUAGES, ContextKeys } from '../ids';
import { toRange } from '../services/ranges';
import { HOVER_XREF_WAIT_MS, analysisFor, crossReferenceIfReady } from '../services/analysisAccess';
import type { FeatureDeps } from './deps';

/** Short display name of an article: its file name. */
export function articleLabel(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}

/** Reads only the requested windows of the document, never a copy of the whole text. */
function textSourceOf(document: vscode.TextDocument, length: number): TextSource {
  return { length, slice: (start, end) => document.getText(toRange(document, { start, end })) };
}

/**
 * The comparison context of a document that is one of the compared pair. Without a cross-reference
 * ready in time, or with one that no longer describes this very text, the card says the comparison is
 * pending rather than point at wrong positions.
 */
export async function comparedContext(deps: FeatureDeps, document: vscode.TextDocument, analysis: DocumentAnalysis): Promise<CardContext['compared']> {
  const counterpart = deps.comparison.counterpartOf(document.uri);
  if (!counterpart) {
    return undefined;
  }
  const xref = await crossReferenceIfReady(deps, counterpart.uri, HOVER_XREF_WAIT_MS);
  const fits = xref && xref[counterpart.side].textLength === analysis.textLength;
  return { xref: fits ? xref : undefined, side: counterpart.side, label: articleLabel(counterpart.uri) };
}

function markdown(value: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(value);
  // Only the card's own two commands may run from a link; everything else in the card is escaped text.
  md.isTrusted = { enabledCommands: [...CARD_COMMANDS] };
  md.supportHtml = false;
  md.supportThemeIcons = false;
  return md;
}


class ArticleHoverProvider implements vscode.HoverProvider {
  private cardShown = false;

  constructor(private readonly deps: FeatureDeps) {}

  private markCardShown(): void {
    if (!this.cardShown) {
      this.cardShown = true;
      void vscode.commands.executeCommand('setContext', ContextKeys.cardShown, true);
    }
  }

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const analysis = await analysisFor(this.deps, document, token);
    if (!analysis || token.isCancellationRequested) {
      return undefined;
    }
    const offset = document.offsetAt(position);
    const hit = entityAt(analysis, offset);
    const quote = quoteAt(analysis, offset);
    if (!hit && !quote) {
      return undefined;
    }
    const compared = await comparedContext(this.deps, document, analysis);
    if (token.isCancellationRequested) {
      return undefined;
    }
    const ctx: CardContext = { analysis, text: textSourceOf(document, analysis.textLength), uri: document.uri.toString(), offset, compared };
    const cards: vscode.MarkdownString[] = [];
    if (hit) {
      cards.push(markdown(renderEntityCard(hit.entity, ctx)));
    }
    if (quote) {
      cards.push(markdown(renderQuoteCard(quote, ctx)));
    }
    this.markCardShown();
    return new vscode.Hover(cards, toRange(document, hit ? hit.mention : quote!));
  }
}

export function registerHover(context: vscode.ExtensionContext, deps: FeatureDeps): void {
  const selector = ARTICLE_LANGUAGES.map(language => ({ language }));
  context.subscriptions.push(vscode.languages.registerHoverProvider(selector, new ArticleHoverProvider(deps)));
}
