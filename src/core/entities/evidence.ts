// Evidence about a candidate name that its own words and their neighbours give: known first names and
// surnames, organisation and place words, abbreviations, reporting verbs. Weighed later by kind.ts.
import {
  CAPITALISED_BODIES, CLUB_PREFIXES, EVENT_HEADS, FEMALE_HONORIFICS, MALE_HONORIFICS, NON_ORG_ACRONYMS, ORG_HEADS, ORG_HEADS_BEFORE_OF, ORG_NOUNS_AFTER, ORG_SUFFIXES,
  PLACE_ACRONYMS, PLACE_NOUNS_BEFORE_OF, PLACE_HEADS, RESULT_VERBS, ROLE_APPOSITIVE_STOPS, SPEECH_VERBS, THING_NOUNS, TITLE_HEADS, UNIVERSITIES, has,
} from '../lexicon/entities';
import { Tag, type Sentence, type Token } from '../nlp/tokens';
import type { Draft } from './names';
import { Evidence, type Gender } from './types';
import { gazetteerEvidence } from './gazetteer';
import { isAllCaps, isCapitalised, isParticle, isPossessive, joined, nameWord, opensSentence } from './words';

const ORG_SUFFIX = new RegExp(`\\p{L}{3}(?:${[...ORG_SUFFIXES.words].join('|')})$`, 'u');

/** "Bauernverband", "Bundesbank": a compound whose last part is an organisation noun (German, Dutch). */
function hasOrgSuffix(lower: string): boolean {
  return ORG_SUFFIX.test(lower);
}

export function genderOfHonorific(t: Token): Gender | undefined {
  return has(FEMALE_HONORIFICS, t.lower) ? 'f' : has(MALE_HONORIFICS, t.lower) ? 'm' : undefined;
}

/** An initial inside a name: "J", "J.D.". */
const INITIALS = /^(?:\p{Lu}\.?){1,3}$/u;

/** "X, a private company, …": an appositive naming a kind of body (not "X, a company spokesman"). */
function isOrgAppositive(s: Sentence, d: Draft): boolean {
  if (!/^,\s*$/.test(s[d.last].post)) {
    return false;
  }
  for (let q = d.last + 1; q < s.length && q <= d.last + 5; q++) {
    const t = s[q], next = s[q + 1];
    if (has(ROLE_APPOSITIVE_STOPS, t.lower)) {
      return false;
    }
    const phraseGoesOn = next !== undefined && (joined(t, next) || (isPossessive(t) && /^\s+$/.test(t.post)));
    if (!isCapitalised(t) && has(ORG_NOUNS_AFTER, t.lower)) {
      return !phraseGoesOn || !has(TITLE_HEADS, next.lower);
    }
    if (!phraseGoesOn) {
      return false;
    }
  }
  return false;
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'across', 'outside', 'inside', 'around', 'throughout', 'within']);

const PERSONAL_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him']);

const OUTLET_NOUNS = new Set(['agency', 'outlet', 'channel', 'site', 'website', 'network', 'service', 'portal']);

/** "Sputnik news agency", "Interfax news agency". */
function isNewsOutlet(after: Token, next: Token | undefined): boolean {
  return after.lower === 'news' && next !== undefined && OUTLET_NOUNS.has(next.lower) && joined(after, next);
}

/** The name is the subject of a reporting verb ("X said", "…, said X") or a source ("according to X"). */
function isSpeaker(s: Sentence, d: Draft): boolean {
  const next = s[d.last + 1];
  if (next && has(SPEECH_VERBS, next.lower) && (joined(s[d.last], next) || /^\s+$/.test(s[d.last].post))) {
    return true;
  }
  const first = d.honorific ?? d.first;
  const prev = s[first - 1];
  if (!prev || !/^\s+$/.test(prev.post)) {
    return false;
  }
  return has(SPEECH_VERBS, prev.lower) || (prev.lower === 'to' && s[first - 2]?.lower === 'according');
}

const SCORE = /^\d{1,2}[-–]\d{1,2}$/;
const RESULT_LINKS = new Set(['with', 'to', 'against', 'by']);

/** "Kelso beat Dunmore 2-1", "… drew with Dunmore", "… lost to Kelso", "Kelso 2-1 Dunmore": a side of a match result with a score. */
function isMatchSide(s: Sentence, d: Draft): boolean {
  // "Aston Vale 2-2 Dunmore": a side written right beside the score.
  const beside = (t: Token | undefined) => t !== undefined && SCORE.test(t.text);
  if ((beside(s[d.last + 1]) && /^\s+$/.test(s[d.last].post)) || (beside(s[d.first - 1]) && /^\s+$/.test(s[d.first - 1].post))) {
    return true;
  }
  // One score: a match between sides. Several ("6-4, 6-3") are a tennis match's sets, between players.
  if (s.filter(t => SCORE.test(t.text)).length !== 1) {
    return false;
  }
  const next = s[d.last + 1], prev = s[d.first - 1];
  const linked = prev !== undefined && RESULT_LINKS.has(prev.lower) && s[d.first - 2] !== undefined && has(RESULT_VERBS, s[d.first - 2].lower);
  return (next !== undefined && has(RESULT_VERBS, next.lower)) || (prev !== undefined && has(RESULT_VERBS, prev.lower)) || linked;
}

/** Evidence that only the words of the name give. */
export function wordEvidence(s: Sentence, d: Draft): number {
  const tokens = s.slice(d.first, d.last + 1).filter(t => !isParticle(t));
  let e = d.evidence;
  // A draft of particles alone ("arap", "al-") has no name word to judge.
  if (tokens.length === 0) {
    return e;
  }
  const first = tokens[0], lastT = tokens[tokens.length - 1];
  if (tokens.length > 1 && (((first.lexicon | first.tags) & Tag.FirstName) !== 0 || (first.lexicon & Tag.Person) !== 0)) {
    e |= Evidence.FirstName;
  }
  if (((lastT.lexicon | lastT.tags) & Tag.LastName) !== 0) {
    e |= Evidence.LastName;
  }
  if (tokens.every(t => (t.tags & Tag.Person) !== 0 && (t.tags & Tag.Honorific) === 0)) {
    e |= Evidence.PersonTags;
  }
  // compromise's in-context organisation tag counts only when its organisation is exactly this name, not a
  // longer phrase around it ("Netanyahu's office").
  const after = s[d.last + 1];
  const longer = after && !isCapitalised(after) && (after.tags & Tag.Organization) !== 0;
  // For all-capital words our own lists decide: compromise tags any "the XYZ" as an organisation.
  const listed = (t: Token) => isAllCaps(t) && (has(NON_ORG_ACRONYMS, nameWord(t)) || has(PLACE_ACRONYMS, nameWord(t)));
  const org = (t: Token) => (t.lexicon & Tag.Organization) !== 0 || ((t.tags & Tag.Organization) !== 0 && !longer && !listed(t));
  // "CNN Turk", "BBC Persian": a known organisation's name extended by more capitalised words.
  const knownFirst = (first.lexicon & Tag.Organization) !== 0 && (first.lexicon & (Tag.Person | Tag.Place)) === 0;
  if (org(lastT) && (tokens.length === 1 || org(first)) || tokens.length > 1 && knownFirst) {
    e |= Evidence.OrgTag;
  }
  // "the Fidesz party", "Interfax news agency" — but in "Fisherfolk group Pamalakaya" the noun introduces
  // the next name, which is the organisation ("the biotech company Vacinar", "the regulator, Anvisa,").
  const afterAfter = s[d.last + 2];
  const introduces = afterAfter && isCapitalised(afterAfter) && joined(after, afterAfter);
  if (after && !isCapitalised(after) && joined(s[d.last], after) && !introduces && (has(ORG_NOUNS_AFTER, after.lower) || isNewsOutlet(after, afterAfter))) {
    e |= Evidence.OrgTag;
  }
  const prev = s[d.first - 1];
  // ("son-in-law X": a noun ending a hyphenated compound is not the thing noun.)
  const compound = /-$/.test(s[d.first - 2]?.post ?? '');
  if (prev && !isCapitalised(prev) && has(THING_NOUNS, prev.lower) && joined(prev, s[d.first]) && d.honorific === undefined && !compound) {
    e |= Evidence.Place;
  }
  // "Stanford", "Yale Law": a university known by one word, alone or before its school's name.
  if (has(UNIVERSITIES, first.lower) && isCapitalised(first)) {
    e |= Evidence.OrgTag;
  }
  // "FC Rostov", "Sporting Lisbon": a club's prefix makes the name a club, whatever its other words look like.
  if (tokens.length > 1 && has(CLUB_PREFIXES, first.lower) && isCapitalised(first)) {
    e |= Evidence.OrgTag;
  }
  // "the Fed": a short name of a body whose lower-case form is an ordinary word.
  if (tokens.length === 1 && CAPITALISED_BODIES.has(first.text.replace(/[’']s$/, ''))) {
    e |= Evidence.OrgTag;
  }
  // "an analyst at Bernstein", "a researcher at Fiocruz": the workplace after an occupation is a body.
  const occupation = s[d.first - 2];
  if (prev?.lower === 'at' && occupation && !isCapitalised(occupation) && has(TITLE_HEADS, occupation.lower) && joined(prev, s[d.first])
    && d.honorific === undefined) {
    e |= Evidence.OrgTag;
  }
  // "the Egyptian resort of Sharm el-Sheikh", "the city of Kharkiv": a place noun and "of" before it.
  const placeNoun = s[d.first - 2];
  if (prev?.lower === 'of' && placeNoun && !isCapitalised(placeNoun) && has(PLACE_NOUNS_BEFORE_OF, placeNoun.lower) && d.honorific === undefined) {
    e |= Evidence.Place;
  }
  // "Vanuatu's capital, Port Salvo, …": a place noun and a comma before a closed appositive name it as a place.
  const closed = /^[,.;]/.test(s[d.last].post);
  if (prev && !isCapitalised(prev) && has(PLACE_NOUNS_BEFORE_OF, prev.lower) && /^,\s+$/.test(prev.post) && closed && d.honorific === undefined
    && ((first.lexicon | first.tags) & Tag.FirstName) === 0) {
    e |= Evidence.Place;
  }
  // "Cyclone Remal", "Operation Sindoor": a named storm or operation is a thing, like "the storm X".
  if (tokens.length > 1 && has(EVENT_HEADS, first.lower) && d.honorific === undefined) {
    e |= Evidence.Place;
  }
  if (isOrgAppositive(s, d)) {
    e |= Evidence.OrgTag;
  }
  if (prev && PLACE_PREPOSITIONS.has(prev.lower) && joined(prev, s[d.first])) {
    e |= Evidence.Located;
  }
  if (after && /^\d/.test(after.text) && /^\s+$/.test(s[d.last].post)) {
    e |= Evidence.NumberAfter;
  }
  if (isPossessive(s[d.last])) {
    e |= Evidence.Possessive;
  }
  if (d.honorific === undefined && prev && !isCapitalised(prev) && has(ORG_NOUNS_AFTER, prev.lower)
    && (joined(prev, s[d.first]) || /^,\s*$/.test(prev.post + s[d.first].pre))) {
    e |= Evidence.OrgTag;
  }
  // "… Committee", or an organisation noun before "of"/"for" ("Competition Commission of India").
  const span = s.slice(d.first, d.last + 1);
  const headBeforeOf = span.some((t, i) => i > 0 && (t.lower === 'of' || t.lower === 'for') && has(ORG_HEADS_BEFORE_OF, span[i - 1].lower));
  const orgHead = tokens.length > 1 && (has(ORG_HEADS, lastT.lower) || headBeforeOf || hasOrgSuffix(lastT.lower));
  if (orgHead) {
    e |= Evidence.OrgHead;
  }
  const bare = nameWord(first);
  // An abbreviation is not an English word ("GOAL!"), and a capitalised word opening a paragraph before a
  // comma or dash is a dateline ("MOIBEN, Kenya —").
  const word = first.lexicon !== 0 && (first.lexicon & Tag.Organization) === 0 && bare.length > 2;
  const dateline = d.first === 0 && s[0].start === 0 && /^\s*[,:(—–-]/.test(first.post) && bare.length > 3;
  const shout = /^!/.test(first.post);
  if (tokens.length === 1 && isAllCaps(first) && bare.length <= 6 && !has(NON_ORG_ACRONYMS, bare) && !has(PLACE_ACRONYMS, bare) && !word && !dateline && !shout) {
    e |= Evidence.Acronym;
  }
  if (tokens.every(t => ((t.tags | t.lexicon) & (Tag.Place | Tag.Demonym)) !== 0 || has(PLACE_ACRONYMS, nameWord(t)))
    || (tokens.length > 1 && has(PLACE_HEADS, lastT.lower))) {
    // "US State Department", "China Coast Guard": a country before an organisation noun makes a body;
    // "West Bank" stays a place.
    const countryFirst = (first.lexicon & (Tag.Place | Tag.Demonym)) !== 0 || has(PLACE_ACRONYMS, nameWord(first));
    if (!orgHead || ((lastT.tags & Tag.Place) !== 0 && !countryFirst)) {
      e |= Evidence.Place;
    }
  }
  // "Senator Dan Okoro of Arizona, the chairman …": a place after a person's name and "of" says where the
  // person is from; the title before and the appositive after are that person's, not the place's.
  const ofAfterName = prev?.lower === 'of' && s[d.first - 2] !== undefined && isCapitalised(s[d.first - 2]);
  if (e & Evidence.Place && ofAfterName && d.honorific === undefined) {
    e &= ~(Evidence.Appositive | Evidence.Title);
  }
  if (isMatchSide(s, d)) {
    e |= Evidence.Result;
  }
  if (isSpeaker(s, d)) {
    e |= Evidence.Speaker;
    const pronoun = s[d.last + 2];
    if (pronoun && PERSONAL_PRONOUNS.has(pronoun.lower)) {
      e |= Evidence.SaysHe;
    }
  }
  if (tokens.some(t => (t.tags & Tag.NamedList) !== 0)) {
    e |= Evidence.PluralTitle;
  }
  if (tokens.some(t => (t.tags & Tag.NotOrg) !== 0)) {
    e |= Evidence.NotOrg;
  }
  if (opensSentence(s, d.first)) {
    e |= Evidence.Opener;
  }
  const nameLike = Tag.FirstName | Tag.LastName;
  const placeOrOrg = Tag.Place | Tag.Organization | Tag.Demonym | Tag.Date | Tag.Value;
  if (tokens.every(t => (t.lexicon === 0 || (t.lexicon & nameLike) !== 0) && (t.tags & placeOrOrg) === 0 && (/\p{Ll}/u.test(t.text) || INITIALS.test(t.text)))) {
    e |= Evidence.UnknownWords;
  }
  // Issue 13 hook (one line, to become a rule of the evidence table): gazetteers, results lines, web addresses.
  return gazetteerEvidence(s, d, e);
}
