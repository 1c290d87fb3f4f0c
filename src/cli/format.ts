// What the CLI prints: the scorer's predictions contract (eval), the analyses as JSON, and plain-text tables.
import type { CrossReference, DocumentAnalysis, Entity, EntityKind, Quote } from '../core/model';

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

function oneLine(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

/** Columns padded to their widest cell; the last column is not padded. */
function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map(r => (r[c] ?? '').length)));
  return rows.map(r => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]))).join('  ').trimEnd()).join('\n');
}

function speakerName(entities: readonly Entity[], q: Quote): string {
  return q.speakerId === null ? '(unnamed)' : entities.find(e => e.id === q.speakerId)?.name ?? q.speakerId;
}

export function analysisTable({ path, analysis }: AnalysedFile): string {
  const people = analysis.entities.filter(e => e.kind === 'person').length;
  const out = [`${path}: ${people} people, ${analysis.entities.length - people} organisations, ${analysis.quotes.length} quotes`, ''];
  if (analysis.entities.length) {
    out.push(table([
      ['NAME', 'KIND', 'MENTIONS', 'ALSO CALLED', 'ROLES'],
      ...analysis.entities.map(e => [e.name, e.kind, String(e.mentions.length), e.aliases.join('; '), e.roles.map(r => r.text).join('; ')]),
    ]), '');
  }
  if (analysis.quotes.length) {
    out.push(table([['SPEAKER', 'QUOTE'], ...analysis.quotes.map(q => [speakerName(analysis.entities, q), `“${oneLine(q.text, 90)}”`])]), '');
  }
  return out.join('\n');
}

const PRESENCE = { both: 'both', onlyA: 'A only', onlyB: 'B only' } as const;

export function compareTable(xref: CrossReference, names: { readonly a: string; readonly b: string }): string {
  const out = [`A: ${names.a}`, `B: ${names.b}`, ''];
  out.push(table([
    ['ENTITY', 'KIND', 'IN', 'A MENTIONS', 'B MENTIONS', 'A ROLES', 'B ROLES'],
    ...xref.entities.map(c => [
      c.name, c.kind, PRESENCE[c.presence],
      String(c.a?.mentionCount ?? 0), String(c.b?.mentionCount ?? 0),
      c.a?.roles.join('; ') ?? '', c.b?.roles.join('; ') ?? '',
    ]),
  ]), '');
  out.push(`Shared quotes: ${xref.quoteMatches.length}`);
  for (const m of xref.quoteMatches) {
    const who = m.speakerMismatch
      ? `credited to ${speakerName(xref.a.entities, m.a)} in A but ${speakerName(xref.b.entities, m.b)} in B`
      : speakerName(xref.a.entities, m.a);
    out.push(`  [${m.kind}, ${Math.round(m.similarity * 100)}%] ${who}`, `    A: “${oneLine(m.a.text, 100)}”`, `    B: “${oneLine(m.b.text, 100)}”`);
  }
  out.push(`Quotes only in A: ${xref.unmatchedQuotes.a.length}, only in B: ${xref.unmatchedQuotes.b.length}`, '');
  return out.join('\n');
}
