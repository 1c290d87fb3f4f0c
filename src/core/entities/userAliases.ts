// The user's merges (setting newsLens.aliases: name as written → canonical name of the entity it belongs to):
// occurrences of a listed form are mentions even where the rules found nothing, and an entity using a listed
// form joins the entity it names (or takes that name when the document has no such entity).
import { canonicalOf } from './clusters';
import { has, ORG_HEADS } from '../lexicon/entities';
import type { Cluster, NameCandidate, Placed } from './types';

export interface AliasedCluster {
  readonly cluster: Cluster;
  /** The canonical name the user gave, when it replaces the rules' choice. */
  readonly name?: string;
}

/** Occurrences of a listed form is the text: the form, its target, word-bounded, case-insensitive. */
export interface AliasOccurrence {
  readonly placed: Placed;
  readonly target: string;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alias occurrence whose span is exactly one candidate of the rules: whichever ends up used, not both. */
export interface ExactOccurrence {
  readonly occurrence: AliasOccurrence;
  readonly candidate: Placed;
}

/**
 * Settles alias occurrences against the rules' candidates: an occurrence inside a longer candidate is part
 * of another name and dropped ("Independent" in "Kyiv Independent"); an occurrence the rules found as it
 * is goes to `exact` (see keepRulesCandidates); candidates overlapping any other kept occurrence give way
 * to it. Returns the kept occurrences and the candidates to skip.
 */
export function settleOccurrences(placed: readonly Placed[], occurrences: readonly AliasOccurrence[]): { kept: AliasOccurrence[]; skip: Set<Placed>; exact: ExactOccurrence[] } {
  const kept: AliasOccurrence[] = [];
  const skip = new Set<Placed>();
  const exact: ExactOccurrence[] = [];
  for (const occurrence of occurrences) {
    const o = occurrence.placed.c;
    const hits = overlapping(placed, o.start, o.end);
    const same = hits.find(p => p.c.start === o.start && p.c.end === o.end);
    if (same) {
      exact.push({ occurrence, candidate: same });
    } else if (!hits.some(p => p.c.start <= o.start && p.c.end >= o.end && p.c.end - p.c.start > o.end - o.start)) {
      kept.push(occurrence);
      hits.forEach(p => skip.add(p));
    }
  }
  return { kept, skip, exact };
}

/**
 * An occurrence the rules found as it is stays the rules' mention when the rules made it part of an entity:
 * that entity keeps the kind the rules gave it (an organisation's short name merged into a long name the
 * article never uses stays an organisation, which applyAliases renames). Only where the rules dropped the
 * candidate (an unknown word used once) does the occurrence itself become the mention. Returns the
 * occurrences still to add.
 */
export function keepRulesCandidates(clusters: readonly Cluster[], exact: readonly ExactOccurrence[]): AliasOccurrence[] {
  const clustered = new Set(clusters.flatMap(cluster => cluster.members));
  return exact.filter(e => !clustered.has(e.candidate)).map(e => e.occurrence);
}

/**
 * The kind of an entity known only by the name the user gave (no entity of the article has it, and no
 * entity of the rules took the form): an organisation when the name ends in an organisation's head noun
 * ("… Shipping Corporation", "… Ministry"), else a person, as most listed forms are nicknames of people.
 */
function kindOfGivenName(name: string): Cluster['kind'] {
  const words = name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.length > 1 && has(ORG_HEADS, words[words.length - 1]) ? 'org' : 'person';
}

/** Candidates (in document order, never overlapping each other) that overlap [start, end). */
function overlapping(placed: readonly Placed[], start: number, end: number): Placed[] {
  let lo = 0, hi = placed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (placed[mid].c.end <= start) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  const hits: Placed[] = [];
  for (let i = lo; i < placed.length && placed[i].c.start < end; i++) {
    hits.push(placed[i]);
  }
  return hits;
}

/**
 * Occurrences of the listed forms (longest forms first, never overlapping each other). They replace the
 * candidates they overlap: the user's form is the mention ("The Donald", not the rules' "Donald").
 */
export function aliasOccurrences(text: string, aliases: Readonly<Record<string, string>>): AliasOccurrence[] {
  const forms = Object.keys(aliases)
    .filter(f => f.trim().length > 0 && typeof aliases[f] === 'string' && aliases[f].trim().length > 0)
    .sort((a, b) => b.trim().length - a.trim().length);
  if (!forms.length) {
    return [];
  }
  const found: AliasOccurrence[] = [];
  for (const form of forms) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form.trim())}(?![\\p{L}\\p{N}])`, 'giu');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index, end = start + m[0].length;
      if (found.some(f => f.placed.c.start < end && start < f.placed.c.end)) {
        continue;
      }
      const c: NameCandidate = { start, end, text: m[0], words: m[0].toLowerCase().split(/\s+/), evidence: 0 };
      found.push({ placed: { c, roles: [] }, target: aliases[form].trim() });
    }
  }
  return found;
}

/** Applies the user's merges to the rules' clusters; `extra` are the occurrences found by aliasOccurrences. */
export function applyAliases(text: string, clusters: readonly Cluster[], aliases: Readonly<Record<string, string>>, extra: readonly AliasOccurrence[]): AliasedCluster[] {
  const targets = new Map<string, string>();
  for (const [form, target] of Object.entries(aliases)) {
    if (typeof target === 'string' && form.trim() && target.trim()) {
      targets.set(form.trim().toLowerCase(), target.trim());
    }
  }
  if (!targets.size) {
    return clusters.map(cluster => ({ cluster }));
  }
  const entries: { cluster: Cluster; name?: string; gone?: boolean }[] = clusters.map(cluster => ({ cluster }));
  const byName = new Map<string, (typeof entries)[number]>();
  for (const e of entries) {
    byName.set(canonicalOf(e.cluster, text).toLowerCase(), e);
  }
  for (const e of entries) {
    const target = e.cluster.members
      .map(m => targets.get(text.slice(m.start ?? m.c.start, m.c.end).toLowerCase()))
      .find((t): t is string => t !== undefined);
    if (!target) {
      continue;
    }
    const into = byName.get(target.toLowerCase());
    if (into && into !== e && !into.gone) {
      into.cluster.members.push(...e.cluster.members);
      e.gone = true;
    } else {
      e.name = target;
      byName.set(target.toLowerCase(), e);
    }
  }
  for (const { placed, target } of extra) {
    let into = byName.get(target.toLowerCase());
    if (!into || into.gone) {
      into = { cluster: { kind: kindOfGivenName(target), key: target.toLowerCase(), members: [], fullStarts: [] }, name: target };
      entries.push(into);
      byName.set(target.toLowerCase(), into);
    }
    into.cluster.members.push(placed);
  }
  return entries.filter(e => !e.gone).map(e => (e.name ? { cluster: e.cluster, name: e.name } : { cluster: e.cluster }));
}
