// Words and sentence limits in the text around quotations. Quotations are masked out first, so the
// rules only ever read the narrator's words: a speech quotation becomes one opaque token, a title
// becomes one noun-like token, and neither can end a sentence.

import { ABBREVIATIONS } from '../lexicon/quotes';
import type { QuoteSpan } from './findQuotes';

export type TokenKind = 'word' | 'punct' | 'quote' | 'title';

export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
}

/** Longest abbreviation checked before a full stop ("Sept", "U.S"); longer words end sentences. */
const MAX_ABBREVIATION = 6;
const SPEECH_MASK = '\uE000';
const TITLE_MASK = '\uE001';

/** The text with every quotation replaced, mark to mark, by a mask character of the same length. */
export function maskQuotes(text: string, spans: readonly QuoteSpan[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.outerStart < at) {
      continue;
    }
    parts.push(text.slice(at, s.outerStart));
    parts.push((s.kind === 'speech' ? SPEECH_MASK : TITLE_MASK).repeat(s.outerEnd - s.outerStart));
    at = s.outerEnd;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/;
/** Characters that join two runs of letters into one word ("don’t", "Kassym-Jomart", "U.S", "AT&T"). */
const JOINERS = new Set(['\u2019', "'", '-', '&', '.']);

function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  }
  return c !== 0xe000 && c !== 0xe001 && WORD_CHAR.test(s[i]);
}

/** A slash between digits is inside one word: dates and numbers ("9/11 widow", "24/7 hotline") are modifiers, not punctuation. */
function isDigitSlash(s: string, i: number): boolean {
  return s[i] === '/' && /\d/.test(s[i - 1] ?? '') && /\d/.test(s[i + 1] ?? '');
}

function isSpaceAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE.test(s[i]));
}

/** Tokens of masked[from, to): words (with inner apostrophes, hyphens and dots), masks, single punctuation marks. */
export function tokenize(masked: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    if (isSpaceAt(masked, i)) {
      i++;
      continue;
    }
    const start = i;
    const c = masked[i];
    let kind: TokenKind;
    if (c === SPEECH_MASK || c === TITLE_MASK) {
      while (i < to && masked[i] === c) {
        i++;
      }
      kind = c === SPEECH_MASK ? 'quote' : 'title';
    } else if (isWordChar(masked, i)) {
      i++;
      for (;;) {
        while (i < to && isWordChar(masked, i)) {
          i++;
        }
        if (i + 1 < to && (JOINERS.has(masked[i]) || isDigitSlash(masked, i)) && isWordChar(masked, i + 1)) {
          i++;
          continue;
        }
        break;
      }
      kind = 'word';
    } else {
      const code = masked.charCodeAt(i);
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < to ? 2 : 1;
      kind = 'punct';
    }
    const t = masked.slice(start, i);
    out.push({ text: t, lower: kind === 'word' ? t.toLowerCase() : t, start, end: i, kind });
  }
  return out;
}

export function isMask(c: string | undefined): boolean {
  return c === SPEECH_MASK;
}

/** Whether masked[k] (a . ! or ?) ends a sentence: not an abbreviation or initial, and followed by a space and no lower-case word. */
export function endsSentence(masked: string, k: number, limit: number): boolean {
  const c = masked[k];
  if (c !== '.' && c !== '!' && c !== '?') {
    return false;
  }
  const next = masked[k + 1];
  if (k + 1 < limit && next !== undefined && !/\s/.test(next) && next !== SPEECH_MASK && next !== TITLE_MASK) {
    return false;
  }
  let j = k + 1;
  while (j < limit && /\s/.test(masked[j])) {
    j++;
  }
  if (j < limit && /\p{Ll}/u.test(masked[j])) {
    return false;
  }
  if (c !== '.') {
    return true;
  }
  let w = k - 1;
  while (w >= 0 && k - w <= MAX_ABBREVIATION && /[\p{L}.]/u.test(masked[w])) {
    w--;
  }
  const word = masked.slice(w + 1, k).toLowerCase();
  return !(ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word));
}

/** Start of the sentence containing pos, searching back no further than lo and stopping after a speech quotation. */
export function sentenceStart(masked: string, pos: number, lo: number, limit: number): number {
  for (let k = pos - 1; k >= lo; k--) {
    if (masked[k] === SPEECH_MASK || endsSentence(masked, k, limit)) {
      return k + 1;
    }
  }
  return lo;
}

/** End of the sentence containing pos, searching forward no further than hi and stopping before a speech quotation. */
export function sentenceEnd(masked: string, pos: number, hi: number): number {
  for (let k = pos; k < hi; k++) {
    if (masked[k] === SPEECH_MASK) {
      return k;
    }
    if (endsSentence(masked, k, hi)) {
      return k + 1;
    }
  }
  return hi;
}

/** Whether the token carries a possessive ending ("Russia’s") or is followed by a bare apostrophe ("CBS’"). */
export function isPossessiveAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (/[’']s$/i.test(t.text)) {
    return true;
  }
  const next = tokens[i + 1];
  return next !== undefined && (next.text === '’' || next.text === "'") && next.start === t.end && /s$/i.test(t.text);
}
