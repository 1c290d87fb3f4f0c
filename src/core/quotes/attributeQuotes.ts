// Credits each quotation to a speaker: its own cue first; then the conventions of news writing for
// quotations without one (a quotation continued over paragraphs, the rest of an interrupted quotation,
// a "floating" quotation paragraph after an attributed one, as in the Gender Gap Tracker).

import type { AttributionBasis, Entity, Quote, Span } from '../model';
import { memoized } from '../memo';
import { firstRule } from '../rules/ruleTable';
import { isExplaining, recordDecision } from '../rules/trail';
import { BEFORE_WINDOW, cueWindow, prepareArticle, type QuoteArticle } from './cueContext';
import type { Cue } from './findCue';
import type { QuoteSpan } from './findQuotes';
import type { Paragraph } from '../paragraphs';
import { SPEAKER_CUES } from './speakerCues';
import { opensApostrophePassage, passageCueBefore } from './passageCue';
import type { SpeakerRef } from './subject';
import { PERSONAL_PRONOUNS, POINTING_BACK_NOUNS, REPORTING_VERBS_FINITE, TITLE_NOUNS, FINDING_VERBS } from '../lexicon/quotes';
import { looksLikeName } from './quoteKinds';
import { SPEAKER_CONVENTIONS_TABLE, type SpeakerConvention } from './conventionIds';
import { sentenceEnd, sentenceStart, tokenize, type MaskedToken } from './tokens';
/** Quotations this short are scare quotes unless a cue of their own credits them. */
const MAX_SCARE_WORDS = 3;
/** Caption or heading lines a floating quotation may skip to reach the paragraph it continues. */
const MAX_SKIPPED_CAPTIONS = 3;

interface Attributed {
  readonly span: QuoteSpan;
  /** Set when the quotation has a cue of its own. */
  cue: Cue | null;
  speakerId: string | null;
  attribution: Span | undefined;
  /** How the speaker was found (set with speakerId). */
  basis: AttributionBasis | undefined;
  /** Whether the speaker is settled (own cue or inherited). */
  settled: boolean;
  /** For a quotation without a cue that opens a sentence: whom the sentence before it (same paragraph) credits. */
  previousSentence: Credit | null;
  /** For a quotation without a cue of its own: the convention that settled it (speakerConventions.ts), for explanations. */
  convention?: SpeakerConvention;
}

function wordCount(text: string): number {
  return quotationWordCount(text);
}

/** wordCount of the quotations read lately (each quotation's, on every edit). */
const quotationWordCount = memoized((text: string): number => (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length);

/** A caption or heading: a line that does not end like a sentence or a quotation. */
function isCaption(text: string, paragraph: Paragraph): boolean {
  return !/[.!?:"”’»…)]$/.test(text.slice(paragraph.start, paragraph.end));
}

/**
 * A short quotation that is a whole sentence ("“Ultimately, we’re responsible.”") and took its speaker
 * from the quotation before it: more of the same speech, not a scare quote.
 */
function isSpokenSentence(quote: Attributed, quoted: string): boolean {
  return quote.speakerId !== null && quote.basis === 'inherited' && /^\p{Lu}/u.test(quoted) && /[.!?]$/.test(quoted.trim());
}

/** A speaker with the cue that names them. */
interface Credit {
  readonly speakerId: string | null;
  readonly attribution: Span | undefined;
  /** The convention that credits a cue-less quotation from this sentence, when not 'sentence-before'. */
  readonly convention?: SpeakerConvention;
}

/**
 * A quotation without a cue of its own takes another's speaker: 'inherited' from before it, 'following' from
 * after it, by the named convention (recorded for explanations).
 */
function inherit(target: Attributed, from: Credit, basis: 'inherited' | 'following', convention: SpeakerConvention): void {
  target.convention = convention;
  target.speakerId = from.speakerId;
  target.attribution = from.attribution;
  target.basis = from.speakerId ? basis : undefined;
  target.settled = true;
}

/** An organisation or a document speaking is marked as such, however it was found. */
function speakerBasis(basis: AttributionBasis, kind: Entity['kind'] | undefined): AttributionBasis {
  return kind === undefined || kind === 'person' ? basis : 'organisation';
}

/** The basis of a quotation's own cue: how the phrase it names was read (a name, a pronoun, a description). */
const BASIS_OF_REF: Readonly<Record<SpeakerRef['type'], AttributionBasis>> = {
  entity: 'cue',
  pronoun: 'pronoun',
  description: 'description',
};

/** Whom the last sentence of masked[start, end) credits with words ("X said the plan would fail."). */
function closingCue(article: QuoteArticle, start: number, end: number): Credit | null {
  const { masked, cues, resolver } = article;
  let last = end;
  while (last > start && /[\s.!?]/.test(masked[last - 1])) {
    last--;
  }
  const cue = cues.before(tokenize(masked, sentenceStart(masked, last, Math.max(start, last - BEFORE_WINDOW), last), last));
  const speakerId = cue?.ref ? resolver.resolve(cue.ref, cue.span.start) : null;
  return cue && speakerId ? { speakerId, attribution: cue.span } : null;
}

/** "The Villa boss also thought …": a sentence opened by a definite description of a person, whatever its verb. */
function describedSubject(article: QuoteArticle, start: number, end: number): Credit | null {
  const { masked, index, resolver } = article;
  const from = sentenceStart(masked, end - 1, Math.max(start, end - BEFORE_WINDOW), end);
  const tokens = tokenize(masked, from, Math.min(end, from + 80));
  const head = tokens.findIndex((token, at) => at > 0 && at <= 4 && /^\p{Ll}/u.test(token.text) && TITLE_NOUNS.has(token.lower));
  if (head < 0 || tokens[0].lower !== 'the' || tokens.slice(1, head).some(token => token.kind !== 'word' || index.at(token.start, token.end)?.entity.kind === 'person')) {
    return null;
  }
  const span = { start: tokens[0].start, end: tokens[head].end };
  const speakerId = resolver.resolve({ type: 'description', words: tokens.slice(0, head + 1).map(token => token.text), owner: null, span }, span.start);
  return speakerId ? { speakerId, attribution: span } : null;
}

/**
 * "Jane X touted her record on the bill. “…”": the sentence before opens with a named person and any verb
 * (subjectVerbCue), though no reporting verb; news writing introduces the next speaker so.
 */
function namedSubjectSentence(article: QuoteArticle, start: number, end: number): Credit | null {
  const { masked, cues, resolver, index } = article;
  const from = sentenceStart(masked, end - 1, Math.max(start, end - BEFORE_WINDOW), end);
  const cue = cues.subjectVerb(tokenize(masked, from, end));
  const speakerId = cue?.ref ? resolver.resolve(cue.ref, cue.span.start) : null;
  return cue && speakerId && index.entity(speakerId)?.kind === 'person' ? { speakerId, attribution: cue.span, convention: 'subject-sentence-before' } : null;
}

/**
 * "X argued in a letter to Y that the vote should wait." before a quotation paragraph: the narration's last sentence
 * opens with a named person and a listed reporting verb, so it reports that person's words even when it names
 * others; the person, or null.
 */
function reportingSubject(article: QuoteArticle, start: number, end: number): string | null {
  const credit = namedSubjectSentence(article, start, end);
  const verb = credit?.attribution ? /[\p{L}-]+$/u.exec(article.text.slice(credit.attribution.start, credit.attribution.end))?.[0] : undefined;
  return credit && verb && REPORTING_VERBS_FINITE.has(verb.toLowerCase()) ? credit.speakerId : null;
}

/**
 * "He then listed the terms he would accept:" closing a paragraph before a quotation: the person the
 * pronoun stands for (the pronoun-colon cue, read over the paragraph's last sentence); null when none.
 */
function pronounIntroduction(article: QuoteArticle, start: number, end: number): string | null {
  const { masked, cues, resolver } = article;
  const stop = masked.slice(start, end).trimEnd().length + start;
  const from = sentenceStart(masked, stop - 1, Math.max(start, stop - BEFORE_WINDOW), stop);
  const cue = cues.pronounColon(tokenize(masked, from, stop));
  return cue?.ref ? resolver.resolve(cue.ref, cue.span.start) : null;
}

/** "His"/"Her" opening a paragraph (group 1). */
const OPENING_POSSESSIVE = /^\s*(His|Her)\s/u;

/**
 * "X ran 10.02 in Kelso. / His time took a tenth off the record Y set in 2009. / "…"": a narration paragraph that opens
 * with "His" or "Her" and makes no one its subject (a name in it is a complement: sentence-subject's
 * after-opening-possessive) is about the person that possessive stands for, the one before it; null when it does not
 * open so or the pronoun finds no one.
 */
function possessiveOwner(article: QuoteArticle, from: number): string | null {
  const opening = OPENING_POSSESSIVE.exec(article.masked.slice(from, from + 8));
  if (!opening) {
    return null;
  }
  const word = opening[1] === 'His' ? 'he' : 'she';
  return article.resolver.resolve({ type: 'pronoun', word, span: { start: from, end: from } }, from);
}

/** A paragraph that is one short sentence opened by "He" or "She" and a lower-case word (group 1: the pronoun). */
const PRONOUN_BEAT = /^\s*(He|She)\s+\p{Ll}[^.!?]*[.!?]\s*$/u;
/** Most words such a paragraph has: a beat of action between quotations ("He sighs.", "She taps the desk twice."). */
const MAX_BEAT_WORDS = 8;

/**
 * "“…” / He sighs. / “Right, put me down for two.”": a paragraph of one short sentence whose subject is "He" or "She"
 * (PRONOUN_BEAT) is a beat of the speaker's action between the lines, as feature copy writes a call or an interview, so
 * the quotation paragraph after it is that person's: the one the pronoun stands for. Null for any other paragraph.
 */
function pronounBeatOwner(article: QuoteArticle, from: number, to: number): string | null {
  const paragraph = article.masked.slice(from, to);
  const beat = PRONOUN_BEAT.exec(paragraph);
  if (!beat || wordCount(paragraph) > MAX_BEAT_WORDS) {
    return null;
  }
  const word = beat[1] === 'He' ? 'he' : 'she';
  return article.resolver.resolve({ type: 'pronoun', word, span: { start: from, end: from } }, from);
}

/**
 * "X said the delay had left her furious. Doing so “looked like an attempt to wear the crews down.”": whether the
 * quotation closes a sentence whose own words before it name no one and report no one (no name, no pronoun, no
 * reporting verb, no other quotation): such a sentence goes on with the report of the sentence before it, so its words
 * are that speaker's, as a quotation opening the sentence would be (sentence-before). Nor a verb of finding ("The
 * inspection found “…”", list quote-finding-verbs): that sentence reports what its own subject found.
 */
function closesSentenceOfNoOne(article: QuoteArticle, span: QuoteSpan, before: readonly MaskedToken[]): boolean {
  const { text, index } = article;
  const closes = /[.!?…]\W*$/u.test(text.slice(span.start, span.end)) || /^\W?\s*[.!?]/u.test(text.slice(span.outerEnd, span.outerEnd + 3));
  return closes && before.length > 0 && before.every(token => token.kind === 'word' || token.kind === 'punct')
    && !before.some(token => PERSONAL_PRONOUNS.has(token.lower) || REPORTING_VERBS_FINITE.has(token.lower) || FINDING_VERBS.has(token.lower)
      || index.at(token.start, token.end) !== undefined);
}

/** A doubled-apostrophe passage keeps the speaker of the passage in the sentence before (passageCue.ts). */
function passageBefore(article: QuoteArticle, span: QuoteSpan, start: number, end: number): Credit | null {
  return opensApostrophePassage(article.text, span.outerStart) ? passageCueBefore(article, start, end) : null;
}

/** The credit of the sentence before, recorded as the sentence-before-inside convention; null when none. */
function insideSentenceCredit(credit: Credit | null): Credit | null {
  return credit ? { ...credit, convention: 'sentence-before-inside' } : null;
}

/**
 * Credits the quotation article.speech[at] by its own cue, the first rule of the speaker-cues table that
 * fires; without one, notes whom the sentence before it credits (for inheritSpeakers).
 */
function creditOwnCue(article: QuoteArticle, quote: Attributed, at: number): void {
  const { context, lo, sentence } = cueWindow(article, at);
  const rule = firstRule(SPEAKER_CUES, context);
  const cue = rule ? context.cue(rule.outcome) : null;
  if (!rule || !cue) {
    quote.previousSentence = context.before.length === 0 && sentence > lo ? closingCue(article, lo, sentence) ?? describedSubject(article, lo, sentence) ?? namedSubjectSentence(article, lo, sentence) ?? passageBefore(article, quote.span, lo, sentence)
      : sentence > lo && closesSentenceOfNoOne(article, quote.span, context.before) ? insideSentenceCredit(closingCue(article, lo, sentence))
        : null;
    return;
  }
  quote.cue = cue;
  quote.settled = true;
  quote.attribution = cue.span;
  quote.speakerId = cue.ref ? article.resolver.resolve(cue.ref, cue.span.start) : null;
  quote.basis = cue.ref && quote.speakerId ? BASIS_OF_REF[cue.ref.type] : undefined;
  if (quote.speakerId) {
    article.resolver.recordAttribution(cue.span.start, quote.speakerId);
  }
  if (isExplaining()) {
    recordDecision(SPEAKER_CUES.id, rule.id, quote.span, explainedBasis(article, quote));
  }
}

/** The basis a quotation's speaker ends with, as the explanation shows it ("cue", "pronoun", "organisation" …; "no speaker"). */
function explainedBasis(article: QuoteArticle, quote: Attributed): string {
  return quote.speakerId ? speakerBasis(quote.basis ?? 'inherited', article.index.entity(quote.speakerId)?.kind) : 'no speaker';
}

/** Whether a quotation is kept as speech: credited by a cue that proves speech, part of a longer quotation, or more than a scare quote. */
function isSpeech(text: string, quote: Attributed): boolean {
  const words = text.slice(quote.span.start, quote.span.end);
  return (quote.cue !== null && !quote.cue.loose) || quote.span.continuesNext || quote.span.continued || isSpokenSentence(quote, words)
    || (wordCount(words) > MAX_SCARE_WORDS && !looksLikeName(words));
}

/** The Quote the analysis reports for an attributed quotation. */
function quoteOf(article: QuoteArticle, quote: Attributed): Quote {
  const { text } = article;
  const found: Quote = { start: quote.span.start, end: quote.span.end, text: text.slice(quote.span.start, quote.span.end), speakerId: quote.speakerId };
  if (!quote.speakerId) {
    return quote.attribution ? { ...found, attribution: quote.attribution } : found;
  }
  const basis = speakerBasis(quote.basis ?? 'inherited', article.index.entity(quote.speakerId)?.kind);
  return quote.attribution ? { ...found, attribution: quote.attribution, basis } : { ...found, basis };
}

/**
 * Quotes (speech only: titles, nicknames, terms and unattributed scare quotes are left out) with
 * their speakers. spans come from findQuotes(text); entities carry their mentions and roles.
 */
export function attributeQuotes(text: string, spans: readonly QuoteSpan[], entities: readonly Entity[]): Quote[] {
  const article = prepareArticle(text, spans, entities);
  const { masked, paragraphs, resolver } = article;
  const speech: Attributed[] = article.speech.map(span => ({ span, cue: null, speakerId: null, attribution: undefined, basis: undefined, settled: false, previousSentence: null }));
  speech.forEach((quote, at) => creditOwnCue(article, quote, at));
  /** The person's mention in [from, to) as the attribution: the words that credit a quotation from another paragraph. */
  const creditNamed = (speakerId: string | null, from: number, to: number): Credit | null =>
    speakerId ? { speakerId, attribution: resolver.mentionOf(speakerId, from, to) } : null;
  creditFromSentenceAfter(text, paragraphs, speech, (from, to) => {
    const end = pointingClauseEnd(masked, from, sentenceEnd(masked, from, to));
    const credit = creditNamed(resolver.onlyPersonBetween(from, end), from, end);
    // Only a title's words may stand between "of"/"from" and the name ("the verdict of party chairman X").
    return credit?.attribution && TITLE_WORDS_ONLY.test(text.slice(from, credit.attribution.start)) ? credit : null;
  });

  const signedBy = (paragraph: Paragraph, quote: QuoteSpan): Credit | null => {
    const cue = article.cues.signatureLine(tokenize(masked, paragraph.start, paragraph.end), closesLeftOpen(text, paragraph, quote));
    const speakerId = cue?.ref ? resolver.resolve(cue.ref, cue.span.start) : null;
    return cue && speakerId ? { speakerId, attribution: cue.span } : null;
  };
  // A signature inside the quotation's own marks is the quotation's own evidence: read before any convention of
  // inheritance credits the quotation with the speaker of the paragraph before.
  creditFromNextParagraph(text, paragraphs, speech, { personIn: () => null, signedBy }, quote => quote.closeMissing);
  inheritSpeakers(text, paragraphs, speech, paragraph => closingCue(article, paragraph.start, paragraph.end));
  creditFromNextParagraph(text, paragraphs, speech, {
    personIn: (from, to) => {
      const end = sentenceEnd(masked, from, to);
      return creditNamed(resolver.onlyPersonBetween(from, end), from, end);
    },
    signedBy,
  });
  creditFloatingParagraphs(text, paragraphs, speech, (from, to) => {
    // A paragraph that ends in a colon introduces what follows; otherwise only a paragraph about one
    // person is clear enough ("X met Y on Monday." then a quotation could be either).
    const introduces = /:\s*$/.test(text.slice(from, to));
    const speakerId = resolver.subjectBetween(from, to) ?? (introduces ? pronounIntroduction(article, from, to) : null);
    if (speakerId) {
      return introduces || resolver.onlyPersonBetween(from, to) === speakerId || reportingSubject(article, from, to) === speakerId
        ? creditNamed(speakerId, from, to) : null;
    }
    return creditNamed(possessiveOwner(article, from) ?? pronounBeatOwner(article, from, to), from, to);
  });

  creditPullQuotes(text, paragraphs, speech);

  const kept = speech.filter(quote => isSpeech(text, quote));
  if (isExplaining()) {
    recordConventions(article, kept);
  }
  return kept.map(quote => quoteOf(article, quote));
}

/** Fewest words a pull quote repeats from the quotation it is taken from ("Nobody asked the fishermen"). */
const MIN_PULL_QUOTE_WORDS = 3;
/** Pull quotes are a line or two; a long block repeated elsewhere is a letter or a statement quoted twice, whose
 * paragraph before it may name its source (a signed block keeps the speaker the text around it gives). */
const MAX_PULL_QUOTE_WORDS = 30;

/** Words of a quotation, lower-cased, joined by single spaces, for finding one inside another. */
function wordsOf(text: string): string {
  return quotationWords(text);
}

/** wordsOf of the quotations read lately: every quotation of the article is read again on every edit. */
const quotationWords = memoized((text: string): string => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' '));

/**
 * Pull quotes: a paragraph that is nothing but a quotation without a cue of its own (three to thirty words), whose
 * words recur inside a longer quotation with a speaker, repeats that speaker's words between paragraphs (features and
 * long reads print them so); it takes that speaker, not the one the paragraph before it would pass on. So does a
 * quotation in a heading (a headline or a live entry's heading) that nothing credited, whose words recur in a longer
 * quotation below it, or in the same words as a fragment ("… builder 'relied in good faith' …" over "said it had
 * "relied in good faith" on …"): the report under the heading quotes the speaker in full.
 */
function creditPullQuotes(text: string, paragraphs: readonly Paragraph[], speech: Attributed[]): void {
  // Every quotation's words in one string, built when the first pull quote is met: a long article has thousands of
  // quotations and hundreds of pull quotes, and comparing each with every quotation made this pass quadratic.
  let spoken: SpokenWords | undefined;
  for (const quote of speech) {
    const para = paragraphs[quote.span.paragraph];
    const pullQuote = !quote.cue && para !== undefined && quote.span.outerStart === para.start && text.slice(quote.span.outerEnd, para.end).trim() === '';
    const headline = !pullQuote && !quote.speakerId && isHeadingLineAt(text, quote.span);
    if (!pullQuote && !headline) {
      continue;
    }
    const words = wordsOf(text.slice(quote.span.start, quote.span.end));
    const count = words.split(' ').length;
    if (count < MIN_PULL_QUOTE_WORDS || count > MAX_PULL_QUOTE_WORDS) {
      continue;
    }
    spoken ??= spokenWords(text, speech);
    // A heading's quotation is repeated in a longer one below it (the report under the heading), a pull quote anywhere.
    const source = firstSpeaking(spoken, speech, ` ${words} `, other => other !== quote && (other.span.paragraph !== quote.span.paragraph || headline)
      && (!headline || other.span.start > quote.span.end)
      && (other.span.end - other.span.start > quote.span.end - quote.span.start || (headline && other.span.end - other.span.start === quote.span.end - quote.span.start)));
    if (source) {
      inherit(quote, source, 'inherited', pullQuote ? 'pull-quote' : 'heading-quotation');
    }
  }
}

/**
 * The words of every quotation (wordsOf, each between spaces), one line per quotation, and for each word the lines that
 * hold it, in order: a pull quote's words are looked for only in the quotations that hold its rarest word, not in every
 * quotation of the article (a pull quote found nowhere read the whole article's quotations, on every edit).
 */
interface SpokenWords {
  readonly lines: readonly string[];
  readonly linesOf: ReadonlyMap<string, readonly number[]>;
}

function spokenWords(text: string, speech: readonly Attributed[]): SpokenWords {
  const lines: string[] = [];
  const linesOf = new Map<string, number[]>();
  speech.forEach((quote, index) => {
    const words = wordsOf(text.slice(quote.span.start, quote.span.end));
    lines.push(` ${words} `);
    for (const word of words.split(' ')) {
      const holding = linesOf.get(word);
      if (!holding) {
        linesOf.set(word, [index]);
      } else if (holding[holding.length - 1] !== index) {
        holding.push(index);
      }
    }
  });
  return { lines, linesOf };
}

/**
 * The first quotation in speech order with a speaker that passes `fits` and whose words hold `words` (spaced at both
 * ends, so whole words only).
 */
function firstSpeaking(spoken: SpokenWords, speech: readonly Attributed[], words: string, fits: (other: Attributed) => boolean): Attributed | undefined {
  // Every quotation that holds the words holds each of them: the rarest word's lines are all that need reading.
  let rarest: readonly number[] | undefined;
  for (const word of words.trim().split(' ')) {
    const holding = spoken.linesOf.get(word) ?? [];
    if (rarest === undefined || holding.length < rarest.length) {
      rarest = holding;
    }
  }
  for (const index of rarest ?? []) {
    const other = speech[index];
    if (spoken.lines[index].includes(words) && other.speakerId && fits(other)) {
      return other;
    }
  }
  return undefined;
}

/**
 * Whether the quotation stands in a heading: its line (from the line break before it to the one after it) does not
 * end like a sentence ("'We heard it from the kitchen': village rallies after crash", "Mayor: 'The town held'"), as a
 * headline or a live page's entry heading does not; a line of prose ends in a full stop, a question or an exclamation
 * mark, a colon that introduces, or a closing quotation mark after one of them.
 */
function isHeadingLineAt(text: string, span: QuoteSpan): boolean {
  const lineStart = text.lastIndexOf('\n', span.outerStart - 1) + 1;
  const nextBreak = text.indexOf('\n', span.outerEnd);
  const line = text.slice(lineStart, nextBreak < 0 ? text.length : nextBreak).trim();
  return line.length > 0 && !/[.!?:;…]["'’”»]?$/u.test(line) && !/[.!?,]["'’”»]$/u.test(line);
}

/** Records, at each quotation's span, the convention that credited it when it had no cue of its own. */
function recordConventions(article: QuoteArticle, kept: readonly Attributed[]): void {
  for (const quote of kept) {
    if (quote.convention) {
      recordDecision(SPEAKER_CONVENTIONS_TABLE, quote.convention, quote.span, explainedBasis(article, quote));
    }
  }
}

/**
 * Quotations without a cue of their own, in document order: a quotation after a sentence of the same
 * paragraph that credits someone ("X said at the meeting. “…”"), the next part of a quotation continued
 * over paragraphs, the rest of an interrupted quotation or another quotation in the same paragraph,
 * and a "floating" quotation that opens a paragraph after an attributed one or after a paragraph whose
 * closing sentence reports someone's words (captions and headings in between are skipped) keep the
 * speaker before them. Then, backwards, a quotation whose cue comes in
 * a later part (the next paragraph of the same quotation, or later in its paragraph) takes it.
 */
function inheritSpeakers(text: string, paragraphs: readonly Paragraph[], speech: Attributed[], closingCue: (paragraph: Paragraph) => Credit | null): void {
  const lastInParagraph = new Map<number, Attributed>();
  // Floating paragraphs credited only because another quotation ends the paragraph before them.
  const afterAnotherQuotation = new Set<Attributed>();
  speech.forEach((quote, index) => {
    const prev = speech[index - 1];
    if (!quote.settled && quote.previousSentence && !quote.span.continued && !closesOwnAttribution(text, prev, quote)) {
      inherit(quote, quote.previousSentence, 'inherited', quote.previousSentence.convention ?? 'sentence-before');
    }
    if (!quote.settled && prev?.settled && (quote.span.continued || prev.span.paragraph === quote.span.paragraph)) {
      inherit(quote, prev, 'inherited', 'quotation-before');
    }
    if (!quote.settled) {
      const para = paragraphs[quote.span.paragraph];
      const p = previousParagraph(text, paragraphs, quote.span.paragraph, at => lastInParagraph.has(at));
      if (para !== undefined && p >= 0 && quote.span.outerStart === para.start) {
        // The previous paragraph's closing sentence may credit someone ("X said the plan would fail."),
        // else its last quotation does.
        const last = lastInParagraph.get(p);
        const source = closingCue(paragraphs[p]) ?? (last?.speakerId ? last : null);
        if (source) {
          inherit(quote, source, 'inherited', 'paragraph-before');
        }
        if (source !== null && last?.speakerId && source.speakerId === last.speakerId && !/:\s*$/.test(text.slice(paragraphs[p].start, paragraphs[p].end))) {
          afterAnotherQuotation.add(quote);
        }
      }
    }
    lastInParagraph.set(quote.span.paragraph, quote);
  });
  for (let i = speech.length - 2; i >= 0; i--) {
    const q = speech[i];
    const next = speech[i + 1];
    const sameQuotation = q.span.continuesNext && next.span.continued;
    if (!q.settled && (sameQuotation ? next.settled : namesLaterInParagraph(text, q, next, speech[i + 2]))) {
      inherit(q, next, 'following', 'quotation-after');
    } else if (sameQuotation && isCreditedByLaterPart(speech, i, afterAnotherQuotation)) {
      inherit(q, next, 'following', 'quotation-after');
    }
  }
}

/**
 * Whether the quotation after `quote`, in its paragraph, names the speaker `quote` takes: by a cue of its own, or, when
 * `quote` is the opening piece of a quotation that holds another in the same marks, by the cue of its closing piece
 * ("“The board's view that the pier “will pay for itself” is wrong,” wrote X" is read as three pieces: the first
 * takes the speaker the last names, as the nested one between them does).
 */
function namesLaterInParagraph(text: string, quote: Attributed, next: Attributed, closing: Attributed | undefined): boolean {
  return next.span.paragraph === quote.span.paragraph
    && (next.cue !== null || (next.convention === 'quotation-after' && next.speakerId !== null && aroundNested(text, quote, next, closing)));
}

/**
 * "“The board's view that the pier “will pay …” is wrong,” wrote X": `quote` was cut off where a quotation in the same
 * marks opens inside it (only spaces between them, its words end no sentence or clause, it has no closing mark), and the
 * piece after the nested quotation, in the same paragraph, lacks its opening mark and names the speaker by its own cue.
 */
function aroundNested(text: string, quote: Attributed, next: Attributed, closing: Attributed | undefined): boolean {
  return closing !== undefined && closing.span.paragraph === quote.span.paragraph && closing.span.openMissing && closing.cue !== null
    && closing.speakerId === next.speakerId && quote.span.outerEnd === quote.span.end && /^\s*$/.test(text.slice(quote.span.outerEnd, next.span.outerStart))
    && !/[.!?…,;:]\W*$/u.test(text.slice(quote.span.start, quote.span.end));
}

/**
 * A quotation continued over paragraphs is one speaker's: when its later part names a speaker of its own
 * ("“…\n\n“…,” said Y.") and the quotation opened as a floating paragraph that had only been given the
 * speaker of the quotation ending the paragraph before (“…,” X said.), the later part's own cue is the
 * better evidence, so the earlier parts take it. Not when the paragraph before introduced the quotation
 * ("Z reported:"): a name with a cue inside a relayed excerpt is the excerpt's, not the relayer's.
 */
function isCreditedByLaterPart(speech: readonly Attributed[], at: number, afterAnotherQuotation: ReadonlySet<Attributed>): boolean {
  const earlier = speech[at];
  const later = speech[at + 1];
  let head = at;
  while (head > 0 && speech[head].span.continued && speech[head - 1].span.continuesNext) {
    head--;
  }
  const laterNamesItsOwn = later.cue !== null || later.convention === 'quotation-after';
  const opensAsFloating = afterAnotherQuotation.has(speech[head]);
  return laterNamesItsOwn && opensAsFloating && earlier.cue === null && later.speakerId !== null && later.speakerId !== earlier.speakerId;
}

/**
 * "“…,” X told the paper, after Y stated an interest. “…”": the sentence before a cue-less quotation is
 * the attribution of the quotation before it, so that quotation's speaker goes on, not the sentence's
 * last reporting verb. Not after "according to <outlet>", which names where the words that follow came from.
 */
function closesOwnAttribution(text: string, prev: Attributed | undefined, quote: Attributed): boolean {
  const own = prev?.cue ? prev.attribution : undefined;
  const closing = quote.previousSentence?.attribution;
  return prev !== undefined && prev.speakerId !== null && own !== undefined && closing !== undefined && prev.span.paragraph === quote.span.paragraph
    && own.start >= prev.span.outerEnd && closing.start >= own.start && !/[.!?]\s/.test(text.slice(own.end, closing.start))
    && !/^according\b/i.test(text.slice(closing.start, closing.end));
}

/** The paragraph before paragraph `index`, skipping caption and heading lines that hold no quotation; -1 when none. */
function previousParagraph(text: string, paragraphs: readonly Paragraph[], index: number, hasQuote: (position: number) => boolean): number {
  let p = index - 1;
  for (let skipped = 0; p >= 0 && skipped < MAX_SKIPPED_CAPTIONS && !hasQuote(p) && isCaption(text, paragraphs[p]); skipped++) {
    p--;
  }
  return p;
}

/**
 * Last resort for a quotation that opens its paragraph with no cue anywhere in its paragraph or its
 * continuation, after a paragraph of narration (no quotations but short uncredited ones): news writing
 * introduces the speaker just before such a paragraph ("X read out the message." / "X spoke to
 * reporters:"), so it takes the person that narration makes its subject (subjectIn), then passes it to
 * the rest of its quotation and paragraph, and to the bare quotation paragraphs that follow in a run.
 */
function creditFloatingParagraphs(text: string, paragraphs: readonly Paragraph[], speech: Attributed[], subjectIn: (from: number, to: number) => Credit | null): void {
  // A paragraph whose only quotations are short and uncredited ("What “go after them” means …") is narration.
  const quoted = new Set(speech.filter(quote => quote.settled || wordCount(text.slice(quote.span.start, quote.span.end)) > MAX_SCARE_WORDS).map(quote => quote.span.paragraph));
  /** Quotations this pass credited: a run of quotation paragraphs after them goes on with their speaker. */
  const credited = new Set<Attributed>();
  speech.forEach((quote, index) => {
    const prev = speech[index - 1];
    if (quote.settled) {
      return;
    }
    if (prev?.settled && (quote.span.continued || prev.span.paragraph === quote.span.paragraph)) {
      inherit(quote, prev, 'inherited', 'quotation-before');
      credited.add(quote);
      return;
    }
    const para = paragraphs[quote.span.paragraph];
    if (para === undefined || quote.span.outerStart !== para.start || quote.span.continued) {
      return;
    }
    const p = previousParagraph(text, paragraphs, quote.span.paragraph, at => quoted.has(at));
    if (prev !== undefined && credited.has(prev) && prev.speakerId && prev.span.paragraph === p) {
      // The next paragraph of a run of bare quotation paragraphs ("“…”" / "“…”"): the same speaker goes on.
      inherit(quote, prev, 'inherited', 'paragraph-before');
      credited.add(quote);
      return;
    }
    const credit = p >= 0 && !quoted.has(p) ? subjectIn(paragraphs[p].start, paragraphs[p].end) : null;
    if (credit) {
      inherit(quote, credit, 'inherited', 'narration-before');
      credited.add(quote);
    }
  });
}

/**
 * The sentence right after a quotation that points back to it and names its source after "of", "from" or "by":
 * "That was the verdict of X", "That warning came from X", "This quote from X …". The match ends just before the
 * source's name (or its title).
 */
const POINTS_BACK_SENTENCE = /^[.!?]?\s+(?:That|This|Those|These)\s+(?:(?:\p{Ll}+\s+)?(?:was|were|is|are|came|comes)\s+(?:(?:the|a|an)\s+)?(?:\p{Ll}+\s+){0,2}|\p{Ll}+\s+)(?:of|from|by)\s+/u;
/**
 * The same sentence opened by "The" and a noun for what was said (list quote-pointing-back-nouns): "“…” The words of
 * retired skipper X, who …", "“…” The warning from X came as …". Built once from the list.
 */
const POINTS_BACK_NOUN_SENTENCE = new RegExp(`^[.!?]?\\s+The\\s+(?:\\p{Ll}+\\s+)?(?:${[...POINTING_BACK_NOUNS.words].join('|')})\\s+(?:of|from)\\s+`, 'u');
/** At most four words and no punctuation between the preposition and the name: a title ("of union leader X"). */
const TITLE_WORDS_ONLY = /^(?:[\p{L}.-]+\s+){0,4}$/u;

/**
 * "“We are not leaving.” That was the verdict of X, who …": a quotation that closes a sentence without a cue
 * of its own, followed in its paragraph by a sentence that points back to it and names one person after "of",
 * "from" or "by", is that person's (the paragraph-after-points-back convention, within one paragraph).
 * `personIn(from, to)` gives the one person named from `from` (right after the preposition) to the end of its sentence.
 */
function creditFromSentenceAfter(text: string, paragraphs: readonly Paragraph[], speech: Attributed[], personIn: (from: number, to: number) => Credit | null): void {
  for (const quote of speech) {
    const para = paragraphs[quote.span.paragraph];
    if (quote.settled || para === undefined || quote.span.continuesNext) {
      continue;
    }
    const rest = text.slice(quote.span.outerEnd, Math.min(para.end, quote.span.outerEnd + 120));
    const pointing = POINTS_BACK_SENTENCE.exec(rest) ?? POINTS_BACK_NOUN_SENTENCE.exec(rest);
    const closesSentence = /[.!?…]$/u.test(text.slice(quote.span.start, quote.span.end)) || /^[.!?]/u.test(rest);
    const credit = pointing && closesSentence ? personIn(quote.span.outerEnd + pointing[0].length, para.end) : null;
    if (credit) {
      inherit(quote, credit, 'following', 'sentence-after-points-back');
    }
  }
}

/**
 * Where the pointing clause of [from, end) ends: at its first colon or semicolon, else at end. "That was the verdict of
 * X, the former champion, and he was not finished: Y had …" names the source before the colon; the person after it
 * (Y) is what the source said next about, no second candidate for the quotation before.
 */
function pointingClauseEnd(masked: string, from: number, end: number): number {
  const stop = masked.slice(from, end).search(/[:;]/);
  return stop < 0 ? end : from + stop;
}

/** A paragraph that credits the quotation before it by pointing back ("That was the message from X …"). */
const POINTS_BACK = /^(?:That|Those|This|These|Such|So)\b/u;

/**
 * "“…”" / "That was the verdict of X, who … . “We will fight,” she said.": the pointing paragraph's own quotation comes
 * after its first sentence, which names the source of the quotation before it; one that opens inside that sentence
 * leaves the pointing unclear.
 */
function quotesAfterFirstSentence(text: string, paragraph: Paragraph, quoteStart: number): boolean {
  return /[.!?]["”’)]?\s/u.test(text.slice(paragraph.start, quoteStart));
}

/**
 * "“…⏎Jane X, Springfield Institute.”": the paragraph ends in a closing double mark, and holds no other, right after a
 * quotation left open at the end of its paragraph: the mark closes that quotation, and the line is inside it.
 */
function closesLeftOpen(text: string, paragraph: Paragraph, quote: QuoteSpan): boolean {
  const words = text.slice(paragraph.start, paragraph.end);
  return quote.closeMissing === true && /["\u201D]$/u.test(words) && !/["\u201C\u201D]/u.test(words.slice(0, -1));
}

/** How the paragraph after a cue-less quotation may credit it. */
interface NextParagraphCredit {
  /** The one person named in the first sentence of [from, to). */
  readonly personIn: (from: number, to: number) => Credit | null;
  /** The person a paragraph that is only a dashed signature ("— Jane X, Springfield.") names, or one that closes the quotation left open before it. */
  readonly signedBy: (paragraph: Paragraph, quote: QuoteSpan) => Credit | null;
}

/**
 * A quotation that closes its paragraph without a cue, followed by a paragraph that points back to it
 * and names one person in its first sentence ("“…”" / "That was the warning from X on Sunday."), or by a
 * paragraph that is only a dashed signature ("“…”" / "— X, Springfield."): that person, also for the
 * earlier parts of the same quotation and the paragraph's other cue-less quotations. only: the quotations this pass may
 * credit (all by default; the early pass for signatures inside the marks takes only quotations left open).
 */
function creditFromNextParagraph(text: string, paragraphs: readonly Paragraph[], speech: Attributed[], next: NextParagraphCredit, only: (quote: QuoteSpan) => boolean = () => true): void {
  for (let i = speech.length - 1; i >= 0; i--) {
    const q = speech[i];
    const para = paragraphs[q.span.paragraph];
    const after = paragraphs[q.span.paragraph + 1];
    if (q.settled || q.span.continuesNext || !only(q.span) || para === undefined || after === undefined || !/^\s*$/.test(text.slice(q.span.outerEnd, para.end))) {
      continue;
    }
    const pointsBack = POINTS_BACK.test(text.slice(after.start, after.end));
    const nextQuote = speech[i + 1];
    if (nextQuote?.span.paragraph === after.index && !(pointsBack && quotesAfterFirstSentence(text, after, nextQuote.span.outerStart))) {
      continue;
    }
    const credit = pointsBack ? next.personIn(after.start, after.end) : next.signedBy(after, q.span);
    if (!credit) {
      continue;
    }
    const convention = pointsBack ? 'paragraph-after-points-back' : 'signature-paragraph-after';
    inherit(q, credit, 'following', convention);
    for (let k = i - 1; k >= 0 && !speech[k].settled && (speech[k].span.paragraph === speech[k + 1].span.paragraph || speech[k + 1].span.continued); k--) {
      inherit(speech[k], credit, 'following', convention);
    }
  }
}

