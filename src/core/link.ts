// Gives the same entity the same id in every document of a set: same name (case and accents aside), a
// surname-only person ("Whitlock") and the one full name with that surname elsewhere ("Dana Whitlock"), an
// abbreviation and its expansion ("EU" / "European Union"). Two entities of one document never merge.
import { initialsOf, withoutDesignator } from './entities/words';
import { slugOf } from './entities/slug';
import type { DocumentAnalysis, Entity } from './model';
import { ABBREVIATED_TITLES, HONORIFICS, HONOURS, NAME_PARTICLES, NAME_SUFFIXES, givenNameKeys, has } from './lexicon/entities';
import { foldLetters } from './fold';
import { push } from './entities/multimap';

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

export function words(name: string): string[] {
  return foldLetters(name).toLowerCase().replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** A person's name as words without a generational suffix ("Cesar Ramos Jr." → cesar ramos). */
function personWords(name: string): string[] {
  const w = words(name);
  while (w.length > 2 && has(NAME_SUFFIXES, w[w.length - 1])) {
    w.pop();
  }
  return w;
}

/** Every name of an entity as words, a leading honorific dropped ("Mr Whitlock" → "whitlock"). */
export function namesOf(entity: Pick<Entity, 'name' | 'aliases'>): string[][] {
  return [entity.name, ...entity.aliases]
    .map(words)
    .map(nameWords => (nameWords.length > 1 && (has(HONORIFICS, nameWords[0]) || has(ABBREVIATED_TITLES, nameWords[0]) || has(HONOURS, nameWords[0])) ? nameWords.slice(1) : nameWords))
    .filter(nameWords => nameWords.length > 0);
}

function byKey(nodes: readonly Node[], keysOf: (node: Node) => readonly string[]): void {
  const first = new Map<string, Node[]>();
  for (const n of nodes) {
    for (const key of new Set(keysOf(n))) {
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
 * A spelling-tolerant key for transliterated names, so outlets' spellings meet ("Hrytsenkyy", "Hrytsenkiy",
 * "Hrytsenky"; "Dmitri", "Dmitry"): doubled letters collapsed, final -iy/-yi/-i/-y made one.
 */
export function translit(word: string): string {
  return word.replace(/(\p{L})\1+/gu, '$1').replace(/(?:iy|yi|ij|ii|i|y)$/u, 'y');
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
}

/**
 * The key of a full name up to transliteration: given name and surname each with doubled letters and final
 * -iy/-y made one ("Dmitri Peskov" / "Dmitry Peskov"); a given name of initials gives its first letter only
 * ("R.J. Tolland" / "RJ Tolland"). Two given names that only share an initial are two people ("Matt Brennan" /
 * "Michael Brenan", "Mark Vell" / "Maya Vell"); given-name variants have their own pass ("Bob" / "Robert").
 */
export function spellingKeys(nameWords: readonly string[]): string[] {
  if (nameWords.length < 2) {
    return [];
  }
  const given = nameWords[0].length <= 2 ? nameWords[0][0] : translit(nameWords[0]);
  return [`${given}|${translit(nameWords[nameWords.length - 1])}`];
}

/** Most letters of a given name that is only an initial or two ("J.", "JD"). */
const MAX_INITIALS = 2;
/** Fewest letters a short given name needs to stand for a longer one it begins ("Brad" / "Bradley"). */
const MIN_SHORT_GIVEN = 3;

/**
 * Two given names of one person: the same up to transliteration, initials that agree, or a short form that
 * begins the longer ("Brad" / "Bradley", "Ade" / "Adebayo"). "Matt" / "Michael" share only an initial.
 */
export function givenNamesAgree(left: string, right: string): boolean {
  if (left.length <= MAX_INITIALS || right.length <= MAX_INITIALS) {
    return left[0] === right[0];
  }
  const [short, long] = left.length <= right.length ? [left, right] : [right, left];
  return translit(short) === translit(long) || (short.length >= MIN_SHORT_GIVEN && long.startsWith(short));
}

/**
 * A one-word given name that contracts two ("Malou" for "Maria Lourdes", "Marivic" for "Maria Victoria"): same
 * first letter, and the second given name's initial later in the short one. Middle initials and particles
 * ("Robert J. Hale", "Anne Le Gall") are no second given name.
 */
function contractsGivenNames(short: readonly string[], long: readonly string[]): boolean {
  let surname = 0;
  while (surname < short.length - 1 && short[short.length - 1 - surname] === long[long.length - 1 - surname]) {
    surname++;
  }
  const second = long.length - surname === 2 ? long[1] : undefined;
  return short.length - surname === 1 && second !== undefined && second.length > MAX_INITIALS && !has(NAME_PARTICLES, second)
    && short[0][0] === long[0][0] && short[0].indexOf(second[0], 1) > 0;
}

/** The same person spelt differently by two outlets: same surname up to transliteration, given names that agree. */
function linkSpellings(persons: readonly Node[]): void {
  const bySurname = new Map<string, { node: Node; nameWords: string[] }[]>();
  for (const node of persons) {
    const nameWords = personWords(node.entity.name);
    if (nameWords.length > 1) {
      push(bySurname, `${nameWords[0][0]}|${translit(nameWords[nameWords.length - 1])}`, { node, nameWords });
    }
  }
  const agree = (left: readonly string[], right: readonly string[]) =>
    givenNamesAgree(left[0], right[0]) || contractsGivenNames(left, right) || contractsGivenNames(right, left);
  for (const entries of bySurname.values()) {
    entries.forEach((entry, index) => {
      for (const earlier of entries.slice(0, index)) {
        if (agree(earlier.nameWords, entry.nameWords) && union(earlier.node, entry.node)) {
          break;
        }
      }
    });
  }
}

/** Two expansions of the same initials that differ only by word endings ("Kenya …" / "Kenyan …"): one body. */
function expansionsAgree(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((word, at) => word.startsWith(right[at]) || right[at].startsWith(word));
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
  // Same full name, or for organisations any name in common ("Nato" / "NATO").
  byKey(persons, node => namesOf(node.entity).filter(nameWords => nameWords.length > 1).map(nameWords => nameWords.join(' ')).concat(words(node.entity.name).join(' ')));
  byKey(orgs, node => namesOf(node.entity).map(nameWords => withoutDesignator(nameWords).join(' ')));
  // A body with its last word in the singular in one article and the plural in another ("Houthi" / "Houthis",
  // "Dorrit Holding" / "Dorrit Holdings").
  byKey(orgs, node => namesOf(node.entity).map(nameWords => {
    const last = nameWords[nameWords.length - 1];
    return [...nameWords.slice(0, -1), last.length > 4 && /[^s]s$/.test(last) ? last.slice(0, -1) : last].join(' ');
  }));
  // The same person spelt differently by two outlets (a generational suffix aside: "Cesar Ramos Jr." / "Cesar Ramos").
  linkSpellings(persons);
  // A given-name variant ("Bob Hale" / "Robert J. Hale"): the formal given name and the surname.
  byKey(persons, node => {
    const w = personWords(node.entity.name);
    return w.length > 1 ? givenNameKeys(w[0]).map(given => `${given}|${translit(w[w.length - 1])}`) : [];
  });
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
    const w = words(n.entity.name);
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
