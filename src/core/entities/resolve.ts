// The cheap, document-level half of entity recognition: places each paragraph's candidates in the document,
// groups them into entities, and builds the model's Entity objects (canonical name, aliases, roles, ids),
// honouring the user's alias and ignore settings.
import type { AnalyzeOptions, Entity, Mention, Role } from '../model';
import { canonicalOf, clusterCandidates, type Cluster, type Placed } from './clusters';
import { aliasOccurrences, applyAliases, keepRulesCandidates, settleOccurrences } from './userAliases';
import { recordRoleCue } from './roles';
import { slugOf } from './slug';
import type { NameCandidate, ParagraphEntities, RoleCandidate } from './types';

/** A paragraph's result with the paragraph's offset in the document. */
export interface PlacedParagraph {
  readonly offset: number;
  readonly result: ParagraphEntities;
}

/** The candidate moved by `by` characters; one object shape for all, which keeps this hot loop fast. */
function shiftCandidate(c: NameCandidate, by: number, expands: number | undefined): NameCandidate {
  return {
    start: c.start + by,
    end: c.end + by,
    text: c.text,
    words: c.words,
    evidence: c.evidence,
    honorific: c.honorific ? { start: c.honorific.start + by, gender: c.honorific.gender } : undefined,
    gender: c.gender,
    lead: c.lead ? { start: c.lead.start + by, word: c.lead.word } : undefined,
    expands,
  };
}

/** Every candidate of the document with absolute offsets, `expands` renumbered to document indices. */
export function placeCandidates(paragraphs: readonly PlacedParagraph[]): Placed[] {
  const placed: Placed[] = [];
  for (const { offset, result } of paragraphs) {
    const base = placed.length;
    const roles: RoleCandidate[][] = result.names.map(() => []);
    for (const r of result.roles) {
      recordRoleCue(r, offset);
      roles[r.name].push({ start: r.start + offset, end: r.end + offset, text: r.text, name: base + r.name });
    }
    result.names.forEach((c, n) => {
      placed.push({ c: shiftCandidate(c, offset, c.expands === undefined ? undefined : c.expands + base), roles: roles[n], start: undefined });
    });
  }
  return placed;
}

function normalRole(text: string): string {
  return text.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').replace(/\.$/, '');
}

function buildEntity(cl: Cluster, text: string, id: string, name: string, ignore: ReadonlySet<string>): Entity | undefined {
  const members = cl.members
    .filter(m => !ignore.has(text.slice(m.start ?? m.c.start, m.c.end).toLowerCase()))
    .sort((a, b) => (a.start ?? a.c.start) - (b.start ?? b.c.start));
  if (!members.length) {
    return undefined;
  }
  const mentions: Mention[] = members.map(m => {
    const start = m.start ?? m.c.start;
    return { start, end: m.c.end, text: text.slice(start, m.c.end), entityId: id };
  });
  const aliases = new Set<string>();
  for (const m of members) {
    aliases.add(text.slice(m.start ?? m.c.start, m.c.end));
    if (m.c.honorific) {
      aliases.add(text.slice(m.c.honorific.start, m.c.end).replace(/\s+/g, ' '));
    }
  }
  aliases.delete(name);
  const roles: Role[] = [];
  if (cl.kind === 'person') {
    const seen = new Set<string>();
    for (const r of members.flatMap(m => m.roles).sort((a, b) => a.start - b.start)) {
      const key = normalRole(r.text);
      if (!seen.has(key)) {
        seen.add(key);
        // From the document, not the paragraph's parse text (whose line breaks are spaces): text === slice.
        roles.push({ start: r.start, end: r.end, text: text.slice(r.start, r.end) });
      }
    }
  }
  return { id, kind: cl.kind, name, aliases: [...aliases], roles, mentions };
}

/** Entities of a document from its paragraphs' candidates, sorted by first mention. */
export function resolveEntities(text: string, paragraphs: readonly PlacedParagraph[], options: AnalyzeOptions = {}): Entity[] {
  const placed = placeCandidates(paragraphs);
  const { kept, skip, exact } = settleOccurrences(placed, aliasOccurrences(text, options.aliases ?? {}));
  const ruled = clusterCandidates(placed, skip);
  const occurrences = [...kept, ...keepRulesCandidates(ruled, exact)].sort((x, y) => x.placed.c.start - y.placed.c.start);
  const clusters = applyAliases(text, ruled, options.aliases ?? {}, occurrences);
  const ignore = new Set((options.ignore ?? []).map(n => n.trim().toLowerCase()).filter(Boolean));
  const ids = new Set<string>();
  const entities: Entity[] = [];
  for (const { cluster, name } of clusters.map(cl => ({ cluster: cl.cluster, name: cl.name ?? canonicalOf(cl.cluster, text) }))) {
    if (ignore.has(name.toLowerCase())) {
      continue;
    }
    const base = slugOf(name);
    let id = base;
    for (let n = 2; ids.has(id); n++) {
      id = `${base}-${n}`;
    }
    const entity = buildEntity(cluster, text, id, name, ignore);
    if (entity) {
      ids.add(id);
      entities.push(entity);
    }
  }
  return entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}
