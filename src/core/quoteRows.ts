// The quote comparison as rows for display: each quote of both articles once, matched quotes side by
// side with their differing words marked, then the quotes only one article carries.
import { WEAK_ATTRIBUTION_BASES, type CrossReference, type DocumentAnalysis, type Quote, type Side, type Span } from './model';
import { ATTRIBUTION_BASIS_WORDS } from './vocabulary';
import { diffWords, type DiffToken } from './quotes/diffWords';

export type { DiffKind, DiffToken } from './quotes/diffWords';

export interface QuoteCell {
  readonly side: Side;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Canonical name of the credited speaker, or null when unattributed. */
  readonly speaker: string | null;
  /** The quote's text split into runs; runs that differ from the counterpart are not "same". */
  readonly tokens: readonly DiffToken[];
  /** The words that credit the speaker, as written ("Ms Doe told reporters"), when known. */
  readonly cue?: string;
  /** Why the credit needs checking, in a reader's words, when it rests on weaker evidence than a cue. */
  readonly weakCredit?: string;
}

export type QuoteRowKind = 'identical' | 'reworded' | 'onlyA' | 'onlyB';

export interface QuoteRow {
  readonly kind: QuoteRowKind;
  /** Matched quotes whose articles credit different speakers. */
  readonly speakerMismatch: boolean;
  /** Matched quotes credited to a person in one article and the organisation of their role in the other. */
  readonly sameSource?: boolean;
  readonly similarity?: number;
  readonly a?: QuoteCell;
  readonly b?: QuoteCell;
}

export type DiffFunction = (a: string, b: string) => readonly DiffToken[];

function speakers(doc: DocumentAnalysis): Map<string, string> {
  return new Map(doc.entities.map(entity => [entity.id, entity.name]));
}

/** Reads a span of one article's text (the host holds the texts; the cross-reference does not). */
export type SpanReader = (side: Side, span: Span) => string;

/** Longest attribution shown as written. */
const MAX_CUE = 120;

/** Quietly nothing: the basis and cue fields are only there when the analysis carries them. */
function creditOf(side: Side, quote: Quote, read: SpanReader | undefined): Pick<QuoteCell, 'cue' | 'weakCredit'> {
  if (quote.speakerId === null) {
    return {};
  }
  const cue = quote.attribution && read ? read(side, quote.attribution).replace(/\s+/g, ' ').trim().slice(0, MAX_CUE) : '';
  const weak = quote.basis && WEAK_ATTRIBUTION_BASES.has(quote.basis) ? ATTRIBUTION_BASIS_WORDS[quote.basis] : undefined;
  return { ...(cue ? { cue } : {}), ...(weak ? { weakCredit: weak } : {}) };
}

function cell(side: Side, quote: Quote, names: Map<string, string>, tokens: readonly DiffToken[], read: SpanReader | undefined): QuoteCell {
  return { side, start: quote.start, end: quote.end, text: quote.text, speaker: quote.speakerId === null ? null : names.get(quote.speakerId) ?? null, tokens, ...creditOf(side, quote, read) };
}

/**
 * Rows in display order: matches in A's order, then quotes only in A, then quotes only in B. `read`
 * gives each quotation's attribution as written, when the caller holds the texts.
 */
export function buildQuoteRows(xref: CrossReference, diff: DiffFunction = diffWords, read?: SpanReader): QuoteRow[] {
  const sa = speakers(xref.a);
  const sb = speakers(xref.b);
  const rows: QuoteRow[] = [];
  for (const m of [...xref.quoteMatches].sort((left, right) => left.a.start - right.a.start)) {
    const tokens = m.kind === 'identical' ? [{ text: m.b.text, kind: 'same' as const }] : diff(m.a.text, m.b.text);
    const aTokens = m.kind === 'identical' ? [{ text: m.a.text, kind: 'same' as const }] : tokens.filter(token => token.kind !== 'added');
    // "same" runs are spelled as in A; B's cell shows B's own spelling.
    const bTokens = tokens.filter(token => token.kind !== 'removed').map(token => (token.kind === 'same' && token.textB !== undefined ? { text: token.textB, kind: token.kind } : token));
    rows.push({
      kind: m.kind, speakerMismatch: m.speakerMismatch, ...(m.sameSource ? { sameSource: true } : {}), similarity: m.similarity,
      a: cell('a', m.a, sa, aTokens, read), b: cell('b', m.b, sb, bTokens, read),
    });
  }
  for (const q of xref.unmatchedQuotes.a) {
    rows.push({ kind: 'onlyA', speakerMismatch: false, a: cell('a', q, sa, [{ text: q.text, kind: 'same' }], read) });
  }
  for (const q of xref.unmatchedQuotes.b) {
    rows.push({ kind: 'onlyB', speakerMismatch: false, b: cell('b', q, sb, [{ text: q.text, kind: 'same' }], read) });
  }
  return rows;
}
