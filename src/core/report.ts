// Renders a cross-reference as Markdown, CSV or JSON for export (the extension's export command and the
// CLI). Article text is untrusted: Markdown output escapes it so it cannot become links, HTML or
// formatting; CSV output quotes per RFC 4180 and defuses spreadsheet formulas.
import { escapeMarkdown } from './markdown';
import type { CrossReference } from './model';
import type { SuggestOptions } from './suggestions';
import { CREDITED_DIFFERENTLY, SAME_SOURCE, UNATTRIBUTED } from './vocabulary';
import {
  toExport,
  type ArticleNames,
  type CrossReferenceExport,
  type ExportEntity,
  type ExportEntitySide,
  type ExportQuote,
  type ExportQuoteMatch,
} from './exportShape';

export type ReportFormat = 'markdown' | 'csv' | 'json';

// eslint-disable-next-line no-restricted-syntax -- the values of ReportFormat, not words
export const REPORT_FORMATS: readonly ReportFormat[] = ['markdown', 'csv', 'json'];

/**
 * The Markdown report's first line, plain words: an untitled editor is named after its first line, and
 * News Lens knows its own reports by it (they are never analysed as articles).
 */
export const MARKDOWN_REPORT_TITLE = 'News Lens cross-reference';

/** Whether a document's first line is that of a report News Lens wrote (Markdown title or CSV header). */
export function isNewsLensReport(firstLine: string): boolean {
  const line = firstLine.trim();
  return line === `# ${MARKDOWN_REPORT_TITLE}` || line === CSV_COLUMNS.join(',');
}

export function renderCrossReference(xref: CrossReference, format: ReportFormat, names: ArticleNames, options: SuggestOptions = {}): string {
  const data = toExport(xref, names, options);
  switch (format) {
    case 'markdown':
      return renderMarkdown(data);
    case 'csv':
      return renderCsv(data);
    case 'json':
      return JSON.stringify(data, null, 2) + '\n';
  }
}

// ---- Markdown -----------------------------------------------------------------------------------

/** The one Markdown escaper (markdown.ts), re-exported for the export's callers and tests. */
export { escapeMarkdown };

function cell(text: string): string {
  return text === '' ? ' ' : escapeMarkdown(text);
}

function list(items: readonly string[]): string {
  return items.length ? items.map(escapeMarkdown).join('; ') : '—';
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const lines = ['| ' + header.join(' | ') + ' |', '|' + header.map(() => ' --- ').join('|') + '|'];
  for (const row of rows) {
    lines.push('| ' + row.join(' | ') + ' |');
  }
  return lines;
}

function kindLabel(kind: ExportEntity['kind']): string {
  return kind === 'person' ? 'person' : 'organisation';
}

function quoteCell(q: ExportQuote): string {
  return '“' + cell(q.text) + '”';
}

function speakerCell(q: ExportQuote): string {
  return q.speaker === null ? `_${UNATTRIBUTED}_` : escapeMarkdown(q.speaker);
}

function matchLabel(m: ExportQuoteMatch): string {
  const base = m.kind === 'identical' ? 'identical' : `reworded (${Math.round(m.similarity * 100)} % shared words)`;
  if (m.speakerMismatch) {
    return `${base}, **${CREDITED_DIFFERENTLY}**`;
  }
  return m.sameSource ? `${base}, ${SAME_SOURCE} (a person and the organisation named in their role)` : base;
}

function sideCells(side: ExportEntitySide | undefined): string[] {
  return side ? [list(side.names), list(side.roles)] : ['—', '—'];
}

export function renderMarkdown(d: CrossReferenceExport): string {
  const A = escapeMarkdown(d.articles.a);
  const B = escapeMarkdown(d.articles.b);
  const s = d.summary;
  const out: string[] = [
    `# ${MARKDOWN_REPORT_TITLE}`,
    '',
    `Articles: ${A} and ${B}.`,
    '',
    `- People and organisations in both articles: ${s.inBoth}; only in ${A}: ${s.onlyA}; only in ${B}: ${s.onlyB}.`,
    `- Quotes in both: ${s.quotesIdentical} identical, ${s.quotesReworded} reworded, ${s.quotesCreditedDifferently} credited differently; only in ${A}: ${s.quotesOnlyA}; only in ${B}: ${s.quotesOnlyB}.`,
    '',
  ];
  const both = d.entities.filter(e => e.presence === 'both');
  out.push('## In both articles', '');
  if (both.length) {
    out.push(
      ...table(
        ['Entity', 'Kind', `Mentions in ${A}`, `Mentions in ${B}`, `Names in ${A}`, `Roles in ${A}`, `Names in ${B}`, `Roles in ${B}`],
        both.map(e => [cell(e.name), kindLabel(e.kind), String(e.a?.mentionCount ?? 0), String(e.b?.mentionCount ?? 0), ...sideCells(e.a), ...sideCells(e.b)]),
      ),
    );
  } else {
    out.push('_None._');
  }
  for (const [presence, label, side] of [['onlyA', A, 'a'], ['onlyB', B, 'b']] as const) {
    const only = d.entities.filter(e => e.presence === presence);
    out.push('', `## Only in ${label}`, '');
    if (only.length) {
      out.push(...table(['Entity', 'Kind', 'Mentions', 'Names', 'Roles'], only.map(e => [cell(e.name), kindLabel(e.kind), String(e[side]?.mentionCount ?? 0), ...sideCells(e[side])])));
    } else {
      out.push('_None._');
    }
  }
  out.push('', '## Quotes in both articles', '');
  if (d.quoteMatches.length) {
    out.push(...table(['Match', `Speaker in ${A}`, `Quote in ${A}`, `Speaker in ${B}`, `Quote in ${B}`], d.quoteMatches.map(m => [matchLabel(m), speakerCell(m.a), quoteCell(m.a), speakerCell(m.b), quoteCell(m.b)])));
  } else {
    out.push('_None._');
  }
  for (const [label, quotes] of [[A, d.unmatchedQuotes.a], [B, d.unmatchedQuotes.b]] as const) {
    out.push('', `## Quotes only in ${label}`, '');
    if (quotes.length) {
      out.push(...table(['Speaker', 'Quote'], quotes.map(q => [speakerCell(q), quoteCell(q)])));
    } else {
      out.push('_None._');
    }
  }
  return out.join('\n') + '\n';
}

// ---- CSV --------------------------------------------------------------------------------------------

/** Column layout of the CSV export; docs/export-formats.md documents it. */
export const CSV_COLUMNS = [
  'record', // "entity" (one row per entity and article that mentions it) or "quote" (one row per quote and article)
  'article', // "A" or "B"
  'file', // the article's display name
  'entity_id',
  'entity', // canonical name (entity rows) or speaker's name (quote rows, empty when unattributed)
  'kind', // person | organisation (entity rows)
  'presence', // both | onlyA | onlyB (entity rows)
  'mentions', // mention count in this article (entity rows)
  'names', // names used in this article, "; "-separated (entity rows)
  'roles', // roles given in this article, "; "-separated (entity rows)
  'quote', // the quoted words (quote rows)
  'start', // offset of the quote in this article (quote rows)
  'match', // identical | reworded | unmatched (quote rows)
  'similarity', // 0..1 (matched quote rows)
  'credited_differently', // yes | no (matched quote rows)
  'counterpart', // the matching quote in the other article (matched quote rows)
] as const;

type CsvRow = Partial<Record<(typeof CSV_COLUMNS)[number], string | number>>;

/**
 * RFC 4180 field: quoted when it holds a comma, quote, CR or LF, quotes doubled. Text that a
 * spreadsheet would run as a formula (= + - @, tab, CR at the start) is prefixed with an apostrophe.
 */
export function csvField(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) {
    s = "'" + s;
  }
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

export function renderCsv(d: CrossReferenceExport): string {
  const rows: CsvRow[] = [];
  const file = { a: d.articles.a, b: d.articles.b };
  for (const e of d.entities) {
    for (const side of ['a', 'b'] as const) {
      const s = e[side];
      if (s) {
        rows.push({ record: 'entity', article: side.toUpperCase(), file: file[side], entity_id: e.id, entity: e.name, kind: kindLabel(e.kind), presence: e.presence, mentions: s.mentionCount, names: s.names.join('; '), roles: s.roles.join('; ') });
      }
    }
  }
  const quoteRow = (side: 'a' | 'b', q: ExportQuote, m?: ExportQuoteMatch): CsvRow => ({
    record: 'quote',
    article: side.toUpperCase(),
    file: file[side],
    entity_id: q.speakerId ?? '',
    entity: q.speaker ?? '',
    quote: q.text,
    start: q.start,
    match: m ? m.kind : 'unmatched',
    ...(m ? { similarity: Math.round(m.similarity * 1000) / 1000, credited_differently: m.speakerMismatch ? 'yes' : 'no', counterpart: (side === 'a' ? m.b : m.a).text } : {}),
  });
  for (const m of d.quoteMatches) {
    rows.push(quoteRow('a', m.a, m), quoteRow('b', m.b, m));
  }
  for (const side of ['a', 'b'] as const) {
    for (const q of d.unmatchedQuotes[side]) {
      rows.push(quoteRow(side, q));
    }
  }
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) {
    lines.push(CSV_COLUMNS.map(c => csvField(row[c] ?? '')).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
