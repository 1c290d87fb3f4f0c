// Finds candidate names in one sentence: runs of capitalised words (with name particles, "of"-joined
// organisation names and department titles), split into prefix, title, honorific and name parts, so that
// "Nato Secretary General Mark Rutte" yields "Nato" and "Mark Rutte", and "UK Prime Minister Sir Keir
// Starmer" yields "Keir Starmer" with an honorific.
import {
  COMPOUND_NOUNS, MODIFIER_SUFFIXES, NAME_SUFFIXES, ORG_HEADS, ORG_HEADS_BEFORE_FOR, ORG_HEADS_BEFORE_OF, PLACE_ACRONYMS, SENTENCE_STARTERS, has,
} from '../nlp/lexicon';
import { Tag, type Sentence, type Token } from '../nlp/tokens';
import { Evidence } from './types';
import {
  TitlePart, hyphenated, isAllCaps, isCapitalised, isCommonOpener, isFunctionOpener, isHead, isHonorific, isParticle, joined, joinedAfterInitial,
  opensSentence,
} from './words';

/** A party-and-state tag after a US politician's name ("D-Va.", "R-SC"): never a name. */
const PARTY_TAG = /^[DRIL]-[A-Z]/;

/** A name found in a sentence, by token indices (inclusive). */
export interface Draft {
  first: number;
  last: number;
  evidence: number;
  honorific?: number;
  lead?: number;
}

/** Honorifics are abbreviations: "Mr. Smith", "Sen. Warner" stay joined across the full stop. */
function joinedAfterHonorific(a: Token, b: Token): boolean {
  return isHonorific(a) && /^\.?\s*$/.test(a.post + b.pre) && !/\n/.test(a.post);
}

/** All-capital words next to other all-capital words are shouting ("BIG PROGRESS ON X"), not abbreviations. */
function shoutingMask(s: Sentence): boolean[] {
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
function isTitleCaseLine(s: Sentence, parts: readonly TitlePart[]): boolean {
  const long = s.filter(t => t.text.length > 3 && /\p{L}/u.test(t.text));
  const ended = /[.!?]/.test(s[s.length - 1].post);
  if (ended || s.length > 20 || long.length < 3 || long.filter(isCapitalised).length < long.length * 0.8) {
    return false;
  }
  const nameLike = Tag.Person | Tag.FirstName | Tag.LastName | Tag.Place | Tag.Organization | Tag.Demonym | Tag.Honorific;
  const functionWord = Tag.Preposition | Tag.Conjunction | Tag.Determiner | Tag.Verb | Tag.Adverb | Tag.Pronoun;
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
function capitalRuns(s: Sentence, parts: readonly TitlePart[], usable: (i: number) => boolean): number[][] {
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
      const initial = joinedAfterInitial(s[j], s[k]) && (run.length > 1 || /^\p{Lu}$/u.test(s[k].text));
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

const LEADING_PARTICLES = new Set(['von', 'van', 'bin', 'ibn', 'al', 'el', 'arap', 'abu', 'bint', 'ben', 'de', 'da', 'di', 'du', 'dos', 'del', 'della']);

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
  const k = j + 1;
  if (parts[k] === TitlePart.Complement) {
    let m = k;
    while (m + 1 < s.length && parts[m + 1] === TitlePart.Complement) {
      m++;
    }
    return m + 1 < s.length && usable(m + 1) && joined(s[m], s[m + 1]) ? range(k, m + 1) : range(k, m);
  }
  // "Cho Tae-yul", "Lee Jae-myung": a lower-case syllable after a hyphen belongs to the name ("Nato-like" does not).
  if (hyphenated(s[j], s[k]) && /^\p{Ll}+$/u.test(s[k].text) && !has(MODIFIER_SUFFIXES, s[k].lower) && (s[k].lexicon & (Tag.Verb | Tag.Adjective)) === 0) {
    return [k];
  }
  let m = k;
  while (m < s.length && isParticle(s[m]) && joined(s[m - 1], s[m])) {
    m++;
  }
  if (m > k && m < s.length && usable(m) && joined(s[m - 1], s[m])) {
    return range(k, m);
  }
  const w = s[k].lower;
  if ((w === 'of' && has(ORG_HEADS_BEFORE_OF, s[j].lower)) || (w === 'for' && has(ORG_HEADS_BEFORE_FOR, s[j].lower))) {
    m = s[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    return m < s.length && usable(m) && joined(s[m - 1], s[m]) ? range(k, m) : [];
  }
  if ((w === 'and' || s[k].text === '&') && k + 1 < s.length && usable(k + 1) && joined(s[k], s[k + 1])) {
    m = k + 1;
    while (m + 1 < s.length && usable(m + 1) && joined(s[m], s[m + 1])) {
      m++;
    }
    // "Securities and Exchange Commission", "Centre for Democracy and Development" — but not two bodies
    // side by side ("TNT Sports and Sporting CP").
    const insideOf = runStart !== undefined && s.slice(runStart, j).some((t, i) => (t.lower === 'of' || t.lower === 'for') && has(ORG_HEADS_BEFORE_OF, s[runStart + i - 1]?.lower ?? ''));
    const leftComplete = has(ORG_HEADS, s[j].lower) && runStart !== undefined && j > runStart;
    if ((s[k].text === '&' || has(ORG_HEADS, s[m].lower) || insideOf) && !leftComplete && (s[j].tags & Tag.Place) === 0) {
      return range(k, m);
    }
  }
  return [];
}

function range(from: number, to: number): number[] {
  const r: number[] = [];
  for (let i = from; i <= to; i++) {
    r.push(i);
  }
  return r;
}

type Kind = 'hon' | 'title' | 'name';
interface Group { kind: Kind; tokens: number[] }

function groupsOf(s: Sentence, run: readonly number[], parts: readonly TitlePart[]): Group[] {
  const groups: Group[] = [];
  run.forEach((i, n) => {
    const kind: Kind = n < run.length - 1 && isHonorific(s[i]) ? 'hon' : parts[i] !== TitlePart.None ? 'title' : 'name';
    const last = groups[groups.length - 1];
    if (last && last.kind === kind) {
      last.tokens.push(i);
    } else {
      groups.push({ kind, tokens: [i] });
    }
  });
  // A title group without a head noun is part of a name ("Supreme Court", "Senate Intelligence Committee").
  for (const g of groups) {
    if (g.kind === 'title' && !g.tokens.some(i => isHead(parts[i]))) {
      g.kind = 'name';
    }
  }
  const merged: Group[] = [];
  for (const g of groups) {
    const last = merged[merged.length - 1];
    if (last && last.kind === 'name' && g.kind === 'name') {
      last.tokens.push(...g.tokens);
    } else {
      merged.push({ kind: g.kind, tokens: [...g.tokens] });
    }
  }
  return merged;
}

const FIRST_NAME = Tag.FirstName;

function startsWithFirstName(s: Sentence, g: Group): boolean {
  return ((s[g.tokens[0]].lexicon | s[g.tokens[0]].tags) & FIRST_NAME) !== 0;
}

/** Splits one run into candidate names. */
function namesOfRun(s: Sentence, run: number[], parts: readonly TitlePart[]): Draft[] {
  let lead: number | undefined;
  const titled = (n: number) => isHead(parts[run[n]]) || (parts[run[n]] === TitlePart.Modifier && run.length > n + 1 && parts[run[n + 1]] !== TitlePart.None);
  // An organisation's name keeps its first word ("State Department", "Supreme Court").
  const orgName = run.length > 1 && has(ORG_HEADS, s[run[run.length - 1]].lower);
  while (run.length && !orgName && opensSentence(s, run[0]) && isCommonOpener(s[run[0]]) && !titled(0) && !isHonorific(s[run[0]])) {
    lead = lead ?? run[0];
    run = run.slice(1);
    while (run.length && !isCapitalised(s[run[0]])) {
      run = run.slice(1);
    }
  }
  while (run.length > 1 && s[run[0]].lower === 'the') {
    run = run.slice(1);
  }
  if (!run.length) {
    // "Cotton said …": a known word opening the sentence may still be the surname of someone named elsewhere.
    const only = lead !== undefined && !isFunctionOpener(s[lead]) && parts[lead] === TitlePart.None ? lead : undefined;
    return only === undefined ? [] : [{ first: only, last: only, evidence: Evidence.Weak }];
  }
  // A generational suffix belongs to the name before it, whatever that name's words look like ("King Jr").
  let suffixes = 0;
  while (suffixes < run.length - 1 && has(NAME_SUFFIXES, s[run[run.length - 1 - suffixes]].lower)) {
    suffixes++;
  }
  const suffix = run.slice(run.length - suffixes);
  run = run.slice(0, run.length - suffixes);
  const lastToken = s[run[run.length - 1]];
  let groups = groupsOf(s, run, parts);
  const endsAsOrg = has(ORG_HEADS, lastToken.lower) || ((lastToken.tags & Tag.Organization) !== 0 && (lastToken.tags & Tag.Person) === 0);
  if (endsAsOrg && groups.length > 1 && groups[groups.length - 1].kind === 'name') {
    const firstName = groups.findIndex(g => g.kind !== 'hon');
    groups = [...groups.slice(0, firstName), { kind: 'name', tokens: groups.slice(firstName).flatMap(g => g.tokens) }];
  }
  const last = groups[groups.length - 1];
  const before = groups[groups.length - 2];
  if (last.kind === 'title' && before?.kind === 'name' && (startsWithFirstName(s, before) || suffix.length) && !isHead(parts[before.tokens[0]])) {
    before.tokens.push(...last.tokens);
    groups.pop();
  }
  if (suffix.length && groups[groups.length - 1].kind === 'name') {
    groups[groups.length - 1].tokens.push(...suffix);
  }
  // "Dr King", but also "Mr President": a title word right after an honorific is a name only if the
  // document names someone so (Weak: attach-only).
  const end = groups[groups.length - 1], hon = groups[groups.length - 2];
  let weakLast = false;
  if (end.kind === 'title' && end.tokens.length === 1 && hon?.kind === 'hon') {
    end.kind = 'name';
    weakLast = true;
  }
  const drafts: Draft[] = [];
  groups.forEach((g, n) => {
    if (g.kind !== 'name') {
      return;
    }
    const prev = groups[n - 1];
    const draft: Draft = { first: g.tokens[0], last: g.tokens[g.tokens.length - 1], evidence: 0 };
    if (prev?.kind === 'hon') {
      draft.honorific = prev.tokens[prev.tokens.length - 1];
      draft.evidence |= Evidence.Honorific;
    }
    if (n === 0 && lead !== undefined) {
      draft.lead = lead;
    }
    if (weakLast && n === groups.length - 1) {
      draft.evidence |= Evidence.Weak;
    }
    drafts.push(draft);
  });
  return drafts;
}

/** Splits "X-Y" used as a modifier ("the X-Y summit") into two names. */
function splitHyphenPair(s: Sentence, run: number[]): number[][] {
  if (run.length !== 2 || !hyphenated(s[run[0]], s[run[1]])) {
    return [run];
  }
  // Only a noun of meetings and relations after the pair makes it two names; "Adebayo-Okafor winner" is one.
  const next = s[run[1] + 1];
  const modifier = next && joined(s[run[1]], next) && !isCapitalised(next) && has(COMPOUND_NOUNS, next.lower);
  const places = [s[run[0]], s[run[1]]].every(t => ((t.tags | t.lexicon) & Tag.Place) !== 0);
  return modifier || places ? [[run[0]], [run[1]]] : [run];
}

/** Candidate names of one sentence, before roles are attached. */
export function findNames(s: Sentence, parts: readonly TitlePart[]): Draft[] {
  const shouting = shoutingMask(s);
  const weak = isTitleCaseLine(s, parts);
  const usable = (i: number) => isCapitalised(s[i]) && !shouting[i] && !/^\d/.test(s[i].text) && !PARTY_TAG.test(s[i].text)
    && parts[i] !== TitlePart.Complement;
  const keep = (d: Draft) => d.first < d.last || (s[d.first].text.length > 1 && ((s[d.first].tags | s[d.first].lexicon) & (Tag.Date | Tag.Value)) === 0);
  const drafts: Draft[] = [];
  if (weak) {
    // In a headline, runs of capitalised words between ordinary words ("White House", "Zelensky") may name
    // entities found elsewhere; each is attach-only.
    const nameWord = (i: number) => usable(i) && !isHonorific(s[i]) && parts[i] === TitlePart.None && (!isCommonOpener(s[i]) || isParticle(s[i]));
    for (let i = 0; i < s.length; i++) {
      if (!nameWord(i)) {
        continue;
      }
      let j = i;
      while (j + 1 < s.length && nameWord(j + 1) && joined(s[j], s[j + 1])) {
        j++;
      }
      drafts.push({ first: i, last: j, evidence: Evidence.Weak });
      i = j;
    }
    return drafts.filter(keep);
  }
  for (const run of capitalRuns(s, parts, usable)) {
    for (const piece of splitHyphenPair(s, run)) {
      for (const d of namesOfRun(s, piece, parts)) {
        if (piece !== run) {
          d.evidence |= Evidence.HyphenPart;
        }
        drafts.push(d);
      }
    }
  }
  return drafts.filter(keep);
}
