// Finds quoted passages in article text, one left-to-right pass per paragraph (linear time, no
// backtracking), tolerant of unbalanced, mixed and mistyped quotation marks.

import type { Span } from '../model';
import { classifyQuote, type QuoteSpanKind } from './quoteKinds';
import { splitParagraphs, type Paragraph } from '../paragraphs';
import { closesMissingOpen, isElision, singleCloserCandidates, SingleCloserCursor } from './singleQuotes';

export type { QuoteSpanKind } from './quoteKinds';

export interface QuoteSpan extends Span {
  /** Offset of the opening mark (== start when the opening mark is missing). */
  readonly outerStart: number;
  /** Offset just after the closing mark (== end when the closing mark is missing). */
  readonly outerEnd: number;
  /** Index of the paragraph (see splitParagraphs) the span lies in. */
  readonly paragraph: number;
  /** The opening mark as written, '' when it is missing. */
  readonly mark: string;
  readonly kind: QuoteSpanKind;
  readonly openMissing: boolean;
  readonly closeMissing: boolean;
  /** Reopens a quotation the previous paragraph left open (the news convention for long quotes). */
  readonly continued: boolean;
  /** Left open at the end of its paragraph and reopened by the next one. */
  readonly continuesNext: boolean;
}

const OPEN_CONTEXT = /[\s([{\u2014\u2013/-]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DOUBLE_MARKS = new Set(['"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb', '\u300c', '\u300d']);
const SINGLE_OPENERS = new Set(['\u2018', '\u201a', "'", '\u2039']);

interface Open {
  readonly mark: string;
  readonly at: number;
  readonly continued: boolean;
  readonly openMissing: boolean;
}

interface Builder {
  readonly text: string;
  readonly spans: QuoteSpan[];
}

/** Cheap pre-check on the character code: every quotation mark is ", ' or above U+00AA. */
function mayBeMark(code: number): boolean {
  return code === 0x22 || code === 0x27 || code >= 0xab;
}

function isSpace(char: string | undefined): boolean {
  return char === undefined || /\s/.test(char);
}

function push(builder: Builder, para: Paragraph, open: Open, contentStart: number, contentEnd: number, closeAt: number | null, continuesNext: boolean): void {
  const { text } = builder;
  let start = contentStart;
  let end = contentEnd;
  while (start < end && isSpace(text[start])) {
    start++;
  }
  while (end > start && isSpace(text[end - 1])) {
    end--;
  }
  if (end <= start || !LETTER_OR_DIGIT.test(text.slice(start, end))) {
    return;
  }
  const outerStart = open.openMissing ? start : open.at;
  const outerEnd = closeAt === null ? end : closeAt + 1;
  builder.spans.push({
    start, end, outerStart, outerEnd, paragraph: para.index, mark: open.openMissing ? '' : open.mark,
    kind: classifyQuote(text, outerStart, outerEnd, start, end), openMissing: open.openMissing,
    closeMissing: closeAt === null && !continuesNext, continued: open.continued, continuesNext,
  });
}

type MarkRole = 'open' | 'close' | 'skip';

/** Whether a double mark, with no quotation open, opens one. */
function opensWhenClosed(mark: string, prev: string | undefined, next: string | undefined): MarkRole {
  const nextIsSpace = isSpace(next);
  const openCtx = prev === undefined || OPEN_CONTEXT.test(prev);
  switch (mark) {
    case '\u201e':
    case '\u00ab':
    case '\u300c':
      return 'open';
    case '\u201c':
      return !openCtx && nextIsSpace ? 'close' : 'open';
    case '\u201d':
    case '\u00bb':
      // A mistyped closing mark stuck to the next word opens a quotation (“…” at the meeting.”Everyone …);
      // after a space it is the Scandinavian opening style (”…” or »…«).
      return LETTER_OR_DIGIT.test(next ?? '') || (openCtx && !nextIsSpace) ? 'open' : 'close';
    case '"':
      return straightMarkRole(prev, next, openCtx);
    default:
      return 'close';
  }
}

/** What a straight double mark does with no quotation open: inches after a number are skipped. */
function straightMarkRole(prev: string | undefined, next: string | undefined, openCtx: boolean): MarkRole {
  if (prev !== undefined && /\p{N}/u.test(prev) && !LETTER_OR_DIGIT.test(next ?? '')) {
    return 'skip';
  }
  if (isSpace(next)) {
    // Spaced on both sides it is stray, except at a paragraph's start (" We will win," he said).
    return prev === undefined ? 'open' : openCtx ? 'skip' : 'close';
  }
  return 'open';
}

/** A mark between a space (or the paragraph start) and a letter: placed like an opening mark. */
function startsWord(prev: string | undefined, next: string | undefined): boolean {
  return (prev === undefined || isSpace(prev)) && LETTER_OR_DIGIT.test(next ?? '');
}

/** Whether a double mark closes the quotation opened by `open`, or starts a new one (the old one lacked its closing mark). */
function closesOpen(open: Open, mark: string, prev: string | undefined, next: string | undefined): boolean {
  const startsNew = startsWord(prev, next);
  switch (mark) {
    case '\u201e':
    case '\u300c':
      return false;
    case '\u00ab':
      return open.mark === '\u00bb';
    case '\u201c':
      return open.mark === '\u201e' || !startsNew;
    case '"':
      return !startsNew || open.mark !== '"';
    default:
      return true;
  }
}

function firstNonSpace(text: string, para: Paragraph | undefined): string | undefined {
  return para ? text[para.start] : undefined;
}

/** Where the scan of one paragraph stands. */
interface ParagraphScan {
  readonly builder: Builder;
  readonly para: Paragraph;
  open: Open | null;
  /** Inside curly quotation marks, a pair of straight ones is a nested quotation (“He called it "madness"”). */
  nestedStraight: boolean;
  /** Offset after the last quotation closed: where a quotation missing its opening mark may start. */
  lastEnd: number;
  /** The paragraph may reopen a quotation the previous one left open. */
  reopenPending: boolean;
}

/** Feet and inches right before a mark ("5’11”", "5'11”"): the mark is a double prime typed as a closing quotation mark. */
const FEET_AND_INCHES = /\d[\u2019']\d{1,2}$/u;

/** “… she stands 5’11”,” X said: the inch mark inside an open quotation is no close while another closing mark follows in the paragraph. */
function isInchMark(text: string, para: Paragraph, index: number): boolean {
  if (!FEET_AND_INCHES.test(text.slice(Math.max(para.start, index - 4), index))) {
    return false;
  }
  const later = text.indexOf('\u201d', index + 1);
  return later > index && later < para.end;
}

/** Reads the double mark at i: toggles a nested pair, closes the open quotation, or opens a new one. */
function readDoubleMark(scan: ParagraphScan, index: number, mark: string, prev: string | undefined, nextChar: string | undefined): void {
  const { builder, para, open } = scan;
  if (open && mark === '\u201d' && isInchMark(builder.text, para, index)) {
    return;
  }
  if (open && mark === '"' && open.mark !== '"' && (scan.nestedStraight || startsWord(prev, nextChar))) {
    scan.nestedStraight = !scan.nestedStraight;
    return;
  }
  if (open && closesOpen(open, mark, prev, nextChar)) {
    scan.nestedStraight = false;
    push(builder, para, open, open.openMissing ? open.at : open.at + 1, index, index, false);
    scan.open = null;
    scan.lastEnd = index + 1;
    return;
  }
  if (open) {
    push(builder, para, open, open.at + 1, index, null, false);
    scan.open = null;
  }
  const role = opensWhenClosed(mark, prev, nextChar);
  scan.nestedStraight = false;
  if (role === 'open') {
    scan.open = { mark, at: index, continued: scan.reopenPending && index === para.start, openMissing: false };
  } else if (role === 'close' && closesMissingOpen(builder.text, scan.lastEnd, index, para.end)) {
    push(builder, para, { mark: '', at: scan.lastEnd, continued: false, openMissing: true }, scan.lastEnd, index, index, false);
    scan.lastEnd = index + 1;
  }
  scan.reopenPending = false;
}

/**
 * Whether the single mark at i opens a quotation left open to the next paragraph, as British copy writes a
 * long quotation ('We were poor. … ¶ 'We will put it right.'): the mark opens the paragraph or follows a
 * space, before a letter (not an elision), no closing mark follows in the paragraph, the paragraph ends a
 * sentence, and the next paragraph opens with the same mark before a letter.
 */
function opensSingleContinuation(text: string, para: Paragraph, next: Paragraph | undefined, index: number): boolean {
  const mark = text[index];
  if ((mark !== "'" && mark !== '\u2018') || (index > para.start && !/\s/.test(text[index - 1])) || !/\p{L}/u.test(text[index + 1] ?? '')) {
    return false;
  }
  if (next === undefined || firstNonSpace(text, next) !== mark || !/[.!?…]$/.test(text.slice(index, para.end).trim())) {
    return false;
  }
  return /\p{L}/u.test(text[next.start + 1] ?? '') && !isElision(text.slice(index + 1, index + 8)) && !isElision(text.slice(next.start + 1, next.start + 8));
}

/** Scans one paragraph; returns whether a double quotation is left open for the next paragraph to reopen. */
function scanParagraph(builder: Builder, para: Paragraph, next: Paragraph | undefined, carried: boolean): boolean {
  const { text } = builder;
  const scan: ParagraphScan = { builder, para, open: null, nestedStraight: false, lastEnd: para.start, reopenPending: carried };
  const singles = new SingleCloserCursor(singleCloserCandidates(text, para));
  const firstOfParagraph = builder.spans.length;
  for (let i = para.start; i < para.end; i++) {
    if (!mayBeMark(text.charCodeAt(i))) {
      continue;
    }
    const mark = text[i];
    const prev = i > para.start ? text[i - 1] : undefined;
    const nextChar = i + 1 < para.end ? text[i + 1] : undefined;
    if (DOUBLE_MARKS.has(mark)) {
      readDoubleMark(scan, i, mark, prev, nextChar);
      continue;
    }
    const closeAt = !scan.open && SINGLE_OPENERS.has(mark) ? singles.closerFor(text, i, prev, nextChar) : null;
    if (closeAt !== null) {
      push(builder, para, { mark, at: i, continued: scan.reopenPending && i === para.start, openMissing: false }, i + 1, closeAt, closeAt, false);
      scan.lastEnd = closeAt + 1;
      scan.reopenPending = false;
      i = closeAt;
    } else if (!scan.open && opensSingleContinuation(text, para, next, i)) {
      // British style: a quotation in single marks over several paragraphs reopens each and closes only in the last.
      push(builder, para, { mark, at: i, continued: scan.reopenPending, openMissing: false }, i + 1, para.end, null, true);
      widenToApostrophePassages(builder, para, firstOfParagraph);
      return true;
    }
  }
  const open = scan.open as Open | null;
  let reopened = false;
  if (open) {
    reopened = next !== undefined && DOUBLE_MARKS.has(firstNonSpace(text, next) ?? '') && open.mark !== '';
    push(builder, para, open, open.at + 1, para.end, null, reopened);
  }
  widenToApostrophePassages(builder, para, firstOfParagraph);
  return reopened;
}

/** A doubled apostrophe that opens a passage (''Like this,'' in the style of some wire copy): at a word start. */
const APOSTROPHE_PASSAGE_OPEN = /(?<=^|[\s(\u2014\u2013])''(?=\p{L}|\p{N})/gu;
/** A doubled apostrophe that closes a passage: not before a letter or a digit. */
const APOSTROPHE_PASSAGE_CLOSE = /''(?![\p{L}\p{N}])/gu;

/**
 * Some copy writes quotations between doubled apostrophes (''We will win,'' she said.), which are not
 * reported as quotations themselves, but a single-quoted quotation nested in one ('Hey, …') is: its
 * outer bounds become the passage's, so its cue is read in the sentence around the passage (and the
 * passage's words are masked from the narration), as for any nested quotation.
 */
function widenToApostrophePassages(builder: Builder, para: Paragraph, first: number): void {
  const { text, spans } = builder;
  if (spans.length === first || !text.slice(para.start, para.end).includes("''")) {
    return;
  }
  const slice = text.slice(para.start, para.end);
  const opens = [...slice.matchAll(APOSTROPHE_PASSAGE_OPEN)].map(match => para.start + (match.index ?? 0));
  const closes = [...slice.matchAll(APOSTROPHE_PASSAGE_CLOSE)].map(match => para.start + (match.index ?? 0));
  for (let k = first; k < spans.length; k++) {
    const span = spans[k];
    if (span.mark !== "'") {
      continue;
    }
    const open = opens.filter(at => at < span.outerStart).pop();
    const closedBefore = closes.some(at => open !== undefined && at > open && at < span.outerStart);
    const close = closes.find(at => at >= span.outerEnd - 1);
    if (open !== undefined && close !== undefined && !closedBefore && !opens.some(at => at > span.outerStart && at < close)) {
      spans[k] = { ...span, outerStart: open, outerEnd: text[close + 2] === "'" ? close + 3 : close + 2 };
    }
  }
}

/**
 * Every quoted passage of the text, in order. Spans exclude the marks and surrounding spaces but keep
 * punctuation inside. A quotation continued over several paragraphs gives one span per paragraph
 * (flagged continuesNext / continued); one interrupted by its attribution gives two spans. Titles,
 * nicknames and terms are returned too, marked by `kind`, so callers can skip them.
 */
export function findQuotes(text: string): QuoteSpan[] {
  const paragraphs = splitParagraphs(text);
  const builder: Builder = { text, spans: [] };
  let carried = false;
  for (let p = 0; p < paragraphs.length; p++) {
    carried = scanParagraph(builder, paragraphs[p], paragraphs[p + 1], carried);
  }
  return builder.spans;
}
