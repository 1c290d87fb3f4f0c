// Finds the attribution cue of one quotation in the narrator's words around it: a reporting verb and
// the phrase naming its subject, before the quotation (X said “…”), after it (“…,” X said / said X),
// "according to X", or a colon introduction (X: “…”).

import type { Span } from '../model';
import {
  ABBREVIATIONS, INVERTIBLE_VERBS, PASSIVE_AUXILIARIES, PERSONAL_PRONOUNS, PHRASE_BOUNDARIES, PREPOSITIONS, REPORTING_PARTICIPLES,
  REPORTING_VERBS_BASE, REPORTING_VERBS_FINITE, SKIPPABLE_BEFORE_VERB,
} from './lexicon';
import type { MentionIndex } from './mentionIndex';
import type { SpeakerRef, SubjectReader } from './subject';
import { isPossessiveAt, type Token } from './tokens';

export interface Cue {
  /** Who the cue names; null for a cue with no speaker named ("it was described as “…”"). */
  readonly ref: SpeakerRef | null;
  /** A passive cue without its agent, which may follow the quotation ("described as “…” by X"). */
  readonly passive?: boolean;
  /** The cue as written, subject to verb ("Ms Quiroga said", "said a spokeswoman"). */
  readonly span: Span;
}

/** Verbs after a quotation must come this soon ("…,” Russia’s envoy to the UN, Vassily X, said). */
const AFTER_VERB_WINDOW = 16;
/** Words that start a clause after a verb: then the verb introduces new reported speech, not this quotation. */
const CLAUSE_STARTERS = new Set(['that', 'the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'there', 'this', 'these', 'his', 'her', 'their', 'its', 'if', 'whether']);
const OBJECT_VERBS = new Set(['told', 'tells', 'asked', 'asks', 'informed', 'assured', 'urged', 'reported']);
const ENDINGS = /[.!?…]$/;
/** Verbs whose "by" names a means, not an agent ("said by phone", "told by text"). */
const BY_IS_MEANS = new Set(['said', 'says', 'told', 'tells', 'wrote', 'writes', 'posted', 'tweeted', 'added', 'texted', 'messaged']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those']);

/** A full stop after an abbreviation or an initial ("Mr.", "Sen.", "J.") does not end the sentence. */
function endsClause(tokens: readonly Token[], v: number): boolean {
  const t = tokens[v];
  if (t.kind !== 'punct' || !/[.!?;]/.test(t.text)) {
    return false;
  }
  const p = tokens[v - 1];
  return !(t.text === '.' && p && p.end === t.start && (ABBREVIATIONS.has(p.lower) || /^\p{Lu}$/u.test(p.text)));
}

type Verb = 'finite' | 'base' | 'participle' | 'according' | null;

export class CueFinder {
  constructor(private readonly subjects: SubjectReader, private readonly mentions: MentionIndex) {}

  private verbKind(tokens: readonly Token[], i: number): Verb {
    const t = tokens[i];
    if (t.kind !== 'word') {
      return null;
    }
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      return 'according';
    }
    const p = tokens[i - 1];
    if (p && (DETERMINERS.has(p.lower) || isPossessiveAt(tokens, i - 1))) {
      // "the claims", "his calls", "<name>’s remarks": a noun, not a verb.
      return null;
    }
    if (REPORTING_VERBS_FINITE.has(t.lower)) {
      return 'finite';
    }
    if (REPORTING_PARTICIPLES.has(t.lower)) {
      return 'participle';
    }
    if (REPORTING_VERBS_BASE.has(t.lower) && p) {
      // A base form is a verb after an auxiliary, "to", a pronoun or a name ("saw X accuse Y of “…”").
      if (SKIPPABLE_BEFORE_VERB.has(p.lower) || p.lower === 'to' || p.lower === "didn't" || PERSONAL_PRONOUNS.has(p.lower) || this.mentions.at(p.start, p.end)) {
        return 'base';
      }
    }
    return null;
  }

  /** Cue in the words before the quotation, tokens[lo..] (the quotation's own sentence). */
  before(tokens: readonly Token[], lo = 0): Cue | null {
    for (let v = tokens.length - 1; v >= lo; v--) {
      const kind = this.verbKind(tokens, v);
      if (kind === null) {
        continue;
      }
      if (kind === 'according') {
        return this.inverted(tokens, v, v + 2);
      }
      if (kind === 'participle') {
        return this.participle(tokens, v, lo);
      }
      const passive = this.passive(tokens, v, lo);
      if (passive !== undefined) {
        return passive;
      }
      const ref = this.subjects.left(tokens, v, lo);
      if (ref) {
        return { ref, span: { start: ref.span.start, end: tokens[v].end } };
      }
    }
    return this.colon(tokens, lo);
  }

  /** "X: “…”" — a name (or pronoun) directly before a colon that introduces the quotation. */
  private colon(tokens: readonly Token[], lo: number): Cue | null {
    const n = tokens.length;
    if (n - 2 < lo || tokens[n - 1].text !== ':') {
      return null;
    }
    const ref = this.subjects.left(tokens, n - 1, lo);
    if (ref && ref.type !== 'description') {
      return { ref, span: { start: ref.span.start, end: tokens[n - 1].end } };
    }
    // "An email from X:", "A message from X:": the person who ends the introduction wrote what follows.
    const last = tokens[n - 2];
    const m = last.kind === 'word' && !isPossessiveAt(tokens, n - 2) ? this.mentions.at(last.start, last.end) : undefined;
    return m && m.entity.kind === 'person' && ref?.type === 'description'
      ? { ref: { type: 'entity', id: m.entity.id, span: { start: m.start, end: m.end } }, span: { start: ref.span.start, end: tokens[n - 1].end } }
      : null;
  }

  /** "X was quoted as saying", "described by X as", "it was described as" (no speaker). */
  private passive(tokens: readonly Token[], v: number, lo: number): Cue | null | undefined {
    let p = v - 1;
    while (p >= lo && SKIPPABLE_BEFORE_VERB.has(tokens[p].lower) && !PASSIVE_AUXILIARIES.has(tokens[p].lower)) {
      p--;
    }
    const byAt = tokens[v + 1]?.lower === 'by' && !BY_IS_MEANS.has(tokens[v].lower) ? v + 2 : -1;
    const isPassive = (p >= lo && PASSIVE_AUXILIARIES.has(tokens[p].lower)) || byAt > 0;
    if (!isPassive) {
      return undefined;
    }
    if (byAt > 0) {
      return this.inverted(tokens, v, byAt);
    }
    if (tokens[v].lower === 'quoted' || tokens[v].lower === 'cited') {
      const ref = this.subjects.left(tokens, p, lo);
      return ref ? { ref, span: { start: ref.span.start, end: tokens[v].end } } : null;
    }
    return { ref: null, span: tokens[v], passive: true };
  }

  /** The agent of a passive cue, after the quotation: "by X". */
  agentAfter(tokens: readonly Token[]): Cue | null {
    return tokens[0]?.lower === 'by' ? this.inverted(tokens, 0, 1) : null;
  }

  /** "she said, adding that “…”", "X spoke to reporters, saying “…”", "quoted X as saying". */
  private participle(tokens: readonly Token[], v: number, lo: number): Cue | null {
    if (tokens[v - 1]?.lower === 'as') {
      for (let q = v - 2; q >= lo && v - q < 12; q--) {
        if (tokens[q].lower === 'quoted' || tokens[q].lower === 'cited') {
          const passive = q - 1 >= lo && PASSIVE_AUXILIARIES.has(tokens[q - 1].lower);
          const ref = passive ? this.subjects.left(tokens, q - 1, lo) : this.subjects.right(tokens, q + 1);
          if (ref) {
            return { ref, span: { start: tokens[q].start, end: tokens[v].end } };
          }
        }
      }
    }
    const earlier = this.before(tokens.slice(0, v), lo);
    if (earlier) {
      return earlier;
    }
    const subject = this.clauseSubject(tokens, lo, v);
    return subject ? { ref: subject, span: { start: subject.span.start, end: tokens[v].end } } : null;
  }

  /** The subject of the clause a participle hangs on: its first person named (else body), or a leading pronoun. */
  private clauseSubject(tokens: readonly Token[], lo: number, v: number): SpeakerRef | null {
    let org: SpeakerRef | null = null;
    for (let k = lo; k < v; k++) {
      const t = tokens[k];
      if (t.kind === 'quote') {
        return null;
      }
      if (k === lo && PERSONAL_PRONOUNS.has(t.lower)) {
        return this.subjects.right(tokens, k);
      }
      const m = t.kind === 'word' ? this.mentions.at(t.start, t.end) : undefined;
      const first = m ? tokens.findIndex(x => x.end > m.start) : -1;
      if (!m || first !== k || isPossessiveAt(tokens, k) || (k > lo && PREPOSITIONS.has(tokens[k - 1].lower))) {
        continue;
      }
      if (m.entity.kind === 'person') {
        return this.subjects.right(tokens, k);
      }
      org ??= this.subjects.right(tokens, k);
    }
    return org;
  }

  /** "said Mr X", "according to X", "described by X": the speaker phrase starts at tokens[r]. */
  private inverted(tokens: readonly Token[], v: number, r: number): Cue | null {
    const ref = this.subjects.right(tokens, r);
    if (!ref) {
      return null;
    }
    const start = Math.min(tokens[v].start, ref.span.start);
    return { ref, span: { start, end: Math.max(tokens[v].end, ref.span.end) } };
  }

  /**
   * Cue in the words after the quotation (up to the end of its sentence). quoteText is the quotation,
   * to tell a complete sentence ("“We will win.” Smith said the talks …") from an attributed one.
   */
  after(tokens: readonly Token[], quoteText: string): Cue | null {
    let k = 0;
    let dashed = false;
    while (k < tokens.length && /^[,:\u2014\u2013-]$/.test(tokens[k].text)) {
      dashed ||= tokens[k].text !== ',' && tokens[k].text !== ':';
      k++;
    }
    const first = tokens[k];
    if (!first || first.kind !== 'word') {
      return null;
    }
    if (dashed && /^\p{Lu}/u.test(first.text)) {
      // A signature after a dash ("“…” — Jane Doe, chief executive"): a name, then a comma or the end.
      const ref = this.subjects.right(tokens, k);
      const next = tokens.find(t => ref !== null && t.start >= ref.span.end);
      if (ref?.type === 'entity' && (next === undefined || next.text === ',' || endsClause(tokens, tokens.indexOf(next)))) {
        return { ref, span: ref.span };
      }
    }
    if (INVERTIBLE_VERBS.has(first.lower) || (first.lower === 'according' && tokens[k + 1]?.lower === 'to')) {
      return this.inverted(tokens, k, first.lower === 'according' ? k + 2 : k + 1);
    }
    // A subject starts with a name, pronoun, determiner or noun; not with a clause word, preposition or participle.
    if (PHRASE_BOUNDARIES.has(first.lower) || PREPOSITIONS.has(first.lower) || /^\p{Ll}+ing$/u.test(first.text)) {
      return null;
    }
    for (let v = k; v < tokens.length && v - k < AFTER_VERB_WINDOW; v++) {
      const t = tokens[v];
      if (t.kind === 'quote' || endsClause(tokens, v)) {
        return null;
      }
      const kind = this.verbKind(tokens, v);
      if (kind !== 'finite' && kind !== 'base') {
        continue;
      }
      if (ENDINGS.test(quoteText.trim()) && !OBJECT_VERBS.has(t.lower) && CLAUSE_STARTERS.has(tokens[v + 1]?.lower ?? '')) {
        return null;
      }
      const ref = this.subjects.left(tokens, v, k);
      return ref ? { ref, span: { start: ref.span.start, end: t.end } } : null;
    }
    return null;
  }
}
