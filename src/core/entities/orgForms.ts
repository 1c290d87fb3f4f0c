// Organisations named in several forms within one article: an abbreviation and its expansion ("WHO",
// "World Health Organization"; "(Fiocruz)" after its full name), and an unknown word that starts exactly one
// longer name ("Hinode" for "Hinode Motor Corporation").
import type { Cluster, Placed } from './clusters';
import { Evidence } from './types';
import { abbreviationKey, initialsOf } from './words';

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    list.push(value);
  } else {
    map.set(key, [value]);
  }
}

/** The clusters with each short form merged into the organisation it names. */
export function mergeOrgForms(all: readonly Cluster[], placed: readonly Placed[], clusterOf: ReadonlyMap<Placed, Cluster>): Cluster[] {
  const target = new Map<Cluster, Cluster>();
  const byInitials = new Map<string, Cluster>();
  for (const cl of all) {
    if (cl.kind === 'org' && cl.key.includes(' ')) {
      const initials = initialsOf(cl.key.split(' '));
      if (initials.length > 1 && !byInitials.has(initials)) {
        byInitials.set(initials, cl);
      }
    }
  }
  for (const cl of all) {
    const expansion = cl.kind === 'org' && !cl.key.includes(' ') ? byInitials.get(abbreviationKey(cl.key)) : undefined;
    if (expansion) {
      target.set(cl, expansion);
    }
  }
  // "Hinode" for "Hinode Motor Corporation": an unknown word that starts exactly one longer organisation's name.
  const byFirstWord = new Map<string, Cluster[]>();
  for (const cl of all) {
    if (cl.kind === 'org' && cl.key.includes(' ')) {
      push(byFirstWord, cl.key.split(' ')[0], cl);
    }
  }
  for (const cl of all) {
    const longer = cl.kind === 'org' && !cl.key.includes(' ') && !target.has(cl) ? byFirstWord.get(cl.key) : undefined;
    if (longer?.length === 1 && cl.members.some(m => (m.c.evidence & Evidence.UnknownWords) !== 0)) {
      target.set(cl, longer[0]);
    }
  }
  for (const p of placed) {
    const from = clusterOf.get(p);
    const to = p.c.expands !== undefined ? clusterOf.get(placed[p.c.expands]) : undefined;
    if (from && to && from !== to && from.kind === 'org' && to.kind === 'org' && !target.has(to)) {
      target.set(from, to);
    }
  }
  for (const [from, to] of target) {
    to.members.push(...from.members);
  }
  return all.filter(cl => !target.has(cl));
}
