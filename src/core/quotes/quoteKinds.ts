// Quoted text that is not speech: names of programmes and works ("CNN’s “State of the Union”"),
// nicknames inside names (Joaquín “El Chapo” Guzmán) and terms ("the so-called “…”").

import { LINK_LABELS, TERM_CONTEXT_WORDS, TITLE_CONTEXT_WORDS, TITLE_SMALL_WORDS } from '../lexicon/quotes';
import { AUTHORING_VERBS, QUOTED_LABEL_NOUNS, WORK_APPOSITIVE_NOUNS, WORK_MAKER_NOUNS, WORK_PART_NOUNS, WORK_PLURALS_BEFORE_LIKE, WORK_STUDIO_NOUNS, WHAT_IT_CALLS_VERBS } from '../lexicon/quoteCues';

export type QuoteSpanKind = 'speech' | 'title' | 'nickname' | 'term';

/** Longest quote, in words, that can be the name of a work; longer ones are speech. */
export const MAX_TITLE_WORDS = 8;
const MAX_NICKNAME_WORDS = 3;
/** Longest quoted term after "so-called", "dubbed" …; longer quotations are speech. */
const MAX_TERM_WORDS = 6;


const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu;

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

function isCapitalised(word: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word);
}

function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** Title case: the first word and every word that is not a small function word start with a capital. */
function isTitleCase(ws: readonly string[]): boolean {
  if (ws.length === 0 || !isCapitalised(ws[0])) {
    return false;
  }
  return ws.every(word => isCapitalised(word) || TITLE_SMALL_WORDS.has(word.toLowerCase()));
}

/** The word directly before `pos` (skipping spaces), with a possessive ending kept. */
function wordBefore(text: string, pos: number): string {
  let i = pos - 1;
  while (i >= 0 && text[i] === ' ') {
    i--;
  }
  const end = i + 1;
  while (i >= 0 && /[\p{L}\p{N}'’.-]/u.test(text[i])) {
    i--;
  }
  return text.slice(i + 1, end);
}

function wordAfter(text: string, pos: number): string {
  let i = pos;
  while (i < text.length && text[i] === ' ') {
    i++;
  }
  const start = i;
  while (i < text.length && /[\p{L}\p{N}'’-]/u.test(text[i])) {
    i++;
  }
  return text.slice(start, i);
}

function isPossessive(word: string): boolean {
  return /(['’]s|s['’]|['’])$/i.test(word) && word.length > 1;
}

/**
 * Whether quoted text reads like a name (two to eight words in title case, not shouted in capitals):
 * without an attribution it names a slogan, work or programme rather than quoting speech.
 */
export function looksLikeName(content: string): boolean {
  const ws = words(content);
  return ws.length >= 2 && ws.length <= MAX_TITLE_WORDS && isTitleCase(ws) && !isAllCaps(content) && !/[,;:!?]|\.\s/.test(content);
}

/** A quoted span with the words around its marks; outerStart/outerEnd include the marks, start/end exclude them. */
interface QuotedSpan {
  readonly text: string;
  readonly outerStart: number;
  readonly outerEnd: number;
  readonly content: string;
  readonly words: readonly string[];
  /** The word before the opening mark, as written and lower-cased. */
  readonly before: string;
  readonly beforeLower: string;
}

/**
 * An online handle as poker and esports copy quote it inside a name (`Jarrett "kov4c" Kovac`): one word of lower-case
 * letters with a digit or an underscore among them, which no spoken word has.
 */
const QUOTED_HANDLE = /^(?=[\p{Ll}\d_]*\p{Ll})(?=[\p{Ll}\d_]*[\d_])[\p{Ll}\d_]{3,24}$/u;

/** Joaquín “El Chapo” Guzmán, Jarrett “kov4c” Kovac: a short title-case quotation (or a handle) between two capitalised words, spaced on both sides. */
function isNickname(quoted: QuotedSpan): boolean {
  const { text, outerStart, outerEnd, words: ws, before, content } = quoted;
  const after = wordAfter(text, outerEnd);
  return ws.length <= MAX_NICKNAME_WORDS && isCapitalised(before) && !isPossessive(before) && after !== '' && isCapitalised(after)
    && (isTitleCase(ws) || QUOTED_HANDLE.test(content)) && /^[\p{L}]/u.test(before) && text[outerStart - 1] === ' ' && text[outerEnd] === ' ';
}

/** "CNN’s “State of the Union”", "the film “…”", "his memoir, “…,”", "wrote “…”": the name of a work. */
function isWorkTitle(quoted: QuotedSpan): boolean {
  const { text, outerStart, content, words: ws, before, beforeLower } = quoted;
  if (ws.length > MAX_TITLE_WORDS || !isTitleCase(ws) || (ws.length > 1 && isAllCaps(content))) {
    return false;
  }
  if (isPossessive(before) || TITLE_CONTEXT_WORDS.has(beforeLower)) {
    return true;
  }
  if (QUOTED_LABEL_NOUNS.has(wordAfter(text, quoted.outerEnd))) {
    // "a “Vote Kelso” hat", "the “Save the Pier” campaign": the quotation labels the noun after it.
    return true;
  }
  const noun = wordBefore(text, outerStart - before.length - 1).toLowerCase();
  if ((beforeLower === 'of' || beforeLower === 'whose') && WORK_MAKER_NOUNS.has(noun)) {
    // "the co-author of “Going Under,”", "the star of “Harbor Lights”", "the playwright whose “Low Tide” ran for a
    // year": the work someone made or fronts.
    return true;
  }
  if (beforeLower === 'of' && WORK_PART_NOUNS.has(noun)) {
    // "a tribute edition of “Low Tide”", "the last episode of “Kelso Road”": one showing of a programme.
    return true;
  }
  if (isMadeBy(text, quoted.outerEnd) || hasWorkAppositive(quoted) || isExampleOfWorks(quoted, noun) || isListedTitle(quoted) || isNameGivenAfterWhat(quoted)) {
    return true;
  }
  // "his memoir, “Red Clay, Hard Work,”", "who wrote “The Forest Fevers,” a history of …": a work named
  // in apposition to its noun, or as what someone wrote or published.
  const commaBefore = text[outerStart - 1] === ',' ? 1 : text.slice(outerStart - 2, outerStart) === ', ' ? 2 : 0;
  const beforeComma = commaBefore > 0 ? wordBefore(text, outerStart - commaBefore).toLowerCase() : '';
  return ws.length > 1 && (TITLE_CONTEXT_WORDS.has(beforeComma) || AUTHORING_VERBS.has(beforeLower));
}

/** Most words between "what" and the verb of naming ("what the city council has dubbed"). */
const MAX_WHAT_SUBJECT_WORDS = 4;

/**
 * "what it calls “Operation Tidewater”", "what the council has dubbed “Project Harbour”", "what organisers bill as “The
 * Long Walk”": a title-case quotation of two words or more after "what", its subject and a verb of naming (list
 * quote-what-it-calls-verbs) is the name of a scheme or an operation, not speech.
 */
function isNameGivenAfterWhat({ text, outerStart, words: ws, before, beforeLower }: QuotedSpan): boolean {
  let verb = beforeLower, at = outerStart - before.length - 1;
  if (verb === 'as') {
    verb = wordBefore(text, at).toLowerCase();
    at -= verb.length + 1;
  }
  if (ws.length < 2 || !WHAT_IT_CALLS_VERBS.has(verb)) {
    return false;
  }
  for (let k = 0; k <= MAX_WHAT_SUBJECT_WORDS; k++) {
    const word = wordBefore(text, at);
    if (word === '') {
      return false;
    }
    if (word.toLowerCase() === 'what') {
      return k > 0;
    }
    at -= word.length + 1;
  }
  return false;
}

/**
 * "by" and a capitalised word right after a quotation, or a participle of making between (list quote-authoring-verbs);
 * the maker may be named after "the" and one describing word ("by the Norwegian writer X", "by the novelist X").
 */
const MADE_BY = /^,?\s+(?:([\p{L}-]+)\s+)?by\s+(?:the\s+(?:\p{Ll}[\p{L}-]*\s+)?)?\p{Lu}/u;
/** Most characters read after a quotation's closing mark for its maker (", translated by the novelist X"). */
const MAX_MADE_BY_CHARS = 40;

/**
 * "“Girl with a Jug” by Dana Kelso", "“Low Tide”, directed by Tom Wrede": a title-case quotation followed by who made it
 * is a work's name; speech is followed by who said it ("said Kelso"), not by "by".
 */
function isMadeBy(text: string, outerEnd: number): boolean {
  const made = MADE_BY.exec(text.slice(outerEnd, outerEnd + MAX_MADE_BY_CHARS));
  return (made !== null && (made[1] === undefined || AUTHORING_VERBS.has(made[1].toLowerCase()))) || isFromStudio(text, outerEnd);
}

/**
 * ", a cable series that …", ", the show about …", ", a 1998 novel,": an article, at most three describing words and a
 * work noun (list quote-work-appositive-nouns) that closes the appositive's head (punctuation, a relative or a
 * preposition after it; not a possessive, so "“We won,” the show's host said" stays speech). The comma that sets the
 * appositive off may sit inside the marks (“Low Tide,”) or after them.
 */
const WORK_APPOSITIVE = /^,?\s+(?:an?|the)\s+(?:[\p{L}\p{N}.'’-]+\s+){0,3}?(\p{Ll}[\p{L}-]*)(?=\s*[,.;:)\u2013\u2014]|\s+(?:that|which|whose|where|about|starring|based|from|on|in|set|by|of|with|for|created|hosted|directed|produced|written|released|first)\b)/u;
/** Most characters read after a quotation's closing mark for a work appositive. */
const MAX_APPOSITIVE_CHARS = 60;

/** "“Low Tide,” a cable series that ran for six years": a title-case quotation set beside the noun of a work it names. */
function hasWorkAppositive({ text, outerEnd, content }: QuotedSpan): boolean {
  const after = text.slice(outerEnd, outerEnd + MAX_APPOSITIVE_CHARS);
  if (!content.endsWith(',') && !after.startsWith(',')) {
    return false;
  }
  const appositive = WORK_APPOSITIVE.exec(after);
  return appositive !== null && WORK_APPOSITIVE_NOUNS.has(appositive[1]);
}

/**
 * "shows like “Kelso Road”", "films such as “Low Tide”": a title-case quotation given as an example of a plural work
 * noun (list quote-work-plurals-before-like). `noun` is the word before `before` ("such" before "as").
 */
function isExampleOfWorks({ text, outerStart, before, beforeLower }: QuotedSpan, noun: string): boolean {
  if (beforeLower === 'like') {
    return WORK_PLURALS_BEFORE_LIKE.has(noun);
  }
  if (beforeLower !== 'as' || noun !== 'such') {
    return false;
  }
  const plural = wordBefore(text, outerStart - before.length - 1 - noun.length - 1).toLowerCase();
  return WORK_PLURALS_BEFORE_LIKE.has(plural);
}

/**
 * A quotation closed right before, then a comma or "and"/"or" (the comma inside the marks or after them): the quotation
 * is the next item of a list of quotations.
 */
const LISTED_AFTER_QUOTATION = /(?:,["”] +|[\p{L}\p{N}.!?]["”], *|[\p{L}\p{N},.!?]["”],? +(?:and|or) +)$/u;
/** A comma closing the quotation, then another title-case quotation opening right after it: the list's next item. */
const LISTED_BEFORE_QUOTATION = /^,? +["“](\p{Lu}[^"”\n]{0,80}?)[,.]?["”]/u;
/** Most characters read before a quotation for the one listed before it ("“Low Tide,” “Kelso Road” and “…”"). */
const MAX_LISTED_CHARS = 12;

/**
 * "“Low Tide,” “Kelso Road” and “Salt Roads” are back": a title-case quotation listed after another one (a comma or
 * "and" between the closing mark and this opening one), or the first of the list (a comma, then a title-case
 * quotation), is one of several names of works; speech is not listed so.
 */
function isListedTitle({ text, outerStart, outerEnd, content, words: ws }: QuotedSpan): boolean {
  // "for “R,” or “D,”": letters listed are choices quoted, no works' names.
  if (!ws.some(word => word.length > 1)) {
    return false;
  }
  if (LISTED_AFTER_QUOTATION.test(text.slice(Math.max(0, outerStart - MAX_LISTED_CHARS), outerStart))) {
    return true;
  }
  const next = content.endsWith(',') || text[outerEnd] === ',' ? LISTED_BEFORE_QUOTATION.exec(text.slice(outerEnd, outerEnd + MAX_LISTED_CHARS + MAX_APPOSITIVE_CHARS)) : null;
  return next !== null && isTitleCase(words(next[1])) && words(next[1]).length <= MAX_TITLE_WORDS;
}

/** "from", at most two lower-case describing words (or "the"), then the maker's noun, right after a quotation. */
const FROM_STUDIO = /^,?\s+from\s+(?:(?:the|an?|its|\p{Ll}[\p{L}-]*)\s+){0,2}(\p{Ll}+)\b/u;

/**
 * "“Saltfen” from partner studio X", "“Low Tide”, from the indie label X": a title-case quotation followed by "from" and
 * the studio, developer or label that made it (list quote-work-studio-nouns) is a work's name, as "by X" makes it one.
 */
function isFromStudio(text: string, outerEnd: number): boolean {
  const from = FROM_STUDIO.exec(text.slice(outerEnd, outerEnd + MAX_MADE_BY_CHARS));
  return from !== null && WORK_STUDIO_NOUNS.has(from[1]);
}

/**
 * "Read more: “Why our small stages matter”": a quotation that fills a line after a link label (list
 * `quote-link-labels`) is the linked story's headline, in whatever case it is written.
 */
function isLinkedHeadline(quoted: QuotedSpan): boolean {
  const { text, outerStart, outerEnd } = quoted;
  // Bounded looks on both sides keep the pass linear, however many quotation marks a line holds.
  const windowStart = Math.max(0, outerStart - MAX_LINK_LABEL);
  const head = text.slice(windowStart, outerStart);
  const lineStart = head.lastIndexOf('\n');
  if (lineStart < 0 && windowStart > 0) {
    return false;
  }
  const label = /^\s*([\p{L} ]+?)\s*:\s*$/u.exec(head.slice(lineStart + 1));
  const tail = text.slice(outerEnd, outerEnd + MAX_LINE_TAIL);
  const endsLine = /^[ \t.!?]*\r?\n/.test(tail) || (outerEnd + tail.length === text.length && /^[\s.!?]*$/.test(tail));
  return label !== null && LINK_LABELS.has(label[1].toLowerCase()) && endsLine;
}

/** Longest link label read before a quotation ("Further reading: "), and most characters after it before the line ends. */
const MAX_LINK_LABEL = 24;
const MAX_LINE_TAIL = 8;

/** "the so-called “…”", "known as “…”": a short quoted term. */
function isTerm(quoted: QuotedSpan): boolean {
  const { text, outerStart, words: ws, before, beforeLower } = quoted;
  return ws.length <= MAX_TERM_WORDS
    && (TERM_CONTEXT_WORDS.has(beforeLower) || (beforeLower === 'as' && wordBefore(text, outerStart - before.length - 1).toLowerCase() === 'known'));
}

/** Furthest into the text a headline's quotation may open. */
const MAX_HEADLINE_CHARS = 200;
/** Longest speaker label, in characters, before the colon that opens a headline ("Gov. Jane Q. Doe: "). */
const MAX_HEADLINE_LABEL = 40;
/** A headline's speaker label: one to four capitalised words (initials, titles, hyphens, apostrophes) and the colon. */
const HEADLINE_LABEL = /^(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’.-]*:\s/u;

/**
 * "Sandal: Ferry Timetable ‘Never Costed, Never Checked’ By Board": a quotation in the article's first line (its headline),
 * after a speaker label that opens the line. A title-case headline capitalises the words it quotes, so their case
 * says nothing of a work's name; the label credits them (findCue.ts `openingLabel`), and a label that names no one
 * leaves the quotation uncredited and dropped as before.
 */
function isLabelledHeadlineQuote(text: string, outerStart: number): boolean {
  // Bounded: a headline is short, and only the text's first line is read (constant work per quotation).
  if (outerStart > MAX_HEADLINE_CHARS || text.slice(0, outerStart).includes('\n')) {
    return false;
  }
  const label = HEADLINE_LABEL.exec(text.slice(0, Math.min(outerStart, MAX_HEADLINE_LABEL)));
  // Headline words between the label and the quotation ("Related: “…”" labels a link, quoting nobody).
  return label !== null && label[0].length < outerStart && /\p{L}/u.test(text.slice(label[0].length, outerStart))
    && !LINK_LABELS.has(label[0].replace(/:\s$/, '').toLowerCase());
}

/**
 * Decides what a quoted span is from its words and the words around its marks.
 * outerStart/outerEnd include the marks; start/end exclude them.
 */
export function classifyQuote(text: string, outerStart: number, outerEnd: number, start: number, end: number): QuoteSpanKind {
  const content = text.slice(start, end);
  const before = wordBefore(text, outerStart);
  const quoted: QuotedSpan = { text, outerStart, outerEnd, content, words: words(content), before, beforeLower: before.toLowerCase() };
  if (isLabelledHeadlineQuote(text, outerStart)) {
    return 'speech';
  }
  if (isNickname(quoted)) {
    return 'nickname';
  }
  if (isWorkTitle(quoted) || isLinkedHeadline(quoted)) {
    return 'title';
  }
  return isTerm(quoted) ? 'term' : 'speech';
}
