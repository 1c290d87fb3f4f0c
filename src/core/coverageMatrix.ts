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
  const maxMentions = Math.max(0, ...coverage.entities.flatMap(entity => entity.sides.map(side => side.mentionCount)));
  const entities = coverage.entities.map((entity): MatrixRow => ({
    id: entity.id, kind: entity.kind, name: entity.name, presence: entity.presence,
    cells: docs.map((doc, article) => {
      const side = entity.sides.find(candidate => candidate.article === article);
      const first = side && doc.entities[side.entity].mentions[0];
      return { count: side?.mentionCount ?? 0, heat: heatOf(side?.mentionCount ?? 0, maxMentions), ...(first ? { target: { start: first.start, end: first.end } } : {}) };
    }),
  }));
  const speakers = quotedSpeakers(coverage);
  const maxQuotes = Math.max(0, ...speakers.flatMap(speaker => speaker.counts));
  const speakerRows = speakers.map((speaker): MatrixRow => {
    const entity = coverage.entities.find(covered => covered.id === speaker.id)!;
    return {
      id: speaker.id, kind: speaker.kind, name: speaker.name, presence: entity.presence,
      cells: speaker.counts.map((count, article) => {
        const side = entity.sides.find(candidate => candidate.article === article);
        const first = side?.quotes.length ? docs[article].quotes[side.quotes[0]] : undefined;
        return { count, heat: heatOf(count, maxQuotes), ...(first ? { target: { start: first.start, end: first.end } } : {}) };
      }),
    };
  });
  const nameOf = (article: number, id: string | null): string | null => (id === null ? null : docs[article].entities.find(entity => entity.id === id)?.name ?? null);
  const quoteGroups = coverage.quoteGroups.map(group => group.variants.map((variant): VariantView => {
    const q = docs[variant.article].quotes[variant.quote];
    return {
      article: variant.article, speaker: nameOf(variant.article, variant.speakerId), text: q.text, start: q.start, end: q.end,
      match: variant.match, similarity: variant.similarity, creditedDifferently: variant.creditedDifferently, ...(variant.diff ? { tokens: variant.diff } : {}),
    };
  }));
  const suggestions = coverage.suggestions.map((suggestion): SuggestionView => ({
    a: { id: suggestion.a.id, name: suggestion.a.name, articles: suggestion.a.articles },
    b: { id: suggestion.b.id, name: suggestion.b.name, articles: suggestion.b.articles },
    kind: suggestion.a.kind,
    explanation: suggestion.explanation,
  }));
  return { articles, entities, speakers: speakerRows, unattributed: unattributedCounts(coverage), quoteGroups, suggestions };
}
