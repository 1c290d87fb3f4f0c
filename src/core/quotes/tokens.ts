// Words and sentence limits in the text around quotations. Quotations are masked out first, so the
// rules only ever read the narrator's words: a speech quotation becomes one opaque token, a title
// becomes one noun-like token, and neither can end a sentence.

import { ABBREVIATIONS } from '../lexicon/quotes';
import { isGluedSentenceStop } from '../nlp/tokens';
import type { QuoteSpan } from './findQuotes';

export type MaskedTokenKind = 'word' | 'punct' | 'quote' | 'title';

/**
 * A token of the masked narration around quotations: a word, a punctuation mark, or a whole masked
 * quotation ('quote' for speech, 'title' for a work's name). It is not the NLP layer's Token
 * (nlp/tokens.ts): that one is a term compromise tagged inside one paragraph, with tags and the
 * punctuation around it; this one is cut by a tokenizer of our own from the whole masked article (no
 * parse, document offsets), because the quote pass reads text the parser never saw as one piece
 * (a quotation masked to one opaque token, a sentence reaching back over a paragraph's quotations).
 */
export interface MaskedToken {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly kind: MaskedTokenKind;
}

/** Longest abbreviation checked before a full stop ("Sept", "U.S"); longer words end sentences. */
const MAX_ABBREVIATION = 6;
const SPEECH_MASK = '\uE000';
const TITLE_MASK = '\uE001';

/**
 * The text with every quotation replaced, mark to mark, by a mask character of the same length; a comma that
 * ends a title inside its closing mark is kept, in that mark's place.
 */
export function maskQuotes(text: string, spans: readonly QuoteSpan[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.outerStart < at) {
      continue;
    }
    parts.push(text.slice(at, s.outerStart));
    if (s.kind !== 'speech' && s.end > s.start && text[s.end - 1] === ',' && s.outerEnd > s.end) {
      // "X, star of the show “Harbor Lights,” thanked …": the comma set inside a title's closing mark closes
      // the clause around it, so it stays a comma (in the closing mark's place) after the masked title.
      parts.push(TITLE_MASK.repeat(s.outerEnd - s.outerStart - 1), ',');
    } else {
      parts.push((s.kind === 'speech' ? SPEECH_MASK : TITLE_MASK).repeat(s.outerEnd - s.outerStart));
    }
    at = s.outerEnd;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/;
/** Characters that join two runs of letters into one word ("don’t", "Mara-Lin", "U.S", "AT&T"). */
const JOINERS = new Set(['\u2019', "'", '-', '&', '.']);

function isWordChar(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  if (c < 128) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  }
  return c !== 0xe000 && c !== 0xe001 && WORD_CHAR.test(text[index]);
}

/** A slash between digits is inside one word: dates and numbers ("9/11 widow", "24/7 hotline") are modifiers, not punctuation. */
function isDigitSlash(text: string, index: number): boolean {
  return text[index] === '/' && /\d/.test(text[index - 1] ?? '') && /\d/.test(text[index + 1] ?? '');
}

function isSpaceAt(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  return c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE.test(text[index]));
}

/** Tokens of masked[from, to): words (with inner apostrophes, hyphens and dots), masks, single punctuation marks. */
export function tokenize(masked: string, from: number, to: number): MaskedToken[] {
  const out: MaskedToken[] = [];
  let i = from;
  while (i < to) {
    if (isSpaceAt(masked, i)) {
      i++;
      continue;
    }
    const start = i;
    const c = masked[i];
    let kind: MaskedTokenKind;
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

/**
 * Where a tokenization of masked[from, to) may start again at or before `at`: `from`, or just after a space. No token
 * holds a space, so tokenize(masked, start, to) gives exactly the tokens of tokenize(masked, from, to) that start at or
 * after `start`: a rule that reads a few words back from `to` can cut a short tail first and the rest only if needed.
 */
export function tokenStartBefore(masked: string, from: number, at: number): number {
  let start = Math.max(from, at);
  while (start > from && !isSpaceAt(masked, start - 1)) {
    start--;
  }
  return start;
}

export function isMask(char: string | undefined): boolean {
  return char === SPEECH_MASK;
}

/** Whether masked[k] (a . ! or ?) ends a sentence: not an abbreviation or initial, and followed by a space and no lower-case word (or glued to the next sentence's capital, `isGluedSentenceStop`). */
export function endsSentence(masked: string, at: number, limit: number): boolean {
  const c = masked[at];
  if (c !== '.' && c !== '!' && c !== '?') {
    return false;
  }
  const next = masked[at + 1];
  if (at + 1 < limit && next !== undefined && !/\s/.test(next) && next !== SPEECH_MASK && next !== TITLE_MASK) {
    // "she said.Mr Tolan added": a full stop glued to the next sentence still ends this one.
    return isGluedSentenceStop(masked, at);
  }
  let j = at + 1;
  while (j < limit && /\s/.test(masked[j])) {
    j++;
  }
  if (j < limit && /\p{Ll}/u.test(masked[j])) {
    return false;
  }
  if (c !== '.') {
    return true;
  }
  let w = at - 1;
  while (w >= 0 && at - w <= MAX_ABBREVIATION && /[\p{L}.]/u.test(masked[w])) {
    w--;
  }
  const word = masked.slice(w + 1, at).toLowerCase();
  // "was his, not the owner's. Team owner X …": the "s" of a possessive closing the sentence (an apostrophe before it)
  // is no initial.
  const possessive = word === 's' && w >= 1 && /['’]/u.test(masked[w]) && /\p{L}/u.test(masked[w - 1]);
  return !(ABBREVIATIONS.has(word) || (/^\p{L}$/u.test(word) && !possessive));
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
export function isPossessiveAt(tokens: readonly MaskedToken[], index: number): boolean {
  const t = tokens[index];
  if (/[’']s$/i.test(t.text)) {
    return true;
  }
  const next = tokens[index + 1];
  return next !== undefined && (next.text === '’' || next.text === "'") && next.start === t.end && /s$/i.test(t.text);
}
