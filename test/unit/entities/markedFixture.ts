// Scores the engine's people and organisations against a folder of articles marked `[[text|p]]` (person) or
// `[[text|o]]` (organisation), by exact span and kind: the format of test/fixtures/orgKinds and
// test/fixtures/peopleKinds.
import * as fs from 'fs';
import * as path from 'path';
import { analyzeText } from '../../../src/core/analyze';

export type MarkedKind = 'person' | 'org';

interface Marked {
  readonly start: number;
  readonly end: number;
  readonly kind: MarkedKind;
}

export interface Counts { tp: number; fp: number; fn: number }

const MARK = /\[\[([^\]|]+)\|([po])\]\]/g;

/** The article without its marks, and the marked spans in it. */
export function unmark(marked: string): { readonly text: string; readonly gold: Marked[] } {
  const gold: Marked[] = [];
  let text = '', from = 0;
  for (const match of marked.matchAll(MARK)) {
    text += marked.slice(from, match.index);
    gold.push({ start: text.length, end: text.length + match[1].length, kind: match[2] === 'p' ? 'person' : 'org' });
    text += match[1];
    from = match.index! + match[0].length;
  }
  return { text: text + marked.slice(from), gold };
}

/** Counts per kind over every .txt file of the folder, and a line for every miss and false find. */
export function scoreMarkedFolder(dir: string): { readonly counts: Record<MarkedKind, Counts>; readonly errors: string[] } {
  const counts: Record<MarkedKind, Counts> = { person: { tp: 0, fp: 0, fn: 0 }, org: { tp: 0, fp: 0, fn: 0 } };
  const errors: string[] = [];
  for (const file of fs.readdirSync(dir).filter(name => name.endsWith('.txt')).sort()) {
    const { text, gold } = unmark(fs.readFileSync(path.join(dir, file), 'utf8'));
    const found = analyzeText(text).entities.filter(entity => entity.kind === 'person' || entity.kind === 'org')
      .flatMap(entity => entity.mentions.map(mention => ({ start: mention.start, end: mention.end, kind: entity.kind as MarkedKind })));
    const key = (span: Marked) => `${span.start}:${span.end}:${span.kind}`;
    const goldKeys = new Set(gold.map(key)), foundKeys = new Set(found.map(key));
    for (const span of gold) {
      const hit = foundKeys.has(key(span));
      counts[span.kind][hit ? 'tp' : 'fn']++;
      if (!hit) {
        errors.push(`${file}: missed ${span.kind} "${text.slice(span.start, span.end)}"`);
      }
    }
    for (const span of found.filter(one => !goldKeys.has(key(one)))) {
      counts[span.kind].fp++;
      errors.push(`${file}: false ${span.kind} "${text.slice(span.start, span.end)}"`);
    }
  }
  return { counts, errors };
}

export const precision = ({ tp, fp }: Counts): number => tp / Math.max(1, tp + fp);
export const recall = ({ tp, fn }: Counts): number => tp / Math.max(1, tp + fn);
