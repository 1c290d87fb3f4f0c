// The documented, serialisable shape of a claim comparison (schema news-lens/claims@1: the CLI's
// `claims --format json` and the object `newsLens.exportClaims {format: 'json'}` returns), and its text forms.
// Offsets are UTF-16 indices into each article's text, end exclusive. Adding a field is not a breaking change;
// bump CLAIMS_SCHEMA when a field changes meaning or disappears.
import type { CrossReference } from '../model';
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

function span(s: ClaimSpanExport): ClaimSpanExport {
  return { start: s.start, end: s.end, text: s.text };
}

function number(n: NumberReading): NumberExport {
  return { start: n.start, end: n.end, text: n.text, value: n.value };
}

/** The linked entities and matched quotations of a cross-reference, as alignment evidence. */
export function claimContextOf(xref: CrossReference): ClaimContext {
  return {
    mentionsA: xref.a.entities.flatMap(e => e.mentions),
    mentionsB: xref.b.entities.flatMap(e => e.mentions),
    quotePairs: xref.quoteMatches.map(m => ({ a: m.a, b: m.b, similarity: m.similarity })),
  };
}

export function toClaimsExport(comparison: ClaimComparison, names: { readonly a: string; readonly b: string }): ClaimsExport {
  return {
    schema: CLAIMS_SCHEMA,
    articles: { a: names.a, b: names.b },
    aligned: comparison.aligned.map(p => ({
      a: span(p.a),
      b: span(p.b),
      similarity: p.similarity,
      numbers: p.numbers.map(n => ({ a: number(n.a), b: number(n.b), counts: n.counts, agree: n.agree })),
    })),
    onlyA: comparison.onlyA.map(span),
    onlyB: comparison.onlyB.map(span),
  };
}

function conflictsOf(d: ClaimsExport): { readonly a: NumberExport; readonly b: NumberExport; readonly counts: string }[] {
  return d.aligned.flatMap(p => p.numbers.filter(n => !n.agree));
}

function line(text: string, max = 110): string {
  return truncate(plainText(text), max);
}

function renderTable(d: ClaimsExport): string {
  const conflicts = conflictsOf(d);
  const out = [`A: ${d.articles.a}`, `B: ${d.articles.b}`,
    `${d.aligned.length} aligned claims, ${d.onlyA.length} only in A, ${d.onlyB.length} only in B, ${conflicts.length} numbers disagree`, ''];
  if (conflicts.length) {
    out.push('NUMBERS THAT DISAGREE');
    conflicts.forEach(n => out.push(`  ${n.counts}: A ${line(n.a.text, 40)}  B ${line(n.b.text, 40)}`));
    out.push('');
  }
  out.push('REPORTED BY BOTH');
  d.aligned.forEach(p => out.push(`  [${Math.round(p.similarity * 100)}%] A: ${line(p.a.text)}`, `         B: ${line(p.b.text)}`));
  out.push('', 'ONLY IN A');
  d.onlyA.forEach(c => out.push(`  ${line(c.text)}`));
  out.push('', 'ONLY IN B');
  d.onlyB.forEach(c => out.push(`  ${line(c.text)}`));
  return out.join('\n') + '\n';
}

function cell(text: string, max = 300): string {
  return escapeMarkdown(truncate(plainText(text), max));
}

function renderMarkdown(d: ClaimsExport): string {
  const conflicts = conflictsOf(d);
  const out = [`# Claims: ${cell(d.articles.a)} and ${cell(d.articles.b)}`, '',
    `${d.aligned.length} aligned claims, ${d.onlyA.length} only in A, ${d.onlyB.length} only in B, ${conflicts.length} numbers disagree.`, ''];
  if (conflicts.length) {
    out.push('## Numbers that disagree', '', '| counts | A | B |', '|---|---|---|');
    conflicts.forEach(n => out.push(`| ${cell(n.counts)} | ${cell(n.a.text)} | ${cell(n.b.text)} |`));
    out.push('');
  }
  out.push('## Reported by both', '', '| similarity | A | B |', '|---|---|---|');
  d.aligned.forEach(p => out.push(`| ${p.similarity.toFixed(2)} | ${cell(p.a.text)} | ${cell(p.b.text)} |`));
  for (const [title, claims] of [['Only in A', d.onlyA], ['Only in B', d.onlyB]] as const) {
    out.push('', `## ${title}`, '');
    claims.forEach(c => out.push(`- ${cell(c.text)}`));
  }
  return out.join('\n') + '\n';
}

/** The comparison as the CLI and the export print it. Article text is escaped in Markdown and kept on one line in tables. */
export function renderClaims(d: ClaimsExport, format: ClaimsFormat): string {
  if (format === 'json') {
    return JSON.stringify(d, null, 2) + '\n';
  }
  return format === 'markdown' ? renderMarkdown(d) : renderTable(d);
}
