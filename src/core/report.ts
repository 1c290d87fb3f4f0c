// Renders a cross-reference as Markdown, CSV or JSON for export (the extension's export command and the
// CLI). Article text is untrusted: Markdown output escapes it so it cannot become links, HTML or
// formatting; CSV output quotes per RFC 4180 and defuses spreadsheet formulas.
import { escapeMarkdown } from './markdown';
import type { CrossReference } from './model';
import type { SuggestOptions } from './suggestions';
import { CREDITED_DIFFERENTLY, SAME_SOURCE, UNATTRIBUTED } from './vocabulary';
import type { ExportSuggestion } from './coverageExport';
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

function quoteCell(quote: ExportQuote): string {
  return '“' + cell(quote.text) + '”';
}

function speakerCell(quote: ExportQuote): string {
  return quote.speaker === null ? `_${UNATTRIBUTED}_` : escapeMarkdown(quote.speaker);
}

function matchLabel(match: ExportQuoteMatch): string {
  const base = match.kind === 'identical' ? 'identical' : `reworded (${Math.round(match.similarity * 100)} % shared words)`;
  if (match.speakerMismatch) {
    return `${base}, **${CREDITED_DIFFERENTLY}**`;
  }
  return match.sameSource ? `${base}, ${SAME_SOURCE} (a person and the organisation named in their role)` : base;
}

function sideCells(side: ExportEntitySide | undefined): string[] {
  return side ? [list(side.names), list(side.roles)] : ['—', '—'];
}

export function renderMarkdown(crossReference: CrossReferenceExport): string {
  const A = escapeMarkdown(crossReference.articles.a);
  const B = escapeMarkdown(crossReference.articles.b);
  const s = crossReference.summary;
  const out: string[] = [
    `# ${MARKDOWN_REPORT_TITLE}`,
    '',
    `Articles: ${A} and ${B}.`,
    '',
    `- People and organisations in both articles: ${s.inBoth}; only in ${A}: ${s.onlyA}; only in ${B}: ${s.onlyB}.`,
    `- Quotes in both: ${s.quotesIdentical} identical, ${s.quotesReworded} reworded, ${s.quotesCreditedDifferently} credited differently; only in ${A}: ${s.quotesOnlyA}; only in ${B}: ${s.quotesOnlyB}.`,
    '',
  ];
  const both = crossReference.entities.filter(entity => entity.presence === 'both');
  out.push('## In both articles', '');
  if (both.length) {
    out.push(
      ...table(
        ['Entity', 'Kind', `Mentions in ${A}`, `Mentions in ${B}`, `Names in ${A}`, `Roles in ${A}`, `Names in ${B}`, `Roles in ${B}`],
        both.map(entity => [cell(entity.name), kindLabel(entity.kind), String(entity.a?.mentionCount ?? 0), String(entity.b?.mentionCount ?? 0), ...sideCells(entity.a), ...sideCells(entity.b)]),
      ),
    );
  } else {
    out.push('_None._');
  }
  for (const [presence, label, side] of [['onlyA', A, 'a'], ['onlyB', B, 'b']] as const) {
    const only = crossReference.entities.filter(entity => entity.presence === presence);
    out.push('', `## Only in ${label}`, '');
    if (only.length) {
      out.push(...table(['Entity', 'Kind', 'Mentions', 'Names', 'Roles'], only.map(entity => [cell(entity.name), kindLabel(entity.kind), String(entity[side]?.mentionCount ?? 0), ...sideCells(entity[side])])));
    } else {
      out.push('_None._');
    }
  }
  out.push('', '## Quotes in both articles', '');
  if (crossReference.quoteMatches.length) {
    out.push(...table(['Match', `Speaker in ${A}`, `Quote in ${A}`, `Speaker in ${B}`, `Quote in ${B}`], crossReference.quoteMatches.map(match => [matchLabel(match), speakerCell(match.a), quoteCell(match.a), speakerCell(match.b), quoteCell(match.b)])));
  } else {
    out.push('_None._');
  }
  for (const [label, quotes] of [[A, crossReference.unmatchedQuotes.a], [B, crossReference.unmatchedQuotes.b]] as const) {
    out.push('', `## Quotes only in ${label}`, '');
    if (quotes.length) {
      out.push(...table(['Speaker', 'Quote'], quotes.map(quote => [speakerCell(quote), quoteCell(quote)])));
    } else {
      out.push('_None._');
    }
  }
  out.push(...possiblyTheSame(crossReference.suggestions));
  return out.join('\n') + '\n';
}

/** "Possibly the same" pairs, as the coverage report lists them (the JSON export has them as `suggestions`). */
function possiblyTheSame(suggestions: readonly ExportSuggestion[]): string[] {
  const out = ['', '## Possibly the same', ''];
  if (!suggestions.length) {
    return [...out, '_None._'];
  }
  const files = (entity: ExportSuggestion['a']): string => entity.files.map(escapeMarkdown).join('; ');
  return [...out, ...table(['Entity', 'In', 'Entity', 'In', 'Why'], suggestions.map(suggestion => [cell(suggestion.a.name), files(suggestion.a), cell(suggestion.b.name), files(suggestion.b), cell(suggestion.explanation)]))];
}

// ---- CSV --------------------------------------------------------------------------------------------

/** Column layout of the CSV export; docs/export-formats.md documents it. */
export const CSV_COLUMNS = [
  'record', // "entity" (one row per entity and article that mentions it), "quote" (one row per quote and article) or "suggestion" (one row per pair that may be one entity)
  'article', // "A" or "B" (empty on suggestion rows)
  'file', // the article's display name (suggestion rows: the first entity's files, "; "-separated)
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
  'other_id', // the second entity's id (suggestion rows; `entity_id` and `entity` are the first's)
  'other', // the second entity's name (suggestion rows)
  'reason', // initial | middle-or-suffix | nickname | transliteration | abbreviation | surname (suggestion rows)
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

export function renderCsv(crossReference: CrossReferenceExport): string {
  const rows: CsvRow[] = [];
  const file = { a: crossReference.articles.a, b: crossReference.articles.b };
  for (const e of crossReference.entities) {
    for (const side of ['a', 'b'] as const) {
      const s = e[side];
      if (s) {
        rows.push({ record: 'entity', article: side.toUpperCase(), file: file[side], entity_id: e.id, entity: e.name, kind: kindLabel(e.kind), presence: e.presence, mentions: s.mentionCount, names: s.names.join('; '), roles: s.roles.join('; ') });
      }
    }
  }
  const quoteRow = (side: 'a' | 'b', exported: ExportQuote, pair?: ExportQuoteMatch): CsvRow => ({
    record: 'quote',
    article: side.toUpperCase(),
    file: file[side],
    entity_id: exported.speakerId ?? '',
    entity: exported.speaker ?? '',
    quote: exported.text,
    start: exported.start,
    match: pair ? pair.kind : 'unmatched',
    ...(pair ? { similarity: Math.round(pair.similarity * 1000) / 1000, credited_differently: pair.speakerMismatch ? 'yes' : 'no', counterpart: (side === 'a' ? pair.b : pair.a).text } : {}),
  });
  for (const m of crossReference.quoteMatches) {
    rows.push(quoteRow('a', m.a, m), quoteRow('b', m.b, m));
  }
  for (const side of ['a', 'b'] as const) {
    for (const q of crossReference.unmatchedQuotes[side]) {
      rows.push(quoteRow(side, q));
    }
  }
  for (const suggestion of crossReference.suggestions) {
    rows.push({ record: 'suggestion', file: suggestion.a.files.join('; '), entity_id: suggestion.a.id, entity: suggestion.a.name, other_id: suggestion.b.id, other: suggestion.b.name, reason: suggestion.reason });
  }
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) {
    lines.push(CSV_COLUMNS.map(column => csvField(row[column] ?? '')).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
