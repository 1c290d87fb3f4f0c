// Roles stated in a later sentence about a person named earlier in the paragraph: "She is the company's chief
// executive." (a pronoun and a predicate post) and "The 52-year-old farmer said …" (an age makes the description
// point back at the one person just named). The sentence yields the role; the paragraph picks the person.
import { ARTICLES } from '../lexicon/determiners';
import { GENDERED_PRONOUNS, NEWSROOM_POSTS, PRONOUN_POST_AUXILIARIES, PRONOUN_POST_VERBS } from '../lexicon/roles';
import type { Sentence } from '../nlp/tokens';
import { titlePhraseAt } from './rolePhrase';
import { roleText, type OwnedSpan, type RoleContext, type Span } from './roleSpans';
import { Evidence, type Gender, type NameCandidate } from './types';
import { TitlePart, isCapitalised, joined } from './words';

/** A role about someone named before this sentence, with the gender its pronoun gives. */
export interface BackReference extends Span {
  readonly gender?: Gender;
}

/** "52-year-old" as one token or as tokens 52 / year / old joined by hyphens, from `from`; the index of its last token, if there. */
function ageEnd(sentence: Sentence, from: number): number | undefined {
  if (/^\d{1,3}-year-old$/.test(sentence[from]?.lower ?? '')) {
    // "52-year-old," before a comma is one token.
    return from;
  }
  const [count, year, old] = [sentence[from], sentence[from + 1], sentence[from + 2]];
  const hyphens = count && year && old && count.post === '-' && year.post === '-';
  return hyphens && /^\d{1,3}$/.test(count.text) && year.lower === 'year' && old.lower === 'old' ? from + 2 : undefined;
}

/** The post verb after a pronoun opening the sentence, past auxiliaries ("She has long been …"). */
function pronounPostVerb(sentence: Sentence): number | undefined {
  const isAuxiliary = (at: number): boolean => PRONOUN_POST_AUXILIARIES.has(sentence[at]?.lower ?? '');
  let verb = 1;
  while (verb < sentence.length && isAuxiliary(verb) && !(PRONOUN_POST_VERBS.has(sentence[verb].lower) && !isAuxiliary(verb + 1))) {
    verb++;
  }
  return sentence[verb] && PRONOUN_POST_VERBS.has(sentence[verb].lower) ? verb : undefined;
}

/** "She is the company's chief executive.": a pronoun opening the sentence, a copula, a post. */
export function pronounPost(context: RoleContext): BackReference[] {
  const gender = GENDERED_PRONOUNS.get(context.sentence[0]?.lower ?? '');
  const verb = gender ? pronounPostVerb(context.sentence) : undefined;
  const role = verb === undefined ? undefined : titlePhraseAt(context, verb + 1);
  return role ? [{ ...role, gender }] : [];
}

/** "The 52-year-old farmer said …" or "The 52-year-old, a farmer, said …": an aged description opening the sentence. */
export function agedDescription(context: RoleContext): BackReference[] {
  const { sentence, parts } = context;
  const old = sentence[0]?.lower === 'the' ? ageEnd(sentence, 1) : undefined;
  if (old === undefined) {
    return [];
  }
  // "The 68-year-old, a former farmer who …, said": an appositive after the bare age is the post.
  if (/^,\s*$/.test(sentence[old].post) && ARTICLES.has(sentence[old + 1]?.lower ?? '')) {
    const post = titlePhraseAt(context, old + 1);
    return post ? [post] : [];
  }
  let head = old + 1;
  while (head < sentence.length && parts[head] === TitlePart.Modifier && joined(sentence[head], sentence[head + 1] ?? sentence[head])) {
    head++;
  }
  return parts[head] === TitlePart.Head ? [roleText(sentence, 1, head)] : [];
}

/** Most words of a post line's post ("Chief Football Writer", "Local Democracy Reporter"). */
const MAX_POST_LINE_WORDS = 5;

/**
 * The words of a post line's post: Title Case ("Diplomatic Editor"), or in sentence case after a capital that is no
 * article ("Political reporter", as some broadcasters print it).
 */
function postLineWords(words: Sentence): boolean {
  const [first, ...rest] = words;
  return isCapitalised(first) && !ARTICLES.has(first.lower) && rest.every(token => isCapitalised(token) || /^[a-z]+$/.test(token.text));
}

/**
 * The last token of the post when the sentence is a newsroom post line: Title Case words ending in a head of
 * \`role-newsroom-posts\`, then nothing, or a comma and a place in Title Case ("Diplomatic Editor, Marwick"), with
 * no closing full stop (a line, not a sentence).
 */
export function postLineEnd(sentence: Sentence): number | undefined {
  const head = sentence.findIndex(token => NEWSROOM_POSTS.has(token.lower));
  if (head < 0 || head >= MAX_POST_LINE_WORDS || !postLineWords(sentence.slice(0, head + 1)) || /["“‘']/.test(sentence[0].pre)) {
    return undefined;
  }
  const rest = sentence.slice(head + 1);
  const place = rest.length === 0 || (/^,\s*$/.test(sentence[head].post) && rest.every(token => isCapitalised(token) || token.lower === 'the'));
  return place && !/[.!?]/.test(sentence[sentence.length - 1].post) ? head : undefined;
}

/** Most name words before a byline's post on the same line ("Dana Maria Kelso Political editor"). */
const MAX_BYLINE_NAME_WORDS = 4;

/**
 * "Dana Kelso Home affairs correspondent", "Tom Wrede Political editor": a web byline with no "By", the writer's name
 * and post on one line, the post in sentence case (a capital, lower-case words, a head of \`role-newsroom-posts\` ending
 * the line with no full stop). The index of the post's first word, or undefined: two to four capitalised name words
 * before it, all joined. Title Case ("Dana Kelso Home Affairs Editor") is left alone: its capitals may all be a name's.
 */
export function bylinePostStart(sentence: Sentence): number | undefined {
  const head = sentence.length - 1;
  if (head < 3 || !NEWSROOM_POSTS.has(sentence[head].lower) || /[.!?]/.test(sentence[head].post) || /["“‘']/.test(sentence[0].pre)) {
    return undefined;
  }
  let start = head;
  while (start > 0 && /^\p{Ll}+$/u.test(sentence[start].text)) {
    start--;
  }
  const names = sentence.slice(0, start);
  return start < head && start >= 2 && start <= MAX_BYLINE_NAME_WORDS && isCapitalised(sentence[start]) && !ARTICLES.has(sentence[start].lower)
    && names.every(token => isCapitalised(token)) && sentence.slice(0, head).every((token, i) => joined(token, sentence[i + 1])) ? start : undefined;
}

/** "Dana Kelso Home affairs correspondent": the post after the name on a byline line (\`bylinePostStart\`), the name's role. */
export function bylinePost(context: RoleContext): OwnedSpan[] {
  const start = bylinePostStart(context.sentence);
  const draft = start === undefined ? -1 : context.drafts.findIndex(candidate => candidate.last === start - 1);
  return start === undefined || draft < 0 ? [] : [{ ...roleText(context.sentence, start, context.sentence.length - 1), draft }];
}

/**
 * "By Dana Kelso, Chief Football Writer", "By Dana Kelso, Football Correspondent | Tuesday, 14 May": a byline's name
 * after "By", a comma, and the writer's post in capitals up to a head of \`role-newsroom-posts\` that ends the line or
 * stands before a bar (the date after it). The post is the writer's role; "Writer" and "Critic" are no title heads
 * elsewhere, so the appositive cues miss it.
 */
/** The most words of an outlet's name closing a byline after the post ("…, Chief Football Writer, The Kelso Clarion"). */
const MAX_BYLINE_OUTLET_WORDS = 4;

/** "By X, Chief Football Writer, The Kelso Clarion": after the post's head, a comma and the outlet's capitalised words to the line's end. */
function outletClosesLine(sentence: Sentence, head: number): boolean {
  if (!/^,\s+$/.test(sentence[head].post)) {
    return false;
  }
  let end = head + 1;
  while (end < sentence.length - 1 && !/\n/.test(sentence[end].post)) {
    end++;
  }
  const outlet = sentence.slice(head + 1, end + 1);
  return outlet.length > 0 && outlet.length <= MAX_BYLINE_OUTLET_WORDS && outlet.every(token => isCapitalised(token));
}

export function bylineCommaPost(context: RoleContext): OwnedSpan[] {
  const { sentence, drafts } = context;
  const draft = sentence[0]?.text === 'By' ? context.startsAt.get(1) : undefined;
  if (draft === undefined || !/^,\s+$/.test(sentence[drafts[draft].last].post)) {
    return [];
  }
  const start = drafts[draft].last + 1;
  for (let head = start; head < sentence.length && head - start < 5 && isCapitalised(sentence[head]); head++) {
    const ends = head === sentence.length - 1 || /\n/.test(sentence[head].post) || sentence[head + 1]?.text === '|' || outletClosesLine(sentence, head);
    if (NEWSROOM_POSTS.has(sentence[head].lower) && ends) {
      return [{ ...roleText(sentence, start, head), draft }];
    }
  }
  return [];
}

/** "Diplomatic Editor, Marwick" on its own line: the post of the person the byline above names (resolve.ts places it). */
export function postLine(context: RoleContext): BackReference[] {
  const end = postLineEnd(context.sentence);
  return end === undefined ? [] : [roleText(context.sentence, 0, end)];
}

const PERSON_EVIDENCE = Evidence.Title | Evidence.Honorific | Evidence.Appositive | Evidence.FirstName | Evidence.PersonTags;
const OTHER_EVIDENCE = Evidence.OrgHead | Evidence.OrgTag | Evidence.Place | Evidence.Acronym | Evidence.Prefix;

/** Index of the latest person-like name before this sentence that a back reference can mean (its gender agreeing). */
export function referredName(names: readonly NameCandidate[], gender: Gender | undefined): number | undefined {
  for (let n = names.length - 1; n >= 0; n--) {
    const candidate = names[n];
    if ((candidate.evidence & PERSON_EVIDENCE) === 0n || (candidate.evidence & OTHER_EVIDENCE) !== 0n || candidate.expands !== undefined) {
      continue;
    }
    const known = candidate.honorific?.gender ?? candidate.gender;
    if (!gender || !known || known === gender) {
      return n;
    }
  }
  return undefined;
}
