// The Outline of an article: People, Organisations and Quotes.
import * as vscode from 'vscode';
import { plainText, truncate } from '../core/markdown';
import type { DocumentAnalysis, Entity, Quote } from '../core/model';
import { entityById } from '../core/query';
import { ARTICLE_LANGUAGES } from '../ids';
import { toRange } from '../services/ranges';
import type { FeatureDeps } from './deps';
import { analysisFor } from '../services/analysisAccess';

export const SYMBOL_GROUPS = { people: 'People', organizations: 'Organisations', quotes: 'Quotes' } as const;

const OPENING_WORDS = 6;

/** "Speaker: “opening words…”" — plain text (the Outline renders no markup, but names must still read cleanly). */
export function quoteSymbolName(quote: Quote, speaker: Entity | undefined): string {
  const words = plainText(quote.text).split(' ');
  const opening = words.slice(0, OPENING_WORDS).join(' ') + (words.length > OPENING_WORDS ? '…' : '');
  return `${speaker ? plainText(speaker.name) : 'Unattributed'}: \u201c${truncate(opening, 60)}\u201d`;
}

function entitySymbol(document: vscode.TextDocument, entity: Entity): vscode.DocumentSymbol | undefined {
  const first = entity.mentions[0];
  if (!first) {
    return undefined;
  }
  const range = toRange(document, first);
  const mentions = `${entity.mentions.length} mention${entity.mentions.length === 1 ? '' : 's'}`;
  const role = entity.roles[0] ? `${plainText(entity.roles[0].text)} \u00b7 ` : '';
  const kind = entity.kind === 'person' ? vscode.SymbolKind.Object : vscode.SymbolKind.Struct;
  return new vscode.DocumentSymbol(truncate(plainText(entity.name), 80) || '(unnamed)', truncate(role + mentions, 80), kind, range, range);
}

/** A group spanning its children, so the Outline can follow the cursor into it. */
function group(name: string, children: vscode.DocumentSymbol[]): vscode.DocumentSymbol | undefined {
  if (!children.length) {
    return undefined;
  }
  const start = children.reduce((p, c) => (c.range.start.isBefore(p) ? c.range.start : p), children[0].range.start);
  const end = children.reduce((p, c) => (c.range.end.isAfter(p) ? c.range.end : p), children[0].range.end);
  const symbol = new vscode.DocumentSymbol(name, String(children.length), vscode.SymbolKind.Namespace, new vscode.Range(start, end), children[0].selectionRange);
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
    const range = toRange(document, q);
    return new vscode.DocumentSymbol(quoteSymbolName(q, speaker), '', vscode.SymbolKind.String, range, range);
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
