// The quote comparison as rows for display: each quote of both articles once, matched quotes side by
// side with their differing words marked, then the quotes only one article carries.
import type { CrossReference, DocumentAnalysis, Quote, Side } from './model';

export type DiffKind = 'same' | 'added' | 'removed';

/** A run of text of a word-level diff: "removed" is only in the first text, "added" only in the second. */
export interface DiffToken {
  readonly text: string;
  readonly kind: DiffKind;
}

export interface QuoteCell {
  readonly side: Side;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Canonical name of the credited speaker, or null when unattributed. */
  readonly speaker: string | null;
  /** The quote's text split into runs; runs that differ from the counterpart are not "same". */
  readonly tokens: readonly DiffToken[];
}

export type QuoteRowKind = 'identical' | 'reworded' | 'onlyA' | 'onlyB';

export interface QuoteRow {
  readonly kind: QuoteRowKind;
  /** Matched quotes whose articles credit different speakers. */
  readonly speakerMismatch: boolean;
  readonly similarity?: number;
  readonly a?: QuoteCell;
  readonly b?: QuoteCell;
}

/** Largest quote pair (in words × words) diffed word by word; beyond it the whole quote is marked. */
const MAX_DIFF_CELLS = 250_000;

function normaliseWord(w: string): string {
  return w.toLowerCase().replace(/[\u2018\u2019\u201c\u201d"'.,;:!?…()[\]-]/g, '');
}

/**
 * Word-level diff of two texts (longest common subsequence over words compared without case and
 * punctuation). Whitespace travels with the word before it, so joining one side's tokens gives back
 * that text exactly.
 */
export function diffWordsFallback(a: string, b: string): DiffToken[] {
  const split = (s: string): string[] => s.match(/\s*\S+\s*|\s+/g) ?? [];
  const wa = split(a);
  const wb = split(b);
  const na = wa.map(normaliseWord);
  const nb = wb.map(normaliseWord);
  if (wa.length * wb.length > MAX_DIFF_CELLS) {
    return [...wa.map(text => ({ text, kind: 'removed' as const })), ...wb.map(text => ({ text, kind: 'added' as const }))];
  }
  const n = wa.length;
  const m = wb.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = na[i] === nb[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out: DiffToken[] = [];
  const push = (text: string, kind: DiffKind): void => {
    const last = out[out.length - 1];
    if (last && last.kind === kind) {
      out[out.length - 1] = { text: last.text + text, kind };
    } else {
      out.push({ text, kind });
    }
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && na[i] === nb[j]) {
      push(wa[i++], 'same');
      j++;
    } else if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      push(wb[j++], 'added');
    } else {
      push(wa[i++], 'removed');
    }
  }
  return out;
}

export type DiffFunction = (a: string, b: string) => readonly DiffToken[];

function speakers(doc: DocumentAnalysis): Map<string, string> {
  return new Map(doc.entities.map(e => [e.id, e.name]));
}

function cell(side: Side, q: Quote, names: Map<string, string>, tokens: readonly DiffToken[]): QuoteCell {
  return { side, start: q.start, end: q.end, text: q.text, speaker: q.speakerId === null ? null : names.get(q.speakerId) ?? null, tokens };
}

/** Rows in display order: matches in A's order, then quotes only in A, then quotes only in B. */
export function buildQuoteRows(xref: CrossReference, diff: DiffFunction = diffWordsFallback): QuoteRow[] {
  const sa = speakers(xref.a);
  const sb = speakers(xref.b);
  const rows: QuoteRow[] = [];
  for (const m of [...xref.quoteMatches].sort((x, y) => x.a.start - y.a.start)) {
    const tokens = m.kind === 'identical' ? [{ text: m.b.text, kind: 'same' as const }] : diff(m.a.text, m.b.text);
    const aTokens = m.kind === 'identical' ? [{ text: m.a.text, kind: 'same' as const }] : tokens.filter(t => t.kind !== 'added');
    const bTokens = tokens.filter(t => t.kind !== 'removed');
    rows.push({ kind: m.kind, speakerMismatch: m.speakerMismatch, similarity: m.similarity, a: cell('a', m.a, sa, aTokens), b: cell('b', m.b, sb, bTokens) });
  }
  for (const q of xref.unmatchedQuotes.a) {
    rows.push({ kind: 'onlyA', speakerMismatch: false, a: cell('a', q, sa, [{ text: q.text, kind: 'same' }]) });
  }
  for (const q of xref.unmatchedQuotes.b) {
    rows.push({ kind: 'onlyB', speakerMismatch: false, b: cell('b', q, sb, [{ text: q.text, kind: 'same' }]) });
  }
  return rows;
}
