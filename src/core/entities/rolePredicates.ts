// Roles a clause gives a name rather than a title next to it: "as" roles ("named X as chairman", "X works as a
// cashier at the store"), predicates ("X is a greeter at the store", "X was elected chairman of …"), relative
// clauses ("X, who chairs the committee,") and "to become". Each is a rule of the role-cues table (roleCues.ts).
import { DESCRIBED_HEADING_VERBS, ORG_HEADS, ORG_NOUNS_AFTER, ROLE_AS_VERBS, ROLE_OBJECT_VERBS, ROLE_PREDICATE_VERBS, TITLE_TAIL_STARTS, has } from '../lexicon/entities';
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../lexicon/determiners';
import { BE_FORMS, BUSINESS_KEEPING_VERBS, CHAIR_VERBS, CHAIRED_SITTING_NOUNS, COMPLEMENT_APPOINTING_VERBS, CONSTITUENCY_VERBS, COORDINATION_ADVERBS, COPULAS, DURATION_COUNT_WORDS, DURATION_PREPOSITIONS, FIXED_AS_NEIGHBOURS, JOINING_VERBS, LED_EVENT_NOUNS, LED_TEAM_NOUNS, LED_UNIT_NOUNS, LIFE_STAGE_NOUNS, NAMED_BODY_VERBS, OWNED_BUSINESS_NOUNS, PHRASAL_PARTICLES, PRESIDED_SITTINGS, PRESIDING_VERBS, ROLE_AUXILIARIES, ROLE_DANGLING_WORDS, ROLE_LEADING_ADVERBS, SPAN_NOUNS, SPENDING_VERBS, MAX_TAUGHT_SUBJECT, TEACHING_VERBS, FIELD_BODY_PREPOSITIONS, FIELD_WORK_VERBS, MAX_FIELD_WORDS } from '../lexicon/roles';
import { Tag, type Sentence, type Token } from '../nlp/tokens';
import type { Draft } from './names';
import { MAX_TAIL } from './roleChains';
import { postsAt, titlePhraseAt } from './rolePhrase';
import { CLAUSE_BREAK, isAgeOrPartyTag, isAppositiveStop, isFiniteVerb, isRelative, linked, opensDate, roleText, type OwnedSpan, type RoleContext } from './roleSpans';
import { isCapitalised, isHonorific, isPossessive, joined } from './words';

/** An opening quotation mark before a word. */
const OPENING_QUOTE = /["“]\s*$/;

/** Furthest a trigger verb is looked for before its object name, in tokens. */
const MAX_OBJECT_DISTANCE = 30;
/** Most steps over what may follow a name before its verb (an age, "of <State>", a parenthesis). */
const MAX_STEPS = 3;

/** One step past what may follow a name before its verb, from token `at`, or undefined when nothing is passed. */
function stepPastName(context: RoleContext, at: number, description: boolean): number | undefined {
  const { sentence, startsAt, drafts } = context;
  const token = sentence[at], before = sentence[at - 1];
  if (isAgeOrPartyTag(token) && /,/.test(before.post + token.pre)) {
    return at + 1;
  }
  const state = token.lower === 'of' ? startsAt.get(at + 1) : undefined;
  if (state !== undefined) {
    return drafts[state].last + 1;
  }
  if (description && /^,\s*$/.test(before.post + token.pre) && has(ARTICLES, token.lower)) {
    return describedEnd(sentence, at);
  }
  // "X, who has designed the collections since 2016, will continue as …": a relative clause about the name, closed
  // by its comma, stands between the subject and its verb as a description does.
  if (description && /^,\s*$/.test(before.post + token.pre) && token.lower === 'who') {
    return relativeClauseEnd(sentence, at);
  }
  return /\(/.test(before.post + token.pre) && /\)/.test(token.post) ? at + 1 : undefined;
}

/** Most words of a description between commas after a name ("X, a former banker, took over as …"). */
const MAX_DESCRIPTION_WORDS = 6;

/** The token after a description opened by an article at `at` and closed by a comma, with no verb or break inside it. */
function describedEnd(sentence: Sentence, at: number): number | undefined {
  for (let end = at; end < sentence.length - 1 && end - at < MAX_DESCRIPTION_WORDS; end++) {
    const token = sentence[end];
    if (end > at && (isFiniteVerb(token) || isRelative(token))) {
      return undefined;
    }
    if (/^,\s*$/.test(token.post)) {
      return end > at ? end + 1 : undefined;
    }
    if (/\S/.test(token.post)) {
      return undefined;
    }
  }
  return undefined;
}

/** Most words of a relative clause between commas after a name ("X, who has designed its collections since 2016, …"). */
const MAX_RELATIVE_WORDS = 12;

/**
 * The token after a relative clause opened by "who" at `at` and closed by a comma, with no other break inside it; none
 * where the clause gives a post itself ("X, who served as chief of staff, told …": the relative-clause rule reads it).
 */
function relativeClauseEnd(sentence: Sentence, at: number): number | undefined {
  for (let end = at + 1; end < sentence.length - 1 && end - at < MAX_RELATIVE_WORDS; end++) {
    if (sentence[end].lower === 'as') {
      return undefined;
    }
    const post = sentence[end].post;
    if (/^,\s*$/.test(post)) {
      return end + 1;
    }
    // A possessive's apostrophe ("designed Vell's collections") is no break.
    if (/\S/.test(post) && !/^['’]s?\s+$/.test(post)) {
      return undefined;
    }
  }
  return undefined;
}

/** Index of the first token after `draft` once an age, a party tag, "of <State>", a parenthesis or (with `description`) "X, a former banker," is passed over. */
function afterName(context: RoleContext, draft: Draft, description = false): number {
  let at = draft.last + 1;
  for (let step = 0; step < MAX_STEPS && at < context.sentence.length; step++) {
    const next = stepPastName(context, at, description);
    if (next === undefined) {
      break;
    }
    at = next;
  }
  return at;
}

/** The draft a clause before `before` is about: the nearest name not after "of" or inside parentheses. */
function ownerBefore(context: RoleContext, before: number): number | undefined {
  const { sentence, drafts } = context;
  for (let n = drafts.length - 1; n >= 0; n--) {
    const draft = drafts[n];
    if (draft.last >= before) {
      continue;
    }
    const governed = draft.first > 0 && (sentence[draft.first - 1].lower === 'of' || /\(/.test(sentence[draft.first - 1].post + sentence[draft.first].pre));
    if (!governed) {
      return n;
    }
  }
  return undefined;
}

/** The nearest verb before token `before` (over titles, honorifics, commas and nouns), if it is one of `verbs`. */
function governingVerb(sentence: Sentence, before: number, verbs: (token: Token) => boolean): boolean {
  for (let k = before - 1; k >= 0 && before - k <= MAX_OBJECT_DISTANCE; k--) {
    if (/[;:!?()]/.test(sentence[k].post) || /[.]\s/.test(sentence[k].post) && !/^\p{Lu}/u.test(sentence[k].text)) {
      return false;
    }
    if (isFiniteVerb(sentence[k]) || has(ROLE_AS_VERBS, sentence[k].lower)) {
      return verbs(sentence[k]);
    }
  }
  return false;
}

const isAsVerb = (token: Token): boolean => has(ROLE_AS_VERBS, token.lower);

/**
 * The name is the subject of an "as" verb only when nothing but auxiliaries and adverbs stands between them
 * ("X will stay on as …", "X, 52, who served as …"; not "adviser to X and acted as …").
 */
function asVerbAfterSubject(context: RoleContext, draft: Draft, as: number): boolean {
  const { sentence } = context;
  const from = afterName(context, draft, true);
  const joining = joinedObjectStart(sentence, from, as);
  // "X spent 22 years as …": a spending verb and its span of time give the post as an "as" verb does.
  const span = joining === undefined ? spentSpanStart(sentence, from, as) : undefined;
  const verbPhrase = sentence.slice(from, joining ?? span ?? as);
  const isVerb = (token: Token): boolean => isAsVerb(token) || (span !== undefined && SPENDING_VERBS.has(token.lower));
  return verbPhrase.some(isVerb) && verbPhrase.every(token => isVerb(token) || ROLE_AUXILIARIES.has(token.lower)
    || PHRASAL_PARTICLES.has(token.lower) || token.lower === 'who' || (token.lexicon & Tag.Adverb) !== 0);
}

/**
 * "ended X's eight years as Mayor of Tarrow", "Dana Kelso's decade as chief executive": a name in the possessive, then a
 * short span of time (ending in a `role-span-nouns` word) right before "as", holds the post for that span, as "X spent
 * eight years as …" does.
 */
function ownSpanBeforeAs(sentence: Sentence, draft: Draft, as: number): boolean {
  const span = sentence.slice(draft.last + 1, as);
  return isPossessive(sentence[draft.last]) && span.length > 0 && span.length <= MAX_SPAN_WORDS && SPAN_NOUNS.has(span[span.length - 1].lower)
    && span.every(token => !/[,;:()"“”]/.test(token.post)) && !/[,;:()"“”]/.test(sentence[draft.last].post.replace(/^['’]s?/, ''));
}

/** Most words of a span of time between a spending verb and "as" ("spent 22 years", "spent the next two decades"). */
const MAX_SPAN_WORDS = 4;

/**
 * "X spent 22 years as head of the school": the token after a spending verb (`role-spending-verbs`) whose object, a
 * short span of time ending in a `role-span-nouns` word, reaches "as"; undefined when there is none.
 */
function spentSpanStart(sentence: Sentence, from: number, as: number): number | undefined {
  const verb = sentence.slice(from, as).findIndex(token => SPENDING_VERBS.has(token.lower)) + from;
  const span = sentence.slice(verb + 1, as);
  const plain = span.length > 0 && span.length <= MAX_SPAN_WORDS && span.every(token => !/[,;:()"“”]/.test(token.post));
  return verb >= from && plain && SPAN_NOUNS.has(span[span.length - 1].lower) ? verb + 1 : undefined;
}

/** "X joined Vardo Holdings as …": when the name before "as" is the body a joining verb governs, the verb's subject owns the post. */
function subjectOfJoined(context: RoleContext, as: number, owner: number | undefined): number | undefined {
  if (owner === undefined) {
    return undefined;
  }
  const { sentence, drafts } = context;
  for (let verb = drafts[owner].first - 1; verb >= 0 && drafts[owner].first - verb <= 2; verb--) {
    if (JOINING_VERBS.has(sentence[verb].lower) && joinedObjectStart(sentence, verb, as) === verb + 1) {
      return ownerBefore(context, verb);
    }
  }
  return owner;
}

/** Most tokens of the body joined between a joining verb and "as" ("joined Vardo Holdings Ltd in 2019 as …"). */
const MAX_JOINED_OBJECT = 7;

/**
 * "X joined Vardo Holdings as chief operating officer": the token after a joining verb (`role-joining-verbs`) whose
 * object, with no verb, clause break or quotation inside it, reaches "as"; undefined when there is none.
 */
function joinedObjectStart(sentence: Sentence, from: number, as: number): number | undefined {
  for (let verb = from; verb < as - 1; verb++) {
    if (!JOINING_VERBS.has(sentence[verb].lower)) {
      continue;
    }
    const object = sentence.slice(verb + 1, as);
    const plain = object.length <= MAX_JOINED_OBJECT && object.every((token, k) => !isFiniteVerb(token) && !/[,;:()"“”]/.test(token.post + (k > 0 ? token.pre : '')));
    return plain ? verb + 1 : undefined;
  }
  return undefined;
}

/** "named X as chairman": the name is the object of an "as" verb before it, no verb between the name and "as". */
function asVerbBeforeObject(context: RoleContext, draft: Draft, as: number): boolean {
  const { sentence } = context;
  return !sentence.slice(draft.last + 1, as).some(token => isFiniteVerb(token)) && governingVerb(sentence, draft.first, isAsVerb);
}

/** "as" at token `at` that may give a post: not in a fixed phrase ("as well as", "such as"). */
function isPostAs(sentence: Sentence, at: number): boolean {
  const next = sentence[at + 1];
  const stageOfLife = ARTICLES.has(next.lower) && LIFE_STAGE_NOUNS.has(sentence[at + 2]?.lower ?? '');
  return sentence[at].lower === 'as' && !FIXED_AS_NEIGHBOURS.has(sentence[at - 1].lower) && !FIXED_AS_NEIGHBOURS.has(next.lower) && !stageOfLife;
}

/** "named X as chairman", "X will stay on as chief", "X works as a cashier at the store". */
export function asRoles(context: RoleContext): OwnedSpan[] {
  const { sentence } = context;
  const found: OwnedSpan[] = [];
  for (let q = 1; q < sentence.length - 1; q++) {
    const role = isPostAs(sentence, q) ? titlePhraseAt(context, q + 1) : undefined;
    const owner = role && subjectOfJoined(context, q, ownerBefore(context, q));
    if (!role || owner === undefined) {
      continue;
    }
    const draft = context.drafts[owner];
    if (asVerbAfterSubject(context, draft, q) || asVerbBeforeObject(context, draft, q) || ownSpanBeforeAs(sentence, draft, q)) {
      found.push({ ...role, draft: owner });
    }
  }
  return found;
}

/** The token after a name and its auxiliaries, if the name is the subject of what follows. */
function verbAfter(context: RoleContext, draft: Draft): number | undefined {
  const { sentence } = context;
  let at = afterName(context, draft);
  // Passed over an age or tag: a closing comma must follow ("X, 52, is …" reads as a subject, "X, 52, a …" does not).
  const passed = at > draft.last + 1 && !/^\s+$/.test(sentence[at - 1].post) && sentence[at - 1].lower !== 'of';
  if (passed && !/,/.test(sentence[at - 1].post)) {
    return undefined;
  }
  while (at < sentence.length && ROLE_AUXILIARIES.has(sentence[at].lower) && !has(ROLE_PREDICATE_VERBS, sentence[at].lower)) {
    at++;
  }
  return at < sentence.length ? at : undefined;
}

/** The predicate verb after the draft, if the draft is its subject and the verb states a post (not "X named Y his …"). */
function predicateVerb(context: RoleContext, draft: Draft): number | undefined {
  const { sentence } = context;
  const verb = verbAfter(context, draft);
  if (verb === undefined || !has(ROLE_PREDICATE_VERBS, sentence[verb].lower)) {
    return undefined;
  }
  if (CLAUSE_BREAK.test(sentence[draft.last].post) && afterName(context, draft) === draft.last + 1) {
    return undefined;
  }
  // 'X has "been a leader far more than …"': a verb group that a quotation breaks into is the speaker's words.
  if (sentence.slice(draft.last + 1, verb + 2).some(token => OPENING_QUOTE.test(token.pre))) {
    return undefined;
  }
  // "X was named chairman", not "X named the union's head his Secretary of Labor": appointing verbs only in the passive.
  const passive = sentence.slice(draft.last + 1, verb).some(token => BE_FORMS.has(token.lower));
  return COPULAS.has(sentence[verb].lower) || passive ? verb : undefined;
}

/** "X is a greeter at the store", "X was also elected chairman of the caucus", "X is the company's chief executive". */
export function predicateRoles(context: RoleContext): OwnedSpan[] {
  const { sentence } = context;
  const found: OwnedSpan[] = [];
  context.drafts.forEach((draft, draftIndex) => {
    let verb = predicateVerb(context, draft);
    if (verb === undefined) {
      return;
    }
    // "was also elected", "is now": auxiliaries and adverbs between the verb and the post.
    const isAuxiliary = (token: Token): boolean => ROLE_AUXILIARIES.has(token.lower) || has(ROLE_PREDICATE_VERBS, token.lower);
    while (verb + 1 < sentence.length && isAuxiliary(sentence[verb + 1]) && sentence[verb + 1].lower !== 'as') {
      verb++;
    }
    found.push(...postsAt(context, verb + 1).map(role => ({ ...role, draft: draftIndex })));
  });
  return found;
}

/**
 * "The lead commissioner will be Dana Kelso.", "The new chair is Tom Hale, a former banker.": a sentence whose subject is
 * a post (an article and a title phrase, the whole subject) and whose copula, auxiliaries aside, stands right before the
 * name gives the post to the name, as "X is the lead commissioner" does. Not a name in the possessive ("The chair was
 * Hale's friend").
 */
export function postSubjectRoles(context: RoleContext): OwnedSpan[] {
  const { sentence } = context;
  if (sentence.length < 4 || !ARTICLES.has(sentence[0].lower)) {
    return [];
  }
  // The subject's post, read once for the sentence (every name after a copula is checked against it).
  let role: ReturnType<typeof titlePhraseAt>;
  let read = false;
  return context.drafts.flatMap((draft, draftIndex) => {
    const verb = draft.first - 1;
    if (verb < 2 || !(has(COPULAS, sentence[verb].lower) || has(BE_FORMS, sentence[verb].lower)) || isPossessive(sentence[draft.last])) {
      return [];
    }
    let subjectEnd = verb - 1;
    while (subjectEnd > 1 && ROLE_AUXILIARIES.has(sentence[subjectEnd].lower)) {
      subjectEnd--;
    }
    if (!read) {
      role = titlePhraseAt(context, 0);
      read = true;
    }
    return role && role.end === sentence[subjectEnd].end ? [{ ...role, draft: draftIndex }] : [];
  });
}

/** "the club named X head coach": a title phrase straight after a name that an active appointing verb right before it governs. */
export function complementRoles(context: RoleContext): OwnedSpan[] {
  const { sentence } = context;
  return context.drafts.flatMap((draft, draftIndex) => {
    const verb = sentence[draft.first - 1];
    const next = sentence[draft.last + 1];
    if (!verb || !next || !has(COMPLEMENT_APPOINTING_VERBS, verb.lower) || !/^\s+$/.test(verb.post) || !/^\s+$/.test(sentence[draft.last].post)) {
      const relative = appointedByRelative(context, draft);
      return relative ? [{ ...relative, draft: draftIndex }] : [];
    }
    const role = titlePhraseAt(context, draft.last + 1);
    return role ? [{ ...role, draft: draftIndex }] : [];
  });
}

/** Most words of the subject between "whom" and its appointing verb ("whom the new president"). */
const MAX_WHOM_SUBJECT = 4;

/**
 * "X, whom the president named informateur,", "X, whom the board appointed as treasurer,": the name is the object of
 * the relative clause's appointing verb, so the post after the verb (or its "as") is the name's, as "named X head
 * coach" gives it. Only "whom": "who" is the clause's subject ("X, who named Y chief").
 */
function appointedByRelative(context: RoleContext, draft: Draft): ReturnType<typeof titlePhraseAt> {
  const { sentence } = context;
  const whom = draft.last + 1;
  if (sentence[whom]?.lower !== 'whom' || !/^,\s*$/.test(sentence[draft.last].post)) {
    return undefined;
  }
  for (let verb = whom + 2; verb <= whom + 1 + MAX_WHOM_SUBJECT && verb < sentence.length - 1; verb++) {
    if (/[,;:()"“”]/.test(sentence[verb - 1].post)) {
      return undefined;
    }
    const lower = sentence[verb].lower;
    if (has(COMPLEMENT_APPOINTING_VERBS, lower) || has(ROLE_AS_VERBS, lower)) {
      const as = sentence[verb + 1].lower === 'as' ? 1 : 0;
      return as === 0 && !has(COMPLEMENT_APPOINTING_VERBS, lower) ? undefined : titlePhraseAt(context, verb + 1 + as);
    }
  }
  return undefined;
}

/** An object opens with an article, a possessive determiner or a capitalised word. */
function opensObject(token: Token | undefined): token is Token {
  return token !== undefined && (ARTICLES.has(token.lower) || POSSESSIVE_DETERMINERS.has(token.lower) || isCapitalised(token));
}

/** Token `at` of an object starting at `from` ends it: unlinked, a verb, a relative or a stop word. */
function endsObject(sentence: Sentence, from: number, at: number): boolean {
  const token = sentence[at];
  // A plural owner's bare apostrophe ("who represents the club's players' union") ends the object, as before
  // appositives read past it: a relative clause's object then stays the body before it, no longer phrase.
  if (at > from && (!linked(sentence[at - 1], token) || /^['’]/.test(sentence[at - 1].post) || isAppositiveStop(token) || opensDate(sentence, at) || opensDuration(sentence, at))) {
    return true;
  }
  return (isFiniteVerb(token) && !gerundModifierAfterOwner(sentence, at)) || isRelative(token);
}

/**
 * "who chairs the council's licensing committee", "who runs the trust's fundraising team": an "-ing" word between an
 * owner's possessive and a noun joined after it modifies that noun; the tagger's verb reading does not end the object.
 */
function gerundModifierAfterOwner(sentence: Sentence, at: number): boolean {
  const [owner, word, noun] = [sentence[at - 1], sentence[at], sentence[at + 1]];
  return owner !== undefined && noun !== undefined && isPossessive(owner) && /\p{Ll}ing$/u.test(word.text)
    && joined(word, noun) && (noun.tags & Tag.Noun) !== 0 && !isFiniteVerb(noun);
}


/** How many words may stand between a preposition of duration and its span of time ("for more than a decade"). */
const MAX_DURATION_COUNT_WORDS = 3;

/** "for a decade", "for 22 years", "over three terms": a span of time says how long the post was held, no part of it. */
function opensDuration(sentence: Sentence, at: number): boolean {
  if (!DURATION_PREPOSITIONS.has(sentence[at].lower)) {
    return false;
  }
  for (let k = at + 1; k < sentence.length && k - at <= MAX_DURATION_COUNT_WORDS + 1; k++) {
    if (SPAN_NOUNS.has(sentence[k].lower)) {
      return k > at + 1;
    }
    if (!DURATION_COUNT_WORDS.has(sentence[k].lower) && !/^\d+$/.test(sentence[k].text)) {
      return false;
    }
  }
  return false;
}

/** The object's words from `from`: its last word, and its head noun when a tail follows it ("the agency's department of …"). */
function objectWords(sentence: Sentence, from: number): { end: number; headNoun?: Token } {
  let end = from;
  let headNoun: Token | undefined;
  for (let k = from; k < sentence.length && k - from < MAX_TAIL && !endsObject(sentence, from, k); k++) {
    if (k > from && TITLE_TAIL_STARTS.has(sentence[k].lower) || sentence[k].lower === 'on') {
      headNoun ??= sentence[k - 1];
    }
    end = k;
  }
  while (end > from && ROLE_DANGLING_WORDS.has(sentence[end].lower)) {
    end--;
  }
  return { end, headNoun };
}

/**
 * "the board's infection control team": a team (list role-led-team-nouns) that a possessive between the object's
 * start and its head gives an owner, a body's unit; "the team in scoring" has none.
 */
function ownedTeam(sentence: Sentence, from: number, head: Token): boolean {
  const at = sentence.indexOf(head, from);
  return at > from && LED_TEAM_NOUNS.has(head.lower) && sentence.slice(from, at).some(token => isPossessive(token) && !isCapitalised(token));
}

/** End of an object that names a body or a place ("the committee", "San Francisco", "the agency's immunisation department"). */
function objectEnd(context: RoleContext, from: number): number | undefined {
  const { sentence } = context;
  const first = sentence[from];
  if (!opensObject(first)) {
    return undefined;
  }
  const { end, headNoun } = objectWords(sentence, from);
  // "represents San Francisco" names a constituency; "leads Whitlock in the polls" names a rival, not a body.
  const head = headNoun ?? sentence[end];
  if (!isCapitalised(head) && LED_EVENT_NOUNS.has(head.lower)) {
    return undefined;
  }
  const namedPlace = isCapitalised(head) && (ARTICLES.has(first.lower) || CONSTITUENCY_VERBS.has(sentence[from - 1]?.lower ?? '')) && !placeBasedAfter(sentence, end);
  const keptNoun = OWNED_BUSINESS_NOUNS.has(head.lower) || LED_UNIT_NOUNS.has(head.lower) || ownedTeam(sentence, from, head);
  // "who runs Veltro's UK business": a body's possessive may open the business as "the" or "its" does.
  const business = keptNoun && (!isCapitalised(first) || isPossessive(first)) && BUSINESS_KEEPING_VERBS.has(sentence[from - 1]?.lower ?? '');
  const chaired = CHAIRED_SITTING_NOUNS.has(head.lower) && !isCapitalised(first) && CHAIR_VERBS.has(sentence[from - 1]?.lower ?? '');
  return has(ORG_HEADS, head.lower) || has(ORG_NOUNS_AFTER, head.lower) || namedPlace || business || chaired || namedBody(context, from, end) ? end : undefined;
}

/**
 * "who had led the Cambridge, Massachusetts-based company": a town after "the" that a comma and "<State>-based" follow
 * modifies the noun after them; it is no constituency or place the person holds, so no post ends there.
 */
function placeBasedAfter(sentence: Sentence, end: number): boolean {
  const state = sentence[end + 1], based = sentence[end + 2];
  return /^,\s*$/.test(sentence[end].post) && state !== undefined && isCapitalised(state)
    && (/-based$/i.test(state.text) || (/^-$/.test(state.post) && based?.lower === 'based'));
}

/**
 * "X, who chairs Vardo,", "who founded Brockfield in 2009": a name with no head noun as the whole object of a verb
 * only a body takes (list role-named-body-verbs) is the body the person heads; not a name opened by a known first
 * name (a person: "who leads Dana Kelso in the polls" has a verb of that list left out anyway).
 */
function namedBody(context: RoleContext, from: number, end: number): boolean {
  const { sentence, startsAt, drafts } = context;
  const named = startsAt.get(from);
  return named !== undefined && (drafts[named].last === end || placeAfterBody(sentence, drafts[named].last, end)) && NAMED_BODY_VERBS.has(sentence[from - 1]?.lower ?? '')
    && (sentence[from].lexicon & Tag.FirstName) === 0;
}

/** "who runs Vane Halden in Leeds": "in" and capitalised words up to the object's end, where the body is, part of the post. */
function placeAfterBody(sentence: Sentence, last: number, end: number): boolean {
  return end >= last + 2 && sentence[last + 1].lower === 'in' && sentence.slice(last + 2, end + 1).every(isCapitalised);
}

/** Most words of a description between a name's comma and the "who" that closes it ("X, a chief superintendent who …"). */
const MAX_DESCRIBED_WORDS = 5;

/**
 * "X, the economist who chaired the inquiry,", "X, a chief superintendent who heads the force's standards unit,": a
 * description after the name's comma, opened by an article and run on to "who" with no verb or break inside, is the
 * person; the relative clause after it is about the person as "X, who chairs …" is. The index of "who", or undefined.
 */
function whoClosingDescription(sentence: Sentence, from: number): number | undefined {
  if (sentence[from] === undefined || !ARTICLES.has(sentence[from].lower) || !/,/.test(sentence[from - 1].post + sentence[from].pre)) {
    return undefined;
  }
  for (let at = from + 1; at < sentence.length && at <= from + MAX_DESCRIBED_WORDS; at++) {
    const token = sentence[at];
    if (!linked(sentence[at - 1], token)) {
      return undefined;
    }
    if (token.lower === 'who') {
      return at > from + 1 ? at : undefined;
    }
    if (isFiniteVerb(token) || isRelative(token)) {
      return undefined;
    }
  }
  return undefined;
}

/**
 * The verb of a relative clause after the draft ("X, who is …", "X, who chairs …"), past auxiliaries; after a
 * description ("X, the economist who chaired …") only a verb of list described-heading-verbs, a copula or a verb of work.
 */
function relativeVerb(context: RoleContext, draft: Draft): number | undefined {
  const { sentence } = context;
  const next = afterName(context, draft);
  const who = sentence[next]?.lower === 'who' ? next : whoClosingDescription(sentence, next);
  if (who === undefined || (who === next && !/,/.test(sentence[who - 1].post + sentence[who].pre))) {
    return undefined;
  }
  const verb = verbAfterWho(sentence, who);
  const described = who !== next && verb !== undefined && has(ROLE_OBJECT_VERBS, sentence[verb].lower) && !has(DESCRIBED_HEADING_VERBS, sentence[verb].lower);
  return described ? undefined : verb;
}

/** The verb after "who", past auxiliaries ("who has been", "who is"). */
function verbAfterWho(sentence: Sentence, who: number): number | undefined {
  let verb = who + 1;
  while (verb < sentence.length && ROLE_AUXILIARIES.has(sentence[verb].lower) && !has(ROLE_PREDICATE_VERBS, sentence[verb].lower)) {
    verb++;
  }
  return verb < sentence.length ? verb : undefined;
}

/**
 * The last verb of a relative clause's verb group from `verb` ("who was appointed", "who has been named"), when it
 * states a post: a copula, or an appointing verb in the passive ("who appointed the chairman" gives the subject none).
 */
function relativePostVerb(sentence: Sentence, verb: number): number | undefined {
  let last = verb;
  const isGroupWord = (token: Token): boolean => token.lower !== 'as' && (ROLE_AUXILIARIES.has(token.lower) || has(ROLE_PREDICATE_VERBS, token.lower));
  while (last + 1 < sentence.length && isGroupWord(sentence[last + 1])) {
    last++;
  }
  while (last > verb && !has(ROLE_PREDICATE_VERBS, sentence[last].lower)) {
    last--;
  }
  const passive = sentence.slice(verb, last).some(token => BE_FORMS.has(token.lower));
  return COPULAS.has(sentence[last].lower) || passive ? last : undefined;
}

/**
 * "X, who is also Vicar of Marwick,", "who is now the club's captain": an adverb after the copula (list
 * `role-leading-adverbs`, not "then", which may open the post as written) is no part of the post; the post starts after it.
 */
function pastLeadingAdverb(sentence: Sentence, from: number): number {
  const word = sentence[from]?.lower;
  return word !== undefined && word !== 'then' && ROLE_LEADING_ADVERBS.has(word) ? from + 1 : from;
}

/**
 * "X, who teaches church history at the Kelso Seminary,", "who lectures at Vardo University": after a verb of teaching,
 * up to a few lower-case words of the subject taught, then "at" and a body; the end of the body's name, or undefined.
 * A verb of a specialist's work ("who tracks the steel trade for Forgeline Research", list role-field-work-verbs) reads
 * the same way with "for" too, but only with a field before the preposition and a capitalised body after it.
 */
function taughtAtBodyEnd(context: RoleContext, verb: number): number | undefined {
  const { sentence } = context;
  const teaching = has(TEACHING_VERBS, sentence[verb].lower);
  if (!teaching && !has(FIELD_WORK_VERBS, sentence[verb].lower)) {
    return undefined;
  }
  const most = teaching ? MAX_TAUGHT_SUBJECT : MAX_FIELD_WORDS;
  for (let at = verb + 1; at < sentence.length && at <= verb + 1 + most; at++) {
    const token = sentence[at];
    if (!linked(sentence[at - 1], token) || isCapitalised(token)) {
      return undefined;
    }
    if (teaching && token.lower === 'at') {
      return objectEnd(context, at + 1);
    }
    if (!teaching && has(FIELD_BODY_PREPOSITIONS, token.lower)) {
      return at > verb + 1 ? fieldBodyEnd(context, at + 1) : undefined;
    }
  }
  return undefined;
}

/**
 * The body a field of work is done for, from token `from` ("the Aldermoor Institute", "Forgeline Research", "Seawatch"):
 * capitalised, or "the" and a capitalised word; a body's head noun or a name not opened by a known first name.
 */
function fieldBodyEnd(context: RoleContext, from: number): number | undefined {
  const { sentence, startsAt, drafts } = context;
  const first = ARTICLES.has(sentence[from]?.lower ?? '') ? from + 1 : from;
  if (sentence[first] === undefined || !isCapitalised(sentence[first]) || !linked(sentence[first - 1], sentence[first])) {
    return undefined;
  }
  const named = startsAt.get(first);
  const byName = named !== undefined && (sentence[first].lexicon & Tag.FirstName) === 0 ? drafts[named].last : undefined;
  return objectEnd(context, from) ?? byName;
}

/**
 * "who presided over the trial", "who presided over the commission's hearings": a verb of presiding (list
 * role-presiding-verbs), "over" and a sitting's noun ending its object (list role-presided-sittings) give the post;
 * the object's last word, or undefined.
 */
function presidedSittingEnd(sentence: Sentence, verb: number): number | undefined {
  if (!PRESIDING_VERBS.has(sentence[verb].lower) || sentence[verb + 1]?.lower !== 'over' || verb + 2 >= sentence.length) {
    return undefined;
  }
  const { end } = objectWords(sentence, verb + 2);
  return PRESIDED_SITTINGS.has(sentence[end].lower) ? end : undefined;
}

/** "X, who chairs the committee,", "X, who is the company's chief executive,", "X, who was named head coach". */
export function relativeRoles(context: RoleContext): OwnedSpan[] {
  const { sentence } = context;
  const found: OwnedSpan[] = [];
  context.drafts.forEach((draft, draftIndex) => {
    const verb = relativeVerb(context, draft);
    if (verb === undefined) {
      return;
    }
    const taughtEnd = taughtAtBodyEnd(context, verb);
    const presidedEnd = presidedSittingEnd(sentence, verb);
    if (taughtEnd !== undefined) {
      found.push({ ...roleText(sentence, verb, taughtEnd), draft: draftIndex });
    } else if (presidedEnd !== undefined) {
      found.push({ ...roleText(sentence, verb, presidedEnd), draft: draftIndex });
    } else if (has(ROLE_OBJECT_VERBS, sentence[verb].lower)) {
      const end = objectEnd(context, verb + 1);
      if (end !== undefined) {
        found.push({ ...roleText(sentence, verb, end), draft: draftIndex });
      }
    } else if (has(ROLE_PREDICATE_VERBS, sentence[verb].lower)) {
      const last = relativePostVerb(sentence, verb);
      found.push(...(last === undefined ? [] : postsAt(context, pastLeadingAdverb(sentence, last + 1))).map(role => ({ ...role, draft: draftIndex })));
    }
  });
  return found;
}

/** The sentence's subject: a name opening it (past honorifics, "Mr X") with a verb straight after. */
function openingSubject(context: RoleContext): { draft: number; verb: number } | undefined {
  const { sentence, drafts } = context;
  const draft = drafts[0];
  if (draft === undefined || !sentence.slice(0, draft.first).every(isHonorific)) {
    return undefined;
  }
  const verb = verbAfter(context, draft);
  const plain = verb !== undefined && verb === afterName(context, draft) && /^\s+$/.test(sentence[verb - 1].post);
  return plain && ((sentence[verb].tags & Tag.Verb) !== 0 || has(ROLE_PREDICATE_VERBS, sentence[verb].lower)) ? { draft: 0, verb } : undefined;
}

/**
 * "X was head of the school for 22 years and later chaired the club": a second verb after "and" (and an adverb of
 * time) shares the sentence's subject, when nothing between the first verb and "and" opens a clause of its own (a
 * verb, a relative, a quotation, a comma); as in a relative clause, a verb of heading and its body are the post.
 */
export function coordinatedObjectRoles(context: RoleContext): OwnedSpan[] {
  const { sentence } = context;
  const subject = openingSubject(context);
  if (subject === undefined) {
    return [];
  }
  for (let and = subject.verb + 1; and < sentence.length - 1; and++) {
    const token = sentence[and];
    if (token.lower === 'and') {
      const verb = and + 1 + (COORDINATION_ADVERBS.has(sentence[and + 1].lower) ? 1 : 0);
      const end = verb < sentence.length && has(ROLE_OBJECT_VERBS, sentence[verb].lower) ? objectEnd(context, verb + 1) : undefined;
      return end === undefined ? [] : [{ ...roleText(sentence, verb, end), draft: subject.draft }];
    }
    if (isFiniteVerb(token) || isRelative(token) || /[,;:"“”]/.test(token.post + token.pre)) {
      return [];
    }
  }
  return [];
}

/**
 * "Dana Kelso covers the courts for the Herald.", "Ivo Brandt tracks the steel trade for Forgeline Research.": the
 * sentence's subject and a verb of a specialist's work with its field and body (list role-field-work-verbs), as a
 * byline's closing line places its writer; the verb, the field and the body are the post, as in a relative clause.
 */
export function fieldWorkRoles(context: RoleContext): OwnedSpan[] {
  const subject = openingSubject(context);
  const end = subject === undefined ? undefined : taughtAtBodyEnd(context, subject.verb);
  return subject === undefined || end === undefined ? [] : [{ ...roleText(context.sentence, subject.verb, end), draft: subject.draft }];
}

/** The subject of the clause before `before`: the nearest name, not after "of", that a finite verb follows. */
function clauseSubjectBefore(context: RoleContext, before: number): number | undefined {
  const { sentence, drafts } = context;
  for (let n = drafts.length - 1; n >= 0; n--) {
    const draft = drafts[n];
    if (draft.last >= before || (draft.first > 0 && sentence[draft.first - 1].lower === 'of')) {
      continue;
    }
    const verb = verbAfter(context, draft);
    if (verb !== undefined && verb < before && isFiniteVerb(sentence[verb]) && /^\s+$/.test(sentence[verb - 1].post)) {
      return n;
    }
  }
  return undefined;
}

/** "Representative X of California defeated Y to become vice chairwoman": the post goes to the sentence's subject. */
export function becomeRoles(context: RoleContext): OwnedSpan[] {
  const { sentence } = context;
  const found: OwnedSpan[] = [];
  for (let q = 1; q + 1 < sentence.length; q++) {
    if (sentence[q].lower !== 'become' || sentence[q - 1].lower !== 'to') {
      continue;
    }
    const subject = clauseSubjectBefore(context, q);
    const role = subject === undefined ? undefined : titlePhraseAt(context, q + 1);
    if (role && subject !== undefined) {
      found.push({ ...role, draft: subject });
    }
  }
  return found;
}
