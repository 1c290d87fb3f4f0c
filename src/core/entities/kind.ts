// Weighs a candidate's evidence: person, organisation, place (never reported) or not yet known (kept only if it
// names an entity found with better evidence elsewhere in the document).
import { Evidence, type NameCandidate } from './types';

export type CandidateKind = 'person' | 'org' | 'place' | 'unknown';

const PERSON_CONTEXT = Evidence.Title | Evidence.Honorific | Evidence.Appositive;

/** Head nouns of government bodies that never end a place's name (unlike "Bank" in "West Bank"). */
const GOVERNMENT_HEADS = new Set(['department', 'ministry', 'agency', 'office', 'committee', 'commission', 'council', 'bureau',
  'authority', 'administration', 'directorate', 'secretariat']);

export function kindOf(c: NameCandidate): CandidateKind {
  const e = c.evidence;
  const multi = c.words.length > 1;
  if (e & Evidence.Weak) {
    return 'unknown';
  }
  // An abbreviation is a body even after a title or with an appositive; only an honorific makes it a name.
  const acronym = (e & Evidence.Acronym) !== 0 && !(e & Evidence.NotOrg);
  if (e & PERSON_CONTEXT && !(e & Evidence.OrgHead) && (!acronym || e & Evidence.Honorific)) {
    return 'person';
  }
  if (e & Evidence.Place) {
    // "State Department", "Justice Ministry": compromise may tag such words as places; the head noun decides.
    if (e & Evidence.OrgHead && multi && GOVERNMENT_HEADS.has(c.words[c.words.length - 1])) {
      return 'org';
    }
    return e & Evidence.PluralTitle ? 'person' : 'place';
  }
  if (e & Evidence.Prefix && !(e & (Evidence.OrgTag | Evidence.OrgHead | Evidence.Acronym))) {
    // "Dana Whitlock's envoy X": a possessive owner that reads as a full personal name is that person.
    const ownerPerson = e & Evidence.Possessive && multi && e & (Evidence.FirstName | Evidence.PersonTags);
    return ownerPerson ? 'person' : 'unknown';
  }
  if (e & Evidence.OrgHead) {
    return 'org';
  }
  if (e & Evidence.OrgTag || (e & Evidence.Acronym && !(e & Evidence.NotOrg))) {
    return 'org';
  }
  if (e & Evidence.PluralTitle) {
    return 'person';
  }
  if (multi && (e & (Evidence.FirstName | Evidence.PersonTags))) {
    return 'person';
  }
  // A middle initial ("Max A. Cherney") is how people, not bodies or places, are written.
  if (c.words.length >= 3 && /\S\s+\p{Lu}\.?\s+\S/u.test(c.text)) {
    return 'person';
  }
  // Two or three capitalised words the lexicon does not know: a personal name far more often than anything
  // else in news copy ("talks with Kaja Kallas"); places and bodies carry a head noun or a lexicon tag.
  if (multi && c.words.length <= 3 && e & Evidence.UnknownWords) {
    return 'person';
  }
  return 'unknown';
}

/**
 * A single word that may start an entity of its own as a person even without a full name in the document:
 * a known surname, or an unknown capitalised word that speaks as a person ("Smith said he …"; kept only
 * if used twice).
 */
export function isStandalonePerson(c: NameCandidate): boolean {
  const e = c.evidence;
  if (e & (Evidence.Place | Evidence.Weak)) {
    return false;
  }
  return isKnownSurname(c) || ((e & Evidence.UnknownWords) !== 0 && (e & Evidence.SaysHe) !== 0 && !(e & Evidence.HyphenPart));
}

/** A surname compromise knows, used as a name (not a place). */
export function isKnownSurname(c: NameCandidate): boolean {
  const e = c.evidence;
  return (e & Evidence.LastName) !== 0 && (e & (Evidence.PersonTags | Evidence.Speaker)) !== 0 && (e & Evidence.Place) === 0;
}

/**
 * A capitalised word the lexicon does not know, used alone and never shown to be a person: in news copy that
 * is a company, club or body ("Feyenoord", "Hinode said it …"); kept as one when used at least twice.
 */
export function isUnknownBody(c: NameCandidate): boolean {
  const e = c.evidence;
  return c.words.length === 1 && (e & Evidence.UnknownWords) !== 0 && !/^[\p{Lu}\d]+$/u.test(c.text)
    && (e & (Evidence.Place | Evidence.Weak | Evidence.HyphenPart | Evidence.SaysHe | Evidence.LastName | Evidence.Honorific | Evidence.Title)) === 0;
}

/**
 * Whether the uses of an unknown word, taken together, show a body: it speaks or owns something somewhere
 * ("Hinode said", "Feyenoord's bench"), and is never a place ("in Lafia") or a label before a number
 * ("Article 5", "Rs 20,000").
 */
export function usedAsBody(uses: readonly NameCandidate[]): boolean {
  const all = uses.reduce((e, c) => e | c.evidence, 0);
  return uses.length > 1 && (all & (Evidence.Speaker | Evidence.Possessive)) !== 0 && (all & (Evidence.Located | Evidence.NumberAfter)) === 0;
}

/** Uses that show a person or a body: a title, honorific or appositive, speech, ownership, a body's words, a first name. */
const NOT_A_PLACE = Evidence.Title | Evidence.Honorific | Evidence.Appositive | Evidence.Speaker | Evidence.SaysHe | Evidence.Possessive
  | Evidence.PluralTitle | Evidence.OrgHead | Evidence.OrgTag | Evidence.Acronym | Evidence.Prefix | Evidence.FirstName;

/**
 * Names the document uses as places: at least one use after a preposition of place ("a news conference in
 * Lincoln", "in Port Vila") and none that shows a person or a body. A city, state or region is never a person,
 * however much its words look like a personal name. Only names that would otherwise found a person are judged
 * (a body's short form, "at Hofstra", still joins its body).
 */
export function placesByUse(candidates: readonly NameCandidate[]): Set<string> {
  const evidence = new Map<string, number>();
  for (const c of candidates) {
    const key = c.words.join(' ');
    evidence.set(key, (evidence.get(key) ?? 0) | c.evidence);
  }
  const places = new Set<string>();
  for (const [key, e] of evidence) {
    if (e & Evidence.Located && !(e & NOT_A_PLACE)) {
      places.add(key);
    }
  }
  return places;
}

/** A person's words: a first name, a title, an honorific, an appositive. */
const PERSON_WORDS = Evidence.FirstName | Evidence.Title | Evidence.Honorific | Evidence.Appositive | Evidence.SaysHe;

/**
 * Names the document uses as teams: a side of a match result with a score ("Kelso beat Dunmore 2-1") that is
 * never shown to be a person and is not the surname of someone the document names in full (a tennis player
 * "Alvarez" of "Nina Alvarez" stays a person).
 */
export function teamsByUse(candidates: readonly NameCandidate[]): Set<string> {
  const evidence = new Map<string, number>();
  const surnames = new Set<string>();
  for (const c of candidates) {
    const key = c.words.join(' ');
    evidence.set(key, (evidence.get(key) ?? 0) | c.evidence);
    if (c.words.length > 1 && c.evidence & PERSON_WORDS) {
      surnames.add(c.words[c.words.length - 1]);
    }
  }
  const teams = new Set<string>();
  for (const [key, e] of evidence) {
    if (e & Evidence.Result && !(e & (PERSON_WORDS | Evidence.PersonTags | Evidence.Place)) && !surnames.has(key)) {
      teams.add(key);
    }
  }
  return teams;
}
