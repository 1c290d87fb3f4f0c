// Finds the entity a command is about — from a panel node, {id}, {uri, offset} or the active editor's
// cursor — together with the other entities it could be merged with (those of the compared pair when
// the article is one of the pair, else those of the article).
import * as vscode from 'vscode';
import type { CrossReference, DocumentAnalysis, Entity, EntityComparison, EntityKind } from '../core/model';
import { isArticle } from './ranges';
import type { FeatureDeps } from './deps';

export interface Candidate {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  /** Every name used for it (canonical first) and every distinct mention text. */
  readonly names: readonly string[];
}

export interface Subject extends Candidate {
  readonly candidates: readonly Candidate[];
}

function distinct(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter(n => {
    const k = n.toLowerCase();
    return n.trim() !== '' && !seen.has(k) && (seen.add(k), true);
  });
}

function fromComparison(e: EntityComparison): Candidate {
  const sides = [e.a, e.b].filter(s => s !== undefined);
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    names: distinct([e.name, ...sides.flatMap(s => [...s.names, ...s.entity.mentions.map(m => m.text)])]),
  };
}

function fromEntity(e: Entity): Candidate {
  return { id: e.id, kind: e.kind, name: e.name, names: distinct([e.name, ...e.aliases, ...e.mentions.map(m => m.text)]) };
}

function inXref(xref: CrossReference, id: string): Subject | undefined {
  const e = xref.entities.find(x => x.id === id);
  return e && { ...fromComparison(e), candidates: xref.entities.map(fromComparison) };
}

function inAnalysis(analysis: DocumentAnalysis, id: string): Subject | undefined {
  const e = analysis.entities.find(x => x.id === id);
  return e && { ...fromEntity(e), candidates: analysis.entities.map(fromEntity) };
}

function atOffset(analysis: DocumentAnalysis, offset: number): Entity | undefined {
  return analysis.entities.find(e => e.mentions.some(m => m.start <= offset && offset <= m.end));
}

function isEntityNode(v: object): v is { type: 'entity'; entity: EntityComparison } {
  const n = v as { type?: unknown; entity?: { id?: unknown } };
  return n.type === 'entity' && typeof n.entity?.id === 'string';
}

async function atPosition(deps: FeatureDeps, uri: vscode.Uri, offset: number): Promise<Subject | undefined> {
  const counterpart = deps.comparison.counterpartOf(uri);
  if (counterpart) {
    // In the pair, ids are the unified ones of the cross-reference, not the single article's.
    const xref = await deps.comparison.crossReference();
    const entity = xref && atOffset(xref[counterpart.side], offset);
    if (xref && entity) {
      return inXref(xref, entity.id);
    }
  }
  let document: vscode.TextDocument;
  try {
    document = await vscode.workspace.openTextDocument(uri);
  } catch {
    return undefined;
  }
  const analysis = isArticle(document) ? await deps.store.ensure(document) : undefined;
  const entity = analysis && atOffset(analysis, offset);
  return analysis && entity ? inAnalysis(analysis, entity.id) : undefined;
}

/** Resolves a command argument to the entity it designates, or undefined. */
export async function findSubject(deps: FeatureDeps, raw: unknown): Promise<Subject | undefined> {
  if (typeof raw === 'object' && raw !== null) {
    if (isEntityNode(raw)) {
      const xref = await deps.comparison.crossReference();
      return (xref && inXref(xref, raw.entity.id)) ?? { ...fromComparison(raw.entity), candidates: [] };
    }
    const r = raw as { id?: unknown; uri?: unknown; offset?: unknown };
    if (typeof r.id === 'string') {
      const xref = await deps.comparison.crossReference();
      const found = xref && inXref(xref, r.id);
      if (found) {
        return found;
      }
      const doc = vscode.window.activeTextEditor?.document;
      const analysis = doc && (await deps.store.ensure(doc));
      return analysis && inAnalysis(analysis, r.id);
    }
    if ((typeof r.uri === 'string' || r.uri instanceof vscode.Uri) && typeof r.offset === 'number' && Number.isSafeInteger(r.offset) && r.offset >= 0) {
      const uri = typeof r.uri === 'string' ? vscode.Uri.parse(r.uri) : r.uri;
      return atPosition(deps, uri, r.offset);
    }
  }
  const editor = vscode.window.activeTextEditor;
  if (editor && isArticle(editor.document)) {
    return atPosition(deps, editor.document.uri, editor.document.offsetAt(editor.selection.active));
  }
  return undefined;
}
