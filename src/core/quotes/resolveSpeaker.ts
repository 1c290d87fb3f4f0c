// Turns the phrase a cue names (a name, a pronoun, a description) into an entity id. Pronouns go to
// the most recent compatible subject; descriptions to the person whose title fits them.

import type { Entity, Span } from '../model';
import { BodyResolver, isBodyHead, isDocumentHead } from './bodyRefs';
import { headMatchKeys, nationConflict, nationStem, parseTitle, titleConflicts, titleFit, titleIndexKeys, type Title } from './describe';
import {
  GENERIC_LEADER_HEADS, GENERIC_PERSON_HEADS, INDEFINITE_DETERMINERS, NATIONALITY_PERSON_NOUNS, OCCUPATION_NOUNS, PLAYER_POSITION_NOUNS, PREPOSITIONS, TITLE_NOUNS,
  REPORTING_VERBS_FINITE, UNNAMED_BYSTANDER_HEADS, UNNAMED_PERSON_SUBJECT_HEADS, UNNAMED_SOURCE_HEADS,
  REPRESENTATIVE_NOUNS,
} from '../lexicon/quotes';
import { DEFINITE_DETERMINERS } from '../lexicon/determiners';
import { CANDIDATE_BODY_HEADS, NEUTRAL_BODY_MODIFIERS, OWN_MESSAGES } from '../lexicon/quoteCues';
import { NAME_SUFFIXES, TITLE_HEADS } from '../lexicon/entities';
import { titlesBefore, type Gender, type MentionIndex } from './mentionIndex';
import { personGender } from './personGender';
import { walkSubjects, type SubjectEvent } from './sentenceSubject';
import { push } from '../entities/multimap';
import { lexiconFlags } from '../nlp/adapter';
import { Tag } from '../nlp/tokens';
import type { SpeakerRef } from './subject';
import { endsSentence, isMask, tokenize } from './tokens';
import { isIssuerInSourcePhrase } from './documentIssuer';

/**
 * Where the first "he"/"she" (the pattern given) stands in the narration between from and to (quotations are masked),
 * Infinity when none: a pronoun there goes on with the subject named at from.
 */
function firstPronounAfter(masked: string, from: number, to: number, pronoun: RegExp): number {
  const at = masked.slice(from, to).search(pronoun);
  return at < 0 ? Infinity : from + at;
}

/** A possessive and up to three lower-case words, the last a noun, then a comma or a space: "through his lawyer, ". */
const AFTER_HIS_NOUN = /(?:^|[^\p{L}])[Hh]is\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{Ll}[\p{L}-]*),?\s+$/u;
const AFTER_HER_NOUN = /(?:^|[^\p{L}])[Hh]er\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{Ll}[\p{L}-]*),?\s+$/u;

/** How far back a pronoun may look for its person (characters, and subjects). */
const PRONOUN_REACH = 3000;
const PRONOUN_MAX_SUBJECTS = 16;
/** How far before a newcomer's name its source phrase is read ("according to a new quarterly report by "). */
const SOURCE_PHRASE_REACH = 80;

const PRONOUN_MAX_MENTIONS = 40;
/** "the 45-year-old": an age names a person as a generic noun does. */
const AGED_PERSON = /^\d+-year-old$/i;
/** "That was X", "This is X" opening the sentence after a description speaker: it names who spoke. */
/** "he"/"she" in the narration between two subjects: the older one is still being talked about. */
const MALE_PRONOUN = /(?<!\p{L})[Hh]e(?!\p{L})/u;
const FEMALE_PRONOUN = /(?<!\p{L})[Ss]he(?!\p{L})/u;
/** How many non-blank lines may open an article as its headline and standfirst. */
const HEADLINE_LINES = 3;
const IDENTIFYING_OPENER = /^\s+(?:That|This) (?:was|is) /u;

/** What a description's head names: an office ("the minister"), an occupation anyone may hold ("the forecaster"), or an unnamed source ("the official"). */
type HeadSort = 'title' | 'occupation' | 'unnamed-source';

/** A description read for its office holder. */
interface DescriptionReading {
  readonly description: Title;
  readonly head: string;
  readonly sort: HeadSort;
  readonly owner: string | null;
  readonly definite: boolean;
  /** The body a common noun's possessive owner stands for ("the regulator's chief executive"), or null (see ownerNounBody). */
  readonly ownerBody?: string | null;
}

/** How much a role owned by another named body counts below an equal fit ("the regulator's chief executive"; fits run 1–2). */
const OTHER_OWNER_PENALTY = 0.25;

/** A role opened by a capitalised owner's possessive ("Marlow Water's chief executive"): the owner's name. */
const NAMED_OWNER = /^((?:\p{Lu}[\p{L}&.-]*\s+){0,4}\p{Lu}[\p{L}&.-]*)[’']s\s/u;

/** A person with how well their titles fit a description (0–2) and how far back they were last named. */
interface TitleHolder {
  readonly person: Entity;
  readonly fit: number;
  readonly distance: number;
}

/** The sort of a description's head; undefined when it names none of these (then the description names no one). */
function headSort(head: string): HeadSort | undefined {
  if (TITLE_NOUNS.has(head)) {
    return 'title';
  }
  if (UNNAMED_SOURCE_HEADS.has(head)) {
    return 'unnamed-source';
  }
  // "the forecaster warned", "the epidemiologist said": an occupation, not an office; anyone may hold it.
  return TITLE_HEADS.has(head) || OCCUPATION_NOUNS.has(head) ? 'occupation' : undefined;
}

/** How far after "the Voss campaign said" its quotation may start (characters). */
const CANDIDATE_REACH = 300;

/** How far back "it" may look for the organisation it stands for (characters). */
const BODY_REACH = 400;

export class SpeakerResolver {
  private readonly gender = new Map<string, Gender>();
  private readonly titles = new Map<string, Title[]>();
  /** The titles written before each person's mentions (titlesBefore), read once for both their titles and their gender. */
  private readonly written = new Map<string, string[][]>();
  private readonly subjects: SubjectEvent[];
  private readonly attributions: SubjectEvent[] = [];
  private readonly persons: Entity[];
  /** Positions in persons by the index keys of their titles (titleIndexKeys); see holdersMatching. */
  private holdersByTitleWord: Map<string, number[]> | undefined;
  /** People by the surnames of their names (indexPersonsBySurname); see personBySurname. */
  private personsBySurname: Map<string, Entity[]> | undefined;
  private readonly bodies: BodyResolver;

  constructor(private readonly text: string, private readonly masked: string, private readonly index: MentionIndex, entities: readonly Entity[]) {
    this.persons = entities.filter(entity => entity.kind === 'person');
    this.bodies = new BodyResolver(text, masked, index);
    this.subjects = walkSubjects(text, masked, index);
  }

  /** The person's roles and the titles written before their mentions, parsed once on first use. */
  private titlesOf(entity: Entity): Title[] {
    let titles = this.titles.get(entity.id);
    if (!titles) {
      const written = entity.roles.map(role => role.text.split(/\s+/));
      titles = [...written, ...this.titlesWrittenBefore(entity)].map(parseTitle);
      this.titles.set(entity.id, titles);
    }
    return titles;
  }

  private genderOf(id: string): Gender {
    if (!this.gender.has(id)) {
      const e = this.index.entity(id);
      this.gender.set(id, e ? personGender(this.text, e, this.titlesWrittenBefore(e)) : undefined);
    }
    return this.gender.get(id);
  }

  private titlesWrittenBefore(entity: Entity): string[][] {
    let titles = this.written.get(entity.id);
    if (!titles) {
      titles = titlesBefore(this.text, this.index, entity);
      this.written.set(entity.id, titles);
    }
    return titles;
  }

  /** Remembers who a cue credited, so later pronouns prefer that person. */
  recordAttribution(pos: number, id: string): void {
    const entity = this.index.entity(id);
    const person = entity?.kind === 'person' ? entity : entity && this.personBySurname(entity);
    if (person) {
      this.attributions.push({ pos, id: person.id });
    }
  }

  /**
   * "“…,” Keller says." where the recogniser took the bare surname for an organisation: the one person
   * of the article with that surname ("Ada Keller", "Ada Keller Jr"), so a later "she adds" finds her;
   * undefined when the name is not one capitalised word or no single person has it as a surname.
   */
  private personBySurname(entity: Entity): Entity | undefined {
    if (!/^\p{Lu}\p{Ll}+$/u.test(entity.name)) {
      return undefined;
    }
    const holders = (this.personsBySurname ?? this.indexPersonsBySurname()).get(entity.name) ?? [];
    return holders.length === 1 ? holders[0] : undefined;
  }

  /**
   * The people (in document order, each once per surname) by the surname of their name or any alias, built on first
   * use: reading every person's names for every credited body made attribution quadratic in a long article.
   */
  private indexPersonsBySurname(): Map<string, Entity[]> {
    const index = new Map<string, Entity[]>();
    for (const person of this.persons) {
      const surnames = new Set<string>();
      for (const name of [person.name, ...person.aliases]) {
        const surname = surnameOf(name);
        if (surname !== undefined) {
          surnames.add(surname);
        }
      }
      for (const surname of surnames) {
        push(index, surname, person);
      }
    }
    this.personsBySurname = index;
    return index;
  }

  /** The person last made a subject of a sentence, or credited with words, within [from, to); null when none. */
  subjectBetween(from: number, to: number): string | null {
    const a = lastBefore(this.attributions, to, ev => ev.pos);
    const s = lastBefore(this.subjects, to, ev => ev.pos);
    const ev = [a >= 0 ? this.attributions[a] : undefined, s >= 0 ? this.subjects[s] : undefined]
      .filter((event): event is SubjectEvent => event !== undefined && event.pos >= from)
      .sort((one, other) => other.pos - one.pos)[0];
    return ev?.id ?? null;
  }

  /** The one person named (outside quotations) within [from, to); null when none or several. */
  onlyPersonBetween(from: number, to: number): string | null {
    let id: string | null = null;
    for (let i = this.index.lastStartingBefore(to); i >= 0 && this.index.mentions[i].start >= from; i--) {
      const m = this.index.mentions[i];
      if (m.entity.kind !== 'person' || isMask(this.masked[m.start])) {
        continue;
      }
      if (id !== null && id !== m.entity.id) {
        return null;
      }
      id = m.entity.id;
    }
    return id;
  }

  /** The last mention of entity id in [from, to) outside quotations, else its first there; undefined when none. */
  mentionOf(id: string, from: number, to: number): Span | undefined {
    let found: Span | undefined;
    for (let i = this.index.lastStartingBefore(to); i >= 0 && this.index.mentions[i].start >= from; i--) {
      const m = this.index.mentions[i];
      if (m.entity.id === id) {
        found = { start: m.start, end: m.end };
        if (!isMask(this.masked[m.start])) {
          return found;
        }
      }
    }
    return found;
  }

  resolve(ref: SpeakerRef, pos: number): string | null {
    switch (ref.type) {
      case 'entity':
        return ref.id;
      case 'pronoun':
        return ref.word === 'he' || ref.word === 'she' ? this.personPronoun(pos, ref.word === 'he' ? 'm' : 'f')
          : ref.word === 'it' ? this.recentBody(pos) ?? this.accordingToBody(pos) : null;
      case 'description':
        return this.describe(ref.words, ref.owner, pos, ref.span);
    }
  }

  /**
   * The person "he"/"she" credits. One whose gender the article did not tell is then known by that pronoun: in
   * "“…,” she said. … “…,” he told me." the second pronoun no longer goes back to the woman of unknown name.
   */
  private personPronoun(pos: number, gender: 'm' | 'f'): string | null {
    const id = this.recentPerson(pos, gender);
    if (id !== null && this.genderOf(id) === undefined) {
      this.gender.set(id, gender);
    }
    return id;
  }

  private compatible(id: string, gender: Gender): boolean {
    const g = this.genderOf(id);
    return gender === undefined || g === undefined || g === gender;
  }

  /** Most recent subject or credited speaker before pos of the given gender, then the most recent mention. */
  private recentPerson(pos: number, gender: Gender): string | null {
    const latest = this.recentEvent(pos, id => this.compatible(id, gender));
    // "X denies it. Through his lawyer, Y, he said …": Y is "his lawyer", so not "he"; the pronoun goes on with X.
    const found = latest !== null && this.namedAsPronounsRelation(latest.pos, pos, gender)
      ? this.recentEvent(latest.pos, id => id !== latest.id && this.compatible(id, gender)) : latest;
    if (found && gender !== undefined && this.unnamedSubjectBetween(found.pos, pos)) {
      return null;
    }
    const named = found && gender !== undefined ? this.namedAfterOtherGender(pos, gender, found.pos) : null;
    if (named !== null) {
      return named;
    }
    const introduced = found ? this.introducedInParagraph(pos, gender, found.pos) : null;
    if (introduced !== null) {
      return introduced;
    }
    if (!found || gender !== 'f' || this.genderOf(found.id) !== undefined) {
      return found?.id ?? null;
    }
    // "X spoke. He asked Ms Y how …": a woman named (not as a possessive, nor as a side in "a Y supporter")
    // after a subject of unknown gender is the likelier antecedent of "she": most people quoted in the news
    // are men (as the Gender Gap Tracker counts), so an unknown X is less likely a woman than the woman Y.
    // Not so for "he". Nor for a woman named only after the narration went on calling X "she" ("X spoke. She said
    // she backed Ms Y."): that "she" already told X's gender, so the pronoun goes on with X.
    const continuedAt = firstPronounAfter(this.masked, found.pos, pos, FEMALE_PRONOUN);
    for (let i = this.index.lastStartingBefore(pos); i >= 0 && this.index.mentions[i].start > found.pos; i--) {
      const m = this.index.mentions[i];
      if (m.start > continuedAt) {
        continue;
      }
      if (m.entity.kind === 'person' && !isMask(this.masked[m.start]) && !/^[’']/.test(this.text.slice(m.end, m.end + 1))
        && !nameAsModifier(this.masked, m.start, m.end) && this.genderOf(m.entity.id) === gender) {
        return m.entity.id;
      }
    }
    return found.id;
  }

  /**
   * "In a statement issued through his lawyer, Y of Z, he said …", "Via her agent, Y, she said …": the person at `at`
   * is named right after the pronoun's own possessive and a noun of one who speaks for another ("his lawyer", "her
   * agent"; list quote-representative-nouns) in the
   * pronoun's sentence, so is the possessor's relation, never the possessor the pronoun names.
   */
  private namedAsPronounsRelation(at: number, pos: number, gender: Gender): boolean {
    if (gender === undefined || /[.!?]\s/u.test(this.masked.slice(at, pos))) {
      return false;
    }
    const relation = (gender === 'm' ? AFTER_HIS_NOUN : AFTER_HER_NOUN).exec(this.masked.slice(Math.max(0, at - 60), at));
    return relation !== null && REPRESENTATIVE_NOUNS.has(relation[1]);
  }

  /**
   * "X left in March. One Western observer was blunter. “…,” he said.": a sentence after the subject found, in the
   * pronoun's own paragraph, opens with an unnamed person (an indefinite determiner, at most three words and a head of
   * list quote-unnamed-person-subject-heads or quote-unnamed-bystander-heads: "A neighbour, who asked not to be named,
   * said …"), and no person is named between that sentence and the pronoun: the pronoun goes on with the unnamed person,
   * so no one is credited.
   */
  private unnamedSubjectBetween(from: number, pos: number): boolean {
    const paragraph = this.masked.lastIndexOf('\n', pos) + 1;
    const start = Math.max(from, paragraph);
    const stretch = this.masked.slice(start, pos);
    const opening = /(?:^|[.!?][”"’]?\s+)(?:A|An|One|Another)\s+((?:[\p{L}-]+\s+){0,3}?)(\p{Ll}+)(?=[\s,])/gu;
    for (let m = opening.exec(stretch); m !== null; m = opening.exec(stretch)) {
      if (!(UNNAMED_PERSON_SUBJECT_HEADS.has(m[2]) || UNNAMED_BYSTANDER_HEADS.has(m[2])) || m.index === 0 && start !== paragraph && !/[.!?][”"’]?\s*$/.test(this.masked.slice(Math.max(0, start - 3), start))) {
        continue;
      }
      const at = start + m.index;
      let named = false;
      for (let i = this.index.lastStartingBefore(pos); i >= 0 && this.index.mentions[i].start > at; i--) {
        const mention = this.index.mentions[i];
        named ||= mention.entity.kind === 'person' && !isMask(this.masked[mention.start]);
      }
      if (!named) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Mr X replied to a note from Ms Y. “…,” she wrote.": when the latest subject or credited speaker before the
   * pronoun is known to be of the other gender, a person of the pronoun's gender named after that subject (as a
   * complement: "from Ms Y", "by Ms Y, who …") is nearer than the older subject of its gender, which the pronoun
   * would otherwise skip back to. Only a person whose gender is known, not inside a quotation, not a possessive or a
   * modifier ("a Y supporter"), and only when the pronoun's own subject found is older than that latest subject and
   * the narration did not go on calling that older subject "he"/"she" before the latest one ("X, he said, Ms Z …":
   * the pronoun still continues X); null otherwise.
   */
  private namedAfterOtherGender(pos: number, gender: 'm' | 'f', foundAt: number): string | null {
    const latest = this.recentEvent(pos, () => true);
    if (!latest || latest.pos <= foundAt || this.genderOf(latest.id) === undefined || this.genderOf(latest.id) === gender
      || (gender === 'm' ? MALE_PRONOUN : FEMALE_PRONOUN).test(this.masked.slice(foundAt, latest.pos))) {
      return null;
    }
    for (let i = this.index.lastStartingBefore(pos), n = 0; i >= 0 && n < PRONOUN_MAX_MENTIONS && this.index.mentions[i].start > latest.pos; i--, n++) {
      const m = this.index.mentions[i];
      if (m.entity.kind === 'person' && !isMask(this.masked[m.start]) && !/^[’']/.test(this.text.slice(m.end, m.end + 1))
        && !nameAsModifier(this.masked, m.start, m.end) && this.genderOf(m.entity.id) === gender) {
        return m.entity.id;
      }
    }
    return null;
  }

  /**
   * "X, prosecuting, said … ¶ A statement from Y, 84, was read to the court. She said …": when the subject found for
   * "he"/"she" lies in an earlier paragraph, a person named for the first time in the pronoun's own paragraph, before
   * it, is whom the pronoun goes on with: copy that brings someone in as a complement ("from Y", "by Y") and then
   * quotes "she said" quotes that person. Only when every person mentioned in the paragraph before the pronoun (outside
   * quotations) is that one person, of a gender the pronoun allows, first named there, and no pronoun of that gender
   * comes before the newcomer in the paragraph; null otherwise. A newcomer named only as a document's issuer in a
   * source phrase ("…, according to a report by Y.") is not brought in as the paragraph's subject (documentIssuer.ts,
   * convention 2): the sentence still reports what the document says, and the pronoun goes on with the subject found.
   */
  private introducedInParagraph(pos: number, gender: Gender, foundAt: number): string | null {
    const paragraph = this.masked.lastIndexOf('\n', pos - 1) + 1;
    if (foundAt >= paragraph) {
      return null;
    }
    return this.newcomerBefore(paragraph, pos, gender) ?? null;
  }

  /**
   * "At the briefing we put the charge to X. She said …": a sentence whose subject is the writer ("we", "I") brings in
   * the one person it names as a complement, also one named before in the article: the reporter's question goes to
   * that person, and "she said" after it is the answer.
   */
  private addressedByWriter(paragraph: number, at: number): boolean {
    const before = this.masked.slice(paragraph, at);
    const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! ')) + 1);
    return /(?:^|[\s,])(?:[Ww]e|I)\s+\p{Ll}+/u.test(sentence);
  }

  /**
   * The one person named (outside quotations) in [paragraph, pos), first named there (or brought in by the writer's own
   * question: addressedByWriter), of a gender the pronoun allows, with no pronoun of that gender before them there;
   * null when some person there fails that, undefined when no person is named there at all.
   */
  private newcomerBefore(paragraph: number, pos: number, gender: Gender): string | null | undefined {
    let id: string | null = null, firstAt = pos;
    for (let i = this.index.lastStartingBefore(pos), n = 0; i >= 0 && n < PRONOUN_MAX_MENTIONS && this.index.mentions[i].start >= paragraph; i--, n++) {
      const m = this.index.mentions[i];
      if (m.entity.kind !== 'person' || isMask(this.masked[m.start])) {
        continue;
      }
      const firstNamedHere = (m.entity.mentions[0]?.start ?? m.start) >= paragraph || this.addressedByWriter(paragraph, m.start);
      if (!firstNamedHere || !this.compatible(m.entity.id, gender) || (id !== null && id !== m.entity.id)) {
        return null;
      }
      if (this.issuerInSourcePhrase(m.start, paragraph)) {
        return null;
      }
      id = m.entity.id;
      firstAt = m.start;
    }
    if (id === null) {
      return undefined;
    }
    // "He lambasted the deal made by Y. He pledged …": the paragraph already went on with the subject by the pronoun
    // before it named the newcomer.
    const continued = gender === 'm' ? MALE_PRONOUN : gender === 'f' ? FEMALE_PRONOUN : undefined;
    return continued?.test(this.masked.slice(paragraph, firstAt)) ? null : id;
  }

  /** Whether the name at pos is named only as a document's issuer in a source phrase of its paragraph ("according to a report by "). */
  private issuerInSourcePhrase(pos: number, paragraph: number): boolean {
    const tokens = tokenize(this.masked, Math.max(paragraph, pos - SOURCE_PHRASE_REACH), pos);
    return isIssuerInSourcePhrase(tokens, tokens.length, 0);
  }

  /** Most recent subject or credited speaker before pos that accept() takes, then the most recent such mention. */
  private recentAccepted(pos: number, accept: (id: string) => boolean): string | null {
    return this.recentEvent(pos, accept)?.id ?? null;
  }

  /** Like recentAccepted, with the position of the subject, credit or mention that gave the person. */
  private recentEvent(pos: number, accept: (id: string) => boolean): SubjectEvent | null {
    let a = lastBefore(this.attributions, pos, ev => ev.pos);
    let s = lastBefore(this.subjects, pos, ev => ev.pos);
    for (let n = 0; n < PRONOUN_MAX_SUBJECTS && (a >= 0 || s >= 0); n++) {
      const useA = a >= 0 && (s < 0 || this.attributions[a].pos >= this.subjects[s].pos);
      const ev = useA ? this.attributions[a--] : this.subjects[s--];
      if (pos - ev.pos > PRONOUN_REACH) {
        break;
      }
      if (accept(ev.id)) {
        return ev;
      }
    }
    let i = this.index.lastStartingBefore(pos);
    for (let n = 0; i >= 0 && n < PRONOUN_MAX_MENTIONS; i--, n++) {
      const m = this.index.mentions[i];
      if (pos - m.start > PRONOUN_REACH) {
        break;
      }
      if (m.entity.kind === 'person' && !isMask(this.masked[m.start]) && accept(m.entity.id)) {
        return { pos: m.start, id: m.entity.id };
      }
    }
    return null;
  }

  /**
   * "It said": an organisation named as a subject in the same or the previous sentence (a name not
   * after a preposition, not possessive, not inside a quotation), else no one.
   */
  private recentBody(pos: number): string | null {
    let sentences = 0;
    let i = this.index.lastStartingBefore(pos);
    for (let k = pos - 1; k >= 0 && pos - k <= BODY_REACH; k--) {
      const code = this.masked.charCodeAt(k);
      if (code === 10 || ((code === 46 || code === 33 || code === 63) && endsSentence(this.masked, k, this.masked.length))) {
        if (++sentences > 1) {
          break;
        }
      }
      for (; i >= 0 && this.index.mentions[i].start >= k; i--) {
        const m = this.index.mentions[i];
        const before = /([\p{L}]+)\s*$/u.exec(this.masked.slice(Math.max(0, m.start - 20), m.start))?.[1]?.toLowerCase();
        if (m.entity.kind !== 'person' && !isMask(this.masked[m.start]) && !/^[’']/.test(this.text.slice(m.end, m.end + 1)) && !(before && PREPOSITIONS.has(before))) {
          return m.entity.id;
        }
      }
    }
    return null;
  }

  /**
   * "According to the union, … . “…?” it asked": where no body was named as a subject, "according to the <body
   * noun>" opening the same or the previous sentence of the paragraph names the source "it" continues; the body
   * the article called by that noun (bodyRefs.ts `describedBody`), else no one. So does "The <body noun>" as the
   * subject of a reporting verb opening that sentence ("The airline said in a statement that … . “…,” it said.").
   */
  private accordingToBody(pos: number): string | null {
    const paragraph = this.masked.lastIndexOf('\n', pos - 1) + 1;
    let from = paragraph, sentences = 0;
    for (let k = pos - 1; k > paragraph; k--) {
      const code = this.masked.charCodeAt(k);
      if ((code === 46 || code === 33 || code === 63) && endsSentence(this.masked, k, this.masked.length) && ++sentences > 1) {
        from = k + 1;
        break;
      }
    }
    const cue = /(?:^\s*|[.!?]\s+)[Aa]ccording to the (\p{Ll}+),/u.exec(this.masked.slice(from, pos));
    const head = cue?.[1] ?? this.describedSubjectOfParagraph(paragraph, pos);
    return head !== undefined && isBodyHead(head) ? this.bodies.describedBody(head, [], pos) : null;
  }

  /**
   * "The airline said in a statement that … . “…,” it said. “…,” it said.": the body noun of the last sentence of
   * the paragraph before pos that opens with "The <noun> <reporting verb>", which every later "it" of the
   * paragraph continues; undefined when none.
   */
  private describedSubjectOfParagraph(paragraph: number, pos: number): string | undefined {
    let head: string | undefined;
    for (const m of this.masked.slice(paragraph, pos).matchAll(/(?:^\s*|[.!?]\s+)The (\p{Ll}+) (\p{Ll}+)/gu)) {
      if (REPORTING_VERBS_FINITE.has(m[2])) {
        head = m[1];
      }
    }
    return head;
  }

  /** Distance from pos back to the person's latest mention before it (Infinity when none). */
  private distanceBefore(entity: Entity, pos: number): number {
    const i = lastBefore(entity.mentions, pos, mention => mention.start);
    return i < 0 ? Infinity : pos - entity.mentions[i].start;
  }

  /**
   * Whether pos is in the headline lines that open the article: every line from the start to pos's own ends
   * without a sentence's closing mark (a headline, a standfirst without a full stop), blank lines aside.
   */
  private inHeadline(pos: number): boolean {
    const lineEnd = this.text.indexOf('\n', pos);
    const lines = this.text.slice(0, lineEnd < 0 ? this.text.length : lineEnd).split('\n').map(line => line.trim()).filter(Boolean);
    return lines.length > 0 && lines.length <= HEADLINE_LINES && lines.every(line => !/[.!?:;]["'’”]?$/u.test(line));
  }

  /** The entity a description names ("the president", "the group", "the report", "the 45-year-old"), or null. */
  private describe(words: readonly string[], owner: string | null, pos: number, span?: Span): string | null {
    const first = words[0].toLowerCase();
    if (INDEFINITE_DETERMINERS.has(first)) {
      return null;
    }
    if (words.length === 1 && isBodyHead(words[0]) && this.inHeadline(span?.start ?? pos)) {
      // "“…,” union vows" in a headline: the one body the article names with that noun last (bodyRefs.ts `onlyBodyNamed`).
      return this.bodies.onlyBodyNamed(words[0]);
    }
    const description = parseTitle(words);
    const head = description.head;
    // "the president" and "Ukraine’s president" name one person; "a president" does not.
    const definite = DEFINITE_DETERMINERS.has(first) || /[’']s$/.test(first);
    if (head === undefined) {
      return definite && owner === null && words.length === 2 ? this.nationalityPerson(words[1], pos) : null;
    }
    const player = definite && owner === null ? this.describedPlayer(words, description) : undefined;
    if (player !== undefined) {
      return player === 'position' ? this.recentPerson(pos, undefined) : this.nationalityPerson(player, pos) ?? this.agedNationalityPerson(words, player, pos);
    }
    if (definite && CANDIDATE_BODY_HEADS.has(words[words.length - 1].toLowerCase())) {
      // Blocked (a person other than the candidate is named before the quotation) or naming no one: read as before.
      const candidate = span !== undefined && this.afterPreposition(span) ? null : this.candidateOf(words, owner, pos);
      if (candidate !== null && !(span !== undefined && this.otherPersonBeforeQuotation(candidate, span))) {
        return candidate;
      }
    }
    const office = span !== undefined ? this.bodies.titleOffice(words, pos, span.start) : null;
    if (office !== null) {
      return office;
    }
    const writer = this.messageWriter(words, owner, pos);
    if (writer !== null) {
      return writer;
    }
    const identified = definite && owner === null && span !== undefined ? this.identifiedNext(span) : null;
    if (identified !== null) {
      return identified;
    }
    const referent = definite ? this.definiteReferent(words, head, owner, pos) : undefined;
    if (referent !== undefined) {
      return referent;
    }
    const sort = headSort(head);
    if (sort === undefined) {
      return null;
    }
    return this.officeHolder({ description, head, sort, owner, definite, ownerBody: this.ownerNounBody(words, pos) }, pos);
  }

  /**
   * "“…,” the study's lead author said. That was X, …": a sentence right after the description's own that
   * opens "That was"/"This is" and a person names who the description was (broadcast copy names a speaker
   * after the words). Only the very next sentence, only a person; null otherwise.
   */
  private identifiedNext(span: Span): string | null {
    const rest = this.text.slice(span.end, span.end + 400);
    const stop = /[.!?](?=\s)/u.exec(rest);
    if (!stop) {
      return null;
    }
    const next = IDENTIFYING_OPENER.exec(rest.slice(stop.index + 1));
    if (!next) {
      return null;
    }
    const at = span.end + stop.index + 1 + next[0].length;
    const mention = this.index.at(at, at + 1);
    return mention && mention.start === at && mention.entity.kind === 'person' ? mention.entity.id : null;
  }

  /**
   * "Voss’s statement", "Voss’s campaign email", "her Twitter account" (word list quote-own-messages): a message
   * after a possessive speaks for its writer, the person possessing it ("his"/"her": the person the pronoun
   * would name); null for any other description.
   */
  private messageWriter(words: readonly string[], owner: string | null, pos: number): string | null {
    if (words.length < 2 || words.length > 4 || !OWN_MESSAGES.has(words[words.length - 1].toLowerCase())) {
      return null;
    }
    const first = words[0].toLowerCase();
    if (owner !== null) {
      return owner;
    }
    return first === 'his' ? this.recentPerson(pos, 'm') : first === 'her' ? this.recentPerson(pos, 'f') : null;
  }

  /**
   * "the Voss campaign", "the Ada Voss campaign", "Voss’s campaign" (word list quote-candidate-body-heads):
   * the one person of the article the capitalised words before the head name (the possessor, for
   * "Voss’s"; for "his campaign", "her office", the person the pronoun would name); null when they name no one
   * or a surname two people share ("the campaign", "the Marwick campaign"), and the description is then read as any other.
   */
  private candidateOf(words: readonly string[], owner: string | null, pos: number): string | null {
    if (owner !== null) {
      return words.length === 2 ? owner : null;
    }
    const first = words[0].toLowerCase();
    if (words.length === 2 && (first === 'his' || first === 'her')) {
      return this.recentPerson(pos, first === 'his' ? 'm' : 'f');
    }
    const name = words.slice(1, -1);
    if (name.length === 0 || !name.every(word => /^\p{Lu}/u.test(word))) {
      return null;
    }
    const full = name.join(' ');
    const named = this.persons.filter(person => person.name === full || person.aliases.includes(full) || (name.length === 1 && surnameOf(person.name) === full));
    return named.length === 1 ? named[0].id : null;
  }

  /**
   * "a sign in Voss’s office said", "the statement from Voss’s office said": the description is a preposition's
   * complement, not the subject that speaks (a statement from an office stays unnamed, as its spokesman does). Not
   * "according to", which names the source.
   */
  private afterPreposition(span: Span): boolean {
    const before = /(\p{L}+)\s+$/u.exec(this.masked.slice(Math.max(0, span.start - 20), span.start))?.[1]?.toLowerCase();
    return before !== undefined && before !== 'to' && PREPOSITIONS.has(before);
  }

  /**
   * Whether a person other than id is named between the description (span) and the quotation after it:
   * "the Voss campaign denied it, with Dana Kelso calling it “…”" quotes Kelso, not Voss. False when the
   * description follows a quotation ("“…,” the Voss campaign said") or no quotation follows within reach.
   */
  private otherPersonBeforeQuotation(id: string, span: Span): boolean {
    let back = span.start - 1;
    while (back >= 0 && /[\s,]/.test(this.masked[back])) {
      back--;
    }
    if (back >= 0 && isMask(this.masked[back])) {
      return false;
    }
    const from = span.end;
    let quoteAt = from;
    while (quoteAt < this.masked.length && quoteAt - from <= CANDIDATE_REACH && !isMask(this.masked[quoteAt])) {
      quoteAt++;
    }
    if (quoteAt - from > CANDIDATE_REACH || quoteAt >= this.masked.length) {
      return false;
    }
    for (let i = this.index.lastStartingBefore(quoteAt); i >= 0 && this.index.mentions[i].start >= from; i--) {
      const entity = this.index.mentions[i].entity;
      if (entity.kind === 'person' && entity.id !== id) {
        return true;
      }
    }
    return false;
  }

  /**
   * A definite description that is not an office: a body ("the group"), a body's document ("the
   * report"), or a generic person ("the man", "the 45-year-old"); undefined when it is none of these.
   */
  private definiteReferent(words: readonly string[], head: string, owner: string | null, pos: number): string | null | undefined {
    if (owner === null && isBodyHead(head)) {
      const modifiers = words.slice(1, -1).map(word => word.toLowerCase()).filter(word => !NEUTRAL_BODY_MODIFIERS.has(word));
      const body = this.bodies.describedBody(head, modifiers, pos);
      if (body) {
        return body;
      }
    }
    if (words.length === 2 && isDocumentHead(head)) {
      const source = this.bodies.documentSource(head, pos);
      if (source) {
        return source;
      }
    }
    if (GENERIC_PERSON_HEADS.has(head) || AGED_PERSON.test(words[words.length - 1])) {
      return this.recentPerson(pos, undefined);
    }
    return undefined;
  }

  /**
   * "the big Norwegian said", "said the big centre", "the veteran guard added": a definite description of at most four
   * words whose last is a demonym (parsed as a nationality, not a head) or a player's position (list
   * quote-player-position-nouns), with only lower-case words or an age between (how big, how old, how long in the
   * league: "the 44-year-old Irishman added"), names
   * the player the copy is about. The demonym to read as nationalityPerson does, "position" for a position (read as a
   * generic person, "the 24-year-old", is), undefined for any other description.
   */
  private describedPlayer(words: readonly string[], description: Title): string | 'position' | undefined {
    const last = words[words.length - 1];
    if (words.length > 4 || !words.slice(1, -1).every(word => /^\p{Ll}[\p{Ll}-]*$/u.test(word) || AGED_PERSON.test(word))) {
      return undefined;
    }
    if (/^\p{Lu}/u.test(last) && description.nations.length === 1 && nationalityOf(last) !== null) {
      return last;
    }
    return PLAYER_POSITION_NOUNS.has(last.toLowerCase()) ? 'position' : undefined;
  }

  /**
   * "The 44-year-old Irishman, who …, added:": an age in the description names the person the copy is about, as "the
   * 44-year-old" alone does (the current subject, recentPerson), when their titles give no other nationality. Without
   * an age ("the Irishman") a demonym names only a person of the paragraph or the one before (nationalityPerson).
   */
  private agedNationalityPerson(words: readonly string[], demonym: string, pos: number): string | null {
    const nation = nationalityOf(demonym);
    if (nation === null || !words.some(word => AGED_PERSON.test(word))) {
      return null;
    }
    const recent = this.recentPerson(pos, undefined);
    const entity = recent === null ? undefined : this.index.entity(recent);
    const description: Title = { words: [], nations: [nation], head: undefined, past: false };
    return entity?.kind === 'person' && !nationConflict(description, this.titlesOf(entity)) ? entity.id : null;
  }

  /**
   * "the Dutchman said", "the Ardian told reporters" (a capitalised singular demonym; irregular ones in
   * NATIONALITY_PERSON_NOUNS): the one person named before whose titles give that nationality ("Dutch striker X");
   * failing that, the one person named (outside quotations) earlier in the paragraph, if their titles give no other
   * nationality (not a person named paragraphs before: the paragraph may open with a description of someone else). Null
   * for a plural ("the Ardians") or any other word.
   */
  private nationalityPerson(word: string, pos: number): string | null {
    const nation = nationalityOf(word);
    if (nation === null) {
      return null;
    }
    const description: Title = { words: [], nations: [nation], head: undefined, past: false };
    const named = this.persons.filter(person => this.distanceBefore(person, pos) < Infinity
      && this.titlesOf(person).some(title => title.nations.length > 0) && !nationConflict(description, this.titlesOf(person)));
    if (named.length === 1) {
      return named[0].id;
    }
    const paragraphStart = this.text.lastIndexOf('\n', pos - 1) + 1;
    const only = this.onlyPersonBetween(paragraphStart, pos) ?? this.onlyPersonBetween(this.sentenceBeforeQuotation(paragraphStart, pos), pos)
      ?? this.personOfParagraphBefore(paragraphStart);
    const entity = only === null ? undefined : this.index.entity(only);
    return entity?.kind === 'person' && !nationConflict(description, this.titlesOf(entity)) ? entity.id : null;
  }

  /**
   * "Ana and Kai both stay. Ana posted a heart. Kai was chattier. “…,” the Swede said.": where the paragraph names
   * several people, the narration sentence right before the quotation that the description closes is the one it
   * refers back to; its start (the paragraph's start when no quotation or no sentence stands between).
   */
  private sentenceBeforeQuotation(paragraphStart: number, pos: number): number {
    let at = pos;
    while (at > paragraphStart && !isMask(this.masked[at - 1])) {
      at--;
    }
    while (at > paragraphStart && isMask(this.masked[at - 1])) {
      at--;
    }
    const narration = this.masked.slice(paragraphStart, at);
    const stop = Math.max(...['. ', '! ', '? '].map(mark => narration.lastIndexOf(mark, narration.length - 3)));
    return stop < 0 ? paragraphStart : paragraphStart + stop + 2;
  }

  /**
   * "Vardo's day got worse. … ¶ “One bad day …,” said the Italian": a paragraph that opens with the quotation
   * names nobody before the description; the one person named (outside quotations) in the paragraph before it is
   * the one the description refers back to. Null when that paragraph names none or several.
   */
  private personOfParagraphBefore(paragraphStart: number): string | null {
    let at = paragraphStart;
    while (at < this.text.length && /[ \t]/.test(this.text[at])) {
      at++;
    }
    if (!(isMask(this.masked[at]) || /^["“‘']/.test(this.text[at] ?? ''))) {
      return null;
    }
    let end = paragraphStart;
    while (end > 0 && /\s/.test(this.text[end - 1])) {
      end--;
    }
    return end > 0 ? this.onlyPersonBetween(this.text.lastIndexOf('\n', end - 1) + 1, end) : null;
  }

  /** The person a title, occupation or unnamed-source description names, by the titles the article gave them. */
  private officeHolder(reading: DescriptionReading, pos: number): string | null {
    const { description, head, sort, owner, definite } = reading;
    const holder = this.presentHolderFirst(reading, pos);
    const isTitle = sort === 'title';
    const generic = GENERIC_LEADER_HEADS.has(head) && description.words.length + description.nations.length > 1;
    const introduced = holder !== null && holder.distance < Infinity;
    if (holder && (holder.fit === 2 || (holder.fit >= 1 && isTitle && !generic && introduced))) {
      return holder.person.id;
    }
    if (holder && holder.fit >= 1 && sort === 'occupation' && introduced) {
      return holder.person.id;
    }
    if (sort === 'occupation' && definite && owner === null) {
      return this.recentPerson(pos, undefined);
    }
    if (!isTitle || UNNAMED_SOURCE_HEADS.has(head) || owner !== null || !definite) {
      return null;
    }
    return this.untitledPerson(description, pos);
  }

  /**
   * The best title holder, counting first only the titles the article does not mark as past when the
   * description does not either ("the governor" is the present governor, not the "former governor" named
   * nearer; word list quote-past-title-modifiers). When no present title fits, an office said plainly and
   * definitely ("the governor") goes to untitledPerson (the recent subject whose titles do not rule it out,
   * which a former holder's do not); any other description takes the former holders as before.
   */
  private presentHolderFirst(reading: DescriptionReading, pos: number): TitleHolder | null {
    const { description, owner, sort, definite, ownerBody } = reading;
    if (description.past) {
      return this.bestTitleFit(description, owner, pos, false, ownerBody);
    }
    const present = this.bestTitleFit(description, owner, pos, true, ownerBody);
    if (present || (sort === 'title' && definite && owner === null)) {
      return present;
    }
    return this.bestTitleFit(description, owner, pos, false, ownerBody);
  }

  /**
   * The person (other than the owner) whose titles (present ones only if asked) fit the description best, nearest first
   * among equals; null when none fits. Where the description's owner is a body called by a common noun ("the
   * regulator's chief executive"), a holder whose every fitting role names another body as its owner ("Marlow Water's
   * chief executive") ranks below an equal fit that does not, though the nearer: the description is not theirs.
   */
  private bestTitleFit(description: Title, owner: string | null, pos: number, presentOnly: boolean, ownerBody?: string | null): TitleHolder | null {
    let best: TitleHolder | null = null;
    let bestRank = 0;
    for (const person of this.holdersMatching(description)) {
      const all = this.titlesOf(person);
      const titles = presentOnly ? all.filter(title => !title.past) : all;
      if (person.id === owner || nationConflict(description, all)) {
        continue;
      }
      const fit = Math.max(0, ...titles.map(title => titleFit(description, title)));
      const rank = ownerBody !== undefined && fit > 0 && this.ownedByAnotherBody(person, description, ownerBody) ? fit - OTHER_OWNER_PENALTY : fit;
      const distance = this.distanceBefore(person, pos);
      if (fit > 0 && (rank > bestRank || (rank === bestRank && distance < (best?.distance ?? Infinity)))) {
        best = { person, fit, distance };
        bestRank = rank;
      }
    }
    return best;
  }

  /**
   * "The regulator's chief executive said": the body a definite description's owner names by a common noun (the body
   * the article last called so, bodyRefs.ts describedBody), null when none is known, undefined when the owner is no
   * common noun's possessive ("the chief executive", "Marlow Water's chief executive").
   */
  private ownerNounBody(words: readonly string[], pos: number): string | null | undefined {
    // The cue hands the description without its "the": "regulator's", "chief", "executive".
    const at = DEFINITE_DETERMINERS.has(words[0].toLowerCase()) ? 1 : 0;
    const noun = words.length >= at + 2 ? /^(\p{Ll}+)[’']s$/u.exec(words[at]) : null;
    return noun ? this.bodies.describedBody(noun[1], [], pos) : undefined;
  }

  /**
   * Whether every role of the person that fits the description is owned by a named body ("Marlow Water's chief
   * executive") other than the one the description's owner stands for (its name holding none of that body's words).
   */
  private ownedByAnotherBody(person: Entity, description: Title, ownerBody: string | null): boolean {
    const bodyName = ownerBody === null ? undefined : this.index.entity(ownerBody)?.name.toLowerCase();
    const fitting = person.roles.filter(role => titleFit(description, parseTitle(role.text.split(/\s+/))) > 0);
    return fitting.length > 0 && fitting.every(role => {
      const named = NAMED_OWNER.exec(role.text);
      return named !== null && (bodyName === undefined || !bodyName.includes(named[1].toLowerCase()));
    });
  }

  /**
   * The people (in document order, as this.persons) whose titles can fit the description at all (titleFit above 0),
   * by an index of their titles' words built on first use: a long article has thousands of people and quotations,
   * and trying every person for every description made quotation attribution quadratic.
   */
  private holdersMatching(description: Title): Entity[] {
    const index = this.holdersByTitleWord ?? this.indexHoldersByTitleWord();
    const orders = new Set(headMatchKeys(description).flatMap(key => index.get(key) ?? []));
    return [...orders].sort((left, right) => left - right).map(order => this.persons[order]);
  }

  private indexHoldersByTitleWord(): Map<string, number[]> {
    const index = new Map<string, number[]>();
    this.persons.forEach((person, order) => {
      for (const key of new Set(this.titlesOf(person).flatMap(titleIndexKeys))) {
        push(index, key, order);
      }
    });
    this.holdersByTitleWord = index;
    return index;
  }

  /**
   * "the Dutch defender" when no one has that title in the article: like a pronoun, the most recent
   * subject or mention whose titles do not rule it out; failing that, the most mentioned such person
   * introduced before it.
   */
  private untitledPerson(description: Title, pos: number): string | null {
    const fits = (candidate: Entity | undefined): boolean => {
      if (!candidate || candidate.kind !== 'person') {
        return false;
      }
      const titles = this.titlesOf(candidate);
      return !nationConflict(description, titles) && !titles.some(title => titleConflicts(description, title));
    };
    const recent = this.recentAccepted(pos, id => fits(this.index.entity(id)));
    if (recent) {
      return recent;
    }
    let best: Entity | null = null;
    for (const e of this.persons) {
      if (this.distanceBefore(e, pos) < Infinity && fits(e) && e.mentions.length > (best?.mentions.length ?? 0)) {
        best = e;
      }
    }
    return best?.id ?? null;
  }
}

/** A singular demonym ending ("Ardian", "Korean", "Pakistani"). */
const SINGULAR_DEMONYM = /(?:ian|ean|an|i)$/;

/** The nation a capitalised word naming one person by nationality names ("Dutchman", "Brazilian"), or null. */
function nationalityOf(word: string): string | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) {
    return null;
  }
  const lower = word.toLowerCase();
  if (Object.prototype.hasOwnProperty.call(NATIONALITY_PERSON_NOUNS, lower)) {
    return NATIONALITY_PERSON_NOUNS[lower];
  }
  return SINGULAR_DEMONYM.test(lower) ? nationStem(lower, true) : null;
}

/** The last word of a personal name, before a generational suffix ("Ada Keller Jr" → "Keller"); undefined for a one-word name. */
function surnameOf(name: string): string | undefined {
  const words = name.split(/\s+/);
  while (words.length > 2 && NAME_SUFFIXES.has(words[words.length - 1].replace(/\.$/, '').toLowerCase())) {
    words.pop();
  }
  return words.length > 1 ? words[words.length - 1] : undefined;
}

/** An article before a name ("a Y supporter"); the lower-case word after it. */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:a|an|the)\s+$/iu;
const LOWER_WORD_AFTER = /^\s+(\p{Ll}+)\b/u;

/**
 * "a X supporter", "The X approach": an article before the name and a lower-case content word after it (a
 * noun; not "who", "and", "of": words the lexicon files as anything but a noun or a verb).
 */
function nameAsModifier(masked: string, start: number, end: number): boolean {
  const next = LOWER_WORD_AFTER.exec(masked.slice(end, end + 30))?.[1];
  return next !== undefined && ARTICLE_BEFORE.test(masked.slice(Math.max(0, start - 6), start))
    && (lexiconFlags(next) & ~(Tag.Noun | Tag.Verb)) === 0;
}

/** Index of the last item (sorted by key) whose key is before pos, or -1. */
function lastBefore<T>(items: readonly T[], pos: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < pos) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
