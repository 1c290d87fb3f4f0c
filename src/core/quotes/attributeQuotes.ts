// Credits each quotation to a speaker: its own cue first; then the conventions of news writing for
// quotations without one (a quotation continued over paragraphs, the rest of an interrupted quotation,
// a "floating" quotation paragraph after an attributed one, as in the Gender Gap Tracker).

import type { AttributionBasis, Entity, Quote, Span } from '../model';
import { CueFinder, type Cue } from './findCue';
import type { QuoteSpan } from './findQuotes';
import { MentionIndex } from './mentionIndex';
import { splitParagraphs, type Paragraph } from './paragraphs';
import { SpeakerResolver } from './resolveSpeaker';
import { transcriptSpeaker } from './speakerLabel';
import { SubjectReader, type SpeakerRef } from './subject';
import { TITLE_NOUNS } from '../lexicon/quotes';
import { looksLikeName } from './quoteKinds';
import { maskQuotes, sentenceEnd, sentenceStart, tokenize } from './tokens';

/** How far before and after a quotation its cue is looked for (characters). */
const BEFORE_WINDOW = 600;
const AFTER_WINDOW = 300;
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
}

function wordCount(s: string): number {
  return (s.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
}

/** A caption or heading: a line that does not end like a sentence or a quotation. */
function isCaption(text: string, p: Paragraph): boolean {
  return !/[.!?:"”’»…)]$/.test(text.slice(p.start, p.end));
}

/**
 * A short quotation that is a whole sentence ("“Ultimately, we’re responsible.”") and took its speaker
 * from the quotation before it: more of the same speech, not a scare quote.
 */
function isSpokenSentence(q: Attributed, quoted: string): boolean {
  return q.speakerId !== null && q.basis === 'inherited' && /^\p{Lu}/u.test(quoted) && /[.!?]$/.test(quoted.trim());
}

/** A speaker with the cue that names them. */
interface Credit {
  readonly speakerId: string | null;
  readonly attribution: Span | undefined;
}

/** A quotation without a cue of its own takes another's speaker: 'inherited' from before it, 'following' from after it. */
function inherit(target: Attributed, from: Credit, basis: 'inherited' | 'following'): void {
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

/**
 * Quotes (speech only: titles, nicknames, terms and unattributed scare quotes are left out) with
 * their speakers. spans come from findQuotes(text); entities carry their mentions and roles.
 */
export function attributeQuotes(text: string, spans: readonly QuoteSpan[], entities: readonly Entity[]): Quote[] {
  const sorted = [...spans].sort((a, b) => a.outerStart - b.outerStart);
  const masked = maskQuotes(text, sorted);
  const paragraphs = splitParagraphs(text);
  const index = new MentionIndex(entities);
  const resolver = new SpeakerResolver(text, masked, index, entities);
  const cues = new CueFinder(new SubjectReader(index), index);
  const speech: Attributed[] = sorted.filter(s => s.kind === 'speech').map(span => ({ span, cue: null, speakerId: null, attribution: undefined, basis: undefined, settled: false, previousSentence: null }));
  /** Whom the last sentence of masked[start, end) credits with words ("X said the plan would fail."). */
  const closingCue = (start: number, end: number): Credit | null => {
    while (end > start && /[\s.!?]/.test(masked[end - 1])) {
      end--;
    }
    const cue = cues.before(tokenize(masked, sentenceStart(masked, end, Math.max(start, end - BEFORE_WINDOW), end), end));
    const speakerId = cue?.ref ? resolver.resolve(cue.ref, cue.span.start) : null;
    return cue && speakerId ? { speakerId, attribution: cue.span } : null;
  };

  /** "The Villa boss also thought …": a sentence opened by a definite description of a person, whatever its verb. */
  const describedSubject = (start: number, end: number): Credit | null => {
    const from = sentenceStart(masked, end - 1, Math.max(start, end - BEFORE_WINDOW), end);
    const tokens = tokenize(masked, from, Math.min(end, from + 80));
    const head = tokens.findIndex((t, k) => k > 0 && k <= 4 && /^\p{Ll}/u.test(t.text) && TITLE_NOUNS.has(t.lower));
    if (head < 0 || tokens[0].lower !== 'the' || tokens.slice(1, head).some(t => t.kind !== 'word' || index.at(t.start, t.end)?.entity.kind === 'person')) {
      return null;
    }
    const span = { start: tokens[0].start, end: tokens[head].end };
    const speakerId = resolver.resolve({ type: 'description', words: tokens.slice(0, head + 1).map(t => t.text), owner: null, span }, span.start);
    return speakerId ? { speakerId, attribution: span } : null;
  };

  speech.forEach((q, i) => {
    const para = paragraphs[q.span.paragraph] ?? { start: 0, end: text.length, index: 0 };
    const prev = speech[i - 1];
    const next = speech[i + 1];
    const lo = Math.max(prev && prev.span.paragraph === q.span.paragraph ? prev.span.outerEnd : para.start, q.span.outerStart - BEFORE_WINDOW);
    const hi = Math.min(next && next.span.paragraph === q.span.paragraph ? next.span.outerStart : para.end, q.span.outerEnd + AFTER_WINDOW);
    const sentence = sentenceStart(masked, q.span.outerStart, lo, para.end);
    const before = tokenize(masked, sentence, q.span.outerStart);
    const after = tokenize(masked, q.span.outerEnd, sentenceEnd(masked, q.span.outerEnd, hi));
    const label = transcriptSpeaker(text, q.span, index);
    const found = label ? { ref: { type: 'entity' as const, id: label.id, span: label.span }, span: label.span } : cues.before(before);
    const cue = found?.passive ? cues.agentAfter(after) ?? found : found ?? cues.after(after, text.slice(q.span.start, q.span.end)) ?? cues.closingClause(after) ?? cues.subjectVerb(before);
    if (!cue) {
      q.previousSentence = before.length === 0 && sentence > lo ? closingCue(lo, sentence) ?? describedSubject(lo, sentence) : null;
      return;
    }
    q.cue = cue;
    q.settled = true;
    q.attribution = cue.span;
    q.speakerId = cue.ref ? resolver.resolve(cue.ref, cue.span.start) : null;
    q.basis = cue.ref && q.speakerId ? BASIS_OF_REF[cue.ref.type] : undefined;
    if (q.speakerId) {
      resolver.recordAttribution(cue.span.start, q.speakerId);
    }
  });

  inheritSpeakers(text, paragraphs, speech, p => closingCue(p.start, p.end));
  /** The person's mention in [from, to) as the attribution: the words that credit a quotation from another paragraph. */
  const creditNamed = (speakerId: string | null, from: number, to: number): Credit | null =>
    speakerId ? { speakerId, attribution: resolver.mentionOf(speakerId, from, to) } : null;
  creditFromNextParagraph(text, paragraphs, speech, (from, to) => {
    const end = sentenceEnd(masked, from, to);
    return creditNamed(resolver.onlyPersonBetween(from, end), from, end);
  });
  creditFloatingParagraphs(text, paragraphs, speech, (from, to) => {
    // A paragraph that ends in a colon introduces what follows; otherwise only a paragraph about one
    // person is clear enough ("X met Y on Monday." then a quotation could be either).
    const introduces = /:\s*$/.test(text.slice(from, to));
    const speakerId = resolver.subjectBetween(from, to);
    return speakerId && (introduces || resolver.onlyPersonBetween(from, to) === speakerId) ? creditNamed(speakerId, from, to) : null;
  });

  return speech
    .filter(q => (q.cue !== null && !q.cue.loose) || q.span.continuesNext || q.span.continued || isSpokenSentence(q, text.slice(q.span.start, q.span.end))
      || (wordCount(text.slice(q.span.start, q.span.end)) > MAX_SCARE_WORDS && !looksLikeName(text.slice(q.span.start, q.span.end))))
    .map(q => {
      const quote: Quote = { start: q.span.start, end: q.span.end, text: text.slice(q.span.start, q.span.end), speakerId: q.speakerId };
      if (!q.speakerId) {
        return q.attribution ? { ...quote, attribution: q.attribution } : quote;
      }
      const basis = speakerBasis(q.basis ?? 'inherited', index.entity(q.speakerId)?.kind);
      return q.attribution ? { ...quote, attribution: q.attribution, basis } : { ...quote, basis };
    });
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
function inheritSpeakers(text: string, paragraphs: readonly Paragraph[], speech: Attributed[], closingCue: (p: Paragraph) => Credit | null): void {
  const lastInParagraph = new Map<number, Attributed>();
  speech.forEach((q, i) => {
    const prev = speech[i - 1];
    if (!q.settled && q.previousSentence && !q.span.continued) {
      inherit(q, q.previousSentence, 'inherited');
    }
    if (!q.settled && prev?.settled && (q.span.continued || prev.span.paragraph === q.span.paragraph)) {
      inherit(q, prev, 'inherited');
    }
    if (!q.settled) {
      const para = paragraphs[q.span.paragraph];
      const p = previousParagraph(text, paragraphs, q.span.paragraph, k => lastInParagraph.has(k));
      if (para !== undefined && p >= 0 && q.span.outerStart === para.start) {
        // The previous paragraph's closing sentence may credit someone ("X said the plan would fail."),
        // else its last quotation does.
        const last = lastInParagraph.get(p);
        const source = closingCue(paragraphs[p]) ?? (last?.speakerId ? last : null);
        if (source) {
          inherit(q, source, 'inherited');
        }
      }
    }
    lastInParagraph.set(q.span.paragraph, q);
  });
  for (let i = speech.length - 2; i >= 0; i--) {
    const q = speech[i];
    const next = speech[i + 1];
    const sameQuotation = q.span.continuesNext && next.span.continued;
    if (!q.settled && (sameQuotation ? next.settled : next.cue !== null && next.span.paragraph === q.span.paragraph)) {
      inherit(q, next, 'following');
    }
  }
}

/** The paragraph before paragraph `index`, skipping caption and heading lines that hold no quotation; -1 when none. */
function previousParagraph(text: string, paragraphs: readonly Paragraph[], index: number, hasQuote: (p: number) => boolean): number {
  let p = index - 1;
  for (let skipped = 0; p >= 0 && skipped < MAX_SKIPPED_CAPTIONS && !hasQuote(p) && isCaption(text, paragraphs[p]); skipped++) {
    p--;
  }
  return p;
}

/**
 * Last resort for a quotation that opens its paragraph with no cue anywhere in its paragraph or its
 * continuation, after a paragraph of narration without quotations: news writing introduces the
 * speaker just before such a paragraph ("X read out the message." / "X spoke to reporters:"), so it
 * takes the person that narration makes its subject (subjectIn), then passes it to the rest of its
 * quotation and paragraph.
 */
function creditFloatingParagraphs(text: string, paragraphs: readonly Paragraph[], speech: Attributed[], subjectIn: (from: number, to: number) => Credit | null): void {
  const quoted = new Set(speech.map(q => q.span.paragraph));
  speech.forEach((q, i) => {
    const prev = speech[i - 1];
    if (q.settled) {
      return;
    }
    if (prev?.settled && (q.span.continued || prev.span.paragraph === q.span.paragraph)) {
      inherit(q, prev, 'inherited');
      return;
    }
    const para = paragraphs[q.span.paragraph];
    if (para === undefined || q.span.outerStart !== para.start || q.span.continued) {
      return;
    }
    const p = previousParagraph(text, paragraphs, q.span.paragraph, k => quoted.has(k));
    const credit = p >= 0 && !quoted.has(p) ? subjectIn(paragraphs[p].start, paragraphs[p].end) : null;
    if (credit) {
      inherit(q, credit, 'inherited');
    }
  });
}

/** A paragraph that credits the quotation before it by pointing back ("That was the message from X …"). */
const POINTS_BACK = /^(?:That|Those|This|These|Such|So)\b/u;

/**
 * A quotation that closes its paragraph without a cue, followed by a paragraph that points back to it
 * and names one person in its first sentence ("“…”" / "That was the warning from X on Sunday."): that
 * person, also for the earlier parts of the same quotation and the paragraph's other cue-less quotations.
 */
function creditFromNextParagraph(text: string, paragraphs: readonly Paragraph[], speech: Attributed[], personIn: (from: number, to: number) => Credit | null): void {
  for (let i = speech.length - 1; i >= 0; i--) {
    const q = speech[i];
    const para = paragraphs[q.span.paragraph];
    const next = paragraphs[q.span.paragraph + 1];
    if (q.settled || q.span.continuesNext || para === undefined || next === undefined || !/^\s*$/.test(text.slice(q.span.outerEnd, para.end))
      || speech[i + 1]?.span.paragraph === next.index || !POINTS_BACK.test(text.slice(next.start, next.end))) {
      continue;
    }
    const credit = personIn(next.start, next.end);
    if (!credit) {
      continue;
    }
    inherit(q, credit, 'following');
    for (let k = i - 1; k >= 0 && !speech[k].settled && (speech[k].span.paragraph === speech[k + 1].span.paragraph || speech[k + 1].span.continued); k--) {
      inherit(speech[k], credit, 'following');
    }
  }
}

