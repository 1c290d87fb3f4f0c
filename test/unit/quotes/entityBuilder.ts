// Builds Entity lists for quote tests by finding each name form in the text (longest form first),
// standing in for the real recogniser.
import type { Entity, EntityKind, Mention, Role } from '../../../src/core/model';

export interface EntitySpec {
  readonly names: readonly string[];
  readonly kind?: EntityKind;
  readonly roles?: readonly string[];
}

export function slug(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function buildEntities(text: string, specs: readonly EntitySpec[]): Entity[] {
  const taken: boolean[] = new Array<boolean>(text.length).fill(false);
  const forms = specs.flatMap((spec, i) => spec.names.map(name => ({ name, i })));
  forms.sort((a, b) => b.name.length - a.name.length);
  const mentions: Mention[][] = specs.map(() => []);
  for (const { name, i } of forms) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + name.length;
      if (taken.slice(start, end).some(Boolean)) {
        continue;
      }
      taken.fill(true, start, end);
      mentions[i].push({ start, end, text: name, entityId: slug(specs[i].names[0]) });
    }
  }
  return specs
    .map((spec, i): Entity => {
      const roles: Role[] = (spec.roles ?? []).map(r => {
        const at = text.indexOf(r);
        return { text: r, start: Math.max(0, at), end: Math.max(0, at) + r.length };
      });
      return {
        id: slug(spec.names[0]), kind: spec.kind ?? 'person', name: spec.names[0],
        aliases: spec.names.slice(1), roles, mentions: mentions[i].sort((a, b) => a.start - b.start),
      };
    })
    .filter(e => e.mentions.length > 0);
}
