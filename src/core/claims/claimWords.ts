// The words a claim is compared by: content words, folded and crudely stemmed ("charged" = "charges" =
// "charge"), without function words and reporting verbs, which say nothing about which fact is reported.
import { foldLetters } from '../fold';
import { CLAIM_NEGATORS, CLAIM_STOPWORDS } from '../lexicon/claims';
import { CLAIM_FAMILY_SUFFIXES, CLAIM_SYNONYM_GROUPS } from '../lexicon/claimSynonyms';

/** Words are compared by their first letters only ("Taiwan" = "Taiwanese", "legalized" = "legalization"): measured better than suffix stripping alone. */
const PREFIX = 6;
/**
 * How many content words after a negator ("did not mention statistics", "won't lodge a formal protest") are also
 * compared as negated, up to a punctuation mark: two reports of the same thing not done share the negated act,
 * which a claim merely using the word does not (3 and 4 measured alike on the real pairs; 1 and 2 let "no way"
 * align unrelated claims).
 */
export const NEGATION_SCOPE = 3;
/** Punctuation that ends a negation's scope (a hyphen does not: "no-confidence"). */
const SCOPE_END = /[,;:.!?()\u2013\u2014]/;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/**
 * A word's base before the comparison cut: lower case, folded, without a possessive, inflection ("-ing", "-ed", "-s",
 * "-ies" → "-y") and a final "e" ("charged" → "charg", "closure" → "closur", "policies" → "policy").
 */
function baseOf(word: string): string {
  const lower = word.toLowerCase();
  // Folding decomposes the word (slow): only words with letters beyond ASCII need it.
  let w = (/^[\x20-\x7e]*$/.test(lower) ? lower : foldLetters(lower)).replace(/['’]s?$/, '');
  if (w.length > 5 && w.endsWith('ing')) {
    w = w.slice(0, -3);
  } else if (w.length > 4 && w.endsWith('ed')) {
    w = w.slice(0, -2);
  } else if (w.length > 4 && w.endsWith('ies')) {
    w = w.slice(0, -3) + 'y';
  } else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) {
    w = w.slice(0, -1);
  }
  if (w.length > 4 && w.endsWith('e')) {
    w = w.slice(0, -1);
  }
  return w;
}

/** "Officers'" → "office", "charged" → "charg", "policies" → "policy": one form per word family, good enough to compare. */
export function stem(word: string): string {
  return baseOf(word).slice(0, PREFIX);
}

/**
 * The word family a base belongs to (CLAIM_FAMILY_SUFFIXES): a derived noun's ending rewritten to its verb's ("decision"
 * → "decid", "closure" → "clos", "admission" → "admitt"); any other word is its own base. Inflections the stems keep
 * apart ("tried" / "tries", "worried" / "worry") are not joined here: on cross-outlet PolNeAR pairs such joins of
 * general verbs aligned other facts.
 */
function familyOfBase(base: string): string {
  const rule = CLAIM_FAMILY_SUFFIXES.find(one => one.pattern.test(base));
  return rule ? base.replace(rule.pattern, rule.replacement) : base;
}

/** The word family of a word ("decisions" → "decid", "decided" → "decid"): see familyOfBase. */
export function familyOf(word: string): string {
  return familyOfBase(baseOf(word));
}

/**
 * Stem → the stem of its synonym group's first word, so "envoy" and "ambassador" count as one word. Built once;
 * two groups sharing a stem would make the mapping depend on list order, so that fails at load.
 */
/**
 * The stem a two-word entry's word is matched by: a verb's final consonant doubled before "-ed" or "-ing"
 * ("stepped down", "stepping down") undoubled to meet its base ("step down"). Only for these few phrases: for every
 * word, it joined "beginning" with "begin" and "winning" with "win", which aligned other facts of one campaign on
 * same-day reports of different outlets, and found no pair more on the development pairs.
 */
function phraseStem(word: string): string {
  return undoubled(stem(word));
}

/** A stem's final doubled consonant undoubled (phraseStem). */
function undoubled(own: string): string {
  return own.replace(/([bgmnprt])\1$/, '$1');
}

/** The key of a two-word entry: its two words' phrase stems. */
function phraseKey(first: string, second: string): string {
  return `${phraseStem(first)} ${phraseStem(second)}`;
}

const SYNONYM_STEMS: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  for (const list of CLAIM_SYNONYM_GROUPS) {
    const head = stem(list.id.slice(list.id.indexOf(':') + 1));
    for (const word of list.words) {
      const key = word.includes(' ') ? phraseKey(...word.split(' ') as [string, string]) : stem(word);
      if (out.has(key) && out.get(key) !== head) {
        throw new Error(`claim synonyms: "${word}" (stem ${key}) is in two groups`);
      }
      out.set(key, head);
    }
  }
  return out;
})();

/**
 * Two-word entries of the synonym groups ("prime minister", "step down"), by their first word's stem: compared as
 * one word, in any inflection ("stepped down", "walks out", "prime ministers").
 */
const PHRASES: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const list of CLAIM_SYNONYM_GROUPS) {
    for (const phrase of [...list.words].filter(word => word.includes(' '))) {
      const [first, second] = phrase.split(' ');
      out.set(phraseStem(first), [...(out.get(phraseStem(first)) ?? []), phraseStem(second)]);
    }
  }
  return out;
})();

/** Whether a comparison stem is a synonym group's: a word of general vocabulary (a title, an act), never a name. */
export function isSynonymStem(stem: string): boolean {
  return SYNONYM_HEADS.has(stem);
}

const SYNONYM_HEADS: ReadonlySet<string> = new Set(SYNONYM_STEMS.values());

/** The stem a claim is compared by: the word's own, or its synonym group's. */
export function comparisonStem(word: string): string {
  const own = stem(word);
  return SYNONYM_STEMS.get(own) ?? own;
}

/** One content word of a claim: its comparison stem and how it is written (a capital at the start of a claim or sentence says nothing). */
export interface ContentWord {
  readonly stem: string;
  readonly written: 'capitalised' | 'lower' | 'initial';
  /** Within NEGATION_SCOPE content words after a negator. */
  readonly negated: boolean;
  /** Part of a description standing for a name ("the Baltic port city's mayor": "port", "city"), see DESCRIPTION_WORDS. */
  readonly descriptive: boolean;
  /** The word's family (familyOf: "decision" and "decided" → "decid"), which the aligner joins across two articles; a two-word entry's is its stem. */
  readonly family: string;
  /** Where the word starts in the text it was read from (claimFrames reads which clause holds it). */
  readonly at: number;
}

/**
 * How many lower-case words may follow a name in a description ending in a possessive ("the Baltic port city's
 * mayor", "the Silicon Valley firm's shares"): such a phrase stands for the named thing, so two claims sharing it
 * share who or where, not what happened.
 */
const DESCRIPTION_WORDS = 3;

/** Whether only spaces separate two word matches. */
function adjacent(text: string, before: RegExpMatchArray, after: RegExpMatchArray): boolean {
  return /^[ \t]+$/.test(text.slice((before.index ?? 0) + before[0].length, after.index));
}

/**
 * Marks as descriptive the lower-case words of a possessive description after a name: up to DESCRIPTION_WORDS
 * lower-case content words, only spaces between them, right after a capitalised word, the last one possessive.
 */
function withDescriptions(text: string, matches: readonly RegExpMatchArray[], words: readonly ContentWord[], tokens: readonly number[]): ContentWord[] {
  const descriptive = new Set<number>();
  words.forEach((word, end) => {
    if (word.written !== 'lower' || tokens[end] < 0 || !/['’]s$/i.test(matches[tokens[end]][0])) {
      return;
    }
    let start = end;
    while (start > 0 && end - start < DESCRIPTION_WORDS && words[start - 1].written === 'lower'
      && tokens[start - 1] === tokens[start] - 1 && adjacent(text, matches[tokens[start - 1]], matches[tokens[start]])) {
      start--;
    }
    const name = start - 1;
    if (name >= 0 && words[name].written !== 'lower' && tokens[name] === tokens[start] - 1 && adjacent(text, matches[tokens[name]], matches[tokens[start]])) {
      for (let k = start; k <= end; k++) {
        descriptive.add(k);
      }
    }
  });
  return words.map((word, k) => descriptive.has(k) ? { ...word, descriptive: true } : word);
}

function isNegator(lower: string): boolean {
  return CLAIM_NEGATORS.has(lower) || lower.endsWith("n't");
}

/** The content words of a text in order, stemmed, synonyms joined (repeats kept). */
export function contentWordList(text: string): ContentWord[] {
  const out: ContentWord[] = [];
  const tokens: number[] = [];
  const matches = [...text.matchAll(WORD)];
  let scope = 0;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k];
    const lower = m[0].toLowerCase().replace(/’/g, "'");
    if (k > 0 && SCOPE_END.test(text.slice((matches[k - 1].index ?? 0) + matches[k - 1][0].length, m.index))) {
      scope = 0;
    }
    const negated = scope > 0;
    scope = isNegator(lower) ? NEGATION_SCOPE : scope;
    const next = matches[k + 1]?.[0].toLowerCase();
    const base = baseOf(lower);
    const own = base.slice(0, PREFIX);
    if (next && PHRASES.get(undoubled(own))?.includes(phraseStem(next)) && /^\s+$/.test(text.slice((m.index ?? 0) + m[0].length, matches[k + 1].index))) {
      const joined = SYNONYM_STEMS.get(phraseKey(lower, next))!;
      out.push({ stem: joined, written: 'lower', negated, descriptive: false, family: joined, at: m.index ?? 0 });
      tokens.push(-1); // a two-word title is no part of a description's words
      scope = Math.max(0, scope - 1);
      k++;
      continue;
    }
    if (!CLAIM_STOPWORDS.has(lower) && !CLAIM_STOPWORDS.has(lower.replace(/'.*$/, '')) && !/^\d+$/.test(lower)) {
      const at = m.index ?? 0;
      const first = !/[\p{L}\p{N}]/u.test(text.slice(0, at)) || /[.!?:]["'”’]?\s*["'“‘]?$/u.test(text.slice(Math.max(0, at - 4), at));
      out.push({ stem: SYNONYM_STEMS.get(own) ?? own, written: first ? 'initial' : m[0][0] !== lower[0] ? 'capitalised' : 'lower', negated, descriptive: false, family: familyOfBase(base), at });
      tokens.push(k);
      scope = negated ? scope - 1 : scope;
    }
  }
  return withDescriptions(text, matches, out, tokens);
}

/** The distinct content words of a text, stemmed, synonyms joined. */
export function contentWords(text: string): Set<string> {
  return new Set(contentWordList(text).map(word => word.stem));
}
