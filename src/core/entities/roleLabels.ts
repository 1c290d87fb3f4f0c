// A post given as a line's label ("Referee: Owain Gantry", "Head coach: Oriel Vance"): teamsheets, fact boxes and credits
// list the officials and staff of an event so, one post and one name to a line or a sentence.
import { TITLE_HEADS, has } from '../lexicon/entities';
import type { Sentence } from '../nlp/tokens';
import { roleText, type OwnedSpan, type RoleContext } from './roleSpans';
import { isCapitalised } from './words';

/** Most words of a label before its colon ("Assistant head coach:"). */
const MAX_LABEL_WORDS = 3;

/** The index of a label's last word when the sentence opens with a post and a colon: a title head ends it, its first word is capitalised. */
function labelEnd(sentence: Sentence): number | undefined {
  const end = sentence.findIndex(token => /^:\s+$/.test(token.post));
  if (end < 0 || end >= MAX_LABEL_WORDS || !isCapitalised(sentence[0]) || /["“‘']/.test(sentence[0].pre) || !has(TITLE_HEADS, sentence[end].lower)) {
    return undefined;
  }
  return sentence.slice(0, end).every(token => /^\s+$/.test(token.post)) ? end : undefined;
}

/**
 * "Referee: Owain Gantry", "Head coach: Oriel Vance (Kelso)": the label is the post of the one name that fills the rest of the
 * sentence (a bracketed place or club after it allowed). A quotation's speaker label ("Ashe: We were …") has no title
 * head, and a label before more than one name ("Scorers: Ames, Birch") gives none.
 */
export function labelPostRoles(context: RoleContext): OwnedSpan[] {
  const { sentence, drafts, startsAt } = context;
  const end = labelEnd(sentence);
  const draft = end === undefined ? undefined : startsAt.get(end + 1);
  if (end === undefined || draft === undefined) {
    return [];
  }
  const after = sentence[drafts[draft].last + 1];
  const fills = after === undefined || (/^\(/.test(after.pre) && drafts[draft].last + 2 >= sentence.length);
  return fills ? [{ ...roleText(sentence, 0, end), draft }] : [];
}
