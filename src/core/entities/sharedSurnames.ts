// "brothers Rufus and Jem Halloran", "the twins Ann and Tom Hesk": two given names joined by "and" before one surname
// name two people of one family. The first, written alone, is still named in full, with the surname the second
// carries, so it is no one-word person of its own and keeps one id across documents with its full name.
import { Evidence, type Cluster, type Placed } from './types';

/** Evidence that the two words after "and" name a body or a place ("Vardo and Kelso Holdings"), no person. */
const BODY_OR_PLACE = Evidence.OrgTag | Evidence.OrgHead | Evidence.Acronym | Evidence.Place;

/** What stands between the lone given name and the full name after it. */
const AND = ' and ';

/**
 * The full name of a person found only by a lone given name written right before "and" and a given name and a surname
 * ("Rufus" in "Rufus and Jem Halloran"), else undefined; not a known surname alone ("Quill and Jem Halloran": Quill is
 * someone else). One index of the candidates by start, made on first use.
 */
export function sharedSurnameNamer(placed: readonly Placed[], text: string): (cluster: Cluster) => string | undefined {
  let byStart: Map<number, Placed> | undefined;
  return cluster => {
    if (cluster.kind !== 'person' || !cluster.members.every(member => member.c.words.length === 1)) {
      return undefined;
    }
    byStart ??= new Map(placed.map(entry => [entry.c.start, entry]));
    for (const { c: given } of cluster.members) {
      if ((given.evidence & Evidence.LastName) !== 0n || text.slice(given.end, given.end + AND.length) !== AND) {
        continue;
      }
      const next = byStart.get(given.end + AND.length)?.c;
      if (next !== undefined && next.words.length === 2 && (next.evidence & BODY_OR_PLACE) === 0n) {
        return `${text.slice(given.start, given.end)} ${text.slice(next.start, next.end).split(/\s+/).pop()}`;
      }
    }
    return undefined;
  };
}
