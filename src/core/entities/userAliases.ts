// The user's merges (setting newsLens.aliases: name as written → canonical name of the entity it belongs to):
// occurrences of a listed form are mentions even where the rules found nothing, and an entity using a listed
// form joins the entity it names (or takes that name when the document has no such entity).
import { canonicalOf, type Cluster, type Placed } from './clusters';
import type { NameCandidate } from './types';

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

function overlapsAny(sorted: readonly Placed[], start: number, end: number): boolean {
  let lo = 0, hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = sorted[mid].c;
    if (c.end <= start) {
      lo = mid + 1;
    } else if (c.start >= end) {
      hi = mid - 1;
    } else {
      return true;
    }
  }
  return false;
}

/** Occurrences of the listed forms that no candidate covers. */
export function aliasOccurrences(text: string, placed: readonly Placed[], aliases: Readonly<Record<string, string>>): AliasOccurrence[] {
  const forms = Object.keys(aliases).filter(f => f.trim().length > 0 && typeof aliases[f] === 'string' && aliases[f].trim().length > 0);
  if (!forms.length) {
    return [];
  }
  const sorted = [...placed].sort((a, b) => a.c.start - b.c.start);
  const found: AliasOccurrence[] = [];
  for (const form of forms) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form.trim())}(?![\\p{L}\\p{N}])`, 'giu');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index, end = start + m[0].length;
      if (overlapsAny(sorted, start, end) || found.some(f => f.placed.c.start < end && start < f.placed.c.end)) {
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
      into = { cluster: { kind: 'person', key: target.toLowerCase(), members: [], fullStarts: [] }, name: target };
      entries.push(into);
      byName.set(target.toLowerCase(), into);
    }
    into.cluster.members.push(placed);
  }
  return entries.filter(e => !e.gone).map(e => (e.name ? { cluster: e.cluster, name: e.name } : { cluster: e.cluster }));
}
