// Organisations named in several forms within one article: an abbreviation and its expansion ("WHO",
// "World Health Organization"; "(Fiocruz)" after its full name), and an unknown word that starts exactly one
// longer name ("Hinode" for "Hinode Motor Corporation"), and the noun a name is built on ("the Commission").
import type { Cluster, Placed } from './clusters';
import { ORG_HEADS, ORG_HEADS_BEFORE_OF, has } from '../lexicon/entities';
import { Evidence } from './types';
import { US_TEAM_NICKNAMES } from '../lexicon/gazetteer/usSports';
import { abbreviationKey, initialsOf, spellsAbbreviation } from './words';
import { push } from './multimap';

/**
 * The noun an organisation's name is built on, lower case: its last word ("European Commission") or the noun
 * before "of"/"for" ("Bank of Japan"); undefined when the name has neither.
 */
export function orgHeadOf(key: string): string | undefined {
  const words = key.toLowerCase().split(' ');
  const last = words[words.length - 1];
  if (has(ORG_HEADS, last)) {
    return last;
  }
  const joint = words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
  return joint > 0 && has(ORG_HEADS_BEFORE_OF, words[joint - 1]) ? words[joint - 1] : undefined;
}

/** Partners' names listed with commas up to an ampersand: "Hollis, Brandt & Co.". */
const FIRM_NAME = /^[^,&]+,[^&]+&/;

/** An organisation named after its partners, as one of its mentions shows. */
export function isFirm(cl: Cluster): boolean {
  return cl.members.some(m => FIRM_NAME.test(m.c.text));
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
  const multiword = all.filter(cl => cl.kind === 'org' && cl.key.includes(' '));
  // Indexed by initial and by word suffix, so long documents with many bodies stay linear.
  const byInitial = new Map<string, Cluster[]>();
  const bySuffix = new Map<string, Cluster[]>();
  for (const cl of multiword) {
    const words = cl.key.split(' ');
    push(byInitial, cl.key[0], cl);
    for (let n = 1; n < words.length; n++) {
      if (!words.slice(0, n).some(w => w === 'of' || w === 'for' || w === 'and')) {
        push(bySuffix, words.slice(n).join(' '), cl);
      }
    }
  }
  for (const cl of all) {
    const abbreviation = cl.kind === 'org' && !cl.key.includes(' ') ? abbreviationKey(cl.key) : '';
    // "Asean" for "Association of Southeast Asian Nations": spelt with more than initials, by one name only.
    const spelt = abbreviation && !byInitials.has(abbreviation) ? (byInitial.get(abbreviation[0]) ?? []).filter(o => spellsAbbreviation(abbreviation, o.key.split(' '))) : [];
    const expansion = abbreviation ? byInitials.get(abbreviation) ?? (spelt.length === 1 ? spelt[0] : undefined) : undefined;
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
    // A firm named after its partners ("Hollis, Brandt & Co.") is called by its first partner's name alone,
    // also when a newer body borrows that name ("Hollis Holdings").
    const firms = (longer ?? []).filter(isFirm);
    if (firms.length === 1) {
      target.set(cl, firms[0]);
    } else if (longer?.length === 1 && cl.members.some(m => (m.c.evidence & Evidence.UnknownWords) !== 0)) {
      target.set(cl, longer[0]);
    }
  }
  // "Fed" for "Federal Reserve": a clipped first word of exactly one longer name (indexed by every clipping).
  const byClipping = new Map<string, Cluster[]>();
  for (const cl of all) {
    const first = cl.kind === 'org' && cl.key.includes(' ') ? cl.key.split(' ')[0].toLowerCase() : '';
    for (let n = 3; n < first.length - 1; n++) {
      push(byClipping, first.slice(0, n), cl);
    }
  }
  for (const cl of all) {
    const clipped = cl.kind === 'org' && !cl.key.includes(' ') && !target.has(cl) ? byClipping.get(cl.key.toLowerCase()) : undefined;
    if (clipped?.length === 1) {
      target.set(cl, clipped[0]);
    }
  }
  // "the Commission" for "European Commission": the noun that one organisation's name is built on.
  const byHead = new Map<string, Cluster[]>();
  for (const cl of all) {
    const head = cl.kind === 'org' && cl.key.includes(' ') ? orgHeadOf(cl.key) : undefined;
    if (head) {
      push(byHead, head, cl);
    }
  }
  for (const cl of all) {
    const longer = cl.kind === 'org' && !cl.key.includes(' ') && !target.has(cl) ? byHead.get(cl.key.toLowerCase()) : undefined;
    if (longer?.length === 1 && has(ORG_HEADS, cl.key.toLowerCase())) {
      target.set(cl, longer[0]);
    }
  }
  // "the Yankees" for "New York Yankees": a team's nickname (gazetteer) ends exactly one longer name of the article.
  for (const cl of all) {
    const longer = cl.kind === 'org' && !cl.key.includes(' ') && !target.has(cl) && US_TEAM_NICKNAMES.has(cl.key) ? bySuffix.get(cl.key) : undefined;
    if (longer?.length === 1 && !target.has(longer[0])) {
      target.set(cl, longer[0]);
    }
  }
  // "the Red Cross" for "Kenya Red Cross": a name of two or more words that ends exactly one longer name,
  // the words before it qualifying it ("Kenya", "US"), not naming another body ("International Committee of").
  for (const cl of multiword) {
    const longer = target.has(cl) ? [] : bySuffix.get(cl.key) ?? [];
    if (longer.length === 1 && !target.has(longer[0])) {
      target.set(cl, longer[0]);
    }
  }
  // "the Houthis" and "the Houthi movement", "Dorrit Holdings" and "Dorrit Holding": a body named also with
  // its last word in the plural is one body.
  const byKey = new Map<string, Cluster>();
  for (const cl of all) {
    if (cl.kind === 'org') {
      byKey.set(cl.key.toLowerCase(), cl);
    }
  }
  for (const cl of all) {
    const key = cl.key.toLowerCase();
    const last = key.slice(key.lastIndexOf(' ') + 1);
    const singular = cl.kind === 'org' && last.length > 4 && last.endsWith('s') && !last.endsWith('ss') && !target.has(cl) ? byKey.get(key.slice(0, -1)) : undefined;
    if (singular && !target.has(singular)) {
      target.set(singular, cl);
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
