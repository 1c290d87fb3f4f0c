// Speakers named by a label rather than a verb: a transcript line that opens with its speaker
// ("“WALLACE: Let’s start …”", "“Okafor: We will …”"), where the label sits inside the quotation.

import type { Span } from '../model';
import { lexiconFlags } from '../nlp/adapter';
import { Tag } from '../nlp/tokens';
import type { MentionIndex } from './mentionIndex';

/** A speaker label opening a transcript line: one to three capitalised words (or an all-caps surname), then a colon. */
const TRANSCRIPT_LABEL = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}):\s/u;

/** Title case of an all-caps word ("WALLACE" → "Wallace"), the form names are indexed by. */
function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/**
 * "“RAMIREZ: …”" with no Ramirez named anywhere else: an all-caps label of one word the lexicon knows
 * as a name (not "VIDEO:", "UPDATE:") names a speaker the article never introduced.
 */
function isUnknownSurnameLabel(label: string): boolean {
  return /^\p{Lu}{3,}$/u.test(label) && (lexiconFlags(label.toLowerCase()) & (Tag.LastName | Tag.FirstName)) !== 0;
}

/**
 * The person a transcript label inside a quotation names, with the label's span: the entity whose
 * mention the label is, else the one person whose surname or one-word alias the label's last word is.
 * id null: an all-caps surname label naming nobody the article introduced; the line is that unknown
 * speaker's, not whoever the narration around it credits.
 */
export function transcriptSpeaker(text: string, quote: Span, index: MentionIndex): { readonly id: string | null; readonly span: Span } | null {
  const label = TRANSCRIPT_LABEL.exec(text.slice(quote.start, quote.start + 60));
  if (!label) {
    return null;
  }
  const span = { start: quote.start, end: quote.start + label[1].length };
  const mention = index.at(span.start, span.end);
  if (mention && mention.start >= span.start && mention.end <= span.end && mention.entity.kind === 'person') {
    return { id: mention.entity.id, span };
  }
  const last = label[1].split(/\s+/).pop() ?? '';
  const person = index.personNamed(last) ?? index.personNamed(titleCase(last));
  if (person) {
    return { id: person.id, span };
  }
  return isUnknownSurnameLabel(label[1]) ? { id: null, span } : null;
}
