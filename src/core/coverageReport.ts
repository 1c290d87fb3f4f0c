// Renders a coverage (N articles) as a plain-text table (the CLI's default), Markdown, CSV or JSON. Article
// text is untrusted: Markdown escapes it, CSV quotes it and defuses formulas, as the pair's export does.
import type { Coverage } from './coverage';
import { toCoverageExport, type CoverageExport, type CoverageExportVariant } from './coverageExport';
import { csvField, escapeMarkdown } from './report';

export type CoverageFormat = 'table' | 'markdown' | 'csv' | 'json';

// eslint-disable-next-line no-restricted-syntax -- the values of CoverageFormat, not words
export const COVERAGE_FORMATS: readonly CoverageFormat[] = ['table', 'markdown', 'csv', 'json'];

export function renderCoverage(coverage: Coverage, format: CoverageFormat, files: readonly string[]): string {
  const data = toCoverageExport(coverage, files);
  switch (format) {
    case 'table':
      return renderCoverageTable(data);
    case 'markdown':
      return renderCoverageMarkdown(data);
    case 'csv':
      return renderCoverageCsv(data);
    case 'json':
      return JSON.stringify(data, null, 2) + '\n';
  }
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

const PRESENCE_LABEL = { all: 'all', some: 'some', one: 'one' } as const;

function variantLabel(v: CoverageExportVariant): string {
  const how = v.match === 'first' ? 'first' : v.match === 'identical' ? 'identical' : `reworded ${Math.round(v.similarity * 100)}%`;
  return v.creditedDifferently ? `${how}, credited to someone else` : how;
}

// ---- Table (CLI) ------------------------------------------------------------------------------------

function padded(rows: readonly (readonly string[])[]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map(r => (r[c] ?? '').length)));
  return rows.map(r => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]))).join('  ').trimEnd()).join('\n');
}

export function renderCoverageTable(d: CoverageExport): string {
  const letters = d.articles.map((_, i) => `#${i + 1}`);
  const out = d.articles.map((a, i) => `${letters[i]}: ${oneLine(a.file, 120)}`);
  out.push('', padded([
    ['ENTITY', 'KIND', 'IN', ...letters],
    ...d.entities.map(e => [oneLine(e.name, 60), e.kind, PRESENCE_LABEL[e.presence], ...d.articles.map(a => String(e.perFile[a.file]?.mentionCount ?? 0))]),
  ]), '');
  out.push(`Shared quotations: ${d.quotes.length}`);
  for (const g of d.quotes) {
    for (const v of g.variants) {
      out.push(`  ${letters[d.articles.findIndex(a => a.file === v.file)]} [${variantLabel(v)}] ${v.speaker ?? '(unnamed)'}: “${oneLine(v.text, 90)}”`);
    }
    out.push('');
  }
  out.push(`Possibly the same: ${d.suggestions.length}`);
  for (const s of d.suggestions) {
    out.push(`  ${oneLine(s.a.name, 50)} (${s.a.files.join(', ')}) / ${oneLine(s.b.name, 50)} (${s.b.files.join(', ')}): ${s.explanation}`);
  }
  return out.join('\n') + '\n';
}

// ---- Markdown ---------------------------------------------------------------------------------------

function mdTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return ['| ' + header.join(' | ') + ' |', '|' + header.map(() => ' --- ').join('|') + '|', ...rows.map(r => '| ' + r.join(' | ') + ' |')];
}

function md(text: string): string {
  return text === '' ? ' ' : escapeMarkdown(text);
}

export function renderCoverageMarkdown(d: CoverageExport): string {
  const files = d.articles.map(a => md(a.file));
  const s = d.summary;
  const out = [
    `# Coverage: ${s.articles} articles`,
    '',
    ...files.map((f, i) => `${i + 1}. ${f}`),
    '',
    `- People and organisations in all articles: ${s.inAll}; in some: ${s.inSome}; in one only: ${s.inOne}.`,
    `- Quotations carried by more than one article: ${s.sharedQuotes}. Possibly the same entity: ${s.suggestions}.`,
    '',
    '## Who each article names (mentions)',
    '',
  ];
  out.push(...(d.entities.length
    ? mdTable(['Entity', 'Kind', 'In', ...files], d.entities.map(e => [md(e.name), e.kind === 'person' ? 'person' : 'organisation', e.presence, ...d.articles.map(a => String(e.perFile[a.file]?.mentionCount ?? 0))]))
    : ['_None._']));
  out.push('', '## Shared quotations', '');
  if (!d.quotes.length) {
    out.push('_None._');
  }
  d.quotes.forEach((g, i) => {
    out.push(`### Quotation ${i + 1} (${g.files.length} articles)`, '');
    out.push(...mdTable(['Article', 'Version', 'Speaker', 'Quote'], g.variants.map(v => [md(v.file), variantLabel(v), v.speaker === null ? '_unattributed_' : md(v.speaker), '“' + md(v.text) + '”'])), '');
  });
  out.push('', '## Possibly the same', '');
  out.push(...(d.suggestions.length
    ? mdTable(['Entity', 'In', 'Entity', 'In', 'Why'], d.suggestions.map(x => [md(x.a.name), x.a.files.map(md).join('; '), md(x.b.name), x.b.files.map(md).join('; '), x.explanation]))
    : ['_None._']));
  return out.join('\n') + '\n';
}

// ---- CSV --------------------------------------------------------------------------------------------

/** Column layout of the coverage CSV; docs/export-formats.md documents it. */
export const COVERAGE_CSV_COLUMNS = [
  'record', // entity (one row per entity and article that names it) | quote (one row per version of a shared quotation) | suggestion
  'file', // the article's display name (suggestions: the first entity's files, "; "-separated)
  'entity_id', // entity id, the speaker's id (quotes), the first entity's id (suggestions)
  'entity', // canonical name, the speaker's name, the first entity's name
  'kind', // person | organisation (entity rows)
  'presence', // all | some | one (entity rows)
  'articles', // how many articles name the entity / carry the quotation
  'mentions', // mentions in this article (entity rows)
  'names', // names used in this article, "; "-separated (entity rows)
  'roles', // roles given in this article, "; "-separated (entity rows)
  'group', // number of the shared quotation, from 1 (quote rows)
  'quote', // the quoted words (quote rows)
  'start', // offset of the quotation in this article (quote rows)
  'match', // first | identical | reworded (quote rows)
  'similarity', // 0..1 share of words in common with the first version (quote rows)
  'credited_differently', // yes | no (quote rows)
  'other_id', // the second entity's id (suggestions)
  'other', // the second entity's name (suggestions)
  'other_file', // the second entity's files (suggestions)
  'reason', // initial | middle-or-suffix | nickname | transliteration | abbreviation | surname (suggestions)
] as const;

type CoverageCsvRow = Partial<Record<(typeof COVERAGE_CSV_COLUMNS)[number], string | number>>;

export function renderCoverageCsv(d: CoverageExport): string {
  const rows: CoverageCsvRow[] = [];
  for (const e of d.entities) {
    for (const file of e.presentIn) {
      const side = e.perFile[file];
      rows.push({ record: 'entity', file, entity_id: e.id, entity: e.name, kind: e.kind === 'person' ? 'person' : 'organisation', presence: e.presence, articles: e.presentIn.length, mentions: side.mentionCount, names: side.names.join('; '), roles: side.roles.join('; ') });
    }
  }
  d.quotes.forEach((g, i) => {
    for (const v of g.variants) {
      rows.push({ record: 'quote', file: v.file, entity_id: v.speakerId ?? '', entity: v.speaker ?? '', articles: g.files.length, group: i + 1, quote: v.text, start: v.start, match: v.match, similarity: Math.round(v.similarity * 1000) / 1000, credited_differently: v.creditedDifferently ? 'yes' : 'no' });
    }
  });
  for (const s of d.suggestions) {
    rows.push({ record: 'suggestion', file: s.a.files.join('; '), entity_id: s.a.id, entity: s.a.name, other_id: s.b.id, other: s.b.name, other_file: s.b.files.join('; '), reason: s.reason });
  }
  const lines = [COVERAGE_CSV_COLUMNS.join(',')];
  for (const row of rows) {
    lines.push(COVERAGE_CSV_COLUMNS.map(c => csvField(row[c] ?? '')).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
