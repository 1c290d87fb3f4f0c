// A candidate called by a short form of the given name: campaign and profile copy names a person in full ("Evelyn
// Hartsfield", "Robert Lisle") and then, in headlines, insiders' quotations and chatty prose, by a diminutive ("Bob") or
// by the given name clipped ("Ev", "Cal" for Calvin): "Ev rolls in Ohio", "Cal's people can spin it". The short form
// is unknown to the lexicon or known only as a given name, and names no one else of the article, so the resolution step
// `given-name-short-forms` (resolve.ts) joins it to the one person whose given name it shortens, before it is read as
// a person of its own, dropped, or grouped as a body because it recurs and owns things. The decision is the rule table
// `given-name-short-form`.
import { DIMINUTIVES_OF_GIVEN_NAME } from '../lexicon/entities';
import { lexiconFlags } from '../nlp/adapter';
import { Tag } from '../nlp/tokens';
import { ruleTable } from '../rules/ruleTable';
import type { ClusterState } from './clusters';
import { kindOf } from './kind';
import { bracedCandidate } from './kindRules';
import { push } from './multimap';
import { Evidence, type Cluster, type NameCandidate } from './types';

/** What the rule sees: a lone word no step has placed yet and the given names of the people named in full. */
export interface GivenNameContext {
  readonly candidate: NameCandidate;
  /** The lower-case given names of the article's full names, each with the people (clusters, or keys in examples) it opens. */
  readonly givenNames: ReadonlyMap<string, readonly unknown[]>;
  /** The lower-case surnames of the same full names: a word that is one is that person's, not a short form. */
  readonly surnames: ReadonlySet<string>;
}

/** The fewest letters a clipped given name keeps ("Ev"), and the fewest it leaves off ("Cal" of "Calvin", not "Calvi"). */
const MIN_KEPT = 2;
const MIN_DROPPED = 2;

/** What a word the lexicon knows as a given name must not also be to stand for another's ("Will", "Frank", "Bill" are not). */
const OTHER_WORD_TAGS = Tag.Organization | Tag.Place | Tag.Verb | Tag.Adjective | Tag.Adverb | Tag.Determiner | Tag.Preposition | Tag.Conjunction
  | Tag.Pronoun | Tag.Value | Tag.Date | Tag.LastName;

/**
 * A lone title-case word of two to eight letters, with nothing of a place, a body, a number or a surname about it, that
 * the lexicon does not know or knows as a given name and nothing else ("Cal", "Bob"; not "Will", "Frank", "Bill"). One
 * opening a sentence counts ("Ev rolls on", weak evidence): the given name it shortens is the proof.
 */
function loneShortForm(candidate: NameCandidate): boolean {
  const notName = Evidence.Place | Evidence.Located | Evidence.Within | Evidence.OrgTag | Evidence.OrgHead | Evidence.Acronym
    | Evidence.HyphenPart | Evidence.NumberAfter | Evidence.LastName | Evidence.Honorific | Evidence.Title;
  if (candidate.words.length !== 1 || !/^\p{Lu}\p{Ll}{1,7}$/u.test(candidate.text) || (candidate.evidence & notName) !== 0n) {
    return false;
  }
  const flags = lexiconFlags(candidate.words[0].toLowerCase());
  return flags === 0 || ((flags & Tag.FirstName) !== 0 && (flags & OTHER_WORD_TAGS) === 0);
}

/** The short forms of a lower-case given name: its diminutives (GIVEN_NAME_VARIANTS) and its clipped openings. */
function shortFormsOf(given: string): string[] {
  const clips: string[] = [];
  for (let kept = MIN_KEPT; kept <= given.length - MIN_DROPPED; kept++) {
    clips.push(given.slice(0, kept));
  }
  return [...(DIMINUTIVES_OF_GIVEN_NAME.get(given) ?? []), ...clips];
}

/**
 * The given names each short form may stand for, built once per map of given names: trying every given name of the
 * article for every lone word would make the step quadratic in a long article.
 */
function givenNamesByShortForm(givenNames: ReadonlyMap<string, readonly unknown[]>): ReadonlyMap<string, readonly string[]> {
  let index = GIVEN_BY_SHORT_FORM.get(givenNames);
  if (!index) {
    const built = new Map<string, string[]>();
    for (const given of givenNames.keys()) {
      for (const form of new Set(shortFormsOf(given))) {
        push(built, form, given);
      }
    }
    index = built;
    GIVEN_BY_SHORT_FORM.set(givenNames, index);
  }
  return index;
}

const GIVEN_BY_SHORT_FORM = new WeakMap<ReadonlyMap<string, readonly unknown[]>, ReadonlyMap<string, readonly string[]>>();

/**
 * The one given name of the article a lone word shortens, or undefined: none, several, one several people share, or a
 * word that is itself a given name or a surname of someone named in full (that person's, found by the other steps).
 */
export function shortenedGivenName({ candidate, givenNames, surnames }: GivenNameContext): string | undefined {
  const word = candidate.words[0].toLowerCase();
  if (givenNames.has(word) || surnames.has(word)) {
    return undefined;
  }
  const matches = givenNamesByShortForm(givenNames).get(word) ?? [];
  return matches.length === 1 && givenNames.get(matches[0])!.length === 1 ? matches[0] : undefined;
}

/** The given names and surnames of full names (two words or more), in lower case, each given name with its people. */
function namesOf<Person>(people: readonly { person: Person; words: readonly string[] }[]): { givenNames: Map<string, Person[]>; surnames: Set<string> } {
  const givenNames = new Map<string, Person[]>();
  const surnames = new Set<string>();
  for (const { person, words } of people) {
    if (words.length > 1) {
      const given = words[0].toLowerCase();
      const owners = givenNames.get(given) ?? [];
      if (!owners.includes(person)) {
        owners.push(person);
      }
      givenNames.set(given, owners);
      surnames.add(words[words.length - 1].toLowerCase());
    }
  }
  return { givenNames, surnames };
}

function exampleContext(example: string): GivenNameContext {
  const { candidate, names } = bracedCandidate(example);
  const people = names.filter(name => name.words.length > 1 && kindOf(name) === 'person');
  return { candidate, ...namesOf(people.map(name => ({ person: name.words.join(' '), words: name.words }))) };
}

export const GIVEN_NAME_SHORT_FORM = ruleTable<GivenNameContext, 'joins'>({
  id: 'given-name-short-form',
  reason: 'A lone word that is a diminutive or the clipped opening of the given name of exactly one person named in full is that person called familiarly; left alone it would be a person of its own, no one, or a body (a recurring unknown word that owns things), and the quotation it speaks would lose its speaker.',
  contextOf: exampleContext,
  rules: [
    {
      id: 'short-form-of-one-given-name', outcome: 'joins',
      reason: 'Title case, two to eight letters, without a place\'s, a body\'s, a surname\'s or a title\'s evidence, unknown to the lexicon or known only as a given name, and a diminutive of (GIVEN_NAME_VARIANTS read backwards: "Bob" of Robert) or the first two letters or more, two or more left off, of the given name of one person the article names in full ("Ev" of Evelyn, "Cal" of Calvin); that given name is no other person\'s, and the word is no one\'s given name or surname itself.',
      when: context => loneShortForm(context.candidate) && shortenedGivenName(context) !== undefined,
      examples: {
        yes: [
          'Evelyn Marchbanks won the primary. "{Ev} was everywhere," an aide said.',
          'Calvin Drossel lost by nine points. His team wants {Cal} to stay in.',
          'Robert Lisle conceded on Tuesday. "{Bob} ran a clean race," she said.',
        ],
        no: [
          'Evelyn Marchbanks and Everett Holt won. "{Ev} was everywhere," an aide said.',
          'Evelyn Marchbanks and Evelyn Tarr won. "{Ev} was everywhere," an aide said.',
          'Calvin Drossel lost by nine points. His team wants {Calvi} to stay in.',
          'William Lisle conceded on Tuesday. "{Will} ran a clean race," she said.',
          'Robert Lisle conceded on Tuesday. "{Ruth} ran a clean race," she said.',
        ],
      },
    },
  ],
});

/** The step: each lone word not yet placed (nor read as a body or a place) that the rule reads as a short given name joins that person. */
export function joinGivenNameShortForms(state: ClusterState): void {
  const people = state.clustering.all.filter(cluster => cluster.kind === 'person')
    .flatMap(cluster => cluster.members.map(member => ({ person: cluster, words: member.c.words })));
  const { givenNames, surnames } = namesOf<Cluster>(people);
  if (givenNames.size === 0) {
    return;
  }
  state.placed.forEach((placed, index) => {
    if (state.done.has(index) || state.kinds[index] === 'org' || state.kinds[index] === 'place') {
      return;
    }
    const context = { candidate: placed.c, givenNames, surnames };
    const given = GIVEN_NAME_SHORT_FORM.rules[0].when(context) ? shortenedGivenName(context) : undefined;
    if (given !== undefined) {
      state.clustering.attach(givenNames.get(given)![0], placed);
      state.done.add(index);
    }
  });
}
