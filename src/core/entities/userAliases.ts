// The user's merges (setting newsLens.aliases: name as written → canonical name of the entity it belongs to):
// occurrences of a listed form are mentions even where the rules found nothing, and an entity using a listed
// form joins the entity it names (or takes that name when the document has no such entity).
import { canonicalOf } from './clusters';
import { has, ORG_HEADS } from '../lexicon/entities';
import type { Cluster, NameCandidate, Placed } from './types';
import { applyJoins } from './merges';
import type { UnionFind } from './unionFind';

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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
    const same = hits.find(hit => hit.c.start === o.start && hit.c.end === o.end);
    if (same) {
      exact.push({ occurrence, candidate: same });
    } else if (!hits.some(hit => hit.c.start <= o.start && hit.c.end >= o.end && hit.c.end - hit.c.start > o.end - o.start)) {
      kept.push(occurrence);
      hits.forEach(hit => skip.add(hit));
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
  if (exact.length === 0) {
    // No alias form found as a candidate (always so without the user's aliases): no set of every member to build.
    return [];
  }
  const clustered = new Set(clusters.flatMap(cluster => cluster.members));
  return exact.filter(match => !clustered.has(match.candidate)).map(match => match.occurrence);
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
 * candidates they overlap: the user's form is the mention ("the Tall Man", not the rules' "Tall Man").
 */
export function aliasOccurrences(text: string, aliases: Readonly<Record<string, string>>): AliasOccurrence[] {
  const forms = Object.keys(aliases)
    .filter(form => form.trim().length > 0 && typeof aliases[form] === 'string' && aliases[form].trim().length > 0)
    .sort((left, right) => right.trim().length - left.trim().length);
  if (!forms.length) {
    return [];
  }
  const found: AliasOccurrence[] = [];
  for (const form of forms) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form.trim())}(?![\\p{L}\\p{N}])`, 'giu');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index, end = start + m[0].length;
      if (found.some(occurrence => occurrence.placed.c.start < end && start < occurrence.placed.c.end)) {
        continue;
      }
      const c: NameCandidate = { start, end, text: m[0], words: m[0].toLowerCase().split(/\s+/), evidence: 0n };
      found.push({ placed: { c, roles: [] }, target: aliases[form].trim() });
    }
  }
  return found;
}

/**
 * Applies the user's merges to the rules' clusters through the resolution's union-find `sets`; `extra` are
 * the occurrences found by aliasOccurrences. A form naming an entity that has itself joined another joins
 * that one too.
 */
export function applyAliases(
  text: string, clusters: readonly Cluster[], aliases: Readonly<Record<string, string>>, extra: readonly AliasOccurrence[], sets: UnionFind<Cluster>,
): AliasedCluster[] {
  const targets = new Map<string, string>();
  for (const [form, target] of Object.entries(aliases)) {
    if (typeof target === 'string' && form.trim() && target.trim()) {
      targets.set(form.trim().toLowerCase(), target.trim());
    }
  }
  if (!targets.size) {
    return clusters.map(cluster => ({ cluster }));
  }
  const names = new Map<Cluster, string>();
  const byName = new Map<string, Cluster>();
  for (const cluster of clusters) {
    byName.set(canonicalOf(cluster, text).toLowerCase(), cluster);
  }
  const before = sets.joins.length;
  for (const cluster of clusters) {
    const target = cluster.members
      .map(placed => targets.get(text.slice(placed.start ?? placed.c.start, placed.c.end).toLowerCase()))
      .find((found): found is string => found !== undefined);
    const into = target === undefined ? undefined : byName.get(target.toLowerCase());
    if (target === undefined || (into && sets.union(cluster, into))) {
      continue;
    }
    names.set(cluster, target);
    byName.set(target.toLowerCase(), cluster);
  }
  const kept = applyJoins(sets, sets.joins.slice(before), clusters);
  for (const { placed, target } of extra) {
    let into = byName.get(target.toLowerCase());
    if (!into) {
      into = { kind: kindOfGivenName(target), key: target.toLowerCase(), members: [], fullStarts: [] };
      sets.add(into);
      kept.push(into);
      names.set(into, target);
      byName.set(target.toLowerCase(), into);
    }
    sets.find(into).members.push(placed);
  }
  return kept.map(cluster => {
    const name = names.get(cluster);
    return name ? { cluster, name } : { cluster };
  });
}
