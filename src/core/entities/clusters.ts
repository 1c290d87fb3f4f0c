// Groups a document's candidate names into entities: full names first, then surname-only and honorific forms
// join the full name they shorten (two people sharing a surname never merge: the form goes to the one named
// most recently, gender permitting), abbreviations join their expansion. Linear in the number of candidates:
// every lookup is a map by word.
import { isFirm, mergeOrgForms, orgHeadOf } from './orgForms';
import { withoutDesignator } from './words';
import { isKnownSurname, isStandalonePerson, isUnknownBody, kindOf, placesByUse, teamsByUse, usedAsBody, type CandidateKind } from './kind';
import { Evidence, type Gender, type NameCandidate, type RoleCandidate } from './types';
import { NAME_PARTICLES, NAME_SUFFIXES, ORG_HEADS, givenNameKeys, has } from '../lexicon/entities';
import { push } from './multimap';

/** A candidate placed in the document: offsets absolute, with the roles found next to it. */
export interface Placed {
  readonly c: NameCandidate;
  readonly roles: readonly RoleCandidate[];
  /** Set when the span was widened to a dropped sentence opener that turned out to be a first name. */
  start?: number;
}

export interface Cluster {
  readonly kind: 'person' | 'org';
  readonly key: string;
  readonly members: Placed[];
  gender?: Gender;
  /** Starts of the full-name mentions, in document order. */
  readonly fullStarts: number[];
}

/** The surname of a full name: its last word that is not a generational suffix ("King" in "… King Jr"). */
function surnameOf(words: readonly string[]): string {
  let i = words.length - 1;
  while (i > 0 && has(NAME_SUFFIXES, words[i])) {
    i--;
  }
  return words[i];
}

export function orgKey(words: readonly string[]): string {
  return withoutDesignator(words[0] === 'the' && words.length > 1 ? words.slice(1) : words).join(' ');
}

function genderOf(c: NameCandidate): Gender | undefined {
  return c.honorific?.gender ?? c.gender;
}

function compatible(cl: Cluster, g: Gender | undefined): boolean {
  return !g || !cl.gender || cl.gender === g;
}

/** A surname without an Arabic-style particle prefix, for matching ("al-assad" ~ "assad"). */
function bare(word: string): string {
  const dash = word.indexOf('-');
  return dash > 0 && has(NAME_PARTICLES, word.slice(0, dash)) ? word.slice(dash + 1) : word;
}

function isSuffix(part: readonly string[], whole: string): boolean {
  const strip = (w: readonly string[]) => w.slice(0, w.indexOf(surnameOf(w)) + 1).map(bare).join(' ');
  const tail = strip(part), full = strip(whole.split(' '));
  return full === tail || full.endsWith(' ' + tail);
}

/** Of several people sharing a surname, the one whose full name appeared last before `pos` (else first after). */
function nearest(clusters: readonly Cluster[], pos: number): Cluster | undefined {
  let best: Cluster | undefined, bestAt = -1;
  for (const cl of clusters) {
    let lo = 0, hi = cl.fullStarts.length - 1, at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (cl.fullStarts[mid] <= pos) {
        at = cl.fullStarts[mid];
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (at > bestAt) {
      best = cl;
      bestAt = at;
    }
  }
  return best ?? [...clusters].sort((a, b) => a.fullStarts[0] - b.fullStarts[0])[0];
}

class Clustering {
  readonly persons = new Map<string, Cluster>();
  readonly orgs = new Map<string, Cluster>();
  private readonly firstLast = new Map<string, Cluster>();
  private readonly byLast = new Map<string, Cluster[]>();
  private readonly byFirst = new Map<string, Cluster[]>();
  private readonly byInner = new Map<string, Cluster[]>();
  private readonly orgsByFirst = new Map<string, Cluster[]>();
  private readonly orgsByHead = new Map<string, Cluster[]>();
  readonly all: Cluster[] = [];

  newCluster(kind: 'person' | 'org', key: string): Cluster {
    const cl: Cluster = { kind, key, members: [], fullStarts: [] };
    this.all.push(cl);
    (kind === 'person' ? this.persons : this.orgs).set(key, cl);
    if (kind === 'org' && key.includes(' ')) {
      push(this.orgsByFirst, key.split(' ')[0], cl);
      const head = orgHeadOf(key);
      if (head) {
        push(this.orgsByHead, head, cl);
      }
    }
    return cl;
  }

  addFullName(p: Placed): void {
    const w = p.c.words, key = w.join(' ');
    // "Robert J. Hale" and "Bob Hale", "Mary Lewis Carter" and "Mary Carter": one person, by given name (or
    // its formal form) and surname, whatever middle names or initials stand between.
    const firstLastKeys = givenNameKeys(w[0]).map(given => `${given}|${surnameOf(w)}`);
    let cl = this.persons.get(key) ?? firstLastKeys.map(fl => this.firstLast.get(fl)).find(Boolean);
    if (!cl) {
      cl = this.newCluster('person', key);
      for (const fl of firstLastKeys) {
        if (!this.firstLast.has(fl)) {
          this.firstLast.set(fl, cl);
        }
      }
      push(this.byLast, bare(surnameOf(w)), cl);
      push(this.byFirst, w[0], cl);
      for (const inner of w.slice(1, -1)) {
        if (!has(NAME_PARTICLES, inner)) {
          push(this.byInner, inner, cl);
        }
      }
    }
    cl.gender ??= genderOf(p.c);
    cl.members.push(p);
    cl.fullStarts.push(p.c.start);
  }

  addOrg(p: Placed): Cluster {
    const key = orgKey(p.c.words);
    const cl = this.orgs.get(key) ?? this.newCluster('org', key);
    cl.members.push(p);
    return cl;
  }

  /** The entity a short form ("Whitlock", "Mr Whitlock", "von der Leyen", "Xi") refers to, if any. */
  findShort(p: Placed, kind: CandidateKind): Cluster | undefined {
    const c = p.c, key = c.words.join(' ');
    const exact = this.persons.get(key);
    if (exact) {
      return exact;
    }
    const org = this.orgs.get(orgKey(c.words));
    if (org && kind !== 'person') {
      return org;
    }
    // "Hanseong" for "Hanseong Energy Solutions": an unknown word that starts one organisation's name.
    const orgByFirst = c.words.length === 1 && c.evidence & Evidence.UnknownWords ? this.orgsByFirst.get(key) : undefined;
    if (orgByFirst?.length === 1 && kind !== 'person') {
      return orgByFirst[0];
    }
    // Of several, a firm named after its partners ("Hollis, Brandt & Co.") is the one its first partner's name stands for.
    const firms = orgByFirst && kind !== 'person' ? orgByFirst.filter(isFirm) : [];
    if (firms.length === 1) {
      return firms[0];
    }
    // "the Commission" for "European Commission", "the Bank" for "Bank of Japan": the noun a name is built
    // on, capitalised on its own, refers to the one organisation of the article so named.
    const lower = key.toLowerCase();
    const orgByHead = c.words.length === 1 && kind !== 'person' && has(ORG_HEADS, lower) ? this.orgsByHead.get(lower) : undefined;
    if (orgByHead?.length === 1) {
      return orgByHead[0];
    }
    if (kind === 'org' || kind === 'place') {
      return undefined;
    }
    // A short form's gender comes from its honorific only: its first word is not a first name ("Dela Cruz").
    const g = c.honorific?.gender;
    if (c.lead) {
      const widened = this.persons.get(`${c.lead.word} ${key}`);
      if (widened) {
        p.start = c.lead.start;
        return widened;
      }
    }
    const sameSurname = (this.byLast.get(bare(surnameOf(c.words))) ?? []).filter(cl => isSuffix(c.words, cl.key));
    const sameGender = g ? sameSurname.filter(cl => cl.gender === g) : [];
    const fitting = sameGender.length ? sameGender : sameSurname.filter(cl => compatible(cl, g));
    if (fitting.length) {
      return nearest(fitting, c.start);
    }
    // A full name whose surname so far stood alone ("Mr Sunak" … "Rishi Sunak").
    const bySingle = c.words.length > 1 ? this.persons.get(c.words[c.words.length - 1]) : undefined;
    if (bySingle && compatible(bySingle, g)) {
      return bySingle;
    }
    // A family name written first ("Xi" of "Xi Jinping"), or a first name alone: only when one person fits.
    const byFirst = c.words.length === 1 ? (this.byFirst.get(key) ?? []).filter(cl => compatible(cl, g)) : [];
    if (byFirst.length === 1) {
      return byFirst[0];
    }
    // "Park" when "Park Ji-hoon" and later "Park Min-seo" are named: the family name alone stands for the
    // person the article introduced first (a namesake named later is called by the full name again).
    if (byFirst.length > 1 && byFirst.every(cl => FAMILY_NAME_FIRST.test(cl.members[0]?.c.text ?? ''))) {
      return byFirst.reduce((a, b) => (b.fullStarts[0] ?? Infinity) < (a.fullStarts[0] ?? Infinity) ? b : a);
    }
    // A surname in the middle of a full name ("Cheung" of "Alvin Cheung Ka-wai").
    const byInner = c.words.length === 1 ? (this.byInner.get(key) ?? []).filter(cl => compatible(cl, g)) : [];
    return byInner.length === 1 ? byInner[0] : undefined;
  }

  attach(cl: Cluster, p: Placed): void {
    // A full name's gender comes from its first name; a surname-only entity's from its honorifics.
    if (!cl.fullStarts.length) {
      cl.gender ??= genderOf(p.c);
    }
    cl.members.push(p);
  }
}

/** A family name written first, then a hyphenated given name (Korean, Hong Kong and Taiwanese romanisation: "Park Ji-hoon"). */
const FAMILY_NAME_FIRST = /^\S+ \p{Lu}\p{Ll}+-\p{Ll}+$/u;

const PERSON_EVIDENCE = Evidence.Title | Evidence.Honorific | Evidence.Appositive | Evidence.FirstName | Evidence.PluralTitle | Evidence.SaysHe;

function isFullName(c: NameCandidate): boolean {
  return c.words.length > 1 && !has(NAME_PARTICLES, c.words[0]);
}

/**
 * Clusters of the document's candidates (in document order); candidates that name nothing are left out, and
 * so are those in `skip` (replaced by the user's alias forms).
 */
export function clusterCandidates(placed: readonly Placed[], skip: ReadonlySet<Placed> = new Set()): Cluster[] {
  const k = new Clustering();
  const places = placesByUse(placed.map(p => p.c));
  const teams = teamsByUse(placed.map(p => p.c));
  const kinds = placed.map(p => {
    const kind = teams.has(p.c.words.join(' ')) ? 'org' : kindOf(p.c);
    const personLike = kind === 'person' || (kind === 'unknown' && isStandalonePerson(p.c));
    return personLike && places.has(p.c.words.join(' ')) ? 'place' : kind;
  });
  const clusterOf = new Map<Placed, Cluster>();
  const done = new Set<number>(placed.flatMap((p, i) => (skip.has(p) ? [i] : [])));
  // "Correia de Souza", "Bittencourt Filho": a multiword form that ends a longer full name shortens it.
  const shortened = new Set<string>();
  placed.forEach((p, i) => {
    if (kinds[i] === 'person' && isFullName(p.c)) {
      for (let n = 1; n < p.c.words.length - 1; n++) {
        shortened.add(p.c.words.slice(n).join(' '));
      }
    }
  });
  // Founded only by an unknown word that speaks: kept if the document uses the name more than once.
  const tentative = new Set<Cluster>();
  placed.forEach((p, i) => {
    if (!done.has(i) && kinds[i] === 'org') {
      clusterOf.set(p, k.addOrg(p));
      done.add(i);
    }
  });
  placed.forEach((p, i) => {
    if (done.has(i) || kinds[i] !== 'person' || !isFullName(p.c) || shortened.has(p.c.words.join(' '))) {
      return;
    }
    // Two unknown words that an organisation's fuller name begins with ("Rift Blooms" of "Rift Blooms Ltd").
    const org = (p.c.evidence & PERSON_EVIDENCE) === 0 ? k.orgs.get(orgKey(p.c.words)) : undefined;
    if (org) {
      org.members.push(p);
      clusterOf.set(p, org);
    } else {
      k.addFullName(p);
    }
    done.add(i);
  });
  // A nickname ("X, known as Y") joins the person it names.
  placed.forEach((p, i) => {
    const named = p.c.expands !== undefined && !done.has(i) && kinds[i] !== 'org' ? placed[p.c.expands] : undefined;
    const cl = named && k.all.find(c => c.kind === 'person' && c.members.includes(named));
    if (cl) {
      k.attach(cl, p);
      done.add(i);
      // Later uses of the nickname alone are the same person.
      const key = p.c.words.join(' ');
      if (!k.persons.has(key)) {
        k.persons.set(key, cl);
      }
    }
  });
  // Short forms with their own evidence ("Mr Orlov", a known surname that speaks) may found an entity.
  placed.forEach((p, i) => {
    if (done.has(i) || !(kinds[i] === 'person' || (kinds[i] === 'unknown' && isStandalonePerson(p.c)))) {
      return;
    }
    let cl = k.findShort(p, 'person');
    if (!cl) {
      cl = k.newCluster('person', p.c.words.join(' '));
      if (kinds[i] !== 'person' && !isKnownSurname(p.c)) {
        tentative.add(cl);
      }
    }
    k.attach(cl, p);
    done.add(i);
  });
  // The rest only join an entity found with better evidence.
  placed.forEach((p, i) => {
    if (done.has(i) || kinds[i] === 'place' && !(p.c.evidence & Evidence.Honorific)) {
      return;
    }
    const cl = k.findShort(p, kinds[i]);
    if (cl) {
      k.attach(cl, p);
      clusterOf.set(p, cl);
      done.add(i);
    }
  });
  // Unknown single words left over that recur name a body ("Feyenoord … Feyenoord").
  const bodies = new Map<string, Placed[]>();
  placed.forEach((p, i) => {
    if (!done.has(i) && isUnknownBody(p.c)) {
      push(bodies, p.c.words[0], p);
    }
  });
  for (const [key, members] of bodies) {
    if (usedAsBody(members.map(p => p.c)) && !k.orgs.has(key)) {
      const cl = k.newCluster('org', key);
      members.forEach(p => {
        cl.members.push(p);
        clusterOf.set(p, cl);
      });
    }
  }
  return mergeOrgForms(k.all, placed, clusterOf).filter(cl => !tentative.has(cl) || cl.members.length > 1);
}

/** The fullest form used: most words, then longest. */
export function canonicalOf(cl: Cluster, text: string): string {
  let best = cl.members[0];
  for (const m of cl.members) {
    const words = m.c.words.length, bestWords = best.c.words.length;
    if (words > bestWords || (words === bestWords && m.c.end - m.c.start > best.c.end - best.c.start)) {
      best = m;
    }
  }
  return text.slice(best.start ?? best.c.start, best.c.end);
}
