// What the coverage webview draws, computed on the host from a Coverage: the entity × article matrix with
// heat levels, the quoted speakers × articles matrix, shared quotations with their variants, and the
// suggestions. Plain data, article text still raw: the webview puts it in text nodes only.
import type { Coverage, CoveragePresence, VariantMatch } from './coverage';
import { quotedSpeakers, unattributedCounts } from './coverage';
import type { DiffToken } from './quotes/diffWords';
import type { EntityKind } from './model';

/** Heat levels of a cell: 0 for none, then 1 (few) to 4 (the most in the matrix). */
export const HEAT_LEVELS = 4;

export interface MatrixCell {
  readonly count: number;
  readonly heat: number;
  /** Where clicking the cell goes: the first mention (entities) or quotation (speakers) in that article. */
  readonly target?: { readonly start: number; readonly end: number };
}

export interface MatrixRow {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly presence: CoveragePresence;
  readonly cells: readonly MatrixCell[];
}

export interface VariantView {
  readonly article: number;
  readonly speaker: string | null;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly match: VariantMatch;
  readonly similarity: number;
  readonly creditedDifferently: boolean;
  /** Reworded versions: the words that differ from the first version. */
  readonly tokens?: readonly DiffToken[];
}

export interface SuggestionView {
  readonly a: { readonly id: string; readonly name: string; readonly articles: readonly number[] };
  readonly b: { readonly id: string; readonly name: string; readonly articles: readonly number[] };
  readonly kind: EntityKind;
  readonly explanation: string;
}

export interface CoverageViewModel {
  readonly articles: readonly string[];
  readonly entities: readonly MatrixRow[];
  readonly speakers: readonly MatrixRow[];
  readonly unattributed: readonly number[];
  readonly quoteGroups: readonly (readonly VariantView[])[];
  readonly suggestions: readonly SuggestionView[];
}

/** Heat of a count against the largest count of its matrix: 0 for none, else 1..HEAT_LEVELS. */
export function heatOf(count: number, max: number): number {
  return count <= 0 || max <= 0 ? 0 : Math.max(1, Math.ceil((HEAT_LEVELS * count) / max));
}

export function buildCoverageView(coverage: Coverage, articles: readonly string[]): CoverageViewModel {
  const docs = coverage.analyses;
  const maxMentions = Math.max(0, ...coverage.entities.flatMap(e => e.sides.map(s => s.mentionCount)));
  const entities = coverage.entities.map((e): MatrixRow => ({
    id: e.id, kind: e.kind, name: e.name, presence: e.presence,
    cells: docs.map((doc, article) => {
      const side = e.sides.find(s => s.article === article);
      const first = side && doc.entities[side.entity].mentions[0];
      return { count: side?.mentionCount ?? 0, heat: heatOf(side?.mentionCount ?? 0, maxMentions), ...(first ? { target: { start: first.start, end: first.end } } : {}) };
    }),
  }));
  const speakers = quotedSpeakers(coverage);
  const maxQuotes = Math.max(0, ...speakers.flatMap(s => s.counts));
  const speakerRows = speakers.map((s): MatrixRow => {
    const entity = coverage.entities.find(e => e.id === s.id)!;
    return {
      id: s.id, kind: s.kind, name: s.name, presence: entity.presence,
      cells: s.counts.map((count, article) => {
        const side = entity.sides.find(x => x.article === article);
        const first = side?.quotes.length ? docs[article].quotes[side.quotes[0]] : undefined;
        return { count, heat: heatOf(count, maxQuotes), ...(first ? { target: { start: first.start, end: first.end } } : {}) };
      }),
    };
  });
  const nameOf = (article: number, id: string | null): string | null => (id === null ? null : docs[article].entities.find(e => e.id === id)?.name ?? null);
  const quoteGroups = coverage.quoteGroups.map(g => g.variants.map((v): VariantView => {
    const q = docs[v.article].quotes[v.quote];
    return {
      article: v.article, speaker: nameOf(v.article, v.speakerId), text: q.text, start: q.start, end: q.end,
      match: v.match, similarity: v.similarity, creditedDifferently: v.creditedDifferently, ...(v.diff ? { tokens: v.diff } : {}),
    };
  }));
  const suggestions = coverage.suggestions.map((s): SuggestionView => ({
    a: { id: s.a.id, name: s.a.name, articles: s.a.articles },
    b: { id: s.b.id, name: s.b.name, articles: s.b.articles },
    kind: s.a.kind,
    explanation: s.explanation,
  }));
  return { articles, entities, speakers: speakerRows, unattributed: unattributedCounts(coverage), quoteGroups, suggestions };
}
