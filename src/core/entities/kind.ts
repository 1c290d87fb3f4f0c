// Weighs a candidate's evidence: person, organisation, place (never reported) or not yet known (kept only if it
// names an entity found with better evidence elsewhere in the document).
import { firstRule } from '../rules/ruleTable';
import { decide, isExplaining, recordDecision } from '../rules/trail';
import { KIND_BY_USE, KIND_OF_NAME, companyFirstWords, isClubNameInSportsCopy, isKnownBody, isKnownPlace, isPartyOrFamily, isSpelledByName, isSportsCopyByClub, kindContext, spelledNames, demonymCountries, namedPersonInitials, namedPersonSurnames, isInitialOfNamedPerson, namesShownAsTeams, namedPersonGivenNames, particleSurnames, partyPlurals, teamEndings, bodyPluralEndings, type CandidateKind, type SpelledNames, regionFirstWords, companyOpenings, racingTeamWords, placeWordedCompanyOpenings, longerNameFirstWords, paperOwnWords, speakingCommonWordSurnames } from './kindRules';

export { namedPersonSurnames };
import { lexiconFlags } from '../nlp/adapter';
import { Tag } from '../nlp/tokens';
import { Evidence, type EvidenceFlags, type NameCandidate } from './types';
import { ORG_HEADS, PLACE_HEADS, WATER_BODY_NOUNS } from '../lexicon/entities';

export type { CandidateKind };

/** The kind the first rule of KIND_OF_NAME (kindRules.ts) gives, recorded for the candidate's span when explaining. */
export function kindOf(candidate: NameCandidate): CandidateKind {
  if (isExplaining()) {
    return decide(KIND_OF_NAME, kindContext(candidate), candidate) ?? 'unknown';
  }
  const known = OWN_KINDS.get(candidate.words);
  const hit = known?.find(entry => entry.text === candidate.text && entry.evidence === candidate.evidence);
  if (hit) {
    return hit.kind;
  }
  const kind = firstRule(KIND_OF_NAME, kindContext(candidate))?.outcome ?? 'unknown';
  const entry = { text: candidate.text, evidence: candidate.evidence, kind };
  if (known) {
    known.push(entry);
  } else {
    OWN_KINDS.set(candidate.words, [entry]);
  }
  return kind;
}

/**
 * The kinds KIND_OF_NAME gave, by the candidate's words array and then its text and evidence, all that its rules read.
 * A paragraph's candidates keep their words array while the paragraph stays cached (resolve.ts moves a candidate by
 * copying it, words and all), so re-analysing an edited document decides the kinds of the new paragraphs' names only;
 * an entry goes when the paragraph's cached result does.
 */
const OWN_KINDS = new WeakMap<readonly string[], { readonly text: string; readonly evidence: EvidenceFlags; readonly kind: CandidateKind }[]>();

/**
 * A single word that may start an entity of its own as a person even without a full name in the document:
 * a known surname, or an unknown capitalised word that speaks as a person ("Smith said he …"; kept only
 * if used twice).
 */
export function isStandalonePerson(candidate: NameCandidate): boolean {
  const evidence = candidate.evidence;
  if (evidence & (Evidence.Place | Evidence.Weak)) {
    return false;
  }
  return isKnownSurname(candidate) || ((evidence & Evidence.UnknownWords) !== 0n && (evidence & Evidence.SaysHe) !== 0n && !(evidence & Evidence.HyphenPart))
    || (isLoneFirstName(candidate) && (evidence & (Evidence.Speaker | Evidence.SaysHe)) !== 0n);
}

/**
 * A lone word the lexicon knows as a man's or a woman's first name and as nothing else of a name ("Harriet's
 * plan", "Joe said"): a person called by a first name, never a body, whatever its uses look like.
 */
export function isLoneFirstName(candidate: NameCandidate): boolean {
  return candidate.words.length === 1 && !/^[\p{Lu}\d]+$/u.test(candidate.text) && isFirstNameOnly(candidate.words[0]);
}

/** Whether the lexicon knows a lower-case word as a man's or a woman's first name and not as a body or a place. */
function isFirstNameOnly(word: string): boolean {
  const flags = lexiconFlags(word);
  return (flags & (Tag.MaleName | Tag.FemaleName)) !== 0 && (flags & (Tag.Organization | Tag.Place)) === 0;
}

/** A surname compromise knows, used as a name (not a place). */
export function isKnownSurname(candidate: NameCandidate): boolean {
  const evidence = candidate.evidence;
  return (evidence & Evidence.LastName) !== 0n && (evidence & (Evidence.PersonTags | Evidence.Speaker)) !== 0n && (evidence & Evidence.Place) === 0n;
}

/** The singular forms a regular English plural may have ("councils" → "council", "authorities" → "authority", "churches" → "church"). */
function singularsOf(lower: string): string[] {
  if (lower.endsWith('ies')) {
    return [`${lower.slice(0, -3)}y`];
  }
  return lower.endsWith('es') ? [lower.slice(0, -1), lower.slice(0, -2)] : lower.endsWith('s') ? [lower.slice(0, -1)] : [];
}

/**
 * "Councils' spending has risen", "Councils cannot cut their way out", "Authorities say …": the plural of a noun that heads
 * bodies' names (list org-heads), capitalised as a sentence's first word, is the common noun for all such bodies, not
 * one body's name, though the lexicon, which does not know the plural, reads it as an unknown word. Not a plural that is itself a head
 * ("Holdings", "Guards", "Services"), which names one body alone as often.
 */
function isPluralOfBodyHead(word: string): boolean {
  const lower = word.toLowerCase();
  return !ORG_HEADS.has(lower) && singularsOf(lower).some(singular => ORG_HEADS.has(singular));
}

/**
 * A capitalised word the lexicon does not know, used alone and never shown to be a person: in news copy that
 * is a company, club or body ("Feyenoord", "Hinode said it …"); kept as one when used at least twice.
 */
export function isUnknownBody(candidate: NameCandidate): boolean {
  const evidence = candidate.evidence;
  return candidate.words.length === 1 && (evidence & Evidence.UnknownWords) !== 0n && !/^[\p{Lu}\d]+$/u.test(candidate.text) && !isLoneFirstName(candidate)
    && !isPluralOfBodyHead(candidate.words[0])
    && (evidence & (Evidence.Place | Evidence.Weak | Evidence.HyphenPart | Evidence.SaysHe | Evidence.LastName | Evidence.Honorific | Evidence.Title)) === 0n;
}

/**
 * Whether the uses of an unknown word, taken together, show a body: it speaks or owns something somewhere
 * ("Hinode said", "Feyenoord's bench"), and is never a place ("in Lafia") or a label before a number
 * ("Article 5", "Rs 20,000").
 */
export function usedAsBody(uses: readonly NameCandidate[]): boolean {
  const all = uses.reduce((gathered, use) => gathered | use.evidence, 0n);
  return uses.length > 1 && (all & (Evidence.Speaker | Evidence.Possessive)) !== 0n && (all & (Evidence.Located | Evidence.NumberAfter)) === 0n;
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
  const evidence = evidenceByName(candidates);
  const surnames = namedPersonSurnames(candidates);
  const places = new Set<string>();
  for (const [key, flags] of evidence) {
    // A lone first name (not the surname of someone named in full) that is somewhere "in X" is a place, whatever
    // speaks or owns elsewhere ("says Chelsea explosion …", "in Chelsea").
    const notAPlace = isFirstNameOnly(key) && !surnames.has(key) ? NOT_A_PLACE & ~(Evidence.Speaker | Evidence.Possessive) : NOT_A_PLACE;
    if (flags & Evidence.Located && !(flags & notAPlace) && !isPointedAtPerson(key, flags, surnames)) {
      places.add(key);
    }
  }
  for (const key of siteShortForms(evidence)) {
    places.add(key);
  }
  for (const key of jurisdictions(evidence, surnames)) {
    places.add(key);
  }
  return places;
}

/** Uses that show a person of the name's own, whatever else it does: a title, an honorific, an appositive, "said she", a first name, a body's words. */
const OWN_PERSON_OR_BODY_USES = Evidence.Title | Evidence.Honorific | Evidence.Appositive | Evidence.SaysHe | Evidence.PluralTitle | Evidence.FirstName
  | Evidence.OrgHead | Evidence.OrgTag | Evidence.Acronym;

/**
 * "elected Mayor of Tarrow Vale" beside "the Tarrow Vale mayoralty" and "Labour's win in Tarrow Vale says little": a name
 * that one use gives as the place a post is held over (Evidence.Jurisdiction) is that place in every use, though its
 * words are unknown and another use "says" something (a region is the subject of a verb of saying as an argument is);
 * not a named person's surname, nor a name some use shows as a person's or a body's of its own.
 */
function jurisdictions(evidence: ReadonlyMap<string, EvidenceFlags>, surnames: ReadonlySet<string>): string[] {
  return [...evidence].filter(([key, flags]) => (flags & Evidence.Jurisdiction) !== 0n && (flags & OWN_PERSON_OR_BODY_USES) === 0n && !surnames.has(key))
    .map(([key]) => key);
}

/** Uses that show a person: a title, an honorific, an appositive, words reported, ownership. */
const PERSON_USES = Evidence.Title | Evidence.Honorific | Evidence.Appositive | Evidence.Speaker | Evidence.QuotedSpeaker | Evidence.SaysHe
  | Evidence.Possessive | Evidence.PluralTitle;

/**
 * "the Edwin Marsh works", "Edwin Marsh spills", "at Edwin Marsh and Polwenna" beside "the Edwin Marsh Treatment Works":
 * a name of two words or more that opens a place's name of the document ending in a place head (list place-heads: a
 * treatment works, a reservoir, a stadium named after a person) is that place's short form, where no use of it shows a
 * person (a title, an honorific, an appositive, words reported, ownership). Environment and utilities copy names its
 * sites after Victorian engineers and benefactors and then drops the head.
 */
function siteShortForms(evidence: ReadonlyMap<string, EvidenceFlags>): string[] {
  const openings = new Set<string>();
  for (const [key, flags] of evidence) {
    const words = key.split(' ');
    if (words.length >= 3 && (flags & Evidence.Place) !== 0n && PLACE_HEADS.has(words[words.length - 1])) {
      for (let n = 2; n < words.length; n++) {
        openings.add(words.slice(0, n).join(' '));
      }
    }
  }
  return [...openings].filter(key => {
    const flags = evidence.get(key);
    return flags !== undefined && (flags & PERSON_USES) === 0n;
  });
}

/**
 * "voters angry at Halvorsen", "in Halvorsen's view" beside "Ben Halvorsen": the surname of someone the document names in
 * full, after "at" or before the noun a place preposition governs (Located without Within), points at that person; it is
 * a place by use only where some use puts something in it ("in Halvorsen", "near Halvorsen": Within) or the tagger knows
 * the word as a place (Place), as a town that shares a named person's surname is written.
 */
function isPointedAtPerson(key: string, flags: EvidenceFlags, surnames: ReadonlySet<string>): boolean {
  return surnames.has(key) && (flags & (Evidence.Within | Evidence.Place)) === 0n;
}

/** The evidence of every use of each name (its lower-case words), gathered over the document. */
function evidenceByName(candidates: readonly NameCandidate[]): ReadonlyMap<string, EvidenceFlags> {
  const known = EVIDENCE_BY_NAME.get(candidates);
  if (known) {
    return known;
  }
  const evidence = new Map<string, EvidenceFlags>();
  const keys: string[] = [];
  for (const candidate of candidates) {
    const key = candidate.words.join(' ');
    keys.push(key);
    evidence.set(key, (evidence.get(key) ?? 0n) | candidate.evidence);
  }
  EVIDENCE_BY_NAME.set(candidates, evidence);
  KEYS_OF.set(candidates, keys);
  return evidence;
}

/** Each candidate's name key (its words joined by spaces), in the array's order: joined once per analysis, by evidenceByName. */
export function nameKeys(candidates: readonly NameCandidate[]): readonly string[] {
  evidenceByName(candidates);
  return KEYS_OF.get(candidates)!;
}

const KEYS_OF = new WeakMap<readonly NameCandidate[], readonly string[]>();

/**
 * evidenceByName of each candidates array already read: the places, towns and kinds by use of one document read the
 * same array (startClustering), so the words of every name are joined once per analysis instead of three times.
 */
const EVIDENCE_BY_NAME = new WeakMap<readonly NameCandidate[], ReadonlyMap<string, EvidenceFlags>>();

/**
 * Names the document uses only as towns or regions: somewhere "in X" or "near X" (not "at X"), and never with a
 * person's or a body's words (speech, ownership, a title, a body noun, a match). Such a name is the place a body is
 * named after ("in Marwick" beside "Marwick Borough Council", "near Kelso station" beside "Kelso Rovers"), not its
 * short form.
 */
export function townsByUse(candidates: readonly NameCandidate[]): Set<string> {
  const evidence = evidenceByName(candidates);
  const rivers = waterBodyWords(evidence);
  return new Set([...evidence].filter(([key, flags]) => ((flags & Evidence.Within) !== 0n || rivers.has(key)) && (flags & (NOT_A_PLACE | Evidence.Result | Evidence.Team)) === 0n)
    .map(([key]) => key));
}

/**
 * "the River Ambry", "Lake Orrin", "the Tarrow River": the word a water body's noun (list water-body-nouns) names in a
 * place's name of two words. Alone ("sewage in the Ambry", "swimmers on the Orrin") it is the river or the lake, not the
 * short form of a body named after it ("the Ambry Dippers", "Orrin Rowing Club"), as a town's name is not (townsByUse).
 */
function waterBodyWords(evidence: ReadonlyMap<string, EvidenceFlags>): Set<string> {
  const words = new Set<string>();
  for (const [key, flags] of evidence) {
    const parts = key.split(' ');
    if (parts.length === 2 && (flags & Evidence.Place) !== 0n) {
      if (WATER_BODY_NOUNS.has(parts[0])) {
        words.add(parts[1]);
      } else if (WATER_BODY_NOUNS.has(parts[1])) {
        words.add(parts[0]);
      }
    }
  }
  return words;
}

/**
 * Kinds the uses of a name across the document decide (KIND_BY_USE, kindRules.ts), by the name's words: a team
 * ("Kelso beat Dunmore 2-1", never shown to be a person nor the surname of someone named in full; "the Comets" of
 * "the Dexter Comets"), or not a
 * body (a named person's surname used as a modifier, "the Kelso movement"). Recorded for each use when explaining.
 */
export function kindsByUse(candidates: readonly NameCandidate[]): Map<string, ByUse> {
  const evidence = evidenceByName(candidates);
  const surnames = namedPersonSurnames(candidates);
  const initials = namedPersonInitials(candidates);
  const countries = demonymCountries(candidates);
  const particled = particleSurnames(candidates);
  const givenNames = namedPersonGivenNames(candidates);
  const teams = teamEndings(candidates);
  const groups = bodyPluralEndings(candidates);
  const shownAsTeams = namesShownAsTeams(candidates);
  const companies = companyFirstWords(candidates);
  const openings = companyOpenings(candidates);
  const racingTeams = racingTeamWords(candidates);
  const placeWordedOpenings = placeWordedCompanyOpenings(candidates);
  const parties = partyPlurals(candidates);
  // Read only for an abbreviation shown as a term's (Evidence.Term), which few documents have: built on first use.
  let spelled: SpelledNames | undefined;
  const regions = regionFirstWords(candidates);
  const longer = longerNameFirstWords(candidates);
  const papers = paperOwnWords(candidates);
  const commonWordSurnames = speakingCommonWordSurnames(candidates);
  const kinds = new Map<string, ByUse>();
  for (const [key, flags] of evidence) {
    const rule = firstRule(KIND_BY_USE, {
      evidence: flags, surnameOfNamedPerson: surnames.has(key), initialOfNamedPerson: isInitialOfNamedPerson(key, initials), countryOfDemonym: countries.has(key), knownBody: isKnownBody(key), knownPlace: isKnownPlace(key), endsTeamName: teams.has(key), endsBodyName: groups.has(key),
      particleSurnameOfNamedPerson: particled.has(key), givenNameOfNamedPerson: givenNames.has(key), clubNameInSportsCopy: isClubNameInSportsCopy(key, shownAsTeams),
      sportsCopy: isSportsCopyByClub(key, shownAsTeams), partyOrFamily: isPartyOrFamily(key, surnames), opensCompanyName: companies.has(key), opensRegionName: regions.has(key), opensCompanyNameInWords: openings.has(key), wordOfRacingTeam: racingTeams.has(key), opensCompanyNameAtPlace: placeWordedOpenings.has(key), opensLongerName: longer.has(key), endsPaperName: papers.has(key),
      pluralOfPartyName: parties.has(key),
      nameWhoseCommonSurnameSpeaks: commonWordSurnames.fullNames.has(key), speakingCommonWordSurname: commonWordSurnames.surnames.has(key),
      spelledByName: (flags & Evidence.Term) !== 0n && isSpelledByName(key, flags, spelled ??= spelledNames(candidates)),
    });
    if (rule) {
      kinds.set(key, { kind: rule.outcome, rule: rule.id });
    }
  }
  if (isExplaining()) {
    // A team (or a named person's speaking surname) is every use's kind; "not a body" is recorded where it undoes one (undoBodyReading).
    for (const candidate of candidates) {
      const used = kinds.get(candidate.words.join(' '));
      if (used?.kind === 'org' || used?.kind === 'person') {
        recordDecision(KIND_BY_USE.id, used.rule, candidate, used.kind);
      }
    }
  }
  return kinds;
}

/** The kind a name's uses decide, with the rule of KIND_BY_USE that decided it. */
export interface ByUse {
  readonly kind: CandidateKind;
  readonly rule: string;
}

/** A candidate's own kind, or 'unknown' where its uses say its body reading is a named person's surname (recorded when explaining). */
export function undoBodyReading(candidate: NameCandidate, own: CandidateKind, byUse: ByUse | undefined): CandidateKind {
  if (byUse?.kind !== 'unknown' || own !== 'org') {
    return own;
  }
  if (isExplaining()) {
    recordDecision(KIND_BY_USE.id, byUse.rule, candidate, 'unknown');
  }
  return 'unknown';
}
