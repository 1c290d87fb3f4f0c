// Cross-references two analysed articles: which entities both mention and which only one, how each article
// presents them (names, roles, quotes), and which quotations the two share.
import { linkAnalyses } from './link';
import type { CrossReference, DocumentAnalysis, Entity, EntityComparison, EntitySide, Quote } from './model';
import { isSameSource } from './sameSource';
// Straight from the module, not the quotes/ index: the index also loads attribution, which loads compromise,
// and compareDocuments runs in the extension host, which should not.
import { matchQuotes } from './quotes/matchQuotes';

function sideOf(doc: DocumentAnalysis, e: Entity): EntitySide {
  return {
    entity: e,
    mentionCount: e.mentions.length,
    names: [e.name, ...e.aliases],
    roles: e.roles.map(r => r.text),
    quotes: doc.quotes.filter(q => q.speakerId === e.id),
  };
}

const GROUP = { both: 0, onlyA: 1, onlyB: 2 } as const;

/** The fuller of two names for one entity ("Joe Biden" over "Biden"). */
function fuller(x: string, y: string): string {
  const words = (s: string) => s.split(/\s+/).length;
  return words(y) > words(x) || (words(y) === words(x) && y.length > x.length) ? y : x;
}

function total(c: EntityComparison): number {
  return (c.a?.mentionCount ?? 0) + (c.b?.mentionCount ?? 0);
}

/** The cross-reference of a and b; ids are unified first, so a and b may come from separate analyses. */
export function compareDocuments(a: DocumentAnalysis, b: DocumentAnalysis): CrossReference {
  const [la, lb] = linkAnalyses([a, b]);
  const inB = new Map(lb.entities.map(e => [e.id, e]));
  const inA = new Set(la.entities.map(e => e.id));
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
  entities.sort((x, y) => GROUP[x.presence] - GROUP[y.presence] || total(y) - total(x));
  const oneSource = (x: Quote, y: Quote): boolean => x.speakerId !== null && y.speakerId !== null && isSameSource(x.speakerId, y.speakerId, [la, lb]);
  const { matches, unmatchedA, unmatchedB } = matchQuotes(la.quotes, lb.quotes, oneSource);
  const quoteMatches = matches.map(m => (m.a.speakerId !== null && m.b.speakerId !== null && m.a.speakerId !== m.b.speakerId && !m.speakerMismatch ? { ...m, sameSource: true } : m));
  return { a: la, b: lb, entities, quoteMatches, unmatchedQuotes: { a: unmatchedA, b: unmatchedB } };
}
