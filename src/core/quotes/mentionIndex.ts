// Entity mentions by position, with what the text says about each person around the mentions:
// the titles written before them ("German Chancellor …"). (Their gender: personGender.ts.)

import type { Entity, Mention } from '../model';
import { MENTION_FEMALE_HONORIFICS, MENTION_MALE_HONORIFICS, TITLE_NOUNS } from '../lexicon/quotes';
import { tokenize, tokenStartBefore, type MaskedToken } from './tokens';

export type Gender = 'm' | 'f' | undefined;

export interface IndexedMention extends Mention {
  readonly entity: Entity;
}

/** How far before a mention a title may start ("European Commission President …"). */
const TITLE_WINDOW = 80;
const MAX_TITLE_WORDS = 5;
/** Articles give titles at the first mentions; later ones are read no further (bounded cost in long texts). */
const MAX_TITLED_MENTIONS = 20;

export class MentionIndex {
  readonly mentions: readonly IndexedMention[];
  private readonly byId = new Map<string, Entity>();
  private byName: Map<string, Entity | null> | undefined;

  constructor(entities: readonly Entity[]) {
    const all: IndexedMention[] = [];
    for (const e of entities) {
      this.byId.set(e.id, e);
      for (const m of e.mentions) {
        // Fields named, not spread: this runs for every mention of the document on every edit.
        all.push({ start: m.start, end: m.end, text: m.text, entityId: m.entityId, entity: e });
      }
    }
    all.sort((one, other) => one.start - other.start || other.end - one.end);
    this.mentions = all;
  }

  /**
   * The one person whose surname or one-word alias is this word; undefined when none or several.
   * Recognisers sometimes miss a short form after a title ("PM <Surname>").
   */
  personNamed(word: string): Entity | undefined {
    if (!this.byName) {
      const byName = new Map<string, Entity | null>();
      for (const e of this.byId.values()) {
        if (e.kind !== 'person') {
          continue;
        }
        const forms = new Set([e.name.split(/\s+/).pop() ?? '', ...e.aliases.filter(one => !/\s/.test(one))]);
        for (const f of forms) {
          if (f) {
            byName.set(f, byName.has(f) && byName.get(f) !== e ? null : e);
          }
        }
      }
      this.byName = byName;
    }
    return this.byName.get(word) ?? undefined;
  }

  entity(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  /** Index of the last mention starting before `pos`, or -1. */
  lastStartingBefore(pos: number): number {
    let lo = 0;
    let hi = this.mentions.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < pos) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** The mention overlapping [start, end), if any (the longest when several start together). */
  at(start: number, end: number): IndexedMention | undefined {
    let i = this.lastStartingBefore(end);
    // Mentions do not nest in practice; a short look back covers one that starts earlier and spans this token.
    for (let n = 0; i >= 0 && n < 4; i--, n++) {
      const m = this.mentions[i];
      if (m.end > start) {
        return m;
      }
    }
    return undefined;
  }
}

/**
 * Titles written directly before a person's mentions, as word lists ("Ukrainian President Taras
 * Hrytsenky" → ["Ukrainian", "President"]). Kept only when one word is a title noun.
 */
export function titlesBefore(text: string, index: MentionIndex, entity: Entity): string[][] {
  const out: string[][] = [];
  for (const m of entity.mentions.slice(0, MAX_TITLED_MENTIONS)) {
    const from = Math.max(0, m.start - TITLE_WINDOW);
    // Most mentions have no title, and the word before them ends the reading: a short tail is tokenized first, the
    // whole window only when the reading uses up every token of the tail.
    const tail = tokenStartBefore(text, from, m.start - TITLE_TAIL);
    let reading = titleWordsBefore(tokenize(text, tail, m.start), index);
    if (reading.ranOut && tail > from) {
      reading = titleWordsBefore(tokenize(text, from, m.start), index);
    }
    const words = reading.words;
    if (words.some(word => TITLE_NOUNS.has(word.toLowerCase()))) {
      out.push(words);
    }
  }
  return out;
}

/** Characters before a mention tokenized first when reading its title (titlesBefore). */
const TITLE_TAIL = 24;

/**
 * The title words read back from the last token, leading "of" dropped, and whether the tokens ran out before the
 * reading stopped (then tokens further back might have added words).
 */
function titleWordsBefore(tokens: readonly MaskedToken[], index: MentionIndex): { words: string[]; ranOut: boolean } {
  const words: string[] = [];
  let i = tokens.length - 1;
  for (; i >= 0 && words.length < MAX_TITLE_WORDS; i--) {
    const t = tokens[i];
    if (t.kind !== 'word' || index.at(t.start, t.end)?.entity.kind === 'person') {
      break;
    }
    const bare = t.lower.replace(/\.$/, '');
    if (words.length === 0 && (MENTION_MALE_HONORIFICS.has(bare) || MENTION_FEMALE_HONORIFICS.has(bare))) {
      continue;
    }
    const isTitleWord = /^\p{Lu}/u.test(t.text) || TITLE_NOUNS.has(t.lower) || (t.lower === 'of' && words.length > 0);
    if (!isTitleWord) {
      break;
    }
    words.unshift(t.text);
  }
  const ranOut = i < 0 && words.length < MAX_TITLE_WORDS;
  while (words[0] === 'of') {
    words.shift();
  }
  return { words, ranOut };
}
