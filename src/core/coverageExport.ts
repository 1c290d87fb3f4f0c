// The documented, serialisable shape of an exported coverage (N articles): what `coverage --format json`
// prints and `newsLens.exportCoverage {format: 'json'}` returns. Plain data, offsets as UTF-16 indices into
// each article's text. Bump COVERAGE_SCHEMA when a field changes meaning or disappears; adding one is fine.
import type { Coverage, CoveragePresence, Suggestion, SuggestionReason, VariantMatch } from './coverage';
import type { DocumentAnalysis, EntityKind, Quote } from './model';

export const COVERAGE_SCHEMA = 'news-lens/coverage@1';

export interface CoverageExportSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface CoverageExportQuote extends CoverageExportSpan {
  readonly speakerId: string | null;
  /** The speaker's name in the quote's own article, or null. */
  readonly speaker: string | null;
}

/** How one article presents an entity. */
export interface CoverageExportSide {
  readonly mentionCount: number;
  readonly names: readonly string[];
  readonly roles: readonly string[];
  readonly mentions: readonly CoverageExportSpan[];
  readonly quotes: readonly CoverageExportQuote[];
}

export interface CoverageExportEntity {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly presence: CoveragePresence;
  /** Files of the articles that name it, in article order. */
  readonly presentIn: readonly string[];
  /** File → how that article presents it (only the files in presentIn). */
  readonly perFile: Readonly<Record<string, CoverageExportSide>>;
}

export interface CoverageExportVariant extends CoverageExportQuote {
  readonly file: string;
  /** "first" for the group's reference version, else how this version compares with it. */
  readonly match: VariantMatch;
  readonly similarity: number;
  readonly creditedDifferently: boolean;
}

export interface CoverageExportQuoteGroup {
  /** Files that carry the quotation. */
  readonly files: readonly string[];
  readonly variants: readonly CoverageExportVariant[];
}

export interface ExportSuggestedEntity {
  readonly id: string;
  readonly name: string;
  readonly files: readonly string[];
}

export interface ExportSuggestion {
  readonly a: ExportSuggestedEntity;
  readonly b: ExportSuggestedEntity;
  readonly reason: SuggestionReason;
  readonly explanation: string;
}

export interface CoverageExport {
  readonly schema: typeof COVERAGE_SCHEMA;
  readonly articles: readonly { readonly file: string; readonly entities: number; readonly quotes: number }[];
  readonly summary: { readonly articles: number; readonly inAll: number; readonly inSome: number; readonly inOne: number; readonly sharedQuotes: number; readonly suggestions: number };
  readonly entities: readonly CoverageExportEntity[];
  readonly quotes: readonly CoverageExportQuoteGroup[];
  readonly suggestions: readonly ExportSuggestion[];
}

function exportQuote(q: Quote, doc: DocumentAnalysis): CoverageExportQuote {
  const speaker = q.speakerId === null ? null : doc.entities.find(e => e.id === q.speakerId)?.name ?? null;
  return { start: q.start, end: q.end, text: q.text, speakerId: q.speakerId, speaker };
}

/** A suggestion with articles named by file (shared by the coverage and the pair's export). */
export function exportSuggestion(s: Suggestion, files: readonly string[]): ExportSuggestion {
  const side = (e: Suggestion['a']): ExportSuggestedEntity => ({ id: e.id, name: e.name, files: e.articles.map(i => files[i]) });
  return { a: side(s.a), b: side(s.b), reason: s.reason, explanation: s.explanation };
}

/**
 * Display names for files, in order: the base name, or the path as given where two base names collide,
 * numbered if even those collide (every key of perFile must be distinct).
 */
export function distinctFileNames(paths: readonly string[]): string[] {
  const base = (p: string): string => p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1) || p;
  const names = paths.map(base);
  const chosen = names.map((n, i) => (names.filter(m => m === n).length > 1 ? paths[i] : n));
  return chosen.map((n, i) => (chosen.filter(m => m === n).length > 1 ? `${n} (${i + 1})` : n));
}

/** Converts a coverage to its export shape; `files` names the articles in order (see distinctFileNames). */
export function toCoverageExport(coverage: Coverage, files: readonly string[]): CoverageExport {
  const docs = coverage.analyses;
  const entities = coverage.entities.map((e): CoverageExportEntity => ({
    id: e.id,
    kind: e.kind,
    name: e.name,
    presence: e.presence,
    presentIn: e.presentIn.map(i => files[i]),
    perFile: Object.fromEntries(e.sides.map(s => {
      const doc = docs[s.article];
      const entity = doc.entities[s.entity];
      const side: CoverageExportSide = {
        mentionCount: s.mentionCount,
        names: [...s.names],
        roles: [...s.roles],
        mentions: entity.mentions.map(m => ({ start: m.start, end: m.end, text: m.text })),
        quotes: s.quotes.map(i => exportQuote(doc.quotes[i], doc)),
      };
      return [files[s.article], side];
    })),
  }));
  const quotes = coverage.quoteGroups.map((g): CoverageExportQuoteGroup => ({
    files: [...new Set(g.variants.map(v => files[v.article]))],
    variants: g.variants.map(v => ({
      file: files[v.article],
      ...exportQuote(docs[v.article].quotes[v.quote], docs[v.article]),
      match: v.match,
      similarity: v.similarity,
      creditedDifferently: v.creditedDifferently,
    })),
  }));
  const count = (p: CoveragePresence): number => coverage.entities.filter(e => e.presence === p).length;
  return {
    schema: COVERAGE_SCHEMA,
    articles: docs.map((doc, i) => ({ file: files[i], entities: doc.entities.length, quotes: doc.quotes.length })),
    summary: { articles: docs.length, inAll: count('all'), inSome: count('some'), inOne: count('one'), sharedQuotes: quotes.length, suggestions: coverage.suggestions.length },
    entities,
    quotes,
    suggestions: coverage.suggestions.map(s => exportSuggestion(s, files)),
  };
}
