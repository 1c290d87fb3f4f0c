// The documented, serialisable shape of a claim comparison (schema news-lens/claims@1: the CLI's
// `claims --format json` and the object `newsLens.exportClaims {format: 'json'}` returns), and its text forms.
// Offsets are UTF-16 indices into each article's text, end exclusive. Adding a field is not a breaking change;
// bump CLAIMS_SCHEMA when a field changes meaning or disappears.
import type { CrossReference, Quote, Span } from '../model';
import { escapeMarkdown, plainText, truncate } from '../markdown';
import type { ClaimContext } from './alignClaims';
import type { ClaimComparison } from './compareClaims';
import type { NumberReading } from './readNumbers';

export const CLAIMS_SCHEMA = 'news-lens/claims@1';

export interface ClaimSpanExport {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface NumberExport extends ClaimSpanExport {
  /** A number, or for dates and tallies a normalised string ("05-12", "monday", "121-58"). */
  readonly value: number | string;
}

export interface AlignedClaimExport {
  readonly a: ClaimSpanExport;
  readonly b: ClaimSpanExport;
  readonly similarity: number;
  readonly numbers: readonly { readonly a: NumberExport; readonly b: NumberExport; readonly counts: string; readonly agree: boolean }[];
}

export interface ClaimsExport {
  readonly schema: typeof CLAIMS_SCHEMA;
  readonly articles: { readonly a: string; readonly b: string };
  readonly aligned: readonly AlignedClaimExport[];
  readonly onlyA: readonly ClaimSpanExport[];
  readonly onlyB: readonly ClaimSpanExport[];
}

export type ClaimsFormat = 'table' | 'markdown' | 'json';

function span(claim: ClaimSpanExport): ClaimSpanExport {
  return { start: claim.start, end: claim.end, text: claim.text };
}

function number(reading: NumberReading): NumberExport {
  return { start: reading.start, end: reading.end, text: reading.text, value: reading.value };
}

/** An article's quotations with a linked speaker, as spans with the speaker's id (alignClaims' quotedSpeakers). */
function spokenBy(quotes: readonly Quote[]): (Span & { readonly entityId: string })[] {
  return quotes.flatMap(quote => quote.speakerId ? [{ start: quote.start, end: quote.end, entityId: quote.speakerId }] : []);
}

/** The linked entities, matched quotations and quotations' speakers of a cross-reference, as alignment evidence. */
export function claimContextOf(xref: CrossReference): ClaimContext {
  return {
    mentionsA: xref.a.entities.flatMap(entity => entity.mentions),
    mentionsB: xref.b.entities.flatMap(entity => entity.mentions),
    quotePairs: xref.quoteMatches.map(match => ({ a: match.a, b: match.b, similarity: match.similarity })),
    speakersA: spokenBy(xref.a.quotes),
    speakersB: spokenBy(xref.b.quotes),
  };
}

export function toClaimsExport(comparison: ClaimComparison, names: { readonly a: string; readonly b: string }): ClaimsExport {
  return {
    schema: CLAIMS_SCHEMA,
    articles: { a: names.a, b: names.b },
    aligned: comparison.aligned.map(pair => ({
      a: span(pair.a),
      b: span(pair.b),
      similarity: pair.similarity,
      numbers: pair.numbers.map(numbers => ({ a: number(numbers.a), b: number(numbers.b), counts: numbers.counts, agree: numbers.agree })),
    })),
    onlyA: comparison.onlyA.map(span),
    onlyB: comparison.onlyB.map(span),
  };
}

function conflictsOf(doc: ClaimsExport): { readonly a: NumberExport; readonly b: NumberExport; readonly counts: string }[] {
  return doc.aligned.flatMap(pair => pair.numbers.filter(numbers => !numbers.agree));
}

function line(text: string, max = 110): string {
  return truncate(plainText(text), max);
}

function renderTable(doc: ClaimsExport): string {
  const conflicts = conflictsOf(doc);
  const out = [`A: ${doc.articles.a}`, `B: ${doc.articles.b}`,
    `${doc.aligned.length} aligned claims, ${doc.onlyA.length} only in A, ${doc.onlyB.length} only in B, ${conflicts.length} numbers disagree`, ''];
  if (conflicts.length) {
    out.push('NUMBERS THAT DISAGREE');
    conflicts.forEach(conflict => out.push(`  ${conflict.counts}: A ${line(conflict.a.text, 40)}  B ${line(conflict.b.text, 40)}`));
    out.push('');
  }
  out.push('REPORTED BY BOTH');
  doc.aligned.forEach(pair => out.push(`  [${Math.round(pair.similarity * 100)}%] A: ${line(pair.a.text)}`, `         B: ${line(pair.b.text)}`));
  out.push('', 'ONLY IN A');
  doc.onlyA.forEach(claim => out.push(`  ${line(claim.text)}`));
  out.push('', 'ONLY IN B');
  doc.onlyB.forEach(claim => out.push(`  ${line(claim.text)}`));
  return out.join('\n') + '\n';
}

function cell(text: string, max = 300): string {
  return escapeMarkdown(truncate(plainText(text), max));
}

function renderMarkdown(doc: ClaimsExport): string {
  const conflicts = conflictsOf(doc);
  const out = [`# Claims: ${cell(doc.articles.a)} and ${cell(doc.articles.b)}`, '',
    `${doc.aligned.length} aligned claims, ${doc.onlyA.length} only in A, ${doc.onlyB.length} only in B, ${conflicts.length} numbers disagree.`, ''];
  if (conflicts.length) {
    out.push('## Numbers that disagree', '', '| counts | A | B |', '|---|---|---|');
    conflicts.forEach(conflict => out.push(`| ${cell(conflict.counts)} | ${cell(conflict.a.text)} | ${cell(conflict.b.text)} |`));
    out.push('');
  }
  out.push('## Reported by both', '', '| similarity | A | B |', '|---|---|---|');
  doc.aligned.forEach(pair => out.push(`| ${pair.similarity.toFixed(2)} | ${cell(pair.a.text)} | ${cell(pair.b.text)} |`));
  for (const [title, claims] of [['Only in A', doc.onlyA], ['Only in B', doc.onlyB]] as const) {
    out.push('', `## ${title}`, '');
    claims.forEach(claim => out.push(`- ${cell(claim.text)}`));
  }
  return out.join('\n') + '\n';
}

/** The comparison as the CLI and the export print it. Article text is escaped in Markdown and kept on one line in tables. */
export function renderClaims(doc: ClaimsExport, format: ClaimsFormat): string {
  if (format === 'json') {
    return JSON.stringify(doc, null, 2) + '\n';
  }
  return format === 'markdown' ? renderMarkdown(doc) : renderTable(doc);
}
