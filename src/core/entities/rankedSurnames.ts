// A British police rank in initials before a surname alone ("PC Ardley", "DC Venn") once the article has named the
// officer in full. The paragraph pass reads the initials as a title only before a known given name and a surname
// (words.ts `policeRankAt`): "PC World" and "DC Comics" are names of their own, and one paragraph cannot tell a
// surname from a shop's word. The document can: a surname the article gives a person in full is that person's.
import { PERSON_WORDS } from './kindRules';
import { Evidence, type NameCandidate, type Placed } from './types';
import { isPoliceRankInitials, withoutTemporaryMark } from './words';

/** Evidence of the two-word form that the rank, not the surname, gave it (an opener's capital, a body's tag). */
const RANK_EVIDENCE = Evidence.Opener | Evidence.OrgTag | Evidence.OrgHead | Evidence.Acronym | Evidence.Weak;

/** "PC Ardley": two words, the first a police rank's initials written in capitals. */
function rankAndSurname(candidate: NameCandidate): boolean {
  // The words first: read for every candidate of the document on every edit, and almost none is a rank's.
  if (candidate.words.length !== 2 || !isPoliceRankInitials(withoutTemporaryMark(candidate.words[0]))) {
    return false;
  }
  const [rank] = candidate.text.split(' ');
  return rank === rank.toUpperCase() && /^\p{Lu}\p{Ll}/u.test(candidate.text.slice(rank.length + 1));
}

/**
 * The surnames of the people the document names in full, with a given name, a title, an honorific or an appositive
 * (kindRules.ts PERSON_WORDS) and no rank's initials before them ("ardley" of "Police Constable Ennis Ardley").
 */
function surnamesNamedInFull(placed: readonly Placed[]): ReadonlySet<string> {
  return new Set(placed.map(entry => entry.c)
    .filter(candidate => candidate.words.length > 1 && (candidate.evidence & PERSON_WORDS) !== 0n && !rankAndSurname(candidate))
    .map(candidate => candidate.words[candidate.words.length - 1]));
}

/**
 * Every candidate, "PC Ardley" read as the surname with the rank as its role and honorific where the document names
 * a person "… Ardley" in full; same indices, so `expands` and the roles' names hold.
 */
export function withRankedSurnames(placed: readonly Placed[]): Placed[] {
  if (!placed.some(entry => rankAndSurname(entry.c))) {
    return [...placed];
  }
  const surnames = surnamesNamedInFull(placed);
  return placed.map((entry, index) => {
    const candidate = entry.c;
    if (!rankAndSurname(candidate) || !surnames.has(candidate.words[1])) {
      return entry;
    }
    const rank = candidate.text.split(' ')[0];
    const start = candidate.end - (candidate.text.length - rank.length - 1);
    const surname: NameCandidate = {
      start, end: candidate.end, text: candidate.text.slice(rank.length + 1), words: [candidate.words[1]],
      evidence: (candidate.evidence & ~RANK_EVIDENCE) | Evidence.Honorific, honorific: { start: candidate.start }, gender: candidate.gender,
      lead: candidate.lead, expands: candidate.expands, nickname: candidate.nickname,
    };
    return { ...entry, c: surname, roles: [...entry.roles, { start: candidate.start, end: candidate.start + rank.length, text: rank, name: index }] };
  });
}
