// Which person mentions are the subjects of their sentences: the people a later "he" or "she" most
// likely stands for. A rule table decides each mention in document order; the first rule that fires
// decides. A sentence has one subject, except that a person credited with words later in it is one too.

import { analyzeParagraph } from '../entities/paragraph';
import { resolveEntities } from '../entities/resolve';
import { DEFINITE_DETERMINERS } from '../lexicon/determiners';
import { RELATION_NOUNS, TITLE_HEADS, has } from '../lexicon/entities';
import { GENDERED_SUBJECT_PRONOUNS, PREPOSITIONS, REPORTING_VERBS_FINITE, TITLE_NOUNS } from '../lexicon/quotes';
import { CLAUSE_CONNECTIVES, CLAUSE_SUBORDINATORS, OPENING_ADVERBS, QUESTION_VERBS } from '../lexicon/quoteCues';
import { segmentText } from '../paragraphs';
import { ruleTable, firstRule, type RuleTable } from '../rules/ruleTable';
import { findQuotes } from './findQuotes';
import { MentionIndex, type IndexedMention } from './mentionIndex';
import { lexiconFlags } from '../nlp/adapter';
import { Tag } from '../nlp/tokens';
import { endsSentence, isMask, maskQuotes } from './tokens';

/** A person made the subject of a sentence (or credited with words in it), at a document position. */
export interface SubjectEvent {
  readonly pos: number;
  readonly id: string;
}

/** Only an honorific or a title's capitalised words stand before a name that opens its sentence. */
const SENTENCE_OPENING_NAME = /^\s*(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u;
/** How far back from a name a title may reach to a preposition ("of 2012 party nominee <name>"). */
const TITLE_WORDS_BACK = 4;

/** What the rules read about one person mention. */
export interface SubjectContext {
  readonly inQuotation: boolean;
  /** An earlier mention or a "he"/"she" already is the subject of the sentence. */
  readonly sentenceHasSubject: boolean;
  /** A reporting verb follows the name ("…, Y added"). */
  readonly reportedAfter: boolean;
  /** "… when Y asked whether …": a subordinator right before the name and a verb of asking right after it. */
  readonly askerInSubordinate: boolean;
  /** A comma and a reporting verb stand before the name, maybe with its title ("…, said spokesman Y"). */
  readonly reportedBefore: boolean;
  /** The name is possessive and does not open its sentence ("the aide to X’s rival"). */
  readonly possessiveInside: boolean;
  /** "As for X, …": the name is the topic the sentence turns to, set off by a comma. */
  readonly topicFronted: boolean;
  /** A preposition stands before the name, directly or before its title ("of former governor X"). */
  readonly afterPreposition: boolean;
  /** "he" or "she" stands before the name in its clause ("she backed governor X"). */
  readonly afterGenderedPronoun: boolean;
  /** "His time beat the mark X set": "His"/"Her" opens the sentence and the name comes well after, no apposition. */
  readonly afterOpeningPossessive: boolean;
  /** Only a title stands between the person named before and this name ("X spokesman Y", "X’s campaign manager Y"). */
  readonly titledByPrevious: boolean;
  /** "according to" and at most a title stand before the name ("…, according to crew manager Y."). */
  readonly accordingTo: boolean;
  /** "The plan was backed by Y, who said …": the agent of a passive, credited with words by a relative clause after the name. */
  readonly creditedAgent: boolean;
  /** "When X died in 2003, Governor Y released …": the name opens the main clause after a sentence-opening subordinate clause. */
  readonly afterOpeningSubordinate: boolean;
}

/** 'subject': the mention is the sentence's subject; 'pronoun-subject': a pronoun is, so no later name is; 'not-subject': neither. */
export type SubjectOutcome = 'subject' | 'pronoun-subject' | 'not-subject';

/** The context of the last person mention of an example sentence, as the resolver builds it. */
function exampleContext(sentence: string): SubjectContext {
  const paragraphs = segmentText(sentence).map(segment => ({ offset: segment.start, result: analyzeParagraph(segment.text) }));
  const entities = resolveEntities(sentence, paragraphs);
  const masked = maskQuotes(sentence, findQuotes(sentence));
  let last: SubjectContext | undefined;
  walkSubjects(sentence, masked, new MentionIndex(entities), context => {
    last = context;
  });
  if (!last) {
    throw new Error(`sentence-subject: the example names no person: ${sentence}`);
  }
  return last;
}

export const SENTENCE_SUBJECT: RuleTable<SubjectContext, SubjectOutcome> = ruleTable<SubjectContext, SubjectOutcome>({
  id: 'sentence-subject',
  reason: 'A later "he" or "she" usually continues the subject of the sentences before it, so the resolver needs each sentence\'s subject, not every name in it.',
  contextOf: exampleContext,
  rules: [
    {
      id: 'inside-quotation',
      reason: 'A name inside a quotation is what the speaker talked about, not whom the narration is about.',
      when: context => context.inQuotation,
      outcome: 'not-subject',
      examples: {
        yes: ['“We never trusted Ilse Varga on this,” the union said.'],
        no: ['Ilse Varga said the union had never trusted her.'],
      },
    },
    {
      id: 'asker-in-subordinate',
      reason: 'A person who puts a question in a clause opened by a subordinator after the sentence\'s subject ("X did not sound sure when Y asked whether …") is the interviewer; the answer and a later "he"/"she" stay with the subject, so the asker is no second subject as a person credited with words later is (reported-later).',
      when: context => context.sentenceHasSubject && context.askerInSubordinate,
      outcome: 'not-subject',
      examples: {
        yes: ['Idris Penhale did not sound sure when Tom Wrede asked whether the harbour seats were safe.'],
        no: ['Idris Penhale did not sound sure when Tom Wrede said the harbour seats were safe.', 'Idris Penhale did not sound sure, and Tom Wrede asked whether the harbour seats were safe.'],
      },
    },
    {
      id: 'reported-later',
      reason: 'A person credited with words later in the sentence ("X’s guards stopped him, Y added") is its subject too; not a name closing an appositive after a preposition ("X, director for Y, said": the verb is X\'s), nor one set off from the verb by a comma, which closes an appositive of the subject before it ("X, a pastor who advised Y, said", "X, pastor of a church in Tarrow, Y, said"), nor one before a verb that only begins a longer one ("X said Y continued to …").',
      when: context => context.sentenceHasSubject && context.reportedAfter && !context.afterPreposition,
      outcome: 'subject',
      examples: {
        yes: ['Tomas Brandel’s guards stopped the car at the gate, Ilse Varga said on Monday.'],
        no: [
          'Tomas Brandel’s guards stopped the car at the gate of Ilse Varga on Monday.',
          'Tomas Brandel, field director for Ilse Varga, said the count was close.',
          'Tomas Brandel, a pastor who once advised Ilse Varga, said the count was close.',
          'Tomas Brandel said Ilse Varga continued to lead the count.',
        ],
      },
    },
    {
      id: 'reported-inverted',
      reason: 'A person credited after a comma and a reporting verb ("… is a costly plan, said Y") is the sentence\'s speaker and so its subject too, as with "…, Y said"; the name that opened the sentence was only talked about.',
      when: context => context.sentenceHasSubject && context.reportedBefore,
      outcome: 'subject',
      examples: {
        yes: ['Ilse Varga’s plan is a costly one, said Tomas Brandel on Monday.', 'Ilse Varga’s plan is a costly one, said spokesman Tomas Brandel.'],
        no: ['Ilse Varga’s plan is a costly one and Tomas Brandel said so on Monday.', 'Ilse Varga’s aide, said Tomas Brandel was wrong.', 'Ilse Varga said Tomas Brandel would lead the list.'],
      },
    },
    {
      id: 'according-to-source',
      reason: 'A person the sentence\'s report comes from ("…, according to crew manager Y.", "According to its area manager, Y, …") is credited with its words, as "…, Y said" is, so a later "he"/"she" may continue them; the preposition does not make them a mere complement.',
      when: context => context.accordingTo,
      outcome: 'subject',
      examples: {
        yes: ['Crews pulled eleven people from cars, according to crew manager Ilse Varga.', 'According to its area manager, Ilse Varga, the alert went out early.'],
        no: ['Crews pulled eleven people from cars, according to a report by Ilse Varga.', 'Crews pulled eleven people from cars at the request of Ilse Varga.'],
      },
    },
    {
      id: 'titled-by-subject',
      reason: 'A name after another person\'s name and a title or job noun ("X spokesman Y", "X’s campaign manager Y", "X consultant Y", capitalised or not: "X campaign Chairman Y") is the one the sentence is about: the name before only says whose the title is. Not after "and", "with" or "the" ("X and scholar Y" are two people).',
      when: context => context.sentenceHasSubject && context.titledByPrevious,
      outcome: 'subject',
      examples: {
        yes: [
          'Ilse Varga spoke first. Varga spokesman Tomas Brandel would not say when the vote will be held.', 'Senator Ilse Varga’s campaign manager Tomas Brandel left the hall.',
          'Ilse Varga spoke first. Varga consultant Tomas Brandel, the county pollster, took the same line.',
          'Ilse Varga’s daughter, Dana Brandel, 44, paid tribute outside court.', 'Mr Varga’s lawyer, Dana Brandel, read a statement.',
          'Ilse Varga spoke first. And Varga campaign Chairman Tomas Brandel offered a slogan when asked how she would fight.',
        ],
        no: [
          'Ilse Varga told spokesman Tomas Brandel to leave the hall.', 'Ilse Varga met Tomas Brandel at the gate on Monday.',
          'Ilse Varga and scholar Tomas Brandel advised the board on the order.',
          'Ilse Varga’s budget, Tomas Brandel argued, was too large.', 'Ilse Varga’s daughter, not Tomas Brandel, was named.',
          'Ilse Varga spoke first. Then Varga and Campaign Manager Tomas Brandel left the hall together.',
        ],
      },
    },
    {
      id: 'credited-passive-agent',
      reason: '"X\'s plan was backed on Friday by Y, who said …": the agent of a passive who is credited with words in a relative clause right after the name is the one the sentence reports as speaking, as "…, Y said" is, so a later "he"/"she" may continue them; the sentence\'s grammatical subject is only what they acted on. Not an agent who only acts ("was backed by Y, who chairs …"), nor a name after "by" with no passive before it ("a letter signed by Y").',
      when: context => context.sentenceHasSubject && context.creditedAgent,
      outcome: 'subject',
      examples: {
        yes: ['Ilse Varga’s plan was backed on Friday by Tomas Brandel, the county treasurer, who said the sums were sound.'],
        no: [
          'Ilse Varga’s plan was backed on Friday by Tomas Brandel, who chairs the county board.',
          'Ilse Varga’s plan was backed on Friday by a letter to Tomas Brandel, who said the sums were sound.',
          'Ilse Varga read a note by Tomas Brandel, who said the sums were sound.',
        ],
      },
    },
    {
      id: 'main-clause-after-subordinate',
      reason: 'A sentence opened by a subordinate clause ("When X died in 2003, Governor Y released the following statement:", "After X spoke, Y left") has its own subject in the main clause after the comma: a name there, with only a title before it and a verb after it, is a subject too, the later one, so a colon introduction, a quotation paragraph after it and a later "he"/"she" go on with it, not with the person of the subordinate clause.',
      when: context => context.sentenceHasSubject && context.afterOpeningSubordinate,
      outcome: 'subject',
      examples: {
        yes: ['When Tomas Brandel died in 2003, Governor Ilse Varga released the following statement:', 'After Tomas Brandel spoke, Ilse Varga left the hall.'],
        no: ['Tomas Brandel spoke when Ilse Varga left the hall.', 'When Tomas Brandel met Ilse Varga, the talks began.', 'When Tomas Brandel spoke, the crowd cheered Ilse Varga.'],
      },
    },
    {
      id: 'subject-taken',
      reason: 'A sentence has one subject: the first person named in it (or a pronoun before them).',
      when: context => context.sentenceHasSubject,
      outcome: 'not-subject',
      examples: {
        yes: ['Tomas Brandel met Ilse Varga at the gate on Monday.'],
        no: ['At the gate on Monday the guards stopped Ilse Varga.'],
      },
    },
    {
      id: 'possessive-inside',
      reason: 'A possessive is the topic only when it opens the sentence ("X’s decision comes after …").',
      when: context => context.possessiveInside,
      outcome: 'not-subject',
      examples: {
        yes: ['The council rejected the plan after a long debate over Ilse Varga’s budget.'],
        no: ['Ilse Varga’s budget was rejected by the council after a long debate.'],
      },
    },
    {
      id: 'topic-fronted',
      reason: '"As for X, he said …", "For X, the fight is personal": the name the sentence turns to, set off before its clause, is whom the pronoun after it continues, although a preposition stands before it. "For" only where it opens the sentence: inside one it is a complement ("a win for X, who …").',
      when: context => context.topicFronted && !context.sentenceHasSubject,
      outcome: 'subject',
      examples: {
        yes: ['Tomas Brandel spoke first. As for Ilse Varga, she said she was not worried.', 'Tomas Brandel spoke first. For Ilse Varga, a nurse from Tarrow, the vote is personal.'],
        no: [
          'Tomas Brandel spoke first. As for the vote, Ilse Varga said she was not worried.', 'Tomas Brandel spoke as well as Ilse Varga, who was not worried.',
          'Tomas Brandel spoke first. It was a win for Ilse Varga, a nurse from Tarrow.', 'Tomas Brandel spoke first. For years, Ilse Varga ran the clinic.',
        ],
      },
    },
    {
      id: 'after-preposition',
      reason: 'A name after a preposition, directly or after its title ("a supporter of former governor X"), is a complement, not the subject.',
      when: context => context.afterPreposition,
      outcome: 'not-subject',
      examples: {
        yes: ['The plan drew praise from Ilse Varga on Monday.', 'It was an early show of support for former party chairman Ilse Varga.'],
        no: ['After the vote the party chairman Ilse Varga left the hall.', 'That, party Chief of Staff Ilse Varga explained, is by design.'],
      },
    },
    {
      id: 'after-gendered-pronoun',
      reason: 'When "he" or "she" opens the clause, or the sentence, that pronoun is the subject and continues the person before; a name later in the clause (or in a later clause of a sentence it opens) is a complement ("she was a supporter of X"), unless credited with words there.',
      when: context => context.afterGenderedPronoun,
      outcome: 'pronoun-subject',
      examples: {
        yes: [
          'She has backed candidates before and was an early supporter of Ilse Varga.', 'Asked who would lead the party, he named Ilse Varga.',
          'He married in May, practices law in Tarrow, and counts himself an Ilse Varga voter.',
          'What upset her most, she said, was the night a caller asked Ilse Varga to resign.',
          'On Sunday, she told the board that, after the vote, Ilse Varga had called her at the clinic.',
        ],
        no: [
          'When he arrived, Ilse Varga was waiting at the gate.', 'He left the hall early, Ilse Varga said.', 'What upset her most, she said, was that Ilse Varga said nothing.',
          'Asked about the vote, she said it was close. Ilse Varga disagreed.',
        ],
      },
    },
    {
      id: 'after-opening-possessive',
      reason: '"His 10.02 in the final took a tenth off the record X set in 2009.": a sentence opened by "His" or "Her" is about the person before, whose thing it names; a name well into it (past the opening noun phrase, where an appositive would name the owner\'s kin or coach: "His coach, X, said") is a complement, unless credited with words there.',
      when: context => context.afterOpeningPossessive && !context.sentenceHasSubject,
      outcome: 'pronoun-subject',
      examples: {
        yes: ['Tomas Brandel ran the race of his life. His time in the final beat the old mark that Ilse Varga set in 2009.'],
        no: ['Tomas Brandel ran the race of his life. His coach, Ilse Varga, called it the best of the year.', 'Tomas Brandel ran well. His time in the final was the fastest of the year, Ilse Varga said.'],
      },
    },
    {
      id: 'first-person-named',
      reason: 'Otherwise the first person named in the sentence is, roughly, its subject.',
      when: context => !context.sentenceHasSubject,
      outcome: 'subject',
      examples: {
        yes: ['Ilse Varga left the hall after the vote.'],
        no: ['Tomas Brandel met Ilse Varga at the gate on Monday.'],
      },
    },
  ],
});

/** Whether a preposition stands before the title words that precede a name ("of 2012 party nominee <name>"). */
function prepositionBeforeTitle(masked: string, start: number): boolean {
  const before = masked.slice(Math.max(0, start - 80), start);
  const bare = (word: string): string => word.toLowerCase();
  if (PREPOSITIONS.has(bare(/(\p{L}+)\s*$/u.exec(before.slice(-20))?.[1] ?? ''))) {
    return true;
  }
  const words = before.split(/\s+/).filter(word => word.length > 0);
  const last = words[words.length - 1];
  if (last === undefined || !/^[\p{L}\d-]+$/u.test(last)) {
    return false;
  }
  // Only a title ends in a title noun or a capitalised word; a title's words are read back to the word before them.
  if (!TITLE_NOUNS.has(bare(last)) && !/^\p{Lu}/u.test(last)) {
    return false;
  }
  for (let i = words.length - 2, n = 1; i >= 0 && n <= TITLE_WORDS_BACK; i--, n++) {
    const word = words[i];
    if (!/^[\p{L}\d-]+$/u.test(word)) {
      return false;
    }
    // "Chief of Staff", "Secretary of State": a preposition after a title's own word is part of the title.
    const titleInside = i > 0 && (/^\p{Lu}/u.test(words[i - 1]) || TITLE_NOUNS.has(bare(words[i - 1])));
    if (PREPOSITIONS.has(bare(word)) && !titleInside) {
      return true;
    }
    if (DEFINITE_DETERMINERS.has(bare(word))) {
      return i > 0 && PREPOSITIONS.has(bare(words[i - 1]));
    }
  }
  return false;
}

/** "according to" and up to four words (a title, maybe set off by a comma: "according to its area manager, ") before a name. */
const ACCORDING_TO_BEFORE = /\baccording\s+to\s+((?:[\p{L}’'.-]+,?\s+){0,4})$/iu;

/** Whether "according to" stands before the name with at most a title between (no preposition: not "according to a report by Y"). */
function accordingToBefore(masked: string, start: number): boolean {
  const words = ACCORDING_TO_BEFORE.exec(masked.slice(Math.max(0, start - 70), start))?.[1];
  return words !== undefined && !words.split(/[\s,]+/u).some(word => PREPOSITIONS.has(word.toLowerCase()));
}

/**
 * A passive before "by" and the name, with at most three words between the participle and "by" ("was backed on Friday
 * by") and at most three title words between "by" and the name ("by state Sen. "): the name is the passive's agent.
 */
const PASSIVE_AGENT_BEFORE = /\b(?:is|was|are|were|been|being)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}(?:ed|en|wn)\s+(?:[\p{L}\d]+\s+){0,3}by\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u;
/** After the name (and maybe an appositive, no sentence end or quotation): ", who" and a reporting verb, maybe after an adverb. */
const CREDITING_RELATIVE_AFTER = /^[^.;!?“”"]{0,120}?,\s+who\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/u;

/** "was backed by Y, who said …": the name is a passive's agent (PASSIVE_AGENT_BEFORE) credited with words by ", who <reporting verb>". */
function creditedPassiveAgent(masked: string, start: number, end: number): boolean {
  if (!PASSIVE_AGENT_BEFORE.test(masked.slice(Math.max(0, start - 90), start))) {
    return false;
  }
  const verb = CREDITING_RELATIVE_AFTER.exec(masked.slice(end, end + 160))?.[1];
  return verb !== undefined && REPORTING_VERBS_FINITE.has(verb);
}

/** A sentence's first two words (group 1 and 2), where a subordinator may open it ("When …", "But when …"). */
const OPENING_WORDS = /^[^\p{L}]*(\p{L}+)\s+(\p{L}+)/u;
/** The words between the comma that closes an opening clause and a name: maybe "former"/"then", up to three capitalised title words. */
const TITLE_AFTER_COMMA = /,\s*(?:(?:former|then)\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u;

/**
 * "When X died, Governor Y released …": the sentence opens with a subordinator (quote-clause-subordinators),
 * maybe after one connective ("But when …"); the name follows the comma that closes that clause (only title words
 * between: no "met Y," object inside the clause), and a lower-case word (its verb) comes right after the name.
 */
function mainClauseAfterSubordinate(masked: string, sentenceStart: number, start: number, end: number): boolean {
  const opening = masked.slice(sentenceStart, start);
  const words = OPENING_WORDS.exec(opening);
  const first = words?.[1].toLowerCase() ?? '';
  const subordinated = CLAUSE_SUBORDINATORS.has(first) || (CLAUSE_CONNECTIVES.has(first) && CLAUSE_SUBORDINATORS.has(words?.[2].toLowerCase() ?? ''));
  // Most sentences open with no subordinator: answer before searching the whole opening for its commas.
  if (!subordinated) {
    return false;
  }
  const comma = opening.lastIndexOf(',');
  return comma > 0 && opening.indexOf(',') === comma && TITLE_AFTER_COMMA.test(opening)
    && /^\s+\p{Ll}/u.test(masked.slice(end, end + 4));
}

/** "He"/"She" as a sentence's first word, then maybe "then"/"also"/"later" and the word after (group 1: the pronoun, group 2: that word). */
const OPENING_PRONOUN = /^\s*(He|She)\s+(?:(?:then|also|later)\s+)?(\p{Ll}+)?/u;

/** A sentence that opens with "He" or "She": the pronoun, and the lower-case word after it (past "then", "also", "later"), if any. */
export interface OpeningPronoun {
  readonly pronoun: 'He' | 'She';
  readonly word: string | undefined;
}

/**
 * "He"/"She" opening the sentence that starts at `from` (after spaces), read no further than `to`: the one test of a
 * sentence going on with someone by a pronoun, shared by the subject walk (a name after it is a complement) and the
 * gender rules (personGender.ts: "X kept quiet. He later told …", "X said, “…” He continued, …"). Undefined when the
 * sentence does not open so.
 */
export function openingPronoun(text: string, from: number, to: number = text.length): OpeningPronoun | undefined {
  const match = OPENING_PRONOUN.exec(text.slice(from, to));
  return match ? { pronoun: match[1] as 'He' | 'She', word: match[2] } : undefined;
}
/** "His"/"Her" as a sentence's first word, then a word (the thing owned). */
const OPENING_POSSESSIVE = /^\s*(?:His|Her)\s+\S/u;
/** Fewest words between the sentence's start and a name for it to lie past an opening possessive's noun phrase. */
const MIN_WORDS_PAST_POSSESSIVE = 6;

/**
 * "His 10.02 in the final took a tenth off the record X set": the sentence opens with "His" or "Her" and the name comes
 * at least MIN_WORDS_PAST_POSSESSIVE words in, with no comma, semicolon, colon or dash before it (an appositive after
 * the opening noun, "His coach, X,", or a new clause, "Her time was good; X ran faster", has a subject of its own).
 */
function possessiveOpensSentence(masked: string, from: number, start: number): boolean {
  const before = masked.slice(from, start);
  return OPENING_POSSESSIVE.test(before) && !/[,;:–—]|\s-\s/u.test(before) && before.trim().split(/\s+/u).length >= MIN_WORDS_PAST_POSSESSIVE;
}

/** A semicolon, colon or dash: what opens a clause of its own, with a subject of its own ("She laughed — X could not"). */
const CLAUSE_BREAK = /[;:–—]|\s-\s/u;

/**
 * "He married in May, practices law in Tarrow and counts himself an Ivo Sandal supporter.": a sentence that opens with
 * "he"/"she" has that pronoun for its subject, so a name in a later clause is a complement, as in its first clause
 * (not a name credited with words there, "He left early, Y said", which the walk reads by its reporting verb; not
 * past a semicolon, colon or dash, after which a clause has a subject of its own).
 */
function pronounOpensSentence(masked: string, from: number, start: number): boolean {
  return (openingPronoun(masked, from, Math.min(start, from + 8)) !== undefined || pronounAfterOpeningPhrase(masked, from, start))
    && !CLAUSE_BREAK.test(masked.slice(from, start));
}

/**
 * "he"/"she", up to six words (its verb and object) and "that": the name after it opens a clause the pronoun
 * reports ("She told us that X called her"), so a reporting verb after the name is X's inside her report and does not
 * make X the sentence's subject.
 */
const REPORTED_THAT_CLAUSE = /(?<!\p{L})(?:[Hh]e|[Ss]he)\s+(?:\p{Ll}+\s+){1,6}that\s/u;

/** A short opening phrase set off by a comma, then "he"/"she" and a lower-case word: "On Sunday, she told us …". */
const PRONOUN_AFTER_OPENING_PHRASE = /^\s*(\p{L}+)(?:\s+[\p{L}\d’'.-]+){0,4},\s+(?:he|she)\s+\p{Ll}/u;

/**
 * "On Sunday, she told us that X had called her.", "Later, he said X …": a time or place phrase (a preposition or an
 * opening adverb, quote-opening-adverbs, and at most four more words) set off by a comma before "he"/"she" leaves the
 * pronoun the sentence's subject, as if it opened the sentence; a name later in it is a complement, and the pronoun
 * (by binding, never the name it stands before) goes on with the person before.
 */
function pronounAfterOpeningPhrase(masked: string, from: number, start: number): boolean {
  const match = PRONOUN_AFTER_OPENING_PHRASE.exec(masked.slice(from, Math.min(start, from + 80)));
  const first = match?.[1].toLowerCase() ?? '';
  return match !== null && (PREPOSITIONS.has(first) || OPENING_ADVERBS.has(first));
}

/** ", he said," / ", she added,": a pronoun and a reporting verb set off by commas inside a sentence. */
const INTERJECTED_REPORT = /,\s*(\p{L}+)\s+(\p{L}+)\s*(?=,)/gu;

/**
 * "What upset her most, she said, was the night a caller asked X …": a pronoun credited with the sentence's words
 * in an interjection before the name is the sentence's subject, as one opening it is, so the name is a complement.
 */
function pronounInterjected(masked: string, from: number, start: number): boolean {
  for (const match of masked.slice(from, start).matchAll(INTERJECTED_REPORT)) {
    if (GENDERED_SUBJECT_PRONOUNS.has(match[1].toLowerCase()) && REPORTING_VERBS_FINITE.has(match[2].toLowerCase())) {
      return true;
    }
  }
  return false;
}

/** Whether "he" or "she" stands in the mention's clause before it (no comma, semicolon or dash in between). */
function genderedPronounBefore(masked: string, from: number, start: number): boolean {
  const clause = masked.slice(from, start).split(/[,;:–—]|\s-\s/u).pop() ?? '';
  return clause.split(/[^\p{L}]+/u).some(word => GENDERED_SUBJECT_PRONOUNS.has(word.toLowerCase()));
}

/**
 * One to three words between two names, after an optional possessive ending ("spokesman", "’s campaign manager"); after
 * the possessive, a comma may set the name off ("X’s daughter, Y, 44, paid tribute"). A word may be capitalised, as
 * titles before a name often are ("X campaign Chairman Y", "X Press Secretary Y"); titleAfterPerson reads them lower-cased.
 */
const TITLE_BETWEEN = /^(?:[’']s((?:\s+\p{L}[\p{Ll}-]*){1,3}),?|((?:\s+\p{L}[\p{Ll}-]*){1,3}))\s+$/u;

/** Whether only a title (words that are no verbs, ending in a title noun) stands between a person's name and the mention at `start`. */
function titleAfterPerson(masked: string, previous: IndexedMention | undefined, start: number): boolean {
  if (previous === undefined || previous.entity.kind !== 'person' || start - previous.end > 40) {
    return false;
  }
  const between = TITLE_BETWEEN.exec(masked.slice(previous.end, start));
  const words = (between?.[1] ?? between?.[2])?.trim().toLowerCase().split(/\s+/u);
  // The head may be any job noun ("X consultant Y", "X pollster Y"), not only a title that names a post, or a relation
  // after the possessive ("X’s daughter, Y").
  const head = words?.[words.length - 1] ?? '';
  return words !== undefined && (TITLE_NOUNS.has(head) || TITLE_HEADS.has(head) || (between?.[1] !== undefined && has(RELATION_NOUNS, head)))
    && words.every(word => (TITLE_NOUNS.has(word) || noVerb(word)) && !linksNames(word));
}

/** "X and scholar Y", "X with aide Y": a conjunction, preposition or determiner joins two people; it titles no one. */
function linksNames(word: string): boolean {
  return (lexiconFlags(word) & (Tag.Conjunction | Tag.Preposition | Tag.Determiner)) !== 0;
}

/** A word the lexicon does not know as a verb, or knows as a noun too ("deputy", "press"), as a title's words are. */
function noVerb(word: string): boolean {
  return !(lexiconFlags(word) & Tag.Verb) || Boolean(lexiconFlags(word) & Tag.Noun);
}

/**
 * "As for" / "As to" opening a sentence or a clause, or "For" opening a sentence ("For X, the vote was …"), then maybe
 * a title: the topic the sentence turns to.
 */
const TOPIC_OPENING = /(?:(?:^|[.!?;:]\s+|\n\s*|,\s+(?:and|but)\s+|\b(?:And|But)\s+)As\s+(?:for|to)|(?:^|[.!?]\s+|\n\s*)For)\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u;

/** A comma, a reporting verb and at most three title words before a name: "…, said (spokesman) Y". */
const INVERTED_REPORT = /,\s*(\p{L}+)\s+((?:[\p{L}.-]+\s+){0,3})$/u;
/** What ends an inverted speaker's name: a mark, or a preposition ("…, said Y on Monday"), not a verb ("…, said Y was wrong"). */
const INVERTED_REPORT_END = /^(?:\s*[,.;:(]|\s*$|\s+(\p{L}+))/u;

/**
 * "…, said (spokesman) Y," / "… on Monday": the reporting verb after a comma has the name for its
 * subject; not "Y's aide, said Z was …" (the name opens the reported clause) nor a verb after a person's name.
 */
function invertedReport(masked: string, start: number, end: number): boolean {
  const before = INVERTED_REPORT.exec(masked.slice(Math.max(0, start - 60), start));
  if (!before || !REPORTING_VERBS_FINITE.has(before[1].toLowerCase())) {
    return false;
  }
  const words = before[2].split(/\s+/u).filter(word => word.length > 0);
  const titleWord = (word: string): boolean => /^\p{Lu}/u.test(word) || TITLE_NOUNS.has(word.toLowerCase());
  // "said deputy spokesman Y": words that are no verbs, ending in a title noun or a capitalised word.
  const titled = words.length === 0 || (titleWord(words[words.length - 1])
    && words.every(word => titleWord(word) || noVerb(word)));
  const after = INVERTED_REPORT_END.exec(masked.slice(end, end + 20));
  return titled && after !== null && (after[1] === undefined || PREPOSITIONS.has(after[1].toLowerCase()));
}

/**
 * A reporting verb right after a name ("…, Y added"), not one that only begins a longer verb ("Y continued to rise"),
 * nor one after a comma ("X, a pastor who advised Y, said": the comma closes an appositive; the verb is X's).
 */
function reportingVerbAfter(masked: string, end: number): boolean {
  const words = /^\s*(\p{L}+)(?:\s+(\p{L}+))?/u.exec(masked.slice(end, end + 40));
  return words !== null && REPORTING_VERBS_FINITE.has(words[1].toLowerCase()) && words[2]?.toLowerCase() !== 'to';
}

/** "… when Y asked whether …": a subordinator (quote-clause-subordinators) right before the name, a verb of asking (quote-question-verbs) right after it. */
function askerAfterSubordinator(masked: string, start: number, end: number): boolean {
  const before = /(\p{L}+)\s+$/u.exec(masked.slice(Math.max(0, start - 20), start))?.[1];
  const verb = /^\s*(\p{L}+)/u.exec(masked.slice(end, end + 20))?.[1];
  return before !== undefined && verb !== undefined && CLAUSE_SUBORDINATORS.has(before.toLowerCase()) && QUESTION_VERBS.has(verb.toLowerCase());
}

/**
 * Whether masked[k] is the closing mark of a quotation whose words end a sentence ("… called it “arbitrary.”
 * Dana Kelso, an aide, …"): a full stop, "!" or "?" just inside the mark, then a space and a capital.
 */
function quotationEndsSentence(text: string, masked: string, k: number): boolean {
  return isMask(masked[k]) && !isMask(masked[k + 1]) && /[.!?]/.test(text[k - 1] ?? '') && /^\s+\p{Lu}/u.test(masked.slice(k + 1, k + 4));
}

/**
 * The SubjectContext of one person mention, each reading worked out when a rule first asks for it: the first rule
 * that fires decides, so most mentions need only a few of them (a name inside a quotation, none), and the walk
 * runs over every person mention of the document on every edit.
 */
class MentionContext implements SubjectContext {
  readonly inQuotation: boolean;
  #reportedAfter: boolean | undefined;
  #reportedBefore: boolean | undefined;
  #askerInSubordinate: boolean | undefined;
  #possessiveInside: boolean | undefined;
  #topicFronted: boolean | undefined;
  #afterPreposition: boolean | undefined;
  #afterGenderedPronoun: boolean | undefined;
  #afterOpeningPossessive: boolean | undefined;
  #titledByPrevious: boolean | undefined;
  #accordingTo: boolean | undefined;
  #creditedAgent: boolean | undefined;
  #afterOpeningSubordinate: boolean | undefined;

  constructor(
    private readonly text: string,
    private readonly masked: string,
    private readonly mention: IndexedMention,
    private readonly previous: IndexedMention | undefined,
    private readonly sentenceStart: number,
    readonly sentenceHasSubject: boolean,
  ) {
    this.inQuotation = isMask(masked[mention.start]);
  }

  get reportedAfter(): boolean {
    return this.#reportedAfter ??= reportingVerbAfter(this.masked, this.mention.end);
  }

  get askerInSubordinate(): boolean {
    return this.#askerInSubordinate ??= askerAfterSubordinator(this.masked, this.mention.start, this.mention.end);
  }

  get reportedBefore(): boolean {
    return this.#reportedBefore ??= invertedReport(this.masked, this.mention.start, this.mention.end);
  }

  get possessiveInside(): boolean {
    const { text, masked, mention: m, sentenceStart } = this;
    return this.#possessiveInside ??= /^[’']/.test(text.slice(m.end, m.end + 1))
      && (m.start - sentenceStart > 40 || !SENTENCE_OPENING_NAME.test(masked.slice(sentenceStart, m.start)));
  }

  get topicFronted(): boolean {
    const { masked, mention: m } = this;
    return this.#topicFronted ??= TOPIC_OPENING.test(masked.slice(Math.max(0, m.start - 40), m.start)) && /^\s*,/.test(masked.slice(m.end, m.end + 3));
  }

  get afterPreposition(): boolean {
    return this.#afterPreposition ??= prepositionBeforeTitle(this.masked, this.mention.start);
  }

  get afterGenderedPronoun(): boolean {
    const { masked, mention: m, sentenceStart } = this;
    return this.#afterGenderedPronoun ??= genderedPronounBefore(masked, sentenceStart, m.start)
      || ((pronounOpensSentence(masked, sentenceStart, m.start) || pronounInterjected(masked, sentenceStart, m.start))
        && (!this.reportedAfter || REPORTED_THAT_CLAUSE.test(masked.slice(sentenceStart, m.start))) && !this.reportedBefore);
  }

  get afterOpeningPossessive(): boolean {
    const { masked, mention: m, sentenceStart } = this;
    return this.#afterOpeningPossessive ??= possessiveOpensSentence(masked, sentenceStart, m.start) && !this.reportedAfter && !this.reportedBefore;
  }

  get titledByPrevious(): boolean {
    return this.#titledByPrevious ??= titleAfterPerson(this.masked, this.previous, this.mention.start);
  }

  get accordingTo(): boolean {
    return this.#accordingTo ??= accordingToBefore(this.masked, this.mention.start);
  }

  get creditedAgent(): boolean {
    return this.#creditedAgent ??= creditedPassiveAgent(this.masked, this.mention.start, this.mention.end);
  }

  get afterOpeningSubordinate(): boolean {
    return this.#afterOpeningSubordinate ??= mainClauseAfterSubordinate(this.masked, this.sentenceStart, this.mention.start, this.mention.end);
  }
}

/**
 * Walks the person mentions in document order with the sentence each is in, calls `visit` with each
 * mention's context and returns the subject events the table decides.
 */
export function walkSubjects(text: string, masked: string, index: MentionIndex, visit?: (context: SubjectContext, mention: IndexedMention) => void): SubjectEvent[] {
  const out: SubjectEvent[] = [];
  let takenSentence = -1;
  let sentence = 0;
  let sentenceStart = 0;
  let k = 0;
  for (let at = 0; at < index.mentions.length; at++) {
    const m = index.mentions[at];
    for (; k < m.start; k++) {
      const code = masked.charCodeAt(k);
      if (code === 10 || ((code === 46 || code === 33 || code === 63) && endsSentence(masked, k, masked.length)) || quotationEndsSentence(text, masked, k)) {
        sentence++;
        sentenceStart = k + 1;
      }
    }
    if (m.entity.kind !== 'person') {
      continue;
    }
    const context = new MentionContext(text, masked, m, index.mentions[at - 1], sentenceStart, takenSentence === sentence);
    visit?.(context, m);
    const outcome = firstRule(SENTENCE_SUBJECT, context)?.outcome;
    if (outcome === 'subject') {
      out.push({ pos: m.start, id: m.entity.id });
    }
    if (outcome !== 'not-subject') {
      takenSentence = sentence;
    }
  }
  return out;
}
