// Find All References, Go to Definition and document highlights for the names in an article.
import * as vscode from 'vscode';
import type { DocumentAnalysis, Entity, Mention } from '../core/model';
import { comparisonAt, entityAt, entityById, firstFullMention, otherSide } from '../core/query';
import { ARTICLE_LANGUAGES } from '../ids';
import { toLocation, toRange } from '../services/ranges';
import type { FeatureDeps } from './deps';
import { REFERENCES_XREF_WAIT_MS, analysisFor, crossReferenceWithin } from './analysisAccess';

/** The entity at a position, or (from a hover link) the one with a given id. */
export async function entityFor(
  deps: FeatureDeps,
  document: vscode.TextDocument,
  offset: number,
  entityId?: string,
  token?: vscode.CancellationToken,
): Promise<{ entity: Entity; mention: Mention; analysis: DocumentAnalysis } | undefined> {
  const analysis = await analysisFor(deps, document, token);
  if (!analysis) {
    return undefined;
  }
  const byId = entityId !== undefined ? entityById(analysis, entityId) : undefined;
  if (byId && byId.mentions.length) {
    return { entity: byId, mention: byId.mentions[0], analysis };
  }
  const hit = entityAt(analysis, offset, true);
  return hit && { ...hit, analysis };
}

/**
 * Every mention of the entity at `offset`: in this article and, when it is one of the compared pair,
 * in the other article too (matched through the cross-reference, by position).
 */
export async function collectMentions(
  deps: FeatureDeps,
  document: vscode.TextDocument,
  offset: number,
  token?: vscode.CancellationToken,
  entityId?: string,
): Promise<vscode.Location[] | undefined> {
  const hit = await entityFor(deps, document, offset, entityId, token);
  if (!hit || token?.isCancellationRequested) {
    return undefined;
  }
  const locations = hit.entity.mentions.map(m => toLocation(document, m));
  const counterpart = deps.comparison.counterpartOf(document.uri);
  if (!counterpart) {
    return locations;
  }
  const xref = await crossReferenceWithin(deps, REFERENCES_XREF_WAIT_MS);
  if (!xref || token?.isCancellationRequested || xref[counterpart.side].textLength !== hit.analysis.textLength) {
    return token?.isCancellationRequested ? undefined : locations;
  }
  const other = comparisonAt(xref, counterpart.side, hit.mention.start)?.[otherSide(counterpart.side)];
  if (!other) {
    return locations;
  }
  const otherDocument = await vscode.workspace.openTextDocument(counterpart.uri);
  if (token?.isCancellationRequested) {
    return undefined;
  }
  return locations.concat(other.entity.mentions.map(m => toLocation(otherDocument, m)));
}

class MentionReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly deps: FeatureDeps) {}

  provideReferences(document: vscode.TextDocument, position: vscode.Position, _context: vscode.ReferenceContext, token: vscode.CancellationToken): Promise<vscode.Location[] | undefined> {
    return collectMentions(this.deps, document, document.offsetAt(position), token);
  }
}

class FirstMentionDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly deps: FeatureDeps) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Location | undefined> {
    const hit = await entityFor(this.deps, document, document.offsetAt(position), undefined, token);
    if (!hit || token.isCancellationRequested) {
      return undefined;
    }
    const first = firstFullMention(hit.entity);
    return first && toLocation(document, first);
  }
}

class MentionHighlightProvider implements vscode.DocumentHighlightProvider {
  constructor(private readonly deps: FeatureDeps) {}

  async provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.DocumentHighlight[] | undefined> {
    // Only the current analysis: a stale one would highlight the wrong characters while typing.
    const analysis = this.deps.store.get(document);
    const hit = analysis && entityAt(analysis, document.offsetAt(position), true);
    if (!hit || token.isCancellationRequested) {
      return undefined;
    }
    return hit.entity.mentions.map(m => new vscode.DocumentHighlight(toRange(document, m), vscode.DocumentHighlightKind.Text));
  }
}

export function registerNavigation(context: vscode.ExtensionContext, deps: FeatureDeps): void {
  const selector = ARTICLE_LANGUAGES.map(language => ({ language }));
  context.subscriptions.push(
    vscode.languages.registerReferenceProvider(selector, new MentionReferenceProvider(deps)),
    vscode.languages.registerDefinitionProvider(selector, new FirstMentionDefinitionProvider(deps)),
    vscode.languages.registerDocumentHighlightProvider(selector, new MentionHighlightProvider(deps)),
  );
}
