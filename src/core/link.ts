// Gives the same entity the same id in every document of a set: same name (case and accents aside), a
// surname-only person ("Whitlock") and the one full name with that surname elsewhere ("Dana Whitlock"), an
// abbreviation and its expansion ("EU" / "European Union"). Two entities of one document never merge.
import { initialsOf, spellsAbbreviation, withoutClubForm, withoutDesignator } from './entities/words';

export { withoutClubForm };
import { slugOf } from './entities/slug';
import type { DocumentAnalysis, Entity } from './model';
import { COUNTRIES } from './lexicon/gazetteer';
import { ABBREVIATED_TITLES, ARABIC_COMPOUND_OPENERS, ARABIC_NAME_MARKERS, BARE_ASSEMBLY_HEADS, COMMITTEE_NOUNS, COMPANY_HEADS, COUNTRY_ABBREVIATIONS, endsInEnergyTrade, givenNameKeys, GOVERNMENT_TIERS, has, headLastOfInvertible, HONORIFICS, HONOURS, INTERNATIONAL_QUALIFIERS, KUNYA_OPENERS, LEGISLATIVE_CHAMBERS, MEMBER_PLURALS, MIN_UNQUALIFIED_NAME_WORDS, NAME_PARTICLES, NAME_SUFFIXES, ORG_HEADS, SERVICE_SHORT_FORM_WORDS, STANDING_QUALIFIERS, TOWN_PAPER_HEADS } from './lexicon/entities';
import { foldLetters } from './fold';
import { HOLDING_WORDS } from './lexicon/names';
import { push } from './entities/multimap';
import { translit, vowelVariantsAgree } from './linkSpellings';

export { translit };

/** A body written in capitals ("UN", "NASA") is an acronym, never a surname read as a body. */
export function isAcronym(name: string): boolean {
  return /^\p{Lu}{2,}$/u.test(name);
}

interface Node {
  readonly doc: number;
  readonly entity: Entity;
  parent: Node;
  docs: Set<number>;
}

function find(node: Node): Node {
  while (node.parent !== node) {
    node.parent = node.parent.parent;
    node = node.parent;
  }
  return node;
}

function union(left: Node, right: Node): boolean {
  const ra = find(left), rb = find(right);
  if (ra === rb) {
    return true;
  }
  for (const d of rb.docs) {
    if (ra.docs.has(d)) {
      return false;
    }
  }
  rb.parent = ra;
  for (const d of rb.docs) {
    ra.docs.add(d);
  }
  return true;
}

/** Most names whose words are kept (words is asked for one name by every rule of both linkers); then the cache starts again. */
const MAX_CACHED_NAMES = 20_000;
const wordsOfName = new Map<string, readonly string[]>();

export function words(name: string): string[] {
  let cached = wordsOfName.get(name);
  if (!cached) {
    cached = foldLetters(name).toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (wordsOfName.size >= MAX_CACHED_NAMES) {
      wordsOfName.clear();
    }
    wordsOfName.set(name, cached);
  }
  // A copy: callers drop a title or a suffix from the list they get (personWords).
  return [...cached];
}

/** A title the name opens with ("Mr", "Dr", "Sheikh", "Cllr"): no part of the name. */
function isLeadingTitle(word: string): boolean {
  return has(HONORIFICS, word) || has(ABBREVIATED_TITLES, word) || has(HONOURS, word);
}

/**
 * A person's name as words without a title before it or a generational suffix ("Cesar Ramos Jr." → cesar ramos,
 * "Cllr Dana Whitlock" → dana whitlock): an article's own reading may keep a title inside the name.
 */
export function personWords(name: string): string[] {
  const w = words(name);
  while (w.length > 1 && isLeadingTitle(w[0])) {
    w.shift();
  }
  while (w.length > 2 && has(NAME_SUFFIXES, w[w.length - 1])) {
    w.pop();
  }
  return w;
}

/** Every name of an entity as words, a leading honorific dropped ("Mr Whitlock" → "whitlock"). */
export function namesOf(entity: Pick<Entity, 'name' | 'aliases'>): string[][] {
  return [entity.name, ...entity.aliases]
    .map(words)
    .map(nameWords => (nameWords.length > 1 && isLeadingTitle(nameWords[0]) ? nameWords.slice(1) : nameWords))
    .filter(nameWords => nameWords.length > 0);
}

/**
 * The names of a firm called by its partners ("Strand & Poole Securities"), keyed with the ampersand kept, so the
 * trade noun after the partners (company-heads) goes as within one report (words.ts `withoutDesignator`): "strand &
 * poole". A name with no ampersand gives no such key, so a company and its holding company ("Vardo" / "Vardo Holdings")
 * are not linked by it.
 */
export const PARTNERS: SameKeyRule = {
  shape: 'same-key',
  id: 'partners',
  keysOf: entity => [entity.name, ...entity.aliases].filter(name => /\s&\s/.test(name))
    .map(name => foldLetters(name).toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}&]+/u).filter(Boolean))
    .filter(nameWords => nameWords.indexOf('&') > 0)
    .map(nameWords => withoutDesignator(nameWords).join(' ')),
};

/**
 * The names of a body that joins words by "and" or "&" ("Kelso and District Angling Club", "Kelso & District Angling
 * Club"), without the conjunction, so the two ways outlets write it give one key; names without either give none.
 */
export const CONJUNCTIONS: SameKeyRule = {
  shape: 'same-key',
  id: 'conjunctions',
  keysOf: entity => [entity.name, ...entity.aliases].filter(name => /\s(?:&|and)\s/.test(name))
    .map(name => withoutDesignator(words(name).filter(word => word !== 'and')).join(' ')),
};

/** Joins entities of different articles that share a key of `rule`. */
function linkSameKeys(nodes: readonly Node[], rule: SameKeyRule): void {
  const first = new Map<string, Node[]>();
  for (const n of nodes) {
    for (const key of new Set(rule.keysOf(n.entity))) {
      const seen = first.get(key);
      if (!seen) {
        first.set(key, [n]);
        continue;
      }
      if (!seen.some(earlier => union(earlier, n))) {
        seen.push(n);
      }
    }
  }
}

/**
 * How a name takes part in abbreviation matching: as an abbreviation ("EU", "F.B.I.": one word, or letters
 * only) or as an expansion that gives its initials ("European Union" → "eu"). Two expansions with the same
 * initials are two bodies ("Halvorsen Institute" / "Hartwell Institute"): only an abbreviation joins them.
 */
export function abbreviationForm(nameWords: readonly string[]): { readonly letters: string; readonly abbreviation: boolean } | undefined {
  const abbreviation = nameWords.every(word => word.length === 1) || nameWords.length === 1;
  const letters = abbreviation ? nameWords.join('') : initialsOf(nameWords);
  return letters.length > 1 ? { letters, abbreviation } : undefined;
}

/**
 * An abbreviation and the expansion whose initials it spells, in other articles: linked only when every
 * expansion of those initials in the set is already one group, so two bodies with the same initials are never
 * joined through an abbreviation.
 */
function linkAbbreviations(orgs: readonly Node[]): void {
  const byLetters = new Map<string, { abbreviations: Node[]; expansions: Node[]; expanded: string[][] }>();
  for (const node of orgs) {
    for (const nameWords of namesOf(node.entity)) {
      const form = abbreviationForm(nameWords);
      if (form) {
        const entry = byLetters.get(form.letters) ?? { abbreviations: [], expansions: [], expanded: [] };
        if (form.abbreviation) {
          entry.abbreviations.push(node);
        } else {
          entry.expansions.push(node);
          entry.expanded.push(nameWords);
        }
        byLetters.set(form.letters, entry);
      }
    }
  }
  for (const { abbreviations, expansions, expanded } of byLetters.values()) {
    expansions.forEach((node, index) => {
      const same = expanded.findIndex((earlier, at) => at < index && expansionsAgree(earlier, expanded[index]));
      if (same >= 0) {
        union(expansions[same], node);
      }
    });
    const roots = new Set(expansions.map(find));
    const target = roots.size === 1 ? [...roots][0] : undefined;
    for (const node of abbreviations) {
      if (target) {
        union(target, node);
      } else if (roots.size === 0) {
        union(abbreviations[0], node);
      }
    }
  }
  linkSpelledAbbreviations(orgs, byLetters);
}

/** Fewest letters of an abbreviation that may take more than a word's initial ("ECOWAS"); shorter ones spell too much. */
export const MIN_SPELLED_ABBREVIATION = 4;

/** A body with a name in capitals ("ECOWAS"): only such an abbreviation is read as spelt from more than initials. */
export function hasCapitalsName(entity: NamedEntity): boolean {
  return [entity.name, ...entity.aliases].some(isAcronym);
}

/** Whether a name of the body of two words or more spells the abbreviation's letters ("economic community of …"). */
function nameSpells(letters: string, entity: NamedEntity): boolean {
  return namesOf(entity).some(nameWords => nameWords.length > 1 && spellsAbbreviation(letters, nameWords));
}

/**
 * An abbreviation in capitals that takes more than one letter of a word ("ECOWAS": Economic COmmunity of West African
 * States), when no name of the set has its initials: the one body of the other articles whose name it spells.
 */
function linkSpelledAbbreviations(orgs: readonly Node[], byLetters: ReadonlyMap<string, { abbreviations: Node[]; expansions: Node[] }>): void {
  for (const [letters, { abbreviations, expansions }] of byLetters) {
    const capitals = abbreviations.filter(node => hasCapitalsName(node.entity));
    if (expansions.length || !capitals.length || letters.length < MIN_SPELLED_ABBREVIATION) {
      continue;
    }
    const spelled = orgs.filter(node => nameSpells(letters, node.entity));
    for (const node of capitals) {
      const roots = new Set(spelled.filter(other => other.doc !== node.doc).map(find));
      if (roots.size === 1) {
        union([...roots][0], node);
      }
    }
  }
}

/** Most letters of a given name that is only an initial or two ("J.", "JD"). */
const MAX_INITIALS = 2;
/** Fewest letters a short given name needs to stand for a longer one it begins ("Brad" / "Bradley"). */
const MIN_SHORT_GIVEN = 3;

/**
 * Two given names of one person: the same up to transliteration, initials that agree, a short form that
 * begins the longer ("Brad" / "Bradley", "Ade" / "Adebayo"), or vowels transliterated differently ("Mohammed" /
 * "Muhammad", linkSpellings.ts). "Matt" / "Michael" share only an initial.
 */
export function givenNamesAgree(left: string, right: string): boolean {
  if (left.length <= MAX_INITIALS || right.length <= MAX_INITIALS) {
    return left[0] === right[0];
  }
  const [short, long] = left.length <= right.length ? [left, right] : [right, left];
  return translit(short) === translit(long) || (short.length >= MIN_SHORT_GIVEN && long.startsWith(short)) || vowelVariantsAgree(short, long);
}

/** Fewest opening letters of the first given name a contraction keeps ("Ma-lou" of "Maria Lourdes"): one alone is only an initial. */
const MIN_CONTRACTED_OPENING = 2;

/**
 * A one-word given name that contracts two ("Malou" for "Maria Lourdes", "Marivic" for "Maria Victoria"): the
 * first given name's opening letters, and the second given name's initial later in the short one. Middle
 * initials and particles ("Robert J. Hale", "Anne Le Gall") are no second given name, nor the first part of a
 * double surname joined by a hyphen ("Anjali Dorsey-Venn" is no "Adita Venn": `longName` is the name as written).
 */
function contractsGivenNames(short: readonly string[], long: readonly string[], longName: string): boolean {
  let surname = 0;
  while (surname < short.length - 1 && short[short.length - 1 - surname] === long[long.length - 1 - surname]) {
    surname++;
  }
  const second = long.length - surname === 2 ? long[1] : undefined;
  return short.length - surname === 1 && second !== undefined && second.length > MAX_INITIALS && !has(NAME_PARTICLES, second)
    && !opensDoubleSurname(longName, second) && short[0].length > MIN_CONTRACTED_OPENING
    && short[0].slice(0, MIN_CONTRACTED_OPENING) === long[0].slice(0, MIN_CONTRACTED_OPENING) && short[0].indexOf(second[0], 1) > 0;
}

/** "Dorsey" of "Anjali Dorsey-Venn": a word joined by a hyphen to the surname part after it. */
function opensDoubleSurname(name: string, word: string): boolean {
  return foldLetters(name).toLowerCase().split(/\s+/).some(part => part.startsWith(`${word}-`) || part.startsWith(`${word}\u2010`) || part.startsWith(`${word}\u2011`));
}

/**
 * The parts of a person's name two outlets' spellings are compared by: the given name and the surname, as the first
 * and last words, but an Arabic kunya gives the word after "Abu" / "Umm" as the given name ("Abu Tarek al-Wardi" →
 * tarek), and a surname opened by "Abdel", "Abdul", "Abu" … is taken whole whether written apart or joined ("Walid
 * Abdel Aziz" / "Walid Abdelaziz" → abdelaziz). `arabic` says a particle marks the name as transliterated from
 * Arabic (arabic-name-markers), so the surname's vowels may vary as a given name's do.
 */
export function spellingParts(nameWords: readonly string[]): { given: string; surname: string; arabic: boolean } {
  const last = nameWords.length - 1;
  const kunya = nameWords.length >= 3 && has(KUNYA_OPENERS, nameWords[0]);
  const given = kunya ? nameWords[1] : nameWords[0];
  const opener = nameWords[last - 1];
  const joined = last - 1 > (kunya ? 1 : 0) && has(ARABIC_COMPOUND_OPENERS, opener);
  return {
    given,
    surname: joined ? `${opener}${nameWords[last]}` : nameWords[last],
    arabic: nameWords.some(word => has(ARABIC_NAME_MARKERS, word)),
  };
}

/** A person's full name as the spelling rule compares it, with the keys of the names it may be compared with. */
export interface SpelledName {
  readonly name: string;
  readonly nameWords: readonly string[];
  readonly given: string;
  readonly surname: string;
  readonly keys: readonly string[];
}

/**
 * A rule that compares a person's name with the names that share one of its keys ("d|whitlock"), and joins the two
 * when `agree` says they are one person's: a key alone is too loose (only the initial of the given name is in it).
 */
export interface SpellingMatchRule {
  readonly shape: 'spelling';
  readonly id: string;
  spelledNameOf(entity: NamedEntity): SpelledName | undefined;
  agree(left: SpelledName, right: SpelledName): boolean;
}

/** An Arabic surname's consonants up to transliteration ("ghalib", "ghaleb" → the same frame), for the second key. */
function surnameFrame(surname: string): string {
  return translit(surname).replace(/[aeiou]+/gu, '_');
}

/**
 * The same person spelt differently by two outlets (a generational suffix aside: "Cesar Ramos Jr." / "Cesar Ramos"):
 * same surname up to transliteration, given names that agree. A name marked as Arabic is also keyed by its surname's
 * consonants, and joins when the surnames differ only by vowels outlets transliterate differently ("Abu Tarek al-Wardi"
 * / "Abu Tareq el-Wardy": linkSpellings.ts).
 */
export const SPELLINGS: SpellingMatchRule = {
  shape: 'spelling',
  id: 'spellings',
  spelledNameOf: entity => {
    const nameWords = personWords(entity.name);
    if (nameWords.length < 2) {
      return undefined;
    }
    const { given, surname, arabic } = spellingParts(nameWords);
    const keys = [`${given[0]}|${translit(surname)}`, ...(arabic ? [`${given[0]}|~${surnameFrame(surname)}`] : [])];
    return { name: entity.name, nameWords, given, surname, keys };
  },
  agree: (left, right) => (translit(left.surname) === translit(right.surname) || vowelVariantsAgree(left.surname, right.surname))
    && (givenNamesAgree(left.given, right.given) || contractsGivenNames(left.nameWords, right.nameWords, right.name)
      || contractsGivenNames(right.nameWords, left.nameWords, left.name)),
};

/** Joins each person to the first earlier one of another article that shares a key of `rule` and agrees with it. */
function linkSpellings(persons: readonly Node[], rule: SpellingMatchRule): void {
  const bySurname = new Map<string, { node: Node; spelled: SpelledName }[]>();
  for (const node of persons) {
    const spelled = rule.spelledNameOf(node.entity);
    if (spelled) {
      for (const key of spelled.keys) {
        push(bySurname, key, { node, spelled });
      }
    }
  }
  for (const entries of bySurname.values()) {
    entries.forEach((entry, index) => {
      for (const earlier of entries.slice(0, index)) {
        if (rule.agree(earlier.spelled, entry.spelled) && union(earlier.node, entry.node)) {
          break;
        }
      }
    });
  }
}

/** Two expansions of the same initials that differ only by word endings ("Kenya …" / "Kenyan …"): one body. */
export function expansionsAgree(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((word, at) => word.startsWith(right[at]) || right[at].startsWith(word));
}

/**
 * A local authority named without its tier in one article ("Marwick Council") and with it in another ("Marwick Borough
 * Council"): the short name joins the one body of the set whose name is it plus a tier word; two tiers of one place
 * ("X City Council" / "X County Council") never join each other, and a short name joins neither of them.
 */
export const TIERLESS_NAMES: ShortFormRule = {
  shape: 'short-form',
  id: 'government-tiers',
  shortFormsOf: entity => namesOf(entity).flatMap(nameWords => nameWords.flatMap((word, at) =>
    (at > 0 && at < nameWords.length - 1 && has(GOVERNMENT_TIERS, word) ? [[...nameWords.slice(0, at), ...nameWords.slice(at + 1)].join(' ')] : []))),
  shortKeysOf: entity => namesOf(entity).filter(nameWords => nameWords.length >= 2 && !nameWords.some(word => has(GOVERNMENT_TIERS, word)))
    .map(nameWords => nameWords.join(' ')),
};

/**
 * A government body's name with its head noun last: "Department of Justice" → justice department (INVERTIBLE_BODY_HEADS);
 * a local body named before "of" and its county or city ("Commissioners Court of Kelso County", "the Sheriff's Office of
 * Kelso County") → kelso county commissioners court, the order US local copy also writes.
 */
export function headLast(nameWords: readonly string[]): string[] {
  return headLastOfInvertible(nameWords) ?? localBodyPlaceFirst(nameWords) ?? [...nameWords];
}

/**
 * "Commissioners Court of Kelso County" → kelso county commissioners court: one "of", and after it a place of two words
 * or more that ends in a local authority's tier (list government-tiers: "county", "city", "parish"). A tier word after
 * "the" ("Bank of the City") names no place; a second "of" leaves the order unclear.
 */
function localBodyPlaceFirst(nameWords: readonly string[]): string[] | undefined {
  const joint = nameWords.indexOf('of');
  const place = nameWords.slice(joint + 1);
  return joint > 0 && place.length > 1 && place[0] !== 'the' && !place.includes('of') && has(GOVERNMENT_TIERS, place[place.length - 1])
    ? [...place, ...nameWords.slice(0, joint)] : undefined;
}

/**
 * How many words of a country ("U.S.", "South Korea") or of the international body whose agencies carry its name
 * ("United Nations", "UN") open a body's name, when more of the name follows.
 */
function countryWords(nameWords: readonly string[]): number {
  const joined = (size: number) => nameWords.slice(0, size).join(' ');
  for (const size of [3, 2, 1]) {
    if (nameWords.length > size + 1 && (has(COUNTRIES, joined(size)) || has(COUNTRY_ABBREVIATIONS, joined(size)) || has(INTERNATIONAL_QUALIFIERS, joined(size)))) {
      return size;
    }
    if (nameWords.length >= size + MIN_UNQUALIFIED_NAME_WORDS && has(STANDING_QUALIFIERS, joined(size))) {
      return size;
    }
  }
  return 0;
}

/**
 * A body named with its country in one article ("U.S. Department of Harbour Safety") and without it in another
 * ("the Harbour Safety Department"), or a UN office with "United Nations" and without ("the UN's Refugee Office"), or a
 * commission with its formal "Independent International" and without ("the Commission of Inquiry on Vardonia"): the name without a country joins the one body of the other articles whose
 * name is it after the country. Two bodies of two countries ("Vardonian Foreign Ministry") never join each other.
 */
export const UNQUALIFIED_NAMES: ShortFormRule = {
  shape: 'short-form',
  id: 'country-qualifiers',
  shortFormsOf: entity => namesOf(entity).flatMap(nameWords => {
    const size = countryWords(nameWords);
    return size ? [headLast(withoutDesignator(nameWords.slice(size))).join(' ')] : [];
  }),
  shortKeysOf: entity => namesOf(entity).filter(nameWords => nameWords.length >= 2 && !countryWords(nameWords))
    .map(nameWords => headLast(withoutDesignator(nameWords)).join(' ')),
};

/** Fewest words of a newspaper's title named without its town ("Evening Post"): one word ("the Times", "the Post") may be any of several papers. */
const MIN_OUTLET_TITLE_WORDS = 2;

/**
 * A newspaper named with its town in one article ("Halbury Evening Post") and without it in another, often its own
 * ("the Evening Post"): a title of two words or more ending in a newspaper's head (town-paper-heads) joins the one paper of the other
 * articles whose longer name ends in it. Two such papers ("Kelso Evening Post", "Marwick Evening Post") join neither.
 */
/** The paper's titles without its town: every ending of two words or more shorter than the name ("evening post"). */
function endingTitles(nameWords: readonly string[]): string[] {
  const titles: string[] = [];
  for (let size = MIN_OUTLET_TITLE_WORDS; size < nameWords.length; size++) {
    titles.push(nameWords.slice(-size).join(' '));
  }
  return titles;
}

export const TOWNLESS_OUTLETS: ShortFormRule = {
  shape: 'short-form',
  id: 'town-outlets',
  shortFormsOf: entity => namesOf(entity).filter(nameWords => has(TOWN_PAPER_HEADS, nameWords[nameWords.length - 1])).flatMap(endingTitles),
  shortKeysOf: entity => namesOf(entity)
    .filter(nameWords => nameWords.length >= MIN_OUTLET_TITLE_WORDS && has(TOWN_PAPER_HEADS, nameWords[nameWords.length - 1]))
    .map(nameWords => nameWords.join(' ')),
};

/** Fewest words of a members' body's name without its town ("Old Town Residents Association"): its members, a head and one more. */
const MIN_TOWNLESS_BODY_WORDS = 3;

/** A members' body's name: it ends in a body's head (list org-heads) and names its members (list member-plurals) before it. */
function isMembersBody(nameWords: readonly string[]): boolean {
  return nameWords.length >= MIN_TOWNLESS_BODY_WORDS && has(ORG_HEADS, nameWords[nameWords.length - 1])
    && nameWords.slice(0, -1).some(word => has(MEMBER_PLURALS, word));
}

/**
 * A local members' body named with its town in one report ("Tarrona Harbour Residents' Association") and without it in
 * another ("the Harbour Residents' Association"): the name without its first word joins the one body of the other articles
 * whose name is it after the town. Only a body named for its members (list member-plurals: residents, tenants,
 * traders) and of three words or more without the town: two towns' associations of one name join neither.
 */
export const TOWNLESS_MEMBER_BODIES: ShortFormRule = {
  shape: 'short-form',
  id: 'townless-member-bodies',
  shortFormsOf: entity => namesOf(entity).filter(nameWords => isMembersBody(nameWords.slice(1))).map(nameWords => nameWords.slice(1).join(' ')),
  shortKeysOf: entity => namesOf(entity).filter(isMembersBody).map(nameWords => nameWords.join(' ')),
};

/**
 * "Pennant Hale Securities" in one report, "the investment bank Pennant Hale" in another: a company of two words or more
 * before its trade noun (list company-heads) is called by those words alone, as within one report (orgForms.ts
 * mergeCompanyStems); the short name joins the one company of the other articles whose name it opens so. Two companies
 * with the same words before different trade nouns ("Vardo Marine Group", "Vardo Marine Holdings") leave it alone.
 */
export const COMPANY_STEMS: ShortFormRule = {
  shape: 'short-form',
  id: 'company-stems',
  // A holding company is the parent of the company its words name ("Tarvell Logistics Holdings" / "Tarvell Logistics"):
  // no short form of it. An energy company's trade after its energy word is dropped the same way ("Orrin Nuclear
  // Generation" / "Orrin Nuclear").
  shortFormsOf: entity => namesOf(entity)
    .filter(nameWords => nameWords.length > 2 && ((has(COMPANY_HEADS, nameWords[nameWords.length - 1]) && !HOLDING_WORDS.has(nameWords[nameWords.length - 1])) || endsInEnergyTrade(nameWords)))
    .map(nameWords => nameWords.slice(0, -1).join(' ')),
  shortKeysOf: entity => shortKeys(entity.name, nameWords => nameWords.length >= 2),
};

/** Fewest words of a body's short name read as the opening of a longer one ("Frente Amplio"): one word may be a town or a sponsor. */
const MIN_LEADING_NAME_WORDS = 2;

/** What the rules that link across articles read of an entity. */
export type NamedEntity = Pick<Entity, 'name' | 'aliases'>;

/**
 * A way two reports name one entity alike: two entities of different articles that share a key are one
 * (linkAnalyses's `linkSameKeys`, the stream linker's index of keys).
 */
export interface SameKeyRule {
  readonly shape: 'same-key';
  readonly id: string;
  /** The keys the entity's names give. */
  keysOf(entity: NamedEntity): readonly string[];
}

/**
 * A way one report names an entity by a short form of the name another report gives it ("the Otters" for "the Dunmore
 * Otters", "Marwick Council" for "Marwick Borough Council"). linkAnalyses joins a short name to the one group of the
 * other articles that gives it (linkShortForms); corpus mode's stream linker (linkStream.ts) reads the same rules
 * document by document, so both link alike.
 */
export interface ShortFormRule {
  readonly shape: 'short-form';
  readonly id: string;
  /** The short forms the entity's names give, as words joined by spaces ("otters" for "Dunmore Otters"). */
  shortFormsOf(entity: NamedEntity): readonly string[];
  /** The keys under which the entity is such a short form, in the order they are tried (none when no name is one). */
  shortKeysOf(entity: NamedEntity): readonly string[];
  /** A short name other reports already give as it is ("Washington Post" in several) is a body's whole name. */
  readonly sharedNameIsWhole?: boolean;
}

/** The key of a body's name as a short form when it passes `isShort` (none or one). */
function shortKeys(name: string, isShort: (nameWords: readonly string[]) => boolean): string[] {
  const nameWords = words(name);
  return isShort(nameWords) ? [nameWords.join(' ')] : [];
}

/**
 * A body named in full in one article ("Frente Amplio Popular", "National Bank of Vardo", "Tarrow Energi A/S") and by
 * its opening words in another ("the Frente Amplio", "the National Bank", "Tarrow Energi"): the short name of two words
 * or more joins the one body of the other articles whose name it opens, when the words it leaves out hold no body's
 * head noun (list org-heads): "Marwick City" / "Marwick City Council", "Kelso University" / "Kelso University Hospital"
 * are two bodies, and so is a company and its holding company. Two bodies that open alike leave it alone, and so does a
 * short name that other reports already give as it is.
 */
export const LEADING_WORDS: ShortFormRule = {
  shape: 'short-form',
  id: 'leading-words',
  shortFormsOf: entity => [entity.name, ...entity.aliases].flatMap(name => {
    // Cut only where the name has a space: "X Post-Kelso poll" is no longer name of "X Post".
    const parts = name.split(/\s+/);
    const openings: string[] = [];
    for (let size = 1; size < parts.length; size++) {
      const opening = words(parts.slice(0, size).join(' '));
      if (opening.length >= MIN_LEADING_NAME_WORDS && !words(parts.slice(size).join(' ')).some(word => has(ORG_HEADS, word))) {
        openings.push(opening.join(' '));
      }
    }
    return openings;
  }),
  shortKeysOf: entity => shortKeys(entity.name, nameWords => nameWords.length >= MIN_LEADING_NAME_WORDS),
  sharedNameIsWhole: true,
};

/**
 * Joins each short name to the one group of the other articles that gives it by `rule`: joined only when exactly one
 * group of the set has a name it shortens; the entity's short keys are tried in order until one joins.
 */
function linkShortForms(nodes: readonly Node[], rule: ShortFormRule): void {
  const byShort = new Map<string, Node[]>();
  for (const node of nodes) {
    for (const key of rule.shortFormsOf(node.entity)) {
      push(byShort, key, node);
    }
  }
  for (const node of nodes) {
    if (rule.sharedNameIsWhole && find(node).docs.size > 1) {
      continue;
    }
    for (const key of rule.shortKeysOf(node.entity)) {
      const roots = new Set((byShort.get(key) ?? []).filter(other => other.doc !== node.doc).map(find));
      if (roots.size === 1 && union([...roots][0], node)) {
        break;
      }
    }
  }
}

/** Most words of a team's name before its nickname ("Dunmore Otters", "Port Ellis Otters"). */
const MAX_TEAM_PLACE_WORDS = 2;

/** A one-word plural of five letters or more: a team's nickname ("Otters"), not an abbreviation's plural ("MPs"). */
function isPluralNickname(nameWords: readonly string[]): boolean {
  // Not a body's head ("the Times" is no short form of "Marwick Times", one of many papers so named).
  return nameWords.length === 1 && nameWords[0].length > 4 && /[^s]s$/.test(nameWords[0]) && !has(ORG_HEADS, nameWords[0]);
}

/**
 * "the Otters" in one report, "the Dunmore Otters" in another: a team's plural nickname alone, as sports copy calls a
 * side after naming it once (orgForms.ts team nicknames, within one report), joins the one body of the other
 * articles whose name is a place of one or two words and that nickname. Two sides with one nickname join neither.
 */
export const TEAM_NICKNAMES: ShortFormRule = {
  shape: 'short-form',
  id: 'team-nicknames',
  shortFormsOf: entity => namesOf(entity).flatMap(nameWords => {
    const last = nameWords[nameWords.length - 1];
    return nameWords.length > 1 && nameWords.length <= MAX_TEAM_PLACE_WORDS + 1 && isPluralNickname([last]) ? [last] : [];
  }),
  shortKeysOf: entity => shortKeys(entity.name, isPluralNickname),
};

/**
 * "the Prison and Probation Service" in one report, "the Prison Service" in another: a body whose remit joins two
 * words by "and" before its head, named by the first remit and the head alone ("A and B Service" → "A Service"), joins
 * the one body of the other articles so named. Only four words, one either side of "and" and the head: a longer name
 * ("Kelso and District Detecting Club" / "Kelso Detecting Club", two clubs) is left alone.
 */
export const FIRST_REMIT: ShortFormRule = {
  shape: 'short-form',
  id: 'first-remit',
  shortFormsOf: entity => namesOf(entity).flatMap(nameWords => {
    // Only "A and B Head": "Kelso and District Detecting Club" is no "Kelso Detecting Club", a club of its own.
    const and = nameWords.indexOf('and');
    return and === 1 && nameWords.length === 4 ? [[...nameWords.slice(0, and), ...nameWords.slice(and + 2)].join(' ')] : [];
  }),
  shortKeysOf: entity => shortKeys(entity.name, nameWords => nameWords.length >= 2 && !nameWords.includes('and')),
};

/** Fewest words of an emergency service's name without its head ("Kelso Ambulance"): a service word alone names no body. */
const MIN_SERVICE_SHORT_WORDS = 2;

/** "kelso fire and rescue": a name of two words or more that ends in an emergency service's word (list service-short-form-words). */
function endsInServiceWord(nameWords: readonly string[]): boolean {
  return nameWords.length >= MIN_SERVICE_SHORT_WORDS && has(SERVICE_SHORT_FORM_WORDS, nameWords[nameWords.length - 1]);
}

/**
 * "Kelso Fire and Rescue Service" in one report, "Kelso Fire and Rescue" in another ("Tarrow Ambulance Service" /
 * "Tarrow Ambulance"): an emergency service named without its closing "Service", as local copy calls it, joins the
 * one body of the other articles whose name it is with "Service" after it. Only "Service": "Kelso Police Authority"
 * oversees "Kelso Police" and is another body (LEADING_WORDS leaves any head out for that reason).
 */
export const SERVICE_WITHOUT_HEAD: ShortFormRule = {
  shape: 'short-form',
  id: 'service-without-head',
  shortFormsOf: entity => namesOf(entity).flatMap(nameWords => {
    const stem = nameWords.slice(0, -1);
    return nameWords[nameWords.length - 1] === 'service' && endsInServiceWord(stem) ? [stem.join(' ')] : [];
  }),
  shortKeysOf: entity => shortKeys(entity.name, endsInServiceWord),
};

/** "fisheries committee": a name of two words or more closed by a committee's noun (list committee-nouns). */
function endsInCommitteeNoun(nameWords: readonly string[]): boolean {
  return nameWords.length >= 2 && has(COMMITTEE_NOUNS, nameWords[nameWords.length - 1]);
}

/**
 * "the House Fisheries Committee" in one report, "the Fisheries Committee" in another (a sentence opened by "House
 * Fisheries Committee Chairman X" also loses its first word to the title): a legislature's committee named without
 * its chamber (list legislative-chambers) joins the one body of the other articles whose name it is after the chamber.
 * Two chambers' committees of one subject ("Senate Rules Committee", "House Rules Committee") join neither.
 */
export const COMMITTEE_WITHOUT_CHAMBER: ShortFormRule = {
  shape: 'short-form',
  id: 'committee-without-chamber',
  shortFormsOf: entity => namesOf(entity).flatMap(nameWords =>
    (nameWords.length >= 3 && has(LEGISLATIVE_CHAMBERS, nameWords[0]) && endsInCommitteeNoun(nameWords) ? [nameWords.slice(1).join(' ')] : [])),
  shortKeysOf: entity => shortKeys(entity.name, nameWords => endsInCommitteeNoun(nameWords) && !has(LEGISLATIVE_CHAMBERS, nameWords[0])),
};

/** "assembly": a name of one word, a legislature's head noun that reports call it by alone (list bare-assembly-heads). */
function isBareAssembly(nameWords: readonly string[]): boolean {
  return nameWords.length === 1 && has(BARE_ASSEMBLY_HEADS, nameWords[0]);
}

/**
 * "the National Assembly" in one report, "the Assembly" in another ("the Welsh Assembly" / "the Assembly"): a
 * legislature called by its head noun alone joins the one body of the other articles named by one qualifier and that
 * head. Two such bodies ("National Assembly", "Regional Assembly") join neither.
 */
export const ASSEMBLY_WITHOUT_QUALIFIER: ShortFormRule = {
  shape: 'short-form',
  id: 'assembly-without-qualifier',
  shortFormsOf: entity => namesOf(entity).flatMap(nameWords => (nameWords.length === 2 && isBareAssembly(nameWords.slice(1)) ? [nameWords[1]] : [])),
  shortKeysOf: entity => shortKeys(entity.name, isBareAssembly),
};

/** The short-form rules in the order linkAnalyses applies them (after the rules that compare whole names). */
export const SHORT_FORM_RULES: readonly ShortFormRule[] = [LEADING_WORDS, TEAM_NICKNAMES, FIRST_REMIT, SERVICE_WITHOUT_HEAD, COMMITTEE_WITHOUT_CHAMBER, ASSEMBLY_WITHOUT_QUALIFIER];

/** Most words a longer form of a full name may add after it ("Marcus Tan" / "Marcus Tan Wei Ming"). */
const MAX_ADDED_NAME_WORDS = 2;

/**
 * A full name that one outlet gives whole and another shortens from the end ("Luis de la Fuente Ortiz" / "Luis de la
 * Fuente": a second surname left out; "Marcus Tan Wei Ming" / "Marcus Tan"): the shorter joins the one person of the
 * other articles whose name begins with all its words. A prefix that ends with a particle ("Luis de la") is no name.
 */
export const SHORTENED_NAMES: ShortFormRule = {
  shape: 'short-form',
  id: 'shortened-names',
  shortFormsOf: entity => {
    const nameWords = personWords(entity.name);
    const prefixes: string[] = [];
    for (let size = Math.max(2, nameWords.length - MAX_ADDED_NAME_WORDS); size < nameWords.length; size++) {
      if (!has(NAME_PARTICLES, nameWords[size - 1])) {
        prefixes.push(nameWords.slice(0, size).join(' '));
      }
    }
    return prefixes;
  },
  shortKeysOf: entity => {
    const nameWords = personWords(entity.name);
    return nameWords.length > 1 ? [nameWords.join(' ')] : [];
  },
};

/**
 * The key of a two-word person name that does not depend on the order of its words ("Hoshida Ren" / "Ren Hoshida"):
 * outlets differ on whether an East Asian name comes family name first. Three words or more ("Ng Pei Lin") keep
 * their order, since a given name of two words is not moved as one by the outlets that reorder.
 */
export function nameOrderKeys(nameWords: readonly string[]): string[] {
  return nameWords.length === 2 && nameWords.every(word => word.length > MAX_INITIALS) ? [`order:${[...nameWords].sort().join(' ')}`] : [];
}

/** The fullest name of a group: most words, then longest, then first seen. */
function fullest(group: readonly Node[]): string {
  let best = group[0].entity.name;
  for (const n of group) {
    const w = words(n.entity.name).length, bw = words(best).length;
    if (w > bw || (w === bw && n.entity.name.length > best.length)) {
      best = n.entity.name;
    }
  }
  return best;
}

function rewrite(doc: DocumentAnalysis, ids: ReadonlyMap<Entity, string>): DocumentAnalysis {
  const byOld = new Map(doc.entities.map(entity => [entity.id, ids.get(entity) ?? entity.id]));
  // Only ids change: an entity's kind, names, mentions and roles are its own article's (batch independence).
  const entities = doc.entities.map(entity => {
    const id = byOld.get(entity.id)!;
    return id === entity.id ? entity : { ...entity, id, mentions: entity.mentions.map(mention => ({ ...mention, entityId: id })) };
  });
  const quotes = doc.quotes.map(quote => {
    const id = quote.speakerId === null ? null : byOld.get(quote.speakerId) ?? quote.speakerId;
    return id === quote.speakerId ? quote : { ...quote, speakerId: id };
  });
  return { ...doc, entities, quotes };
}

/** Same full name, or a person named by one word and another by the same word ("Whitlock"). */
export const FULL_NAMES: SameKeyRule = {
  shape: 'same-key',
  id: 'full-names',
  keysOf: entity => namesOf(entity).filter(nameWords => nameWords.length > 1).map(nameWords => nameWords.join(' ')).concat(words(entity.name).join(' ')),
};

/** A body's names in common, a legal form aside ("Nato" / "NATO", "Vardo Shipping Ltd" / "Vardo Shipping"). */
export const BODY_NAMES: SameKeyRule = {
  shape: 'same-key',
  id: 'body-names',
  keysOf: entity => namesOf(entity).map(nameWords => withoutDesignator(nameWords).join(' ')),
};

/** A club or an NHS trust with and without the ending that gives its form ("Marwick Rovers Football Club" / "Marwick Rovers FC"). */
export const CLUB_FORMS: SameKeyRule = {
  shape: 'same-key',
  id: 'club-forms',
  keysOf: entity => namesOf(entity).map(nameWords => withoutClubForm(withoutDesignator(nameWords)).join(' ')),
};

/** A government body with its head noun first or last ("Department of Justice" / "Justice Department"). */
export const HEAD_LAST: SameKeyRule = {
  shape: 'same-key',
  id: 'head-last',
  keysOf: entity => namesOf(entity).map(nameWords => headLast(withoutDesignator(nameWords)).join(' ')),
};

/** A body with its last word in the singular in one article and the plural in another ("Houthi" / "Houthis", "Dorrit Holding" / "Dorrit Holdings"). */
export const SINGULAR_LAST_WORD: SameKeyRule = {
  shape: 'same-key',
  id: 'singular-last-word',
  keysOf: entity => namesOf(entity).map(nameWords => {
    const last = nameWords[nameWords.length - 1];
    return [...nameWords.slice(0, -1), last.length > 4 && /[^s]s$/.test(last) ? last.slice(0, -1) : last].join(' ');
  }),
};

/** A given-name variant ("Bob Hale" / "Robert J. Hale"): the formal given name and the surname. */
export const GIVEN_NAME_VARIANTS: SameKeyRule = {
  shape: 'same-key',
  id: 'given-name-variants',
  keysOf: entity => {
    // Compared by the parts of spellingParts, so two kunyas of one family ("Abu Tarek al-Wardi", "Abu Samir al-Wardi") stay two.
    const w = personWords(entity.name);
    const parts = w.length > 1 ? spellingParts(w) : undefined;
    return parts ? givenNameKeys(parts.given).map(given => `${given}|${translit(parts.surname)}`) : [];
  },
};

/**
 * A two-word name written family name first in one outlet and given name first in another ("Kelso Dana" / "Dana Kelso"),
 * as East Asian names are: the same two words in either order.
 */
export const NAME_ORDER: SameKeyRule = {
  shape: 'same-key',
  id: 'name-order',
  keysOf: entity => nameOrderKeys(personWords(entity.name)),
};

/** A rule that links entities of different articles (applied by linkAnalyses to the set, by linkStream.ts online). */
export type CrossDocumentRule = SameKeyRule | ShortFormRule | SpellingMatchRule;

/**
 * The rules that link people, in the order linkAnalyses applies them. A full name spelt differently by two outlets
 * ("Cesar Ramos Jr." / "Cesar Ramos" too) is SPELLINGS. Corpus mode's stream linker tries them in the same order.
 */
export const PERSON_RULES: readonly CrossDocumentRule[] = [FULL_NAMES, SPELLINGS, GIVEN_NAME_VARIANTS, SHORTENED_NAMES, NAME_ORDER];

/**
 * The rules that link bodies, in the order linkAnalyses applies them: whole names first, then the short forms
 * (SHORT_FORM_RULES after the tiers, countries, towns and trades), then the singular. Abbreviations and a lone word
 * read as a body come after (linkNodes), as in the stream linker.
 */
export const ORG_RULES: readonly CrossDocumentRule[] = [
  BODY_NAMES, CLUB_FORMS, HEAD_LAST, PARTNERS, CONJUNCTIONS,
  TIERLESS_NAMES, UNQUALIFIED_NAMES, TOWNLESS_OUTLETS, TOWNLESS_MEMBER_BODIES, COMPANY_STEMS, ...SHORT_FORM_RULES,
  SINGULAR_LAST_WORD,
];

function linkByRule(nodes: readonly Node[], rule: CrossDocumentRule): void {
  if (rule.shape === 'same-key') {
    linkSameKeys(nodes, rule);
  } else if (rule.shape === 'short-form') {
    linkShortForms(nodes, rule);
  } else {
    linkSpellings(nodes, rule);
  }
}

/** Every rule that links entities of different documents, over the people and bodies of all of them. */
function linkNodes(persons: readonly Node[], orgs: readonly Node[]): void {
  // People and bodies are never joined by these rules, so the two lists are applied one after the other.
  for (const rule of PERSON_RULES) {
    linkByRule(persons, rule);
  }
  for (const rule of ORG_RULES) {
    linkByRule(orgs, rule);
  }
  linkAbbreviations(orgs);
  // A person named by one word only and the single person elsewhere whose full name ends (or starts) with it.
  const multi = new Map<string, Set<Node>>();
  for (const n of persons) {
    const w = personWords(n.entity.name);
    if (w.length > 1) {
      for (const key of [`last:${translit(w[w.length - 1])}`, `first:${translit(w[0])}`]) {
        const set = multi.get(key) ?? new Set<Node>();
        set.add(n);
        multi.set(key, set);
      }
    }
  }
  // A lone unknown word read as a body in one article ("Whitlock said … Whitlock's") is the person another article
  // names in full when exactly one person there has that surname: the same id, but each article keeps its own
  // reading of the word's kind, so an analysis never depends on which other files share the run.
  for (const n of orgs) {
    const w = words(n.entity.name);
    const roots = w.length === 1 && n.entity.aliases.length === 0 && !isAcronym(n.entity.name) ? new Set([...(multi.get(`last:${translit(w[0])}`) ?? [])].map(find)) : new Set<Node>();
    if (roots.size === 1) {
      union([...roots][0], n);
    }
  }
  for (const n of persons) {
    const w = personWords(n.entity.name);
    if (w.length !== 1) {
      continue;
    }
    for (const key of [`last:${translit(w[0])}`, `first:${translit(w[0])}`]) {
      const roots = new Set([...(multi.get(key) ?? [])].map(find));
      if (roots.size === 1) {
        union([...roots][0], n);
        break;
      }
      if (roots.size > 1) {
        break;
      }
    }
  }
}

/** The analyses with ids unified across documents (each analysis otherwise unchanged). */
export function linkAnalyses(analyses: readonly DocumentAnalysis[]): DocumentAnalysis[] {
  const nodes: Node[] = [];
  analyses.forEach((analysis, doc) => {
    for (const entity of analysis.entities) {
      const n = { doc, entity, docs: new Set([doc]) } as Node;
      n.parent = n;
      nodes.push(n);
    }
  });
  const persons = nodes.filter(node => node.entity.kind === 'person');
  const orgs = nodes.filter(node => node.entity.kind === 'org');
  // Entities of one document are never joined (union refuses two nodes of one document): with one document every
  // group is one entity, so the rules that only propose joins are skipped (the command line's single article).
  if (analyses.length > 1) {
    linkNodes(persons, orgs);
  }
  const groups = new Map<Node, Node[]>();
  for (const n of nodes) {
    const r = find(n);
    const group = groups.get(r);
    if (group) {
      group.push(n);
    } else {
      groups.set(r, [n]);
    }
  }
  const used = new Set<string>();
  const ids = new Map<Entity, string>();
  for (const group of groups.values()) {
    const base = slugOf(fullest(group));
    let id = base;
    for (let k = 2; used.has(id); k++) {
      id = `${base}-${k}`;
    }
    used.add(id);
    for (const n of group) {
      ids.set(n.entity, id);
    }
  }
  return analyses.map(analysis => rewrite(analysis, ids));
}
