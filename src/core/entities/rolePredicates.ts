// Roles a clause gives a name rather than a title next to it: "as" roles ("named X as chairman", "X works as a
// cashier at the store"), predicates ("X is a greeter at the store", "X was elected chairman of …") and relative
// clauses ("X, who chairs the committee,"). Each rule is a row of CLAUSE_ROLE_RULES with its reason and examples.
import { ORG_HEADS, ORG_NOUNS_AFTER, ROLE_APPOSITIVE_STOPS, ROLE_AS_VERBS, ROLE_OBJECT_VERBS, ROLE_PREDICATE_VERBS, TITLE_TAIL_STARTS, has } from '../lexicon/entities';
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../lexicon/determiners';
import { Tag, type Sentence, type Token } from '../nlp/tokens';
import type { Draft } from './names';
import { CLAUSE_BREAK, RELATIVES, isAgeOrPartyTag, isFiniteVerb, roleText } from './roleSpans';
import { DANGLING, MAX_TAIL, postsAt, titlePhraseAt, type OwnedSpan, type RoleContext } from './rolePhrase';
import { TitlePart, isCapitalised, isPossessive, joined } from './words';

/** Words between a subject and its verb that change nothing ("X was also elected", "X has long served as"). */
const AUXILIARIES = new Set(['is', 'was', 'has', 'had', 'have', 'been', 'be', 'will', 'would', 'also', 'now', 'later', 'then', 'still',
  'currently', 'previously', 'formerly', 'once', 'recently', 'long', 'briefly', 'officially']);
/** Particles of phrasal verbs before "as" ("stay on as", "took over as", "stepped down as", "sworn in as"). */
const PARTICLES = new Set(['on', 'over', 'down', 'in', 'up']);
/** Verbs that state a post without appointing anyone ("X is …", "X became …"). */
const COPULAS = new Set(['is', 'was', 'became', 'becomes', 'remains', 'remained']);
const BE_FORMS = new Set(['is', 'was', 'were', 'are', 'been', 'be']);
/** "as" in these fixed phrases never gives a post ("as well as", "such as"). */
const FIXED_AS = new Set(['such', 'well', 'so', 'just', 'much', 'long', 'soon', 'far', 'known', 'same']);
/** Furthest a trigger verb is looked for before its object name, in tokens. */
const MAX_OBJECT_DISTANCE = 30;

/** Index of the first token after `d` once an age, a party tag, "of <State>" or a parenthesis is passed over. */
function afterName(c: RoleContext, d: Draft): number {
  const { s, startsAt, drafts } = c;
  let i = d.last + 1;
  for (let step = 0; step < 3 && i < s.length; step++) {
    if (isAgeOrPartyTag(s[i]) && /,/.test(s[i - 1].post + s[i].pre)) {
      i++;
    } else if (s[i].lower === 'of' && startsAt.has(i + 1)) {
      i = drafts[startsAt.get(i + 1) as number].last + 1;
    } else if (/\(/.test(s[i - 1].post + s[i].pre) && /\)/.test(s[i].post)) {
      i++;
    } else {
      break;
    }
  }
  return i;
}

/** The draft a clause before `q` is about: the nearest name not after "of" or inside parentheses. */
function ownerBefore(c: RoleContext, q: number): number | undefined {
  const { s, drafts } = c;
  for (let n = drafts.length - 1; n >= 0; n--) {
    const d = drafts[n];
    if (d.last >= q) {
      continue;
    }
    const governed = d.first > 0 && (s[d.first - 1].lower === 'of' || /\(/.test(s[d.first - 1].post + s[d.first].pre));
    if (!governed) {
      return n;
    }
  }
  return undefined;
}

/** The nearest verb before token `q` (over titles, honorifics, commas and nouns), if it is one of `verbs`. */
function governingVerb(s: Sentence, q: number, verbs: (t: Token) => boolean): boolean {
  for (let k = q - 1; k >= 0 && q - k <= MAX_OBJECT_DISTANCE; k--) {
    if (/[;:!?()]/.test(s[k].post) || /[.]\s/.test(s[k].post) && !/^\p{Lu}/u.test(s[k].text)) {
      return false;
    }
    if (isFiniteVerb(s[k]) || has(ROLE_AS_VERBS, s[k].lower)) {
      return verbs(s[k]);
    }
  }
  return false;
}

/** "named X as chairman", "X will stay on as chief", "X works as a cashier at the store". */
function asRoles(c: RoleContext): OwnedSpan[] {
  const { s } = c;
  const found: OwnedSpan[] = [];
  for (let q = 1; q < s.length - 1; q++) {
    if (s[q].lower !== 'as' || FIXED_AS.has(s[q - 1].lower) || FIXED_AS.has(s[q + 1].lower)) {
      continue;
    }
    const role = titlePhraseAt(c, q + 1);
    const owner = role && ownerBefore(c, q);
    if (!role || owner === undefined) {
      continue;
    }
    const d = c.drafts[owner];
    const asVerb = (t: Token): boolean => has(ROLE_AS_VERBS, t.lower);
    // The name is the verb's subject only when nothing but auxiliaries and adverbs stands between them
    // ("X will stay on as …", "X, 52, who served as …"; not "adviser to X and acted as …").
    const verbPhrase = s.slice(afterName(c, d), q);
    const subjectVerb = verbPhrase.some(asVerb)
      && verbPhrase.every(t => asVerb(t) || AUXILIARIES.has(t.lower) || PARTICLES.has(t.lower) || t.lower === 'who' || (t.lexicon & Tag.Adverb) !== 0);
    const objectVerb = !s.slice(d.last + 1, q).some(t => isFiniteVerb(t)) && governingVerb(s, d.first, asVerb);
    if (subjectVerb || objectVerb) {
      found.push({ ...role, draft: owner });
    }
  }
  return found;
}

/** The token after a name and its auxiliaries, if the name is the subject of what follows. */
function verbAfter(c: RoleContext, d: Draft): number | undefined {
  const { s } = c;
  let i = afterName(c, d);
  if (i > d.last + 1 && !/^\s+$/.test(s[i - 1].post) && s[i - 1].lower !== 'of') {
    // Passed over an age or tag: a closing comma must follow ("X, 52, is …" reads as a subject, "X, 52, a …" does not).
    if (!/,/.test(s[i - 1].post)) {
      return undefined;
    }
  }
  while (i < s.length && AUXILIARIES.has(s[i].lower) && !has(ROLE_PREDICATE_VERBS, s[i].lower)) {
    i++;
  }
  return i < s.length ? i : undefined;
}

/** "X is a greeter at the store", "X was also elected chairman of the caucus", "X is the company's chief executive". */
function predicateRoles(c: RoleContext): OwnedSpan[] {
  const { s } = c;
  const found: OwnedSpan[] = [];
  c.drafts.forEach((d, n) => {
    let v = verbAfter(c, d);
    if (v === undefined || !has(ROLE_PREDICATE_VERBS, s[v].lower) || CLAUSE_BREAK.test(s[d.last].post) && afterName(c, d) === d.last + 1) {
      return;
    }
    // "X was named chairman", not "X named the union's head his Secretary of Labor": appointing verbs only in the passive.
    if (!COPULAS.has(s[v].lower) && !s.slice(d.last + 1, v).some(t => BE_FORMS.has(t.lower))) {
      return;
    }
    // "was also elected", "is now": auxiliaries and adverbs between the verb and the post.
    while (v + 1 < s.length && (AUXILIARIES.has(s[v + 1].lower) || has(ROLE_PREDICATE_VERBS, s[v + 1].lower)) && s[v + 1].lower !== 'as') {
      v++;
    }
    found.push(...postsAt(c, v + 1).map(role => ({ ...role, draft: n })));
  });
  return found;
}

/** Verbs whose capitalised object is a place the person stands for ("represents San Francisco"). */
const CONSTITUENCY_VERBS = new Set(['represents', 'represented']);

/** End of an object that names a body or a place ("the committee", "San Francisco", "the agency's immunisation department"). */
function objectEnd(c: RoleContext, from: number): number | undefined {
  const { s } = c;
  const first = s[from];
  if (!first || !(ARTICLES.has(first.lower) || POSSESSIVE_DETERMINERS.has(first.lower) || isCapitalised(first))) {
    return undefined;
  }
  let end = from;
  let headNoun: Token | undefined;
  for (let k = from; k < s.length && k - from < MAX_TAIL; k++) {
    if (k > from && !joined(s[k - 1], s[k]) && !(isPossessive(s[k - 1]) && /^\s+$/.test(s[k - 1].post))) {
      break;
    }
    if (isFiniteVerb(s[k]) || RELATIVES.has(s[k].lower) || (k > from && has(ROLE_APPOSITIVE_STOPS, s[k].lower))) {
      break;
    }
    if (k > from && TITLE_TAIL_STARTS.has(s[k].lower) || s[k].lower === 'on') {
      headNoun ??= s[k - 1];
    }
    end = k;
  }
  while (end > from && DANGLING.has(s[end].lower)) {
    end--;
  }
  // "represents San Francisco" names a constituency; "leads Trump in the polls" names a rival, not a body.
  const head = headNoun ?? s[end];
  const body = has(ORG_HEADS, head.lower) || has(ORG_NOUNS_AFTER, head.lower) || isCapitalised(head) && (ARTICLES.has(first.lower) || CONSTITUENCY_VERBS.has(s[from - 1]?.lower ?? ''));
  return body ? end : undefined;
}

/** "X, who chairs the committee,", "X, who is the company's chief executive,", "X, who represents San Francisco". */
function relativeRoles(c: RoleContext): OwnedSpan[] {
  const { s } = c;
  const found: OwnedSpan[] = [];
  c.drafts.forEach((d, n) => {
    const who = afterName(c, d);
    if (s[who]?.lower !== 'who' || !/,/.test(s[who - 1].post + s[who].pre)) {
      return;
    }
    let v = who + 1;
    while (v < s.length && AUXILIARIES.has(s[v].lower) && !has(ROLE_PREDICATE_VERBS, s[v].lower)) {
      v++;
    }
    const verb = s[v];
    if (!verb) {
      return;
    }
    if (has(ROLE_OBJECT_VERBS, verb.lower)) {
      const end = objectEnd(c, v + 1);
      if (end !== undefined) {
        found.push({ ...roleText(s, v, end), draft: n });
      }
    } else if (has(ROLE_PREDICATE_VERBS, verb.lower)) {
      found.push(...postsAt(c, v + 1).map(role => ({ ...role, draft: n })));
    }
  });
  return found;
}

/** The subject of the clause before `q`: the nearest name, not after "of", that a finite verb follows. */
function clauseSubjectBefore(c: RoleContext, q: number): number | undefined {
  const { s, drafts } = c;
  for (let n = drafts.length - 1; n >= 0; n--) {
    const d = drafts[n];
    if (d.last >= q || (d.first > 0 && s[d.first - 1].lower === 'of')) {
      continue;
    }
    const v = verbAfter(c, d);
    if (v !== undefined && v < q && isFiniteVerb(s[v]) && /^\s+$/.test(s[v - 1].post)) {
      return n;
    }
  }
  return undefined;
}

/** "Representative X of California defeated Y to become vice chairwoman": the post goes to the sentence's subject. */
function becomeRoles(c: RoleContext): OwnedSpan[] {
  const { s } = c;
  const found: OwnedSpan[] = [];
  for (let q = 1; q + 1 < s.length; q++) {
    if (s[q].lower !== 'become' || s[q - 1].lower !== 'to') {
      continue;
    }
    const subject = clauseSubjectBefore(c, q);
    const role = subject === undefined ? undefined : titlePhraseAt(c, q + 1);
    if (role && subject !== undefined) {
      found.push({ ...role, draft: subject });
    }
  }
  return found;
}

/** A rule of this file: what it reads, why, and sentences it must and must not give a role in. */
export interface ClauseRoleRule {
  readonly id: string;
  readonly reason: string;
  readonly yes: readonly string[];
  readonly no: readonly string[];
  readonly find: (c: RoleContext) => OwnedSpan[];
}

export const CLAUSE_ROLE_RULES: readonly ClauseRoleRule[] = [
  {
    id: 'as-post',
    reason: 'A post given by "as" after a verb of appointing or serving, to its subject or object.',
    yes: ['The board named Tom Hale as chief executive.', 'Maria Lopez works as a cashier at the store.', 'Jane Doe was nominated as transport commissioner on Monday.'],
    no: ['Tom Hale left as the president arrived.', 'Maria Lopez was described as a hero.', 'They met, as Secretary of State Ana Ruiz said.'],
    find: asRoles,
  },
  {
    id: 'predicate-post',
    reason: 'A post after a copula or a verb of appointing whose subject is the name.',
    yes: ['Maria Lopez is a greeter at the store.', 'Tom Hale was also elected chairman of the caucus.'],
    no: ['Maria Lopez is not a candidate.', 'Tom Hale was the first to leave.'],
    find: predicateRoles,
  },
  {
    id: 'relative-post',
    reason: 'A relative clause after the name that states its post, or the body it heads ("who chairs the committee").',
    yes: ['Tom Hale, who chairs the committee, said no.', 'Ann Bell, who is the company’s chief executive, agreed.'],
    no: ['Tom Hale, who leads the race, said no.', 'Ann Bell, who is known for her temper, agreed.'],
    find: relativeRoles,
  },
  {
    id: 'become-post',
    reason: 'A post reached "to become" belongs to the subject of the clause, not to the nearest name (often the one defeated).',
    yes: ['Representative Linda Soto of California defeated another Democrat, Representative Barbara Leal, to become vice chairwoman.'],
    no: ['Ask Tom Hale whether he wants to become chairman.', 'It took Tom Hale years to become famous.'],
    find: becomeRoles,
  },
];

/** Roles stated by the clauses of one sentence. */
export function clauseRoles(s: Sentence, parts: readonly TitlePart[], drafts: readonly Draft[]): OwnedSpan[] {
  const c: RoleContext = { s, parts, drafts, startsAt: new Map(drafts.map((d, n) => [d.first, n])) };
  return CLAUSE_ROLE_RULES.flatMap(rule => rule.find(c));
}
