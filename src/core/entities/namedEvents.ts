// A storm or an operation the article names with its head first ("Hurricane Delia", "Storm Bertha", "Operation
// Harvest") and then by the bare name ("Delia had weakened to a Category 3 storm", "forecasters said Delia …"): the bare
// name is the storm's, though the lexicon knows it as a woman's first name. The paragraph pass reads the headed form as
// a thing (list event-heads) but cannot see the bare use's antecedent in another paragraph; the document can. The bare
// uses are made attach-only (Evidence.Weak): still a person's where the article names one so in full.
import { EVENT_HEADS } from '../lexicon/entities';
import { attachOnly } from './commonNounOpeners';
import { Evidence, type NameCandidate, type Placed } from './types';

/**
 * Uses that show a person whatever the name: an honorific, a title, an appositive. Not a reporting verb beside it: "the
 * centre said Delia had weakened" reads as "said Delia" to the speaker cues, and a storm never speaks.
 */
const PERSON_USE = Evidence.Honorific | Evidence.Title | Evidence.Appositive;

/** An event's head written capitalised before one capitalised word, as a pattern ("Hurricane Delia", "Storm Bertha"). */
const HEADED_EVENT = new RegExp(`(?<![\\p{L}])(?:${[...EVENT_HEADS.words].filter(head => /^\p{Ll}+$/u.test(head) && head.length > 2)
  .map(head => `${head[0].toUpperCase()}${head.slice(1)}`).join('|')}) (\\p{Lu}\\p{Ll}+)(?![\\p{L}\\d-])`, 'gu');

/** The lower-case names the text gives a storm or an operation with its head first. */
function headedEventNames(text: string): Set<string> {
  return new Set([...text.matchAll(HEADED_EVENT)].map(match => match[1].toLowerCase()));
}

/** A one-word candidate that is one of those names and shows nothing of a person. */
function bareEventName(candidate: NameCandidate, names: ReadonlySet<string>): boolean {
  return candidate.words.length === 1 && names.has(candidate.words[0]) && (candidate.evidence & PERSON_USE) === 0n;
}

/** Every candidate, a storm's or an operation's bare name made attach-only; same indices, so `expands` and the roles' names hold. */
export function withNamedEventsWeak(placed: readonly Placed[], text: string): Placed[] {
  const names = headedEventNames(text);
  if (names.size === 0) {
    return [...placed];
  }
  return placed.map(entry => bareEventName(entry.c, names) ? attachOnly(entry) : entry);
}
