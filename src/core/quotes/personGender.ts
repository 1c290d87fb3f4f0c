// A person's grammatical gender, for "he" and "she": what the article says about them (honorifics,
// gendered role nouns, "X said she …"), else what their first name suggests. A rule table decides; the
// first rule that fires gives the gender, none leaves it unknown (then either pronoun may stand for them).

import type { Entity } from '../model';
import { analyzeParagraph } from '../entities/paragraph';
import { resolveEntities } from '../entities/resolve';
import {
  FEMALE_ROLE_NOUNS, GENDERED_SUBJECT_PRONOUNS, MALE_ROLE_NOUNS, MENTION_FEMALE_HONORIFICS, MENTION_MALE_HONORIFICS, REPORTING_VERBS_FINITE, TURN_CONTINUING_VERBS,
} from '../lexicon/quotes';
import { UNISEX_GIVEN_NAMES } from '../lexicon/names';
import { lexiconFlags, lowerForm } from '../nlp/adapter';
import { Tag } from '../nlp/tokens';
import { segmentText } from '../paragraphs';
import { endsSentence } from './tokens';
import { openingPronoun } from './sentenceSubject';
import { ruleTable, firstRule, type RuleTable } from '../rules/ruleTable';
import type { Gender } from './mentionIndex';

/** How many times the article points each way. */
interface Votes {
  readonly m: number;
  readonly f: number;
}

/** What the rules read about one person. */
export interface GenderContext {
  /** Honorifics before the person's mentions ("Mr", "Ms", "Sir", "Dame" …). */
  readonly honorifics: Votes;
  /** Gendered role nouns among the person's roles and the titles before their name ("spokeswoman", "son"). */
  readonly roles: Votes;
  /** What the person's first name suggests (compromise's name lexicon). */
  readonly firstName: Gender;
  /** "X said he …", "X added that she …": the pronoun right after the person's own reporting verb. */
  readonly reported: Votes;
  /** "X kept quiet. She later told …": the pronoun opening the sentence after one that opens with the person and names no one else. */
  readonly chained: Votes;
  /** "X said, “…” He continued, …", "“…,” X said. “…,” she added.": the pronoun that goes on with the person's quotation. */
  readonly continued: Votes;
}

/** One side only: m when only men's evidence is there, f when only women's, else undefined. */
function oneSided(votes: Votes): Gender {
  return votes.m > 0 && votes.f === 0 ? 'm' : votes.f > 0 && votes.m === 0 ? 'f' : undefined;
}

/** The context of the last person named in an example sentence. */
function exampleContext(sentence: string): GenderContext {
  const paragraphs = segmentText(sentence).map(segment => ({ offset: segment.start, result: analyzeParagraph(segment.text) }));
  const persons = resolveEntities(sentence, paragraphs).filter(entity => entity.kind === 'person');
  const last = persons.sort((one, other) => one.mentions[0].start - other.mentions[0].start).pop();
  if (!last) {
    throw new Error(`person-gender: the example names no person: ${sentence}`);
  }
  return genderContext(sentence, last, []);
}

export const PERSON_GENDER: RuleTable<GenderContext, 'm' | 'f'> = ruleTable<GenderContext, 'm' | 'f'>({
  id: 'person-gender',
  reason: '"she" never stands for a man known as "Mr" or "he", nor "he" for a woman; the article\'s own words are the best evidence, a first name the weakest.',
  contextOf: exampleContext,
  rules: [
    {
      id: 'male-honorific',
      reason: 'More men\'s honorifics (Mr, Sir, Monsieur …) than women\'s before the person\'s mentions.',
      when: context => context.honorifics.m > context.honorifics.f,
      outcome: 'm',
      examples: { yes: ['The bill was drafted by Mr. Kestrel Vane on Monday.'], no: ['The bill was drafted by Ms. Kestrel Vane on Monday.'] },
    },
    {
      id: 'female-honorific',
      reason: 'More women\'s honorifics (Ms, Mrs, Dame, Madame …) than men\'s before the person\'s mentions.',
      when: context => context.honorifics.f > context.honorifics.m,
      outcome: 'f',
      examples: { yes: ['The bill was drafted by Ms. Kestrel Vane on Monday.'], no: ['The bill was drafted by Mr. Kestrel Vane on Monday.'] },
    },
    {
      id: 'male-role-noun',
      reason: 'A role or kinship noun used for men only ("spokesman", "son", "husband") among the person\'s roles or titles, and none for women.',
      when: context => oneSided(context.roles) === 'm',
      outcome: 'm',
      examples: { yes: ['The campaign spokesman Kestrel Vane declined to comment.'], no: ['The campaign spokeswoman Kestrel Vane declined to comment.'] },
    },
    {
      id: 'female-role-noun',
      reason: 'A role or kinship noun used for women only ("spokeswoman", "daughter", "wife") among the person\'s roles or titles, and none for men.',
      when: context => oneSided(context.roles) === 'f',
      outcome: 'f',
      examples: { yes: ['The campaign spokeswoman Kestrel Vane declined to comment.'], no: ['The campaign spokesman Kestrel Vane declined to comment.'] },
    },
    {
      id: 'reported-pronoun-male',
      reason: '"X said he …": a reporting verb after the person\'s name followed by "he" (and never by "she") speaks of the person as a man; the article\'s own pronoun outweighs a first name (a man\'s name in one language is a woman\'s in another). Only where the name opens its clause: in "an aide who backs X, said he" the verb is the aide\'s.',
      when: context => oneSided(context.reported) === 'm',
      outcome: 'm',
      examples: {
        yes: ['Kestrel Vane said he would not run again.', 'Nicola Ferrante said he would not run again.'],
        no: ['Kestrel Vane said she would not run again.', 'Tomas Brandel, an aide who backs Nicola Ferrante, said he would not run again.'],
      },
    },
    {
      id: 'reported-pronoun-female',
      reason: '"X said she …": a reporting verb after the person\'s name followed by "she" (and never by "he") speaks of the person as a woman; it outweighs a first name, as "X said he" does.',
      when: context => oneSided(context.reported) === 'f',
      outcome: 'f',
      examples: {
        yes: ['Kestrel Vane said she would not run again.', 'Robert Quillan said she would not run again.'],
        no: ['Kestrel Vane said he would not run again.', 'Mira Holt, an aide who backs Robert Quillan, said she would not run again.'],
      },
    },
    {
      id: 'chained-pronoun-male',
      reason: '"X kept quiet. He later told …": a sentence that opens with the person\'s name (a possessive does not count), names no one else and says "he", "she", "his" or "her" nowhere, followed by a sentence that opens with "He" (and never "She"): the next sentence goes on with the only person there is. The article\'s pronoun outweighs a first name, as "X said he" does.',
      when: context => oneSided(context.chained) === 'm',
      outcome: 'm',
      examples: {
        yes: ['Nicola Ferrante kept quiet at the hearing. He later told reporters the vote could wait.'],
        no: ['Nicola Ferrante kept quiet at the hearing. She later told reporters the vote could wait.', 'Nicola Ferrante met Mr. Tarrow at noon. He later told reporters the vote could wait.', 'Nicola Ferrante’s brother kept quiet at the hearing. He later told reporters the vote could wait.'],
      },
    },
    {
      id: 'chained-pronoun-female',
      reason: '"X kept quiet. She later told …": as chained-pronoun-male, for "She"; it outweighs a first name the lexicon files as a man\'s (a woman named Robin or Jean).',
      when: context => oneSided(context.chained) === 'f',
      outcome: 'f',
      examples: {
        yes: ['Robert Quillan kept quiet at the hearing. She later told reporters the vote could wait.'],
        no: ['Robert Quillan kept quiet at the hearing. He later told reporters the vote could wait.', 'Robert Quillan and his wife kept quiet at the hearing. She later told reporters the vote could wait.', 'Robert Quillan met Ms. Vardo at noon. She later told reporters the vote could wait.'],
      },
    },
    {
      id: 'continued-pronoun-male',
      reason: '"X said, “…” He continued, “…”", "“…,” X said. “…,” he added.": a quotation credited to the person by their name and a reporting verb, then "he" (never "she") with a verb that goes on with the same speaker ("added", "continued"), speaks of the person as a man; the article\'s pronoun outweighs a first name, as "X said he" does.',
      when: context => oneSided(context.continued) === 'm',
      outcome: 'm',
      examples: {
        yes: ['Kimberly Tarrow said, "We lose votes because we are not tough enough." He continued, "I believe the port can still grow."', '"We lose votes because we are not tough enough," Kimberly Tarrow said. "I believe the port can still grow," he added.'],
        no: ['Kimberly Tarrow said, "We lose votes because we are not tough enough." He left, "smiling" at the crowd.', '"We lose votes because we are not tough enough," Kimberly Tarrow said. "I believe the port can still grow," she added.'],
      },
    },
    {
      id: 'continued-pronoun-female',
      reason: '"X said, “…” She continued, “…”": as continued-pronoun-male, for "she"; it outweighs a first name the lexicon files as a man\'s.',
      when: context => oneSided(context.continued) === 'f',
      outcome: 'f',
      examples: {
        yes: ['Robert Quillan said, "We lose votes because we are not tough enough." She continued, "I believe the port can still grow."'],
        no: ['Robert Quillan said, "We lose votes because we are not tough enough." He continued, "I believe the port can still grow."'],
      },
    },
    {
      id: 'male-first-name',
      reason: 'A first name the name lexicon knows as a man\'s.',
      when: context => context.firstName === 'm',
      outcome: 'm',
      examples: { yes: ['Robert Quillan declined to comment.'], no: ['Mary Quillan declined to comment.'] },
    },
    {
      id: 'female-first-name',
      reason: 'A first name the name lexicon knows as a woman\'s.',
      when: context => context.firstName === 'f',
      outcome: 'f',
      examples: { yes: ['Mary Quillan declined to comment.'], no: ['Robert Quillan declined to comment.', 'Rowan Quillan declined to comment.'] },
    },
  ],
});

/** Counts of the gendered words of a list among words. */
function roleVotes(words: readonly string[]): Votes {
  let m = 0;
  let f = 0;
  for (const word of words) {
    const lower = word.toLowerCase();
    m += MALE_ROLE_NOUNS.has(lower) ? 1 : 0;
    f += FEMALE_ROLE_NOUNS.has(lower) ? 1 : 0;
  }
  return { m, f };
}

/** "X said he", "X, 54, added that she": the pronoun after the reporting verb that follows a mention. */
const REPORTED_PRONOUN = /^\s*,?\s*(\p{L}+)\s+(?:that\s+)?(\p{L}+)\b/u;

/**
 * Whether the mention opens its clause: nothing, a mark or a capitalised word (a title, a name, a date)
 * before it; not "a superdelegate supporting X, said he", where the verb's subject is the person before.
 */
function opensClause(text: string, start: number): boolean {
  return CLAUSE_OPENING.test(text.slice(Math.max(0, start - 40), start));
}

/** What stands before a name that opens its clause: the start, a mark, or a capitalised word. */
const CLAUSE_OPENING = /(?:^|[.!?,;:()"“”—–]|\s-|\p{Lu}[\p{L}.’']*)\s*$/u;

/** What stands before a name that opens its sentence: the start, a paragraph break or a sentence's end, then at most three capitalised words (an honorific, a title). */
const SENTENCE_OPENING = /(?:^|([.!?])\s+|\n\s*)(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u;

/**
 * The rest of the name's sentence when it holds no capital (no other name), no quotation mark and no gendered pronoun or
 * possessive, to the mark that ends it, with a space after: "Vane kept quiet. " (then openingPronoun reads "She later
 * told …"). Not after a possessive.
 */
const CHAINED_SENTENCE_REST = /^(?![’']s\b)((?:(?!\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Hh]ers|[Hh]imself|[Hh]erself)\b)[^.!?"“”‘’\n\p{Lu}]){0,160})[.!?](?=\s)/u;
/** How far after the name the chained rule reads (the rest of its sentence and the pronoun opening the next). */
const CHAINED_REACH = 200;

/** How far back a quotation before the name's sentence, in its paragraph, is looked for. */
const EARLIER_QUOTE_WINDOW = 200;

/** The most words of a sentence that only pauses a speaker's turn ("Dana nodded.", "Tom smiled at that."). */
const PAUSE_WORDS = 3;

function isPause(rest: string): boolean {
  return rest.trim().split(/\s+/).filter(Boolean).length <= PAUSE_WORDS;
}

function quotedEarlierInParagraph(text: string, sentenceStart: number): boolean {
  const before = text.slice(Math.max(0, sentenceStart - EARLIER_QUOTE_WINDOW), sentenceStart);
  return /["“”]/.test(before.slice(before.lastIndexOf('\n') + 1));
}

/** "He"/"She" when the sentence after the mention's goes on with the person by that pronoun (CHAINED_SENTENCE_REST, openingPronoun), else undefined. */
function chainedPronoun(text: string, start: number, end: number): string | undefined {
  const from = Math.max(0, start - 40);
  const opening = SENTENCE_OPENING.exec(text.slice(from, start));
  // "said Mr. Vane": the full stop of an abbreviation opens no sentence.
  if (!opening || (opening[1] !== undefined && !endsSentence(text, from + opening.index, text.length))) {
    return undefined;
  }
  const rest = CHAINED_SENTENCE_REST.exec(text.slice(end, end + CHAINED_REACH));
  const next = rest ? openingPronoun(text, end + rest[0].length, end + CHAINED_REACH) : undefined;
  if (!rest || !next) {
    return undefined;
  }
  // "“…,” Orla said. Dana nodded. She added: “…”": after a quotation in the same paragraph, a sentence of a few words
  // about someone else is a pause in that speaker's turn, and the pronoun after it goes on with the speaker.
  if (isPause(rest[1]) && quotedEarlierInParagraph(text, from + opening.index)) {
    return undefined;
  }
  // The mark after the rest of the sentence must end it ("… on St. Mary's Road. He" does not).
  return endsSentence(text, end + rest[1].length, text.length) ? next.pronoun : undefined;
}

/** Opening and closing marks of a quotation the continued-pronoun rules read across. */
const CLOSING_MARK: Readonly<Record<string, string>> = { '“': '”', '"': '"' };
/** How long a quotation the continued-pronoun rules read across may be (characters). */
const CONTINUED_QUOTE_REACH = 1500;

/** "X said, “": the person's reporting verb (and a few words of time or place) right before an opening mark; the mark's offset, else -1. */
const REPORTED_BEFORE_QUOTE = /^\s+(\p{L}+)(?:\s+[\p{L}\p{N}]+){0,4}?\s*[,:]?\s*([“"])/u;
/** "“…,” X said.": the person's reporting verb after a quotation that breaks off, to the full stop ending the sentence. */
const REPORTED_AFTER_QUOTE = /^\s+(\p{L}+)[^.!?\n“”"]{0,60}\.\s+/u;
/** "“…,” he added." after the next quotation (group 1: the pronoun, group 2: the verb); "He continued," opening the next sentence is openingPronoun's. */
const CONTINUING_AFTER_QUOTE = /^\s*[“"][^“”"]{1,800}?[,?!][”"]\s+(he|she)\s+(?:then\s+|also\s+|later\s+)?(\p{Ll}+)/u;

/** The pronoun ("he"/"she") of a sentence that goes on with the speaker of the quotation ending at `from` ("He continued,"), if any. */
function continuingPronoun(text: string, from: number): string | undefined {
  const to = from + CONTINUED_QUOTE_REACH;
  const opening = openingPronoun(text, from, to);
  const next = opening?.word !== undefined ? undefined : CONTINUING_AFTER_QUOTE.exec(text.slice(from, to));
  const pronoun = opening?.word !== undefined ? opening.pronoun : next?.[1];
  const verb = opening?.word ?? next?.[2];
  return pronoun && verb && TURN_CONTINUING_VERBS.has(verb) ? pronoun.toLowerCase() : undefined;
}

/**
 * "X said, “…” He continued, …" / "“…,” X said. “…,” he added.": the pronoun that goes on with a quotation credited to the
 * mention by its reporting verb, else undefined. The mention must open its clause ("an aide to X said" is the aide's).
 */
function continuedPronoun(text: string, start: number, end: number): string | undefined {
  if (!opensClause(text, start)) {
    return undefined;
  }
  const rest = text.slice(end, end + 80);
  const before = REPORTED_BEFORE_QUOTE.exec(rest);
  if (before && REPORTING_VERBS_FINITE.has(before[1].toLowerCase())) {
    const open = end + before[0].length;
    const close = text.indexOf(CLOSING_MARK[before[2]], open);
    return close < 0 || close - open > CONTINUED_QUOTE_REACH || text.slice(open, close).includes('\n') ? undefined : continuingPronoun(text, close + 1);
  }
  const after = /[,?!]\s*[”"]\s*$/u.test(text.slice(Math.max(0, start - 4), start)) ? REPORTED_AFTER_QUOTE.exec(rest) : null;
  return after && REPORTING_VERBS_FINITE.has(after[1].toLowerCase()) && endsSentence(text, end + after[0].trimEnd().length - 1, text.length)
    ? continuingPronoun(text, end + after[0].length) : undefined;
}

/** What the article says about the person's gender; titles are the title words written before their mentions. */
export function genderContext(text: string, entity: Entity, titles: readonly (readonly string[])[]): GenderContext {
  let honorM = 0;
  let honorF = 0;
  let saidM = 0;
  let saidF = 0;
  let chainM = 0;
  let chainF = 0;
  let contM = 0;
  let contF = 0;
  for (const m of entity.mentions) {
    const word = /([\p{L}]+)\.?\s+$/u.exec(text.slice(Math.max(0, m.start - 12), m.start))?.[1]?.toLowerCase();
    if (word !== undefined && MENTION_MALE_HONORIFICS.has(word) && word !== 'm') {
      honorM++;
    } else if (word !== undefined && MENTION_FEMALE_HONORIFICS.has(word)) {
      honorF++;
    }
    const reported = opensClause(text, m.start) ? REPORTED_PRONOUN.exec(text.slice(m.end, m.end + 40)) : null;
    const pronoun = reported?.[2]?.toLowerCase() ?? '';
    if (reported && REPORTING_VERBS_FINITE.has(reported[1].toLowerCase()) && GENDERED_SUBJECT_PRONOUNS.has(pronoun)) {
      saidM += pronoun === 'he' ? 1 : 0;
      saidF += pronoun === 'she' ? 1 : 0;
    }
    const chained = chainedPronoun(text, m.start, m.end);
    chainM += chained === 'He' ? 1 : 0;
    chainF += chained === 'She' ? 1 : 0;
    const continued = continuedPronoun(text, m.start, m.end);
    contM += continued === 'he' ? 1 : 0;
    contF += continued === 'she' ? 1 : 0;
  }
  const words = entity.name.split(/\s+/);
  // A first name borne by men and women alike (unisex-given-names) gives no gender, whatever the tagger's lexicon says.
  const flags = words.length < 2 || UNISEX_GIVEN_NAMES.has(lowerForm(words[0])) ? 0 : lexiconFlags(lowerForm(words[0]));
  const roleWords = [...entity.roles.flatMap(role => role.text.split(/[\s,]+/)), ...titles.flat()];
  return {
    honorifics: { m: honorM, f: honorF },
    roles: roleVotes(roleWords),
    firstName: flags & Tag.FemaleName ? 'f' : flags & Tag.MaleName ? 'm' : undefined,
    reported: { m: saidM, f: saidF },
    chained: { m: chainM, f: chainF },
    continued: { m: contM, f: contF },
  };
}

/** The person's gender by the first rule of the person-gender table that fires; undefined when none does. */
export function personGender(text: string, entity: Entity, titles: readonly (readonly string[])[]): Gender {
  return firstRule(PERSON_GENDER, genderContext(text, entity, titles))?.outcome;
}
