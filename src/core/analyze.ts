// PLACEHOLDER engine (replaced by the real pipeline): compromise's people, organisations and quotations.
import nlp from 'compromise';
import type { AnalyzeOptions, DocumentAnalysis, Entity, Mention, Quote } from './model';

interface Term { offset: { start: number; length: number } }
interface Match { text: string; terms: Term[] }

function slug(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'entity';
}

export function analyzeText(text: string, _options: AnalyzeOptions = {}): DocumentAnalysis {
  const doc = nlp(text);
  doc.compute('offset');
  const entities = new Map<string, { kind: 'person' | 'org'; name: string; mentions: Mention[] }>();
  for (const [kind, view] of [['person', doc.people()], ['org', doc.organizations()]] as const) {
    for (const m of view.json({ offset: false, terms: { offset: true } }) as Match[]) {
      const first = m.terms[0], last = m.terms[m.terms.length - 1];
      const start = first.offset.start, end = last.offset.start + last.offset.length;
      const name = text.slice(start, end);
      const id = slug(name);
      if (!entities.has(id)) {
        entities.set(id, { kind, name, mentions: [] });
      }
      entities.get(id)!.mentions.push({ start, end, text: name, entityId: id });
    }
  }
  const quotes: Quote[] = [];
  for (const m of doc.quotations().json({ offset: false, terms: { offset: true } }) as Match[]) {
    const first = m.terms[0], last = m.terms[m.terms.length - 1];
    quotes.push({ start: first.offset.start, end: last.offset.start + last.offset.length, text: text.slice(first.offset.start, last.offset.start + last.offset.length), speakerId: null });
  }
  const list: Entity[] = [...entities.entries()].map(([id, e]) => ({ id, kind: e.kind, name: e.name, aliases: [], roles: [], mentions: e.mentions }));
  return { textLength: text.length, entities: list, quotes };
}
