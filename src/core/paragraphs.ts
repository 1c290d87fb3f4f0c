// The one paragraph model of the engine, with the two views the passes read. Both cut at blank lines and
// at every line-ending style; they differ on hard-wrapped copy (lines broken inside a paragraph), and
// must, for output to stay what it is:
//
// - segmentText(): the paragraphs the entity pass parses. Whether a line runs on into the next is
//   decided from those two lines alone (a long line without closing punctuation that is no Title Case
//   headline, or a next line that starts in lower case), and a very long paragraph is cut, so a block always yields the same segments
//   whatever surrounds it: the per-paragraph cache (analyze.ts, incremental.ts) relies on that, and the
//   parser's cost stays bounded.
// - splitParagraphs(): the paragraphs the quote pass reads, indexed, for its conventions (a quotation
//   left open at a paragraph's end and reopened by the next, a floating quotation paragraph, the search
//   window of a cue). Whether single line breaks are spaces is decided once for the whole document
//   (most lines column-like), so every line of an ordinary one-line-per-paragraph article stays its own
//   paragraph even when one line happens to be long, and no paragraph is cut.
//
// test/unit/paragraphs.test.ts shows each view on the same hard-wrapped and one-line-per-paragraph text.

import { TITLE_SMALL_WORDS } from './lexicon/quotes';
import type { Span } from './model';

// --- The entity pass's view: segments ---

export interface Segment {
  readonly start: number;
  /** The paragraph's text, exactly text.slice(start, start + text.length). */
  readonly text: string;
}

/** Line of wire copy long enough to have been wrapped by column, not ended by the writer. */
const WRAPPED_LINE = 50;

function endsLine(line: string): boolean {
  return /[.!?:;"”’)\]»…]\s*$/.test(line);
}

/** Fewest words a line needs, besides function words, to be read as a headline in Title Case. */
const TITLE_LINE_WORDS = 4;

/**
 * A line in Title Case ("Senator Wins Vote To Keep Her Post Despite Dissent"): every word but the function words
 * a title leaves in lower case is capitalised. It is a headline, however long and unpunctuated, so it does not
 * run on into a next line that starts with a capital: joined, its last words and the next line's first would
 * read as one name ("… Post Despite Dissent" + "Maria Lopez said …"). Wrapped prose has lower-case words on
 * every line of any length.
 */
export function isTitleCaseText(line: string): boolean {
  // Words that start with a letter: "5pts", "9:09PM" and other scraped figures say nothing about the case.
  const words = (line.match(/(?<![\p{L}\p{M}\p{N}'’-])\p{L}[\p{L}\p{M}\p{N}'’-]*/gu) ?? []).filter(word => !TITLE_SMALL_WORDS.has(word.toLowerCase()));
  return words.length >= TITLE_LINE_WORDS && words.every(word => /^\p{Lu}/u.test(word));
}

/**
 * Longest segment handed to the parser. compromise's tagging grows super-linearly with a sentence it cannot
 * split (80,000 characters without a full stop take about a second, 160,000 over a minute), so a longer
 * paragraph is cut: at a sentence or clause end if there is one in the second half of the window, else at a
 * space, else anywhere (not inside a surrogate pair). Depends only on the paragraph, as the cache needs.
 */
const MAX_SEGMENT = 10_000;

function cutPoint(text: string, from: number): number {
  const limit = from + MAX_SEGMENT;
  const half = from + MAX_SEGMENT / 2;
  for (let i = limit; i > half; i--) {
    if (/\s/.test(text[i]) && /[.!?;:…"”’)\]]/.test(text[i - 1])) {
      return i;
    }
  }
  for (let i = limit; i > half; i--) {
    if (/\s/.test(text[i])) {
      return i;
    }
  }
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/** Adds text[s, e) (already trimmed) as one segment, or as several when it is longer than MAX_SEGMENT. */
function pushSegment(segments: Segment[], text: string, start: number, end: number): void {
  let from = start;
  while (end - from > MAX_SEGMENT) {
    let cut = cutPoint(text, from);
    let next = cut;
    while (cut > from && /\s/.test(text[cut - 1])) {
      cut--;
    }
    while (next < end && /\s/.test(text[next])) {
      next++;
    }
    segments.push({ start: from, text: text.slice(from, cut) });
    from = next;
  }
  if (end > from) {
    segments.push({ start: from, text: text.slice(from, end) });
  }
}

/**
 * One segment per line, except that a line that was evidently hard-wrapped (long, no closing punctuation,
 * or followed by a line starting in lower case) runs on into the next line of the same block.
 */
export function segmentText(text: string): Segment[] {
  const segments: Segment[] = [];
  // Every line-ending style: LF, CRLF, old Mac CR, and the Unicode line and paragraph separators.
  const lineRe = /[^\n\r\u2028\u2029]*(\r\n|[\n\r\u2028\u2029]|$)/g;
  let start = -1, end = -1;
  const flush = () => {
    if (start >= 0 && text.slice(start, end).trim()) {
      let s = start, e = end;
      while (s < e && /\s/.test(text[s])) {
        s++;
      }
      while (e > s && /\s/.test(text[e - 1])) {
        e--;
      }
      pushSegment(segments, text, s, e);
    }
    start = -1;
  };
  let previous = '';
  for (let m = lineRe.exec(text); m && m.index < text.length; m = lineRe.exec(text)) {
    const line = m[0].replace(/(?:\r\n|[\n\r\u2028\u2029])$/, '');
    const blank = line.trim() === '';
    const runsOn = start >= 0 && !blank && (/^\s*\p{Ll}/u.test(line) || (previous.trim().length >= WRAPPED_LINE && !endsLine(previous) && !isTitleCaseText(previous)));
    if (!runsOn) {
      flush();
    }
    if (!blank) {
      if (start < 0) {
        start = m.index;
      }
      end = m.index + line.length;
    }
    previous = blank ? '' : line;
    if (m[0].length === 0) {
      break;
    }
  }
  flush();
  return segments;
}

// --- The quote pass's view: indexed paragraphs ---

export interface Paragraph extends Span {
  readonly index: number;
}

/** Shortest and longest typical line of hard-wrapped text (72- or 80-column wire copy). */
const WRAP_MIN = 40;
const WRAP_MAX = 100;

/**
 * Text is hard-wrapped when most lines that run on into another line are of similar, column-like
 * length and do not end a sentence: then a single line break is a space, not a paragraph break.
 */
function looksHardWrapped(lines: readonly Span[], text: string): boolean {
  let runOn = 0;
  let wrapped = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i];
    const b = lines[i + 1];
    if (a.end === a.start || b.end === b.start) {
      continue;
    }
    runOn++;
    const len = a.end - a.start;
    const last = text[a.end - 1];
    if (len >= WRAP_MIN && len <= WRAP_MAX && !/[.!?:”"’]/.test(last)) {
      wrapped++;
    }
  }
  return runOn >= 4 && wrapped >= runOn * 0.6;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) {
    start++;
  }
  while (end > start && /\s/.test(text[end - 1])) {
    end--;
  }
  return { start, end };
}

const LF = 10, CR = 13, LINE_SEPARATOR = 0x2028, PARAGRAPH_SEPARATOR = 0x2029;

/** The text splitParagraphs read last and its paragraphs: the quote pass reads the same document's twice per analysis. */
let lastSplit: { readonly text: string; readonly paragraphs: readonly Paragraph[] } | undefined;

/**
 * Non-empty paragraphs in order, trimmed of surrounding whitespace. Linear in the text length; the paragraphs of the
 * text read last are kept, so finding the quotations and attributing them split a document once.
 */
export function splitParagraphs(text: string): readonly Paragraph[] {
  if (lastSplit?.text !== text) {
    lastSplit = { text, paragraphs: Object.freeze(paragraphsOf(text)) };
  }
  return lastSplit.paragraphs;
}

function paragraphsOf(text: string): Paragraph[] {
  const lines: Span[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    // Character codes, not one-character strings: this runs over every character of the document on every edit.
    const c = text.charCodeAt(i);
    // LF and CRLF (the CR is trimmed with the line), a lone CR (old Mac files), U+2028/U+2029.
    if (i === text.length || c === LF || c === LINE_SEPARATOR || c === PARAGRAPH_SEPARATOR || (c === CR && text.charCodeAt(i + 1) !== LF)) {
      lines.push(trimSpan(text, lineStart, i));
      lineStart = i + 1;
    }
  }
  const joinLines = looksHardWrapped(lines, text);
  const out: Paragraph[] = [];
  let current: Span | null = null;
  const flush = (): void => {
    if (current && current.end > current.start) {
      out.push({ start: current.start, end: current.end, index: out.length });
    }
    current = null;
  };
  for (const line of lines) {
    if (line.end === line.start) {
      flush();
      continue;
    }
    if (!joinLines) {
      current = line;
      flush();
    } else {
      current = current ? { start: current.start, end: line.end } : line;
    }
  }
  flush();
  return out;
}
