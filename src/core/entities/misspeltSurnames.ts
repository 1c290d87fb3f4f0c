// A surname misspelt once: news copy names a person in full ("Dana Kelsoe") and then, once or twice, writes
// the surname with one letter transposed, doubled, dropped or changed ("Kelose said", "Kelsoee continued").
// The misspelt word is unknown to the lexicon and names no one else of the article, so the resolution step
// `misspelt-surnames` (resolve.ts) joins it to the one person whose surname it is one edit away from, before
// the unknown word would be left out or read as a body. The decision is the rule table `misspelt-surname`.
import { NAME_SUFFIXES, has } from '../lexicon/entities';
import { ruleTable } from '../rules/ruleTable';
import type { ClusterState } from './clusters';
import { kindOf } from './kind';
import { bracedCandidate } from './kindRules';
import { Evidence, type Cluster, type NameCandidate } from './types';
import { push } from './multimap';

/** What the rule sees: a lone word left over by the earlier steps and the surnames of the people named in full. */
export interface MisspeltContext {
  readonly candidate: NameCandidate;
  /** The lower-case surnames of the article's full names, each with the clusters (people) it ends. */
  readonly surnames: ReadonlyMap<string, readonly unknown[]>;
}

/** The shortest word (letters) a misspelling is looked for in: shorter names differ by one letter too often. */
const MIN_LETTERS = 5;

/** Whether two lower-case words are one edit apart: one letter changed, dropped, added, or two neighbours swapped. */
export function oneEditApart(left: string, right: string): boolean {
  if (left === right || Math.abs(left.length - right.length) > 1) {
    return false;
  }
  let i = 0;
  while (i < left.length && left[i] === right[i]) {
    i++;
  }
  if (left.length === right.length) {
    const swapped = left[i] === right[i + 1] && left[i + 1] === right[i] && left.slice(i + 2) === right.slice(i + 2);
    return swapped || left.slice(i + 1) === right.slice(i + 1);
  }
  const [longer, shorter] = left.length > right.length ? [left, right] : [right, left];
  return longer.slice(i + 1) === shorter.slice(i);
}

/** The one surname of the article a lone word is a misspelling of, or undefined (none, or several people). */
export function misspeltSurname({ candidate, surnames }: MisspeltContext): string | undefined {
  const word = candidate.words[0];
  const matches = (surnamesByEnds(surnames).get(endsKey(word)) ?? []).filter(surname => oneEditApart(word, surname));
  return matches.length === 1 && surnames.get(matches[0])!.length === 1 ? matches[0] : undefined;
}

/**
 * A word's first and last letters. A slip inside the word keeps both ("Kelose" for "Kelsoe"); a letter more or less at
 * either end is another word ("Latin" beside "Latina") or a plural ("the Kelsoes", a family): only surnames with the
 * same pair can match.
 */
function endsKey(word: string): string {
  return word[0] + word[word.length - 1];
}

/**
 * The surnames long enough to be looked in (MIN_LETTERS), by their ends (endsKey), in the map's order; built once per
 * map: trying every surname of the article for every lone word made the step quadratic in a long article.
 */
function surnamesByEnds(surnames: ReadonlyMap<string, readonly unknown[]>): ReadonlyMap<string, readonly string[]> {
  let index = SURNAMES_BY_ENDS.get(surnames);
  if (!index) {
    const built = new Map<string, string[]>();
    for (const surname of surnames.keys()) {
      if (surname.length >= MIN_LETTERS) {
        push(built, endsKey(surname), surname);
      }
    }
    index = built;
    SURNAMES_BY_ENDS.set(surnames, index);
  }
  return index;
}

const SURNAMES_BY_ENDS = new WeakMap<ReadonlyMap<string, readonly unknown[]>, ReadonlyMap<string, readonly string[]>>();

/** A lone capitalised word unknown to the lexicon, with nothing of a place or a body. */
function loneUnknownWord(candidate: NameCandidate): boolean {
  const notName = Evidence.Place | Evidence.Located | Evidence.Within | Evidence.OrgTag | Evidence.OrgHead | Evidence.Acronym | Evidence.Weak
    | Evidence.HyphenPart | Evidence.NumberAfter | Evidence.LastName;
  return candidate.words.length === 1 && candidate.words[0].length >= MIN_LETTERS && (candidate.evidence & Evidence.UnknownWords) !== 0n
    && (candidate.evidence & notName) === 0n && !/^[\p{Lu}\d]+$/u.test(candidate.text);
}

/** The surname of a full name: its last word that is not a generational suffix. */
function surnameOf(words: readonly string[]): string {
  let i = words.length - 1;
  while (i > 0 && has(NAME_SUFFIXES, words[i])) {
    i--;
  }
  return words[i];
}

/** The surnames of the full names among some person candidates, each with the people (keys) it ends. */
export function surnamesOf<Person>(people: readonly { person: Person; words: readonly string[] }[]): Map<string, Person[]> {
  const surnames = new Map<string, Person[]>();
  for (const { person, words } of people) {
    if (words.length > 1) {
      const surname = surnameOf(words);
      const owners = surnames.get(surname) ?? [];
      if (!owners.includes(person)) {
        owners.push(person);
      }
      surnames.set(surname, owners);
    }
  }
  return surnames;
}

/** The context of the braced word of an example, with the full names of the example as the people. */
export function exampleContext(example: string): MisspeltContext {
  const { candidate, names } = bracedCandidate(example);
  const people = names.filter(name => name.words.length > 1 && kindOf(name) === 'person');
  return { candidate, surnames: surnamesOf(people.map(name => ({ person: name.words.join(' '), words: name.words }))) };
}

export const MISSPELT_SURNAME = ruleTable<MisspeltContext, 'joins'>({
  id: 'misspelt-surname',
  reason: 'A lone word no other step placed that is one letter off the surname of exactly one person named in full is that person\'s surname misspelt; left alone it would name no one and its quotation would lose its speaker.',
  contextOf: exampleContext,
  rules: [
    {
      id: 'one-edit-from-one-surname', outcome: 'joins',
      reason: 'Unknown to the lexicon, of five letters or more, without a place\'s or a body\'s evidence, and one edit (a letter swapped with its neighbour, doubled, dropped or changed) from the surname of one person the article names in full, and that surname is no other person\'s. The slip is inside the word, its first and last letters kept: a letter more or less at an end is another word ("Latin" beside "Latina") or a plural ("the Kelsoes", a family); and a word the lexicon knows as a surname is a person of that name, not a slip.',
      when: context => loneUnknownWord(context.candidate) && misspeltSurname(context) !== undefined,
      examples: {
        yes: [
          'Dana Kiedrow spoke first. "We will not sign the deal," {Keidrow} said.',
          'Tomas Brandelle spoke first. "We will not sign the deal," {Brandele} said.',
          'Mirela Vostrand spoke first. {Vostrnad} went on to say the deal was off.',
        ],
        no: [
          'Dana Kiedrow and Ivo Kiedrow spoke first. "We will not sign the deal," {Keidrow} said.', 'Dana Kiedrow and Ivo Kiedrew spoke first. "We will not sign the deal," {Kiedriw} said.',
          'Dana Kiedrow spoke first. "We will not sign the deal," {Kiedrows} said.',
          'Dana Kiedrow spoke first. "We will not sign the deal," {Valdrow} said.',
          'Dana Kelso spoke first. "We will not sign the deal," {Kelsa} said.',
          'Mara Vellina spoke first. "We will not sign the deal," {Vellin} said.',
          'Mara Vellin spoke first. "We will not sign the deal," {Vellins} said.',
        ],
      },
    },
  ],
});

/** The step: each lone word left over that the rule reads as a misspelt surname joins that person. */
export function joinMisspeltSurnames(state: ClusterState): void {
  joinLoneWordsBySurname(state, context => MISSPELT_SURNAME.rules[0].when(context) ? misspeltSurname(context) : undefined);
}

/**
 * Each lone word no step has placed (nor read as a body or a place) joins the person whose surname `surnameFor` finds
 * for it among the surnames of the people named in full (undefined: it stays where it is); shared by the steps that
 * read a surname's other forms (misspelt here, clipped with a pet ending in clippedSurnames.ts).
 */
export function joinLoneWordsBySurname(state: ClusterState, surnameFor: (context: MisspeltContext) => string | undefined): void {
  const people = state.clustering.all.filter(cluster => cluster.kind === 'person')
    .flatMap(cluster => cluster.members.map(member => ({ person: cluster, words: member.c.words })));
  const surnames = surnamesOf<Cluster>(people);
  if (surnames.size === 0) {
    return;
  }
  state.placed.forEach((placed, index) => {
    if (state.done.has(index) || state.kinds[index] === 'org' || state.kinds[index] === 'place') {
      return;
    }
    const surname = surnameFor({ candidate: placed.c, surnames });
    if (surname !== undefined) {
      state.clustering.attach(surnames.get(surname)![0], placed);
      state.done.add(index);
    }
  });
}
