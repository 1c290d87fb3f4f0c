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
// The output depends only on the order of the documents, never on timing. State grows with the number of
// distinct names, not with the number of documents.
import { withoutDesignator } from './entities/words';
import { isPartyWord } from './lexicon/names';
import { slugOf } from './entities/slug';
import { abbreviationForm, headLast, isAcronym, namesOf, spellingKeys, translit, withoutClubForm, words } from './link';
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

  /** Run-wide ids (and kinds) for the entities of the next document, in the same order. */
  link(entities: readonly LinkableEntity[]): StreamLink[] {
    const taken = new Set<Group>();
    return entities.map(entity => {
      const joined = this.match(entity, taken);
      const group = joined?.group ?? this.startGroup(entity);
      taken.add(group);
      this.remember(entity, group);
      return { id: group.id, kind: joined?.kind ?? entity.kind };
    });
  }

  private match(entity: LinkableEntity, taken: ReadonlySet<Group>): { group: Group; kind: EntityKind } | undefined {
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
    return { id, kind: entity.kind, hasFullName: false };
  }

  /** Adds the entity's keys to its group, so later documents find the group by any of its names. */
  private remember(entity: LinkableEntity, group: Group): void {
    const keys = entity.kind === 'person' ? personKeys(entity).flat() : orgKeys(entity, false).flat();
    for (const key of keys) {
      addOnce(this.byKey, key, group);
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
}

function addOnce(map: Map<string, Group[]>, key: string, group: Group): void {
  const groups = map.get(key);
  if (!groups) {
    map.set(key, [group]);
  } else if (!groups.includes(group)) {
    groups.push(group);
  }
}
