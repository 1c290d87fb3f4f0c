// The entity under a position and every mention of it, in this article and the compared one: shared by
// navigation (references, definitions) and the mention commands.
import * as vscode from 'vscode';
import type { DocumentAnalysis, Entity, Mention } from '../core/model';
import { comparisonAt, entityAt, entityById, otherSide } from '../core/query';
import { REFERENCES_XREF_WAIT_MS, analysisFor, crossReferenceWithin } from './analysisAccess';
import type { FeatureDeps } from './deps';
import { toLocation } from './ranges';

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
  const otherDocument = await deps.comparison.documentOf(counterpart.uri);
  if (token?.isCancellationRequested) {
    return undefined;
  }
  if (!otherDocument) {
    return locations;
  }
  return locations.concat(other.entity.mentions.map(m => toLocation(otherDocument, m)));
}
