// The one shape of a word list the rules read: an id, the reason the list exists, and its words, checked
// when the module loads so that a bad list fails every test at once instead of one rule quietly.
// Lists live in src/core/lexicon/ (one file per area); rule files import them from there.

/** A named, documented set of lower-case words or phrases. */
export interface WordList {
  readonly id: string;
  /** Why the rules need these words; what a word must have in common with the others to belong. */
  readonly reason: string;
  readonly words: ReadonlySet<string>;
  has(word: string): boolean;
}

/**
 * A list's one implementation. `has` is a method of the class, not a closure made per list: the rules call `has` on
 * hundreds of different lists from the same call sites, and one shared function keeps those calls monomorphic (V8
 * inlines them) where a closure per list made every such call site megamorphic.
 */
class FrozenWordList implements WordList {
  constructor(readonly id: string, readonly reason: string, readonly words: ReadonlySet<string>) {}

  has(word: string): boolean {
    return this.words.has(word);
  }
}

/** Every list made by wordList(), by id, so tests can walk them all (lists are immutable once made). */
const registered = new Map<string, WordList>();

/** What is wrong with one entry of a list, or undefined when it is fine. */
function entryProblem(word: string, seen: ReadonlySet<string>): string | undefined {
  if (word.length === 0 || word.trim() !== word) {
    return `${JSON.stringify(word)} is empty or has spaces around it`;
  }
  if (word !== word.toLowerCase()) {
    return `${JSON.stringify(word)} is not lower case (the rules compare lower-case forms)`;
  }
  if (/[,;]$/.test(word)) {
    // Lists are written space-separated in template strings; a trailing comma is a slip (a merge or a sentence pasted
    // into the words) and leaves the word unmatched.
    return `${JSON.stringify(word)} ends in a comma or a semicolon (list words are separated by spaces)`;
  }
  if (seen.has(word)) {
    return `${JSON.stringify(word)} is listed twice`;
  }
  return undefined;
}

/**
 * Makes a word list. Throws at load when the id is taken, the reason is missing, or an entry is empty,
 * not lower case, ends in a comma, or a duplicate: a list must say why it exists and hold each word once.
 */
export function wordList(id: string, reason: string, words: readonly string[]): WordList {
  if (registered.has(id)) {
    throw new Error(`word list ${id}: the id is already used`);
  }
  if (!reason.trim()) {
    throw new Error(`word list ${id}: give the reason the list exists`);
  }
  const seen = new Set<string>();
  for (const word of words) {
    const problem = entryProblem(word, seen);
    if (problem) {
      throw new Error(`word list ${id}: ${problem}`);
    }
    seen.add(word);
  }
  const list: WordList = Object.freeze(new FrozenWordList(id, reason, seen));
  registered.set(id, list);
  return list;
}

/** Every word list made so far (those of the modules loaded), for tests that walk them. */
export function registeredWordLists(): readonly WordList[] {
  return [...registered.values()];
}

/**
 * The words of a list less some of them, for a list derived from another ("the entity honorifics less the
 * peerages"). Throws when a word to leave out is not in the list, so a derivation cannot silently go stale.
 */
export function without(list: WordList, left: readonly string[]): string[] {
  const missing = left.filter(word => !list.has(word));
  if (missing.length > 0) {
    throw new Error(`word list ${list.id}: cannot leave out ${missing.map(word => JSON.stringify(word)).join(', ')}, not in the list`);
  }
  const leftOut = new Set(left);
  return [...list.words].filter(word => !leftOut.has(word));
}

/**
 * Words that must all belong to a list, for a list that is a chosen part of another ("the title heads a
 * description may refer back by"). Throws when one is not in the list, so the relation holds in code.
 */
export function within(list: WordList, chosen: readonly string[]): readonly string[] {
  const missing = chosen.filter(word => !list.has(word));
  if (missing.length > 0) {
    throw new Error(`word list ${list.id}: ${missing.map(word => JSON.stringify(word)).join(', ')} not in the list`);
  }
  return chosen;
}
