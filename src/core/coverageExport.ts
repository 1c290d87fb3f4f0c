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

function exportQuote(quote: Quote, doc: DocumentAnalysis): CoverageExportQuote {
  const speaker = quote.speakerId === null ? null : doc.entities.find(entity => entity.id === quote.speakerId)?.name ?? null;
  return { start: quote.start, end: quote.end, text: quote.text, speakerId: quote.speakerId, speaker };
}

/** A suggestion with articles named by file (shared by the coverage and the pair's export). */
export function exportSuggestion(suggestion: Suggestion, files: readonly string[]): ExportSuggestion {
  const side = (entity: Suggestion['a']): ExportSuggestedEntity => ({ id: entity.id, name: entity.name, files: entity.articles.map(i => files[i]) });
  return { a: side(suggestion.a), b: side(suggestion.b), reason: suggestion.reason, explanation: suggestion.explanation };
}

/**
 * Display names for files, in order: the base name, or the path as given where two base names collide,
 * numbered if even those collide (every key of perFile must be distinct).
 */
export function distinctFileNames(paths: readonly string[]): string[] {
  const base = (filePath: string): string => filePath.slice(Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\')) + 1) || filePath;
  const names = paths.map(base);
  const chosen = names.map((name, i) => (names.filter(other => other === name).length > 1 ? paths[i] : name));
  return chosen.map((name, i) => (chosen.filter(other => other === name).length > 1 ? `${name} (${i + 1})` : name));
}

/** Converts a coverage to its export shape; `files` names the articles in order (see distinctFileNames). */
export function toCoverageExport(coverage: Coverage, files: readonly string[]): CoverageExport {
  const docs = coverage.analyses;
  const entities = coverage.entities.map((covered): CoverageExportEntity => ({
    id: covered.id,
    kind: covered.kind,
    name: covered.name,
    presence: covered.presence,
    presentIn: covered.presentIn.map(i => files[i]),
    perFile: Object.fromEntries(covered.sides.map(coveredSide => {
      const doc = docs[coveredSide.article];
      const entity = doc.entities[coveredSide.entity];
      const side: CoverageExportSide = {
        mentionCount: coveredSide.mentionCount,
        names: [...coveredSide.names],
        roles: [...coveredSide.roles],
        mentions: entity.mentions.map(mention => ({ start: mention.start, end: mention.end, text: mention.text })),
        quotes: coveredSide.quotes.map(i => exportQuote(doc.quotes[i], doc)),
      };
      return [files[coveredSide.article], side];
    })),
  }));
  const quotes = coverage.quoteGroups.map((group): CoverageExportQuoteGroup => ({
    files: [...new Set(group.variants.map(variant => files[variant.article]))],
    variants: group.variants.map(variant => ({
      file: files[variant.article],
      ...exportQuote(docs[variant.article].quotes[variant.quote], docs[variant.article]),
      match: variant.match,
      similarity: variant.similarity,
      creditedDifferently: variant.creditedDifferently,
    })),
  }));
  const count = (presence: CoveragePresence): number => coverage.entities.filter(entity => entity.presence === presence).length;
  return {
    schema: COVERAGE_SCHEMA,
    articles: docs.map((doc, i) => ({ file: files[i], entities: doc.entities.length, quotes: doc.quotes.length })),
    summary: { articles: docs.length, inAll: count('all'), inSome: count('some'), inOne: count('one'), sharedQuotes: quotes.length, suggestions: coverage.suggestions.length },
    entities,
    quotes,
    suggestions: coverage.suggestions.map(suggestion => exportSuggestion(suggestion, files)),
  };
}
