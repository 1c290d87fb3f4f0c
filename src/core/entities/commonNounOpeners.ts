// A one-word name that only ever opens a headline or a sentence ("Walker rescued after night on ledge") while the
// article writes the same word as a common noun after an article ("A walker who spent the night …"): its capital is the
// line's, and the word is the noun, even where the lexicon knows it as a surname too. The paragraph pass cannot tell
// (one line shows nothing but the capital); the document can. Such a use is made attach-only (Evidence.Weak), so it
// still joins a person the article names in full ("Tom Walker … Walker said") and names nobody by itself.
import { ARTICLES } from '../lexicon/determiners';
import { PERSON_WORDS } from './kindRules';
import { Evidence, type NameCandidate, type Placed } from './types';

/** Uses that show a person or a body whatever the capital: a title, an honorific, speech, ownership, a body's words. */
const NAME_USE = PERSON_WORDS | Evidence.Speaker | Evidence.SaysHe | Evidence.Possessive | Evidence.OrgTag | Evidence.OrgHead | Evidence.Acronym;

/** The placed candidate made attach-only (Evidence.Weak): it joins an entity found otherwise and founds none. */
export function attachOnly(entry: Placed): Placed {
  return { ...entry, c: { ...entry.c, evidence: entry.c.evidence | Evidence.Weak } };
}

/** A one-word candidate in title case that opens its line or sentence and shows nothing else of a name. */
function bareOpener(candidate: NameCandidate): boolean {
  return candidate.words.length === 1 && (candidate.evidence & Evidence.Opener) !== 0n && (candidate.evidence & NAME_USE) === 0n
    && /^\p{Lu}\p{Ll}+$/u.test(candidate.text);
}

/** A lower-case word right after an article, capitalised or not ("A walker who …", "the walker"), as a pattern. */
const AFTER_ARTICLE = new RegExp(`(?<![\\p{L}])(?:${[...ARTICLES.words].map((article: string) => `[${article[0]}${article[0].toUpperCase()}]${article.slice(1)}`).join('|')}) (\\p{Ll}+)(?![\\p{L}\\d-])`, 'gu');

/**
 * Which of the `wanted` words the text writes in lower case right after an article: one pass over the text (a pattern
 * per opener's word cost a pass each, seconds on a long document re-read after every edit).
 */
function wordsAfterArticles(text: string, wanted: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  if (wanted.size === 0) {
    return found;
  }
  for (const match of text.matchAll(AFTER_ARTICLE)) {
    if (wanted.has(match[1])) {
      found.add(match[1]);
    }
  }
  return found;
}

/**
 * Every candidate, with the bare openers of a word the text writes as a common noun made attach-only; same indices, so
 * `expands` and the roles' names hold. Only words that no use shows as a name, and none written capitalised in the
 * middle of a sentence (every use opens its line).
 */
export function withCommonNounOpenersWeak(placed: readonly Placed[], text: string): Placed[] {
  // Read once per candidate: the test (a pattern among others) was three times per candidate on every edit.
  const opens = placed.map(entry => bareOpener(entry.c));
  if (!opens.includes(true)) {
    return [...placed];
  }
  const named = new Set(placed.filter((_, i) => !opens[i]).map(entry => entry.c.words.join(' ')));
  const openerWords = new Set(placed.filter((_, i) => opens[i]).map(entry => entry.c.words[0]).filter(word => !named.has(word)));
  const afterArticles = wordsAfterArticles(text, openerWords);
  return afterArticles.size === 0 ? [...placed]
    : placed.map((entry, i) => opens[i] && afterArticles.has(entry.c.words[0]) ? attachOnly(entry) : entry);
}
