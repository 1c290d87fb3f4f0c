// The ways a quotation's own cue names its speaker, as an ordered rule table: a transcript label inside
// the quotation, a sentence opened by "according to Y," (Y's account), a passive cue's agent
// after it ("was described as “…” by X"), a cue after it when the one before is a passive naming no one, a cue after
// it or a named reporting subject when the cue before names no one the resolver can place, a cue in its sentence before it (a speech verb after a named
// subject, "according to", a participle, a colon introduction, a headline label), a cue after it
// (a named person right after it whose long appositive hides the verb's subject, ", X said", ", said X",
// a dashed signature), a sentence that closes with ", X said" or ", said X", a
// named subject with any verb, and last a name or "he"/"she" with any verb right after a quotation that breaks off at
// a comma ("“…,” X fumed", "“…,” he shrugged"). The first rule that fires decides; each part
// of the context is found at most once per quotation, and only when a rule asks for it, so the table
// costs what the old chain of `??` cost. The chosen rule is recorded (rules/trail.ts) at the
// quotation's span for `analyze --explain`.
//
// Quotations without a cue of their own take a speaker later, by the conventions of attributeQuotes.ts
// (inherited from before, following from after); those are the table speaker-conventions (speakerConventions.ts).

import { analyzeParagraph } from '../entities/paragraph';
import { resolveEntities } from '../entities/resolve';
import { segmentText } from '../paragraphs';
import { memoized } from '../memo';
import { ruleTable, type RuleTable } from '../rules/ruleTable';
import { cueWindow, prepareArticle, type CueContext, type CueSource } from './cueContext';
import type { Cue } from './findCue';
import { findQuotes } from './findQuotes';
import { looksLikeName } from './quoteKinds';
import { INDEFINITE_DETERMINERS, RELATIVE_PRONOUNS, REPORTING_VERBS_FINITE } from '../lexicon/quotes';
import { CLAUSE_SUBORDINATORS } from '../lexicon/quoteCues';

/** The context of an example sentence's last speech quotation, built as the engine builds it for a quotation. */
function exampleContext(sentence: string): CueContext {
  const paragraphs = segmentText(sentence).map(segment => ({ offset: segment.start, result: analyzeParagraph(segment.text) }));
  const spans = findQuotes(sentence);
  const article = prepareArticle(sentence, spans, resolveEntities(sentence, paragraphs));
  if (article.speech.length === 0) {
    throw new Error(`speaker-cues: the example holds no speech quotation: ${sentence}`);
  }
  return cueWindow(article, article.speech.length - 1).context;
}

/** Whether a cue names a person or a pronoun (not no one, not a description). */
function namesSpeaker(cue: Cue | null): boolean {
  return cue?.ref?.type === 'entity' || cue?.ref?.type === 'pronoun';
}

/**
 * "X was asked, “…?” He answered, “…”": after a question, a new sentence whose cue ends in the comma or
 * colon that opens the next quotation introduces the answer; the question is the asker's, not the answerer's.
 */
function answersQuestion(context: CueContext): boolean {
  const { after, quoteText } = context;
  const last = after[after.length - 1];
  return /\?\s*$/.test(quoteText) && /^\p{Lu}/u.test(after[0]?.text ?? '') && (last?.text === ',' || last?.text === ':');
}

/**
 * "The award-winning singer posted a note:", "… from a rival who had once vowed:": a cue before the quotation (not a
 * passive, which rules of its own read) whose subject the resolver reads as no one.
 */
function beforeNamesNoOne(context: CueContext): boolean {
  const before = context.cue('before');
  // A name always names someone; only a pronoun or a description is put to the resolver (once per such quotation).
  return before !== null && before.passive !== true && before.ref?.type !== 'entity' && !context.namesSomeone('before');
}

/**
 * The quotation breaks off inside its sentence (a comma, question or exclamation inside its marks, or a comma after
 * them), so the words after it go on with that sentence: "“…,” she wrote", not "“….” The agency said …".
 */
function breaksOff(context: CueContext): boolean {
  return /[,?!]\W*$/u.test(context.quoteText.trim()) || context.after[0]?.text === ',';
}

/** "someone near the stage", "a voter": an unnamed speaker who is there; the cue is theirs even though it names no one. */
const UNNAMED_SOMEONE = /^(?:some|any|every)(?:one|body)$/u;

/** The cue before is a description of an unnamed but real speaker ("a voter shouted", "someone near the stage called out"). */
function beforeIsIndefinite(context: CueContext): boolean {
  const ref = context.cue('before')?.ref;
  const first = ref?.type === 'description' ? ref.words[0]?.toLowerCase() ?? '' : '';
  return INDEFINITE_DETERMINERS.has(first) || UNNAMED_SOMEONE.test(first);
}

/** Most words of a quotation that may still be a scare quote ("no", "top secret", "Okay!"). */
const MAX_SCARE_QUOTE_WORDS = 3;

/** More words than a scare quote or a shout has (a one-word shout after "someone near the stage called out"). */
function moreThanScareQuote(context: CueContext): boolean {
  return lettersAndDigitRuns(context.quoteText) > MAX_SCARE_QUOTE_WORDS;
}

/** Runs of letters and digits in a quotation, for the quotations read lately (asked of each on every edit). */
const lettersAndDigitRuns = memoized((text: string): number => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length);

/**
 * "X replied to Y, noting … from a rival who had once vowed: “…”": a quotation of more than a scare quote's words
 * introduced by a colon, and the named subject with its reporting verb opens the sentence (no subordinator such as
 * "after"/"when" before it: "After Y questioned the budget, Z answered" is Y's clause, not the sentence's).
 */
function colonAfterOpeningReporter(context: CueContext): boolean {
  const cue = context.cue('subject-verb');
  const last = context.before[context.before.length - 1];
  if (!cue || last?.text !== ':' || !moreThanScareQuote(context)) {
    return false;
  }
  return !context.before.some(token => token.start < cue.span.start && CLAUSE_SUBORDINATORS.has(token.lower));
}

/**
 * "When X said at a rally that …, he “…,” said Y": the cue before the quotation stands in a clause opened by a
 * subordinator (quote-clause-subordinators) before the comma that closes that clause, so it reports earlier words;
 * the quotation belongs to the main clause after the comma.
 */
function beforeInSubordinateClause(context: CueContext): boolean {
  const cue = context.cue('before');
  const opener = context.before.find(token => token.kind === 'word' && token.start < (cue?.span.start ?? 0) && CLAUSE_SUBORDINATORS.has(token.lower));
  // The comma must close the clause, with the main clause's words after it: "When someone shouted, “…”" ends in the
  // comma that opens the quotation, which is the subordinate clause's own.
  const comma = context.before.findIndex(token => token.text === ',' && token.start >= (cue?.span.end ?? Infinity));
  return cue !== null && opener !== undefined && comma >= 0 && context.before.slice(comma + 1).some(token => token.kind === 'word');
}

/** "X replied to Y …": the named subject opening the sentence has a reporting verb (quote-reporting-verbs-finite). */
function reportingSubjectVerb(context: CueContext): boolean {
  const cue = context.cue('subject-verb');
  const verb = cue ? context.before.find(token => token.end === cue.span.end) : undefined;
  return verb !== undefined && REPORTING_VERBS_FINITE.has(verb.lower);
}

/**
 * "… a ferryman who said “…”", "… a plan that calls for “…”": the verb of the cue before the quotation opens a
 * relative clause (right after "who", "that" or "which"), whose subject is the phrase before it.
 */
function beforeVerbInRelativeClause(context: CueContext): boolean {
  const cue = context.cue('before');
  const at = cue ? context.before.findIndex(token => token.end === cue.span.end) : -1;
  return at > 0 && RELATIVE_PRONOUNS.has(context.before[at - 1].lower);
}

/**
 * The named subject opens the quotation's own sentence: no subordinator stands before it ("After Y said …, X …" is Y's
 * clause, not the sentence's), and no sentence ends between it and the quotation ("X said …. On the quay, skippers who said …").
 */
function subjectOpensSentence(context: CueContext): boolean {
  const cue = context.cue('subject-verb');
  if (cue === null || context.before.some(token => token.start < cue.span.start && CLAUSE_SUBORDINATORS.has(token.lower))) {
    return false;
  }
  return !context.before.some((token, at) => token.start >= cue.span.end && /[.!?]$/.test(token.text) && /^\p{Lu}/u.test(context.before[at + 1]?.text ?? ''));
}

/** Opening paragraphs of hard-wrapped copy for the examples of the signature-line rule. */
const WRAPPED_OPENING = 'Ivo Marr, an analyst in Marwick, said on Monday that the harbour would\nneed new money by the spring and that the council should borrow while\nmoney is cheap and the pier works are still waiting for a decision.\n\n';

/** The ways a quotation's own cue is found, in the order they are tried; the outcome names where the cue is read. */
export const SPEAKER_CUES: RuleTable<CueContext, CueSource> = ruleTable<CueContext, CueSource>({
  id: 'speaker-cues',
  reason: 'A quotation is credited by the words around it; the nearest, most explicit cue wins, and looser readings are only tried when no explicit one is there.',
  contextOf: exampleContext,
  rules: [
    {
      id: 'transcript-label',
      reason: 'A transcript line opens with its speaker and a colon inside the quotation; that label names the speaker, whatever the narration says.',
      when: context => context.cue('label') !== null,
      outcome: 'label',
      examples: {
        yes: ['Nadia Ferrow spoke to the panel. "FERROW: We will not sign this deal, not now and not later."'],
        no: ['"We will not sign this deal, not now and not later," Nadia Ferrow said.'],
      },
    },
    {
      id: 'signature-line',
      reason: 'A pull quote of scraped web copy may close, inside its marks, with a line that only signs it: a person\'s name, their affiliation after a comma, a full stop. The signer speaks, whatever the narration around the quotation says; a name ending a sentence on the same line ("…? Ivo Marr.") is an answer, no signature.',
      when: context => context.cue('signature') !== null,
      outcome: 'signature',
      examples: {
        // Hard-wrapped copy (lines broken inside a paragraph), where the signature line stays inside the quotation.
        yes: [`${WRAPPED_OPENING}"The crews will face the storm season with no plan at all for the pier\nand they know it.\nIvo Marr, Harbour Policy Institute."`],
        no: [
          `${WRAPPED_OPENING}"Who will pay for the pier this winter, when the crews have no work\nand the council has no money? Ivo Marr."`,
          `${WRAPPED_OPENING}"The crews will face the storm season with no plan at all for the pier\nand they know it.\nIvo Marr will not say who pays."`,
        ],
      },
    },
    {
      id: 'according-to-source',
      reason: 'A sentence opened by "according to Y," ("According to the Gazette, X told the board: “…”") frames all it reports as Y\'s account: Y is credited, not the speaker inside it. A closing ", according to Y" after "X said" is not this rule: X\'s words stay X\'s.',
      when: context => context.cue('according') !== null,
      outcome: 'according',
      examples: {
        yes: [
          'According to the Valley Courier, Tomas Brandel told the board: "The ferry will run until the ice comes."',
          'On Friday, according to Lena Okafor, the treasurer said the budget was "short by a third, and nobody will say so."',
        ],
        no: [
          'Marta Quill writes for the Harbour Ledger. "We will not close the pier this winter," Tomas Brandel said on Monday, according to the Harbour Ledger.',
          'Tomas Brandel said that according to his figures, "the ferry will run until the ice comes."',
        ],
      },
    },
    {
      id: 'passive-agent-after',
      reason: 'A passive cue before the quotation ("was described as") may name its agent after it ("by X"); the agent spoke.',
      when: context => context.cue('before')?.passive === true && context.cue('agent-after') !== null,
      outcome: 'agent-after',
      examples: {
        yes: ['The plan was described as "a betrayal of every worker in the valley" by Tomas Brandel.'],
        no: ['The plan was described as "a betrayal of every worker in the valley" at the meeting.'],
      },
    },
    {
      id: 'after-over-bare-passive',
      reason: 'A passive verb before the quotation that names no agent ("they are asked to …, is “…,” X said") credits no one; a cue after the quotation that names someone does.',
      when: context => context.cue('before')?.passive === true && context.cue('before')?.ref === null && (context.cue('after')?.ref ?? null) !== null
        && !answersQuestion(context),
      outcome: 'after',
      examples: {
        yes: ['Members are told to list three priorities, so the board will be less likely to be "buried under motions nobody has read," Tomas Brandel said.'],
        no: [
          'The plan was described as "a waste of everyone\'s money and patience" at the meeting.',
          'Tomas Brandel was asked, "Would you have signed the deal if you had known?" He answered, "I have no idea and I never will."',
        ],
      },
    },
    {
      id: 'after-over-unnamed-before',
      reason: 'A cue before the quotation whose subject names no one the article introduced (a description the resolver cannot place: "the “Harbour Lights” singer posted a note on her website:") credits no one; a cue after the quotation that names a person or stands for one ("…,” she wrote") does, and is the nearer cue. Not when the description is indefinite ("a voter shouted": an unnamed speaker who is there), nor for a quotation of a scare quote\'s or a shout\'s few words ("someone in the audience shouted, “X,” Y joked"). Only after a quotation that breaks off inside its sentence: after "“….”" a new sentence starts ("The agency said …"), which credits nothing before it.',
      when: context => breaksOff(context) && moreThanScareQuote(context) && beforeNamesNoOne(context) && !beforeIsIndefinite(context) && context.namesSomeone('after') && !answersQuestion(context),
      outcome: 'after',
      examples: {
        yes: ['Orla Brandt sang last. After the show the "Harbour Lights" singer posted a long note on her website: "Nobody should be shocked by what my brother did," she wrote.'],
        no: [
          'Orla Brandt sang last. After the show the "Harbour Lights" singer posted a long note on her website: "Nobody should be shocked by what my brother did."',
          'Orla Brandt sang last. Later the award-winning singer posted a note on her site: "Nobody should be shocked by what my brother did," she wrote.',
          'Marwick accused the ferry board of "reckless spending on boats nobody needs." Harbour master Ivo Sandal said the fees would rise in May.',
        ],
      },
    },
    {
      id: 'reporting-subject-over-unnamed-before',
      reason: 'The verb nearest the quotation may be a clause\'s inside the sentence ("… noting how strange the charge sounded from a rival who had once vowed ferries: “…”"); when its subject names no one, the named subject opening the sentence with a reporting verb ("X replied to Y …") is the speaker. Only for a quotation of more than a scare quote\'s words introduced by a colon, and not for a subject after a subordinator ("After Y criticized X, …").',
      when: context => beforeNamesNoOne(context) && colonAfterOpeningReporter(context) && reportingSubjectVerb(context),
      outcome: 'subject-verb',
      examples: {
        yes: ['Ferry worker Ivo Sandal replied to the mayor, noting how strange the charge sounded from a rival who had once vowed new boats: "Your plan for the ferries is still on paper."'],
        no: [
          'Ferry worker Ivo Sandal met a stranger at the quay, a rival who had once vowed new boats: "Your plan for the ferries is still on paper."',
          'Ferry worker Ivo Sandal replied to the mayor: "Your plan for the ferries is still on paper."',
        ],
      },
    },
    {
      id: 'reporting-subject-over-relative-clause',
      reason: 'The reporting verb nearest the quotation may open a relative clause about an unnamed thing or person ("X said the town had lost a ferryman who said “…”", "X said he wants a plan that calls for “…”", "X told a fisherman who suggested … that “…”"); it names no one, and the named subject opening the sentence with a reporting verb relays the words. Not when that subject follows a subordinator or ends an earlier sentence, nor for a scare quote\'s few words or a quoted title ("a headline that said “X Declares War on Y”"), nor when the opening verb reports nothing ("X met a fisherman who said “…”": the fisherman\'s words).',
      when: context => beforeNamesNoOne(context) && beforeVerbInRelativeClause(context) && moreThanScareQuote(context) && !looksLikeName(context.quoteText)
        && reportingSubjectVerb(context) && subjectOpensSentence(context),
      outcome: 'subject-verb',
      examples: {
        yes: [
          'Pastor Ivo Sandal said the town had lost a ferryman who said "the tide comes in for everyone, rich or poor, early or late."',
          'Ivo Sandal said in a statement that he wants a harbour plan that calls for "a new pier and a fair price for every boat."',
        ],
        no: [
          'Ivo Sandal met a young fisherman who said "this is not the first winter the crews have been angry."',
          'After Ivo Sandal spoke of the old ferryman, a neighbour who said "the tide comes in for everyone, rich or poor" left early.',
          'Ivo Sandal posted his answer under a headline that said, "Harbour Board Declares War on Fishermen."',
          'Ivo Sandal said the fees would rise. On the quay, skippers who said they were "tired of promises that nobody keeps this side of winter" went home.',
        ],
      },
    },
    {
      id: 'after-over-subordinate-before',
      reason: 'A reporting verb before the quotation inside a subordinate clause that a comma closes ("When X said at a rally that …, he “…,” said Y") reports other, earlier words; a cue after a quotation that breaks off inside its sentence and names someone (", said Y", ", Y said") credits the quotation. Not for a cue in the main clause after the comma ("When asked, X said: “…”").',
      when: context => breaksOff(context) && beforeInSubordinateClause(context) && context.namesSomeone('after') && !answersQuestion(context),
      outcome: 'after',
      examples: {
        yes: ['Mira Kell ran the port. When Kell said at a rally that she would not want the mayor\'s support, she "spoke for every crew on this coast," said Ivo Sandal, a deckhand.'],
        no: [
          'Mira Kell ran the port. When asked about the mayor, Kell said she "spoke for every crew on this coast," and Ivo Sandal agreed.',
          'Mira Kell ran the port. When Kell said at a rally that she would not want the mayor\'s support, she "spoke for every crew on this coast."',
          'Mira Kell ran the port. When someone in the crowd shouted, "Kell," Ivo Sandal joked about the weather.',
        ],
      },
    },
    {
      id: 'cue-before',
      reason: 'A reporting verb with its subject (joined by "and" to the verbs before it, their subject: "X was cheered by Y and declared"), "according to", a participle, a colon introduction, an inverted verb set off by a comma (", explained X, “…”") or a possessive that frames the words ("X\'s reply was: “…”", "In X\'s words, “…”") in the sentence before the quotation credits it.',
      when: context => context.cue('before') !== null,
      outcome: 'before',
      examples: {
        yes: [
          'Mirela Voss said: "The bridge will open in the spring, as we promised the town."', 'According to Ivo Sandal, "the budget is short by a third and nobody will say so."',
          'The vote was close, explained Ivo Sandal, "and the budget is short by a third and nobody will say so."',
          'Ivo Sandal spoke last. In Sandal\'s words, "the budget is short by a third and nobody will say so."',
          'Mirela Voss was asked when the bridge would open. Her answer was short: "When it is safe, and not a day before."',
          'Mirela Voss was cheered at the quayside by the crews and declared, "The bridge opens in the spring."',
        ],
        no: [
          '"The bridge will open in the spring, as we promised the town," Mirela Voss said.',
          'Mirela Voss was asked when the bridge would open. The plan was short: "Open it when it is safe, and not a day before."',
        ],
      },
    },
    {
      id: 'named-subject-after',
      reason: 'A person named right after the quotation, then a comma and an appositive the subject reader cannot cross (several commas, a relative clause), then a reporting verb ("“…,” X, 30, of Y, who was among those polled, said") or any verb right after the appositive ("X, the former governor, proclaimed") is the speaker; only when the verb\'s own subject reads as no one or a description.',
      when: context => !namesSpeaker(context.cue('after')) && context.cue('named-subject-after') !== null,
      outcome: 'named-subject-after',
      examples: {
        yes: [
          'The tally dragged on. "Both of them worry me," Harold Penn, 41, of Bangor, Maine, who was one of those surveyed, said in a later interview.',
          'Guns are "the ultimate public health crisis of our time," Ivo Sandal, the former governor of the state, proclaimed to a cheering crowd.',
          '"They are drawing more from her side now," Nils Varga, the pollster who founded a forecasting site tweeted on Wednesday.',
        ],
        no: [
          '"Both of them worry me," Harold Penn said in a later interview.', '"Both of them worry me," Harold Penn, who said he would vote, left the hall.',
          'The tally dragged on. "Both of them worry me." Harold Penn, 41, of Bangor, who was one of those surveyed, said the count was slow.',
        ],
      },
    },
    {
      id: 'cue-after',
      reason: 'A reporting verb after the quotation, with its subject before or after it (", X said", ", said X", ", admitted the club\'s manager X", ", as X said"), a framing possessive (", in X\'s view.") or a signature after a dash, credits it.',
      when: context => context.cue('after') !== null,
      outcome: 'after',
      examples: {
        yes: [
          '"The bridge will open in the spring, as we promised the town," Mirela Voss said.', '"We have run out of patience with the council," said Ivo Sandal.',
          'The vote is "too close to call this week and everyone knows it," as Ivo Sandal said on the radio on Monday.',
          'Harwell lost at home. "We were poor in the first half and we paid for it," admitted the Harwell manager Ivo Sandal.',
          'Ivo Sandal spoke last. The budget is "short by a third and nobody will say so," in Sandal\'s view.',
        ],
        no: ['Mirela Voss said: "The bridge will open in the spring, as we promised the town."'],
      },
    },
    {
      id: 'closing-clause',
      reason: 'A sentence closed by ", X said" credits the quotations inside it, even when they stand mid-sentence.',
      when: context => context.cue('closing-clause') !== null,
      outcome: 'closing-clause',
      examples: {
        yes: ['A cashier who "simply did her job and was sacked for it" is held to account, Petra Lindqvist said.'],
        no: ['A cashier who "simply did her job and was sacked for it" is held to account.'],
      },
    },
    {
      id: 'cue-before-fragment',
      reason: 'A quoted fragment earlier in the sentence ("X says his “old friend” Y ran “…”", "X insisted it was “premature” to …, adding, “…”") cuts the words before the quotation short; when no cue stands in them, around it or closing the sentence, the cue before the fragment credits the quotation, before any looser reading of the words after the fragment.',
      when: context => namesSpeaker(context.cue('before-fragment')),
      outcome: 'before-fragment',
      examples: {
        yes: [
          'Ivo Sandal says his "old friend and rival" Nils Varga ran "a campaign the whole valley can be proud of, start to finish."',
          'Ivo Sandal insisted it was "premature" to back the plan while adding on harbour matters, "I have no doubt her heart is in the right place."',
        ],
        no: [
          'Ivo Sandal says the plan was "a disgrace to the town." Nils Varga ran "a campaign the whole valley can be proud of, start to finish."',
          'The plan was "premature" and the council ran "a campaign the whole valley can be proud of, start to finish."',
        ],
      },
    },
    {
      id: 'subject-verb',
      reason: 'Last resort: the clause\'s named subject with any verb ("X bemoaned “…”", "X has since apologised: “…”"; a lower-case "former" may open the clause before the title, "…, former Mayor X agreed"; a last verb joined by "and" to a passive, "X was met by Y and grumbled, “…”") credits the quotation, but does not make a short scare quote speech.',
      when: context => context.cue('subject-verb') !== null,
      outcome: 'subject-verb',
      examples: {
        yes: [
          'Harbour skipper Bram Osterlund was met at the slipway by two wardens and grumbled, "Nobody asked us about the fees."',
          'Oskar Brevik bemoaned "the endless meetings that decide nothing at all" in his column.',
          'Speaking after the vote, former Marwick Mayor Oskar Brevik agreed, praising it as "the most careful budget the town has seen."',
          'Oskar Brevik has since apologised for the late report: "I should have told the board about the second contract."',
        ],
        no: ['The endless meetings were "a waste of everyone\'s time and the town\'s money" in the end.'],
      },
    },
    {
      id: 'description-verb',
      reason: 'A clause opened by a definite description of a person the article introduced ("the former minister", a title noun among its first words) with any verb ("the former minister talked about “…”") credits the quotation as a named subject with any verb does; only when the description resolves to someone, and, as that loose cue, it does not make a short scare quote speech.',
      when: context => context.cue('description-verb') !== null,
      outcome: 'description-verb',
      examples: {
        yes: ['Former minister Elna Vosk toured the port. Back on the quay, the former minister talked about the "need for new ships before the winter storms come."'],
        no: [
          'Back on the quay, the former minister talked about the "need for new ships before the winter storms come."',
          'Former minister Elna Vosk toured the port. Back on the quay, the ships carried the "last of the winter grain to the southern towns."',
        ],
      },
    },
    {
      id: 'copula-colon',
      reason: 'A sentence that opens with a named person or body and a form of "be" and ends in the colon, or the spaced dash, that introduces the quotation ("X was full of praise for her players: “…”", "X was blunt – “…”", British and sports copy) gives that person\'s words (a body\'s also after an opening phrase and its article); tried only when no verb, cue after or closing clause names anyone, and not with an agent ("X was told by Y:").',
      when: context => context.cue('copula-colon') !== null,
      outcome: 'copula-colon',
      examples: {
        yes: [
          'Harwell won at home. Ivo Sandal was full of praise for his players: "They never stopped running from the first minute to the last."',
          'The count was close. In its reply, the Marwick Board of Elections was firm: "No further review of this count will be allowed."',
          'Harwell lost at home. Ivo Sandal was blunt – "The referee had a bad night, and everyone in the ground saw it."',
        ],
        no: [
          'Harwell won at home. Ivo Sandal was told by the board: "You will never manage this club again."',
          'Harwell lost at home. Ivo Sandal was told by the board – "You will never manage this club again."',
          'Harwell won at home. The plan was simple: "Keep the ball and wait for the gaps to open up."',
        ],
      },
    },
    {
      id: 'pronoun-colon',
      reason: 'A clause that opens with "he" or "she" and its verb and ends in the colon that introduces the quotation ("She then turned to the crowd again: “…”", "He went on:") gives that person\'s words, as a named subject with any verb does; kept to a colon (after "he called it" a quotation is mostly a scare quote), and not a passive ("He was asked:") or with an agent ("by").',
      when: context => context.cue('pronoun-colon') !== null,
      outcome: 'pronoun-colon',
      examples: {
        yes: [
          'Ivo Sandal spoke first. He then listed the terms he would accept: "A fair price, a full audit and no job losses."',
          'Mirela Voss spoke first. She went on: "The bridge will open in the spring, as we promised the town."',
        ],
        no: [
          'Ivo Sandal spoke first. He was asked by the host: "Will you sign the bill before the summer?"',
          'Ivo Sandal spoke first. He was asked: "Will you sign the bill before the summer?"',
          'Ivo Sandal spoke first. The plan he listed was simple: "Keep the ball and wait for the gaps to open up."',
        ],
      },
    },
    {
      id: 'pronoun-verb',
      reason: 'A clause opened by "he" or "she" with any active verb ("He then hinted that scouts “…”", "Years ago, he backed X and said “…”") credits the person the pronoun stands for, as a named subject with any verb does; not a form of "be" ("He was asked “…”"), not across a semicolon (the clause after it has its own subject), and, as that loose cue, it does not make a short scare quote speech.',
      when: context => context.cue('pronoun-verb') !== null,
      outcome: 'pronoun-verb',
      examples: {
        yes: [
          'Ivo Sandal spoke first. He then hinted that the council should be "held to account for every lost job in the valley."',
          'Mirela Voss ran the port for a decade. Years ago, she backed the new pier and said, "The town will thank us for this one day."',
        ],
        no: [
          'Ivo Sandal spoke first. He was asked whether the council should be "held to account for every lost job in the valley."',
          'When Ivo Sandal was at college in Marwick, he studied under Nils Varga; the old man\'s motto was, "Never print what you cannot prove twice."',
        ],
      },
    },
    {
      id: 'name-verb-after',
      reason: 'Last resort after the quotation: a quotation that breaks off at a comma, a question or an exclamation, followed by a person\'s name and any verb ("“…,” X fumed", "“…?” X pressed"), is that person\'s; "a"/"an" and an adjective or two may stand before the name ("“…,” an angry X retaliated").',
      when: context => context.cue('name-verb-after') !== null,
      outcome: 'name-verb-after',
      examples: {
        yes: ['Dario Pell spoke at the rally. "We have waited far too long for this bridge," Dario Pell fumed on Tuesday.', 'Ivo Sandal spoke to the panel. "Will you sign the bill before the summer?" Ivo Sandal pressed.',
          'Ivo Sandal spoke to the panel. "The harbour will stay open for good," an angry Ivo Sandal retaliated.',
        ],
        no: [
          'Dario Pell spoke at the rally. "We have waited far too long for this bridge." Dario Pell left the hall on Tuesday.',
          'Ivo Sandal spoke to the panel. "The harbour will stay open for good," a Marwick resident retaliated.',
        ],
      },
    },
    {
      id: 'pronoun-verb-after',
      reason: 'Last resort after the quotation, as name-verb-after with "he" or "she": a quotation that breaks off at a comma, a question or an exclamation, followed by the pronoun and any verb ("“…,” he shrugged", "“…?” she laughed": a manner of speaking, not a listed reporting verb), is the words of the person the pronoun stands for; lower case only ("“….” He left" opens a new sentence).',
      when: context => context.cue('pronoun-verb-after') !== null,
      outcome: 'pronoun-verb-after',
      examples: {
        yes: ['Tom Wrede was less sure about the plan. "Nobody has asked the crews what they want from the port," he shrugged.'],
        no: [
          'Tom Wrede was less sure about the plan. "Nobody has asked the crews what they want from the port." He left the hall.',
          'Tom Wrede was less sure about the plan. "Nobody has asked the crews what they want from the port," the pamphlet read.',
        ],
      },
    },
  ],
});
