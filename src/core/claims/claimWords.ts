// The words a claim is compared by: content words, folded and crudely stemmed ("charged" = "charges" =
// "charge"), without function words and reporting verbs, which say nothing about which fact is reported.
import { foldLetters } from '../fold';
import { CLAIM_STOPWORDS } from '../lexicon/claims';
import { CLAIM_SYNONYM_GROUPS } from '../lexicon/claimSynonyms';

/** Words are compared by their first letters only ("Taiwan" = "Taiwanese", "legalized" = "legalization"): measured better than suffix stripping alone. */
const PREFIX = 6;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** "Officers'" → "office", "charged" → "charg", "policies" → "policy": one form per word family, good enough to compare. */
export function stem(word: string): string {
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
  return w.slice(0, PREFIX);
}

/**
 * Stem → the stem of its synonym group's first word, so "envoy" and "ambassador" count as one word. Built once;
 * two groups sharing a stem would make the mapping depend on list order, so that fails at load.
 */
const SYNONYM_STEMS: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  for (const list of CLAIM_SYNONYM_GROUPS) {
    const head = stem(list.id.slice(list.id.indexOf(':') + 1));
    for (const word of list.words) {
      const key = stem(word);
      if (out.has(key) && out.get(key) !== head) {
        throw new Error(`claim synonyms: "${word}" (stem ${key}) is in two groups`);
      }
      out.set(key, head);
    }
  }
  return out;
})();

/** The stem a claim is compared by: the word's own, or its synonym group's. */
export function comparisonStem(word: string): string {
  const own = stem(word);
  return SYNONYM_STEMS.get(own) ?? own;
}

/** The distinct content words of a text, stemmed, synonyms joined. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    const lower = m[0].toLowerCase().replace(/’/g, "'");
    if (!CLAIM_STOPWORDS.has(lower) && !CLAIM_STOPWORDS.has(lower.replace(/'.*$/, '')) && !/^\d+$/.test(lower)) {
      out.add(comparisonStem(lower));
    }
  }
  return out;
}
