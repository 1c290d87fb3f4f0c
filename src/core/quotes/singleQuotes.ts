// Single quotation marks share their character with the apostrophe (’), so a single quotation is only
// taken when an opening mark at a word start has a plausible closing mark later in the same paragraph.
// Candidate closing marks are listed once per paragraph and consumed by forward-only cursors, which
// keeps the scan linear however many stray marks the paragraph holds.

import type { Span } from '../model';
import { REPORTING_VERBS_FINITE } from '../lexicon/quotes';
import { LEADING_APOSTROPHE_ELISIONS } from '../lexicon/quoteCues';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const OPEN_CONTEXT = /[\s([{\u2014\u2013/"“„«-]/;
/** The letters that follow a mark, up to the first non-letter (an elision is a whole word). */
const LEADING_LETTERS = /^\p{L}*/u;

/** An elision written with a leading apostrophe ('em, 'til, 'n'): not a quotation. */
export function isElision(after: string): boolean {
  return LEADING_APOSTROPHE_ELISIONS.has((LEADING_LETTERS.exec(after)?.[0] ?? '').toLowerCase());
}

interface Candidate {
  readonly at: number;
  /** A closing mark after "s" followed by a lower-case word may be a plural possessive ("leaders’ meeting"). */
  readonly weak: boolean;
}

export interface SingleCloserLists {
  /** ’ ' › : close ‘ ' ‹. */
  readonly right: readonly Candidate[];
  /** ‘ ' : close the low-9 mark ‚ (German style ‚…‘). */
  readonly left: readonly Candidate[];
}

export function singleCloserCandidates(text: string, para: Span): SingleCloserLists {
  const right: Candidate[] = [];
  const left: Candidate[] = [];
  for (let i = para.start; i < para.end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x27 && code < 0x2018) {
      continue;
    }
    const c = text[i];
    if (c !== '\u2019' && c !== "'" && c !== '\u203a' && c !== '\u2018') {
      continue;
    }
    const prev = i > para.start ? text[i - 1] : ' ';
    const next = i + 1 < para.end ? text[i + 1] : ' ';
    if (/\s/.test(prev) || (LETTER_OR_DIGIT.test(prev) && LETTER_OR_DIGIT.test(next))) {
      continue;
    }
    const weak = /s/i.test(prev) && next === ' ' && /\p{Ll}/u.test(text[i + 2] ?? '');
    const candidate = { at: i, weak };
    if (c !== '\u2018') {
      right.push(candidate);
    }
    if (c === '\u2018' || c === "'") {
      left.push(candidate);
    }
  }
  return { right, left };
}

/** Forward-only cursor over one candidate list: the first strong and the first weak candidate after a position. */
class Cursor {
  private strong = 0;
  private weak = 0;

  constructor(private readonly list: readonly Candidate[]) {}

  firstAfter(pos: number): number | null {
    const { list } = this;
    while (this.strong < list.length && (list[this.strong].at <= pos || list[this.strong].weak)) {
      this.strong++;
    }
    while (this.weak < list.length && list[this.weak].at <= pos) {
      this.weak++;
    }
    if (this.strong < list.length) {
      return list[this.strong].at;
    }
    return this.weak < list.length ? list[this.weak].at : null;
  }
}

export class SingleCloserCursor {
  private readonly right: Cursor;
  private readonly left: Cursor;

  constructor(lists: SingleCloserLists) {
    this.right = new Cursor(lists.right);
    this.left = new Cursor(lists.left);
  }

  /** The closing mark for a single opening mark at i, or null when the mark is an apostrophe or stray. */
  closerFor(text: string, index: number, prev: string | undefined, next: string | undefined): number | null {
    if (prev !== undefined && !OPEN_CONTEXT.test(prev)) {
      return null;
    }
    if (next === undefined || !/\p{L}/u.test(next) || isElision(text.slice(index + 1, index + 8))) {
      return null;
    }
    return text[index] === '\u201a' ? this.left.firstAfter(index) : this.right.firstAfter(index);
  }
}

const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Words a quotation needs before it can be taken from a closing mark alone. */
const MIN_MISSING_OPEN_WORDS = 3;
/** Characters read back to count those words (bounded, so stray marks cost constant time each). */
const MISSING_OPEN_LOOKBACK = 120;
/** How far after the closing mark the reporting verb may come ("…,” the former minister told reporters). */
const ATTRIBUTION_WINDOW_WORDS = 8;

/**
 * Whether a closing mark with no opening mark ends a quotation whose opening mark was dropped: the text
 * since the paragraph start (or the previous quotation) is long enough, and an attribution follows.
 */
export function closesMissingOpen(text: string, from: number, at: number, paraEnd: number): boolean {
  const before = text.slice(Math.max(from, at - MISSING_OPEN_LOOKBACK), at).match(WORDS) ?? [];
  if (before.length < MIN_MISSING_OPEN_WORDS) {
    return false;
  }
  const afterText = text.slice(at + 1, Math.min(paraEnd, at + 100));
  const sentence = afterText.split(/[.!?]\s/)[0];
  const after = sentence.match(WORDS) ?? [];
  return after.slice(0, ATTRIBUTION_WINDOW_WORDS).some(word => REPORTING_VERBS_FINITE.has(word.toLowerCase()));
}
