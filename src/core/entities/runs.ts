// Runs of capitalised words in a sentence, the raw material of names: capitals joined across name particles,
// initials, honorific full stops, a title's department and "of"/"and" inside an organisation's name;
// shouting and headline lines recognised so their capitals prove nothing.
import {
  LEADING_PARTICLES, MODIFIER_SUFFIXES, ORG_HEADS, ORG_HEADS_BEFORE_FOR, ORG_HEADS_BEFORE_OF, PLACE_ACRONYMS, SENTENCE_STARTERS, has, type WordList,
} from '../lexicon/entities';
import { CREDIT_WORDS } from '../lexicon/names';
import { Tag, type Sentence, type Token } from '../nlp/tokens';
import {
  TitlePart, hyphenated, isAllCaps, isCapitalised, isCommonOpener, isHead, isHonorific, isParticle, joined, joinedAfterInitial,
} from './words';

/** Honorifics are abbreviations: "Mr. Smith", "Sen. Warner" stay joined across the full stop. */
function joinedAfterHonorific(a: Token, b: Token): boolean {
  return isHonorific(a) && /^\.?\s*$/.test(a.post + b.pre) && !/\n/.test(a.post);
}

/** All-capital words next to other all-capital words are shouting ("BIG PROGRESS ON X"), not abbreviations. */
export function shoutingMask(s: Sentence): boolean[] {
  const caps = s.map(t => isAllCaps(t));
  const common = s.map((t, i) => caps[i] && t.lower.length >= 3 && t.lexicon !== 0
    && (t.lexicon & (Tag.Organization | Tag.Place | Tag.Acronym)) === 0 && !has(PLACE_ACRONYMS, t.lower));
  const mask = s.map(() => false);
  for (let i = 0; i < s.length; i++) {
    if (!caps[i]) {
      continue;
    }
    let j = i;
    while (j + 1 < s.length && caps[j + 1] && joined(s[j], s[j + 1])) {
      j++;
    }
    if (j > i && common.slice(i, j + 1).some(Boolean)) {
      mask.fill(true, i, j + 1);
    }
    i = j;
  }
  return mask;
}

/**
 * A headline in Title Case: its capitals prove nothing. Besides most words being capitalised, some of them
 * (after the first) must be ordinary words ("Meet", "Over", "Budget"): a caption that lists titled names
 * ("Canadian Prime Minister Justin Trudeau and …") is not a headline.
 */
export function isTitleCaseLine(s: Sentence, parts: readonly TitlePart[]): boolean {
  // A wire credit ("(Reporting by X in Y; Editing by Z)") names people in full, however capitalised.
  const by = s.findIndex(t => t.lower === 'by');
  if (by > 0 && by <= 2 && s.slice(0, by).every(t => CREDIT_WORDS.has(t.lower))) {
    return false;
  }
  const long = s.filter(t => t.text.length > 3 && /\p{L}/u.test(t.text));
  const nameLike = Tag.Person | Tag.FirstName | Tag.LastName | Tag.Place | Tag.Organization | Tag.Demonym | Tag.Honorific;
  const functionWord = Tag.Preposition | Tag.Conjunction | Tag.Determiner | Tag.Verb | Tag.Adverb | Tag.Pronoun;
  // A headline may end in a full stop ("X Responds To Question About Y By Saying …."): then capitalised
  // prepositions, conjunctions and pronouns mid-line, which prose never writes, show it.
  const shortFunctionWord = (t: Token, i: number) => i > 0 && isCapitalised(t) && t.text.length <= 5 && (t.lexicon & nameLike) === 0
    && (t.lexicon & (Tag.Preposition | Tag.Conjunction | Tag.Determiner | Tag.Pronoun)) !== 0 && !/[.:!?"“]\s*$/.test(s[i - 1].post);
  const ended = /[.!?]/.test(s[s.length - 1].post) && s.filter(shortFunctionWord).length < 2;
  if (ended || s.length > 20 || long.length < 3 || long.filter(isCapitalised).length < long.length * 0.8) {
    return false;
  }
  // Words of a real title chain ("Prime Minister") say nothing; a modifier without a head ("Security") does.
  const inTitle = s.map(() => false);
  for (let i = s.length - 1, headAhead = false; i >= 0; i--) {
    headAhead = parts[i] !== TitlePart.None && (isHead(parts[i]) || (headAhead && joined(s[i], s[i + 1])));
    inTitle[i] = headAhead;
  }
  const ordinary = s.filter((t, i) => i > 0 && isCapitalised(t) && !inTitle[i] && t.lexicon !== 0 && (t.lexicon & nameLike) === 0);
  return ordinary.length >= 2 || ordinary.some(t => (t.lexicon & functionWord) !== 0 || has(SENTENCE_STARTERS, t.lower));
}

/** Token indices of each run of capitalised words in the sentence. */
export function capitalRuns(s: Sentence, parts: readonly TitlePart[], usable: (i: number) => boolean): number[][] {
  const runs: number[][] = [];
  for (let i = 0; i < s.length; i++) {
    if (!usable(i)) {
      continue;
    }
    const run = [...leadingParticles(s, i), i];
    let j = i;
    for (;;) {
      const k = j + 1;
      if (k >= s.length) {
        break;
      }
      // An initial opens a run only before a word that is no ordinary one ("K. Annamalai", not "option A. Then").
      const initial = joinedAfterInitial(s[j], s[k]) && (run.length > 1 || /^\p{Lu}$/u.test(s[k].text) || !isCommonOpener(s[k]));
      if (!(joined(s[j], s[k]) || joinedAfterHonorific(s[j], s[k]) || initial)) {
        break;
      }
      if (usable(k)) {
        run.push(k);
        j = k;
        continue;
      }
      const extra = continuation(s, j, parts, usable, run[0]);
      if (!extra.length) {
        break;
      }
      run.push(...extra);
      j = extra[extra.length - 1];
    }
    runs.push(run);
    i = j;
  }
  return runs;
}

/** Particles that open a surname used alone ("… von der Leyen's party", "… al-Assad said"). */
function leadingParticles(s: Sentence, i: number): number[] {
  let k = i;
  while (k > 0 && isParticle(s[k - 1]) && joined(s[k - 1], s[k])) {
    k--;
  }
  if (k === i || (k > 0 && isCapitalised(s[k - 1]) && joined(s[k - 1], s[k]))) {
    return [];
  }
  return i - k >= 2 || LEADING_PARTICLES.has(s[k].lower) ? range(k, i - 1) : [];
}

/** Lower-case words that continue a name: particles, a title's department, "of"/"and" inside an organisation's name. */
function continuation(s: Sentence, j: number, parts: readonly TitlePart[], usable: (i: number) => boolean, runStart?: number): number[] {
  if (parts[j + 1] === TitlePart.Complement) {
    return complementAfter(s, j, parts, usable);
  }
  if (isNameSyllable(s, j)) {
    return [j + 1];
  }
  const particles = particlesAfter(s, j, usable);
  if (particles.length) {
    return particles;
  }
  const word = s[j + 1].lower;
  if (word === 'of' || word === 'for') {
    return ofForAfter(s, j, usable, runStart);
  }
  return word === 'and' || s[j + 1].text === '&' ? conjunctionAfter(s, j, usable, runStart) : [];
}

/** A title's department ("Minister for Europe"), and the capitalised word right after it when joined. */
function complementAfter(s: Sentence, j: number, parts: readonly TitlePart[], usable: (i: number) => boolean): number[] {
  const k = j + 1;
  let m = k;
  while (m + 1 < s.length && parts[m + 1] === TitlePart.Complement) {
    m++;
  }
  return m + 1 < s.length && usable(m + 1) && joined(s[m], s[m + 1]) ? range(k, m + 1) : range(k, m);
}

/**
 * "Cho Tae-yul", "Lee Jae-myung": a lower-case syllable after a hyphen belongs to the name ("Nato-like" does not;
 * "Kim Jae-won": a short syllable may also be an English verb; "Commander-in-Chief", "Stoke-on-Trent": a
 * syllable hyphened on to a further word is a compound's joint).
 */
function isNameSyllable(s: Sentence, j: number): boolean {
  const syllable = s[j + 1];
  const wordLike = (syllable.lexicon & (Tag.Verb | Tag.Adjective)) !== 0 && !(syllable.text.length <= 3 && (syllable.lexicon & Tag.Adjective) === 0);
  const joint = j + 2 < s.length && hyphenated(syllable, s[j + 2]);
  return hyphenated(s[j], syllable) && /^\p{Ll}+$/u.test(syllable.text) && !has(MODIFIER_SUFFIXES, syllable.lower) && !wordLike && !joint;
}

/** Name particles before a further capitalised word ("Charles de Gaulle"), with that word. */
function particlesAfter(s: Sentence, j: number, usable: (i: number) => boolean): number[] {
  const k = j + 1;
  let m = k;
  while (m < s.length && isParticle(s[m]) && joined(s[m - 1], s[m])) {
    m++;
  }
  return m > k && m < s.length && usable(m) && joined(s[m - 1], s[m]) ? range(k, m) : [];
}

/** Whether the run from `runStart` to before `j` already holds an organisation's "of"/"for" joint ("Institute for the Study"). */
function insideOrgJoint(s: Sentence, j: number, runStart: number | undefined, heads: readonly WordList[]): boolean {
  if (runStart === undefined) {
    return false;
  }
  return s.slice(runStart, j).some((token, offset) => (token.lower === 'of' || token.lower === 'for') && offset > 0
    && heads.some(list => has(list, s[runStart + offset - 1].lower)));
}

/**
 * "Bank of England", "Institute for the Study of War": "of"/"for" after a noun organisations are named with
 * ("of" also when the run is already inside such a name), with an optional "the" and the capitalised word after.
 */
function ofForAfter(s: Sentence, j: number, usable: (i: number) => boolean, runStart: number | undefined): number[] {
  const k = j + 1, word = s[k].lower;
  const continues = word === 'of'
    ? has(ORG_HEADS_BEFORE_OF, s[j].lower) || insideOrgJoint(s, j, runStart, [ORG_HEADS_BEFORE_OF, ORG_HEADS_BEFORE_FOR])
    : has(ORG_HEADS_BEFORE_FOR, s[j].lower);
  if (!continues) {
    return [];
  }
  const m = s[k + 1]?.lower === 'the' ? k + 2 : k + 1;
  return m < s.length && usable(m) && joined(s[m - 1], s[m]) ? range(k, m) : [];
}

/**
 * Whether the words before "and" are a body's whole name already ("… Group", "AMD", "Nvidia"), so they do
 * not start a longer one. A sentence's capitalised "The" is not a word of the name.
 */
function isCompleteBody(s: Sentence, j: number, runStart: number | undefined): boolean {
  const nameStart = runStart !== undefined && s[runStart].lower === 'the' ? runStart + 1 : runStart;
  const knownBody = j === nameStart && (isAllCaps(s[j]) && s[j].text.length >= 2 || ((s[j].lexicon & Tag.Organization) !== 0 && (s[j].lexicon & Tag.Place) === 0));
  return (has(ORG_HEADS, s[j].lower) && nameStart !== undefined && j > nameStart) || knownBody;
}

/**
 * "Securities and Exchange Commission", "Centre for Democracy and Development", "Hollis & Brandt": "and"/"&"
 * inside one organisation's name, but not between two bodies side by side ("TNT Sports and Sporting CP").
 */
function conjunctionAfter(s: Sentence, j: number, usable: (i: number) => boolean, runStart: number | undefined): number[] {
  const k = j + 1;
  if (!(k + 1 < s.length && usable(k + 1) && joined(s[k], s[k + 1]))) {
    return [];
  }
  let m = k + 1;
  while (m + 1 < s.length && usable(m + 1) && joined(s[m], s[m + 1])) {
    m++;
  }
  const insideOf = runStart !== undefined && s.slice(runStart, j).some((token, offset) => (token.lower === 'of' || token.lower === 'for')
    && has(ORG_HEADS_BEFORE_OF, s[runStart + offset - 1]?.lower ?? ''));
  const oneName = s[k].text === '&' || has(ORG_HEADS, s[m].lower) || insideOf;
  return oneName && !isCompleteBody(s, j, runStart) && (s[j].tags & Tag.Place) === 0 ? range(k, m) : [];
}

export function range(from: number, to: number): number[] {
  const r: number[] = [];
  for (let i = from; i <= to; i++) {
    r.push(i);
  }
  return r;
}
