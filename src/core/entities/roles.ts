// Roles attached to the names of one sentence: every rule of the role-cues table (roleCues.ts) runs over the
// sentence's context, in order, and each role found remembers the rule that found it. Roles are kept as written;
// an honour ("Sir") is a role of its own.
import { CANDIDACY_HEADS, PARTY_RACE_HEADS, TITLE_STRETCH_ENDS } from '../lexicon/entities';
import { isPartyWord } from '../lexicon/names';
import type { Sentence } from '../nlp/tokens';
import { recordDecision } from '../rules/trail';
import type { Draft } from './names';
import { markTitleChains } from './roleBeforeName';
import { ROLE_CUES, roleContextOf } from './roleCues';
import type { Span } from './roleSpans';
import { Evidence, type Gender } from './types';
import { TitlePart, isPossessive, singular } from './words';

export interface RoleSpan {
  readonly start: number;
  readonly end: number;
  /** Index of the draft in the sentence's drafts; -1 for a person named in an earlier sentence (see `referredName`). */
  readonly draft: number;
  /** The gender a back reference's pronoun gives ("She is …"). */
  readonly gender?: Gender;
  /** The id of the role-cues rule that found the role. */
  readonly rule: string;
}

/** Roles and title evidence for the drafts of one sentence; updates the drafts' evidence. */
export function findRoles(sentence: Sentence, titles: readonly TitlePart[], drafts: Draft[]): RoleSpan[] {
  const context = roleContextOf(sentence, titles, drafts);
  markTitleChains(context);
  const roles: RoleSpan[] = [];
  for (const rule of ROLE_CUES.rules) {
    const { find, evidence } = rule.outcome;
    for (const found of find(context)) {
      if (evidence !== undefined && found.draft >= 0) {
        drafts[found.draft].evidence |= evidence;
      }
      roles.push({ ...found, rule: rule.id });
    }
  }
  markNamesOpeningPosts(context.sentence, context.parts, drafts, roles);
  return roles.filter(role => !isCandidacy(context.sentence, context.parts, role));
}

/**
 * "the Green candidate for mayor, X,", "Labour's candidate X": a role whose head (the last word of its first run of
 * title heads; "for mayor" after it is the office sought) only says the person stands for election (list
 * candidacy-heads) states a status, no post (the corpus conventions); the title's evidence that the name is a
 * person's was given above and stays.
 */
function isCandidacy(sentence: Sentence, parts: readonly TitlePart[], role: Span): boolean {
  // A binary search for the role's first token: a role per name over a very long sentence must not rescan it.
  let low = 0, high = sentence.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sentence[mid].start < role.start) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  let at = low;
  while (at < sentence.length && sentence[at].end <= role.end && parts[at] !== TitlePart.Head && parts[at] !== TitlePart.PluralHead) {
    at++;
  }
  if (at >= sentence.length || sentence[at].end > role.end) {
    return false;
  }
  while (at + 1 < sentence.length && sentence[at + 1].end <= role.end && parts[at + 1] === TitlePart.Head) {
    at++;
  }
  at = lastHeadOfStretch(sentence, parts, role, at);
  const head = headWordAt(sentence, at);
  return isCandidacyHead(head) || (PARTY_RACE_HEADS.has(head) && partyLabelBefore(sentence, role, at));
}

/** "one of the candidates": a plural candidacy head states the same status of each. */
function isCandidacyHead(head: string): boolean {
  return CANDIDACY_HEADS.has(head) || CANDIDACY_HEADS.has(singular(head) ?? '');
}


/** Most words of a title's opening stretch read past its first head ("fellow Democratic candidate"). */
const MAX_STRETCH_WORDS = 3;

/**
 * "fellow Democratic candidate X": a head that opens the title ("fellow") may only qualify a later head of the same
 * stretch; the stretch's last head, before a preposition, a conjunction or a comma ends it, is what the title says
 * the person is. Returns the index of that head (the first head's run end when no later head follows).
 */
function lastHeadOfStretch(sentence: Sentence, parts: readonly TitlePart[], role: Span, runEnd: number): number {
  let last = runEnd;
  for (let at = runEnd + 1; at <= runEnd + MAX_STRETCH_WORDS && at < sentence.length && sentence[at].end <= role.end; at++) {
    if (TITLE_STRETCH_ENDS.has(sentence[at].lower) || /[,;:(]/.test(sentence[at - 1].post)) {
      break;
    }
    if (parts[at] === TitlePart.Head) {
      last = at;
    }
  }
  return last;
}

/**
 * The head's word as written: the tagger splits some hyphenated heads in two ("front-runner" as "front" and
 * "runner"), so the half before a bare hyphen is joined back on; else a candidacy status after a party's label
 * ("the Republican front-runner, X,") was kept as a post.
 */
function headWordAt(sentence: Sentence, at: number): string {
  const before = sentence[at - 1], token = sentence[at];
  return before !== undefined && before.post === '-' && token.pre === '' ? `${before.lower}-${token.lower}` : token.lower;
}

/** "Republican challenger X", "the Labour challenger, X,": a party's label among the role's words before its head. */
function partyLabelBefore(sentence: Sentence, role: Span, head: number): boolean {
  for (let at = head - 1; at >= 0 && sentence[at].start >= role.start; at--) {
    if (isPartyWord(sentence[at].lower.replace(/['’]s?$/, ''))) {
      return true;
    }
  }
  return false;
}

/**
 * "X, Local Democracy Reporter,": a capitalised name right before the head noun of another person's post is the
 * post's qualifier (a beat, a region, a body), not a person, as in a title chain before a name ("Kelso Governor
 * X", roleBeforeName.ts `markTitleChains`). A possessive owner ("X, Dana Kelso's deputy,") is left to the kind rules.
 */
function markNamesOpeningPosts(sentence: Sentence, parts: readonly TitlePart[], drafts: Draft[], roles: readonly RoleSpan[]): void {
  for (const role of roles) {
    drafts.forEach((draft, index) => {
      const next = sentence[draft.last + 1];
      const inside = sentence[draft.first].start >= role.start && next !== undefined && next.end <= role.end;
      if (index !== role.draft && role.draft >= 0 && inside && parts[draft.last + 1] === TitlePart.Head && draft.honorific === undefined
        && !isPossessive(sentence[draft.last])) {
        draft.evidence |= Evidence.Prefix;
      }
    });
  }
}

/**
 * Records, for an explained analysis, the rule that found a role at its document span (`offset`: where the
 * paragraph starts in the document).
 */
export function recordRoleCue(role: Span & { readonly rule?: string; readonly text?: string }, offset: number): void {
  if (role.rule !== undefined) {
    recordDecision(ROLE_CUES.id, role.rule, { start: role.start + offset, end: role.end + offset }, role.text);
  }
}
