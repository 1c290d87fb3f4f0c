// What the CLI prints: the scorer's predictions contract (eval), the analyses as JSON, and plain-text tables.
import type { CrossReference, DocumentAnalysis, Entity, EntityKind, Quote } from '../core/model';
import { CREDITED_DIFFERENTLY, SAME_SOURCE, UNATTRIBUTED, countOf, countOfKind, kindWord } from '../core/vocabulary';
import { DEFAULT_WIDTH, renderTable, wrapLine, type TableColumn } from './layout';

export interface AnalysedFile {
  readonly path: string;
  readonly analysis: DocumentAnalysis;
}

/** One document of the scorer's predictions contract (also one line of `--format jsonl`). */
export interface EvalDocument {
  readonly path: string;
  readonly entities: readonly { readonly id: string; readonly type: EntityKind; readonly name: string; readonly aliases: readonly string[]; readonly roles: readonly string[]; readonly mentions: readonly { readonly start: number; readonly end: number }[] }[];
  readonly quotes: readonly { readonly start: number; readonly end: number; readonly speaker: string | null }[];
}

export function evalDocument({ path, analysis }: AnalysedFile): EvalDocument {
  return {
    path,
    entities: analysis.entities.map(e => ({
      id: e.id,
      type: e.kind,
      name: e.name,
      aliases: e.aliases,
      roles: e.roles.map(r => r.text),
      mentions: e.mentions.map(m => ({ start: m.start, end: m.end })),
    })),
    quotes: analysis.quotes.map(q => ({ start: q.start, end: q.end, speaker: q.speakerId })),
  };
}

/** The predictions contract of the accuracy scorer (see the corpus README). */
export function evalPredictions(files: readonly AnalysedFile[]): unknown {
  return { documents: files.map(evalDocument) };
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function speakerName(entities: readonly Entity[], q: Quote): string {
  return q.speakerId === null ? UNATTRIBUTED : entities.find(e => e.id === q.speakerId)?.name ?? q.speakerId;
}

/** How wide the tables may be: DEFAULT_WIDTH, or Infinity for --wide (full text, one line per row). */
export interface TableOptions {
  readonly width: number;
}

const FIT: TableOptions = { width: DEFAULT_WIDTH };

const ENTITY_COLUMNS: readonly TableColumn[] = [
  { title: 'NAME', wraps: true }, { title: 'KIND' }, { title: 'MENTIONS' }, { title: 'ALSO CALLED', wraps: true }, { title: 'ROLES', wraps: true },
];
const QUOTE_COLUMNS: readonly TableColumn[] = [{ title: 'SPEAKER', wraps: true }, { title: 'QUOTE', wraps: true }];

export function analysisTable({ path, analysis }: AnalysedFile, options: TableOptions = FIT): string {
  const people = analysis.entities.filter(e => e.kind === 'person').length;
  const counts = `${countOfKind(people, 'person')}, ${countOfKind(analysis.entities.length - people, 'org')}, ${countOf(analysis.quotes.length, 'quote')}`;
  const out = [`${path}: ${counts}`, ''];
  if (analysis.entities.length) {
    out.push(renderTable(ENTITY_COLUMNS,
      analysis.entities.map(e => [e.name, kindWord(e.kind), String(e.mentions.length), e.aliases.join('; '), e.roles.map(r => r.text).join('; ')]), options.width), '');
  }
  if (analysis.quotes.length) {
    out.push(renderTable(QUOTE_COLUMNS, analysis.quotes.map(q => [speakerName(analysis.entities, q), `“${oneLine(q.text)}”`]), options.width), '');
  }
  return out.join('\n');
}

const PRESENCE = { both: 'both', onlyA: 'A only', onlyB: 'B only' } as const;

const COMPARE_COLUMNS: readonly TableColumn[] = [
  // A and B: mentions in each article (named above the table).
  { title: 'ENTITY', wraps: true }, { title: 'KIND' }, { title: 'IN' }, { title: 'A' }, { title: 'B' },
  { title: 'A ROLES', wraps: true }, { title: 'B ROLES', wraps: true },
];

/** Who a shared quotation is credited to, in the words the hover card and the export use. */
function creditOf(xref: CrossReference, m: CrossReference['quoteMatches'][number]): string {
  const a = speakerName(xref.a.entities, m.a);
  const b = speakerName(xref.b.entities, m.b);
  if (m.speakerMismatch) {
    return `${CREDITED_DIFFERENTLY}: ${a} in A, ${b} in B`;
  }
  return m.sameSource ? `${a} in A, ${b} in B: the ${SAME_SOURCE}` : a;
}

export function compareTable(xref: CrossReference, names: { readonly a: string; readonly b: string }, options: TableOptions = FIT): string {
  const out = [`A: ${names.a}`, `B: ${names.b}`, 'A, B: mentions in each article.', ''];
  out.push(renderTable(COMPARE_COLUMNS, xref.entities.map(c => [
    c.name, kindWord(c.kind), PRESENCE[c.presence],
    String(c.a?.mentionCount ?? 0), String(c.b?.mentionCount ?? 0),
    c.a?.roles.join('; ') ?? '', c.b?.roles.join('; ') ?? '',
  ]), options.width), '');
  out.push(`Shared quotes: ${xref.quoteMatches.length}`);
  for (const m of xref.quoteMatches) {
    out.push(
      wrapLine(`  [${m.kind}, ${Math.round(m.similarity * 100)}%] ${creditOf(xref, m)}`, options.width, '    '),
      wrapLine(`    A: “${oneLine(m.a.text)}”`, options.width, '       '),
      wrapLine(`    B: “${oneLine(m.b.text)}”`, options.width, '       '),
    );
  }
  out.push(`Quotes only in A: ${xref.unmatchedQuotes.a.length}, only in B: ${xref.unmatchedQuotes.b.length}`, '');
  return out.join('\n');
}
