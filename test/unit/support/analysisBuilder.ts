// Small builders for hand-made analyses: tests of the editor's lookups and cards must not depend on
// what the engine happens to find.
import type { AttributionBasis, DocumentAnalysis, Entity, EntityKind, Mention, Quote, Role } from '../../../src/core/model';

export interface EntitySpec {
  readonly id: string;
  readonly kind?: EntityKind;
  readonly name: string;
  /** Every exact form to mark as a mention wherever it occurs (longest forms win). */
  readonly forms: readonly string[];
  readonly roles?: readonly string[];
  readonly aliases?: readonly string[];
}

export interface QuoteSpec {
  /** The quoted words, found in the text. */
  readonly text: string;
  readonly speakerId: string | null;
  /** Which occurrence of the words (0-based), when they occur more than once. */
  readonly nth?: number;
  /** The attribution's words as written (found in the text after the quotation, else anywhere). */
  readonly attribution?: string;
  readonly basis?: AttributionBasis;
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i >= 0 && needle; i = text.indexOf(needle, i + 1)) {
    found.push(i);
  }
  return found;
}

/** Builds an analysis of `text` that marks every occurrence of each entity's forms. */
export function buildAnalysis(text: string, entities: readonly EntitySpec[], quotes: readonly QuoteSpec[] = []): DocumentAnalysis {
  const taken: { start: number; end: number }[] = [];
  const overlaps = (s: number, e: number): boolean => taken.some(t => s < t.end && t.start < e);
  const byForm = entities.flatMap(spec => spec.forms.map(form => ({ spec, form }))).sort((x, y) => y.form.length - x.form.length);
  const mentions = new Map<string, Mention[]>();
  for (const { spec, form } of byForm) {
    for (const start of occurrences(text, form)) {
      const end = start + form.length;
      if (!overlaps(start, end)) {
        taken.push({ start, end });
        const list = mentions.get(spec.id) ?? [];
        list.push({ start, end, text: form, entityId: spec.id });
        mentions.set(spec.id, list);
      }
    }
  }
  const built: Entity[] = entities.map(spec => {
    const ms = (mentions.get(spec.id) ?? []).sort((a, b) => a.start - b.start);
    const roles: Role[] = (spec.roles ?? []).map(r => {
      const start = text.indexOf(r);
      return { start, end: start + r.length, text: r };
    });
    return { id: spec.id, kind: spec.kind ?? 'person', name: spec.name, aliases: spec.aliases ?? [], roles, mentions: ms };
  });
  built.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  const qs: Quote[] = quotes.map(q => {
    const start = occurrences(text, q.text)[q.nth ?? 0];
    if (start === undefined) {
      throw new Error(`quote not in text: ${q.text}`);
    }
    const quote: Quote = { start, end: start + q.text.length, text: q.text, speakerId: q.speakerId };
    const cueAt = q.attribution === undefined ? -1 : Math.max(text.indexOf(q.attribution, start), text.indexOf(q.attribution));
    if (q.attribution !== undefined && cueAt < 0) {
      throw new Error(`attribution not in text: ${q.attribution}`);
    }
    return {
      ...quote,
      ...(q.attribution !== undefined ? { attribution: { start: cueAt, end: cueAt + q.attribution.length } } : {}),
      ...(q.basis ? { basis: q.basis } : {}),
    };
  }).sort((a, b) => a.start - b.start);
  return { textLength: text.length, entities: built, quotes: qs };
}

/** A TextSource over a string. */
export function textSource(text: string): { length: number; slice(start: number, end: number): string } {
  return { length: text.length, slice: (s, e) => text.slice(s, e) };
}
