// Page furniture glued to the text by a scrape: a live blog's comment widget ("FlagShareLikeReply") and its time stamps
// ("10:47PM") run into the names and headlines around them with no space between ("Dana WrellFlagShareLikeReplyTom
// Brisk 5ptsmoderatorFeaturedMarch 6, 2016 10:47PMSalt Bay Chat"). Read as written, the names either side join into
// one ("Wrell FlagShareLikeReply Tom Brisk") and the post's headline opens with the clock's "PM".
//
// The pass blanks that furniture before parsing, keeping the text's length (every offset stays the original's): the
// glued widget words become a line break and spaces, and a time's "AM"/"PM" glued to a capitalised word becomes a
// line break, so the headline after it stands on a line of its own, as the page shows it. One regular-expression pass
// over the text, run only when a glued widget word or time is there at all. A profile card's field labels glued to
// their values ("Dana Wrell Age: 41City: Tarrow FallsJob: Bus driverPay: £11") are blanked the same way, in the same pass.

import { PROFILE_CARD_LABELS, PROFILE_CARD_NUMBER_LABELS, WIDGET_GLUE_WORDS } from './lexicon/quotes';

const WIDGET_WORD = [...WIDGET_GLUE_WORDS.words].map(word => word[0].toUpperCase() + word.slice(1)).join('|');
/**
 * Two or more widget words run together ("FlagShareLikeReply"), or one between a lower-case letter and a capital
 * ("moderatorFeaturedMarch") or after a widget's bar ("Newest | OldestAni Vrabel"); a capital, a space or the end
 * after the run.
 */
const WIDGET_GLUE = new RegExp(`(?:${WIDGET_WORD})(?:${WIDGET_WORD})+(?=\\p{Lu}|\\s|$)|(?<=\\p{Ll}|\\| ?)(?:${WIDGET_WORD})(?=\\p{Lu})`, 'gu');
/** A clock time's "AM"/"PM" glued to a capitalised word after it ("10:47PMSalt Bay Chat"). */
const GLUED_CLOCK = /(?<=\d:\d\d ?)(?:AM|PM)(?=\p{Lu}\p{Ll})/gu;
/** Labels capitalised as the card writes them ("Age", "City"). */
const capitalisedLabels = (words: Iterable<string>): string => [...words].map(word => word[0].toUpperCase() + word.slice(1)).join('|');
const PROFILE_LABEL = capitalisedLabels(PROFILE_CARD_LABELS.words);
const NUMBER_LABEL = capitalisedLabels(PROFILE_CARD_NUMBER_LABELS.words);
/**
 * A profile card's label and its colon glued to a letter or a digit before it ("41City:", "FallsJob:"), or a label of
 * a number spaced after a capitalised word and before a figure or a currency sign ("Dana Wrell Age: 41").
 */
const GLUED_PROFILE_LABEL = new RegExp(`(?<=[\\p{L}\\d])(?:${PROFILE_LABEL}):(?= )|(?<=\\p{Lu}\\p{Ll}+ )(?:${NUMBER_LABEL}):(?= [\\d$£€])`, 'gu');
/** A quick test before the pass: any widget word or clock suffix glued to a capital, or a profile label glued to its value. */
const ANY_GLUE = new RegExp(`(?:${WIDGET_WORD})\\p{Lu}|\\d(?:AM|PM)\\p{Lu}|[\\p{L}\\d](?:${PROFILE_LABEL}): |\\p{Ll} (?:${NUMBER_LABEL}): [\\d$£€]`, 'u');

/** The run blanked to a line break and spaces: same length. */
function blank(run: string): string {
  return '\n' + ' '.repeat(run.length - 1);
}

/** The text with glued widget words and glued clock suffixes blanked (same length); the text itself when none is there. */
export function withoutGluedFurniture(text: string): string {
  if (!ANY_GLUE.test(text)) {
    return text;
  }
  return text.replace(WIDGET_GLUE, blank).replace(GLUED_CLOCK, blank).replace(GLUED_PROFILE_LABEL, blank);
}
