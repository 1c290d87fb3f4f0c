// Splits an article into claims: its sentences, and the clauses of long sentences. Every line is its own
// unit first (headlines, datelines and scraped noise such as "Advertisement" take part like any text; page
// furniture that states no fact, a byline, a section path, a timestamp, a share prompt or a credited caption,
// is left out: furnitureLines.ts), then sentences are cut after . ! ? (with closing quotes and brackets) unless
// the word before the stop is an abbreviation or an initial.
import { SENTENCE_ABBREVIATIONS } from '../lexicon/claims';
import { furnitureKindOf } from './furnitureLines';
import type { Span } from '../model';

export interface Claim extends Span {
  /** Exactly text.slice(start, end): trimmed, never empty. */
  readonly text: string;
  /** Index of the claim in its article. */
  readonly index: number;
}

/** A sentence longer than this many words is cut into clauses where a clause boundary allows it. */
const LONG_SENTENCE_WORDS = 40;
/** Neither side of a clause cut may be shorter than this many words. */
const MIN_CLAUSE_WORDS = 8;
/** Where a long sentence may be cut: after a semicolon, before a dash, before ", but" / ", while" / ", and" + subject. */
const CLAUSE_BOUNDARY = /;\s+|\s+[—–]\s+|,\s+(?=(?:but|while|whereas|although|though)\s)/g;

/** Furniture lines are short: a credited caption runs to a few dozen words, a paragraph is longer. */
const MAX_FURNITURE_CHARS = 400;

const SENTENCE_END = /[.!?]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}])/gu;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(word => /[\p{L}\p{N}]/u.test(word)).length;
}

/** True when the stop at `stopAt` follows an abbreviation or a single-letter initial ("J. Smith", "U.S."). */
function isAbbreviationStop(text: string, stopAt: number): boolean {
  if (text[stopAt] !== '.') {
    return false;
  }
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, stopAt - 12), stopAt));
  if (!before) {
    return false;
  }
  const word = before[1].toLowerCase().replace(/^\.+/, '');
  return SENTENCE_ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

/** Spans of the sentences of one line, trimmed. */
function sentencesOfLine(text: string, lineStart: number, lineEnd: number): Span[] {
  const line = text.slice(lineStart, lineEnd);
  const cuts: number[] = [];
  for (const m of line.matchAll(SENTENCE_END)) {
    const stopAt = m.index ?? 0;
    if (!isAbbreviationStop(line, stopAt)) {
      cuts.push(stopAt + m[0].length);
    }
  }
  const spans: Span[] = [];
  let from = 0;
  for (const cut of [...cuts, line.length]) {
    const trimmed = trimSpan(line, from, cut);
    if (trimmed) {
      spans.push({ start: lineStart + trimmed.start, end: lineStart + trimmed.end });
    }
    from = cut;
  }
  return spans;
}

function trimSpan(text: string, start: number, end: number): Span | undefined {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) {
    s++;
  }
  while (e > s && /\s/.test(text[e - 1])) {
    e--;
  }
  return e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e)) ? { start: s, end: e } : undefined;
}

/** Cuts a long sentence at clause boundaries, keeping each clause at least MIN_CLAUSE_WORDS long. */
function clausesOf(text: string, sentence: Span): Span[] {
  const body = text.slice(sentence.start, sentence.end);
  if (wordCount(body) <= LONG_SENTENCE_WORDS) {
    return [sentence];
  }
  const out: Span[] = [];
  let from = 0;
  for (const m of body.matchAll(CLAUSE_BOUNDARY)) {
    const at = m.index ?? 0;
    const cutEnd = body[at] === ';' ? at + 1 : at;
    if (wordCount(body.slice(from, at)) >= MIN_CLAUSE_WORDS && wordCount(body.slice(at + m[0].length)) >= MIN_CLAUSE_WORDS) {
      const span = trimSpan(text, sentence.start + from, sentence.start + cutEnd);
      if (span) {
        out.push(span);
      }
      from = at + m[0].length - (/^\s+[—–]/.test(m[0]) ? m[0].trimStart().length : 0);
    }
  }
  const last = trimSpan(text, sentence.start + from, sentence.end);
  if (last) {
    out.push(last);
  }
  return out;
}

/** A line of page furniture (claims-furniture-lines): no claim. Long lines are paragraphs, read no further. */
function isFurniture(text: string, lineStart: number, lineEnd: number): boolean {
  const line = text.slice(lineStart, lineEnd).trim();
  return line.length > 0 && line.length <= MAX_FURNITURE_CHARS && furnitureKindOf(line) !== undefined;
}

/** The article's claims in document order. Linear in the text's length. */
export function splitClaims(text: string): Claim[] {
  const claims: Claim[] = [];
  const lineBreak = /\r\n|\r|\n|\u2028|\u2029/g;
  let lineStart = 0;
  const addLine = (lineEnd: number): void => {
    if (isFurniture(text, lineStart, lineEnd)) {
      return;
    }
    for (const sentence of sentencesOfLine(text, lineStart, lineEnd)) {
      for (const clause of clausesOf(text, sentence)) {
        claims.push({ start: clause.start, end: clause.end, text: text.slice(clause.start, clause.end), index: claims.length });
      }
    }
  };
  for (const m of text.matchAll(lineBreak)) {
    addLine(m.index ?? 0);
    lineStart = (m.index ?? 0) + m[0].length;
  }
  addLine(text.length);
  return claims;
}
