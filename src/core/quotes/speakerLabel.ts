// Speakers named by a label rather than a verb: a transcript line that opens with its speaker
// ("“WALLACE: Let’s start …”", "“Okafor: We will …”"), where the label sits inside the quotation.

import type { Entity, Mention, Span } from '../model';
import { slugOf } from '../entities/slug';
import { LABEL_HEADINGS, PAGE_HEADINGS } from '../lexicon/quotes';
import { lexiconFlags } from '../nlp/adapter';
import { Tag } from '../nlp/tokens';
import type { QuoteSpan } from './findQuotes';
import { MentionIndex } from './mentionIndex';

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
  return /^\p{Lu}{3,}$/u.test(label) && (lexiconFlags(label.toLowerCase()) & (Tag.LastName | Tag.FirstName)) !== 0
    && !LABEL_HEADINGS.has(label.toLowerCase());
}

/**
 * "“OKONJO: It will open …”": an all-caps word of three letters or more that labels a line and is no heading names
 * the line's speaker even when it names nobody the article introduced; whoever spoke the line before does not
 * speak it (no continuation or paragraph convention applies).
 */
function isSpeakerOnlyLabel(label: string): boolean {
  return /^\p{Lu}{3,}$/u.test(label) && !LABEL_HEADINGS.has(label.toLowerCase());
}

/** Nothing but spaces after a quotation up to the end of its line: the quotation is a line of its own. */
const REST_OF_LINE_BLANK = /^[^\S\n]*(?:\n|$)/u;

/**
 * "“VIDEO: The river rose over the quay.”" as a line of its own inside a transcript: a page heading in capitals (list
 * quote-page-headings) ends the turn of the speaker before it, so the line is no one's, and the unlabelled lines after
 * it no longer go on with that speaker (their paragraph-before source is this line). Not a heading inside a sentence
 * that a cue after it credits ("“WATCH: our rally tonight,” X posted"), whose words are the poster's.
 */
function isPageHeadingLine(text: string, quote: QuoteSpan, label: string): boolean {
  return /^\p{Lu}{3,}$/u.test(label) && PAGE_HEADINGS.has(label.toLowerCase())
    && REST_OF_LINE_BLANK.test(text.slice(quote.outerEnd, quote.outerEnd + 200));
}

/**
 * The person a transcript label inside a quotation names, with the label's span: the entity whose
 * mention the label is, else the one person whose surname or one-word alias the label's last word is.
 * id null: an all-caps label naming nobody the article introduced (isSpeakerOnlyLabel), or a page heading on a line of
 * its own (isPageHeadingLine); the line is that unknown speaker's, or no one's, not whoever the narration around it
 * credits.
 */
export function transcriptSpeaker(text: string, quote: QuoteSpan, index: MentionIndex): { readonly id: string | null; readonly span: Span } | null {
  const label = TRANSCRIPT_LABEL.exec(text.slice(quote.start, quote.start + 60));
  if (!label) {
    return null;
  }
  const span = { start: quote.start, end: quote.start + label[1].length };
  if (isPageHeadingLine(text, quote, label[1])) {
    return { id: null, span };
  }
  const mention = index.at(span.start, span.end);
  if (mention && mention.start >= span.start && mention.end <= span.end && mention.entity.kind === 'person') {
    return { id: mention.entity.id, span };
  }
  const last = label[1].split(/\s+/).pop() ?? '';
  const person = index.personNamed(last) ?? index.personNamed(titleCase(last));
  if (person) {
    return { id: person.id, span };
  }
  return isSpeakerOnlyLabel(label[1]) ? { id: null, span } : null;
}

/**
 * "“HALVARD: Let us start …”" where the lexicon knows no word "halvard" at all: an all-caps label of three letters or
 * more that is no heading and no word of the lexicon names a speaker too, but only in a transcript, where another
 * line's label is a name (isUnknownSurnameLabel) or names a person the article introduced (`transcript`): in copy
 * without one, a lone unknown word in capitals ("“FACT: …”", a fact check's verdict) is a label of another sort.
 */
function isUnlistedWordLabel(label: string): boolean {
  return isSpeakerOnlyLabel(label) && lexiconFlags(label.toLowerCase()) === 0;
}

/**
 * "“HALVORSEN: Let us start …”" in an article that never names Halvorsen: for a reader the line is that person's, so
 * each such label (isUnknownSurnameLabel: one all-caps word the lexicon knows as a name, no heading such as "VIDEO:";
 * in a transcript also a word the lexicon does not know at all, isUnlistedWordLabel) founds a person named in title
 * case ("Halvorsen"), whose mentions are the labels; transcriptSpeaker then credits the line to them. The entities with
 * the founded people after them; the same array when no label founds one. One pass over the quotations and one
 * mention index.
 */
export function withLabelSpeakers(text: string, spans: readonly QuoteSpan[], entities: readonly Entity[]): readonly Entity[] {
  let index: MentionIndex | undefined;
  const labels: Array<{ readonly label: string; readonly span: Span; readonly known: boolean }> = [];
  let transcript = false;
  for (const quote of spans) {
    const label = TRANSCRIPT_LABEL.exec(text.slice(quote.start, quote.start + 60));
    if (!label || !isSpeakerOnlyLabel(label[1])) {
      continue;
    }
    index ??= new MentionIndex(entities);
    const span = { start: quote.start, end: quote.start + label[1].length };
    const introduced = index.at(span.start, span.end)?.entity.kind === 'person' || index.personNamed(titleCase(label[1])) !== undefined;
    transcript ||= introduced || isUnknownSurnameLabel(label[1]);
    labels.push({ label: label[1], span, known: introduced || index.at(span.start, span.end) !== undefined });
  }
  const founded = new Map<string, Mention[]>();
  for (const { label, span, known } of labels) {
    if (known || !(isUnknownSurnameLabel(label) || (transcript && isUnlistedWordLabel(label)))) {
      continue;
    }
    const mentions = founded.get(label) ?? [];
    mentions.push({ start: span.start, end: span.end, text: label, entityId: slugOf(titleCase(label)) });
    founded.set(label, mentions);
  }
  const ids = new Set(entities.map(entity => entity.id));
  const people: Entity[] = [...founded].filter(([label]) => !ids.has(slugOf(titleCase(label))))
    .map(([label, mentions]) => ({ id: slugOf(titleCase(label)), kind: 'person', name: titleCase(label), aliases: [label], roles: [], mentions }));
  return people.length === 0 ? entities : [...entities, ...people];
}

/** The last line of a quotation that only signs it: a name, then at most a comma and the signer's affiliation, and a full stop. */
const SIGNATURE_LINE = /\n[^\S\n]*(?:[\u2014\u2013\u2015]\s*)?(\p{Lu}[^,\n]{1,60}?)(?:,[^\S\n]*\p{Lu}[^\n.!?]{0,80})?\.?[^\S\n]*$/u;

/** Most words the signature's name may have ("Dana Kelso", "Ivo J. Marr Jr."). */
const MAX_SIGNATURE_NAME_WORDS = 5;

/**
 * "“We will not close the pier this winter.⏎Ivo Marr, Harbour Policy Institute.”": a pull quote of scraped web copy whose
 * last line, inside the marks, signs it with a person's name (and their affiliation after a comma). The named person
 * speaks the quotation; the signature is on a line of its own (a name ending a sentence inside the quotation, "…? Ivo
 * Marr.", is no signature but an answer). The person's id with the name's span, or null.
 */
export function signatureSpeaker(text: string, quote: QuoteSpan, index: MentionIndex): { readonly id: string; readonly span: Span } | null {
  const body = text.slice(quote.start, quote.end);
  const line = SIGNATURE_LINE.exec(body);
  if (!line || line.index === 0 || line[1].split(/\s+/).length > MAX_SIGNATURE_NAME_WORDS) {
    return null;
  }
  const start = quote.start + line.index + line[0].indexOf(line[1]);
  const span = { start, end: start + line[1].length };
  const mention = index.at(span.start, span.end);
  return mention && mention.entity.kind === 'person' && mention.start === span.start && mention.end >= span.end - 1 ? { id: mention.entity.id, span } : null;
}
