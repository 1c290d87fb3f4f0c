// "Possibly the same": entities of different ids, each from articles the other is absent from, that are
// probably one person or body which linkAnalyses left apart (it links only when a rule is certain and one
// candidate fits). They are only suggested: the user merges (newsLens.aliases) or rejects them
// (newsLens.distinct); nothing is merged here. Rules are data, strongest first; a pair gets the first
// rule that holds.
import { initialsOf } from './entities/words';
import { foldLetters } from './fold';
import type { DocumentAnalysis, Entity, EntityKind } from './model';
import { ABBREVIATED_TITLES, HONORIFICS, HONOURS, NAME_SUFFIXES, has } from './lexicon/entities';
import { DIMINUTIVES, INITIALS_FUNCTION_WORDS } from './lexicon/names';

export type SuggestionReason = 'initial' | 'middle-or-suffix' | 'nickname' | 'transliteration' | 'abbreviation' | 'surname';

export interface SuggestedEntity {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  /** Indices of the articles that name it. */
  readonly articles: readonly number[];
  /** Every name the articles use for it, canonical first. */
  readonly names: readonly string[];
}

export interface Suggestion {
  readonly a: SuggestedEntity;
  readonly b: SuggestedEntity;
  readonly reason: SuggestionReason;
  /** One line for people: why the two may be one ("same surname, one given name is the other's initial"). */
  readonly explanation: string;
}

/** A name as words, folded and lower case, honorifics and titles in front dropped ("Mr Ed Hale" → ed hale). */
function wordsOf(name: string): string[] {
  const w = foldLetters(name).toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  let i = 0;
  while (i < w.length - 1 && (has(HONORIFICS, w[i]) || has(ABBREVIATED_TITLES, w[i]) || has(HONOURS, w[i]))) {
    i++;
  }
  return w.slice(i);
}

interface PersonName {
  readonly given: string;
  readonly middle: readonly string[];
  readonly surname: string;
}

/** Given name, middle names and surname; a generational suffix ("Jr", "III") is dropped. */
function personName(name: string): PersonName | undefined {
  const w = wordsOf(name);
  while (w.length > 1 && has(NAME_SUFFIXES, w[w.length - 1])) {
    w.pop();
  }
  if (w.length === 0) {
    return undefined;
  }
  return w.length === 1 ? { given: '', middle: [], surname: w[0] } : { given: w[0], middle: w.slice(1, -1), surname: w[w.length - 1] };
}

/** Spelling-tolerant surname key, as link.ts uses for transliterations ("Petrenkyy" / "Petrenky"). */
function translit(word: string): string {
  return word.replace(/(\p{L})\1+/gu, '$1').replace(/(?:iy|yi|ij|ii|i|y)$/u, 'y');
}

/** Levenshtein distance up to a bound (names are short; beyond the bound the exact value does not matter). */
function editDistance(left: string, right: string, bound: number): number {
  if (Math.abs(left.length - right.length) > bound) {
    return bound + 1;
  }
  let prev = Array.from({ length: right.length + 1 }, (_, j) => j);
  for (let i = 1; i <= left.length; i++) {
    const cur = [i];
    for (let j = 1; j <= right.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (left[i - 1] === right[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[right.length];
}

function isNickname(left: string, right: string): boolean {
  return (DIMINUTIVES[left] ?? []).includes(right) || (DIMINUTIVES[right] ?? []).includes(left);
}

function isInitialOf(short: string, long: string): boolean {
  return short.length === 1 && long.length > 1 && long[0] === short;
}

interface Rule<T> {
  readonly reason: SuggestionReason;
  /** Why the rule makes the two probably one, shown to the user. */
  readonly explanation: string;
  /** Examples the rule accepts; the unit test runs them. */
  readonly yes: readonly (readonly [string, string])[];
  readonly no: readonly (readonly [string, string])[];
  readonly holds: (left: T, right: T) => boolean;
}

function sameSurname(left: PersonName, right: PersonName): boolean {
  return left.surname === right.surname;
}

/** Rules for people, strongest first. Surnames must agree (exactly or up to transliteration). */
export const PERSON_RULES: readonly Rule<PersonName>[] = [
  {
    reason: 'initial',
    explanation: 'same surname, and one given name is the other’s initial',
    yes: [['E. Hale', 'Edwin Hale'], ['R. J. Hale', 'Robert Hale']],
    no: [['E. Hale', 'Robert Hale']],
    holds: (left, right) => sameSurname(left, right) && (isInitialOf(left.given, right.given) || isInitialOf(right.given, left.given)),
  },
  {
    reason: 'middle-or-suffix',
    explanation: 'same given name and surname, a middle name or suffix apart',
    yes: [['Robert Hale', 'Robert J. Hale Jr.'], ['Ana Ruiz', 'Ana María Ruiz']],
    no: [['Robert Hale', 'Roberta Hale']],
    holds: (left, right) => sameSurname(left, right) && left.given !== '' && left.given === right.given,
  },
  {
    reason: 'nickname',
    explanation: 'same surname, and one given name is a short form of the other',
    yes: [['Ed Hale', 'Edward Hale'], ['Bob Hale', 'Robert J. Hale']],
    no: [['Ed Hale', 'Robert Hale']],
    holds: (left, right) => sameSurname(left, right) && isNickname(left.given, right.given),
  },
  {
    reason: 'transliteration',
    explanation: 'same given name or initial, surnames spelt one letter apart (a transliteration)',
    yes: [['Dmitri Kadirin', 'Dmitry Kadyrin'], ['Ana Nowak', 'Ana Novak']],
    no: [['Ana Novak', 'Ana Nowicki'], ['Li Wen', 'Li Wan']],
    holds: (left, right) => left.given !== '' && right.given !== '' && left.given[0] === right.given[0] && left.surname.length >= 4 && right.surname.length >= 4
      && left.surname !== right.surname && editDistance(translit(left.surname), translit(right.surname), 1) <= 1,
  },
  {
    reason: 'surname',
    explanation: 'same surname, and neither article names another person with it',
    yes: [['Ed Hale', 'Robert J. Hale'], ['Hale', 'Robert J. Hale']],
    no: [['Ed Hale', 'Ed Hall']],
    holds: sameSurname,
  },
];

function initialsLoosely(words: readonly string[]): string {
  return words.filter(word => !INITIALS_FUNCTION_WORDS.has(word)).map(word => word[0]).join('');
}

/** Rules for organisations: names as folded word lists. */
export const ORG_RULES: readonly Rule<readonly string[]>[] = [
  {
    reason: 'abbreviation',
    explanation: 'one name is an abbreviation of the other',
    yes: [['BoE', 'Bank of England'], ['IMF', 'International Monetary Fund']],
    no: [['IMF', 'International Energy Agency']],
    holds: (left, right) => {
      const [short, long] = left.length === 1 ? [left, right] : [right, left];
      return short.length === 1 && long.length > 1 && short[0].length > 1
        && [initialsOf(long), initialsLoosely(long), long.map(word => word[0]).join('')].includes(short[0]);
    },
  },
];

export interface SuggestOptions {
  /** Id pairs the user said are not the same (setting newsLens.distinct), in either order. */
  readonly distinct?: readonly (readonly [string, string])[];
}

interface Candidate {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly articles: Set<number>;
  readonly names: string[];
  /** The names parsed once: as people (given, middle, surname) and as folded words. */
  parsed?: PersonName[];
  words?: string[][];
}

function candidatesOf(analyses: readonly DocumentAnalysis[]): Candidate[] {
  const byId = new Map<string, Candidate>();
  analyses.forEach((doc, article) => {
    for (const e of doc.entities) {
      const c = byId.get(e.id) ?? { id: e.id, kind: e.kind, name: e.name, articles: new Set<number>(), names: [] };
      byId.set(e.id, c);
      c.articles.add(article);
      for (const n of [e.name, ...e.aliases]) {
        if (!c.names.includes(n)) {
          c.names.push(n);
        }
      }
      if (fullerName(e, c.name)) {
        (c as { name: string }).name = e.name;
      }
    }
  });
  const out = [...byId.values()];
  for (const c of out) {
    c.parsed = c.names.map(personName).filter((part): part is PersonName => !!part);
    c.words = c.names.map(wordsOf).filter(words => words.length > 0);
  }
  return out;
}

function fullerName(entity: Entity, than: string): boolean {
  return entity.name.split(/\s+/).length > than.split(/\s+/).length;
}

function disjoint(left: Candidate, right: Candidate): boolean {
  return [...left.articles].every(article => !right.articles.has(article));
}

function suggested(candidate: Candidate): SuggestedEntity {
  return { id: candidate.id, kind: candidate.kind, name: candidate.name, articles: [...candidate.articles].sort((left, right) => left - right), names: candidate.names };
}

function pairKey(left: string, right: string): string {
  return left < right ? `${left}\n${right}` : `${right}\n${left}`;
}

/** The first person rule that holds, trying every name of each (a short form may be what matches). */
function personReason(left: Candidate, right: Candidate): Rule<PersonName> | undefined {
  const px = left.parsed ?? [], py = right.parsed ?? [];
  return PERSON_RULES.find(rule => px.some(leftName => py.some(rightName => rule.holds(leftName, rightName))));
}

function orgReason(left: Candidate, right: Candidate): Rule<readonly string[]> | undefined {
  const wx = left.words ?? [], wy = right.words ?? [];
  return ORG_RULES.find(rule => wx.some(leftWords => wy.some(rightWords => rule.holds(leftWords, rightWords))));
}

/** How many people each article names with a surname (the weakest rule needs it to be one on each side). */
function surnameCounts(people: readonly Candidate[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of people) {
    const surname = personName(c.name)?.surname;
    for (const article of c.articles) {
      const key = `${article}|${surname}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

function uniqueSurname(candidate: Candidate, counts: ReadonlyMap<string, number>): boolean {
  const surname = personName(candidate.name)?.surname;
  return [...candidate.articles].every(article => counts.get(`${article}|${surname}`) === 1);
}

/**
 * Keys two people share whenever a rule could hold for them: the surname (rules on the same surname), and
 * for transliterations the given initial with the surname's one-letter deletions (two words one edit apart
 * always share one), so that only those pairs are compared, not every pair of a long set of articles.
 */
function personKeys(candidate: Candidate): string[] {
  const keys: string[] = [];
  for (const p of candidate.parsed ?? []) {
    keys.push(`s|${p.surname}`);
    if (p.given) {
      const t = translit(p.surname);
      keys.push(`t|${p.given[0]}|${t}`);
      for (let i = 0; i < t.length; i++) {
        keys.push(`t|${p.given[0]}|${t.slice(0, i)}${t.slice(i + 1)}`);
      }
    }
  }
  return keys;
}

/** Keys an abbreviation and its expansion share: the abbreviation itself, and a longer name's initials. */
function orgKeys(candidate: Candidate): string[] {
  return (candidate.words ?? []).flatMap(words => (words.length === 1 ? [words[0]] : [initialsOf(words), initialsLoosely(words), words.map(word => word[0]).join('')]));
}

/** Pairs of candidates from disjoint articles that share at least one key, each pair once. */
function pairsSharingAKey(candidates: readonly Candidate[], keysOf: (candidate: Candidate) => string[]): [Candidate, Candidate][] {
  const byKey = new Map<string, number[]>();
  candidates.forEach((candidate, i) => {
    for (const key of new Set(keysOf(candidate))) {
      byKey.set(key, [...(byKey.get(key) ?? []), i]);
    }
  });
  const seen = new Set<number>();
  const out: [Candidate, Candidate][] = [];
  for (const members of byKey.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const id = members[i] * candidates.length + members[j];
        if (!seen.has(id) && disjoint(candidates[members[i]], candidates[members[j]])) {
          seen.add(id);
          out.push([candidates[members[i]], candidates[members[j]]]);
        }
      }
    }
  }
  return out;
}

/**
 * Pairs of entities (on linked analyses) that may be one: different ids, never in the same article, and a
 * rule above holds. Pairs in `distinct` are left out. Sorted by rule strength, then by name.
 */
export function suggestSameEntities(analyses: readonly DocumentAnalysis[], options: SuggestOptions = {}): Suggestion[] {
  const rejected = new Set((options.distinct ?? []).map(([first, second]) => pairKey(first, second)));
  const candidates = candidatesOf(analyses);
  const people = candidates.filter(candidate => candidate.kind === 'person');
  const orgs = candidates.filter(candidate => candidate.kind === 'org');
  const counts = surnameCounts(people);
  const out: { suggestion: Suggestion; rank: number }[] = [];
  const consider = (left: Candidate, right: Candidate, rule: Pick<Rule<never>, 'reason' | 'explanation'> | undefined, rank: number): void => {
    if (rule && !rejected.has(pairKey(left.id, right.id))) {
      out.push({ suggestion: { a: suggested(left), b: suggested(right), reason: rule.reason, explanation: rule.explanation }, rank });
    }
  };
  for (const [x, y] of pairsSharingAKey(people, personKeys)) {
    const rule = personReason(x, y);
    const weak = rule?.reason === 'surname';
    consider(x, y, weak && !(uniqueSurname(x, counts) && uniqueSurname(y, counts)) ? undefined : rule, rule ? PERSON_RULES.indexOf(rule) : 0);
  }
  for (const [x, y] of pairsSharingAKey(orgs, orgKeys)) {
    consider(x, y, orgReason(x, y), PERSON_RULES.length);
  }
  return out
    .sort((left, right) => left.rank - right.rank || left.suggestion.a.name.localeCompare(right.suggestion.a.name) || left.suggestion.b.name.localeCompare(right.suggestion.b.name))
    .map(ranked => ranked.suggestion);
}
