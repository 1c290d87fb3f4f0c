// Roles stated in a later sentence about a person named earlier in the paragraph: "She is the company's chief
// executive." (a pronoun and a predicate post) and "The 52-year-old farmer said …" (an age makes the description
// point back at the one person just named). The sentence yields the role; the paragraph picks the person.
import type { Sentence } from '../nlp/tokens';
import type { Draft } from './names';
import { titlePhraseAt } from './rolePhrase';
import { roleText, type Span } from './roleSpans';
import { Evidence, type Gender, type NameCandidate } from './types';
import { TitlePart, joined } from './words';

/** A role about someone named before this sentence, with the gender its pronoun gives. */
export interface BackReference extends Span {
  readonly gender?: Gender;
}

const PRONOUNS: ReadonlyMap<string, Gender> = new Map([['she', 'f'], ['he', 'm']]);
const COPULAS = new Set(['is', 'was', 'became', 'remains', 'remained', 'has', 'been', 'had', 'also', 'now', 'currently', 'still']);
const POSTS = new Set(['is', 'was', 'became', 'remains', 'remained']);

/** "52-year-old" as tokens 52 / year / old joined by hyphens, from `from`; the index of "old", if there. */
function ageEnd(s: Sentence, from: number): number | undefined {
  const [n, year, old] = [s[from], s[from + 1], s[from + 2]];
  const hyphens = n && year && old && n.post === '-' && year.post === '-';
  return hyphens && /^\d{1,3}$/.test(n.text) && year.lower === 'year' && old.lower === 'old' ? from + 2 : undefined;
}

/** "She is the company's chief executive.": a pronoun opening the sentence, a copula, a post. */
function pronounPost(s: Sentence, parts: readonly TitlePart[], drafts: readonly Draft[]): BackReference | undefined {
  const gender = PRONOUNS.get(s[0]?.lower ?? '');
  if (!gender) {
    return undefined;
  }
  let v = 1;
  while (v < s.length && COPULAS.has(s[v].lower) && !(POSTS.has(s[v].lower) && !COPULAS.has(s[v + 1]?.lower ?? ''))) {
    v++;
  }
  if (!s[v] || !POSTS.has(s[v].lower)) {
    return undefined;
  }
  const role = titlePhraseAt({ s, parts, drafts, startsAt: new Map(drafts.map((d, n) => [d.first, n])) }, v + 1);
  return role && { ...role, gender };
}

/** "The 52-year-old farmer said …": an aged description opening the sentence, before its verb or a comma. */
function agedDescription(s: Sentence, parts: readonly TitlePart[]): BackReference | undefined {
  if (s[0]?.lower !== 'the') {
    return undefined;
  }
  const old = ageEnd(s, 1);
  if (old === undefined) {
    return undefined;
  }
  let head = old + 1;
  while (head < s.length && parts[head] === TitlePart.Modifier && joined(s[head], s[head + 1] ?? s[head])) {
    head++;
  }
  if (parts[head] !== TitlePart.Head) {
    return undefined;
  }
  return roleText(s, 1, head);
}

/** The sentence's roles about someone named in an earlier sentence. */
export function backReferences(s: Sentence, parts: readonly TitlePart[], drafts: readonly Draft[]): BackReference[] {
  const found = pronounPost(s, parts, drafts) ?? agedDescription(s, parts);
  return found ? [found] : [];
}

const PERSON_EVIDENCE = Evidence.Title | Evidence.Honorific | Evidence.Appositive | Evidence.FirstName | Evidence.PersonTags;
const OTHER_EVIDENCE = Evidence.OrgHead | Evidence.OrgTag | Evidence.Place | Evidence.Acronym | Evidence.Prefix;

/** Index of the latest person-like name before this sentence that a back reference can mean (its gender agreeing). */
export function referredName(names: readonly NameCandidate[], gender: Gender | undefined): number | undefined {
  for (let n = names.length - 1; n >= 0; n--) {
    const c = names[n];
    if ((c.evidence & PERSON_EVIDENCE) === 0 || (c.evidence & OTHER_EVIDENCE) !== 0 || c.expands !== undefined) {
      continue;
    }
    const known = c.honorific?.gender ?? c.gender;
    if (!gender || !known || known === gender) {
      return n;
    }
  }
  return undefined;
}
