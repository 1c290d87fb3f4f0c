// Organisations named in several forms within one article: an abbreviation and its expansion ("WHO",
// "World Health Organization"; "(Fiocruz)" after its full name), and an unknown word that starts exactly one
// longer name ("Hinode" for "Hinode Motor Corporation"), and the noun a name is built on ("the Commission").
// Each form is one named step (ORG_FORM_STEPS, in order); a step only asks the resolution's union-find for
// unions, and the members move once at the end (merges.ts), so no step moves another's members.
import { CAMPAIGN_OFFICES, COMPANY_DESIGNATORS, PORT_SITE_WORDS, OFFICE_BODY_HEADS, OFFICE_SERVICE_ENDINGS, COMPANY_HEADS, endsInEnergyTrade, LICENSED_COMPANY_NOUNS, DROPPED_ENSEMBLE_HEADS, DROPPED_SCHOOL_KINDS, CLUB_NAME_PREFIXES, LEGAL_FORMS, MINE_COMPANY_HEADS, ORG_HEADS, ORG_HEADS_BEFORE_OF, OPERATED_SITE_HEADS, OTHER_BODY_OPENINGS, INVERTIBLE_BODY_HEADS, REGIONAL_ARM_WORDS, FOLLOWERS_BODY_WORDS, SPANISH_PRESS_HEADS, TOWN_NAMED_HEADS, TOWN_OR_FOUNDER_HEADS, TOWN_SCHOOL_LEVELS, FEATURE_NAMED_WORDS, has, PAPER_NAME_OPENERS, PERIODICAL_HEADS, PRESS_HEADS, RACING_TEAM_HEADS } from '../lexicon/entities';
import { foldLetters } from '../fold';
import { COUNTRIES } from '../lexicon/gazetteer';
import { lexiconFlags } from '../nlp/adapter';
import { Tag } from '../nlp/tokens';
import { Evidence, type Cluster, type Placed } from './types';
import { abbreviationKey, abbreviationParts, initialsOf, partsSpellAbbreviation, withoutClubForm } from './words';
import { push } from './multimap';
import { applyJoins } from './merges';
import type { UnionFind } from './unionFind';
import { US_TEAM_NICKNAMES } from '../lexicon/gazetteer/usSports';
import { isCompanyName, isTeamWord, pluralsOfPartyName } from './kindRules';
import { CLUB_NAME_ENDINGS, CLUB_ONLY_ENDINGS } from '../lexicon/gazetteer/sports';

/**
 * The noun an organisation's name is built on, lower case: its last word ("European Commission") or the noun
 * before "of"/"for" ("Bank of Japan"); undefined when the name has neither, or is a campaign committee ("Kelso for
 * Senate", list campaign-offices).
 */
export function orgHeadOf(key: string): string | undefined {
  const words = key.toLowerCase().split(' ');
  const last = words[words.length - 1];
  // "Kelso for Senate": a campaign committee is not built on the chamber it names; "the Senate" is the chamber.
  if (words.length >= 3 && words[words.length - 2] === 'for' && has(CAMPAIGN_OFFICES, last)) {
    return undefined;
  }
  if (has(ORG_HEADS, last) || (words.length > 1 && isPressHeadPair(last))) {
    return last;
  }
  const joint = words.findIndex((word, index) => index > 0 && (word === 'of' || word === 'for'));
  return joint > 0 && has(ORG_HEADS_BEFORE_OF, words[joint - 1]) ? words[joint - 1] : undefined;
}

/** Partners' names listed with commas up to an ampersand: "Hollis, Brandt & Co.". */
const FIRM_NAME = /^[^,&]+,[^&]+&/;

/** An organisation named after its partners, as one of its mentions shows. */
export function isFirm(cluster: Cluster): boolean {
  return cluster.members.some(member => FIRM_NAME.test(member.c.text));
}

/**
 * "Kelso Evening Post", "Marwick Borough Council": a body named after the town it serves (its last word in
 * town-named-heads), whose first word alone is the town, not the body. So is one named after the river, valley or
 * hills it looks after ("Tarrow Rivers Trust": its second word in feature-named-words): "the Tarrow" is the river.
 * So is a site's operator quoted by the site's name ("Tarnby Airport said", list operated-site-heads): "flew from
 * Tarnby" is the town. So is a miner named after its mine ("Tarrow Nickel Mines", list mine-company-heads): "the dam at
 * Tarrow" is the mine.
 */
export function namedAfterTown(cluster: Cluster): boolean {
  const words = cluster.key.split(' ');
  // A town's name is written in lower case after its capital: not an abbreviation ("U.N. Security Council"); or the
  // whole name in capitals on a masthead line ("KELSO DAILY CLARION | Sport").
  return words.length > 1 && (has(TOWN_NAMED_HEADS, townNamedHead(words)) || has(OPERATED_SITE_HEADS, words[words.length - 1].toLowerCase()) || has(MINE_COMPANY_HEADS, words[words.length - 1].toLowerCase()) || (words.length > 2 && has(FEATURE_NAMED_WORDS, words[1])) || isTownPortBody(words) || isTownSchool(words) || isTownCollege(words))
    && cluster.members.some(member => /^\p{Lu}\p{Ll}+\s/u.test(member.c.text) || isMastheadInCapitals(member.c.text));
}

/**
 * "Kelso Port Authority", "Tarrow Harbour Commissioners": a body of three words or more named after its town's port or
 * harbour (its second word in port-site-words) is the town's when its last word is no company head ("Kelso Port
 * Holdings" keeps "Kelso" as its short form).
 */
function isTownPortBody(words: readonly string[]): boolean {
  return words.length > 2 && has(PORT_SITE_WORDS, words[1]) && !has(COMPANY_HEADS, words[words.length - 1].toLowerCase());
}

/** "KELSO DAILY CLARION": a paper's name of three words or more in capitals, its first word no initials, as a masthead prints it. */
function isMastheadInCapitals(text: string): boolean {
  return /^\p{Lu}{3,}(?:\s+\p{Lu}{2,}){2,}$/u.test(text);
}

/**
 * "Dunholt College": a body of two words whose head is named after a town or a founder (list town-or-founder-heads) is
 * the town's when the lexicon knows its first word as no person's name (a founder's surname stays a short form).
 */
function isTownCollege(words: readonly string[]): boolean {
  const personal = Tag.Person | Tag.FirstName | Tag.LastName | Tag.MaleName | Tag.FemaleName;
  return words.length === 2 && has(TOWN_OR_FOUNDER_HEADS, words[1].toLowerCase()) && (lexiconFlags(words[0].toLowerCase()) & personal) === 0;
}

/** "Kelso Grammar School", "Tarrow Unified School": a school of a level (list town-school-levels) is the town's. */
function isTownSchool(words: readonly string[]): boolean {
  return words.length > 2 && townNamedHead(words) === 'school' && has(TOWN_SCHOOL_LEVELS, words[words.length - 2].toLowerCase());
}

/** The head a town-named body ends in ("Kelso Evening Post"), or the one before its first "of" ("Kelso Chamber of Commerce"). */
function townNamedHead(words: readonly string[]): string {
  const joint = words.findIndex((word, index) => index > 1 && word.toLowerCase() === 'of');
  return (joint > 1 ? words[joint - 1] : words[words.length - 1]).toLowerCase();
}

function isMultiwordOrg(cluster: Cluster): boolean {
  return cluster.kind === 'org' && cluster.key.includes(' ');
}

function isOneWordOrg(cluster: Cluster): boolean {
  return cluster.kind === 'org' && !cluster.key.includes(' ');
}

/** The document's organisations, indexed once (by initials, first word, clipping, head noun …) so every step stays linear. */
export interface OrgIndex {
  readonly all: readonly Cluster[];
  readonly placed: readonly Placed[];
  readonly clusterOf: ReadonlyMap<Placed, Cluster>;
  readonly multiword: readonly Cluster[];
  /** Initials of a multiword name → the first organisation with them. */
  readonly byInitials: ReadonlyMap<string, Cluster>;
  readonly byInitial: ReadonlyMap<string, Cluster[]>;
  /** Word suffixes of multiword names ("red cross" of "kenya red cross") that start after no "of"/"for"/"and"; a club's name also by its bare name ("marwick rovers" of "marwick rovers fc"). */
  readonly bySuffix: ReadonlyMap<string, Cluster[]>;
  readonly byFirstWord: ReadonlyMap<string, Cluster[]>;
  /** Every clipping (3 letters or more, shorter than the word less one) of a multiword name's first word. */
  readonly byClipping: ReadonlyMap<string, Cluster[]>;
  readonly byHead: ReadonlyMap<string, Cluster[]>;
  /** The words before the first "of" / "for" of a name that goes on after it ("central bank" of "Central Bank of Kelso"), two or more. */
  readonly byLeadingWords: ReadonlyMap<string, Cluster[]>;
  /** Every organisation by its lower-case key (the last one so keyed). */
  readonly byKey: ReadonlyMap<string, Cluster>;
}

/** Whether the lexicon knows a lower-case word as a given name. */
function isGivenName(word: string | undefined): boolean {
  return word !== undefined && (lexiconFlags(word) & Tag.FirstName) !== 0;
}

/**
 * Words that open a body's name with a couple's given names joined by "and" before their shared surname ("Colin and
 * Rosalind Marchetti Foundation" → 3): the name ends as the surname and its head ("the Marchetti Foundation") as any
 * name ends, though "and" comes before; 0 for any other name, or when no surname and head follow.
 */
function coupleOpening(words: readonly string[]): number {
  return words.length >= 5 && words[1] === 'and' && isGivenName(words[0]) && isGivenName(words[2]) ? 3 : 0;
}

function indexSuffixes(bySuffix: Map<string, Cluster[]>, cluster: Cluster): void {
  const words = cluster.key.split(' ');
  const couple = coupleOpening(words);
  // "Marwick Rovers FC" also ends as "Rovers": a club's form ("FC", "Football Club") says nothing of which club.
  const bare = withoutClubForm(words);
  const keys = new Set<string>();
  const stripped = bare.length < words.length && bare.length > 1;
  for (const form of stripped ? [words, bare] : [words]) {
    // The bare name whole is the club too ("Marwick Rovers" of "Marwick Rovers FC"), as its endings are.
    for (let n = form === bare ? 0 : 1; n < form.length; n++) {
      if (!form.slice(n >= couple ? couple : 0, n).some(word => word === 'of' || word === 'for' || word === 'and')) {
        keys.add(form.slice(n).join(' '));
      }
    }
  }
  for (const key of keys) {
    push(bySuffix, key, cluster);
  }
}

function indexClippings(byClipping: Map<string, Cluster[]>, cluster: Cluster): void {
  const first = cluster.key.split(' ')[0].toLowerCase();
  for (let n = 3; n < first.length - 1; n++) {
    push(byClipping, first.slice(0, n), cluster);
  }
}

/** Fewest words before "of" / "for" that may name the body alone ("Central Bank"); one word ("the Bank") is a head noun's step. */
const MIN_LEADING_WORDS = 2;

/** The words of a name before its first "of" / "for", lower case, when there are two or more and more follows ("central bank"). */
function leadingWordsOf(key: string): string | undefined {
  const words = key.toLowerCase().split(' ');
  const joint = words.findIndex(word => word === 'of' || word === 'for');
  return joint >= MIN_LEADING_WORDS && joint < words.length - 1 ? words.slice(0, joint).join(' ') : undefined;
}

/**
 * A family firm written with its founder's initials before the surname and more words after it ("J. Ashworth & Sons",
 * "R. T. Pell Ltd"); the surname is its first group. A bare "J. Ashworth" (no words after) is a person.
 */
const INITIALS_THEN_SURNAME = /^(?:[A-Z]\. ?)+([A-Z][a-z][\p{L}'-]*) \S/u;

/**
 * The surname, lower case as keys are, of a family firm named with its founder's initials ("ashworth" of "J. Ashworth
 * & Sons"): the firm is written by the surname alone ("a rival bid for Ashworth"), never by the initial, so the
 * surname is indexed as a first word too.
 */
export function surnameAfterInitials(cluster: Cluster): string | undefined {
  for (const member of cluster.members) {
    const match = INITIALS_THEN_SURNAME.exec(member.c.text);
    if (match) {
      return match[1].toLowerCase();
    }
  }
  return undefined;
}

/** Indexes the organisations of `all` for the steps. */
export function indexOrgs(all: readonly Cluster[], placed: readonly Placed[], clusterOf: ReadonlyMap<Placed, Cluster>): OrgIndex {
  const multiword = all.filter(isMultiwordOrg);
  const byInitials = new Map<string, Cluster>();
  const byInitial = new Map<string, Cluster[]>(), bySuffix = new Map<string, Cluster[]>(), byFirstWord = new Map<string, Cluster[]>();
  const byClipping = new Map<string, Cluster[]>(), byHead = new Map<string, Cluster[]>(), byLeadingWords = new Map<string, Cluster[]>();
  for (const cluster of multiword) {
    const initials = initialsOf(cluster.key.split(' '));
    if (initials.length > 1 && !byInitials.has(initials)) {
      byInitials.set(initials, cluster);
    }
    push(byInitial, cluster.key[0], cluster);
    indexSuffixes(bySuffix, cluster);
    push(byFirstWord, cluster.key.split(' ')[0], cluster);
    const surname = surnameAfterInitials(cluster);
    if (surname) {
      push(byFirstWord, surname, cluster);
    }
    indexClippings(byClipping, cluster);
    const head = orgHeadOf(cluster.key);
    if (head) {
      push(byHead, head, cluster);
    }
    const leading = leadingWordsOf(cluster.key);
    if (leading) {
      push(byLeadingWords, leading, cluster);
    }
  }
  const byKey = new Map(all.filter(cluster => cluster.kind === 'org').map(cluster => [cluster.key.toLowerCase(), cluster] as const));
  return { all, placed, clusterOf, multiword, byInitials, byInitial, bySuffix, byFirstWord, byClipping, byHead, byLeadingWords, byKey };
}

/** The merges made so far: the resolution's one union-find over clusters (a cluster that joined another no longer represents its set). */
export type OrgMerges = UnionFind<Cluster>;

/** The multiword organisation an abbreviation stands for: by its initials, else spelt by exactly one name. */
function expansionOf(index: OrgIndex, abbreviation: string): Cluster | undefined {
  const byInitials = index.byInitials.get(abbreviation);
  if (byInitials) {
    return byInitials;
  }
  const spelt = (index.byInitial.get(abbreviation[0]) ?? []).filter(org => partsSpellAbbreviation(abbreviation, keyParts(org)));
  return spelt.length === 1 ? spelt[0] : undefined;
}

/**
 * A cluster's key split as spellsAbbreviation reads it, once per cluster: every one-word body of a long article is tried
 * against the longer names sharing its initial, and splitting the names again for each try cost most of that.
 */
function keyParts(cluster: Cluster): readonly string[] {
  let parts = KEY_PARTS.get(cluster);
  if (!parts) {
    parts = abbreviationParts(cluster.key.split(' '));
    KEY_PARTS.set(cluster, parts);
  }
  return parts;
}

const KEY_PARTS = new WeakMap<Cluster, readonly string[]>();

/** "WHO" for "World Health Organization"; "Asean" for "Association of Southeast Asian Nations" (spelt with more than initials, by one name only). */
export function mergeAbbreviations(index: OrgIndex, merges: OrgMerges): void {
  for (const cluster of index.all.filter(isOneWordOrg)) {
    const abbreviation = abbreviationKey(cluster.key);
    const expansion = abbreviation && merges.represents(cluster) ? expansionOf(index, abbreviation) : undefined;
    if (expansion) {
      merges.union(cluster, expansion);
    }
  }
}

/** Initials written in capitals that may stand for a name's opening words ("UN", "EU", "U.S."). */
const OPENING_INITIALS = /^(?:\p{Lu}{2,4}|(?:\p{Lu}\.){2,4})$/u;

/**
 * "UN Security Council" for "United Nations Security Council", "EU Court of Auditors" for "European Union Court of
 * Auditors": a name opened by initials (in capitals as written) that spell the two or more words opening exactly one
 * longer name of the article, the rest of both names the same.
 */
export function mergeAbbreviatedOpenings(index: OrgIndex, merges: OrgMerges): void {
  for (const cluster of index.multiword) {
    const [initials, ...rest] = cluster.key.split(' ');
    if (rest.length === 0 || !merges.represents(cluster) || !OPENING_INITIALS.test(cluster.members[0]?.c.text.split(' ')[0] ?? '')) {
      continue;
    }
    const longer = (index.bySuffix.get(rest.join(' ')) ?? []).filter(other => other !== cluster && opensWithWordsSpelt(other, abbreviationKey(initials), rest.length));
    if (longer.length === 1 && merges.represents(longer[0])) {
      merges.union(cluster, longer[0]);
    }
  }
}

/** Initials in capitals that may stand for a name's closing words ("DC", "MBC"). */
const CLOSING_INITIALS = /^\p{Lu}{2,4}$/u;

/**
 * "Tarrow DC" for "Tarrow District Council", "Marwick MBC" for "Marwick Metropolitan Borough Council": a name closed by initials (in
 * capitals as written) that spell the two or more words closing exactly one longer name of the article, the words
 * before them the same; the mirror of mergeAbbreviatedOpenings.
 */
export function mergeAbbreviatedEndings(index: OrgIndex, merges: OrgMerges): void {
  for (const cluster of index.multiword) {
    const words = cluster.key.split(' ');
    const written = cluster.members[0]?.c.text.split(' ') ?? [];
    const initials = words[words.length - 1];
    const opening = words.slice(0, -1).join(' ');
    if (!merges.represents(cluster) || !CLOSING_INITIALS.test(written[written.length - 1] ?? '')) {
      continue;
    }
    const longer = (index.byFirstWord.get(words[0]) ?? []).filter(other => other !== cluster && closesWithWordsSpelt(other, opening, abbreviationKey(initials)));
    if (longer.length === 1 && merges.represents(longer[0])) {
      merges.union(cluster, longer[0]);
    }
  }
}

/** Whether `other` opens with `opening` and its two or more words after it have `initials` as theirs. */
function closesWithWordsSpelt(other: Cluster, opening: string, initials: string): boolean {
  if (!other.key.startsWith(`${opening} `)) {
    return false;
  }
  const closing = other.key.slice(opening.length + 1).split(' ');
  return closing.length >= 2 && initialsOf(closing) === initials;
}

/** Whether the words of `other` before its last `restLength` words are two or more whose initials are `initials`. */
function opensWithWordsSpelt(other: Cluster, initials: string, restLength: number): boolean {
  const words = other.key.split(' ');
  const opening = words.slice(0, words.length - restLength);
  return opening.length >= 2 && initialsOf(opening) === initials;
}

/**
 * "Hinode" for "Hinode Motor Corporation": an unknown word that starts exactly one longer organisation's name, or
 * several companies' names (the first named).
 * A firm named after its partners ("Hollis, Brandt & Co.") is called by its first partner's name alone, also
 * when a newer body borrows that name ("Hollis Holdings").
 */
/**
 * "Kelso RLFC" beside "Kelso Kestrels": a club named by its town and the initials of its form (list club-form-endings:
 * "RLFC", "RUFC", "GAA") and the one other body the document names after that town with another word (its nickname)
 * are one club, written formally and as the fans call it; the town alone ("joined Kelso") then joins that club. Not a
 * paper named after the town ("Kelso Courant" beside "Kelso FC": a regional paper's masthead over its club's report).
 */
/**
 * "Kelso Courant", "Kelso Evening Star": a name ending in a newspaper's head noun (lists press-heads, periodical-heads).
 * A paper named after the club's town is no nickname of the club: the regional paper and "Kelso FC" stay two bodies.
 */
function isPaperTitle(key: string): boolean {
  const last = key.toLowerCase().split(' ').pop() ?? '';
  return has(PRESS_HEADS, last) || has(PERIODICAL_HEADS, last);
}

export function mergeClubForms(index: OrgIndex, merges: OrgMerges): void {
  for (const cluster of index.multiword) {
    const words = cluster.key.split(' ');
    if (words.length !== 2 || withoutClubForm(words).length !== 1 || !merges.represents(cluster)) {
      continue;
    }
    const others = (index.byFirstWord.get(words[0]) ?? []).filter(other => other !== cluster && other.key.split(' ').length === 2 && withoutClubForm(other.key.split(' ')).length === 2
      && !isPaperTitle(other.key));
    if (others.length === 1 && !namedAfterTown(others[0]) && merges.represents(others[0])) {
      merges.union(cluster, others[0]);
    }
  }
}

export function mergeFirstWords(index: OrgIndex, merges: OrgMerges): void {
  for (const cluster of index.all.filter(isOneWordOrg)) {
    // "its Kelso plant" beside "Kelso Evening Post": a town's name is no first word of a body, where one is named after it.
    // Names already joined as one body ("Kelso RLFC" and "Kelso Kestrels", club-forms) count once.
    const starts = merges.represents(cluster) ? distinctBodies(index.byFirstWord.get(cluster.key), merges) : undefined;
    // "Falcons" beside "Kelso Falcons" and "Falcons Rising": a plural (a team's nickname) that also ends another body's
    // name is no sure first word of either; the later steps (team nicknames, name endings) weigh it. A town's name that
    // ends a local campaign's ("Tarrow" beside "Safer Births Tarrow") still opens the one body named after it.
    const endsAnother = /[^s]s$/.test(cluster.key) && (index.bySuffix.get(cluster.key) ?? []).some(other => !starts?.includes(other));
    // "Kelso" beside "the Kelso Owners Club": a body of a brand's or a club's followers is named after it, never the
    // word's own body.
    // "Brackenmoor's chief executive" beside "Brackenmoor Housing Association": a word that acts as a body itself (a body's
    // post after its possessive, body-use) is no town there, and names the one body whose name it opens, town-named or not;
    // not a group's regional unit ("ShopVale Europe Ltd"), whose group the word alone names.
    if (starts?.length === 1 && !endsAnother && actsAsBody(cluster) && !isFollowersBody(starts[0]) && !isRegionalArm(starts[0])) {
      merges.union(cluster, starts[0]);
      continue;
    }
    const longer = starts?.some(namedAfterTown) || endsAnother ? undefined : starts?.filter(org => !isFollowersBody(org));
    const firms = (longer ?? []).filter(isFirm);
    // "Ashbury" beside a headline's "Ashbury Health" and the text's "Ashbury Health Group": names that each open the
    // longest are one body written short and in full (company-stems joins them later), no two bodies sharing a word.
    const fullest = longer && longer.length > 1 ? longestOpenedByAll(longer) : undefined;
    if (fullest && cluster.members.some(member => (member.c.evidence & Evidence.UnknownWords) !== 0n) && merges.represents(fullest)) {
      merges.union(cluster, fullest);
    } else if (firms.length === 1) {
      merges.union(cluster, firms[0]);
    } else if (longer?.length === 1 && (cluster.members.some(member => (member.c.evidence & Evidence.UnknownWords) !== 0n) || isTaggersPlaceOfCompany(cluster, longer[0]) || isLabelOfParty(cluster, longer[0]) || isTownOfTeam(cluster, longer[0]))
      && !(isRegionalArm(longer[0]) && firstStart(cluster) < firstStart(longer[0]))) {
      merges.union(cluster, longer[0]);
    } else if (longer && longer.length > 1 && cluster.members.some(member => (member.c.evidence & Evidence.UnknownWords) !== 0n)) {
      // "Kessler" beside "Kessler Logistik AG" and, later, its unit "Kessler Freight UK": a group's companies share its
      // first word, and the word alone is the company the story names first (the parent), not a unit named after it.
      const first = longer.reduce((earliest, other) => (firstStart(other) < firstStart(earliest) ? other : earliest));
      if (isCompany(first)) {
        merges.union(cluster, first);
      }
    }
  }
}

/**
 * "Vardel" or "Orrin" beside "Orrin Vardel Racing": a one-word body that is a word before the head of exactly one
 * motor-racing team's name (list racing-team-heads) is that team called by its sponsor or its constructor (kind-by-use
 * word-of-racing-team); first-words only reaches the sponsor's word, which opens the name. The teams are gathered in
 * one pass, so the step stays linear.
 */
export function mergeRacingTeamWords(index: OrgIndex, merges: OrgMerges): void {
  const byWord = new Map<string, Cluster[]>();
  for (const cluster of index.multiword) {
    const words = cluster.key.split(' ');
    if (RACING_TEAM_HEADS.has(words[words.length - 1].toLowerCase())) {
      for (const word of new Set(words.slice(0, -1))) {
        push(byWord, word, cluster);
      }
    }
  }
  if (byWord.size === 0) {
    return;
  }
  for (const cluster of index.all.filter(isOneWordOrg)) {
    const teams = merges.represents(cluster) ? distinctBodies(byWord.get(cluster.key), merges) : undefined;
    if (teams?.length === 1) {
      merges.union(cluster, teams[0]);
    }
  }
}

/** Whether some mention of the one-word body is used as a body (evidence body-use: "X's chief executive", "shares in X"). */
function actsAsBody(cluster: Cluster): boolean {
  return cluster.members.some(member => (member.c.evidence & Evidence.BodyUse) !== 0n);
}

/**
 * "Labour leader X", "Green MP X" beside "the Labour Party", "the Green Party": a party's label is a known word, no
 * unknown one, but alone it names the one party the article calls by the label and "Party"; so does a department's remit
 * name the one department named with it (isRemitOfDepartment).
 */
function isLabelOfParty(cluster: Cluster, longer: Cluster): boolean {
  return longer.key === `${cluster.key} party` || isRemitOfDepartment(cluster, longer);
}

/**
 * "the Treasury" beside "Treasury Department", "the Interior" beside "Interior Ministry": a government department
 * called by its remit alone is the one department named with it and its head noun (list invertible-body-heads), as
 * a party's label is the party; the remit is a known word, so the unknown-word test of a first word never holds.
 */
function isRemitOfDepartment(cluster: Cluster, longer: Cluster): boolean {
  const [remit, head, ...rest] = longer.key.split(' ');
  return rest.length === 0 && remit === cluster.key && head !== undefined && has(INVERTIBLE_BODY_HEADS, head);
}

/** The clusters of `clusters` that stand for distinct bodies: one of each set the merges have joined. */
function distinctBodies(clusters: readonly Cluster[] | undefined, merges: OrgMerges): Cluster[] | undefined {
  if (clusters === undefined) {
    return undefined;
  }
  const seen = new Set<Cluster>();
  return clusters.filter(cluster => {
    const root = merges.find(cluster);
    if (seen.has(root)) {
      return false;
    }
    seen.add(root);
    return true;
  });
}

/** A body of followers or owners (list followers-body-words: "Kelso Supporters' Trust", "Kelso Owners Club"). */
export function isFollowersBody(org: Cluster): boolean {
  return org.key.toLowerCase().split(' ').some(word => has(FOLLOWERS_BODY_WORDS, word.replace(/['\u2019]$/u, '')));
}

/**
 * The one body whose name every other of `orgs` opens word by word, adding only a company's head or legal form
 * ("Ashbury Health Group" of "Ashbury Health" and "Ashbury Health Group"; list company-heads; a school's "School",
 * "Tarrow High School" of "Tarrow High"), or undefined where two
 * names part ("Ashbury Health" and "Ashbury Water") or the longer adds a region ("Kessler Facades UK", the group's arm,
 * beside "Kessler Facades": the group's companies, which mergeFirstWords weighs by who is named first).
 */
function longestOpenedByAll(orgs: readonly Cluster[]): Cluster | undefined {
  const longest = orgs.reduce((best, other) => (other.key.length > best.key.length ? other : best));
  return orgs.every(org => org === longest || (longest.key.startsWith(`${org.key} `) && addsOnlyHead(longest.key, org.key))) ? longest : undefined;
}

/** The words `longer` adds to `shorter` are company heads only, or a school's "School" after its kind ("Tarrow High School" of "Tarrow High"). */
function addsOnlyHead(longer: string, shorter: string): boolean {
  const words = longer.toLowerCase().split(' ');
  const added = words.slice(shorter.split(' ').length);
  return added.every(word => has(COMPANY_HEADS, word)) || (added.length === 1 && isSchoolOfKind(words));
}

/**
 * "Parcelly Europe Ltd", "Vardo UK Ltd": a first word, then only a region (list regional-arm-words) or a country, then
 * a legal form: a group's regional unit. The first word alone, named before it, is the group.
 */
export function isRegionalArm(cluster: Cluster): boolean {
  return cluster.members.some(member => {
    const words = member.c.text.toLowerCase().replace(/\./g, '').split(/\s+/);
    const region = words.slice(1, -1);
    return words.length >= 3 && has(LEGAL_FORMS, words[words.length - 1])
      && (region.every(word => REGIONAL_ARM_WORDS.has(word)) || COUNTRIES.has(region.join(' ')));
  });
}

/**
 * "Dunwick is advised by …" beside "Dunwick Brewery": a one-word body that the tagger read as a place at every use (so no
 * use shows its words unknown) is still the one company its word opens (kind-by-use first-word-of-company made it a body).
 */
function isTaggersPlaceOfCompany(cluster: Cluster, longer: Cluster): boolean {
  return isCompany(longer) && cluster.members.every(member => (member.c.evidence & Evidence.Place) !== 0n);
}

/**
 * "Winnipeg beat Hartford", "Winnipeg captain X" beside "the Winnipeg Voyageurs": a town the lexicon knows (so no use
 * shows its word unknown), shown a side of a match or a club before a sports post at some use, is the one team its
 * word opens, as sports copy calls a club by its town; the longer name must be shown a team too.
 */
function isTownOfTeam(cluster: Cluster, longer: Cluster): boolean {
  const team = (named: Cluster): boolean => named.members.some(member => (member.c.evidence & (Evidence.Team | Evidence.Result)) !== 0n);
  return team(cluster) && team(longer);
}

/** A company named with a legal form or a trade noun ("Kessler Bancorp", "Kessler Freight Ltd"). */
function isCompany(cluster: Cluster): boolean {
  return cluster.members.some(member => isCompanyName(member.c));
}

/** Where the document first names an organisation. */
function firstStart(cluster: Cluster): number {
  return Math.min(...cluster.members.map(member => member.c.start));
}

/**
 * "El Vigía" for "El Vigía Austral", "La Voz" for "La Voz del Valle": a Spanish newspaper's article and head noun (list
 * spanish-press-heads), as its readers and other papers call it, name the one longer title of the article they open.
 */
export function mergeMastheadOpenings(index: OrgIndex, merges: OrgMerges): void {
  for (const cluster of index.all) {
    const words = foldLetters(cluster.key.toLowerCase()).split(' ');
    if (words.length !== 2 || (words[0] !== 'el' && words[0] !== 'la') || !has(SPANISH_PRESS_HEADS, words[1]) || !merges.represents(cluster)) {
      continue;
    }
    const opening = `${cluster.key.toLowerCase()} `;
    const longer = index.multiword.filter(other => other !== cluster && other.key.toLowerCase().startsWith(opening));
    if (longer.length === 1) {
      merges.union(cluster, longer[0]);
    }
  }
}

/** "Fed" for "Federal Reserve": a clipped first word of exactly one longer name. */
export function mergeClippings(index: OrgIndex, merges: OrgMerges): void {
  for (const cluster of index.all.filter(isOneWordOrg)) {
    const clipped = merges.represents(cluster) ? index.byClipping.get(cluster.key.toLowerCase()) : undefined;
    if (clipped?.length === 1) {
      merges.union(cluster, clipped[0]);
    }
  }
}

/**
 * "Lib Dems", "Lib Dem" for "Liberal Democrats": a name of two or more words, each of which clips the word in its place
 * of exactly one longer name of as many words (3 letters or more, short of the word less one, as a first word's
 * clipping; a plural's "s" set aside), is that body's short form. Every word must be clipped: "Kelso Bank" beside
 * "Kelso Banking" shares a whole word and stays apart.
 */
export function mergeWordClippings(index: OrgIndex, merges: OrgMerges): void {
  // Only a name of as many words whose first word opens with the same three letters can be clipped to this one: the
  // names indexed so (in document order, as the whole list was read), not every name against every other (quadratic
  // in a long document's bodies, on every edit).
  const wordsOf = new Map<Cluster, string[]>();
  const byOpening = new Map<string, Cluster[]>();
  for (const cluster of index.multiword) {
    const words = cluster.key.toLowerCase().split(' ');
    wordsOf.set(cluster, words);
    push(byOpening, clippingOpening(words), cluster);
  }
  for (const cluster of index.multiword) {
    const words = wordsOf.get(cluster)!;
    const longer = merges.represents(cluster) ? (byOpening.get(clippingOpening(words)) ?? []).filter(other => other !== cluster && clipsEveryWord(words, wordsOf.get(other)!)) : [];
    if (longer.length === 1 && merges.represents(longer[0])) {
      merges.union(cluster, longer[0]);
    }
  }
}

/**
 * "the Liberals" for "Liberal Alliance", "the Social Democrats" for "Social Democratic Party": a name that is the
 * members' plural of exactly one party the document names in full (kindRules.ts pluralsOfPartyName) is that party.
 */
export function mergePartyPlurals(index: OrgIndex, merges: OrgMerges): void {
  const partiesByPlural = new Map<string, Cluster[]>();
  for (const cluster of index.multiword) {
    for (const plural of pluralsOfPartyName(cluster.key.toLowerCase().split(' '))) {
      push(partiesByPlural, plural, cluster);
    }
  }
  if (partiesByPlural.size === 0) {
    return;
  }
  for (const cluster of index.all) {
    const parties = merges.represents(cluster) ? partiesByPlural.get(cluster.key.toLowerCase()) : undefined;
    if (parties?.length === 1 && parties[0] !== cluster) {
      merges.union(cluster, parties[0]);
    }
  }
}

/** The word count and the first word's first three letters, which a name and every name it clips share (clipsEveryWord: 3 letters or more, a prefix). */
function clippingOpening(words: readonly string[]): string {
  return `${words.length} ${words[0].slice(0, 3)}`;
}

/** Whether each word of `short` clips the word of `long` in its place ("lib dems" of "liberal democrats"). */
function clipsEveryWord(short: readonly string[], long: readonly string[]): boolean {
  return short.length === long.length && short.every((word, i) => {
    const plural = i === short.length - 1 && /[^s]s$/.test(word) && long[i].endsWith('s');
    const clipped = plural ? word.slice(0, -1) : word;
    return /^\p{L}+$/u.test(clipped) && clipped.length >= 3 && clipped.length < long[i].length - 1 && long[i].startsWith(clipped);
  });
}

/**
 * "the Commission" for "European Commission": the noun that one organisation's name is built on. Also a word no list
 * knows as a head where every use stands right after "the" ("told the Lantern" for the "Evening Lantern" the article
 * names): the article's own short name for the one body built on it.
 */
export function mergeHeadNouns(index: OrgIndex, merges: OrgMerges): void {
  for (const cluster of index.all.filter(isOneWordOrg)) {
    const lower = cluster.key.toLowerCase();
    const listed = has(ORG_HEADS, lower) || isPressHeadPair(lower);
    const longer = !merges.represents(cluster) ? undefined : listed ? index.byHead.get(lower) : endedAfterArticle(index, cluster);
    if (longer?.length === 1) {
      merges.union(cluster, longer[0]);
    }
  }
}

/**
 * The longer names a one-word body used only right after "the" ends ("the Lantern" of "Evening Lantern", or of a
 * masthead in capitals, "LINDMOOR LANTERN"); none for a word used otherwise.
 */
function endedAfterArticle(index: OrgIndex, cluster: Cluster): readonly Cluster[] | undefined {
  if (!cluster.members.every(member => (member.c.evidence & Evidence.AfterArticle) !== 0n)) {
    return undefined;
  }
  return [...new Set([...(index.bySuffix.get(cluster.key) ?? []), ...(index.bySuffix.get(cluster.key.toUpperCase()) ?? [])])];
}

/**
 * "Post-Gazette", "Ledger-Dispatch", "Times-Herald": two newspaper heads (list press-heads) joined by a hyphen, as US
 * papers merged from two titles are named; alone ("told the Post-Gazette") it names the one paper ending in it ("the
 * Kelso Post-Gazette"), as "the Courier" does.
 */
function isPressHeadPair(lower: string): boolean {
  const parts = lower.split('-');
  return parts.length === 2 && parts.every(part => has(PRESS_HEADS, part));
}

/**
 * "the Yankees" for "New York Yankees", "the Comets" for "Dexter Comets", "City" for "Dunmore City": a team's
 * nickname (gazetteer), or a plural or club ending (isTeamWord), that ends exactly one longer name of the article.
 */
export function mergeTeamNicknames(index: OrgIndex, merges: OrgMerges): void {
  for (const cluster of index.all) {
    const nickname = US_TEAM_NICKNAMES.has(cluster.key) || isTeamWord(cluster.key);
    const longer = isOneWordOrg(cluster) && merges.represents(cluster) && nickname ? index.bySuffix.get(cluster.key) : undefined;
    if (longer?.length === 1 && merges.represents(longer[0])) {
      merges.union(cluster, longer[0]);
    }
  }
}

/**
 * "Kelmore Rovers agreed the fee … but the Robins' third bid", "Rival bidders Dunmore United … but the Quarrymen pulled
 * out": a club's plural nickname (a use after "the" or before "fans", or a listed team nickname) that ends no name of
 * the article is elegant variation for the club the copy has just named, as transfer, takeover and club-news copy
 * writes it. Only where exactly one club (named by more than one word and shown a club: a team's evidence, a club
 * prefix or a club-only word) is named in the stretch of text before a use (NICKNAME_REACH characters, about two
 * sentences), and every use with such a club has the same one: a match report that names its two sides together keeps
 * its nicknames apart, a nickname far from any club stays unjoined, and political copy, which names no club, keeps
 * "the Democrats" as it was. Never into a team named by its town and a nickname of its own ("Omaha Stallions"): the
 * other nickname beside it is the other side.
 */
export function mergeNicknamesAfterClub(index: OrgIndex, merges: OrgMerges): void {
  const nicknames = index.all.filter(cluster => isOneWordOrg(cluster) && merges.represents(cluster) && isClubNickname(cluster) && !index.bySuffix.has(cluster.key));
  if (!nicknames.length) {
    return;
  }
  const clubs = new Set(index.all.filter(isClubNamed).map(cluster => merges.find(cluster)));
  // "the Omaha Stallions … sent the Lancers home": a team named by its town and its own plural nickname is called by that
  // one; another nickname beside it is the other side. It still counts as a club named near the nickname.
  const nicknamed = new Set(index.all.filter(cluster => isClubNamed(cluster) && endsInOwnNickname(cluster)).map(cluster => merges.find(cluster)));
  const clubMentions = index.all.filter(cluster => cluster.kind === 'org' && clubs.has(merges.find(cluster)))
    .flatMap(cluster => cluster.members.map(member => ({ start: member.c.start, club: merges.find(cluster) })));
  for (const nickname of nicknames) {
    const named = new Set<Cluster>();
    let ambiguous = false;
    for (const member of nickname.members) {
      const near = new Set(clubMentions.filter(mention => mention.start < member.c.start && mention.start >= member.c.start - NICKNAME_REACH).map(mention => mention.club));
      ambiguous ||= near.size > 1;
      near.forEach(club => named.add(club));
    }
    const [club] = named;
    if (!ambiguous && named.size === 1 && club !== nickname && !nicknamed.has(club)) {
      merges.union(nickname, club);
    }
  }
}

/** How far before a club's nickname (in characters, about two sentences of news copy) the club it stands for is looked for. */
const NICKNAME_REACH = 250;

/** A club's name ending in a plural nickname of its own ("Omaha Stallions", "Kelso Comets"), not in a club-name ending ("Kelso Rovers"). */
function endsInOwnNickname(cluster: Cluster): boolean {
  const last = cluster.key.toLowerCase().split(' ').pop() ?? '';
  return /(?:[^s]s|men)$/.test(last) && !CLUB_NAME_ENDINGS.has(last) && !CLUB_ONLY_ENDINGS.has(last);
}

/** A one-word body named as a club's plural nickname: a use after "the" or before "fans" (Evidence.Nickname), or a listed team nickname. */
function isClubNickname(cluster: Cluster): boolean {
  const key = cluster.key.toLowerCase();
  return /(?:[^s]s|men)$/.test(key) && !CLUB_NAME_ENDINGS.has(key)
    && (US_TEAM_NICKNAMES.has(cluster.key) || cluster.members.some(member => (member.c.evidence & Evidence.Nickname) !== 0n));
}

/**
 * A body of more than one word that a use shows as a club or a side ("Kelmore Rovers" beside a score), that a club
 * prefix opens ("Real Tornes") or that a club-only word names ("Dunmore United", "Kelso Athletic FC").
 */
function isClubNamed(cluster: Cluster): boolean {
  const words = cluster.key.toLowerCase().split(' ');
  return isMultiwordOrg(cluster) && (has(CLUB_NAME_PREFIXES, words[0]) || words.some(word => CLUB_ONLY_ENDINGS.has(word))
    || cluster.members.some(member => (member.c.evidence & (Evidence.Team | Evidence.Result)) !== 0n));
}

/**
 * "Tornes" for "Real Tornes", "Almenar" for "Club Deportivo Almenar": a one-word name that ends exactly one longer name
 * whose other words are all words that open a club's name (lexicon CLUB_NAME_PREFIXES); so does a paper's own word
 * after "Daily" ("the Kestrel" for "The Daily Kestrel", list paper-name-openers), which names it as a prefix names a club.
 */
export function mergeClubPrefixes(index: OrgIndex, merges: OrgMerges): void {
  for (const cluster of index.all) {
    const longer = isOneWordOrg(cluster) && merges.represents(cluster) ? index.bySuffix.get(cluster.key) ?? [] : [];
    const clubs = longer.filter(other => other.key.split(' ').slice(0, -1).every(word => has(CLUB_NAME_PREFIXES, word.toLowerCase()) || has(PAPER_NAME_OPENERS, word.toLowerCase())));
    if (clubs.length === 1 && longer.length === 1 && merges.represents(clubs[0])) {
      merges.union(cluster, clubs[0]);
    }
  }
}

/**
 * "the Red Cross" for "Kenya Red Cross": a name of two or more words that ends exactly one longer name, the
 * words before it qualifying it ("Kenya", "US"), not naming another body ("International Committee of").
 */
export function mergeNameEndings(index: OrgIndex, merges: OrgMerges): void {
  for (const cluster of index.multiword) {
    const longer = merges.represents(cluster) ? index.bySuffix.get(cluster.key) ?? designatedEnding(index, cluster) : [];
    if (longer.length === 1 && merges.represents(longer[0])) {
      merges.union(cluster, longer[0]);
    }
  }
}

/**
 * "the Relief Society" for "the Marwick Relief Society": a longer name is keyed without its designator ("marwick relief",
 * list company-designators), which a name of two words keeps; the shorter name's first word then ends the longer key,
 * and the longer name must be written with the same last word ("Marwick Famine Relief" is another body).
 */
function designatedEnding(index: OrgIndex, cluster: Cluster): Cluster[] {
  const words = cluster.key.split(' ');
  const last = words[words.length - 1];
  if (words.length !== 2 || !COMPANY_DESIGNATORS.has(last)) {
    return [];
  }
  return (index.bySuffix.get(words[0]) ?? []).filter(other => other.members.some(member => member.c.words[member.c.words.length - 1] === last));
}

/**
 * "the Central Bank" for "Central Bank of Kelso", "the Coordination Office" for "Coordination Office for the Return of
 * Detainees": a name of two words or more that is all of exactly one longer name before its "of" / "for", named after
 * it, ending no other name ("Central Bank" beside "European Central Bank" goes to neither), and no body of its own that
 * opens other bodies' names (other-body-openings: "Royal Society").
 */
export function mergeLeadingWords(index: OrgIndex, merges: OrgMerges): void {
  for (const cluster of index.multiword) {
    const key = cluster.key.toLowerCase();
    const longer = merges.represents(cluster) && !has(OTHER_BODY_OPENINGS, key) && !index.bySuffix.get(cluster.key)?.length
      ? index.byLeadingWords.get(key) ?? [] : [];
    const first = (body: Cluster) => Math.min(...body.members.map(member => member.c.start));
    if (longer.length === 1 && merges.represents(longer[0]) && first(longer[0]) < first(cluster)) {
      merges.union(cluster, longer[0]);
    }
  }
}

/**
 * "Carrick Rail" for "Carrick Rail Group", "Vardo Marine" for "Vardo Marine Holdings": a name of two words or more that is
 * exactly one longer name of the document without its last word, a company's form or trade noun (list company-heads;
 * also a utility's licensed company's "Services" or "Utilities" where its legal form is written, "Kelvar Water" for
 * "Kelvar Water Services Ltd", list licensed-company-nouns):
 * copy drops the form after the first mention as it does a lone first word ("Kessler" for "Kessler Bancorp"), and
 * so the trade words before it ("Kestrel Ridge" for "Kestrel Ridge Data Partners", read as a body by kind-by-use's
 * first-word-of-company); so does arts copy an ensemble's last word ("the Kelso Philharmonic" for "Kelso Philharmonic
 * Orchestra", list dropped-ensemble-heads), and energy copy a generator's trade ("Orrin Nuclear" for "Orrin Nuclear
 * Generation", list energy-company-tails), and schools copy a school's closing "School" ("Tarrow High" for "Tarrow High
 * School", list dropped-school-kinds). Two companies with the same stem ("Vardo Marine Group", "Vardo Marine
 * Holdings") leave it alone.
 */
export function mergeCompanyStems(index: OrgIndex, merges: OrgMerges): void {
  const byStem = new Map<string, Cluster[]>();
  for (const cluster of index.multiword) {
    const words = cluster.key.toLowerCase().split(' ');
    const last = words[words.length - 1];
    if (words.length > 2 && (has(COMPANY_HEADS, last) || has(DROPPED_ENSEMBLE_HEADS, last) || endsInEnergyTrade(words) || (LICENSED_COMPANY_NOUNS.has(last) && withLegalForm(cluster)) || isOfficeService(words) || isSchoolOfKind(words))) {
      for (let n = 2; n < words.length; n++) {
        push(byStem, words.slice(0, n).join(' '), cluster);
      }
    }
  }
  for (const cluster of index.multiword) {
    const longer = merges.represents(cluster) ? byStem.get(cluster.key.toLowerCase()) ?? [] : [];
    if (longer.length === 1 && merges.represents(longer[0])) {
      merges.union(cluster, longer[0]);
    }
  }
}

/** "tarrow high school": a school's name closed by "School" after a word of its kind (list dropped-school-kinds), which copy keeps alone ("Tarrow High"). */
function isSchoolOfKind(words: readonly string[]): boolean {
  return words[words.length - 1] === 'school' && has(DROPPED_SCHOOL_KINDS, words[words.length - 2]);
}

/** "local services ombudsman service": an office's name closed by "Service" (list office-service-endings) after its office-body head. */
function isOfficeService(words: readonly string[]): boolean {
  return has(OFFICE_SERVICE_ENDINGS, words[words.length - 1]) && has(OFFICE_BODY_HEADS, words[words.length - 2]);
}

/** Whether some mention of the body writes its legal form ("Kelvar Water Services Ltd"), which the body's key leaves out. */
function withLegalForm(cluster: Cluster): boolean {
  return cluster.members.some(member => has(LEGAL_FORMS, member.c.words[member.c.words.length - 1].replace(/\./g, '')));
}

/** "BBC News" of "BBC", and a station's "KXBQ News 11" of "KXBQ": the abbreviation, "News" and at most a channel number. */
function isNewsroomOf(name: string, abbreviation: string): boolean {
  const rest = name.toLowerCase().slice(abbreviation.length);
  return name.toLowerCase().startsWith(abbreviation.toLowerCase()) && /^ news(?: \d{1,3})?$/.test(rest);
}

/** Fewest capitals of a broadcaster's abbreviation that its news service's name opens with ("BBC", "NHK"). */
const MIN_BROADCASTER_LETTERS = 2;

/**
 * "BBC" for "BBC News": an abbreviation in capitals that opens exactly one name of two words whose second is "News",
 * its newsroom's byline; the broadcaster's other services ("BBC Pidgin") are no newsroom and stay apart, and a word
 * that is no abbreviation ("Marwick" beside "Marwick News") is a town or a firm. A local TV station's call letters and
 * its brand with the channel number ("KXBQ" / "KXBQ News 11") are one station the same way.
 */
export function mergeBroadcasterNews(index: OrgIndex, merges: OrgMerges): void {
  for (const cluster of index.all.filter(isOneWordOrg)) {
    const capitals = cluster.members.some(member => member.c.text.length >= MIN_BROADCASTER_LETTERS && /^\p{Lu}+$/u.test(member.c.text));
    const newsrooms = capitals && merges.represents(cluster)
      ? (index.byFirstWord.get(cluster.key) ?? []).filter(other => isNewsroomOf(other.key, cluster.key)) : [];
    if (newsrooms.length === 1 && merges.represents(newsrooms[0])) {
      merges.union(cluster, newsrooms[0]);
    }
  }
}

/** The cluster named by `key` less its final "s", when its last word is a plural ("holdings", not "congress"). */
function singularOf(index: OrgIndex, key: string): Cluster | undefined {
  const last = key.slice(key.lastIndexOf(' ') + 1);
  return last.length > 4 && last.endsWith('s') && !last.endsWith('ss') ? index.byKey.get(key.slice(0, -1)) : undefined;
}

/**
 * "the Houthis" and "the Houthi movement", "Dorrit Holdings" and "Dorrit Holding": a body named also with its
 * last word in the plural is one body (the singular form joins the plural). "The Civic Radicals" and "the Civic Radical
 * Party": a party's name of two words or more before "Party" in the plural is the party (the plural joins it).
 */
export function mergePlurals(index: OrgIndex, merges: OrgMerges): void {
  for (const cluster of index.all) {
    const key = cluster.key.toLowerCase();
    const singular = cluster.kind === 'org' && merges.represents(cluster) ? singularOf(index, key) : undefined;
    if (singular && merges.represents(singular)) {
      merges.union(singular, cluster);
      continue;
    }
    const party = cluster.kind === 'org' && merges.represents(cluster) && key.includes(' ') && /[^s]s$/.test(key) ? index.byKey.get(`${key.slice(0, -1)} party`) : undefined;
    if (party && party !== cluster && merges.represents(party)) {
      merges.union(cluster, party);
    }
  }
}

/**
 * "(Fiocruz)" after its full name: a form the text itself gives as another name for an organisation. The
 * first statement of a form counts; a later one naming another body does not pull both bodies together.
 */
export function mergeStatedExpansions(index: OrgIndex, merges: OrgMerges): void {
  for (const placed of index.placed) {
    const from = index.clusterOf.get(placed);
    const to = placed.c.expands !== undefined ? index.clusterOf.get(index.placed[placed.c.expands]) : undefined;
    if (from && to && from.kind === 'org' && to.kind === 'org' && merges.represents(from) && merges.represents(to)) {
      merges.union(from, to);
    }
  }
}

/** One way an organisation is named in another form, with the reason it comes where it does. */
export interface OrgFormStep {
  readonly id: string;
  readonly reason: string;
  readonly run: (index: OrgIndex, merges: OrgMerges) => void;
}

/** The organisation-form steps, in order: a form merged by an earlier step is not looked at by a later one. */
export const ORG_FORM_STEPS: readonly OrgFormStep[] = [
  { id: 'stated-expansions', reason: 'A form the text itself gives in parentheses or after "known as" is surer than any guess, so it goes first and no later step moves that form.', run: mergeStatedExpansions },
  { id: 'abbreviations', reason: 'Initials are the surest guess at a link between two forms.', run: mergeAbbreviations },
  { id: 'abbreviated-openings', reason: 'Initials standing for a name\'s opening words ("UN Security Council" / "United Nations Security Council") are as sure as initials for the whole name, and the rest of both names must agree.', run: mergeAbbreviatedOpenings },
  { id: 'abbreviated-endings', reason: 'Initials standing for a name\'s closing words ("Tarrow DC" / "Tarrow District Council") are as sure as initials for its opening words, and the words before them must agree.', run: mergeAbbreviatedEndings },
  { id: 'club-forms', reason: 'A club named by its town and its form\'s initials ("Kelso RLFC") is the one club named after that town with its nickname ("Kelso Kestrels"); joined before first-words, so the town alone joins that one club.', run: mergeClubForms },
  { id: 'first-words', reason: 'An unknown word or a partner\'s name that starts exactly one longer name, when it is no abbreviation.', run: mergeFirstWords },
  { id: 'racing-team-words', reason: 'A sponsor\'s or a constructor\'s word alone names the one racing team whose name holds it ("Vardel" / "Orrin Vardel Racing"); after first-words, which takes an opening word with more care.', run: mergeRacingTeamWords },
  { id: 'masthead-openings', reason: 'A Spanish paper\'s article and head noun ("El Vigía") name the one longer title they open, as sure as a first word.', run: mergeMastheadOpenings },
  { id: 'clippings', reason: 'A clipped first word ("Fed") only when neither initials nor a whole first word matched.', run: mergeClippings },
  { id: 'word-clippings', reason: 'Every word of a name clipped ("Lib Dems" / "Liberal Democrats"), after a clipped first word alone, which is as sure.', run: mergeWordClippings },
  { id: 'party-plurals', reason: 'A party called by its members\' plural ("the Liberals" / "Liberal Alliance") is as sure as a clipped name: the plural is built from the full name\'s own words.', run: mergePartyPlurals },
  { id: 'head-nouns', reason: 'The bare head noun ("the Commission") names the one body built on it; weaker than a word of the name.', run: mergeHeadNouns },
  { id: 'team-nicknames', reason: 'A team\'s nickname or club ending alone ("the Yankees", "the Comets", "City") names the one team the article calls by its full name.', run: mergeTeamNicknames },
  { id: 'club-prefixes', reason: 'A club\'s name without the word that opens it ("Tornes" for "Real Tornes"), after the US team nicknames and with the same care: one longer name only.', run: mergeClubPrefixes },
  { id: 'nicknames-after-club', reason: 'A club\'s plural nickname that ends no name joins the one club named in the two sentences before every use of it, where no use has two ("Kelmore Rovers … the Robins"); after the team nicknames and club prefixes, which match a name\'s own words and so are surer.', run: mergeNicknamesAfterClub },
  { id: 'name-endings', reason: 'A multiword name ending exactly one longer name; after the one-word forms, which it never touches.', run: mergeNameEndings },
  { id: 'leading-words', reason: 'A name of two words or more that is the part of one longer name before "of" / "for", named after it; after the name endings, so a name that ends another is not also taken here.', run: mergeLeadingWords },
  { id: 'company-stems', reason: 'A company\'s name without its form ("Carrick Rail" of "Carrick Rail Group") after every guess from the name\'s own words, which name a body more surely.', run: mergeCompanyStems },
  { id: 'broadcaster-news', reason: 'A broadcaster\'s abbreviation and its newsroom\'s byline ("BBC" / "BBC News") after every guess from a name\'s own words, which it never overrides.', run: mergeBroadcasterNews },
  { id: 'plurals', reason: 'A singular and a plural form of one body; the singular joins the plural unless already merged elsewhere.', run: mergePlurals },
];

/**
 * The clusters with each short form merged into the organisation it names: ORG_FORM_STEPS ask `merges` (the
 * resolution's union-find, every cluster of `all` in it) for unions, then the members move once.
 */
export function mergeOrgForms(all: readonly Cluster[], placed: readonly Placed[], clusterOf: ReadonlyMap<Placed, Cluster>, merges: OrgMerges): Cluster[] {
  const index = indexOrgs(all, placed, clusterOf);
  const before = merges.joins.length;
  for (const step of ORG_FORM_STEPS) {
    step.run(index, merges);
  }
  return applyJoins(merges, merges.joins.slice(before), all);
}
