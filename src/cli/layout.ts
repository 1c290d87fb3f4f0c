// Plain-text tables for a terminal: columns padded to their widest cell and, when the table is wider
// than the terminal's width, the columns that hold prose (names, roles, quotes) wrapped at word
// boundaries so every line fits. With no width limit (--wide), every cell stays on one line, whole.

/** The width the CLI's tables fit unless --wide is given: a common terminal, with room to spare. */
export const DEFAULT_WIDTH = 100;

const GAP = '  ';
/** A wrapped column never gets narrower than this (a narrower one would be mostly broken words). */
const MIN_WRAPPED_WIDTH = 10;

export interface TableColumn {
  readonly title: string;
  /** Prose that may wrap over several lines; other columns (kinds, counts) keep their width. */
  readonly wraps?: boolean;
}

/** The text cut into lines of at most `width` characters, at spaces where possible. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    let rest = word;
    while (rest.length > width) {
      // A word longer than the column (a URL, a long name) is cut where the column ends.
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
    }
    if (!line) {
      line = rest;
    } else if (line.length + 1 + rest.length <= width) {
      line += ' ' + rest;
    } else {
      lines.push(line);
      line = rest;
    }
  }
  if (line || !lines.length) {
    lines.push(line);
  }
  return lines;
}

/**
 * Widths that fit `width`: columns that do not wrap keep their natural width; the rest share what is left,
 * narrow ones first keeping their natural width and the others an equal share of the remainder (never
 * below MIN_WRAPPED_WIDTH, so a very narrow limit may still be exceeded rather than make the table
 * unreadable).
 */
function fitWidths(columns: readonly TableColumn[], natural: readonly number[], width: number): number[] {
  const total = natural.reduce((s, w) => s + w, 0) + GAP.length * (natural.length - 1);
  if (total <= width) {
    return [...natural];
  }
  const widths = [...natural];
  const fixed = natural.reduce((s, w, c) => s + (columns[c].wraps ? 0 : w), 0) + GAP.length * (natural.length - 1);
  let budget = Math.max(0, width - fixed);
  const wrapping = natural.map((w, c) => ({ w, c })).filter(({ c }) => columns[c].wraps).sort((x, y) => x.w - y.w);
  wrapping.forEach(({ w, c }, i) => {
    const share = Math.floor(budget / (wrapping.length - i));
    widths[c] = Math.max(MIN_WRAPPED_WIDTH, Math.min(w, share));
    budget -= widths[c];
  });
  return widths;
}

/** Renders the rows under their column titles, fitting `width` (Infinity: one line per row). */
export function renderTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[], width: number): string {
  const cells = [columns.map(c => c.title), ...rows.map(r => columns.map((_, c) => (r[c] ?? '').replace(/\s+/g, ' ').trim()))];
  const natural = columns.map((_, c) => Math.max(...cells.map(r => r[c].length)));
  const widths = fitWidths(columns, natural, width);
  const out: string[] = [];
  for (const row of cells) {
    const wrapped = row.map((cell, c) => (cell.length > widths[c] ? wrapText(cell, widths[c]) : [cell]));
    const height = Math.max(...wrapped.map(lines => lines.length));
    for (let line = 0; line < height; line++) {
      out.push(wrapped.map((lines, c) => (c === row.length - 1 ? lines[line] ?? '' : (lines[line] ?? '').padEnd(widths[c]))).join(GAP).trimEnd());
    }
  }
  return out.join('\n');
}

/** A line of prose that fits `width` (Infinity: as it is), continuation lines indented by `indent`. */
export function wrapLine(text: string, width: number, indent: string): string {
  if (!Number.isFinite(width)) {
    return text;
  }
  const lead = text.length - text.trimStart().length;
  const first = text.slice(0, lead);
  return wrapText(text, Math.max(MIN_WRAPPED_WIDTH, width - Math.max(lead, indent.length)))
    .map((line, i) => (i === 0 ? first : indent) + line)
    .join('\n');
}
