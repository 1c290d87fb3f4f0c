// Links ids across a stream of documents whose earlier results are already written (the CLI's corpus mode).
//
// linkAnalyses (link.ts) sees the whole set at once and names each group after its fullest name. A stream
// cannot wait for the end, so this linker applies the same matching rules online, with one promise:
// **an id, once given, never changes.** Each document is matched against the groups of the documents before
// it; an entity that matches joins that group and takes its id; an entity that matches none starts a group
// named after its own name (slug, "-2", "-3" … when taken). Consequences, documented in the README:
//  - a group keeps the id of its first appearance ("whitlock" when "Whitlock" came before "Dana Whitlock");
//  - two groups that a later document shows to be one stay two (merging would rename lines already written);
//  - an organisation reading of a lone word ("Whitlock said") becomes a person only when the full name came
//    earlier in the run.
// The rules are linkAnalyses's own, read from link.ts in its order (PERSON_RULES, ORG_RULES: names in common, spellings,
// given-name variants, shortened names, name order, government tiers, country qualifiers, town papers, company stems,
// partners, conjunctions, the short forms, the singular; then abbreviations and lone words). Each is kept as an index
// (a rule's keys → the groups that gave them), so a document costs lookups, never a scan of the groups so far. Where
// linkAnalyses asks that one group of the whole set give a key, the stream asks it of the run so far: a short form or an
// abbreviation that a later document shows to be ambiguous (a second "… Otters") stays with the group it joined first.
// The output depends only on the order of the documents, never on timing. State grows with the number of
// distinct names, not with the number of documents.
import { initialsOf, spellsAbbreviation } from './entities/words';
import { isPartyWord } from './lexicon/names';
import { push } from './entities/multimap';
import { slugOf } from './entities/slug';
import {
  abbreviationForm, expansionsAgree, hasCapitalsName, isAcronym, MIN_SPELLED_ABBREVIATION, namesOf, ORG_RULES, PERSON_RULES, personWords, translit, words,
  type CrossDocumentRule, type ShortFormRule, type SpelledName, type SpellingMatchRule,
} from './link';
import type { EntityKind } from './model';

/** What linking reads of an entity. */
export interface LinkableEntity {
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases: readonly string[];
}

/** The run-wide id and kind of one entity of a document. */
export interface StreamLink {
  readonly id: string;
  readonly kind: EntityKind;
}

interface Group {
  readonly id: string;
  readonly kind: EntityKind;
  /** Whether a name of two or more words belongs to the group (a person group: "Dana Whitlock", not only "Whitlock"). */
  hasFullName: boolean;
  /** Documents with an entity in the group. */
  documents: number;
}

/** A group with one of its names as words (for the rules that compare names, not only keys). */
interface NamedGroup {
  readonly group: Group;
  readonly nameWords: readonly string[];
}

/** A group an entity joins, and the kind the entity takes there (a lone word read as a body may join a person). */
interface Match {
  readonly group: Group;
  readonly kind: EntityKind;
}

/** The match of an entity that joins a group with the group's kind. */
function asMatch(group: Group | undefined): Match | undefined {
  return group && { group, kind: group.kind };
}

/** The rules that link an entity of this kind (link.ts's lists). */
function rulesFor(kind: EntityKind): readonly CrossDocumentRule[] {
  return kind === 'person' ? PERSON_RULES : ORG_RULES;
}

/**
 * Initials kept apart by form (abbreviation `a:`, expansion `x:`): a group is remembered under its own forms, and
 * looked up by an abbreviation under both, by an expansion under abbreviations only, so two expansions with the same
 * initials ("Halvorsen Institute" / "Hartwell Institute") never match (linkAnalyses's linkAbbreviations).
 */
function initialsKeys(entity: LinkableEntity, lookup: boolean): string[] {
  return namesOf(entity).flatMap(name => {
    const form = abbreviationForm(name);
    if (!form) {
      return [];
    }
    return form.abbreviation && lookup ? [`a:${form.letters}`, `x:${form.letters}`] : [`${form.abbreviation || lookup ? 'a' : 'x'}:${form.letters}`];
  });
}

/** The names of a body that expand initials (two words or more), with those initials. */
function expansionsOf(entity: LinkableEntity): { letters: string; nameWords: string[] }[] {
  return namesOf(entity).flatMap(nameWords => {
    const form = abbreviationForm(nameWords);
    return form && !form.abbreviation ? [{ letters: form.letters, nameWords }] : [];
  });
}

/** The letters of a body's abbreviations in capitals long enough to be spelt from more than initials ("ECOWAS"). */
function spellableLetters(entity: LinkableEntity): string[] {
  if (!hasCapitalsName(entity)) {
    return [];
  }
  return namesOf(entity).flatMap(name => {
    const form = abbreviationForm(name);
    return form?.abbreviation && form.letters.length >= MIN_SPELLED_ABBREVIATION ? [form.letters] : [];
  });
}

/** Most letters of an abbreviation whose subsequences are indexed (2^n of them): longer ones are not read as spelt. */
const MAX_SPELLED_INDEX_LETTERS = 10;

/**
 * Every subsequence of two letters or more of an abbreviation ("ecowas" → "ec", "ew", … "ecowas"). A name spells the
 * abbreviation only if its words' initials (function words aside) are such a subsequence (words.ts
 * partsSpellAbbreviation), so these are the keys under which an abbreviation and the names that may spell it meet,
 * without trying every name.
 */
function subsequences(letters: string): Set<string> {
  const found = new Set<string>();
  if (letters.length > MAX_SPELLED_INDEX_LETTERS) {
    return found;
  }
  for (let mask = 1; mask < 1 << letters.length; mask++) {
    let picked = '';
    for (let at = 0; at < letters.length; at++) {
      if (mask & (1 << at)) {
        picked += letters[at];
      }
    }
    if (picked.length > 1) {
      found.add(picked);
    }
  }
  return found;
}

/** The surname and first-name keys of a person's full name ("last:whitlock", "first:dana"). */
function fullNameKeys(nameWords: readonly string[]): string[] {
  return nameWords.length > 1 ? [`last:${translit(nameWords[nameWords.length - 1])}`, `first:${translit(nameWords[0])}`] : [];
}

export class StreamLinker {
  /** Groups by the keys of link.ts's same-key rules ("rule:key") and by initials ("a:…", "x:…"). */
  private readonly byKey = new Map<string, Set<Group>>();
  /** Person groups by the keys of a spelling rule ("rule:key"), with the spelled name that gave it. */
  private readonly bySpelling = new Map<string, { group: Group; spelled: SpelledName }[]>();
  /** Person groups with a full name, by its surname and first name (for names of one word). */
  private readonly byFullNamePart = new Map<string, Set<Group>>();
  /** Person groups known so far only by one word, by that word (for full names that arrive later). */
  private readonly byLoneWord = new Map<string, Group>();
  private readonly usedIds = new Set<string>();
  /** Groups by the short forms their names give under a short-form rule (link.ts), "rule:form". */
  private readonly byShortForm = new Map<string, Set<Group>>();
  /** Groups named by a short form under a rule, "rule:form" (for a full name that arrives later). */
  private readonly byShortName = new Map<string, Set<Group>>();
  /** Body groups by the initials an expansion gives ("Vellmark National Union" → "vnu"), with its words. */
  private readonly byExpansion = new Map<string, NamedGroup[]>();
  /** Body groups by the initials of each name of two words or more, function words aside (for abbreviations spelt from them). */
  private readonly bySpellingInitials = new Map<string, NamedGroup[]>();
  /** Groups of an abbreviation in capitals by every subsequence of its letters (for names that spell it, arriving later). */
  private readonly bySpelledSubsequence = new Map<string, { group: Group; letters: string }[]>();
  /** Abbreviation groups already joined by a name that spells them: a second such name is ambiguous. */
  private readonly spelledGroups = new Set<Group>();

  /**
   * Run-wide ids (and kinds) for the entities of the next document, in the same order. The steps run as linkAnalyses's
   * passes do: each rule over every entity of the document before the next rule, so within one document a name in
   * common ("Dana Whitlock" in both) wins over a looser rule that another entity would meet first ("Dana Whitlock
   * Fund" shortened), as the union of link.ts lets one entity of a document into a group and refuses the second.
   */
  link(entities: readonly LinkableEntity[]): StreamLink[] {
    const taken = new Set<Group>();
    const joined: (Match | undefined)[] = entities.map(() => undefined);
    for (const step of this.steps(taken, shortFormGivers(entities))) {
      entities.forEach((entity, at) => {
        const match = joined[at] === undefined && entity.kind === step.kind ? step.match(entity) : undefined;
        if (match && !taken.has(match.group)) {
          joined[at] = match;
          taken.add(match.group);
        }
      });
    }
    return entities.map((entity, at) => {
      const group = joined[at]?.group ?? this.startGroup(entity);
      group.documents++;
      this.remember(entity, group);
      return { id: group.id, kind: joined[at]?.kind ?? entity.kind };
    });
  }

  /** The matching steps for one document, in linkAnalyses's order (link.ts linkNodes). */
  private steps(taken: ReadonlySet<Group>, givers: ReadonlyMap<string, number>): { kind: EntityKind; match(entity: LinkableEntity): Match | undefined }[] {
    const personRule = (rule: CrossDocumentRule) => ({
      kind: 'person' as const,
      match: (entity: LinkableEntity) => asMatch(this.matchRule(rule, entity, 'person', taken, givers)),
    });
    const bodyRule = (rule: CrossDocumentRule) => ({
      kind: 'org' as const,
      // A relabelled lone word's group is a person's: only other one-word readings join it, by a name in common.
      match: (entity: LinkableEntity) => asMatch(this.matchRule(rule, entity, 'org', taken, givers)
        ?? (rule.shape === 'same-key' && words(entity.name).length === 1 ? this.matchRule(rule, entity, 'person', taken, givers) : undefined)),
    });
    return [
      ...PERSON_RULES.map(personRule),
      ...ORG_RULES.map(bodyRule),
      { kind: 'org', match: entity => asMatch(this.matchExpansion(entity, taken) ?? this.firstFree(initialsKeys(entity, true), taken, 'org')) },
      { kind: 'org', match: entity => asMatch(this.matchSpelled(entity, taken)) },
      { kind: 'org', match: entity => this.matchLoneBodyWord(entity, taken) },
      { kind: 'person', match: entity => asMatch(this.matchLonePerson(entity, taken)) },
    ];
  }

  /** A name of one word and the one earlier full name with it, or a full name after one lone word of it. */
  private matchLonePerson(entity: LinkableEntity, taken: ReadonlySet<Group>): Group | undefined {
    const nameWords = personWords(entity.name);
    const free = (group: Group | undefined): group is Group => group !== undefined && !taken.has(group);
    if (nameWords.length < 2) {
      const group = nameWords.length === 1 ? this.onlyFullNameWith(nameWords[0], ['last', 'first']) : undefined;
      return free(group) ? group : undefined;
    }
    // A full name arriving after its lone surname or first name ("Whitlock" … then "Dana Whitlock").
    for (const word of [nameWords[nameWords.length - 1], nameWords[0]]) {
      const group = this.byLoneWord.get(translit(word));
      if (free(group) && !group.hasFullName) {
        return group;
      }
    }
    return undefined;
  }

  /**
   * A lone unknown word read as a body ("Whitlock said") is the one person of the run so far with that surname.
   * Not a party's name in the plural: "Democrats" is no person called Democrats.
   */
  private matchLoneBodyWord(entity: LinkableEntity, taken: ReadonlySet<Group>): Match | undefined {
    const nameWords = words(entity.name);
    if (nameWords.length !== 1 || entity.aliases.length > 0 || isAcronym(entity.name) || isPartyWord(entity.name)) {
      return undefined;
    }
    const group = this.onlyFullNameWith(nameWords[0], ['last']);
    return group && !taken.has(group) ? { group, kind: 'person' } : undefined;
  }

  /** An abbreviation spelt from more than initials and the one body whose name spells it, in either order. */
  private matchSpelled(entity: LinkableEntity, taken: ReadonlySet<Group>): Group | undefined {
    const spelt = this.matchSpelledAbbreviation(entity, taken) ?? this.matchSpelledName(entity, taken);
    if (spelt) {
      this.spelledGroups.add(spelt);
    }
    return spelt;
  }

  /** The earlier group one of link.ts's rules joins the entity to, among groups of `kind`. */
  private matchRule(rule: CrossDocumentRule, entity: LinkableEntity, kind: EntityKind, taken: ReadonlySet<Group>, givers: ReadonlyMap<string, number>): Group | undefined {
    if (rule.shape === 'same-key') {
      return this.firstFree(rule.keysOf(entity).map(key => ruleKey(rule, key)), taken, kind);
    }
    if (rule.shape === 'spelling') {
      return this.matchSpelling(rule, entity, taken);
    }
    return this.matchShortForm(rule, entity, kind, taken, givers);
  }

  /** The first earlier person whose name shares a key of the spelling rule and agrees with this one (link.ts linkSpellings). */
  private matchSpelling(rule: SpellingMatchRule, entity: LinkableEntity, taken: ReadonlySet<Group>): Group | undefined {
    const spelled = rule.spelledNameOf(entity);
    if (!spelled) {
      return undefined;
    }
    for (const key of spelled.keys) {
      const earlier = this.bySpelling.get(ruleKey(rule, key))?.find(other => !taken.has(other.group) && other.group.kind === 'person' && rule.agree(other.spelled, spelled));
      if (earlier) {
        return earlier.group;
      }
    }
    return undefined;
  }

  /**
   * An entity named by a short form of one earlier group's name ("the Otters" after "the Dunmore Otters"), or named in
   * full after one earlier group called by its short form. As linkAnalyses does, only when one group gives the short
   * form (of the run so far and of this document: `givers` counts the document's entities by the short forms they
   * give), and not with a short name other documents give as it is where the rule says so.
   */
  private matchShortForm(rule: ShortFormRule, entity: LinkableEntity, kind: EntityKind, taken: ReadonlySet<Group>, givers: ReadonlyMap<string, number>): Group | undefined {
    for (const key of rule.shortKeysOf(entity)) {
      const longer = only(this.byShortForm.get(ruleKey(rule, key)));
      if (longer && longer.kind === kind && !taken.has(longer)) {
        return longer;
      }
    }
    for (const form of rule.shortFormsOf(entity)) {
      const key = ruleKey(rule, form);
      const shorter = !this.byShortForm.has(key) && givers.get(key) === 1 ? only(this.byShortName.get(key)) : undefined;
      if (shorter && shorter.kind === kind && !taken.has(shorter) && !(rule.sharedNameIsWhole && shorter.documents > 1)) {
        return shorter;
      }
    }
    return undefined;
  }

  /** An expansion of initials that differs from an earlier one only by word endings ("Kenya …" / "Kenyan …"). */
  private matchExpansion(entity: LinkableEntity, taken: ReadonlySet<Group>): Group | undefined {
    for (const { letters, nameWords } of expansionsOf(entity)) {
      const earlier = this.byExpansion.get(letters)?.find(other => !taken.has(other.group) && expansionsAgree(other.nameWords, nameWords));
      if (earlier) {
        return earlier.group;
      }
    }
    return undefined;
  }

  /**
   * An abbreviation in capitals that takes more than one letter of a word ("ECOWAS") and that no name of the run so far
   * expands by initials: the one earlier body whose name spells it, found by the subsequences of its letters.
   */
  private matchSpelledAbbreviation(entity: LinkableEntity, taken: ReadonlySet<Group>): Group | undefined {
    for (const letters of spellableLetters(entity)) {
      if (this.byKey.has(`x:${letters}`)) {
        continue;
      }
      const spelling = new Set<Group>();
      for (const initials of subsequences(letters)) {
        for (const { group, nameWords } of this.bySpellingInitials.get(initials) ?? []) {
          if (group.kind === 'org' && spellsAbbreviation(letters, nameWords)) {
            spelling.add(group);
          }
        }
      }
      const [only] = spelling;
      if (spelling.size === 1 && !taken.has(only)) {
        return only;
      }
    }
    return undefined;
  }

  /**
   * The reverse: a body named in full after an abbreviation in capitals its name spells, when that abbreviation has no
   * expansion by initials in the run so far and no other name has spelt it yet.
   */
  private matchSpelledName(entity: LinkableEntity, taken: ReadonlySet<Group>): Group | undefined {
    for (const nameWords of namesOf(entity)) {
      const candidates = nameWords.length > 1 ? this.bySpelledSubsequence.get(initialsOf(nameWords)) ?? [] : [];
      const spelt = new Set(candidates.filter(({ letters }) => !this.byKey.has(`x:${letters}`) && spellsAbbreviation(letters, nameWords)).map(({ group }) => group));
      const [only] = spelt;
      if (spelt.size === 1 && !taken.has(only) && !this.spelledGroups.has(only)) {
        return only;
      }
    }
    return undefined;
  }

  private firstFree(keys: readonly string[], taken: ReadonlySet<Group>, kind: EntityKind): Group | undefined {
    for (const key of keys) {
      for (const group of this.byKey.get(key) ?? []) {
        if (group.kind === kind && !taken.has(group)) {
          return group;
        }
      }
    }
    return undefined;
  }

  /** The single full-name group whose surname (or first name) is this word; none when there are several. */
  private onlyFullNameWith(word: string, parts: readonly ('last' | 'first')[]): Group | undefined {
    for (const part of parts) {
      const groups = this.byFullNamePart.get(`${part}:${translit(word)}`);
      if (groups) {
        return only(groups);
      }
    }
    return undefined;
  }

  private startGroup(entity: LinkableEntity): Group {
    const base = slugOf(entity.name);
    let id = base;
    for (let k = 2; this.usedIds.has(id); k++) {
      id = `${base}-${k}`;
    }
    this.usedIds.add(id);
    return { id, kind: entity.kind, hasFullName: false, documents: 0 };
  }

  /** Adds the entity's keys to its group, so later documents find the group by any of its names. */
  private remember(entity: LinkableEntity, group: Group): void {
    for (const rule of rulesFor(entity.kind)) {
      this.rememberRule(rule, entity, group);
    }
    if (entity.kind === 'org') {
      this.rememberInitials(entity, group);
    }
    if (group.kind !== 'person' || entity.kind !== 'person') {
      return;
    }
    const nameWords = personWords(entity.name);
    if (nameWords.length === 1) {
      if (!this.byLoneWord.has(translit(nameWords[0]))) {
        this.byLoneWord.set(translit(nameWords[0]), group);
      }
      return;
    }
    group.hasFullName = true;
    for (const key of fullNameKeys(nameWords)) {
      addOnce(this.byFullNamePart, key, group);
    }
  }

  /** Adds what one rule reads of the entity to the rule's index: its keys, its spelled name, or its short forms. */
  private rememberRule(rule: CrossDocumentRule, entity: LinkableEntity, group: Group): void {
    if (rule.shape === 'same-key') {
      for (const key of rule.keysOf(entity)) {
        addOnce(this.byKey, ruleKey(rule, key), group);
      }
    } else if (rule.shape === 'spelling') {
      const spelled = group.kind === 'person' ? rule.spelledNameOf(entity) : undefined;
      if (spelled) {
        for (const key of spelled.keys) {
          push(this.bySpelling, ruleKey(rule, key), { group, spelled });
        }
      }
    } else if (group.kind === entity.kind) {
      for (const form of rule.shortFormsOf(entity)) {
        addOnce(this.byShortForm, ruleKey(rule, form), group);
      }
      for (const key of rule.shortKeysOf(entity)) {
        addOnce(this.byShortName, ruleKey(rule, key), group);
      }
    }
  }

  /** Adds a body's initials, expansions, names that may spell an abbreviation, and abbreviations in capitals. */
  private rememberInitials(entity: LinkableEntity, group: Group): void {
    for (const key of initialsKeys(entity, false)) {
      addOnce(this.byKey, key, group);
    }
    for (const { letters, nameWords } of expansionsOf(entity)) {
      push(this.byExpansion, letters, { group, nameWords });
    }
    for (const nameWords of namesOf(entity).filter(name => name.length > 1)) {
      const initials = initialsOf(nameWords);
      push(this.bySpellingInitials, initials, { group, nameWords });
    }
    for (const letters of spellableLetters(entity)) {
      for (const initials of subsequences(letters)) {
        push(this.bySpelledSubsequence, initials, { group, letters });
      }
    }
  }
}

/** How many entities of one document give each short form ("rule:form"). */
function shortFormGivers(entities: readonly LinkableEntity[]): Map<string, number> {
  const givers = new Map<string, number>();
  for (const entity of entities) {
    for (const rule of rulesFor(entity.kind)) {
      if (rule.shape === 'short-form') {
        for (const form of new Set(rule.shortFormsOf(entity))) {
          givers.set(ruleKey(rule, form), (givers.get(ruleKey(rule, form)) ?? 0) + 1);
        }
      }
    }
  }
  return givers;
}

/** The key of a name under one rule: the rules' keys are kept apart ("head-last:justice department"). */
function ruleKey(rule: CrossDocumentRule, key: string): string {
  return `${rule.id}:${key}`;
}

/** Adds the group under the key (a set: a group's names often give one key twice). */
function addOnce(map: Map<string, Set<Group>>, key: string, group: Group): void {
  const groups = map.get(key);
  if (groups) {
    groups.add(group);
  } else {
    map.set(key, new Set([group]));
  }
}

/** The one group of the set, or none when there are none or several. */
function only(groups: ReadonlySet<Group> | undefined): Group | undefined {
  if (groups?.size !== 1) {
    return undefined;
  }
  const [group] = groups;
  return group;
}
