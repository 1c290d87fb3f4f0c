// The words News Lens uses for its ideas, one set for every surface (hover cards, the panel, the Quotes
// view, the Outline, the status bar, exports and the CLI), so a reader meets one term per idea.
import type { AttributionBasis, EntityKind } from './model';

/** A quotation whose speaker is not named (or not found). */
export const UNATTRIBUTED = 'unattributed';

/** Two reports give the same words to different sources. */
export const CREDITED_DIFFERENTLY = 'credited differently';

/** Two reports give the same words to a person and the organisation named in their role. */
export const SAME_SOURCE = 'same source';

/** The word with its first letter capitalised, for labels ("Unattributed"). */
export function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const KIND_WORDS: Record<EntityKind, { readonly one: string; readonly many: string }> = {
  person: { one: 'person', many: 'people' },
  org: { one: 'organisation', many: 'organisations' },
};

/** A count with its noun in the right number: "1 organisation", "2 organisations", "0 quotes". */
export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A count of entities of a kind: "1 person", "3 people". */
export function countOfKind(count: number, kind: EntityKind): string {
  return countOf(count, KIND_WORDS[kind].one, KIND_WORDS[kind].many);
}

export function kindWord(kind: EntityKind): string {
  return KIND_WORDS[kind].one;
}

/**
 * How a speaker was found, in a reader's words, and whether the credit needs checking. The decision of
 * which bases are weak is the model's (WEAK_ATTRIBUTION_BASES); these are the words for each.
 */
export const ATTRIBUTION_BASIS_WORDS: Record<AttributionBasis, string> = {
  cue: 'named where the quotation is attributed',
  pronoun: 'a pronoun (“she said”) read as the person named before it',
  description: 'a description (“the minister said”) read as the person it fits',
  inherited: 'no attribution of its own: it continues an earlier attribution',
  following: 'no attribution of its own: credited by an attribution after it',
  organisation: 'an organisation or document, not a person, is credited',
};
