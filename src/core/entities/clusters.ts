// Groups a document's candidate names into entities: full names first, then surname-only and honorific forms
// join the full name they shorten (two people sharing a surname never merge: the form goes to the one named
// most recently, gender permitting), abbreviations join their expansion. Linear in the number of candidates:
// every lookup is a map by word.
import { isFirm, isFollowersBody, mergeOrgForms, namedAfterTown, orgHeadOf } from './orgForms';
import { SPORT_NAMES } from '../lexicon/gazetteer/sports';
import { endsInCompanyHead, withoutClubForm, withoutDesignator } from './words';
import { isKnownSurname, isStandalonePerson, isUnknownBody, kindOf, kindsByUse, nameKeys, namedPersonSurnames, placesByUse, townsByUse, undoBodyReading, usedAsBody, type CandidateKind } from './kind';
import { demonymCountries, placesOfBodies, regionFirstWords } from './kindRules';
import { Evidence, type Cluster, type EvidenceFlags, type Gender, type NameCandidate, type Placed } from './types';
import { ACADEMIC_FIELD_NOUNS, ACADEMIC_UNIT_HEADS, BROADCAST_SERVICE_WORDS, CLUB_PREFIXES, COMPANY_HEADS, PLACE_FIRST_HEADS, FOUNDER_NAMED_INSTITUTION_HEADS, GIVEN_NAME_PARTICLES, INSTITUTION_SHORT_FORM_HEADS, INVERTIBLE_BODY_HEADS, IRISH_SURNAME_PARTICLES, headLastOfInvertible, KIN_NOUNS, KUNYA_OPENERS, NAME_PARTICLES, NAME_SUFFIXES, ORG_HEADS, PEOPLE_PLURAL_HEADS, PLACE_HEADS, STREET_FIRM_ENDINGS, UNIVERSITY_SHORT_FORM_ENDINGS, givenNameKeys, has } from '../lexicon/entities';
import { CLUB_NAME_ENDINGS } from '../lexicon/gazetteer/sports';
import { push } from './multimap';
import { PARTY_MEMBER_NOUNS } from '../lexicon/names';
import { UnionFind } from './unionFind';

/** Evidence that a body is a side in sport: named as a team or beside a result. */
const SIDE_EVIDENCE = Evidence.Team | Evidence.Result;

/**
 * "Ferries were cancelled" beside "Marwick Ferries", "Airlines across Europe warned" beside "Vardo Airlines": a plural
 * head noun alone, capitalised only because it opens a sentence or a headline, is the common noun (ferries, airlines
 * in general), not the one body whose name ends in it. A side's plural nickname still names the side ("Rovers won
 * 2-0" beside "Marwick Rovers"): a club ending (list club-name-endings), or a body the document shows as a team.
 */
function isCommonPluralOpener(candidate: NameCandidate, body: Cluster): boolean {
  const word = candidate.words[0].toLowerCase();
  const plural = word.length > 3 && word.endsWith('s') && !word.endsWith('ss');
  return plural && (candidate.evidence & Evidence.Opener) !== 0n && !CLUB_NAME_ENDINGS.has(word)
    && !body.members.some(member => (member.c.evidence & SIDE_EVIDENCE) !== 0n);
}

/** The surname of a full name: its last word that is not a generational suffix ("Bishop" in "… Bishop Jr"). */
function surnameOf(words: readonly string[]): string {
  let i = words.length - 1;
  while (i > 0 && has(NAME_SUFFIXES, words[i])) {
    i--;
  }
  return words[i];
}

/**
 * Fewest and most letters of a body's clipped name ("the Vard", "the Pell", "the Fed"; not "the Ma"): a longer word after
 * "the" is more often a word of its own ("the Union", "the Nation", "the State"), whatever body it opens.
 */
const MIN_CLIPPED_LETTERS = 3;
const MAX_CLIPPED_LETTERS = 4;
/** Endings that derive a word from another ("Unionist" of "Union", "Nationals"), not what a clipped name leaves off. */
const DERIVING_ENDINGS = /^(?:s|es|al|ial|ist|ists|ism|ian|ians|ese|ish|ic|ics|ity|ern|er|ers|ing|ed|ly|n)$/;

export function orgKey(words: readonly string[]): string {
  return placeFirst(withoutNewsService(withoutDesignator(words[0] === 'the' && words.length > 1 ? words.slice(1) : words))).join(' ');
}

/**
 * "Kelso TV News", "KELSO TV NEWS | Live" beside "told Kelso TV": a broadcaster's radio or TV word (list
 * broadcast-service-words) before a closing "news" names the broadcaster's news service, the broadcaster itself, so
 * both are keyed without "news".
 */
function withoutNewsService(words: readonly string[]): readonly string[] {
  const n = words.length;
  return n >= 3 && words[n - 1] === 'news' && has(BROADCAST_SERVICE_WORDS, words[n - 2]) ? words.slice(0, -1) : words;
}

/**
 * "university of harwick" keyed as "harwick university" (a name's lower-cased words): a head that copy writes before
 * "of" and its town or after the town (list place-first-heads) is keyed in the second order, so both forms name one
 * body; "University of the Arts" keeps its order.
 */
function placeFirst(words: readonly string[]): readonly string[] {
  return words.length >= 3 && has(PLACE_FIRST_HEADS, words[0]) && words[1] === 'of' && words.slice(2).every(word => word !== 'the')
    ? [...words.slice(2), words[0]] : words;
}

/**
 * "department of fisheries" ↔ "fisheries department": a government head written first with "of" or last without it
 * (list invertible-body-heads; `headLastOfInvertible`, which link.ts `headLast` reads across documents) names one body in one article too. The
 * key keeps the order as written (an abbreviation, "MoD", spells it; a short form opens it), so the other order is only
 * looked up when a body is added; none for "Department of the Interior" or a head alone.
 */
function otherOrder(key: string): string | undefined {
  const words = key.split(' ');
  const headLast = words.includes('the') ? undefined : headLastOfInvertible(words);
  if (headLast) {
    return headLast.join(' ');
  }
  const last = words[words.length - 1];
  return words.length >= 2 && has(INVERTIBLE_BODY_HEADS, last) && !words.includes('of') ? [last, 'of', ...words.slice(0, -1)].join(' ') : undefined;
}

function genderOf(candidate: NameCandidate): Gender | undefined {
  return candidate.honorific?.gender ?? candidate.gender;
}

function compatible(cl: Cluster, gender: Gender | undefined): boolean {
  return !gender || !cl.gender || cl.gender === gender;
}

/**
 * A body whose name ends in a company's head or legal form (list company-heads: "Kelso Motors", "Kelso Automotive
 * Inc"; words.ts `endsInCompanyHead`), or is built on one before "of" (orgForms.ts `orgHeadOf`). Read on the
 * cluster's key, one word too, with no evidence asked: an owner's surname is checked against every body its word
 * opens, as the names were written.
 */
function isCompanyCluster(org: Cluster): boolean {
  return endsInCompanyHead(org.key.split(' ')) || has(COMPANY_HEADS, orgHeadOf(org.key) ?? '');
}

/** A body of followers ("Kelso Supporters' Trust") or one that opens with another's whole name ("Kelso Athletic Supporters' Trust"). */
function isFollowersBodyOf(org: Cluster, others: readonly Cluster[]): boolean {
  return isFollowersBody(org) || others.some(other => other !== org && org.key.startsWith(`${other.key} `));
}

/** A surname without an Arabic-style particle prefix, for matching ("al-khatib" ~ "khatib"). */
function bare(word: string): string {
  const dash = word.indexOf('-');
  return dash > 0 && has(NAME_PARTICLES, word.slice(0, dash)) ? word.slice(dash + 1) : word;
}

function isSuffix(part: readonly string[], whole: string): boolean {
  const strip = (words: readonly string[]) => words.slice(0, words.indexOf(surnameOf(words)) + 1).map(bare).join(' ');
  const tail = strip(part), full = strip(whole.split(' '));
  return full === tail || full.endsWith(' ' + tail);
}

/**
 * "Ana Ruiz" of "Ana Ruiz Sastre": a given name with the first of two surnames. Spanish and Portuguese names carry two
 * surnames and copy drops the second at will ("Héctor Ruiz Sastre" … "I will call Héctor Ruiz"), so the two forms are
 * one person. Only a plain name of three or more words: no particle ("de la Fuente Ortiz" is read by
 * endsBeforeSecondSurname), no initial ("Robert J. Hale"), no generational suffix after the surname.
 */
function givenAndFirstSurname(words: readonly string[]): string | undefined {
  const n = words.length;
  if (n < 3 || surnameOf(words) !== words[n - 1] || words.some(word => has(NAME_PARTICLES, word.toLowerCase()) || /^\p{L}\.?$/u.test(word) || INITIALS.test(word))) {
    return undefined;
  }
  return `${words[0]} ${words[n - 2]}`;
}

/** Whether `part` ("de la Fuente") stands inside the full name `whole` after its given name, with one surname after it. */
function endsBeforeSecondSurname(whole: string, part: readonly string[]): boolean {
  const full = whole.toLowerCase().split(' '), inner = part.map(word => word.toLowerCase());
  const at = full.length - 1 - inner.length;
  return at >= 1 && !has(NAME_SUFFIXES, full[full.length - 1]) && inner.every((word, offset) => full[at + offset] === word);
}

/**
 * Of several people sharing a surname, the one the article already called by this short form alone before it, when
 * only one was: a namesake introduced later ("Dana Kelso … Kelso said … her husband, Ivo Kelso") is told apart by
 * his full name, and the short form stays with the person it stood for.
 */
function calledSoBefore(clusters: readonly Cluster[], candidate: NameCandidate): Cluster | undefined {
  const key = candidate.words.join(' ');
  const owners = clusters.filter(cl => cl.members.some(member => member.c.start < candidate.start && member.c.words.length === candidate.words.length
    && member.c.words.join(' ') === key));
  return owners.length === 1 ? owners[0] : undefined;
}

/**
 * Evidence that a use of a name speaks: the subject before a reporting verb, or after a quotation. Not Evidence.Speaker,
 * which an inverted "said X" also sets where X opens the reported clause ("The coroner said Owen Tallis had …").
 */
const SPEAKS = Evidence.SpeechSubject | Evidence.QuotedSpeaker;

/**
 * "Owen Tallis, 24, died in May … His father, Carl Tallis, said … “…,” Mr Tallis said": of namesakes a speaking short
 * form with a courtesy title fits alike, the one the article shows speaking, when only one does: the person the story is
 * about (a victim, a patient) is often never quoted, and a relative introduced to speak for them is the one "Mr X said"
 * names, though the form stood for the other before. Copy that titles its people picks the title for each mention; a
 * bare surname ("Kelso said", "Vardo said") is the running name of the article's principal, whom a namesake quoted
 * once does not displace, so it is left to the rules after this. Not when the form does not speak, nor when several
 * namesakes speak (the form the article already used decides then, calledSoBefore).
 */
function onlySpeakingNamesake(clusters: readonly Cluster[], candidate: NameCandidate): Cluster | undefined {
  if (candidate.honorific === undefined || (candidate.evidence & SPEAKS) === 0n) {
    return undefined;
  }
  const speaking = clusters.filter(cl => cl.members.some(member => member.c.start < candidate.start && (member.c.evidence & SPEAKS) !== 0n));
  return speaking.length === 1 ? speaking[0] : undefined;
}

/**
 * "Aled Rusk … His wife, Maris Rusk, … Mrs Rusk said": of namesakes a gendered short form fits alike (no first name
 * tells either's sex), the one a kin noun introduced with that sex, when only one was; the form the article already used
 * for one of them decides before this ("Mr Kazemura" stays the son's after "His father, Isao Kazemura").
 */
function onlyOfKinGender(clusters: readonly Cluster[], gender: Gender | undefined): Cluster | undefined {
  const kin = gender === undefined ? [] : clusters.filter(cl => cl.gender === undefined && cl.kinGender === gender);
  return kin.length === 1 ? kin[0] : undefined;
}

/** Whether a role names a kin relation ("husband", "late wife"): its last word is a kin noun. */
function isKinRole(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/);
  return has(KIN_NOUNS, words[words.length - 1]);
}

/**
 * A person the article names in full only as someone's relative ("her husband, Ivo Kelso,", "their son, Kai Kelso"):
 * every full-name mention carries a kin relation as its role. Named again in full without it, the relative has become a
 * person of the story in their own right.
 */
function onlyAsRelative(cl: Cluster): boolean {
  const full = cl.members.filter(member => cl.fullStarts.includes(member.c.start));
  return full.length > 0 && full.every(member => member.roles.some(role => isKinRole(role.text)));
}

/**
 * Of several namesakes a lone surname may name, the ones it is read as first: a relative introduced only through
 * the relation ("Dana Kelso … her husband, Ivo Kelso, … Kelso said") does not take the surname from a namesake the
 * article names in their own right; the writer who meant the relative says "Mr Kelso" (gender decides before this)
 * or names him in full again. All of them when every one is such a relative, or none is.
 */
function principals(clusters: readonly Cluster[]): readonly Cluster[] {
  const own = clusters.filter(cl => !onlyAsRelative(cl));
  return own.length ? own : clusters;
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
  return best ?? [...clusters].sort((left, right) => left.fullStarts[0] - right.fullStarts[0])[0];
}

/**
 * Of several bodies, the one club they all are, written with and without its form ("Kelso Rovers", "Kelso Rovers FC";
 * words.ts `withoutClubForm`): the name without the form; undefined where two of them differ in more than that.
 */
function oneClubWithItsForms(bodies: readonly Cluster[]): Cluster | undefined {
  const stems = new Set(bodies.map(body => withoutClubForm(body.key.toLowerCase().split(' ')).join(' ')));
  const [stem] = stems;
  return stems.size === 1 ? bodies.find(body => body.key.toLowerCase() === stem) : undefined;
}

/** Of several bodies, the one with more mentions so far than any other; undefined on a tie. */
function mostNamedBody(bodies: readonly Cluster[]): Cluster | undefined {
  const sorted = [...bodies].sort((left, right) => right.members.length - left.members.length);
  return sorted[0].members.length > sorted[1].members.length ? sorted[0] : undefined;
}

/** The clusters made so far, indexed by the words a later form may match them by. */
export class Clustering {
  readonly persons = new Map<string, Cluster>();
  readonly orgs = new Map<string, Cluster>();
  /** The opening words of every key of `orgs` ("kelso", "kelso general" of "kelso general hospital"), as they are written in the key. */
  private readonly orgOpenings = new Set<string>();
  private readonly firstLast = new Map<string, Cluster>();
  /** "J|Bellamy" → the one person named in full with that initial and surname ("Joss Bellamy"), or null when two are. */
  private readonly byInitialLast = new Map<string, Cluster | null>();
  private readonly byLast = new Map<string, Cluster[]>();
  private readonly byFirst = new Map<string, Cluster[]>();
  private readonly byInner = new Map<string, Cluster[]>();
  /** "Ana Ruiz" → the one person named "Ana Ruiz Sastre" (givenAndFirstSurname), or null when two such names share it. */
  private readonly byGivenAndFirstSurname = new Map<string, Cluster | null>();
  /** "abu tarek" → the one person named in full by that kunya and more ("Abu Tarek al-Wardi"), or null when two are. */
  private readonly byKunya = new Map<string, Cluster | null>();
  private readonly orgsByFirst = new Map<string, Cluster[]>();
  private readonly orgsByHead = new Map<string, Cluster[]>();
  /** Bodies by the town a club of that name would be named after (clubTownsOf); read by clubOfTown once per candidate. */
  private readonly orgsByClubTown = new Map<string, Cluster[]>();
  readonly all: Cluster[] = [];
  /** The one union-find of entity resolution: every cluster made is a set of it; the merging steps unite them. */
  readonly sets = new UnionFind<Cluster>();

  /**
   * @param bodyWords one-word names that some use in the document shows as a body itself (bodyWordsOf).
   * @param personWords one-word names that some use shows speaking or titled as a person (personWordsOf).
   * @param relativeWords one-word names that some use shows before a person's ", who" (Evidence.PersonRelative).
   * @param honorificWords one-word names that some use shows after an honorific ("Mr. Revik").
   * @param bodyUseWords one-word names that the words around some use show as a body (Evidence.BodyUse), not the tagger alone.
   */
  constructor(private readonly bodyWords: ReadonlySet<string> = new Set(), private readonly personWords: ReadonlySet<string> = new Set(),
    private readonly relativeWords: ReadonlySet<string> = new Set(), private readonly honorificWords: ReadonlySet<string> = new Set(),
    private readonly bodyUseWords: ReadonlySet<string> = new Set()) {}

  newCluster(kind: 'person' | 'org', key: string): Cluster {
    const cl: Cluster = { kind, key, members: [], fullStarts: [] };
    this.all.push(cl);
    this.sets.add(cl);
    (kind === 'person' ? this.persons : this.orgs).set(key, cl);
    if (kind === 'org') {
      for (let space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) {
        this.orgOpenings.add(key.slice(0, space));
      }
    }
    const personWords = kind === 'person' ? key.split(' ') : undefined;
    const kunya = personWords && personWords.length > 2 ? kunyaOf(personWords) : undefined;
    if (kunya) {
      this.byKunya.set(kunya, this.byKunya.has(kunya) ? null : cl);
    }
    if (kind === 'org' && key.includes(' ')) {
      push(this.orgsByFirst, key.split(' ')[0], cl);
      const head = orgHeadOf(key);
      if (head) {
        push(this.orgsByHead, head, cl);
      }
      for (const town of clubTownsOf(key)) {
        push(this.orgsByClubTown, town, cl);
      }
    }
    return cl;
  }

  /** Whether some body's key opens with these words and goes on after a space ("kelso general" of "kelso general hospital"). */
  opensOrgKey(words: string): boolean {
    return this.orgOpenings.has(words);
  }

  /** The bodies a club named after `town` could be ("Kelso Rovers", "Kelso Athletic Ladies", "Real Kelso"), whether clubs or not. */
  bodiesNamedAfterTown(town: string): readonly Cluster[] {
    return this.orgsByClubTown.get(town) ?? [];
  }

  addFullName(placed: Placed): void {
    const w = placed.c.words, key = w.join(' ');
    // "Robert J. Hale" and "Bob Hale", "Mary Lewis Carter" and "Mary Carter": one person, by given name (or
    // its formal form) and surname, whatever middle names or initials stand between.
    // A kunya's name stands as the given name ("Abu Tarek al-Wardi" → tarek), so two kunyas of one family stay two men.
    const firstLastKeys = givenNameKeys(kunyaOf(w) && w.length > 2 ? w[1] : w[0]).map(given => `${given}|${surnameOf(w)}`);
    // "J Bellamy" in a scorecard beside "Joss Bellamy": an initial and a surname are the one person named in full so.
    const initialKey = `${w[0].charAt(0)}|${surnameOf(w)}`;
    const initialOnly = isInitialAndSurname(w);
    // A given name and the first of two surnames, whichever of the two forms came first ("Ana Ruiz", "Ana Ruiz Sastre").
    // Only where every word is a name's, none a word of the lexicon: not a headline's run of title-case words ("Ana Ruiz
    // Wins"), nor one ending in a word of no surname's shape ("Ana Ruiz T-shirts").
    const lastWritten = placed.c.text.slice(placed.c.text.lastIndexOf(' ') + 1);
    const namesOnly = (placed.c.evidence & Evidence.UnknownWords) !== 0n && (placed.c.evidence & Evidence.Weak) === 0n;
    const firstSurnameForm = namesOnly && SURNAME_SHAPE.test(lastWritten) ? givenAndFirstSurname(w) : undefined;
    let cl = this.persons.get(key) ?? (initialOnly ? this.byInitialLast.get(initialKey) ?? undefined : firstLastKeys.map(fl => this.firstLast.get(fl)).find(Boolean))
      ?? (w.length === 2 ? this.byGivenAndFirstSurname.get(key) ?? undefined : firstSurnameForm ? this.persons.get(firstSurnameForm) : undefined);
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
    if (firstSurnameForm) {
      const known = this.byGivenAndFirstSurname.get(firstSurnameForm);
      this.byGivenAndFirstSurname.set(firstSurnameForm, known === undefined || known === cl ? cl : null);
    }
    if (!initialOnly) {
      // Two people of one initial and surname ("Joss" and "Jude Bellamy"): an initial alone names neither.
      const known = this.byInitialLast.get(initialKey);
      this.byInitialLast.set(initialKey, known === undefined || known === cl ? cl : null);
    }
    cl.gender ??= genderOf(placed.c);
    cl.kinGender ??= placed.c.kinGender;
    cl.members.push(placed);
    cl.fullStarts.push(placed.c.start);
    // "Jonas "Vex" Albrecht" … "Vex said": the nickname inside the full name names the person alone, unless it is already a name of its own.
    if (placed.c.nickname && !this.persons.has(placed.c.nickname)) {
      this.persons.set(placed.c.nickname, cl);
    }
  }

  /** A one-word name that is the nickname of a person named in full with it ("Vex" of "Jonas "Vex" Albrecht"). */
  isNicknameOfPerson(candidate: NameCandidate): boolean {
    const cl = candidate.words.length === 1 ? this.persons.get(candidate.words[0]) : undefined;
    return cl !== undefined && cl.members.some(member => member.c.nickname === candidate.words[0]);
  }

  addOrg(placed: Placed): Cluster {
    const key = orgKey(placed.c.words);
    const other = otherOrder(key);
    let cl = this.orgs.get(key) ?? (other === undefined ? undefined : this.orgs.get(other));
    if (!cl) {
      cl = this.newCluster('org', key);
      // "J. Kelso & Sons", "C.V. Kelso & Co": a firm whose name opens with initials is called by the surname after them.
      const initials = placed.c.text.split(/\s+/).findIndex(word => !INITIALS.test(word));
      if (initials > 0 && initials < placed.c.words.length - 1 && key.startsWith(placed.c.words.slice(0, initials + 1).join(' '))) {
        push(this.orgsByFirst, placed.c.words[initials], cl);
      }
    }
    cl.members.push(placed);
    return cl;
  }

  /** The entity a short form ("Whitlock", "Mr Whitlock", "van der Lahn", "Qu") refers to, if any. */
  findShort(placed: Placed, kind: CandidateKind): Cluster | undefined {
    const exact = this.persons.get(placed.c.words.join(' '));
    if (exact) {
      return exact;
    }
    const org = kind === 'person' ? undefined : this.findOrgShort(placed.c);
    // A word that starts a body named after it as its town ("Kelso" beside "Kelso Evening Post") is the town: no one's short form.
    const town = kind === 'unknown' && placed.c.words.length === 1 && this.opensTownNamedBody(placed.c.words[0]);
    if (org || kind === 'org' || kind === 'place' || town) {
      return org;
    }
    // "Revik says warranties will be honored" beside "Mr Revik - the guy, not the car company": a bare surname that some
    // use shows as a body, in copy that gives the person an honorific, is the company named after them, not the person.
    // Only where the article names a body that the word opens, or the words around a use show the body itself ("Revik,
    // the truck maker,"): where only the tagger read a body into one use ("Sen. Revik" … "several Revik allies"), the
    // surname stays the person's.
    if (placed.c.words.length === 1 && this.bodyWords.has(placed.c.words[0]) && this.keepsHonorificForPerson(placed.c, placed.c.words[0], false)
      && this.shownAsBody(placed.c.words[0])) {
      return undefined;
    }
    return this.findPersonShort(placed);
  }

  /** A word that opens the name of a body of the article ("Revik" of "Revik Automotive Inc."), or that a use shows as a body by the words around it. */
  private shownAsBody(word: string): boolean {
    return (this.orgsByFirst.get(word)?.length ?? 0) > 0 || this.bodyUseWords.has(word);
  }

  /** A word that starts a body named after it as its town ("Kelso" of "Kelso Evening Post", "Marwick" of "Marwick Borough Council"). */
  opensTownNamedBody(word: string): boolean {
    return (this.orgsByFirst.get(word) ?? []).some(namedAfterTown);
  }

  /**
   * "The Pell said", "officers from the Vard" beside "the Pellamy Assurance Company", "the Vardona Police": one
   * word of three or four letters after "the" that is the opening of the first word of one body the article names in
   * full (of several words), and not that word whole, is the body's clipped name. Where it opens the first words of
   * two bodies, or of none, it is no one's.
   */
  private clippedBody(candidate: NameCandidate): Cluster | undefined {
    const [word] = candidate.words;
    if (candidate.words.length !== 1 || word.length < MIN_CLIPPED_LETTERS || word.length > MAX_CLIPPED_LETTERS || !(candidate.evidence & Evidence.AfterArticle)) {
      return undefined;
    }
    const bodies = [...this.orgsByFirst].filter(([first]) => first.length > word.length && first.startsWith(word) && !DERIVING_ENDINGS.test(first.slice(word.length)))
      .flatMap(([, orgs]) => orgs)
      .filter(body => body.key.split(' ').length > 1);
    return bodies.length === 1 ? bodies[0] : undefined;
  }

  /** The organisation a short form names: its own key, an unknown first word, a firm's first partner, a head noun. */
  private findOrgShort(candidate: NameCandidate): Cluster | undefined {
    const key = candidate.words.join(' ');
    const org = this.orgs.get(orgKey(candidate.words));
    if (org) {
      return org;
    }
    const clipped = this.clippedBody(candidate);
    if (clipped) {
      return clipped;
    }
    // "Hanseong" for "Hanseong Energy Solutions": an unknown word that starts one organisation's name.
    // None where a body is named after the word as its town ("staff at Kelso" beside "Kelso Evening Post"): the word alone is the town.
    // Nor the surname of a person named in full ("Threlfall" beside "Owain Threlfall" and "Threlfall Chemists"): the
    // owner, as a family firm is called by its full name; unless a use of the word alone shows the body itself ("the
    // biscuit maker Ashworth", "shares in Ashworth"). Where several of the family are named ("Margaret" and "Joseph
    // Ashworth"), the surname alone is the family's firm unless it speaks somewhere ("Quenby said"), as a person does.
    const family = this.byLast.get(bare(key)) ?? [];
    // A firm of partners or of a family joined by "&" ("T. Kelso & Sons", "Kelso, Marr & Co.") is still the one its
    // surname stands for.
    // "… chief executive of Harwood. Outgoing chairman Giles Harwood … “…,” Harwood said.": where another use shows the
    // word alone as the family's firm, a use that speaks a quotation right before it is still the one person of that surname.
    const speaks = family.length === 1 && (candidate.evidence & Evidence.QuotedSpeaker) !== 0n && (candidate.evidence & (Evidence.BodyUse | Evidence.OrgTag)) === 0n;
    const ownerSurname = (family.length === 1 || (family.length > 1 && this.personWords.has(key))) && (!this.bodyWords.has(key) || speaks);
    // "Dana" beside "Sir Dana Kelso" and "the Dana and Rosa Kelso Foundation": the given name alone of a person the
    // article names in full is theirs ("Sir Dana", "Dana and I"), not the short form of a body named after them.
    const namedAfterOne = (org: Cluster) => namedAfterPerson(org) && (this.byFirst.get(key) ?? []).some(person => org.key.split(' ').includes(surnameOf(person.key.split(' '))));
    const opened = candidate.words.length === 1 && candidate.evidence & Evidence.UnknownWords
      ? this.orgsByFirst.get(key)?.filter(org => !namedAfterOne(org)) : undefined;
    // Of several of the family, the surname alone is no body when every body it opens is built on a non-trade head and
    // so named after one of them ("Threlfall's money" beside "Josiah" and "Margaret Threlfall" and "the Threlfall
    // Foundation"): a foundation, a school or a hospice is called by its full name, a firm by its first word (list
    // company-heads).
    const familyOrg = (org: Cluster) => isFirm(org) || org.key.includes('&');
    // "a gift to Kelso" beside "Kelso University" and its founder "Edith Kelso": a university or a college is called by its
    // first word alone (list founder-named-institution-heads), unless a use of the word alone speaks or is titled as a person.
    const foundedBy = (org: Cluster) => has(FOUNDER_NAMED_INSTITUTION_HEADS, orgHeadOf(org.key) ?? '') && org.key.split(' ').length === 2;
    const namedAfterFamily = (org: Cluster) => !familyOrg(org) && has(ORG_HEADS, orgHeadOf(org.key) ?? '') && !has(COMPANY_HEADS, orgHeadOf(org.key) ?? '');
    // The one person's surname followed somewhere by ", who" ("Kelso, who now runs Kelso & Sons, …") is that person
    // in every use, whatever firm it also names.
    const starts = ownerSurname && this.relativeWords.has(key) ? undefined
      : ownerSurname ? opened?.filter(org => familyOrg(org) || (foundedBy(org) && !this.personWords.has(key)))
      : family.length > 1 && !this.bodyWords.has(key) && opened?.every(namedAfterFamily) ? undefined
        : opened;
    // "Mr. Revik, 44, founded the company … Revik listed liabilities" beside "Revik Automotive Inc.": in copy that calls
    // the owner "Mr X", the bare surname is the one company named after them (a company's head ends its name), not a
    // campaign or a foundation so named ("Kelso for Senate").
    const companies = ownerSurname && this.keepsHonorificForPerson(candidate, key, speaks) ? (opened ?? []).filter(isCompanyCluster) : [];
    if (companies.length === 1) {
      return companies[0];
    }
    // A college that could be named after its town ("Kelso College") is named after the founder the article names in full
    // ("Edith Kelso, who founded the college"): the word alone is then no town.
    const orgByFirst = starts?.some(org => namedAfterTown(org) && !(family.length > 0 && foundedBy(org))) ? undefined : starts;
    // Not a body of the word's followers or owners alone ("Kelso" beside "the Kelso Owners Club"; list followers-body-words).
    if (orgByFirst?.length === 1 && !isFollowersBodyOf(orgByFirst[0], [])) {
      return orgByFirst[0];
    }
    // "Kelso" beside "Kelso Rovers" and "KELSO ROVERS FC" (a picture credit): one club written with and without its form
    // is one body, which the word alone names as it would if the club were written one way only.
    const oneClub = orgByFirst && orgByFirst.length > 1 ? oneClubWithItsForms(orgByFirst) : undefined;
    if (oneClub) {
      return oneClub;
    }
    // "Hartwell" beside "Hartwell Moss" (named in full again and again) and "Hartwell Pryce Kendrick" (the merged firm's
    // new name, once): where some use of the word alone shows a body ("Hartwell senior partner X", "shares in Hartwell"),
    // it stands for the body of those it opens that the article names most often in full.
    // So too a university beside its college's former name ("Kelso" beside "Kelso University" and "Kelso College"): the one
    // the article names most often.
    const mostNamed = orgByFirst && orgByFirst.length > 1 && (this.bodyWords.has(key) || orgByFirst.every(foundedBy)) ? mostNamedBody(orgByFirst) : undefined;
    if (mostNamed) {
      return mostNamed;
    }
    // Of several, the club beside its followers' bodies, where the word is used as a club ("Kelso fans", "Kelso were"):
    // "Kelso Athletic", not "Kelso Athletic Supporters' Trust" nor "Kelso Supporters' Trust" (a body that opens with
    // another's whole name or is of followers is left out). Other uses ("a Kelso lad", "back to Kelso") stay the town.
    const own = orgByFirst && candidate.evidence & Evidence.ClubUse ? orgByFirst.filter(org => !isFollowersBodyOf(org, orgByFirst)) : [];
    if (own.length === 1 && orgByFirst!.length > 1) {
      return own[0];
    }
    // Of several, a firm named after its partners ("Hollis, Brandt & Co.") is the one its first partner's name stands for.
    const firms = orgByFirst ? orgByFirst.filter(isFirm) : [];
    if (firms.length === 1) {
      return firms[0];
    }
    // "the Commission" for "European Commission", "the Bank" for "Bank of Japan": the noun a name is built
    // on, capitalised on its own, refers to the one organisation of the article so named. Not where the noun opens a
    // sentence, a headline or a quotation before a title or a common word that makes it a common noun ("Council leader
    // Dana Kelso said", "Power cuts: …", "\"Homes for all\""); before a verb it is still the body ("Parliament is
    // divided").
    const lower = key.toLowerCase();
    const ownCapital = (candidate.evidence & Evidence.Opener) === 0n || (candidate.evidence & (Evidence.Prefix | Evidence.Weak)) === 0n;
    // Not a plural of people ("Swimmers said …" beside "Kelso Wild Swimmers"): those people, not the club.
    // Not a word a rule read as no name at all ("Culture | Books": a section's label, rule section-label).
    const thing = (candidate.evidence & Evidence.Place) !== 0n;
    // Nor a sport's name that heads a team's ("Racing" beside "Tarrow Racing", "Cycling" beside "Vardo Pro Cycling"; list
    // sport-names): alone it is the sport ("By X, Racing Correspondent", "Sport | Cycling").
    const orgByHead = candidate.words.length === 1 && ownCapital && !thing && has(ORG_HEADS, lower) && !has(PEOPLE_PLURAL_HEADS, lower) && !SPORT_NAMES.has(lower)
      ? this.orgsByHead.get(lower) : undefined;
    return orgByHead?.length === 1 && !isCommonPluralOpener(candidate, orgByHead[0]) ? orgByHead[0] : undefined;
  }

  /**
   * "Mr. Revik, 44, founded the company … Revik listed liabilities of …" beside "Revik Automotive Inc.": copy that calls
   * a person by an honorific and the surname ("Mr. Revik", "Mr Revik") keeps the bare surname for the company named
   * after them, a founder's or a family's; a bare use is the person only where it speaks a quotation itself.
   */
  private keepsHonorificForPerson(candidate: NameCandidate, key: string, speaks: boolean): boolean {
    return candidate.words.length === 1 && this.honorificWords.has(key) && (candidate.evidence & Evidence.Honorific) === 0n && !speaks;
  }

  /** The person a short form names: widened by a dropped opener, by surname, by a lone surname, by first or inner name. */
  private findPersonShort(placed: Placed): Cluster | undefined {
    const candidate = placed.c, key = candidate.words.join(' ');
    // A short form's gender comes from its honorific only: its first word is not a first name ("Dela Cruz").
    const gender = candidate.honorific?.gender;
    const widened = candidate.lead ? this.persons.get(`${candidate.lead.word} ${key}`) : undefined;
    if (widened && candidate.lead) {
      placed.start = candidate.lead.start;
      return widened;
    }
    const bySurname = this.bySurname(candidate, gender);
    if (bySurname) {
      return bySurname;
    }
    // A full name whose surname so far stood alone ("Mr Mehra" … "Arjun Mehra").
    const bySingle = candidate.words.length > 1 ? this.persons.get(candidate.words[candidate.words.length - 1]) : undefined;
    if (bySingle && compatible(bySingle, gender)) {
      return bySingle;
    }
    // "de la Fuente" of "Luis de la Fuente Ortiz": a surname opened by a particle inside the one full name that adds a
    // second surname after it (Spanish and Portuguese double surnames: the first stands for the person).
    if (candidate.words.length > 1 && has(NAME_PARTICLES, candidate.words[0].toLowerCase())) {
      const inner = [...this.persons.values()].filter(cl => endsBeforeSecondSurname(cl.key, candidate.words) && compatible(cl, gender));
      if (inner.length === 1) {
        return inner[0];
      }
    }
    // An Arabic kunya alone ("Abu Tarek said") after the full name it opens ("Abu Tarek al-Wardi"): the man is known by it.
    const kunya = candidate.words.length === 2 ? kunyaOf(candidate.words) : undefined;
    const byKunya = kunya ? this.byKunya.get(kunya) : undefined;
    if (byKunya) {
      return byKunya;
    }
    return candidate.words.length === 1 ? this.byOneWord(key, gender) : undefined;
  }

  /**
   * Of the people with this surname, the nearest one of the same gender (else of a compatible one). Only those named
   * in full before the form compete when one of them fits: "Ms Vell" after "Eiluned Vell" (whose first name tells no
   * gender) is she, not "Carol Vell", a woman the article names only later.
   */
  private bySurname(candidate: NameCandidate, gender: Gender | undefined): Cluster | undefined {
    const sameSurname = (this.byLast.get(bare(surnameOf(candidate.words))) ?? []).filter(cl => isSuffix(candidate.words, cl.key));
    const namedBefore = sameSurname.filter(cl => cl.fullStarts[0] <= candidate.start);
    const pool = namedBefore.some(cl => compatible(cl, gender)) ? namedBefore : sameSurname;
    const sameGender = gender ? pool.filter(cl => cl.gender === gender) : [];
    const fitting = sameGender.length ? sameGender : pool.filter(cl => compatible(cl, gender));
    return fitting.length > 1 ? onlySpeakingNamesake(fitting, candidate) ?? calledSoBefore(fitting, candidate) ?? onlyOfKinGender(fitting, gender) ?? nearest(principals(fitting), candidate.start) : fitting[0];
  }

  /** A one-word form that is no surname: a family name written first, a first name, or an inner surname. */
  private byOneWord(key: string, gender: Gender | undefined): Cluster | undefined {
    // A family name written first ("Wu" of "Wu Jianhe"), or a first name alone: only when one person fits.
    const byFirst = (this.byFirst.get(key) ?? []).filter(cl => compatible(cl, gender));
    if (byFirst.length === 1) {
      return byFirst[0];
    }
    // "Park" when "Park Ji-hoon" and later "Park Min-seo" are named: the family name alone stands for the
    // person the article introduced first (a namesake named later is called by the full name again).
    if (byFirst.length > 1 && byFirst.every(cl => FAMILY_NAME_FIRST.test(cl.members[0]?.c.text ?? ''))) {
      return byFirst.reduce((earliest, cl) => (cl.fullStarts[0] ?? Infinity) < (earliest.fullStarts[0] ?? Infinity) ? cl : earliest);
    }
    // A surname in the middle of a full name ("Cheung" of "Alvin Cheung Ka-wai").
    const byInner = (this.byInner.get(key) ?? []).filter(cl => compatible(cl, gender));
    return byInner.length === 1 ? byInner[0] : undefined;
  }

  attach(cl: Cluster, placed: Placed): void {
    // A full name's gender comes from its first name; a surname-only entity's from its honorifics.
    if (!cl.fullStarts.length) {
      cl.gender ??= genderOf(placed.c);
    }
    cl.members.push(placed);
  }
}

/** The kunya a name opens with, "Abu" / "Umm" and the word after ("Abu Tarek al-Wardi" → "abu tarek"; list kunya-openers). */
function kunyaOf(words: readonly string[]): string | undefined {
  return words.length >= 2 && has(KUNYA_OPENERS, words[0].toLowerCase()) ? `${words[0]} ${words[1]}`.toLowerCase() : undefined;
}

/** A surname as written: capitalised, perhaps double-barrelled ("Sastre", "Ruiz-Sastre"), never a word with a lower-case part after a hyphen ("T-shirts"). */
const SURNAME_SHAPE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u;

/** A word of initials as written ("J.", "C.V."). */
const INITIALS = /^(?:\p{Lu}\.)+$/u;

/** A family name written first, then a hyphenated given name (Korean, Hong Kong and Taiwanese romanisation: "Park Ji-hoon"). */
const FAMILY_NAME_FIRST = /^\S+ \p{Lu}\p{Ll}+-\p{Ll}+$/u;

const PERSON_EVIDENCE = Evidence.Title | Evidence.Honorific | Evidence.Appositive | Evidence.FirstName | Evidence.PluralTitle | Evidence.SaysHe;

/**
 * A given name and a surname: not a surname opened by a particle ("van der Lahn"), but a kunya before a name is the
 * opening of a full name ("Abu Tarek al-Wardi": "al-Wardi" alone is then his surname).
 */
function isFullName(candidate: NameCandidate): boolean {
  const w = candidate.words;
  return w.length > 1 && (!has(NAME_PARTICLES, w[0]) || (w.length > 2 && kunyaOf(w) !== undefined) || opensWithParticleGivenName(candidate));
}

/**
 * "Ben Halvorsen", "Al Derrow": a particle that is also a given name (list given-name-particles), written capitalised and
 * apart before a word that is no particle, is the person's given name, so the name is a full name and its last word
 * alone ("Halvorsen said") the person's surname. Not "Van der Lahn" (a particle follows), "Al-Marri" (hyphenated: one
 * word of the surname) nor "ben Yusuf" (lower case).
 */
function opensWithParticleGivenName(candidate: NameCandidate): boolean {
  const w = candidate.words;
  return has(GIVEN_NAME_PARTICLES, w[0]) && !has(NAME_PARTICLES, w[1]) && GIVEN_NAME_WRITTEN.test(candidate.text);
}

/** A capitalised word and a space opening a name as written ("Ben ", "Al "). */
const GIVEN_NAME_WRITTEN = /^\p{Lu}\p{Ll}+\s/u;

/** What the clustering steps share: the candidates, their kinds, and the clusters made so far. */
export interface ClusterState {
  readonly placed: readonly Placed[];
  readonly kinds: readonly CandidateKind[];
  readonly clustering: Clustering;
  /** Indices of the candidates already placed in a cluster, or left out (replaced by the user's alias forms). */
  readonly done: Set<number>;
  /** The cluster each organisation-like candidate went to, for the organisation forms the text states. */
  readonly clusterOf: Map<Placed, Cluster>;
  /** Founded only by an unknown word that speaks: kept if the document uses the name more than once. */
  readonly tentative: Set<Cluster>;
  /** "Correia de Souza", "Bittencourt Filho": multiword forms that end a longer full name, so shorten it. */
  readonly shortened: ReadonlySet<string>;
  /** Names used only as towns ("in Marwick"): no short form of the body named after them (townsByUse). */
  readonly towns: ReadonlySet<string>;
  /** The clusters, in the order made, until the organisation forms merge some of them. */
  clusters: readonly Cluster[];
  /** Each placed candidate's name candidate, in the order of `placed`: one array, so the sets read off it are gathered once (kind.ts, kindRules.ts). */
  readonly candidates: readonly NameCandidate[];
}

/**
 * The kind of each candidate: a team or a ship by its use, a place by its use, a named person's speaking surname by its
 * use (the tagger's place guess undone), else by its own evidence, which its use can
 * undo only where it reads a body (a named person's surname used as a modifier is no body: 'unknown').
 */
function kindsOf(placed: readonly Placed[], candidates: readonly NameCandidate[]): CandidateKind[] {
  const places = placesByUse(candidates);
  const byUse = kindsByUse(candidates);
  // candidates[index] is placed[index].c (startClustering): its key was joined once already, for the uses' evidence.
  const keys = nameKeys(candidates);
  return placed.map((entry, index) => {
    const key = keys[index];
    const used = byUse.get(key);
    const kind = used?.kind === 'org' || used?.kind === 'place' || used?.kind === 'person' ? used.kind : undoBodyReading(entry.c, kindOf(entry.c), used);
    const personLike = kind === 'person' || (kind === 'unknown' && isStandalonePerson(entry.c));
    return personLike && places.has(key) ? 'place' : kind;
  });
}

function shortenedForms(placed: readonly Placed[], kinds: readonly CandidateKind[]): Set<string> {
  const shortened = new Set<string>();
  placed.forEach((entry, index) => {
    if (kinds[index] === 'person' && isFullName(entry.c)) {
      for (let n = 1; n < entry.c.words.length - 1; n++) {
        shortened.add(entry.c.words.slice(n).join(' '));
      }
    }
  });
  return shortened;
}

/**
 * For each set of evidence flags, the one-word names that some use shows with any of them (a body's words before it, a
 * person's speech or title), in the order of `flagSets`: one pass over the document's candidates for all of them.
 */
function oneWordNamesWith(placed: readonly Placed[], flagSets: readonly EvidenceFlags[]): Set<string>[] {
  const sets = flagSets.map(() => new Set<string>());
  for (const { c: candidate } of placed) {
    if (candidate.words.length === 1) {
      flagSets.forEach((flags, k) => {
        if ((candidate.evidence & flags) !== 0n) {
          sets[k].add(candidate.words[0]);
        }
      });
    }
  }
  return sets;
}

/** A fresh state over the document's placed candidates, no cluster made yet. */
export function startClustering(placed: readonly Placed[]): ClusterState {
  // One array of the candidates for every document-level reading of their uses (evidenceByName is worked out once for it).
  const candidates = placed.map(entry => entry.c);
  const kinds = kindsOf(placed, candidates);
  const [bodyWords, personWords, relativeWords, honorificWords, bodyUseWords] = oneWordNamesWith(placed, [
    Evidence.BodyUse | Evidence.OrgTag, Evidence.Speaker | Evidence.SaysHe | Evidence.Title | Evidence.Honorific, Evidence.PersonRelative, Evidence.Honorific, Evidence.BodyUse,
  ]);
  const clustering = new Clustering(bodyWords, personWords, relativeWords, honorificWords, bodyUseWords);
  return {
    placed, kinds, clustering, done: new Set(), clusterOf: new Map(), tentative: new Set(), shortened: shortenedForms(placed, kinds),
    towns: townsByUse(candidates), clusters: clustering.all, candidates,
  };
}

/** Each candidate not yet done, with its index, in document order. */
function pending(state: ClusterState): { placed: Placed; index: number }[] {
  // A plain loop: every resolution step calls this over all the document's candidates, on every edit.
  const left: { placed: Placed; index: number }[] = [];
  state.placed.forEach((placed, index) => {
    if (!state.done.has(index)) {
      left.push({ placed, index });
    }
  });
  return left;
}

/** Organisations by their own evidence, each grouped with the other uses of its name. */
export function groupOrganisations(state: ClusterState): void {
  for (const { placed, index } of pending(state)) {
    if (state.kinds[index] === 'org') {
      state.clusterOf.set(placed, state.clustering.addOrg(placed));
      state.done.add(index);
    }
  }
}

/**
 * "I Penhale 3-51" in a scorecard, "T. Kelso" in a list: an initial and a surname (the words as keyed: lower case, no full stop),
 * the form lists and scorecards name players by. It joins the one person named in full with that initial and surname.
 */
export function isInitialAndSurname(words: readonly string[]): boolean {
  // "C Ó Duibhir", "S de Paor", "R Mac Giolla Rua": an Irish or another particle opening a surname of several words.
  return words.length >= 2 && /^\p{L}\.?$/u.test(words[0])
    && (has(IRISH_SURNAME_PARTICLES, words[1]) || words.slice(1, -1).every(word => has(NAME_PARTICLES, word)));
}

/**
 * Full names of people; two unknown words that an organisation's fuller name begins with ("Rift Blooms" of "Rift Blooms
 * Ltd") join it. Names with a given name go first, so that an initial and a surname written before the full name (a
 * scorecard above the report) still finds it.
 */
export function groupFullNames(state: ClusterState): void {
  groupFullNamesOf(state, false);
  groupFullNamesOf(state, true);
}

function groupFullNamesOf(state: ClusterState, initials: boolean): void {
  for (const { placed, index } of pending(state)) {
    if (state.kinds[index] !== 'person' || !isFullName(placed.c) || state.shortened.has(placed.c.words.join(' '))
      || isInitialAndSurname(placed.c.words) !== initials) {
      continue;
    }
    const org = (placed.c.evidence & PERSON_EVIDENCE) === 0n ? state.clustering.orgs.get(orgKey(placed.c.words)) : undefined;
    if (org) {
      org.members.push(placed);
      state.clusterOf.set(placed, org);
    } else {
      state.clustering.addFullName(placed);
    }
    state.done.add(index);
  }
}

/** A nickname ("X, known as Y") joins the person it names; later uses of the nickname alone are that person. */
export function joinNicknames(state: ClusterState): void {
  const { placed: all, clustering } = state;
  for (const { placed, index } of pending(state)) {
    const named = placed.c.expands !== undefined && state.kinds[index] !== 'org' ? all[placed.c.expands] : undefined;
    const cluster = named && clustering.all.find(cl => cl.kind === 'person' && cl.members.includes(named));
    if (cluster) {
      clustering.attach(cluster, placed);
      state.done.add(index);
      const key = placed.c.words.join(' ');
      if (!clustering.persons.has(key)) {
        clustering.persons.set(key, cluster);
      }
    }
  }
}

/**
 * The person a name expands ("Edith (née Brandt)": the maiden name is Edith's), founded by this step before it where
 * that person is named by one word only, so joinNicknames could not place it.
 */
function expandedPerson(state: ClusterState, placed: Placed): Cluster | undefined {
  const named = placed.c.expands !== undefined ? state.placed[placed.c.expands] : undefined;
  return named && state.clustering.all.find(cluster => cluster.kind === 'person' && cluster.members.includes(named));
}

/** Short forms with their own evidence ("Mr Orlov", a known surname that speaks) join a person or found one. */
export function foundShortForms(state: ClusterState): void {
  for (const { placed, index } of pending(state)) {
    const kind = state.kinds[index];
    if (!(kind === 'person' || (kind === 'unknown' && (isStandalonePerson(placed.c) || state.clustering.isNicknameOfPerson(placed.c))))) {
      continue;
    }
    let cluster = expandedPerson(state, placed) ?? state.clustering.findShort(placed, 'person');
    if (!cluster) {
      cluster = state.clustering.newCluster('person', placed.c.words.join(' '));
      if (kind !== 'person' && !isKnownSurname(placed.c)) {
        state.tentative.add(cluster);
      }
    }
    state.clustering.attach(cluster, placed);
    state.done.add(index);
  }
}

/**
 * "staff at Hollins Park" beside "Hollins Park Academy": a place's name of two words or more that is a school's or a
 * hospital's name without its head (list institution-short-form-heads) stands for the institution, unless it is used
 * as an area ("pupils who live in Hollins Park"); so does a university's ending in "State" or "Tech" (list
 * university-short-form-endings: "left Marwick State in June" beside "Marwick State University"), and a company's
 * name without its trade noun (company-heads: "Orrin Marsh said" beside "Orrin Marsh Homes"), as a company's first
 * word alone names it where its name has two words; a street's name so only where it acts as a body (list
 * street-firm-endings: "Tarrow Street said it had written" beside "Tarrow Street Partners").
 */
export function institutionOfShortName(clustering: Clustering, candidate: NameCandidate): Cluster | undefined {
  if (candidate.words.length < 2 || candidate.evidence & Evidence.Within) {
    return undefined;
  }
  const key = orgKey(candidate.words);
  if (!clustering.opensOrgKey(key)) {
    // No body's name goes on from these words, so none is "<key> <head>" for any head.
    return undefined;
  }
  const ending = candidate.words[candidate.words.length - 1].toLowerCase();
  // "on Dalton Street" beside "Dalton Street Capital": a name ending in a place noun (place-heads) is that street or
  // square itself, not the company named after it; a street's name that acts as a body ("Tarrow Street said",
  // "Tarrow Street's offer") is the firm's short form.
  const actsAsBody = (candidate.evidence & (Evidence.Speaker | Evidence.QuotedSpeaker | Evidence.Possessive | Evidence.BodyUse)) !== 0n;
  const streetFirm = has(STREET_FIRM_ENDINGS, ending) && actsAsBody;
  const placeNamed = (has(PLACE_HEADS, ending) || has(STREET_FIRM_ENDINGS, ending)) && !streetFirm;
  // The institution's heads ("university" too after "State", "Tech"), then, unless the name is a street's or a place's,
  // the company heads: the one body named so, or none when several are. Read for every place's name of two words on
  // every edit, so counted without building the lists of heads.
  let found: Cluster | undefined;
  let count = 0;
  const tryHead = (head: string): void => {
    const cluster = clustering.orgs.get(`${key} ${head}`);
    if (cluster !== undefined) {
      found ??= cluster;
      count++;
    }
  };
  INSTITUTION_SHORT_FORM_HEADS.words.forEach(tryHead);
  if (has(UNIVERSITY_SHORT_FORM_ENDINGS, ending)) {
    tryHead('university');
  }
  if (!placeNamed) {
    COMPANY_HEADS.words.forEach(tryHead);
  }
  return count === 1 ? found : undefined;
}

/**
 * "Harwick's vice-chancellor" beside "University of Harwick" (keyed "harwick university"): a town's possessive before
 * a university's own post (rule possessive-before-university-post) stands for the university the document names; a
 * town so used where the document names no university of it stays the town.
 */
function universityOfTown(clustering: Clustering, candidate: NameCandidate): Cluster | undefined {
  const asBody = Evidence.BodyUse | Evidence.Possessive;
  return (candidate.evidence & asBody) === asBody ? clustering.orgs.get(`${orgKey(candidate.words)} university`) : undefined;
}

/**
 * "according to the LIMA audit" beside "the Lab Integrity Monitoring Agency (LIMA)": an abbreviation in capitals that the
 * document already uses for a body, as written, is that body again, though the lexicon knows its letters as a place's
 * name ("Rio", "Lima", "Nice"); a place's name written so only once stays the place.
 */
function bodyOfSameCapitals(clustering: Clustering, candidate: NameCandidate): Cluster | undefined {
  if (candidate.words.length !== 1 || !/^\p{Lu}{2,6}$/u.test(candidate.text)) {
    return undefined;
  }
  const body = clustering.orgs.get(candidate.words[0]);
  return body?.members.some(member => member.c.text === candidate.text) ? body : undefined;
}

/**
 * "Forensic Anthropology" beside "the Department of Forensic Anthropology": a field of study's name (rule
 * academic-field-name) stands for the one unit of the document named for it (list academic-unit-heads); where the
 * document names no such unit it stays the subject.
 */
function academicUnitOfField(clustering: Clustering, candidate: NameCandidate): Cluster | undefined {
  const field = candidate.words[candidate.words.length - 1];
  if (candidate.words.length < 2 || !has(ACADEMIC_FIELD_NOUNS, field.toLowerCase())) {
    return undefined;
  }
  const key = orgKey(candidate.words);
  const units = [...ACADEMIC_UNIT_HEADS.words].map(head => clustering.orgs.get(`${head} of ${key}`)).filter(unit => unit !== undefined);
  return units.length === 1 ? units[0] : undefined;
}

/**
 * A body that may be named after a person in full ("dana kelso foundation", "dana and rosa kelso foundation"): a head
 * that is no company's (a foundation, a trust, a school) after two words or more.
 */
function namedAfterPerson(org: Cluster): boolean {
  const head = orgHeadOf(org.key);
  return head !== undefined && has(ORG_HEADS, head) && !has(COMPANY_HEADS, head) && org.key.split(' ').length >= 3;
}

/** A cluster that is a sports club or team: a use of it shows a team or a match side, or a club prefix opens it ("Real Kelso"). */
function isClubCluster(cluster: Cluster): boolean {
  return cluster.kind === 'org' && (has(CLUB_PREFIXES, cluster.key.split(' ')[0].toLowerCase())
    || cluster.members.some(member => (member.c.evidence & (Evidence.Team | Evidence.Result)) !== 0n));
}

/**
 * "before moving to Kelso", "Saturday's trip to Kelso", "Marwick led 24-14" beside "Real Kelso" or "the Marwick
 * Lancers": a town's name used as a club (club-use evidence, a side of a score) stands for the one club of the
 * document named after it, the town and one or two words of a club ("Kelso Rovers", "Marwick Lancers"), or a club
 * prefix and the town ("Real Kelso"), though the tagger knows it as a place. Other uses ("in Kelso") stay the town,
 * and where no club of the document is named after it, so does this one.
 */
export function clubOfTown(clustering: Clustering, candidate: NameCandidate): Cluster | undefined {
  if (!(candidate.evidence & (Evidence.ClubUse | Evidence.Result)) || candidate.evidence & (Evidence.Within | Evidence.Honorific)) {
    return undefined;
  }
  const named = clustering.bodiesNamedAfterTown(candidate.words.join(' ')).filter(isClubCluster);
  return named.length === 1 ? named[0] : undefined;
}

/**
 * The towns a body's name could show it named after as a club: its name without its last one or two words ("Kelso" of
 * "Kelso Rovers" and of "Kelso Athletic Ladies"), and its name after a club prefix ("Kelso" of "Real Kelso").
 * Indexed once per body (Clustering.bodiesNamedAfterTown) so that clubOfTown is one lookup per candidate.
 */
function clubTownsOf(key: string): string[] {
  const words = key.split(' ');
  const towns = new Set<string>();
  for (const rest of [1, 2]) {
    if (words.length > rest) {
      towns.add(words.slice(0, words.length - rest).join(' '));
    }
  }
  if (words.length >= 2 && has(CLUB_PREFIXES, words[0].toLowerCase())) {
    towns.add(words.slice(1).join(' '));
  }
  return [...towns];
}

/** The rest only join an entity found with better evidence (a place only after an honorific, or as an institution's short name). */
export function joinShortForms(state: ClusterState): void {
  for (const { placed, index } of pending(state)) {
    if (state.kinds[index] === 'place' && !(placed.c.evidence & Evidence.Honorific)) {
      const institution = institutionOfShortName(state.clustering, placed.c) ?? clubOfTown(state.clustering, placed.c) ?? universityOfTown(state.clustering, placed.c)
        ?? academicUnitOfField(state.clustering, placed.c) ?? bodyOfSameCapitals(state.clustering, placed.c);
      if (institution) {
        state.clustering.attach(institution, placed);
        state.clusterOf.set(placed, institution);
        state.done.add(index);
      }
      continue;
    }
    const cluster = state.clustering.findShort(placed, state.kinds[index]) ?? clubOfTown(state.clustering, placed.c);
    // "in Marwick" beside "Marwick Borough Council": the town the body is named after, not the body.
    // A use as a club ("Castlebrook v Hartwell", "Kelso fans", "trip to Kelso") is the club though the town is named
    // too, where the body is a club ("Kelso Athletic"; not "Kelso Electronics" after "moving to Kelso").
    const town = cluster?.kind === 'org' && state.towns.has(placed.c.words.join(' ')) && cluster.key !== placed.c.words.join(' ')
      && !(placed.c.evidence & Evidence.ClubUse && isClubCluster(cluster));
    if (cluster && !town) {
      state.clustering.attach(cluster, placed);
      state.clusterOf.set(placed, cluster);
      state.done.add(index);
    }
  }
}

/** Unknown single words left over that recur name a body ("Feyenoord … Feyenoord"). */
export function groupRecurringBodies(state: ClusterState): void {
  const bodies = new Map<string, Placed[]>();
  // A word the uses show to be a thing (kind 'place': a ship, a program, a car model, "the Marlowe's name" beside
  // "Marlowe saloons") owns things without being a body.
  for (const { placed, index } of pending(state)) {
    if (isUnknownBody(placed.c) && state.kinds[index] !== 'place') {
      push(bodies, placed.c.words[0], placed);
    }
  }
  // "the Vardos", "the Khans": the plural of a named person's surname is a family, not a body.
  const surnames = namedPersonSurnames(state.candidates);
  const family = (key: string): boolean => key.endsWith('s') && surnames.has(key.slice(0, -1));
  // "the Democrat said", "a Republican doing a Republican's job": one member of a party (list party-member-nouns) speaks
  // and owns as a person does; the word describes someone, and the speaker cue reads it as a description.
  const partyMember = (key: string): boolean => has(PARTY_MEMBER_NOUNS, key.toLowerCase());
  // "the MP for Kestrova", "the city of Kestrova": a word one use shows as a place is the town, though it owns its
  // streets elsewhere ("Kestrova's riverside streets").
  // Only a use that reads as a place and as nothing else: "Kelderwick said" may carry the tagger's place guess for a
  // "-wick" word, but a place does not speak.
  const places = new Set(state.placed
    .filter(entry => entry.c.words.length === 1 && (entry.c.evidence & (Evidence.Place | Evidence.Within)) !== 0n
      && (entry.c.evidence & (Evidence.Speaker | Evidence.SaysHe | Evidence.BodyUse | Evidence.OrgTag)) === 0n)
    .map(entry => entry.c.words[0]));
  // "Ekiti's governor" beside "Ekiti State": the region's own word (rule region-before-region-head), no body.
  const candidates = state.candidates;
  for (const region of regionFirstWords(candidates)) {
    places.add(region);
  }
  // "Kestria's outlook" beside "National Bank of Kestria": the country the bank is of (placesOfBodies).
  for (const place of placesOfBodies(candidates)) {
    places.add(place);
  }
  // "Harqan's coalition" beside "the Harqani dinar": the country of a demonym the document uses (rule country-of-demonym).
  for (const country of demonymCountries(candidates)) {
    places.add(country);
  }
  for (const [key, members] of bodies) {
    // "some Marwick streets", "Marwick's MP" beside "Marwick Borough Council": the town the council is named after.
    if (usedAsBody(members.map(member => member.c)) && !state.clustering.orgs.has(key) && !family(key) && !partyMember(key) && !places.has(key) && !state.clustering.opensTownNamedBody(key)) {
      const cluster = state.clustering.newCluster('org', key);
      for (const member of members) {
        cluster.members.push(member);
        state.clusterOf.set(member, cluster);
      }
    }
  }
}

/** An organisation's other forms (abbreviation, first word, head noun …) join it: ORG_FORM_STEPS of orgForms.ts. */
export function mergeOrganisationForms(state: ClusterState): void {
  state.clusters = mergeOrgForms(state.clusters, state.placed, state.clusterOf, state.clustering.sets);
}

/** A person founded only by an unknown word that speaks is kept when the document names them more than once. */
export function dropLoneTentatives(state: ClusterState): void {
  state.clusters = state.clusters.filter(cluster => !state.tentative.has(cluster) || cluster.members.length > 1);
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
  best = mixedCaseForm(cl, best);
  // The candidate's own text leaves out a quoted nickname inside the name (quoted-nickname in nameJoins.ts).
  return best.start !== undefined ? text.slice(best.start, best.c.end) : best.c.text;
}

const NO_LOWER_CASE = /^[^\p{Ll}]*$/u;

/**
 * "ORBITON, the launch start-up, …" then "Orbiton said": a name first written in capitals (a masthead, a story's
 * first word in some house styles) is shown as the document writes it in running text, the same words in mixed case.
 */
function mixedCaseForm(cl: Cluster, best: Cluster['members'][number]): Cluster['members'][number] {
  if (!NO_LOWER_CASE.test(best.c.text)) {
    return best;
  }
  // Mixed case first: a body's many mentions in capitals ("UN") are passed over without a lower-cased copy of each.
  const lower = best.c.text.toLowerCase();
  return cl.members.find(member => !NO_LOWER_CASE.test(member.c.text) && member.c.text.toLowerCase() === lower) ?? best;
}
