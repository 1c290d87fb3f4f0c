// Finds the same words quoted in two articles: identical after normalisation, truncated, extended by
// a sentence, or a fragment of a longer quotation. Candidates come from an index of word shingles, so
// two long articles are compared without trying every pair.

import type { Quote, QuoteMatch } from '../model';
import { normaliseWord } from './diffWords';
import { MATCH_FUNCTION_WORDS } from '../lexicon/quoteCues';

export { diffWords, type DiffKind, type DiffToken } from './diffWords';

export interface QuoteMatchResult {
  readonly matches: QuoteMatch[];
  readonly unmatchedA: Quote[];
  readonly unmatchedB: Quote[];
}

const SHINGLE = 3;
/** Shingles shared by more quotations than this are common phrases, not evidence ("we are going"). */
const MAX_POSTINGS = 50;
/** A reworded pair must share this many words in order, and this share of the shorter quotation. */
const MIN_COMMON_WORDS = 4;
const MIN_SHORTER_SHARE = 0.6;
/** Largest pair (words × words) compared by longest common subsequence; beyond it shingles decide. */
const MAX_LCS_CELLS = 40_000;

function words(text: string): string[] {
  return text.split(/[\s\u2014\u2013/-]+/).map(normaliseWord).filter(w => w.length > 0);
}

function shingles(ws: readonly string[], k: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + k <= ws.length; i++) {
    out.push(ws.slice(i, i + k).join(' '));
  }
  return out;
}

interface Indexed {
  readonly quote: Quote;
  readonly words: readonly string[];
  readonly key: string;
}

class ShingleIndex {
  private readonly byShingle = new Map<string, number[]>();

  constructor(items: readonly Indexed[]) {
    items.forEach((item, i) => {
      const k = Math.min(SHINGLE, item.words.length);
      for (const s of new Set(shingles(item.words, k))) {
        const list = this.byShingle.get(s);
        if (!list) {
          this.byShingle.set(s, [i]);
        } else if (list.length <= MAX_POSTINGS) {
          list.push(i);
        }
      }
    });
  }

  /**
   * Items sharing a shingle with these words. Items shorter than a shingle are indexed whole; one-word
   * items only match identical quotations, which are paired before the index is asked.
   */
  candidates(ws: readonly string[]): Set<number> {
    const out = new Set<number>();
    for (let k = 2; k <= Math.min(SHINGLE, ws.length); k++) {
      for (const s of shingles(ws, k)) {
        const list = this.byShingle.get(s);
        if (list && list.length <= MAX_POSTINGS) {
          list.forEach(i => out.add(i));
        }
      }
    }
    return out;
  }
}

function containsRun(long: readonly string[], short: readonly string[]): boolean {
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let j = 0; j < short.length; j++) {
      if (long[i + j] !== short[j]) {
        continue outer;
      }
    }
    return true;
  }
  return false;
}

function lcsLength(a: readonly string[], b: readonly string[]): number {
  if (a.length * b.length > MAX_LCS_CELLS) {
    const sa = new Set(shingles(a, SHINGLE));
    const shared = shingles(b, SHINGLE).filter(s => sa.has(s)).length;
    return Math.min(a.length, b.length, shared + SHINGLE - 1);
  }
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Similarity of a pair (share of words in common), or null when the two are different quotations. */
function similarity(a: readonly string[], b: readonly string[]): number | null {
  if (a.length === 0 || b.length === 0) {
    return null;
  }
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === long.length && containsRun(long, short)) {
    return 1;
  }
  const meaningful = short.filter(w => !MATCH_FUNCTION_WORDS.has(w)).length;
  if ((short.length >= 3 || meaningful === 2) && containsRun(long, short)) {
    return short.length / long.length;
  }
  const common = lcsLength(a, b);
  if (common >= MIN_COMMON_WORDS && common / short.length >= MIN_SHORTER_SHARE) {
    return common / long.length;
  }
  return null;
}

function prepare(quotes: readonly Quote[]): Indexed[] {
  return quotes.map(quote => {
    const ws = words(quote.text);
    return { quote, words: ws, key: ws.join(' ') };
  });
}

/**
 * Pairs quotations of a with quotations of b that quote the same words, best pairs first, each
 * quotation in at most one pair. kind is "identical" when the words are the same after normalising
 * case, accents and punctuation, else "reworded" (truncated, extended or changed); similarity is the
 * share of words in common. sameSpeaker decides speakerMismatch when both quotes have a speaker.
 */
export function matchQuotes(a: readonly Quote[], b: readonly Quote[], sameSpeaker: (x: Quote, y: Quote) => boolean): QuoteMatchResult {
  const ia = prepare(a);
  const ib = prepare(b);
  const pairs: { i: number; j: number; sim: number }[] = [];
  const exact = new Map<string, number[]>();
  ib.forEach((y, j) => {
    const list = exact.get(y.key);
    if (list) {
      list.push(j);
    } else {
      exact.set(y.key, [j]);
    }
  });
  const pairedA = new Set<number>();
  const pairedB = new Set<number>();
  ia.forEach((x, i) => {
    const j = x.words.length > 0 ? exact.get(x.key)?.shift() : undefined;
    if (j !== undefined) {
      pairs.push({ i, j, sim: 1 });
      pairedA.add(i);
      pairedB.add(j);
    }
  });
  const indexB = new ShingleIndex(ib);
  const indexA = new ShingleIndex(ia);
  const seen = new Set<string>();
  const consider = (i: number, j: number): void => {
    const id = `${i}:${j}`;
    if (pairedA.has(i) || pairedB.has(j) || seen.has(id)) {
      return;
    }
    seen.add(id);
    const sim = similarity(ia[i].words, ib[j].words);
    if (sim !== null) {
      pairs.push({ i, j, sim });
    }
  };
  ia.forEach((x, i) => pairedA.has(i) || indexB.candidates(x.words).forEach(j => consider(i, j)));
  ib.forEach((y, j) => pairedB.has(j) || indexA.candidates(y.words).forEach(i => consider(i, j)));
  pairs.sort((p, q) => q.sim - p.sim || p.i - q.i || p.j - q.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const matches: (QuoteMatch & { order: number })[] = [];
  for (const p of pairs) {
    if (usedA.has(p.i) || usedB.has(p.j)) {
      continue;
    }
    usedA.add(p.i);
    usedB.add(p.j);
    const qa = ia[p.i].quote;
    const qb = ib[p.j].quote;
    matches.push({
      a: qa, b: qb, order: p.i,
      kind: ia[p.i].key === ib[p.j].key ? 'identical' : 'reworded',
      similarity: Math.round(p.sim * 1000) / 1000,
      speakerMismatch: qa.speakerId !== null && qb.speakerId !== null && !sameSpeaker(qa, qb),
    });
  }
  matches.sort((x, y) => x.order - y.order);
  return {
    matches: matches.map(({ order: _order, ...m }) => m),
    unmatchedA: a.filter((_, i) => !usedA.has(i)),
    unmatchedB: b.filter((_, j) => !usedB.has(j)),
  };
}
