// Matching a description ("the Ukrainian leader", "the US secretary of state") against the titles and
// roles the article gives its people.

import { TITLE_HEADS } from '../lexicon/entities';
import { GENERIC_LEADER_HEADS, LEADER_TITLES, NATION_ALIASES, NATIONALITY_PERSON_NOUNS, TITLE_NOUNS } from '../lexicon/quotes';
import { SAME_OFFICE, NEUTRAL_TITLE_MODIFIERS, PORTFOLIO_MODIFIERS, NOT_NATIONS, PAST_TITLE_MODIFIERS, RANK_MODIFIERS, TITLE_COMPLEMENT_PREPOSITIONS } from '../lexicon/quoteCues';

/** Abbreviated titles written before names, as the word a description would use. */
const ABBREVIATED_TITLE_WORDS: ReadonlyMap<string, string> = new Map(Object.entries({
  gen: 'general', sen: 'senator', gov: 'governor', rep: 'representative', prof: 'professor', dr: 'doctor',
  lt: 'lieutenant', col: 'colonel', capt: 'captain', adm: 'admiral', sgt: 'sergeant', supt: 'superintendent',
  insp: 'inspector', pres: 'president', cmdr: 'commander', maj: 'major', brig: 'brigadier', amb: 'ambassador',
}));
/** Endings of demonyms and country names ("Ukrainian", "Finnish", "Kazakhstan", "Russia"). */
const NATION_FORM = /(?:ians?|eans?|ans?|ese|ish|i|stan|land|ia)$/;
/** Suffixes stripped to compare a country with its people ("Ukraine"/"Ukrainian" → "ukra…"). */
const NATION_STEM = /(?:ians|ian|eans|ean|ese|ish|ans|an|ia|ine|i|a|e|y)$/;

/**
 * A country or nationality word reduced to a comparable stem, or null when the word is not one.
 * possessive: written with ’s ("Kazakhstan’s president"), which marks a place or body owning the office.
 */
export function nationStem(word: string, capitalised: boolean, possessive = false): string | null {
  const w = word.toLowerCase().replace(/[’']s$/, '');
  if (Object.prototype.hasOwnProperty.call(NATION_ALIASES, w)) {
    return NATION_ALIASES[w];
  }
  if (!capitalised || TITLE_NOUNS.has(w) || NOT_NATIONS.has(w)) {
    return null;
  }
  if (w.length < 4 || !(possessive || NATION_FORM.test(w))) {
    // "the Dane", "the Swede", "the Finn": a noun naming one person by nationality with no demonym's ending (list
    // NATIONALITY_PERSON_NOUNS) is a nation too, so "the Dane said" is read as a nationality, not as an unknown head.
    return Object.prototype.hasOwnProperty.call(NATIONALITY_PERSON_NOUNS, w) ? NATIONALITY_PERSON_NOUNS[w] : null;
  }
  return w.replace(NATION_STEM, '');
}

function sameNation(one: string, other: string): boolean {
  return one === other || (Math.min(one.length, other.length) >= 3 && (one.startsWith(other) || other.startsWith(one)));
}

export interface Title {
  /** Content words, lower case, possessives stripped. */
  readonly words: readonly string[];
  readonly nations: readonly string[];
  readonly head: string | undefined;
  /** Marked as no longer held ("former governor", "ex-minister"; word list quote-past-title-modifiers). */
  readonly past: boolean;
}

/** Parses a title or description written as words (original case tells nationality words apart). */
export function parseTitle(raw: readonly string[]): Title {
  const words: string[] = [];
  const nations: string[] = [];
  let past = false;
  for (const r of raw) {
    for (const piece of r.split(/[\s\u2010-\u2015-]+/)) {
      const bare = piece.toLowerCase().replace(/[’']s$/, '').replace(/[^\p{L}\p{N}.-]/gu, '');
      // "Gen." is "the general", "Sen." "the senator".
      const lower = ABBREVIATED_TITLE_WORDS.get(bare.replace(/\.$/, '')) ?? bare;
      if (PAST_TITLE_MODIFIERS.has(lower)) {
        past = true;
        continue;
      }
      if (!lower || NEUTRAL_TITLE_MODIFIERS.has(lower)) {
        continue;
      }
      const nation = nationStem(lower, /^\p{Lu}/u.test(piece), /[’']s$/.test(piece));
      if (nation) {
        nations.push(nation);
      } else {
        words.push(lower);
      }
    }
  }
  const before = headPart(words);
  return { words, nations, head: before[before.length - 1], past };
}

/** A title's words up to its head: those before a complement's preposition ("secretary" of "secretary of state"). */
function headPart(words: readonly string[]): readonly string[] {
  const ofAt = words.findIndex(word => TITLE_COMPLEMENT_PREPOSITIONS.has(word));
  return ofAt > 0 ? words.slice(0, ofAt) : words;
}


/** The index key under which every title naming a head of state, government or body (LEADER_TITLES) is also filed. */
const ANY_LEADER_TITLE = '\u0000leader';

/**
 * The keys a role is filed under in an index of title holders (its words, and ANY_LEADER_TITLE for a leader's title),
 * so that the people whose roles can fit a description are found by headMatchKeys without trying everyone.
 * Must say yes wherever headMatches could: change the two together.
 */
export function titleIndexKeys(role: Title): string[] {
  return role.words.some(word => LEADER_TITLES.has(word)) ? [...role.words, ANY_LEADER_TITLE] : [...role.words];
}

/** The index keys (titleIndexKeys) of every role whose head a description's head matches (headMatches); none without a head. */
export function headMatchKeys(description: Title): string[] {
  const head = description.head;
  if (head === undefined) {
    return [];
  }
  return [head, ...(SAME_OFFICE.get(head) ?? []), ...(GENERIC_LEADER_HEADS.has(head) ? [ANY_LEADER_TITLE] : [])];
}

function headMatches(description: Title, role: Title): boolean {
  const head = description.head;
  if (head === undefined) {
    return false;
  }
  if (role.words.includes(head) || (SAME_OFFICE.get(head)?.some(word => role.words.includes(word)) ?? false)) {
    return true;
  }
  return GENERIC_LEADER_HEADS.has(head) && role.words.some(word => LEADER_TITLES.has(word));
}

/** The word right before a title's head ("general" in "general secretary of the union"), if any. */
function wordBeforeHead(title: Title): string | undefined {
  const before = headPart(title.words);
  return before.length >= 2 ? before[before.length - 2] : undefined;
}

/**
 * "the education secretary" against a role "general secretary": the description names its office by a brief (list
 * quote-portfolio-modifiers) the role lacks, and the role names another office of the same head by a word of its own,
 * so the two are different offices. A bare "secretary" role may still be the one.
 */
function otherPortfolio(description: Title, role: Title): boolean {
  const brief = wordBeforeHead(description);
  return brief !== undefined && PORTFOLIO_MODIFIERS.has(brief) && wordBeforeHead(role) !== undefined && !role.words.includes(brief);
}

/**
 * How well a description fits a role: 0 when it cannot be the same office (other head noun, other
 * country, a rank the description lacks), 1 when the head fits, 2 when every word of the description
 * is in the role.
 */
export function titleFit(description: Title, role: Title): number {
  if (!headMatches(description, role)) {
    return 0;
  }
  if (description.nations.length > 0 && role.nations.length > 0 && !description.nations.some(nation => role.nations.some(roleNation => sameNation(nation, roleNation)))) {
    return 0;
  }
  if (role.words.some(word => RANK_MODIFIERS.has(word) && !description.words.includes(word)) || otherPortfolio(description, role)) {
    return 0;
  }
  const wanted = [...description.words.filter(word => word !== description.head && word !== 'of'), ...description.nations];
  if (wanted.length === 0) {
    return 2;
  }
  const have = new Set([...role.words, ...role.nations]);
  const found = wanted.filter(word => have.has(word) || role.nations.some(roleNation => sameNation(word, roleNation))).length;
  return 1 + found / wanted.length;
}

/** Whether a role says something that rules the description out (another country or office). */
export function titleConflicts(description: Title, role: Title): boolean {
  return titleFit(description, role) === 0 && (role.head !== undefined && (TITLE_NOUNS.has(role.head) || TITLE_HEADS.has(role.head)) || role.nations.length > 0);
}

/**
 * Whether a person's titles place them in another country than the description does ("the Ukrainian
 * president" is not someone the article calls "European Commission President", even if another mention
 * says only "President").
 */
export function nationConflict(description: Title, titles: readonly Title[]): boolean {
  if (description.nations.length === 0) {
    return false;
  }
  const placed = titles.filter(title => title.nations.length > 0);
  return placed.length > 0 && !placed.some(title => title.nations.some(nation => description.nations.some(described => sameNation(nation, described))));
}
