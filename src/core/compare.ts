// Cross-references two analysed articles: which entities both mention and which only one, how each article
// presents them (names, roles, quotes), and which quotations the two share.
import { linkAnalyses } from './link';
import type { CrossReference, DocumentAnalysis, Entity, EntityComparison, EntitySide, Quote } from './model';
import { isSameSource } from './sameSource';
// Straight from the module, not the quotes/ index: the index also loads attribution, which loads compromise,
// and compareDocuments runs in the extension host, which should not.
import { matchQuotes } from './quotes/matchQuotes';

function sideOf(doc: DocumentAnalysis, entity: Entity): EntitySide {
  return {
    entity,
    mentionCount: entity.mentions.length,
    names: [entity.name, ...entity.aliases],
    roles: entity.roles.map(role => role.text),
    quotes: doc.quotes.filter(quote => quote.speakerId === entity.id),
  };
}

const GROUP = { both: 0, onlyA: 1, onlyB: 2 } as const;

/** The fuller of two names for one entity ("Ilsa Marrow" over "Marrow"). */
function fuller(first: string, second: string): string {
  const words = (name: string) => name.split(/\s+/).length;
  return words(second) > words(first) || (words(second) === words(first) && second.length > first.length) ? second : first;
}

function total(comparison: EntityComparison): number {
  return (comparison.a?.mentionCount ?? 0) + (comparison.b?.mentionCount ?? 0);
}

/** The cross-reference of docA and docB; ids are unified first, so the two may come from separate analyses. */
export function compareDocuments(docA: DocumentAnalysis, docB: DocumentAnalysis): CrossReference {
  const [la, lb] = linkAnalyses([docA, docB]);
  const inB = new Map(lb.entities.map(entity => [entity.id, entity]));
  const inA = new Set(la.entities.map(entity => entity.id));
  const entities: EntityComparison[] = [];
  for (const e of la.entities) {
    const other = inB.get(e.id);
    entities.push(other
      ? { id: e.id, kind: e.kind, name: fuller(e.name, other.name), presence: 'both', a: sideOf(la, e), b: sideOf(lb, other) }
      : { id: e.id, kind: e.kind, name: e.name, presence: 'onlyA', a: sideOf(la, e) });
  }
  for (const e of lb.entities) {
    if (!inA.has(e.id)) {
      entities.push({ id: e.id, kind: e.kind, name: e.name, presence: 'onlyB', b: sideOf(lb, e) });
    }
  }
  entities.sort((left, right) => GROUP[left.presence] - GROUP[right.presence] || total(right) - total(left));
  const oneSource = (left: Quote, right: Quote): boolean => left.speakerId !== null && right.speakerId !== null && isSameSource(left.speakerId, right.speakerId, [la, lb]);
  const { matches, unmatchedA, unmatchedB } = matchQuotes(la.quotes, lb.quotes, oneSource);
  const quoteMatches = matches.map(match => (match.a.speakerId !== null && match.b.speakerId !== null && match.a.speakerId !== match.b.speakerId && !match.speakerMismatch ? { ...match, sameSource: true } : match));
  return { a: la, b: lb, entities, quoteMatches, unmatchedQuotes: { a: unmatchedA, b: unmatchedB } };
}
