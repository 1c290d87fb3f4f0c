// Cuts a document into the paragraphs the per-paragraph pass parses. A paragraph never crosses a blank line,
// and where it ends inside a block depends only on that block, so the same block always yields the same
// paragraphs whatever surrounds it (the paragraph cache relies on this).

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
function pushSegment(segments: Segment[], text: string, from: number, end: number): void {
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
    const runsOn = start >= 0 && !blank && (/^\s*\p{Ll}/u.test(line) || (previous.trim().length >= WRAPPED_LINE && !endsLine(previous)));
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
