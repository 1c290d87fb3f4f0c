// The documented, serialisable shape of an exported cross-reference (the JSON export and the object
// `newsLens.exportCrossReference {format: 'json'}` returns). Plain data only: no Entity objects, no
// cycles, offsets as UTF-16 indices into each article's text. Bump EXPORT_SCHEMA when a field changes
// meaning or disappears; adding a field is not a breaking change.
import type { AttributionBasis, CrossReference, DocumentAnalysis, EntityComparison, EntitySide, Quote, QuoteMatch } from './model';
import { exportSuggestion, type ExportSuggestion } from './coverageExport';
import { suggestSameEntities, type SuggestOptions } from './suggestions';

export const EXPORT_SCHEMA = 'news-lens/cross-reference@1';

export interface ExportSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface ExportQuote extends ExportSpan {
  /** Entity id of the credited speaker (ids are shared by both sides), or null when unattributed. */
  readonly speakerId: string | null;
  /** Canonical name of the speaker in the quote's own article, or null. */
  readonly speaker: string | null;
  /** Where the words crediting the speaker are ("Ms Doe said"), when known. */
  readonly attribution?: { readonly start: number; readonly end: number };
  /** How the speaker was found (model.AttributionBasis), when known. */
  readonly basis?: AttributionBasis;
}

/** How one article presents an entity. */
export interface ExportEntitySide {
  readonly mentionCount: number;
  /** Every distinct name used, canonical first. */
  readonly names: readonly string[];
  readonly roles: readonly string[];
  readonly mentions: readonly ExportSpan[];
  readonly quotes: readonly ExportQuote[];
}

export interface ExportEntity {
  readonly id: string;
  readonly kind: 'person' | 'org';
  readonly name: string;
  readonly presence: 'both' | 'onlyA' | 'onlyB';
  readonly a?: ExportEntitySide;
  readonly b?: ExportEntitySide;
}

export interface ExportQuoteMatch {
  readonly kind: 'identical' | 'reworded';
  readonly similarity: number;
  /** True when the two articles credit the words to different speakers. */
  readonly speakerMismatch: boolean;
  /** True when the speakers differ but are one source: a person and the organisation named in their role. */
  readonly sameSource?: boolean;
  readonly a: ExportQuote;
  readonly b: ExportQuote;
}

export interface ExportSummary {
  readonly inBoth: number;
  readonly onlyA: number;
  readonly onlyB: number;
  readonly quotesIdentical: number;
  readonly quotesReworded: number;
  readonly quotesCreditedDifferently: number;
  readonly quotesOnlyA: number;
  readonly quotesOnlyB: number;
}

export interface CrossReferenceExport {
  readonly schema: typeof EXPORT_SCHEMA;
  /** Display names of the two articles (file names), as given by the caller. */
  readonly articles: { readonly a: string; readonly b: string };
  readonly summary: ExportSummary;
  /** Same order as CrossReference.entities: in both, only in A, only in B. */
  readonly entities: readonly ExportEntity[];
  readonly quoteMatches: readonly ExportQuoteMatch[];
  readonly unmatchedQuotes: { readonly a: readonly ExportQuote[]; readonly b: readonly ExportQuote[] };
  /** Entities of different ids that may be one (files are the names in `articles`); never merged silently. */
  readonly suggestions: readonly ExportSuggestion[];
}

export interface ArticleNames {
  readonly a: string;
  readonly b: string;
}

function speakerNames(doc: DocumentAnalysis): Map<string, string> {
  return new Map(doc.entities.map(entity => [entity.id, entity.name]));
}

function exportQuote(quote: Quote, speakers: Map<string, string>): ExportQuote {
  const speakerId = quote.speakerId ?? null;
  return {
    start: quote.start, end: quote.end, text: quote.text, speakerId, speaker: speakerId === null ? null : speakers.get(speakerId) ?? null,
    ...(quote.attribution ? { attribution: { start: quote.attribution.start, end: quote.attribution.end } } : {}),
    ...(quote.basis ? { basis: quote.basis } : {}),
  };
}

function exportSide(side: EntitySide, speakers: Map<string, string>): ExportEntitySide {
  return {
    mentionCount: side.mentionCount,
    names: [...side.names],
    roles: [...side.roles],
    mentions: side.entity.mentions.map(mention => ({ start: mention.start, end: mention.end, text: mention.text })),
    quotes: side.quotes.map(quote => exportQuote(quote, speakers)),
  };
}

function exportEntity(comparison: EntityComparison, sa: Map<string, string>, sb: Map<string, string>): ExportEntity {
  return {
    id: comparison.id,
    kind: comparison.kind,
    name: comparison.name,
    presence: comparison.presence,
    ...(comparison.a ? { a: exportSide(comparison.a, sa) } : {}),
    ...(comparison.b ? { b: exportSide(comparison.b, sb) } : {}),
  };
}

function exportMatch(match: QuoteMatch, sa: Map<string, string>, sb: Map<string, string>): ExportQuoteMatch {
  return { kind: match.kind, similarity: match.similarity, speakerMismatch: match.speakerMismatch, ...(match.sameSource ? { sameSource: true } : {}), a: exportQuote(match.a, sa), b: exportQuote(match.b, sb) };
}

/** Converts a cross-reference to its export shape (what the JSON export serialises). */
export function toExport(xref: CrossReference, names: ArticleNames, options: SuggestOptions = {}): CrossReferenceExport {
  const sa = speakerNames(xref.a);
  const sb = speakerNames(xref.b);
  const count = (presence: ExportEntity['presence']): number => xref.entities.filter(entity => entity.presence === presence).length;
  return {
    schema: EXPORT_SCHEMA,
    articles: { a: names.a, b: names.b },
    summary: {
      inBoth: count('both'),
      onlyA: count('onlyA'),
      onlyB: count('onlyB'),
      quotesIdentical: xref.quoteMatches.filter(match => match.kind === 'identical').length,
      quotesReworded: xref.quoteMatches.filter(match => match.kind === 'reworded').length,
      quotesCreditedDifferently: xref.quoteMatches.filter(match => match.speakerMismatch).length,
      quotesOnlyA: xref.unmatchedQuotes.a.length,
      quotesOnlyB: xref.unmatchedQuotes.b.length,
    },
    entities: xref.entities.map(comparison => exportEntity(comparison, sa, sb)),
    quoteMatches: xref.quoteMatches.map(match => exportMatch(match, sa, sb)),
    unmatchedQuotes: { a: xref.unmatchedQuotes.a.map(quote => exportQuote(quote, sa)), b: xref.unmatchedQuotes.b.map(quote => exportQuote(quote, sb)) },
    suggestions: suggestSameEntities([xref.a, xref.b], options).map(suggestion => exportSuggestion(suggestion, [names.a, names.b])),
  };
}
