// Weighs a candidate's evidence: person, organisation, place (never reported) or not yet known (kept only if it
// names an entity found with better evidence elsewhere in the document).
import { Evidence, type NameCandidate } from './types';

export type CandidateKind = 'person' | 'org' | 'place' | 'unknown';

const PERSON_CONTEXT = Evidence.Title | Evidence.Honorific | Evidence.Appositive;

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
    return e & Evidence.PluralTitle ? 'person' : 'place';
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
  // Two or three capitalised words the lexicon does not know: a personal name far more often than anything
  // else in news copy ("talks with Kaja Kallas"); places and bodies carry a head noun or a lexicon tag.
  if (multi && c.words.length <= 3 && e & Evidence.UnknownWords) {
    return 'person';
  }
  return 'unknown';
}

/**
 * A single word that may start an entity of its own as a person even without a full name in the document:
 * a known surname, or an unknown capitalised word that speaks ("Smith said"; kept only if used twice).
 */
export function isStandalonePerson(c: NameCandidate): boolean {
  const e = c.evidence;
  if (e & (Evidence.Place | Evidence.Weak)) {
    return false;
  }
  return isKnownSurname(c) || ((e & Evidence.UnknownWords) !== 0 && (e & Evidence.Speaker) !== 0 && !(e & Evidence.HyphenPart));
}

/** A surname compromise knows, used as a name (not a place). */
export function isKnownSurname(c: NameCandidate): boolean {
  const e = c.evidence;
  return (e & Evidence.LastName) !== 0 && (e & (Evidence.PersonTags | Evidence.Speaker)) !== 0 && (e & Evidence.Place) === 0;
}
