// PLACEHOLDER cross-reference (replaced by the real one): entities matched by id only.
import type { CrossReference, DocumentAnalysis, EntityComparison, EntitySide, Entity } from './model';

function side(d: DocumentAnalysis, e: Entity): EntitySide {
  return { entity: e, mentionCount: e.mentions.length, names: [e.name, ...e.aliases], roles: e.roles.map(r => r.text), quotes: d.quotes.filter(q => q.speakerId === e.id) };
}

export function compareDocuments(a: DocumentAnalysis, b: DocumentAnalysis): CrossReference {
  const entities: EntityComparison[] = [];
  const inB = new Map(b.entities.map(e => [e.id, e]));
  for (const e of a.entities) {
    const other = inB.get(e.id);
    entities.push({ id: e.id, kind: e.kind, name: e.name, presence: other ? 'both' : 'onlyA', a: side(a, e), b: other && side(b, other) });
  }
  const inA = new Set(a.entities.map(e => e.id));
  for (const e of b.entities) {
    if (!inA.has(e.id)) {
      entities.push({ id: e.id, kind: e.kind, name: e.name, presence: 'onlyB', b: side(b, e) });
    }
  }
  return { a, b, entities, quoteMatches: [], unmatchedQuotes: { a: a.quotes, b: b.quotes } };
}
