// Copy that writes quotations between doubled apostrophes (''We will win,'' she said.) reports only the single
// quotation nested in such a passage (findQuotes.ts `widenToApostrophePassages`); a passage with none is no quotation
// at all. A nested quotation whose passage has no cue of its own thus had no quotation before it to keep the speaker
// of, as a passage continuing the speaker of the one before does in every other style:
//   ''The port stayed open,'' said Tova Brenner, the treasurer then. ''Had we asked, 'Let us run it,' no one would listen.''
// The sentence before names that speaker after its own passage's closing apostrophes.

import type { Span } from '../model';
import { BEFORE_WINDOW, type QuoteArticle } from './cueContext';
import { sentenceStart, tokenize } from './tokens';

const DOUBLED_APOSTROPHE = "''";

/** Whether the widened quotation opening at outerStart is a doubled-apostrophe passage. */
export function opensApostrophePassage(text: string, outerStart: number): boolean {
  return text.startsWith(DOUBLED_APOSTROPHE, outerStart);
}

/**
 * Whom the cue after the last doubled-apostrophe passage of the sentence ending at `end` (not left of `start`)
 * credits: "''…,'' said X, the treasurer then." / "''…,'' X recalled."; null when that sentence holds no such
 * passage or the words after its closing apostrophes name no one.
 */
export function passageCueBefore(article: QuoteArticle, start: number, end: number): { readonly speakerId: string; readonly attribution: Span } | null {
  const { masked, cues, resolver } = article;
  const from = sentenceStart(masked, end - 1, Math.max(start, end - BEFORE_WINDOW), end);
  const sentence = masked.slice(from, end);
  const close = sentence.lastIndexOf(DOUBLED_APOSTROPHE);
  const open = close > 0 ? sentence.lastIndexOf(DOUBLED_APOSTROPHE, close - 1) : -1;
  if (open < 0) {
    return null;
  }
  const passage = sentence.slice(open + DOUBLED_APOSTROPHE.length, close);
  const cue = cues.after(tokenize(masked, from + close + DOUBLED_APOSTROPHE.length, end), passage);
  const speakerId = cue?.ref ? resolver.resolve(cue.ref, cue.span.start) : null;
  return cue && speakerId ? { speakerId, attribution: cue.span } : null;
}
