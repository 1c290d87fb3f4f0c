// Paragraphs of an article. News copy puts one paragraph per line (often with blank lines between);
// hard-wrapped wire copy instead breaks lines inside paragraphs and separates paragraphs by blank lines.

import type { Span } from '../model';

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

/** Non-empty paragraphs in order, trimmed of surrounding whitespace. Linear in the text length. */
export function splitParagraphs(text: string): Paragraph[] {
  const lines: Span[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    // LF and CRLF (the CR is trimmed with the line), a lone CR (old Mac files), U+2028/U+2029.
    if (i === text.length || c === '\n' || c === '\u2028' || c === '\u2029' || (c === '\r' && text[i + 1] !== '\n')) {
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
