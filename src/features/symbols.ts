// The Outline of an article: People, Organisations and Quotes. Every symbol's range is one line: the
// Outline, breadcrumbs and sticky scroll treat a symbol spanning lines as a container, and a group
// spanning the article made sticky-scroll lines of random paragraphs and a "People" breadcrumb inside
// a quotation. Each kind has its own icon.
import * as vscode from 'vscode';
import { plainText, truncate } from '../core/markdown';
import type { DocumentAnalysis, Entity, Quote } from '../core/model';
import { entityById } from '../core/query';
import { ARTICLE_LANGUAGES } from '../ids';
import { toRange } from '../services/ranges';
import { capitalised, countOf, UNATTRIBUTED } from '../core/vocabulary';
import type { FeatureDeps } from './deps';
import { analysisFor } from '../services/analysisAccess';

export const SYMBOL_GROUPS = { people: 'People', organizations: 'Organisations', quotes: 'Quotes' } as const;

const OPENING_WORDS = 6;

/** One icon per kind of symbol (the Outline draws a SymbolKind as its codicon). */
export const SYMBOL_KINDS = {
  group: vscode.SymbolKind.Package,
  person: vscode.SymbolKind.Variable,
  org: vscode.SymbolKind.Class,
  quote: vscode.SymbolKind.String,
} as const;

/** The range cut to its first line, so no symbol spans lines (see the top of the file). */
function firstLineOf(document: vscode.TextDocument, range: vscode.Range): vscode.Range {
  return range.isSingleLine ? range : new vscode.Range(range.start, document.lineAt(range.start.line).range.end);
}

/** "Speaker: “opening words…”" — plain text (the Outline renders no markup, but names must still read cleanly). */
export function quoteSymbolName(quote: Quote, speaker: Entity | undefined): string {
  const words = plainText(quote.text).split(' ');
  const opening = words.slice(0, OPENING_WORDS).join(' ') + (words.length > OPENING_WORDS ? '…' : '');
  return `${speaker ? plainText(speaker.name) : capitalised(UNATTRIBUTED)}: \u201c${truncate(opening, 60)}\u201d`;
}

function entitySymbol(document: vscode.TextDocument, entity: Entity): vscode.DocumentSymbol | undefined {
  const first = entity.mentions[0];
  if (!first) {
    return undefined;
  }
  const range = toRange(document, first);
  const mentions = countOf(entity.mentions.length, 'mention');
  const role = entity.roles[0] ? `${plainText(entity.roles[0].text)} \u00b7 ` : '';
  const line = firstLineOf(document, range);
  // A name is never empty in practice; a symbol needs a non-empty name all the same.
  return new vscode.DocumentSymbol(truncate(plainText(entity.name), 80) || entity.id, truncate(role + mentions, 80), SYMBOL_KINDS[entity.kind], line, line);
}

/**
 * A group at its first child's place. It does not span its children: a group spanning the article
 * would be a container for every line (sticky scroll, breadcrumbs); the Outline still lists its children.
 */
function group(name: string, children: vscode.DocumentSymbol[]): vscode.DocumentSymbol | undefined {
  if (!children.length) {
    return undefined;
  }
  const first = children.reduce((p, c) => (c.range.start.isBefore(p.range.start) ? c : p), children[0]);
  const symbol = new vscode.DocumentSymbol(name, String(children.length), SYMBOL_KINDS.group, first.selectionRange, first.selectionRange);
  symbol.children = children;
  return symbol;
}

export function outlineOf(document: vscode.TextDocument, analysis: DocumentAnalysis): vscode.DocumentSymbol[] {
  const people: vscode.DocumentSymbol[] = [];
  const orgs: vscode.DocumentSymbol[] = [];
  for (const entity of analysis.entities) {
    const symbol = entitySymbol(document, entity);
    if (symbol) {
      (entity.kind === 'person' ? people : orgs).push(symbol);
    }
  }
  const quotes = analysis.quotes.map(q => {
    const speaker = q.speakerId !== null ? entityById(analysis, q.speakerId) : undefined;
    const range = firstLineOf(document, toRange(document, q));
    return new vscode.DocumentSymbol(quoteSymbolName(q, speaker), '', SYMBOL_KINDS.quote, range, range);
  });
  return [group(SYMBOL_GROUPS.people, people), group(SYMBOL_GROUPS.organizations, orgs), group(SYMBOL_GROUPS.quotes, quotes)]
    .filter((g): g is vscode.DocumentSymbol => g !== undefined);
}

class ArticleSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly deps: FeatureDeps) {}

  async provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[] | undefined> {
    const analysis = await analysisFor(this.deps, document, token);
    if (!analysis || token.isCancellationRequested) {
      return undefined;
    }
    return outlineOf(document, analysis);
  }
}

export function registerSymbols(context: vscode.ExtensionContext, deps: FeatureDeps): void {
  const selector = ARTICLE_LANGUAGES.map(language => ({ language }));
  const provider = new ArticleSymbolProvider(deps);
  context.subscriptions.push(vscode.languages.registerDocumentSymbolProvider(selector, provider, { label: 'News Lens' }));
}
