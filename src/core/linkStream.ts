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
// The short-form rules (a team's nickname, a body's first remit, a body's opening words: link.ts SHORT_FORM_RULES) are
// linkAnalyses's own, read here in either order of the two names; a short form that a later document shows to be
// ambiguous (a second "… Otters") stays with the body it joined first.
// The output depends only on the order of the documents, never on timing. State grows with the number of
// distinct names, not with the number of documents.
import { withoutDesignator } from './entities/words';
import { isPartyWord } from './lexicon/names';
import { slugOf } from './entities/slug';
import { abbreviationForm, headLast, isAcronym, namesOf, SHORT_FORM_RULES, spellingKeys, translit, withoutClubForm, words, type ShortFormRule } from './link';
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

/** Keys by which a person matches an earlier group, in order of preference (as link.ts's passes). */
function personKeys(entity: LinkableEntity): string[][] {
  const nameWords = words(entity.name);
  const full = namesOf(entity).filter(name => name.length > 1).map(name => `p:${name.join(' ')}`).concat(`p:${nameWords.join(' ')}`);
  const spelling = spellingKeys(nameWords).map(key => `t:${key}`);
  return [full, spelling];
}

/**
 * Keys by which an organisation matches an earlier group: any name, the singular of one word, the initials.
 * Initials are kept apart by form (abbreviation `a:`, expansion `x:`): a group is remembered under its own
 * forms, and looked up by an abbreviation under both, by an expansion under abbreviations only, so two
 * expansions with the same initials ("Halvorsen Institute" / "Hartwell Institute") never match.
 */
function orgKeys(entity: LinkableEntity, lookup: boolean): string[][] {
  const names = namesOf(entity);
  const initials = names.flatMap(name => {
    const form = abbreviationForm(name);
    if (!form) {
      return [];
    }
    return form.abbreviation && lookup ? [`a:${form.letters}`, `x:${form.letters}`] : [`${form.abbreviation || lookup ? 'a' : 'x'}:${form.letters}`];
  });
  return [
    names.flatMap(name => [withoutDesignator(name), withoutClubForm(withoutDesignator(name)), headLast(withoutDesignator(name))].map(form => `o:${form.join(' ')}`)),
    names.filter(name => name.length === 1).map(([word]) => `s:${word.length > 4 && /[^s]s$/.test(word) ? word.slice(0, -1) : word}`),
    initials,
  ];
}

/** The surname and first-name keys of a person's full name ("last:whitlock", "first:dana"). */
function fullNameKeys(nameWords: readonly string[]): string[] {
  return nameWords.length > 1 ? [`last:${translit(nameWords[nameWords.length - 1])}`, `first:${translit(nameWords[0])}`] : [];
}

export class StreamLinker {
  private readonly byKey = new Map<string, Group[]>();
  /** Person groups with a full name, by its surname and first name (for names of one word). */
  private readonly byFullNamePart = new Map<string, Group[]>();
  /** Person groups known so far only by one word, by that word (for full names that arrive later). */
  private readonly byLoneWord = new Map<string, Group>();
  private readonly usedIds = new Set<string>();
  /** Body groups by the short forms their names give under a short-form rule (link.ts), "rule:form". */
  private readonly byShortForm = new Map<string, Group[]>();
  /** Body groups named by a short form under a rule, "rule:form" (for a full name that arrives later). */
  private readonly byShortName = new Map<string, Group[]>();

  /** Run-wide ids (and kinds) for the entities of the next document, in the same order. */
  link(entities: readonly LinkableEntity[]): StreamLink[] {
    const taken = new Set<Group>();
    const givers = shortFormGivers(entities);
    return entities.map(entity => {
      const joined = this.match(entity, taken, givers);
      const group = joined?.group ?? this.startGroup(entity);
      taken.add(group);
      group.documents++;
      this.remember(entity, group);
      return { id: group.id, kind: joined?.kind ?? entity.kind };
    });
  }

  private match(entity: LinkableEntity, taken: ReadonlySet<Group>, givers: ReadonlyMap<string, number>): { group: Group; kind: EntityKind } | undefined {
    const nameWords = words(entity.name);
    const free = (group: Group | undefined): group is Group => group !== undefined && !taken.has(group);
    if (entity.kind === 'person') {
      for (const keys of personKeys(entity)) {
        const group = this.firstFree(keys, taken, 'person');
        if (group) {
          return { group, kind: 'person' };
        }
      }
      if (nameWords.length < 2) {
        const group = nameWords.length === 1 ? this.onlyFullNameWith(nameWords[0], ['last', 'first']) : undefined;
        return free(group) ? { group, kind: 'person' } : undefined;
      }
      // A full name arriving after its lone surname or first name ("Whitlock" … then "Dana Whitlock").
      for (const word of [nameWords[nameWords.length - 1], nameWords[0]]) {
        const group = this.byLoneWord.get(translit(word));
        if (free(group) && !group.hasFullName) {
          return { group, kind: 'person' };
        }
      }
      return undefined;
    }
    const oneWord = nameWords.length === 1;
    for (const keys of orgKeys(entity, true)) {
      // A relabelled lone word's group is a person's: only other one-word readings join it.
      const group = this.firstFree(keys, taken, 'org') ?? (oneWord ? this.firstFree(keys, taken, 'person') : undefined);
      if (group) {
        return { group, kind: group.kind };
      }
    }
    const shortened = this.matchShortForm(entity, taken, givers);
    if (shortened) {
      return { group: shortened, kind: 'org' };
    }
    // A lone unknown word read as a body ("Whitlock said") is the one person of the run so far with that surname.
    // Not a party's name in the plural: "Democrats" is no person called Democrats.
    if (oneWord && entity.aliases.length === 0 && !isAcronym(entity.name) && !isPartyWord(entity.name)) {
      const group = this.onlyFullNameWith(nameWords[0], ['last']);
      if (free(group)) {
        return { group, kind: 'person' };
      }
    }
    return undefined;
  }

  /**
   * A body named by a short form of one earlier body's name ("the Otters" after "the Dunmore Otters"), or named in full
   * after one earlier body called by its short form, by link.ts's short-form rules in their order. As linkAnalyses
   * does, only when one body gives the short form (of the run so far and of this document: `givers` counts the
   * document's bodies by the short forms they give), and not with a short name other documents give as it is where the
   * rule says so.
   */
  private matchShortForm(entity: LinkableEntity, taken: ReadonlySet<Group>, givers: ReadonlyMap<string, number>): Group | undefined {
    for (const rule of SHORT_FORM_RULES) {
      const key = rule.shortKeyOf(entity.name);
      const longer = key === undefined ? undefined : this.byShortForm.get(shortFormKey(rule, key));
      if (longer?.length === 1 && !taken.has(longer[0])) {
        return longer[0];
      }
      for (const form of rule.shortFormsOf(entity)) {
        const key = shortFormKey(rule, form);
        const named = this.byShortName.get(key);
        const shorter = named?.length === 1 && !this.byShortForm.has(key) && givers.get(key) === 1 ? named[0] : undefined;
        if (shorter && !taken.has(shorter) && !(rule.sharedNameIsWhole && shorter.documents > 1)) {
          return shorter;
        }
      }
    }
    return undefined;
  }

  private firstFree(keys: readonly string[], taken: ReadonlySet<Group>, kind: EntityKind): Group | undefined {
    for (const key of keys) {
      const group = this.byKey.get(key)?.find(group => group.kind === kind && !taken.has(group));
      if (group) {
        return group;
      }
    }
    return undefined;
  }

  /** The single full-name group whose surname (or first name) is this word; none when there are several. */
  private onlyFullNameWith(word: string, parts: readonly ('last' | 'first')[]): Group | undefined {
    for (const part of parts) {
      const groups = this.byFullNamePart.get(`${part}:${translit(word)}`) ?? [];
      if (groups.length === 1) {
        return groups[0];
      }
      if (groups.length > 1) {
        return undefined;
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
    const keys = entity.kind === 'person' ? personKeys(entity).flat() : orgKeys(entity, false).flat();
    for (const key of keys) {
      addOnce(this.byKey, key, group);
    }
    if (group.kind === 'org' && entity.kind === 'org') {
      this.rememberShortForms(entity, group);
    }
    if (group.kind !== 'person' || entity.kind !== 'person') {
      return;
    }
    const nameWords = words(entity.name);
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

  /** Adds the short forms a body's names give, and the name it has as a short form, under each short-form rule. */
  private rememberShortForms(entity: LinkableEntity, group: Group): void {
    for (const rule of SHORT_FORM_RULES) {
      for (const form of rule.shortFormsOf(entity)) {
        addOnce(this.byShortForm, shortFormKey(rule, form), group);
      }
      const key = rule.shortKeyOf(entity.name);
      if (key !== undefined) {
        addOnce(this.byShortName, shortFormKey(rule, key), group);
      }
    }
  }
}

/** How many bodies of one document give each short form ("rule:form"). */
function shortFormGivers(entities: readonly LinkableEntity[]): Map<string, number> {
  const givers = new Map<string, number>();
  for (const entity of entities) {
    if (entity.kind === 'org') {
      for (const rule of SHORT_FORM_RULES) {
        for (const form of new Set(rule.shortFormsOf(entity))) {
          givers.set(shortFormKey(rule, form), (givers.get(shortFormKey(rule, form)) ?? 0) + 1);
        }
      }
    }
  }
  return givers;
}

/** The key of a short form under one rule: the rules' forms are kept apart. */
function shortFormKey(rule: ShortFormRule, form: string): string {
  return `${rule.id}:${form}`;
}

function addOnce(map: Map<string, Group[]>, key: string, group: Group): void {
  const groups = map.get(key);
  if (!groups) {
    map.set(key, [group]);
  } else if (!groups.includes(group)) {
    groups.push(group);
  }
}
