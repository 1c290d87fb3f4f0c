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
      segments.push({ start: s, text: text.slice(s, e) });
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
