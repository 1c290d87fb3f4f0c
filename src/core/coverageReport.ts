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

function variantLabel(variant: CoverageExportVariant): string {
  const how = variant.match === 'first' ? 'first' : variant.match === 'identical' ? 'identical' : `reworded ${Math.round(variant.similarity * 100)}%`;
  return variant.creditedDifferently ? `${how}, credited to someone else` : how;
}

// ---- Table (CLI) ------------------------------------------------------------------------------------

function padded(rows: readonly (readonly string[])[]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map(row => (row[column] ?? '').length)));
  return rows.map(row => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]))).join('  ').trimEnd()).join('\n');
}

export function renderCoverageTable(coverage: CoverageExport): string {
  const letters = coverage.articles.map((_, i) => `#${i + 1}`);
  const out = coverage.articles.map((article, i) => `${letters[i]}: ${oneLine(article.file, 120)}`);
  out.push('', padded([
    ['ENTITY', 'KIND', 'IN', ...letters],
    ...coverage.entities.map(entity => [oneLine(entity.name, 60), entity.kind, PRESENCE_LABEL[entity.presence], ...coverage.articles.map(article => String(entity.perFile[article.file]?.mentionCount ?? 0))]),
  ]), '');
  out.push(`Shared quotations: ${coverage.quotes.length}`);
  for (const g of coverage.quotes) {
    for (const v of g.variants) {
      out.push(`  ${letters[coverage.articles.findIndex(article => article.file === v.file)]} [${variantLabel(v)}] ${v.speaker ?? '(unnamed)'}: “${oneLine(v.text, 90)}”`);
    }
    out.push('');
  }
  out.push(`Possibly the same: ${coverage.suggestions.length}`);
  for (const s of coverage.suggestions) {
    out.push(`  ${oneLine(s.a.name, 50)} (${s.a.files.join(', ')}) / ${oneLine(s.b.name, 50)} (${s.b.files.join(', ')}): ${s.explanation}`);
  }
  return out.join('\n') + '\n';
}

// ---- Markdown ---------------------------------------------------------------------------------------

function mdTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return ['| ' + header.join(' | ') + ' |', '|' + header.map(() => ' --- ').join('|') + '|', ...rows.map(row => '| ' + row.join(' | ') + ' |')];
}

function md(text: string): string {
  return text === '' ? ' ' : escapeMarkdown(text);
}

export function renderCoverageMarkdown(coverage: CoverageExport): string {
  const files = coverage.articles.map(article => md(article.file));
  const s = coverage.summary;
  const out = [
    `# Coverage: ${s.articles} articles`,
    '',
    ...files.map((file, i) => `${i + 1}. ${file}`),
    '',
    `- People and organisations in all articles: ${s.inAll}; in some: ${s.inSome}; in one only: ${s.inOne}.`,
    `- Quotations carried by more than one article: ${s.sharedQuotes}. Possibly the same entity: ${s.suggestions}.`,
    '',
    '## Who each article names (mentions)',
    '',
  ];
  out.push(...(coverage.entities.length
    ? mdTable(['Entity', 'Kind', 'In', ...files], coverage.entities.map(entity => [md(entity.name), entity.kind === 'person' ? 'person' : 'organisation', entity.presence, ...coverage.articles.map(article => String(entity.perFile[article.file]?.mentionCount ?? 0))]))
    : ['_None._']));
  out.push('', '## Shared quotations', '');
  if (!coverage.quotes.length) {
    out.push('_None._');
  }
  coverage.quotes.forEach((group, i) => {
    out.push(`### Quotation ${i + 1} (${group.files.length} articles)`, '');
    out.push(...mdTable(['Article', 'Version', 'Speaker', 'Quote'], group.variants.map(variant => [md(variant.file), variantLabel(variant), variant.speaker === null ? '_unattributed_' : md(variant.speaker), '“' + md(variant.text) + '”'])), '');
  });
  out.push('', '## Possibly the same', '');
  out.push(...(coverage.suggestions.length
    ? mdTable(['Entity', 'In', 'Entity', 'In', 'Why'], coverage.suggestions.map(suggestion => [md(suggestion.a.name), suggestion.a.files.map(md).join('; '), md(suggestion.b.name), suggestion.b.files.map(md).join('; '), suggestion.explanation]))
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

export function renderCoverageCsv(coverage: CoverageExport): string {
  const rows: CoverageCsvRow[] = [];
  for (const e of coverage.entities) {
    for (const file of e.presentIn) {
      const side = e.perFile[file];
      rows.push({ record: 'entity', file, entity_id: e.id, entity: e.name, kind: e.kind === 'person' ? 'person' : 'organisation', presence: e.presence, articles: e.presentIn.length, mentions: side.mentionCount, names: side.names.join('; '), roles: side.roles.join('; ') });
    }
  }
  coverage.quotes.forEach((quoteGroup, i) => {
    for (const v of quoteGroup.variants) {
      rows.push({ record: 'quote', file: v.file, entity_id: v.speakerId ?? '', entity: v.speaker ?? '', articles: quoteGroup.files.length, group: i + 1, quote: v.text, start: v.start, match: v.match, similarity: Math.round(v.similarity * 1000) / 1000, credited_differently: v.creditedDifferently ? 'yes' : 'no' });
    }
  });
  for (const s of coverage.suggestions) {
    rows.push({ record: 'suggestion', file: s.a.files.join('; '), entity_id: s.a.id, entity: s.a.name, other_id: s.b.id, other: s.b.name, other_file: s.b.files.join('; '), reason: s.reason });
  }
  const lines = [COVERAGE_CSV_COLUMNS.join(',')];
  for (const row of rows) {
    lines.push(COVERAGE_CSV_COLUMNS.map(column => csvField(row[column] ?? '')).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
