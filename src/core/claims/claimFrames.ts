// What a claim is about, read off its text once per claim for the learned model (claimModel.ts): which of its words
// stand in its main clause and which only in a background clause, its head (the verb that tells what happened), and
// whether it frames a quotation. Two claims sharing a topic phrase in a background clause, or telling two acts of one
// story, share words without reporting one fact; the overlap features (cosine, shared words) cannot tell them apart.
import type { ContentWord } from './claimWords';
import { CLAIM_BACKGROUND_OPENERS, CLAIM_HEAD_ADVERBS, CLAIM_HEAD_AUXILIARIES } from '../lexicon/claims';
import { NOUN_DETERMINERS } from '../lexicon/determiners';
import { SPEECH_VERBS } from '../lexicon/entities';

/** What the learned model reads of one claim's structure (claimFrameOf). */
export interface ClaimFrame {
  /** The comparison stems of the claim's words in its main clause (outside background clauses and brackets). */
  readonly mainStems: ReadonlySet<string>;
  /** The word family of the claim's head, when one is found. */
  readonly head?: string;
  /** Every word family the claim uses (a head of the other claim is looked up here). */
  readonly families: ReadonlySet<string>;
  /** A speech verb outside quotation marks with a quotation or a colon: the claim frames a quotation. */
  readonly quotationFrame: boolean;
}

/** A word or a mark of the claim's text, with where it starts in the claim. */
interface Token {
  readonly text: string;
  readonly lower: string;
  readonly at: number;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[,;:()[\]—–"“”]/gu;
/** Marks that close a background clause (claims-background-openers). */
const CLAUSE_END = /^[,;:()[\]—–]$/u;
const QUOTE_MARK = /^["“”]$/u;

function tokensOf(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map(match => ({ text: match[0], lower: match[0].toLowerCase(), at: match.index ?? 0 }));
}

/**
 * Where the claim's background lies (character ranges): a clause a word of claims-background-openers opens, up to the
 * next clause mark, and anything in brackets. The rest is the main clause.
 */
function backgroundRanges(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < tokens.length; k++) {
    const opensBracket = tokens[k].text === '(' || tokens[k].text === '[';
    if (!opensBracket && !CLAIM_BACKGROUND_OPENERS.has(tokens[k].lower)) {
      continue;
    }
    let end = k + 1;
    while (end < tokens.length && !(opensBracket ? /^[)\]]$/.test(tokens[end].text) : CLAUSE_END.test(tokens[end].text))) {
      end++;
    }
    out.push([tokens[k].at, end < tokens.length ? tokens[end].at : Number.MAX_SAFE_INTEGER]);
    // The mark that closed it may open a bracket: read it again.
    k = end - 1;
  }
  return out;
}

const inRanges = (at: number, ranges: readonly [number, number][]): boolean => ranges.some(([start, end]) => at >= start && at < end);

/**
 * The offset of the claim's head: the first main-clause word after an auxiliary (adverbs skipped), or a lower-case
 * word ending in "-ed" that no determiner opens ("the council closed", not "the closed plant"), whichever comes first.
 */
function headOffset(tokens: readonly Token[], background: readonly [number, number][]): number | undefined {
  for (let k = 1; k < tokens.length; k++) {
    const token = tokens[k];
    if (inRanges(token.at, background) || !/^\p{Ll}/u.test(token.text) || CLAIM_HEAD_AUXILIARIES.has(token.lower) || CLAIM_HEAD_ADVERBS.has(token.lower)) {
      continue;
    }
    let before = k - 1;
    while (before > 0 && CLAIM_HEAD_ADVERBS.has(tokens[before].lower)) {
      before--;
    }
    if (CLAIM_HEAD_AUXILIARIES.has(tokens[before].lower) || (/\p{L}{2,}ed$/u.test(token.lower) && !NOUN_DETERMINERS.has(tokens[k - 1].lower))) {
      return token.at;
    }
  }
  return undefined;
}

/** Whether the claim frames a quotation: a speech verb outside quotation marks, and a quotation mark or a colon. */
function framesQuotation(tokens: readonly Token[]): boolean {
  let quoted = false;
  let speech = false;
  for (const token of tokens) {
    quoted = QUOTE_MARK.test(token.text) ? !quoted : quoted;
    speech ||= !quoted && SPEECH_VERBS.has(token.lower);
  }
  return speech && tokens.some(token => QUOTE_MARK.test(token.text) || token.text === ':');
}

/** A claim's frame: `words` are its content words (their `at` in `text`). */
export function claimFrameOf(text: string, words: readonly ContentWord[]): ClaimFrame {
  const tokens = tokensOf(text);
  const background = backgroundRanges(tokens);
  const headAt = headOffset(tokens, background);
  return {
    mainStems: new Set(words.filter(word => !inRanges(word.at, background)).map(word => word.stem)),
    head: headAt === undefined ? undefined : words.find(word => word.at === headAt)?.family,
    families: new Set(words.map(word => word.family)),
    quotationFrame: framesQuotation(tokens),
  };
}

/** headsAgree: how many of the two claims' heads (0 to 2) the other claim uses, by word family ("closed" / "closure"). */
export function headsAgree(one: ClaimFrame, other: ClaimFrame): number {
  return (one.head !== undefined && other.families.has(one.head) ? 1 : 0) + (other.head !== undefined && one.families.has(other.head) ? 1 : 0);
}

/** headsDiffer: 1 when both claims have a head and neither claim uses the other's (two acts told). */
export function headsDiffer(one: ClaimFrame, other: ClaimFrame): number {
  return one.head !== undefined && other.head !== undefined && headsAgree(one, other) === 0 ? 1 : 0;
}

/**
 * backgroundSides: how many of the two claims (0 to 2) hold every meaning stem the pair shares outside their main
 * clause ("While the plant has long struggled, …" against a claim on the plant's struggle): the pair shares a story's
 * setting, which one claim only recalls. 0 when they share no meaning stem.
 */
export function backgroundSides(shared: readonly string[], one: ClaimFrame, other: ClaimFrame): number {
  const inBackground = (frame: ClaimFrame): boolean => shared.length > 0 && shared.every(own => !frame.mainStems.has(own));
  return (inBackground(one) ? 1 : 0) + (inBackground(other) ? 1 : 0);
}
