// Weighs a candidate's evidence: person, organisation, place (never reported) or not yet known (kept only if it
// names an entity found with better evidence elsewhere in the document).
import { Evidence, type NameCandidate } from './types';

export type CandidateKind = 'person' | 'org' | 'place' | 'unknown';

const PERSON_CONTEXT = Evidence.Title | Evidence.Honorific | Evidence.Appositive;
const ORG = Evidence.OrgTag | Evidence.OrgHead;

export function kindOf(c: NameCandidate): CandidateKind {
  const e = c.evidence;
  const multi = c.words.length > 1;
  if (e & Evidence.Weak) {
    return 'unknown';
  }
  if (e & PERSON_CONTEXT && !(e & Evidence.OrgHead)) {
    return 'person';
  }
  if (e & ORG || (e & Evidence.Acronym && !(e & (Evidence.NotOrg | Evidence.Place)))) {
    return 'org';
  }
  if (e & Evidence.PluralTitle) {
    return 'person';
  }
  if (e & Evidence.Place) {
    return 'place';
  }
  if (multi && (e & (Evidence.FirstName | Evidence.PersonTags))) {
    return 'person';
  }
  if (multi && e & Evidence.UnknownWords && e & (Evidence.LastName | Evidence.Speaker)) {
    return 'person';
  }
  return 'unknown';
}

/**
 * A single word that may start an entity of its own as a person even without a full name in the document:
 * a known surname used mid-sentence, or a surname-like unknown word that speaks ("Smith said").
 */
export function isStandalonePerson(c: NameCandidate): boolean {
  const e = c.evidence;
  if (e & (Evidence.Place | Evidence.Weak | Evidence.HyphenPart)) {
    return false;
  }
  const knownSurname = (e & Evidence.LastName) !== 0 && (e & (Evidence.PersonTags | Evidence.Speaker)) !== 0;
  const unknownSpeaker = (e & Evidence.UnknownWords) !== 0 && (e & Evidence.Speaker) !== 0;
  return knownSurname || unknownSpeaker;
}
