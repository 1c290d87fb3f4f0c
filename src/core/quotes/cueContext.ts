// What the cue rules (speakerCues.ts) read about one quotation, and the article-wide machinery that reads
// it: the text with quotations masked, its paragraphs, the mention index, the cue finder and the speaker
// resolver, built once per article.

import type { Entity } from '../model';
import { CueFinder, type Cue } from './findCue';
import type { QuoteSpan } from './findQuotes';
import { MentionIndex } from './mentionIndex';
import { splitParagraphs, type Paragraph } from '../paragraphs';
import { SpeakerResolver } from './resolveSpeaker';
import { signatureSpeaker, transcriptSpeaker } from './speakerLabel';
import { SubjectReader } from './subject';
import { isMask, maskQuotes, sentenceEnd, sentenceStart, tokenize, type MaskedToken } from './tokens';

/** How far before and after a quotation its cue is looked for (characters). */
export const BEFORE_WINDOW = 600;
const AFTER_WINDOW = 300;

/** Words of a quotation ("don’t", "far-right" one each), and the most a quotation read past a fragment may not have. */
const WORDS = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const MAX_FRAGMENT_WORDS = 3;

/** Where a cue is read from, one name per rule of the speaker-cues table. */
export type CueSource = 'label' | 'signature' | 'according' | 'agent-after' | 'before' | 'after' | 'closing-clause' | 'subject-verb' | 'copula-colon' | 'pronoun-colon' | 'name-verb-after' | 'named-subject-after' | 'before-fragment' | 'description-verb' | 'pronoun-verb' | 'pronoun-verb-after';

/** What the cue rules read about one quotation: its label, and the words of its sentence before and after it. */
export class CueContext {
  readonly #finder: CueFinder;
  readonly #found = new Map<CueSource, Cue | null>();

  constructor(
    finder: CueFinder,
    /** The speaker label inside the quotation ("“WALLACE: …”"), read as a cue; null when there is none. */
    readonly label: Cue | null,
    /** Words of the quotation's sentence before it and after it (quotations masked). */
    readonly before: readonly MaskedToken[],
    readonly after: readonly MaskedToken[],
    /** The quotation's own words (to tell a complete sentence from an attributed one). */
    readonly quoteText: string,
    /**
     * Words of the quotation's sentence from its true start when quoted fragments earlier in the same sentence cut
     * `before` short ("X says his “old friend” Y ran “…”"), the fragments masked; null when none does.
     */
    readonly throughFragments: readonly MaskedToken[] | null = null,
    /**
     * Words of the quotation's sentence after it read through the speech quotations that follow it inside that
     * sentence ("The board found “…,” apart from a “minor” lapse in the logbooks, said X."), to the sentence's end,
     * for the closing-clause rule; null when no quotation follows it there (then `after` is the rest of the sentence).
     */
    readonly afterThroughQuotes: readonly MaskedToken[] | null = null,
    /** Whether a cue names someone: its name, or the person or body the speaker resolver reads its pronoun or description as. */
    private readonly names: (cue: Cue) => boolean = () => false,
    /** The person a signature line closing the quotation inside its marks names ("“…⏎Ivo Marr, Harbour Institute.”"); null when there is none. */
    readonly signature: Cue | null = null,
  ) {
    this.#finder = finder;
  }

  /** Whether the cue read from one source names someone: a person or body, or a pronoun or description the resolver reads as one. */
  namesSomeone(source: CueSource): boolean {
    const cue = this.cue(source);
    return cue !== null && this.names(cue);
  }

  /** The cue read from one source, found on first use and kept. */
  cue(source: CueSource): Cue | null {
    if (!this.#found.has(source)) {
      this.#found.set(source, this.#find(source));
    }
    return this.#found.get(source) ?? null;
  }

  #find(source: CueSource): Cue | null {
    switch (source) {
      case 'label':
        return this.label;
      case 'signature':
        return this.signature;
      case 'according':
        return this.#finder.accordingSource(this.before);
      case 'agent-after':
        return this.#finder.agentAfter(this.after);
      case 'before':
        return this.#finder.before(this.before);
      case 'after':
        return this.#finder.after(this.after as MaskedToken[], this.quoteText);
      case 'closing-clause':
        return this.#finder.closingClause(this.afterThroughQuotes ?? this.after);
      case 'subject-verb':
        return this.#finder.subjectVerb(this.before);
      case 'description-verb': {
        const cue = this.#finder.descriptionVerb(this.before);
        return cue && this.names(cue) ? cue : null;
      }
      case 'pronoun-verb':
        return this.#finder.pronounVerb(this.before);
      case 'copula-colon':
        return this.#finder.copulaColon(this.before);
      case 'pronoun-colon':
        return this.#finder.pronounColon(this.before);
      case 'name-verb-after':
        return this.#finder.namedSpeakerAfter(this.after, this.quoteText);
      case 'pronoun-verb-after':
        return this.#finder.pronounSpeakerAfter(this.after, this.quoteText);
      case 'named-subject-after':
        return this.#finder.namedSubjectAfter(this.after, this.quoteText);
      case 'before-fragment':
        // Only for a quotation longer than a scare quote: a short one is left to the conventions that keep it or drop it.
        return this.throughFragments && (this.quoteText.match(WORDS) ?? []).length > MAX_FRAGMENT_WORDS ? this.#finder.before(this.throughFragments) : null;
    }
  }
}

/** One article as the attribution reads it, built once. */
export interface QuoteArticle {
  readonly text: string;
  /** The text with every quotation masked (tokens.ts), so rules read only the narrator's words. */
  readonly masked: string;
  readonly paragraphs: readonly Paragraph[];
  /** The speech quotations, in document order. */
  readonly speech: readonly QuoteSpan[];
  readonly index: MentionIndex;
  readonly resolver: SpeakerResolver;
  readonly cues: CueFinder;
}

export function prepareArticle(text: string, spans: readonly QuoteSpan[], entities: readonly Entity[]): QuoteArticle {
  const sorted = [...spans].sort((one, other) => one.outerStart - other.outerStart);
  const masked = maskQuotes(text, sorted);
  const index = new MentionIndex(entities);
  return {
    text,
    masked,
    paragraphs: splitParagraphs(text),
    speech: sorted.filter(span => span.kind === 'speech'),
    index,
    resolver: new SpeakerResolver(text, masked, index, entities),
    cues: new CueFinder(new SubjectReader(index), index),
  };
}

/** Where one speech quotation's cue may be: its context, the start of its window and of its sentence. */
export interface CueWindow {
  readonly context: CueContext;
  readonly lo: number;
  readonly sentence: number;
}

/** Where the cue of article.speech[at] may start: after the speech quotation before it in its paragraph, at most BEFORE_WINDOW back. */
function windowStart(article: QuoteArticle, at: number, paragraphStart: number): number {
  const span = article.speech[at];
  const prev = article.speech[at - 1];
  return Math.max(prev && prev.paragraph === span.paragraph ? prev.outerEnd : paragraphStart, span.outerStart - BEFORE_WINDOW);
}

/** A quoted fragment that does not end its sentence: no closing full stop, question, exclamation, comma or colon inside its marks. */
const ENDS_CLAUSE = /[.!?…,;:]\W*$/u;

/**
 * The start of the quotation's sentence read through the quoted fragments before it in the same sentence ("X says
 * his “old friend” Y ran “…”": the sentence opens at X); null when the quotation before it is no such fragment.
 */
function startThroughFragments(article: QuoteArticle, at: number, sentence: number, paragraphEnd: number, paragraphStart: number): number | null {
  let from = sentence;
  for (let k = at; k > 0; k--) {
    const prev = article.speech[k - 1];
    if (prev.paragraph !== article.speech[at].paragraph || prev.outerEnd !== from || ENDS_CLAUSE.test(article.text.slice(prev.start, prev.end))) {
      break;
    }
    from = sentenceStart(article.masked, prev.outerStart, windowStart(article, k - 1, paragraphStart), paragraphEnd);
  }
  return from < sentence ? from : null;
}

/** A quotation's own words that close a sentence: a full stop, question or exclamation mark last inside its marks. */
const CLOSES_SENTENCE = /[.!?…]\W*$/u;

/**
 * The end of the sentence that goes on after pos, read through the speech quotations inside it: a masked quotation
 * that does not close its sentence with its own full stop, question or exclamation mark is a fragment of the same
 * sentence ("… apart from a “minor” lapse, said X."); one that does ends the sentence where it starts.
 */
function sentenceEndThroughQuotes(text: string, masked: string, pos: number, hi: number): number {
  let from = pos;
  for (;;) {
    const end = sentenceEnd(masked, from, hi);
    if (end >= hi || !isMask(masked[end])) {
      return end;
    }
    let close = end;
    while (close < hi && isMask(masked[close])) {
      close++;
    }
    if (CLOSES_SENTENCE.test(text.slice(end, close))) {
      return end;
    }
    from = close;
  }
}

/** The cue context of the speech quotation article.speech[at]: its sentence, not reaching past its neighbours in the paragraph. */
export function cueWindow(article: QuoteArticle, at: number): CueWindow {
  const { text, masked, paragraphs, speech, index } = article;
  const span = speech[at];
  const para = paragraphs[span.paragraph] ?? { start: 0, end: text.length, index: 0 };
  const next = speech[at + 1];
  const lo = windowStart(article, at, para.start);
  const hi = Math.min(next && next.paragraph === span.paragraph ? next.outerStart : para.end, span.outerEnd + AFTER_WINDOW);
  const sentence = sentenceStart(masked, span.outerStart, lo, para.end);
  const before = tokenize(masked, sentence, span.outerStart);
  const afterEnd = sentenceEnd(masked, span.outerEnd, hi);
  // Only past a following quotation of the same paragraph (where `after` stops), within the same reach, and only
  // when this quotation does not close its own sentence ("“….” A “…” lapse was noted, said X." credits X the second).
  const throughEnd = next && next.paragraph === span.paragraph && afterEnd === next.outerStart && !CLOSES_SENTENCE.test(text.slice(span.start, span.end))
    ? sentenceEndThroughQuotes(text, masked, span.outerEnd, Math.min(para.end, span.outerEnd + AFTER_WINDOW)) : afterEnd;
  const after = tokenize(masked, span.outerEnd, afterEnd);
  const afterThroughQuotes = throughEnd > afterEnd ? tokenize(masked, span.outerEnd, throughEnd) : null;
  const label = transcriptSpeaker(text, span, index);
  const labelCue: Cue | null = label ? { ref: label.id === null ? null : { type: 'entity', id: label.id, span: label.span }, span: label.span } : null;
  const signed = signatureSpeaker(text, span, index);
  const signatureCue: Cue | null = signed ? { ref: { type: 'entity', id: signed.id, span: signed.span }, span: signed.span } : null;
  const through = startThroughFragments(article, at, sentence, para.end, para.start);
  const throughFragments = through === null ? null : tokenize(masked, through, span.outerStart);
  return { context: new CueContext(article.cues, labelCue, before, after, text.slice(span.start, span.end), throughFragments, afterThroughQuotes,
    cue => cue.ref !== null && article.resolver.resolve(cue.ref, cue.span.start) !== null, signatureCue), lo, sentence };
}
