// Descriptions that stand for a body or a document the article named before: "the group said" after
// "fisherfolk group X said …", "the regulator added" after "X, the state regulator, …", and "the
// statement said" after "X said in a statement …".

import { CAPITAL_LEGAL_FORMS, GOVERNMENT_HEADS, HOLDING_NOUNS, LEGAL_FORMS, PRESS_HEADS, SPEECH_VERBS, has } from '../lexicon/entities';
import {
  BODY_DESCRIPTION_HEADS, CLUB_DESCRIPTION_HEADS, CLUB_NAME_ENDINGS, COMPANY_DESCRIPTION_HEADS, DOCUMENT_HEADS, GENERIC_BODY_DESCRIPTION_HEADS, NAME_BEARING_BODY_HEADS, NEWSPAPER_DESCRIPTION_HEADS, OPERATOR_DESCRIPTION_HEADS, DEPARTMENT_DESCRIPTION_HEADS, DEPARTMENT_NAME_HEADS, OPERATOR_NAME_HEADS, PREPOSITIONS, REGULATOR_DESCRIPTION_HEADS, REGULATOR_NAME_HEADS, REGULATING_BODY_HEADS, REGULATING_NAME_WORDS,
} from '../lexicon/quotes';
import { FOOTBALL_CLUBS } from '../lexicon/gazetteer';
import { endsInCompanyHead } from '../entities/words';
import type { IndexedMention, MentionIndex } from './mentionIndex';
import { endsSentence, isMask } from './tokens';

/** How far back a description may look for the body it stands for (characters). */
const BODY_REACH = 1500;
/** How far before a body's name "Shares in " opening its sentence is read (characters). */
const SHARES_OPENING_REACH = 24;
/** How close to a name the describing noun must be written ("group X", "X, a rights group,"). */
const DESCRIBED_BEFORE = 30;
const DESCRIBED_AFTER = 60;
/** How far back "the statement" may look for the sentence that issued it (characters). */
const DOCUMENT_REACH = 1000;
/** "… said in a", "… announced in its": a reporting verb and "in" with a determiner, right before the document's noun. */
const ISSUED_IN = /^\s+(\p{L}+)\s+in\s+(?:a|an|its|their)\s+(?:\p{L}+\s+)?$/u;
/** ", the tour said in a ": a lower-case description ("the" and one or two lower-case words) issuing a document. */
const UNNAMED_ISSUER_IN = /(?:^|[,;]\s+|\s)(?:the|a|an)\s+(?:\p{Ll}[\p{L}-]*\s+){1,2}?(\p{Ll}+)\s+in\s+(?:a|an|its|their)\s+(?:\p{L}+\s+)?$/u;

export function isBodyHead(head: string): boolean {
  return BODY_DESCRIPTION_HEADS.has(head);
}

export function isDocumentHead(head: string): boolean {
  return DOCUMENT_HEADS.has(head);
}

/**
 * Whether a body's own name says it is a company: it ends in a legal form ("Vardo Systems Inc.", "Corbel SA" in
 * capitals) or, with two words or more, in a company's trade noun of company-heads ("Kelso Group", "Tarrow Foods";
 * entities/words.ts `endsInCompanyHead`, the test the entity pass reads too), and no word of it names a government
 * body ("Department of Energy" ends in a trade noun but is no company). Read on a resolved entity's name, with no
 * candidate's evidence left to ask, hence the two checks the entity pass needs no more: a legal form alone, and a
 * government body's word.
 */
export function namesACompany(name: string): boolean {
  const words = name.split(/\s+/).map(word => word.replace(/\.$/, ''));
  const last = words[words.length - 1] ?? '';
  const lower = last.toLowerCase();
  if (LEGAL_FORMS.has(lower) || (CAPITAL_LEGAL_FORMS.has(lower) && last === last.toUpperCase())) {
    return true;
  }
  return words.length > 1 && endsInCompanyHead(words) && !words.some(word => GOVERNMENT_HEADS.has(word.toLowerCase()));
}

/** Whether a body's own name says it is a sports club: its last word is a club's (list quote-club-name-endings), or the gazetteer knows it as a football club. */
export function namesAClub(name: string): boolean {
  const words = name.split(/\s+/);
  const last = (words[words.length - 1] ?? '').replace(/\.$/, '').toLowerCase();
  return (words.length > 1 && CLUB_NAME_ENDINGS.has(last)) || FOOTBALL_CLUBS.has(name.toLowerCase());
}

/** A list of the head nouns that end a kind of body's name (quote-regulator-name-heads, quote-department-name-heads). */
type NameHeads = { has(word: string): boolean };

/** The head noun of a description as a word, its plural too, in any case; one pattern per head (read for every body near every description). */
function headWord(head: string): RegExp {
  return cachedPattern(HEAD_WORDS, head, () => new RegExp(`(?<![\\p{L}])${head}s?(?![\\p{L}])`, 'iu'));
}

/** The head noun right after a body's name, at most two lower-case words between ("… editorial board"); one pattern per head. */
function unitPattern(head: string): RegExp {
  return cachedPattern(UNIT_PATTERNS, head, () => new RegExp(`^(?:[’']s?)?\\s+((?:[\\p{Ll}-]+\\s+){0,2})${head}(?![\\p{L}])`, 'u'));
}

/** The pattern under `head`, made on first use (patterns without the g or y flag keep no state between uses). */
function cachedPattern(cache: Map<string, RegExp>, head: string, make: () => RegExp): RegExp {
  let pattern = cache.get(head);
  if (!pattern) {
    pattern = make();
    cache.set(head, pattern);
  }
  return pattern;
}

const HEAD_WORDS = new Map<string, RegExp>();
const UNIT_PATTERNS = new Map<string, RegExp>();

export class BodyResolver {
  /** mentionsEndingIn's lists, by list of heads. */
  private readonly byNameHead = new Map<NameHeads, number[]>();

  constructor(private readonly text: string, private readonly masked: string, private readonly index: MentionIndex) {}

  /** A mention that can be the subject of its sentence: outside quotations, not possessive, not after a preposition. */
  private isSubjectLike(mention: IndexedMention): boolean {
    if (isMask(this.masked[mention.start]) || /^[’']/.test(this.text.slice(mention.end, mention.end + 1))) {
      return false;
    }
    const before = /([\p{L}]+)\s*$/u.exec(this.masked.slice(Math.max(0, mention.start - 20), mention.start))?.[1]?.toLowerCase();
    return !(before && PREPOSITIONS.has(before));
  }

  /**
   * "Shares in Vardo Cell Systems fell 7 per cent. The company said …": a company whose shares open the sentence (a
   * holding noun and "in"/"of" first; list holding-nouns) is what the sentence is about, though its name stands after a
   * preposition; "the company" after it is that company.
   */
  private sharesOpenSentence(mention: IndexedMention): boolean {
    if (isMask(this.masked[mention.start])) {
      return false;
    }
    // A line break stands for the article's start, so the window opens on a whole word.
    const from = Math.max(0, mention.start - SHARES_OPENING_REACH);
    const window = (from === 0 ? '\n' : '') + this.masked.slice(from, mention.start);
    const opening = /(?:[.!?]\s+|\n\s*)(\p{L}+)\s+(?:in|of)\s+(?:the\s+)?$/u.exec(window);
    return opening !== null && has(HOLDING_NOUNS, opening[1].toLowerCase());
  }

  /** Whether the article calls this mention's body by the head noun: in its name, just before it, or in an appositive after it. */
  private describedAs(mention: IndexedMention, head: string): boolean {
    const word = headWord(head);
    if (word.test(mention.entity.name)) {
      return true;
    }
    if (NEWSPAPER_DESCRIPTION_HEADS.has(head) && PRESS_HEADS.has(mention.entity.name.split(/\s+/).pop()?.toLowerCase() ?? '')) {
      // "the Vell Gazette …; the paper said": a name ending in a newspaper's head noun names a newspaper.
      return true;
    }
    if (COMPANY_DESCRIPTION_HEADS.has(head) && namesACompany(mention.entity.name)) {
      // "Vardo Systems Inc. … “…,” the company wrote", "Its owner, Kelso Group, … the company said": the name says it is a company.
      return true;
    }
    if (CLUB_DESCRIPTION_HEADS.has(head) && namesAClub(mention.entity.name)) {
      // "Kelso Rovers sacked their coach … The club said …": a name ending in a club's word names a club.
      return true;
    }
    const last = mention.entity.name.split(/\s+/).pop()?.replace(/\.$/, '') ?? '';
    if (OPERATOR_DESCRIPTION_HEADS.has(head) && mention.entity.name.includes(' ') && OPERATOR_NAME_HEADS.has(last.toLowerCase())) {
      // "Westmarch Rail suspended every train … The operator posted: “…”": a name ending in a transport trade noun names an operator.
      return true;
    }
    const before = this.masked.slice(Math.max(0, mention.start - DESCRIBED_BEFORE), mention.start);
    const after = this.masked.slice(mention.end, mention.end + DESCRIBED_AFTER);
    const appositive = /^\s*(?:\([^)]*\)\s*)?,([^,.;]*)/u.exec(after)?.[1] ?? '';
    // A line break ends the describing phrase as a full stop does: a headline's last words ("… with council leader")
    // describe nothing in the paragraph under it.
    return word.test(before.split(/[.;!?\n]/).pop() ?? '') || word.test(appositive);
  }

  /**
   * "the Vell Gazette editorial board", "Vardo Holdings' board": the head noun written right after the body's name
   * (at most two lower-case words between, outside a quotation) names a unit of that body, which speaks for it
   * wherever the name stands in its sentence; the words between, or null when the head does not follow the name.
   */
  private unitAfter(mention: IndexedMention, head: string): readonly string[] | null {
    if (isMask(this.masked[mention.start])) {
      return null;
    }
    const after = this.masked.slice(mention.end, mention.end + DESCRIBED_AFTER);
    const unit = unitPattern(head).exec(after);
    return unit ? unit[1].split(/\s+/).filter(Boolean) : null;
  }

  /**
   * "the group said": the latest body named as a subject that the article called a group. Other words
   * of the description must be in its name too ("the Chinese embassy" is not the "US Embassy").
   */
  describedBody(head: string, modifiers: readonly string[], pos: number): string | null {
    for (let i = this.index.lastStartingBefore(pos); i >= 0; i--) {
      const m = this.index.mentions[i];
      if (pos - m.start > BODY_REACH) {
        break;
      }
      const name = m.entity.name.toLowerCase();
      if (m.entity.kind === 'person') {
        continue;
      }
      const unit = this.unitAfter(m, head);
      if (unit && modifiers.every(word => name.includes(word) || unit.includes(word))) {
        // "the Vell Gazette editorial board writes", then "the editorial board writes": the body's own unit speaks for it.
        return m.entity.id;
      }
      if ((this.isSubjectLike(m) || this.sharesOpenSentence(m)) && this.describedAs(m, head) && modifiers.every(word => name.includes(word))) {
        return m.entity.id;
      }
    }
    const named = this.onlyBodyNamedBy(head, modifiers, pos);
    if (named !== null) {
      return named;
    }
    if (GENERIC_BODY_DESCRIPTION_HEADS.has(head) && modifiers.length === 0) {
      return this.openingBodyBefore(pos);
    }
    if (DEPARTMENT_DESCRIPTION_HEADS.has(head)) {
      return this.onlyBodyWithHeadBefore(DEPARTMENT_NAME_HEADS, modifiers, pos);
    }
    if (!REGULATOR_DESCRIPTION_HEADS.has(head)) {
      return null;
    }
    // "the Charities Regulation Office (CRO) said …; …, the regulator said": a regulator named "… Office" or "… Board"
    // holds a word of regulating in its name (the Home Office, a school board are no regulators).
    return this.onlyBodyWithHeadBefore(REGULATOR_NAME_HEADS, modifiers, pos)
      ?? this.onlyBodyWithHeadBefore(REGULATING_BODY_HEADS, modifiers, pos, REGULATING_NAME_WORDS);
  }

  /**
   * "The leader of the Marwick Borough Council, X, said …; the council said in a statement …": when no body called so
   * was a subject, the one body named (outside quotations, not as a possessive, within reach) whose own name ends in the head noun and
   * holds the description's other words; null when none, or two such bodies, were named, or when another body was
   * the subject of a sentence since ("CNN pushed back …; the network said": the description is CNN's) and the head is
   * one any body may be called by (not list quote-name-bearing-body-heads: a broadcaster named since is no "council").
   */
  private onlyBodyNamedBy(head: string, modifiers: readonly string[], pos: number): string | null {
    let found: string | null = null;
    let otherSubject = false;
    for (let i = this.index.lastStartingBefore(pos); i >= 0; i--) {
      const m = this.index.mentions[i];
      if (pos - m.start > BODY_REACH) {
        break;
      }
      if (m.entity.kind === 'person' || isMask(this.masked[m.start])) {
        continue;
      }
      const words = m.entity.name.toLowerCase().split(/\s+/);
      const last = words[words.length - 1];
      if ((last !== head && last !== `${head}s`) || !modifiers.every(word => words.includes(word)) || /^[’']/.test(this.text.slice(m.end, m.end + 1))) {
        otherSubject ||= found === null && this.isSubjectLike(m);
        continue;
      }
      if ((otherSubject && !NAME_BEARING_BODY_HEADS.has(head)) || (found !== null && found !== m.entity.id)) {
        return null;
      }
      found = m.entity.id;
    }
    return found;
  }

  /**
   * "“…,” union vows" in a headline, before the body is named: the one body the whole article names whose own name
   * ends in the noun ("… Dockers' Union"); null when none or several do.
   */
  onlyBodyNamed(head: string): string | null {
    const found = new Set<string>();
    for (const m of this.index.mentions) {
      const last = m.entity.name.toLowerCase().split(/\s+/).pop();
      if (m.entity.kind !== 'person' && (last === head || last === `${head}s`)) {
        found.add(m.entity.id);
      }
    }
    return found.size === 1 ? [...found][0] : null;
  }

  /**
   * "The Vell Foundation declined to comment. … “…,” the group said": the latest body (not a newspaper, list
   * press-heads) whose name opens a sentence, after at most "the", in the paragraph of pos or the one before;
   * null when none does (a body named only inside a sentence, "funded by the Vell Foundation", is not taken).
   */
  private openingBodyBefore(pos: number): string | null {
    const paragraph = this.text.lastIndexOf('\n', pos - 1);
    const previous = paragraph <= 0 ? 0 : this.previousParagraphStart(paragraph);
    for (let i = this.index.lastStartingBefore(pos); i >= 0 && this.index.mentions[i].start >= previous; i--) {
      const m = this.index.mentions[i];
      const last = m.entity.name.split(/\s+/).pop()?.toLowerCase() ?? '';
      if (m.entity.kind !== 'person' && !PRESS_HEADS.has(last) && this.isSubjectLike(m) && this.opensSentence(m.start)) {
        return m.entity.id;
      }
    }
    return null;
  }

  /** Start of the paragraph before the one whose line break is at `lineBreak` (blank lines skipped). */
  private previousParagraphStart(lineBreak: number): number {
    let k = lineBreak;
    while (k > 0 && /\s/.test(this.text[k - 1])) {
      k--;
    }
    return this.text.lastIndexOf('\n', k - 1) + 1;
  }

  /** Whether the words before `start` (an optional "the") begin a paragraph or follow a sentence's end. */
  private opensSentence(start: number): boolean {
    const article = /(?<!\p{L})[Tt]he\s+$/u.exec(this.masked.slice(Math.max(0, start - 6), start));
    let k = article ? start - article[0].length : start;
    while (k > 0 && /[ \t]/.test(this.masked[k - 1])) {
      k--;
    }
    return k === 0 || this.masked[k - 1] === '\n' || endsSentence(this.masked, k - 1, this.masked.length);
  }

  /**
   * "the regulator said" when no body was called a regulator: the one body named before pos (outside quotations)
   * whose name ends in a regulator's head noun ("the Vardo Conduct Authority"; list quote-regulator-name-heads) and
   * holds the description's other words; null when none or two such bodies were named. So "the department said" for
   * the one government department named before ("the Kelso Office", list quote-department-name-heads). With `nameWords`,
   * only a body whose name holds one of them counts (a regulator named "… Office": list quote-regulating-name-words).
   */
  private onlyBodyWithHeadBefore(heads: NameHeads, modifiers: readonly string[], pos: number, nameWords?: NameHeads): string | null {
    let found: string | null = null;
    const candidates = this.mentionsEndingIn(heads);
    const last = this.index.lastStartingBefore(pos);
    for (let k = candidates.length - 1; k >= 0; k--) {
      if (candidates[k] > last) {
        continue;
      }
      const m = this.index.mentions[candidates[k]];
      const name = m.entity.name.toLowerCase();
      if (!modifiers.every(word => name.includes(word)) || (nameWords !== undefined && !name.split(/\s+/).some(word => nameWords.has(word)))) {
        continue;
      }
      if (found !== null && found !== m.entity.id) {
        return null;
      }
      found = m.entity.id;
    }
    return found;
  }

  /**
   * The indices (ascending) of the mentions, outside quotations, of bodies whose own name of two words or more ends in
   * one of `heads`; built once per list: each "the department said" walked every mention before it otherwise, so a
   * long article paid mentions × descriptions on every edit.
   */
  private mentionsEndingIn(heads: NameHeads): readonly number[] {
    let found = this.byNameHead.get(heads);
    if (!found) {
      found = [];
      this.index.mentions.forEach((mention, i) => {
        const words = mention.entity.name.toLowerCase().split(/\s+/);
        // "the Sheriff's Office" is titleOffice's; a one-word name ("Office") is no department's.
        if (mention.entity.kind !== 'person' && !isMask(this.masked[mention.start]) && words.length >= 2 && !/[’']s$/.test(words[words.length - 2]) && heads.has(words[words.length - 1])) {
          found!.push(i);
        }
      });
      this.byNameHead.set(heads, found);
    }
    return found;
  }

  /**
   * "the DA's office said", "the sheriff's office said" after "the Tarlow County District Attorney's Office charged
   * him" or "the Tarlow County Sheriff's Office": "the", one title word or its initials (two to four capitals) in the
   * possessive and "office" stand for the one body named before pos whose name ends in those words and "'s Office".
   * Null when no body or two bodies so end.
   */
  titleOffice(words: readonly string[], pos: number, start: number): string | null {
    const title = words.slice(0, -1);
    if (title.length !== 1 || words[words.length - 1].toLowerCase() !== 'office' || !/[’']s$/.test(title[0])
      || !/(?<!\p{L})[Tt]he\s+$/u.test(this.masked.slice(Math.max(0, start - 6), start))) {
      return null;
    }
    const plain = title.map(word => word.replace(/[’']s$/, ''));
    const initials = plain.length === 1 && /^\p{Lu}{2,4}$/u.test(plain[0]) ? plain[0].toLowerCase() : null;
    if (initials === null && !plain.every(word => /^\p{Ll}+$/u.test(word))) {
      return null;
    }
    let found: string | null = null;
    for (let i = this.index.lastStartingBefore(pos); i >= 0; i--) {
      const entity = this.index.mentions[i].entity;
      const name = entity.name.split(/\s+/);
      if (entity.kind === 'person' || name.length < 3 || name[name.length - 1].toLowerCase() !== 'office' || !/[’']s$/.test(name[name.length - 2])) {
        continue;
      }
      const owner = name.slice(0, -1).map(word => word.replace(/[’']s$/, '').toLowerCase());
      const fits = initials !== null
        ? owner.slice(-initials.length).map(word => word[0]).join('') === initials
        : owner.slice(-plain.length).join(' ') === plain.join(' ');
      if (!fits) {
        continue;
      }
      if (found !== null && found !== entity.id) {
        return null;
      }
      found = entity.id;
    }
    return found;
  }

  /**
   * "X resigned on Tuesday, the Kelso Ministry said in a statement": wire copy closes a sentence with its source, so
   * the name right before "<reporting verb> in a" and the document's noun issued the document, whoever opens the
   * sentence; null when the words before the noun are not so.
   */
  private issuerRightBefore(at: number, start: number): string | null {
    const i = this.index.lastStartingBefore(at);
    const m = i >= 0 ? this.index.mentions[i] : undefined;
    if (m === undefined || m.start < start || m.end > at || !this.isSubjectLike(m)) {
      return null;
    }
    const verb = ISSUED_IN.exec(this.masked.slice(m.end, at))?.[1];
    return verb !== undefined && has(SPEECH_VERBS, verb.toLowerCase()) ? m.entity.id : null;
  }

  /**
   * "X was suspended, the tour said in a statement": a lower-case description right before "said in a" (the tour,
   * the club, police) issued the document, not the sentence's named subject; the document's words have no named source.
   */
  private unnamedIssuerRightBefore(at: number, start: number): boolean {
    const before = this.masked.slice(start, at);
    const issued = UNNAMED_ISSUER_IN.exec(before);
    if (issued === null || !has(SPEECH_VERBS, issued[1].toLowerCase())) {
      return false;
    }
    const i = this.index.lastStartingBefore(at);
    const m = i >= 0 ? this.index.mentions[i] : undefined;
    return m === undefined || m.end <= start + (issued.index ?? 0);
  }

  /** "the statement said": whoever the latest sentence mentioning such a document makes its subject. */
  documentSource(head: string, pos: number): string | null {
    const from = Math.max(0, pos - DOCUMENT_REACH);
    const window = this.masked.slice(from, pos);
    let at = -1;
    for (const m of window.matchAll(new RegExp(`(?<![\\p{L}])${head}(?![\\p{L}])`, 'giu'))) {
      // The cue's own "the statement" is at the end of the window; an earlier one named its source.
      if (from + (m.index ?? 0) + head.length < pos - head.length - 1) {
        at = from + (m.index ?? 0);
      }
    }
    if (at < 0) {
      return null;
    }
    let start = at;
    while (start > from && this.masked[start - 1] !== '\n' && !endsSentence(this.masked, start - 1, this.masked.length)) {
      start--;
    }
    const issuer = this.issuerRightBefore(at, start);
    if (issuer !== null) {
      return issuer;
    }
    if (this.unnamedIssuerRightBefore(at, start)) {
      return null;
    }
    for (let i = this.index.lastStartingBefore(at); i >= 0 && this.index.mentions[i].start >= start; i--) {
      const m = this.index.mentions[i];
      const earlier = this.index.mentions[i - 1];
      if (this.isSubjectLike(m) && !(earlier && earlier.start >= start && this.isSubjectLike(earlier))) {
        return m.entity.id;
      }
    }
    return null;
  }
}
