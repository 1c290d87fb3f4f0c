// A player's or a coach's nickname made from his clipped surname: sports copy names him in full ("Anders Tollander")
// and calls him, before or after, by the first letters of the surname and a pet ending ("Tolly", "Kubo" for Kubiak,
// "Fitzy" for Fitzwalter; list surname-pet-endings). The nickname is unknown to the lexicon and names no one else of
// the article, so the resolution step `clipped-surnames` (resolve.ts) joins it to the one person whose surname it
// clips, before it is read as a person of its own or left out. The decision is the rule table `clipped-surname`.
import { SURNAME_PET_ENDINGS } from '../lexicon/names';
import { lexiconFlags } from '../nlp/adapter';
import { ruleTable } from '../rules/ruleTable';
import type { ClusterState } from './clusters';
import { exampleContext, joinLoneWordsBySurname, type MisspeltContext } from './misspeltSurnames';
import { push } from './multimap';
import { Evidence, type NameCandidate } from './types';

/** What the rule sees: a lone word no step has placed yet and the surnames of the people named in full (as misspelt-surname sees them). */
export type ClippedContext = MisspeltContext;

/** The fewest letters of the surname a nickname keeps ("Kub-o"), and the shortest surname clipped so. */
const MIN_KEPT = 3;
const MIN_SURNAME = 6;

/**
 * A lone capitalised word the lexicon does not know, with nothing of a place or a body, of four to eight letters; one
 * opening a sentence ("Tolly was in no mood to talk", weak evidence) counts, as the surname it clips is the proof.
 */
function lonePetName(candidate: NameCandidate): boolean {
  const notName = Evidence.Place | Evidence.Located | Evidence.Within | Evidence.OrgTag | Evidence.OrgHead | Evidence.Acronym
    | Evidence.HyphenPart | Evidence.NumberAfter | Evidence.LastName;
  return candidate.words.length === 1 && /^\p{Lu}\p{Ll}{3,7}$/u.test(candidate.text) && lexiconFlags(candidate.words[0].toLowerCase()) === 0
    && (candidate.evidence & notName) === 0n;
}

const PET_ENDINGS: readonly string[] = [...SURNAME_PET_ENDINGS.words];

/** Whether a lower-case word is a lower-case surname's first letters (at least MIN_KEPT, two or more left off) and a pet ending. */
function clips(word: string, lower: string): boolean {
  return lower.length >= MIN_SURNAME && PET_ENDINGS.some(ending => {
    const kept = word.length - ending.length;
    return word.endsWith(ending) && kept >= MIN_KEPT && kept <= lower.length - 2 && lower.startsWith(word.slice(0, kept));
  });
}

/** The one surname of the article a lone word clips, or undefined (none, several, or one several people share). */
export function clippedSurname({ candidate, surnames }: ClippedContext): string | undefined {
  const word = candidate.words[0].toLowerCase();
  const matches = (surnamesByOpening(surnames).get(word.slice(0, MIN_KEPT)) ?? [])
    .filter(({ lower }) => clips(word, lower)).map(({ surname }) => surname);
  return matches.length === 1 && surnames.get(matches[0])!.length === 1 ? matches[0] : undefined;
}

/**
 * The surnames long enough to be clipped (MIN_SURNAME), by their first MIN_KEPT letters in lower case (a clip keeps at
 * least those), in the map's order; built once per map: trying every surname of the article for every lone word made
 * the step quadratic in a long article.
 */
function surnamesByOpening(surnames: ReadonlyMap<string, readonly unknown[]>): ReadonlyMap<string, readonly OpenedSurname[]> {
  let index = SURNAMES_BY_OPENING.get(surnames);
  if (!index) {
    const built = new Map<string, OpenedSurname[]>();
    for (const surname of surnames.keys()) {
      const lower = surname.toLowerCase();
      if (lower.length >= MIN_SURNAME) {
        push(built, lower.slice(0, MIN_KEPT), { surname, lower });
      }
    }
    index = built;
    SURNAMES_BY_OPENING.set(surnames, index);
  }
  return index;
}

/** A surname as the article writes it and in lower case. */
interface OpenedSurname {
  readonly surname: string;
  readonly lower: string;
}

const SURNAMES_BY_OPENING = new WeakMap<ReadonlyMap<string, readonly unknown[]>, ReadonlyMap<string, readonly OpenedSurname[]>>();

export const CLIPPED_SURNAME = ruleTable<ClippedContext, 'joins'>({
  id: 'clipped-surname',
  reason: 'A lone word that clips the surname of exactly one person named in full and adds a pet ending is that person\'s nickname; left alone it would be a person of its own or no one, and the quotation it speaks would lose its speaker.',
  contextOf: exampleContext,
  rules: [
    {
      id: 'pet-ending-on-one-surname', outcome: 'joins',
      reason: 'Unknown to the lexicon (a known given name, "Kelly" beside "Kellerman", is a person of that name), four to eight letters, without a place\'s or a body\'s evidence, and the first three letters or more of the surname (of six letters or more, two or more left off) of one person the article names in full, with a pet ending (list surname-pet-endings) after them; that surname is no other person\'s, and no other surname is clipped so.',
      when: context => lonePetName(context.candidate) && clippedSurname(context) !== undefined,
      examples: {
        yes: [
          'Coach Radek Kubiczek was furious. "Everyone saw it," {Kubo} said.',
          'Goaltender Nils Tollander made 40 saves. {Tolly} was in no mood to talk.',
          '{Fitzy} scored twice. Ross Fitzwalter has 11 goals this season.',
        ],
        no: [
          'Coach Radek Kubiczek and Ivo Kubiczek were furious. "Everyone saw it," {Kubo} said.',
          'Coach Radek Kubiczek was furious. "Everyone saw it," {Kelly} said.',
          'Coach Radek Kubiczek and Ana Kubrick were furious. "Everyone saw it," {Kubo} said.',
          'Coach Radek Kubic was furious. "Everyone saw it," {Kubo} said.',
          'Goaltender Nils Tollander made 40 saves. {Tollen} was in no mood to talk.',
        ],
      },
    },
  ],
});

/** The step: each lone word not yet placed that the rule reads as a clipped surname joins that person. */
export function joinClippedSurnames(state: ClusterState): void {
  joinLoneWordsBySurname(state, context => CLIPPED_SURNAME.rules[0].when(context) ? clippedSurname(context) : undefined);
}
