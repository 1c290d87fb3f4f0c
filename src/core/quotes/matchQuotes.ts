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
  return text.split(/[\s\u2014\u2013/-]+/).map(normaliseWord).filter(word => word.length > 0);
}

function shingles(ws: readonly string[], size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + size <= ws.length; i++) {
    out.push(ws.slice(i, i + size).join(' '));
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
    items.forEach((item, index) => {
      const k = Math.min(SHINGLE, item.words.length);
      for (const s of new Set(shingles(item.words, k))) {
        const list = this.byShingle.get(s);
        if (!list) {
          this.byShingle.set(s, [index]);
        } else if (list.length <= MAX_POSTINGS) {
          list.push(index);
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
          list.forEach(index => out.add(index));
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

function lcsLength(one: readonly string[], other: readonly string[]): number {
  if (one.length * other.length > MAX_LCS_CELLS) {
    const sa = new Set(shingles(one, SHINGLE));
    const shared = shingles(other, SHINGLE).filter(text => sa.has(text)).length;
    return Math.min(one.length, other.length, shared + SHINGLE - 1);
  }
  let prev = new Uint32Array(other.length + 1);
  let cur = new Uint32Array(other.length + 1);
  for (let i = 1; i <= one.length; i++) {
    for (let j = 1; j <= other.length; j++) {
      cur[j] = one[i - 1] === other[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[other.length];
}

/** Similarity of a pair (share of words in common), or null when the two are different quotations. */
function similarity(one: readonly string[], other: readonly string[]): number | null {
  if (one.length === 0 || other.length === 0) {
    return null;
  }
  const [short, long] = one.length <= other.length ? [one, other] : [other, one];
  if (short.length === long.length && containsRun(long, short)) {
    return 1;
  }
  const meaningful = short.filter(word => !MATCH_FUNCTION_WORDS.has(word)).length;
  if ((short.length >= 3 || meaningful === 2) && containsRun(long, short)) {
    return short.length / long.length;
  }
  const common = lcsLength(one, other);
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
export function matchQuotes(one: readonly Quote[], other: readonly Quote[], sameSpeaker: (one: Quote, other: Quote) => boolean): QuoteMatchResult {
  const ia = prepare(one);
  const ib = prepare(other);
  const pairs: { i: number; j: number; sim: number }[] = [];
  const exact = new Map<string, number[]>();
  ib.forEach((other, position) => {
    const list = exact.get(other.key);
    if (list) {
      list.push(position);
    } else {
      exact.set(other.key, [position]);
    }
  });
  const pairedA = new Set<number>();
  const pairedB = new Set<number>();
  ia.forEach((one, index) => {
    const j = one.words.length > 0 ? exact.get(one.key)?.shift() : undefined;
    if (j !== undefined) {
      pairs.push({ i: index, j, sim: 1 });
      pairedA.add(index);
      pairedB.add(j);
    }
  });
  const indexB = new ShingleIndex(ib);
  const indexA = new ShingleIndex(ia);
  const seen = new Set<string>();
  const consider = (index: number, position: number): void => {
    const id = `${index}:${position}`;
    if (pairedA.has(index) || pairedB.has(position) || seen.has(id)) {
      return;
    }
    seen.add(id);
    const sim = similarity(ia[index].words, ib[position].words);
    if (sim !== null) {
      pairs.push({ i: index, j: position, sim });
    }
  };
  ia.forEach((one, index) => pairedA.has(index) || indexB.candidates(one.words).forEach(position => consider(index, position)));
  ib.forEach((other, position) => pairedB.has(position) || indexA.candidates(other.words).forEach(index => consider(index, position)));
  pairs.sort((one, other) => other.sim - one.sim || one.i - other.i || one.j - other.j);
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
  matches.sort((one, other) => one.order - other.order);
  return {
    matches: matches.map(({ order: _order, ...m }) => m),
    unmatchedA: one.filter((_, index) => !usedA.has(index)),
    unmatchedB: other.filter((_, position) => !usedB.has(position)),
  };
}
