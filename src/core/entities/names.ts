// Finds candidate names in one sentence: runs of capitalised words (with name particles, "of"-joined
// organisation names and department titles), split into prefix, title, honorific and name parts, so that
// "Nato Secretary General Pieter Hollander" yields "Nato" and "Pieter Hollander", and "UK Prime Minister Sir Alan
// Brightwell" yields "Alan Brightwell" with an honorific.
import { HEADLAND_TITLE_WORDS, BODY_APPOSITIVE_CLAUSE_OPENERS, KIND_ABBREVIATIONS, BROADCAST_SERVICE_WORDS, MEMBERS_BODY_VERBS, BODY_ONLY_POSTS, CALL_TO_ACTION_VERBS, PERIODICAL_HEADS, PRESS_HEADS, PRESS_COMMON_HEADS, CLUB_PREFIXES, COMPASS_WORDS, COMPANY_HEADS, RESULT_STATUS_LABELS, COMPOUND_NOUNS, FIRM_OR_PERSON_TRADES, HOLDER_OFFICE_HEADS, COUNSEL_POST_NOMINALS, NAME_PARTICLES, NAME_SUFFIXES, isPostNominal, LONE_NAMED_BODIES, ORG_HEADS, ORG_NOUNS_AFTER, ORG_HEADS_FIRST, ORG_HEADS_BEFORE_OF, ROYAL_STYLE_OPENERS, PARTY_TAG_START, PLACE_HEADS, POST_TIME_MODIFIERS, SENTENCE_STARTERS, SHIP_PREFIXES, TIME_ADVERB_OPENERS, SPEECH_VERBS, TITLE_COMPLEMENTS, TRADE_NOUNS_BEFORE, VEHICLE_ABBREVIATIONS, has, BODY_KIND_OPENERS, MILITARY_SERVICE_HEADS, CAMPAIGN_NAME_ADJECTIVES, BODY_POST_QUALIFIERS, BAND_WORDS, GROUP_MEMBERS_BEFORE_FOR, AIRLINE_ENDINGS, AIRLINE_PLACE_NOUNS, STANDING_OPENERS } from '../lexicon/entities';
import { DATE_OPENER_WORDS, DAY_PART_WORDS, FAMILY_FIRST_WORD_SURNAMES, HYPHEN_PREFIXES, NICKNAME_ADJECTIVES, PARTY_HELD_CHAMBERS, PARTY_LABELS, WEEKDAY_CLAUSE_OPENERS, WEEKDAY_EVENT_WORDS, WORD_GIVEN_NAMES, isPartyWord, GIVEN_NAME_NATIONALITY_NOUNS } from '../lexicon/names';
import { MONTHS, WEEKDAYS } from '../lexicon/numbers';
import { CLUB_NAME_ENDINGS, CLUB_ONLY_ENDINGS, CLUB_SIDE_WORDS } from '../lexicon/gazetteer/sports';
import { Tag, type Sentence, type Token } from '../nlp/tokens';
import { isLexiconInfinitive, lexiconFlags } from '../nlp/adapter';
import { ARTICLES } from '../lexicon/determiners';
import { NATIONALITY_PERSON_NOUNS } from '../lexicon/quotes';
import { advocacyGroupJoint, capitalRuns, isPlainVerb, isCrosshead, isMasthead, isTitleCaseLine, mastheadEnd, shoutingMask } from './runs';
import { capitalsBylineNames, capitalsLineNames, isCapitalsLine, isDateline, isMinuteMark } from './agencyLines';
import { inSportsSentence, isListedRun } from './gazetteer';
import { Evidence, type EvidenceFlags } from './types';
import { lowerCaseNameDrafts } from './lowerCaseNames';
import {
  TitlePart, campaignCueNear, hyphenated, isAllCaps, isCapitalised, isBodyAppositiveNoun, isCommonOpener, isDescriptiveOpener, isFamilyNameFirst, isFunctionOpener, isHead, isHonorific, isHonorificAt, inMemberStates, inGeneralRulebook, isParticle, isPossessive, joined, opensSentence, isNationalBody, isTourismBoard, isNationalSportBody, NAME_WORD_TAGS, PERSON_NAME_TAGS,
} from './words';


/** A name found in a sentence, by token indices (inclusive). */
export interface Draft {
  first: number;
  last: number;
  evidence: EvidenceFlags;
  honorific?: number;
  lead?: number;
  /** "KELSO Dana Maria": the surname, in capitals, stands first (a result table's or a notice's line). */
  surnameFirst?: boolean;
  /** "DE WITT Ivo", "VAN DER BERG Dana": how many words the surname written first has (one when not given). */
  surnameWords?: number;
}

type Kind = 'hon' | 'title' | 'name';
interface Group { kind: Kind; tokens: number[] }

function groupsOf(sentence: Sentence, run: readonly number[], parts: readonly TitlePart[]): Group[] {
  const groups: Group[] = [];
  run.forEach((i, index) => {
    // "Walter M. Osgood": a one-letter honorific ("M.") right after a name word is a middle initial.
    const initial = index > 0 && sentence[i].text.length === 1 && parts[run[index - 1]] === TitlePart.None && !isHonorificAt(sentence, run[index - 1]);
    const kind: Kind = index < run.length - 1 && isHonorificAt(sentence, i) && !initial ? 'hon' : parts[i] !== TitlePart.None ? 'title' : 'name';
    const last = groups[groups.length - 1];
    if (last && last.kind === kind) {
      last.tokens.push(i);
    } else {
      groups.push({ kind, tokens: [i] });
    }
  });
  // A title group without a head noun is part of a name ("Supreme Court", "Senate Intelligence Committee"), and so
  // is a plural title before the organisation noun that ends the run ("Chicago Teachers Union").
  groups.forEach((group, index) => {
    if (group.kind === 'title' && (!group.tokens.some(i => isHead(parts[i])) || membersOfBody(sentence, groups, index, parts) || opensAdvocacyGroup(sentence, run, group))) {
      group.kind = 'name';
    }
  });
  groups.forEach((group, index) => {
    if (royalStyleOfPost(sentence, groups, index)) {
      group.kind = 'title';
    }
  });
  const merged: Group[] = [];
  for (const g of groups) {
    const last = merged[merged.length - 1];
    if (last && last.kind === 'name' && (g.kind === 'name' || (g.kind === 'title' && restOfBodyName(sentence, last, g, parts, g === groups[groups.length - 1])))) {
      last.tokens.push(...g.tokens);
    } else {
      merged.push({ kind: g.kind, tokens: [...g.tokens] });
    }
  }
  return merged.flatMap(group => (group.kind === 'name' ? splitAfterKnownBody(sentence, group) : [group]));
}

/**
 * "HM Inspector of Policing Standards Dana Kelso", "HM Chief Inspector of Prisons X": the royal style alone (list
 * royal-style-openers) before a title group that a name follows is part of the post, not a body named "HM"; before a
 * title that ends the run it still opens a crown body's name ("HM Coastguard", `restOfBodyName`).
 */
function royalStyleOfPost(sentence: Sentence, groups: readonly Group[], index: number): boolean {
  const [style, title, name] = groups.slice(index, index + 3);
  return style.kind === 'name' && style.tokens.length === 1 && has(ROYAL_STYLE_OPENERS, sentence[style.tokens[0]].lower)
    && title?.kind === 'title' && name?.kind === 'name';
}

/**
 * "Teachers for Smaller Classes", "Nurses for Fair Pay": a plural of people that is also a title's head (list
 * group-members-before-for) opening the run (or after its place: "Kelso Doctors for Peace") before its "for"/"of" joint names an advocacy group's members, not people
 * titled so; the whole run is the group's name (`advocacyGroupJoint` read the joint).
 */
function opensAdvocacyGroup(sentence: Sentence, run: readonly number[], title: Group): boolean {
  // "Kelso Doctors for Peace", "Vardo Lawyers for Human Rights": the group's place may come before its members.
  const at = run.indexOf(title.tokens[0]);
  const [first, joint, next, after] = run.slice(at);
  if (title.tokens.length !== 1 || joint === undefined || next === undefined) {
    return false;
  }
  const word = sentence[joint].lower;
  return (word === 'for' || word === 'of') && advocacyGroupJoint(sentence, first, sentence[next].lower === 'the' ? after ?? next : next);
}

/**
 * "National Farmers Union", "Teachers Union": a plural title group followed by the run's last group, which ends in
 * an organisation noun, names the body's members, not people titled so.
 */
function membersOfBody(sentence: Sentence, groups: readonly Group[], index: number, parts: readonly TitlePart[]): boolean {
  const title = groups[index], rest = groups[index + 1];
  const plural = title.tokens.findIndex(i => parts[i] === TitlePart.PluralHead);
  if (plural < 0 || index + (rest ? 2 : 1) !== groups.length || (rest && rest.kind !== 'name')) {
    return false;
  }
  const last = rest ? rest.tokens[rest.tokens.length - 1] : title.tokens[title.tokens.length - 1];
  return (rest !== undefined || plural < title.tokens.length - 1) && has(ORG_HEADS, sentence[last].lower);
}

/**
 * Whether a title group is the rest of the organisation's name before it: right after its "of"/"for" joint
 * ("American Federation of Teachers", "Department of Justice"), or a plural title ending the run after a name
 * with such a joint ("Association of Flight Attendants"): nobody follows for it to title. So is a title ending the
 * run after a word that opens a body's name (list `org-heads-first`: "HM Coastguard", "HM Inspector"): the opener
 * makes the run a body, and the title's head ("coastguard") is the body's last word, with nobody after it.
 */
function restOfBodyName(sentence: Sentence, name: Group, title: Group, parts: readonly TitlePart[], endsRun: boolean): boolean {
  const jointAt = (i: number) => !isCapitalised(sentence[i]) && (sentence[i].lower === 'of' || sentence[i].lower === 'for');
  const lastAt = name.tokens[name.tokens.length - 1];
  // "the" after the joint is still the joint ("Office of the Schools Inspector").
  if (jointAt(lastAt) || (sentence[lastAt].lower === 'the' && name.tokens.length > 1 && jointAt(lastAt - 1))) {
    return true;
  }
  if (endsRun && name.tokens.length === 1 && has(ORG_HEADS_FIRST, sentence[name.tokens[0]].lower)) {
    return true;
  }
  const tail = title.tokens[title.tokens.length - 1];
  return endsRun && name.tokens.some(jointAt) && (parts[tail] === TitlePart.PluralHead || has(ORG_HEADS, sentence[tail].lower) || namedForHolder(sentence, name));
}

/** "Office of the Vardo Data Commissioner": a body named after its head's post (list holder-office-heads) takes the post in. */
function namedForHolder(sentence: Sentence, name: Group): boolean {
  return name.tokens.length > 2 && has(HOLDER_OFFICE_HEADS, sentence[name.tokens[0]].lower) && sentence[name.tokens[1]].lower === 'of';
}

/**
 * "(ambassador to) Nato Pieter Hollander": a known organisation's name followed by a first name and a surname is
 * two names side by side. ("CNN Turk" and "Morgan Stanley" stay whole: no first name + surname follows.)
 */
function splitAfterKnownBody(sentence: Sentence, group: Group): Group[] {
  const t = group.tokens;
  for (let k = 0; k + 2 < t.length; k++) {
    const body = sentence[t[k]], next = sentence[t[k + 1]];
    const knownBody = (body.lexicon & Tag.Organization) !== 0 && (body.lexicon & (Tag.Person | Tag.Place)) === 0;
    if (knownBody && ((next.lexicon | next.tags) & Tag.FirstName) !== 0 && (next.lexicon & Tag.Organization) === 0) {
      return [{ kind: 'name', tokens: t.slice(0, k + 1) }, { kind: 'name', tokens: t.slice(k + 1) }];
    }
  }
  return [group];
}

const FIRST_NAME = Tag.FirstName;

function startsWithFirstName(sentence: Sentence, group: Group): boolean {
  return ((sentence[group.tokens[0]].lexicon | sentence[group.tokens[0]].tags) & FIRST_NAME) !== 0;
}

/**
 * "Tan Wei-ling, the port chief, said …": a family name that is an English word too (list family-first-word-surnames)
 * opening the sentence right before a given name of two syllables joined by a hyphen, the second in lower case
 * ("Wei-ling", "Soo-min"), is the name's first word: Chinese and Korean names are written family name first, and
 * the hyphened given name is never a common word's complement. Mid-sentence the name was already whole.
 */
function opensFamilyNameBeforeHyphenedGivenName(sentence: Sentence, run: readonly number[]): boolean {
  const family = sentence[run[0]], given = sentence[run[1]], syllable = sentence[run[1] + 1];
  return run.length >= 2 && run[1] === run[0] + 1 && has(FAMILY_FIRST_WORD_SURNAMES, family.lower) && /^\p{Lu}\p{Ll}+$/u.test(family.text)
    && /^\s+$/.test(family.post) && /^\p{Lu}\p{Ll}+$/u.test(given.text) && syllable !== undefined && hyphenated(given, syllable)
    && /^\p{Ll}+$/u.test(syllable.text);
}

/** "Jean-Pierre Kabongo" opening a sentence: a common word joined by a hyphen to a capitalised one starts a name, not the sentence. */
function opensHyphenatedName(sentence: Sentence, run: readonly number[]): boolean {
  const a = sentence[run[0]];
  const b = run.length > 2 ? sentence[run[1]] : undefined;
  return b !== undefined && hyphenated(a, b) && isCapitalised(b) && !HYPHEN_PREFIXES.has(a.lower);
}

function isDemonymBeforeName(sentence: Sentence, demonym: number, next: number): boolean {
  const d = sentence[demonym], n = sentence[next];
  const nameWords = PERSON_NAME_TAGS;
  return ((d.lexicon & Tag.Demonym) !== 0 || PARTY_LABELS.has(d.lower)) && (d.lexicon & nameWords) === 0 && ((n.lexicon | n.tags) & Tag.FirstName) !== 0
    && (n.lexicon & (Tag.Organization | Tag.Place)) === 0;
}

/**
 * "Colombian Teo Barrancas won", "Eritrean Dawit Haile": a nationality opening a run of three capitalised words, the
 * next a word the lexicon does not know at all (a given name it lacks), describes the person after it, as before a
 * known first name. No word of the run may be a body's or a place's head ("Italian Vardo Airlines", "Irish Kelso Sea").
 */
function isDemonymBeforeUnknownName(sentence: Sentence, run: readonly number[]): boolean {
  const d = sentence[run[0]], n = sentence[run[1]];
  const nameWords = PERSON_NAME_TAGS;
  const head = (at: number): boolean => has(ORG_HEADS, sentence[at].lower) || has(PLACE_HEADS, sentence[at].lower);
  // The tagger reads the run after the nationality as a body's name ("African Economic Development", a course): no person.
  const bodyTagged = (at: number): boolean => at !== run[0] && (sentence[at].tags & Tag.Organization) !== 0;
  return (d.lexicon & Tag.Demonym) !== 0 && (d.lexicon & nameWords) === 0 && n.lexicon === 0 && /^\p{Lu}\p{Ll}/u.test(n.text)
    && run[1] === run[0] + 1 && /^\s+$/.test(d.post) && !run.some(head) && !run.some(bodyTagged);
}

/**
 * "her navigator, South African Joost Keyser", "North Korean Kim Tae-ho": a compass word (list compass-words) and a
 * nationality before a known first name and a surname describe the person after them, as one nationality does.
 */
function compassDemonymBeforeName(sentence: Sentence, run: readonly number[]): boolean {
  return run.length > 3 && run[1] === run[0] + 1 && has(COMPASS_WORDS, sentence[run[0]].lower) && /^\s+$/.test(sentence[run[0]].post)
    && isDemonymBeforeName(sentence, run[1], run[2]);
}

/**
 * "the Dutchman Ruud van der Kolk", "Frenchwoman Elise Marchetti won": a noun naming one person by nationality
 * (list NATIONALITY_PERSON_NOUNS, the irregular ones the tagger does not know as nationalities) before a name of two
 * words or more describes the person after it, as "Italian" does. Sports copy introduces athletes and coaches so.
 * Not a word the lexicon knows as a given name or surname ("Finn Kolk", "Pole"), and a word of the name itself must
 * be capitalised right after it.
 */
/** The nationality nouns no given name shares ("Dutchman", "Briton"; not "Finn", "Dane", "Pole", "Kiwi"). */
const NATIONALITY_NOUN_NO_NAME = /(?:man|woman)$|^(?:briton|spaniard)$/;

function nationalityNounBeforeName(sentence: Sentence, run: readonly number[]): boolean {
  const d = sentence[run[0]], n = sentence[run[1]];
  const nameWords = PERSON_NAME_TAGS;
  return Object.prototype.hasOwnProperty.call(NATIONALITY_PERSON_NOUNS, d.lower) && NATIONALITY_NOUN_NO_NAME.test(d.lower) && (d.lexicon & nameWords) === 0
    && run[1] === run[0] + 1 && /^\s+$/.test(d.post) && /^\p{Lu}\p{Ll}/u.test(n.text) && (n.lexicon & (Tag.Organization | Tag.Place)) === 0;
}

/**
 * "Democrat Valdane wins the mayor's race", "where Democrat Priya Nandakumar led": a party label opening a run of
 * capitalised words describes the politician after it, also when the lexicon knows neither a first name nor a
 * surname there (the demonym rule above needs a known first name) and when the surname alone follows in a
 * headline. The label is no given name. The word after it must not be a party word, a place, a body or a body's
 * head ("Liberal Democrats", "Labour Party", "Democratic Republic"), and no word of the run may be a body's head
 * ("Democratic National Committee", "the Liberal Country Party's Shadow Treasurer").
 */
function partyLabelBeforeName(sentence: Sentence, run: readonly number[]): boolean {
  if (run.length < 2 || !PARTY_LABELS.has(sentence[run[0]].lower)) {
    return false;
  }
  const label = sentence[run[0]], next = sentence[run[1]];
  const notName = Tag.Organization | Tag.Place | Tag.Demonym | Tag.Acronym;
  // "Tory Mazur said": a label that is also a given name (list word-given-names) keeps its reading.
  const givenName = (label.lexicon & (Tag.FirstName | Tag.LastName)) !== 0 || has(WORD_GIVEN_NAMES, label.lower);
  // A name word after it: capitalised with lower case after ("VP", "U.S." are no name); no body's head in the run, bare or possessive.
  const headWord = (at: number): boolean => has(ORG_HEADS, sentence[at].lower.replace(/['‘’]s?$/, ''));
  // An initialism ("GOP Sen. X", "GOP Chairman X") is the party's own short name before a title: left to the rules for bodies.
  const nameWord = (token: Token): boolean => /^\p{Lu}\p{Ll}/u.test(token.text);
  return run[1] === run[0] + 1 && !/[-'’]/.test(label.post) && !givenName && nameWord(label) && nameWord(next)
    && ((next.lexicon & notName) === 0) && !isPartyWord(next.lower) && !run.some(headWord);
}

/**
 * "a Democratic Senate", "the GOP Senate majority", "Republican House and Senate members": a party label opening a run
 * whose other words are all chambers (list party-held-chambers), joined by "and", says which party holds the chamber;
 * the body is the chamber, the label no word of its name. A party's own body has another word ("Democratic National
 * Committee", "Republican Party", "Republican Senate Campaign Fund") and keeps the label; so does a label hyphened to
 * the next word.
 */
function partyLabelBeforeChamber(sentence: Sentence, run: readonly number[]): boolean {
  if (run.length < 2 || !PARTY_LABELS.has(sentence[run[0]].lower) || run[1] !== run[0] + 1 || !/^\s+$/.test(sentence[run[0]].post)) {
    return false;
  }
  const rest = run.slice(1).map(at => sentence[at].lower);
  return has(PARTY_HELD_CHAMBERS, rest[0]) && rest.every(word => has(PARTY_HELD_CHAMBERS, word) || word === 'and');
}

/** How many capitalised words may describe a politician before the party label ("Assembly Republican", "Texas State Assembly Democrat"). */
const MAX_WORDS_BEFORE_PARTY = 3;

/**
 * Where the name starts when a chamber or place and a party label describe the person before it ("House
 * Republican Jane Doe", "Texas Democrat John Roe"): after the label, when a first name and more of the name
 * follow it; else 0. A label opening the run is trimmed by trimRunStart already.
 */
function describedFrom(sentence: Sentence, run: readonly number[]): number {
  // The label needs a first name and a surname after it: at + 2 inside the run.
  for (let at = 1; at <= MAX_WORDS_BEFORE_PARTY && at + 2 < run.length; at++) {
    if (PARTY_LABELS.has(sentence[run[at]].lower) && isDemonymBeforeName(sentence, run[at], run[at + 1])) {
      return at + 1;
    }
  }
  return 0;
}

/** Whether the run's word at `n` is a title's head, or a modifier with more of the title after it. */
function isTitledAt(run: readonly number[], parts: readonly TitlePart[], index: number): boolean {
  return isHead(parts[run[index]]) || (parts[run[index]] === TitlePart.Modifier && run.length > index + 1 && parts[run[index + 1]] !== TitlePart.None);
}

/**
 * "Al Jazeera", "Al-Shabaab", "Al Brandt": a name particle opening the sentence before more of the name stays.
 * So does a first name before a surname that opens with a particle ("Marine Le Vasseur", "Charles de Vautrin").
 */
function opensWithParticle(sentence: Sentence, run: readonly number[]): boolean {
  return run.length > 1 && (has(NAME_PARTICLES, sentence[run[0]].lower) || (run.length > 2 && has(NAME_PARTICLES, sentence[run[1]].lower) && !isFunctionOpener(sentence[run[0]])));
}

/**
 * "Hope Varley, a campaign spokeswoman, …", "Will Dunn said": a given name that is also a common word, opening the
 * sentence before one surname-like word and then a comma or a reporting verb, is the first name. So is it before a
 * second given name and a surname ("Jean Baptiste Okemba, who …": a compound given name written without its hyphen),
 * and before a surname that is a common word where an article's appositive describes the person ("Dean Butcher, a
 * senior analyst at …"), and before a nickname in quotation marks (`Dean "The Bulldozer" Harrower`).
 */
function opensWithGivenName(sentence: Sentence, run: readonly number[]): boolean {
  const last = run[run.length - 1], after = sentence[last + 1];
  const closes = after === undefined || /^,\s*$/.test(sentence[last].post) || (joined(sentence[last], after) && (has(SPEECH_VERBS, after.lower) || actsInPast(run, after)));
  // "Dean Butcher, a senior analyst at …": a surname that is also a trade or a common word, before a comma and an
  // article's appositive, still closes a person introduced by a description.
  const described = run.length === 2 && /^,\s+$/.test(sentence[last].post) && after !== undefined && ARTICLES.has(after.text);
  // `Dean "The Bulldozer" Harrower won …`: a nickname in quotation marks inside the run (name-joins) follows a given name.
  const nicknamed = run.length > 2 && has(WORD_GIVEN_NAMES, sentence[run[0]].lower) && /^["“‘']$/.test(sentence[run[1]].pre);
  return nicknamed || ((run.length === 2 || run.length === 3) && has(WORD_GIVEN_NAMES, sentence[run[0]].lower)
    && (run.slice(1).every(at => !isCommonOpener(sentence[at])) || described) && closes);
}

/**
 * "Bill Kelso joined the fight", "Grant Ormsby took the lead": a given name and a surname opening the sentence before a
 * verb that is no bare infinitive is that person acting; a modal's question keeps the bare verb ("Will Ormsby win?").
 * Without it the given name, a common word too, was dropped and the surname joined a namesake named in full.
 */
function actsInPast(run: readonly number[], verb: Token): boolean {
  // The lexicon marks a bare form as an infinitive ("leave") or knows it only as a noun ("win"); a past or a third
  // person's form it knows as a verb alone ("got", "took", "has"), and "-ed" is never bare.
  return run.length === 2 && /^\p{Ll}+$/u.test(verb.text) && (verb.tags & Tag.Verb) !== 0 && (verb.tags & Tag.Noun) === 0
    && ((lexiconFlags(verb.lower) & Tag.Verb) !== 0 || /ed$/.test(verb.lower)) && !isLexiconInfinitive(verb.lower);
}

/**
 * "Big Otto said it hoped …", "Little Tony, which …": an adjective of nicknames (list `nickname-adjectives`) opening the
 * sentence right before one known given name is the first word of a nickname or of a brand built on it, no common
 * word the sentence opens with.
 */
function opensWithNickname(sentence: Sentence, run: readonly number[]): boolean {
  const name = sentence[run[1]];
  return run.length === 2 && has(NICKNAME_ADJECTIVES, sentence[run[0]].lower) && (name.lexicon & (Tag.MaleName | Tag.FemaleName)) !== 0
    && (name.lexicon & (Tag.Place | Tag.Organization)) === 0;
}

/**
 * "Real Tornes have sacked their coach", "Sporting Vilaverde lost 2-0": a word that opens a club's name (list
 * `club-prefixes`) before one or two capitalised words the lexicon does not know, or in a sentence of sports copy,
 * is the club's first word, not a common word opening the sentence ("Real Estate stocks fell" keeps its opener).
 */
function opensWithClubName(sentence: Sentence, run: readonly number[]): boolean {
  return (run.length === 2 || run.length === 3) && has(CLUB_PREFIXES, sentence[run[0]].lower)
    && (run.slice(1).every(at => sentence[at].lexicon === 0) || inSportsSentence(sentence));
}

/** A club's name, or its last word alone, opening the sentence (opensWithClubName, isClubEndingSubject). */
function opensWithClubWord(sentence: Sentence, run: readonly number[]): boolean {
  return opensWithClubName(sentence, run) || isClubEndingSubject(sentence, run);
}

/**
 * "City have won six in a row", "United's captain X", "Athletic were relegated": a club's last word alone (lists
 * club-name-endings, club-only-endings) opening the sentence before a verb or with a possessive is the club as match
 * reports shorten it, though the lexicon knows the word as a common noun or adjective ("city", "united"); before a
 * noun it stays the common word ("City officials said", "United front"). The document decides: the word joins a club
 * whose name ends in it (orgForms' team endings) and names nothing else.
 */
function isClubEndingSubject(sentence: Sentence, run: readonly number[]): boolean {
  const word = sentence[run[0]], next = sentence[run[0] + 1];
  if (run.length !== 1 || !(CLUB_NAME_ENDINGS.has(word.lower) || CLUB_ONLY_ENDINGS.has(word.lower)) || !/^\p{Lu}\p{Ll}/u.test(word.text)) {
    return false;
  }
  return isPossessive(word) || (next !== undefined && /^\s+$/.test(word.post) && /^\p{Ll}/u.test(next.text) && (next.tags & Tag.Verb) !== 0 && (next.tags & Tag.Noun) === 0);
}

/**
 * "Fair Harbour, a refugee charity, said …", "Open Gates, the housing charity that …": two capitalised words opening the
 * sentence, the first a common adjective or noun, that an appositive introduces as a body (introducedAsBody): the
 * common word is the body's first word, as charities and campaigns are named ("Safe", "Open", "Fair"), not a word the
 * sentence merely opens with.
 */
function opensBodyNamedByAppositive(sentence: Sentence, run: readonly number[]): boolean {
  const first = sentence[run[0]];
  return run.length === 2 && (first.tags & (Tag.Adjective | Tag.Noun)) !== 0
    && (first.tags & (Tag.Adverb | Tag.Determiner | Tag.Preposition | Tag.Pronoun | Tag.Conjunction)) === 0
    && !has(SENTENCE_STARTERS, first.lower) && !has(TRADE_NOUNS_BEFORE, first.lower) && introducedAsBody(sentence, run[1]);
}

/**
 * "Court of Appeal judges blocked it", "Court of Protection rules changed": a body's head that starts a name before "of"
 * (list org-heads-before-of) opening the sentence before "of" and a capitalised word is the body's first word, though
 * the lexicon knows it as a common noun ("court"), as it knows "Bank" in "Bank of England".
 */
function opensWithHeadBeforeOf(sentence: Sentence, run: readonly number[]): boolean {
  return run.length >= 3 && sentence[run[1]].lower === 'of' && has(ORG_HEADS_BEFORE_OF, sentence[run[0]].lower) && isCapitalised(sentence[run[2]]);
}

/** Whether the run's first word is a common word that merely opens the sentence, and so is no part of the name. */
function opensWithCommonWord(sentence: Sentence, run: readonly number[], parts: readonly TitlePart[]): boolean {
  // (A masthead's first word is the outlet's: "Nursing Practice Weekly" on a line of its own.)
  return opensSentence(sentence, run[0]) && isCommonOpener(sentence[run[0]]) && (!isTitledAt(run, parts, 0) || firmTradeOpener(sentence, run) || has(STANDING_OPENERS, sentence[run[0]].lower)) && !isHonorific(sentence[run[0]]) && !isMasthead(sentence)
    && !opensHyphenatedName(sentence, run) && !opensFamilyNameBeforeHyphenedGivenName(sentence, run) && !opensWithParticle(sentence, run) && !isListedRun(sentence, run, parts) && !opensWithGivenName(sentence, run) && !(run.length === 3 && run[2] === run[0] + 2 && isFamilyNameFirst(sentence, run[0])) && !opensWithClubWord(sentence, run) && !opensWithNickname(sentence, run) && !opensBodyNamedByAppositive(sentence, run) && !opensWithHeadBeforeOf(sentence, run)
    && !isNationalSportBody(run.map(at => sentence[at])) && !opensCampaignName(sentence, run) && !opensCampaignOfPeople(sentence, run) && !namesAirlineAfterHeadland(sentence, run)
    // "Save the Otters said …": runs.ts joined a command's "the" and its object only where the run names a body.
    && !(run.length > 2 && sentence[run[1]].lower === 'the' && !isFunctionOpener(sentence[run[0]]))
    && !(run.length > 2 && (sentence[run[1]].lower === 'for' || sentence[run[1]].lower === 'of') && advocacyGroupJoint(sentence, run[0], sentence[run[2]].lower === 'the' ? run[3] : run[2]));
}

/**
 * "Headliners The Glass Ferrets played", "Support band The Pale Rivers opened": a word of music copy (list band-words) opening
 * the sentence before a capital "The" names the band's part in the bill; the band's own name starts at "The" (a
 * command's object keeps a lower-case "the": "Save the Otters").
 */
function opensBandNameAfterBandWord(sentence: Sentence, run: readonly number[]): boolean {
  return run.length > 2 && opensSentence(sentence, run[0]) && sentence[run[1]].text === 'The' && has(BAND_WORDS, sentence[run[0]].lower);
}

/**
 * "Save Kelby Meadows said …", "Cold Homes Action warned …": a run of three words or more that opens the sentence and
 * is its subject right before a reporting verb (list speech-verbs) keeps its first word when that word is a verb in its
 * plain form (a command cannot have a subject: the command is the campaign's name) or an adjective of a cause (list
 * campaign-name-adjectives) before a common word of its cause. No: "Rival Kelso Rovers said" (list evaluative-openers), "Tan Kai Wen said"
 * (the verb's object ends in no common noun: a family name first),
 * "Cold Kelso Council said" (a name's word after the adjective), "Save Kelby Meadows, they said" (no verb right after).
 */
function opensCampaignName(sentence: Sentence, run: readonly number[]): boolean {
  const first = sentence[run[0]], second = sentence[run[1]], after = sentence[run[run.length - 1] + 1];
  if (run.length < 3 || run[0] !== 0 || after === undefined || !has(SPEECH_VERBS, after.lower) || !joined(sentence[run[run.length - 1]], after) || isDescriptiveOpener(first)) {
    return false;
  }
  // (The command's object ends in a common noun or a plural, "Save Kelby Meadows": "Tan Kai Wen said" is a name after all.)
  const last = sentence[run[run.length - 1]];
  const command = (first.lexicon & Tag.Verb) !== 0 && (first.lexicon & (NAME_WORD_TAGS | Tag.Adjective | Tag.Adverb | Tag.Preposition | Tag.Determiner | Tag.Pronoun | Tag.Conjunction)) === 0
    && isPlainVerb(first) && !has(SENTENCE_STARTERS, first.lower) && ((last.lexicon & Tag.Noun) !== 0 || /[^s']s$/.test(last.lower)) && ((last.lexicon | last.tags) & PERSON_NAME_TAGS) === 0;
  const cause = has(CAMPAIGN_NAME_ADJECTIVES, first.lower) && (second.lexicon & Tag.Noun) !== 0 && (second.lexicon & NAME_WORD_TAGS) === 0;
  return command || cause;
}

/**
 * "Keel Point Air said …": a place's word, a headland's noun (list airline-place-nouns) and "Air" (list airline-endings)
 * name a regional airline; the first word, a common one opening the sentence, is the airline's all the same.
 */
function namesAirlineAfterHeadland(sentence: Sentence, run: readonly number[]): boolean {
  return run.length === 3 && has(AIRLINE_PLACE_NOUNS, sentence[run[1]].lower) && has(AIRLINE_ENDINGS, sentence[run[2]].lower) && run[2] === run[0] + 2
    && (sentence[run[0]].lexicon & (Tag.Adjective | Tag.Adverb)) === 0;
}

/**
 * "Concerned Parents of Arnfield, a campaign group, said …": a word of mood (an adjective or a participle) opening the
 * sentence before a plural of people who form advocacy groups (list group-members-before-for), with a campaign's cue
 * near (words.ts campaignCueNear), is the group's first word, not the sentence's.
 */
function opensCampaignOfPeople(sentence: Sentence, run: readonly number[]): boolean {
  const first = sentence[run[0]], second = sentence[run[1]];
  return run.length >= 3 && second !== undefined && has(GROUP_MEMBERS_BEFORE_FOR, second.lower) && ((first.lexicon & Tag.Adjective) !== 0 || /\p{Ll}ed$/u.test(first.text))
    && campaignCueNear(sentence, run[0], run[run.length - 1]);
}

/**
 * "Developer Kelso Homes said …", "Broker Tarrow Securities cut …": a trade a person may hold too (list
 * firm-or-person-trades, read as a title elsewhere) before a name that ends in a company's head is the firm's trade,
 * no word of its name.
 */
function firmTradeOpener(sentence: Sentence, run: readonly number[]): boolean {
  return run.length >= 3 && has(FIRM_OR_PERSON_TRADES, sentence[run[0]].lower) && has(COMPANY_HEADS, sentence[run[run.length - 1]].lower);
}

/**
 * "Before TV came calling, …", "After Radio gave her a slot, …": a lone broadcast medium left after the opener (list
 * broadcast-service-words) names no station of its own, so the opener goes even from two words.
 */
function namesMediumAlone(sentence: Sentence, run: readonly number[]): boolean {
  return run.length === 2 && has(BROADCAST_SERVICE_WORDS, sentence[run[1]].lower);
}

/**
 * "To Marwick State University professor X", "Once Vardo Council agrees", "A Vardo University poll": a preposition,
 * conjunction, adverb or "a" opening the sentence is no part of an organisation's name, nor is a company's trade
 * ("Chipmaker Vossler Microsystems has …", list `trade-nouns-before`) or a word of the side's mood or form
 * ("Struggling Vardo Rovers sacked …", "Rival Kelso Rovers fans …", list `evaluative-openers`) or of what befell it
 * ("Relegated Vardo Rovers …", list `status-openers`); the name otherwise
 * keeps its first word ("State Department", "First National Bank", "All Nippon Airways", "Real Tornes").
 */
function opensWithFunctionWord(sentence: Sentence, run: readonly number[], parts: readonly TitlePart[]): boolean {
  const token = sentence[run[0]];
  const functionWord = ((token.lexicon & (Tag.Preposition | Tag.Conjunction | Tag.Adverb)) !== 0 && (token.lexicon & (Tag.Noun | Tag.Adjective | Tag.Value | Tag.Determiner)) === 0)
    || has(POST_TIME_MODIFIERS, token.lower) || has(TIME_ADVERB_OPENERS, token.lower) || has(TRADE_NOUNS_BEFORE, token.lower) || has(BODY_KIND_OPENERS, token.lower) || isDescriptiveOpener(token)
    || has(CALL_TO_ACTION_VERBS, token.lower)
    || firmTradeOpener(sentence, run)
    // "When Kelso Ceramics shut …", "Where Kelso Group once stood …": a question word opening a clause (the tagger's
    // pronoun) is no more part of the name than "After" or "Once"
    || ((token.lexicon & Tag.Pronoun) !== 0 && (token.lexicon & (Tag.Noun | Tag.Adjective | Tag.Determiner)) === 0 && has(SENTENCE_STARTERS, token.lower))
    // "Under Kelso Board rules, …": a preposition the lexicon reads as an adjective ("under", "over") that opens the
    // sentence (list sentence-starters) is no more the body's first word than "After" is.
    || (has(SENTENCE_STARTERS, token.lower) && (token.lexicon & Tag.Adjective) !== 0 && (token.lexicon & (Tag.Noun | Tag.Value | Tag.Determiner)) === 0);
  // A lone head left ("A Commission plan" -> "Commission") would found no body: such a run keeps its opener. A word of
  // mood or fortune goes from two words as well ("Struggling Rovers sacked …": the side's short name is left).
  const shortest = isDescriptiveOpener(token) || namesMediumAlone(sentence, run) || armedServiceAlone(sentence, run) || paperHeadAlone(sentence, run) || initialsAfterArticle(sentence, run) ? 2 : 3;
  return run.length >= shortest && !isHonorific(sentence[run[1]]) && (functionWord || ARTICLES.has(token.lower)) && opensWithCommonWord(sentence, run, parts);
}

/**
 * "An SPA spokesman said", "An AG source said": "a"/"an" opening the sentence before one word in capitals, initials that
 * happen to spell a company's legal form (list org-heads), is no word of the name: the initials are a body's.
 */
function initialsAfterArticle(sentence: Sentence, run: readonly number[]): boolean {
  return run.length === 2 && (sentence[run[0]].lower === 'a' || sentence[run[0]].lower === 'an') && isAllCaps(sentence[run[1]]) && sentence[run[1]].text.length >= 2;
}

/**
 * "A Clarion probe found …", "A Ledger reporter saw …": an article before one word of a paper's head (list press-heads;
 * not "news" or "press", list press-common-heads) and a lower-case noun is the paper called by its head, as "the Clarion"
 * is, so the article goes even from two words ("A Clarion" was a second body beside the masthead's paper).
 */
function paperHeadAlone(sentence: Sentence, run: readonly number[]): boolean {
  const head = sentence[run[1]], next = sentence[run[run.length - 1] + 1];
  return run.length === 2 && ARTICLES.has(sentence[run[0]].lower) && sentence[run[0]].lower !== 'the' && has(PRESS_HEADS, head.lower)
    && !has(PRESS_COMMON_HEADS, head.lower) && next !== undefined && /^\p{Ll}+$/u.test(next.text) && joined(head, next);
}

/**
 * "An Army sergeant said", "A Navy spokesman said": an article before one word of an armed service (list
 * military-service-heads) leaves the service itself, a body of its own (not "a Commission plan", where a lone head
 * would found none), so the article goes even from two words.
 */
function armedServiceAlone(sentence: Sentence, run: readonly number[]): boolean {
  return run.length === 2 && ARTICLES.has(sentence[run[0]].lower) && sentence[run[0]].lower !== 'the' && has(MILITARY_SERVICE_HEADS, sentence[run[1]].lower);
}

/**
 * "Former Rovers captain X", "Ex-Vardo striker X": a word that says when a post was held (list
 * `post-time-modifiers`), opening the sentence before another capitalised word, qualifies the post after the name
 * and is never the name's first word, however short the name left ("Rovers").
 */
function opensWithPostTime(sentence: Sentence, run: readonly number[]): boolean {
  return run.length > 1 && opensSentence(sentence, run[0]) && has(POST_TIME_MODIFIERS, sentence[run[0]].lower) && isCapitalised(sentence[run[1]]);
}

/** Full month names ("march", "may"), not their abbreviations: "on Jan Kelso's orders" may be a first name. */
const FULL_MONTHS: ReadonlySet<string> = new Set(Object.keys(MONTHS).filter(month => !Object.keys(MONTHS).some(other => MONTHS[other] === MONTHS[month] && other.length > month.length)));

/**
 * "On Friday Orla Brandt said …", "In March Vardo Foods cut …", "Last Sunday Tom Wrede scored": a weekday or a full
 * month right after a word of time (list `date-opener-words`), before two or more capitalised words, is the date of
 * the clause, no part of the name after it (the tagger's date would otherwise sink the whole run). A part of the day
 * after a weekday keeps it ("on Monday Night Live", list `day-part-words`); one word after it may be a surname of
 * a weekday-named person or a title ("on April Kelso's show").
 */
function opensWithDate(sentence: Sentence, run: readonly number[]): boolean {
  const date = sentence[run[0]], before = sentence[run[0] - 1], next = sentence[run[1]];
  // "a September Kelso Herald poll": after an article, a month that is no given name ("April", "June" may be) dates the
  // poll or the report the name qualifies, as "last September" would.
  const datedByArticle = before !== undefined && ARTICLES.has(before.lower) && FULL_MONTHS.has(date.lower) && (date.lexicon & Tag.FirstName) === 0;
  return (run.length >= 3 || weekdayBeforeOneWord(sentence, run)) && before !== undefined && (has(DATE_OPENER_WORDS, before.lower) || datedByArticle) && joined(before, date)
    && (WEEKDAYS.has(date.lower) || FULL_MONTHS.has(date.lower)) && joined(date, next) && !has(DAY_PART_WORDS, next.lower);
}

/**
 * "On Thursday Marten added the firm to its site", "Since Monday Vardo has …": a weekday (not a month: "on April
 * Kelso's show" may be a given name) before one capitalised word, after "on", "since" or "until", dates the clause;
 * a one-word name of a body or a gang would sink into it (list weekday-clause-openers). Not before a body's head ("on
 * Sunday Times readers" … the paper's name) nor a possessive.
 */
function weekdayBeforeOneWord(sentence: Sentence, run: readonly number[]): boolean {
  const date = sentence[run[0]], before = sentence[run[0] - 1], next = sentence[run[1]];
  return run.length === 2 && before !== undefined && has(WEEKDAY_CLAUSE_OPENERS, before.lower) && WEEKDAYS.has(date.lower)
    && !has(ORG_HEADS, next.lower) && !isPossessive(next);
}

/**
 * "34' GOAL Tesch (Harlow)", "71' RED CARD Pell": in a key-event line opened by a minute mark, the event's label in
 * capitals before a name in mixed case is no part of the name.
 */
function opensWithEventLabel(sentence: Sentence, run: readonly number[]): boolean {
  let minute = run[0] - 1;
  while (minute >= 0 && isAllCaps(sentence[minute])) {
    minute--;
  }
  return run.length > 1 && isMinuteMark(sentence[minute]) && isAllCaps(sentence[run[0]]) && !isAllCaps(sentence[run[run.length - 1]]);
}

/**
 * Whether the run is a body's name: it ends with a body's head noun ("Vardo Arts Council"), or the head is followed
 * only by places ("Arts Council England", "Research Council Norway", the country a national body is named for; two words
 * only as a public service's and a nation's, isNationalBody: "Police Scotland"), so
 * a common noun opening the sentence before it is the name's first word, as in "Arts Council England said …".
 */
function namesBody(sentence: Sentence, run: readonly number[]): boolean {
  if (run.length < 2) {
    return false;
  }
  if (isNationalBody(run.map(index => sentence[index])) || isTourismBoard(sentence, run)) {
    return true;
  }
  let at = run.length - 1;
  while (at > 1 && ((sentence[run[at]].tags | sentence[run[at]].lexicon) & Tag.Place) !== 0) {
    at--;
  }
  return has(ORG_HEADS, sentence[run[at]].lower);
}

/**
 * "Defence procurement minister X said", "Health minister X": capitalised title modifiers opening the sentence right
 * before the lower-case rest of the title are the title's first words (read as the role), no name of their own that
 * a body's short form ("the Defence Committee") could take. Words the lexicon knows as a name, party labels
 * ("Democratic leaders said") and bodies' heads that name no portfolio ("Union leader X", "Green Party candidate X";
 * a portfolio is a department of list title-complements, as "Defence" is) keep their reading.
 */
function opensLowerCaseTitle(sentence: Sentence, run: readonly number[], parts: readonly TitlePart[]): boolean {
  const last = run[run.length - 1], after = sentence[last + 1];
  const nameLike = NAME_WORD_TAGS | Tag.Acronym;
  const portfolioWord = (token: Token): boolean => (token.lexicon & nameLike) === 0 && !has(PARTY_LABELS, token.lower)
    && (!has(ORG_HEADS, token.lower) || has(TITLE_COMPLEMENTS, token.lower));
  // A word glued by a hyphen to the lower-case word after it ("First-team coach X") is a compound the gazetteer's
  // rules read as a name's first part, left as it was.
  return run.length > 0 && opensSentence(sentence, run[0]) && run.every((at, k) => at === run[0] + k && parts[at] === TitlePart.Modifier && portfolioWord(sentence[at]))
    && after !== undefined && joined(sentence[last], after) && !run.some(at => /-/.test(sentence[at].post + (sentence[at + 1]?.pre ?? ''))) && /^\p{Ll}/u.test(after.text) && parts[last + 1] !== TitlePart.None;
}

/**
 * The run without the common words opening the sentence (the first of them is the `lead`, which may turn out
 * to be a first name), a leading "the", and a nationality or party before a first name and a surname ("the
 * Italian Marco Bellini", "Republican Jane Doe"; "Italian Airlines" keeps it: no first name). An
 * organisation's name keeps its first word ("State Department", "Supreme Court").
 */
function trimRunStart(sentence: Sentence, run: number[], parts: readonly TitlePart[]): { run: number[]; lead?: number } {
  if (opensLowerCaseTitle(sentence, run, parts)) {
    return { run: [] };
  }
  let lead: number | undefined;
  const orgName = namesBody(sentence, run);
  while (run.length && (opensWithDate(sentence, run) || opensWithPostTime(sentence, run) || opensWithEventLabel(sentence, run) || (orgName ? opensWithFunctionWord(sentence, run, parts) : opensWithCommonWord(sentence, run, parts)))) {
    lead = lead ?? run[0];
    run = run.slice(1);
    while (run.length && !isCapitalised(sentence[run[0]])) {
      run = run.slice(1);
    }
  }
  if (opensBandNameAfterBandWord(sentence, run)) {
    lead = lead ?? run[0];
    run = run.slice(1);
  }
  while (run.length > 1 && sentence[run[0]].lower === 'the') {
    run = run.slice(1);
  }
  while (run.length > 2 && (isDemonymBeforeName(sentence, run[0], run[1]) || isDemonymBeforeUnknownName(sentence, run) || nationalityNounBeforeName(sentence, run))) {
    run = run.slice(1);
  }
  if (compassDemonymBeforeName(sentence, run)) {
    run = run.slice(2);
  }
  if (partyLabelBeforeName(sentence, run) || partyLabelBeforeChamber(sentence, run)) {
    run = run.slice(1);
  }
  run = run.slice(kindAbbreviationEnd(sentence, run));
  return { run: run.slice(describedFrom(sentence, run)), lead };
}

/**
 * "UK MNO Pellion has blamed …", "Dutch MVNO Lantern said": an abbreviation of a kind of body (list kind-abbreviations),
 * first in the run or after one word of its country ("UK", "Dutch"), before capitalised words is the kind of the body named after it, no word of
 * its name; the index where the name starts (0 when there is none).
 */
function kindAbbreviationEnd(sentence: Sentence, run: readonly number[]): number {
  const at = run.findIndex((index, i) => i < 2 && isAllCaps(sentence[index]) && has(KIND_ABBREVIATIONS, sentence[index].lower));
  if (at < 0 || at === run.length - 1) {
    return 0;
  }
  return at + 1;
}

/**
 * "Cotton said …": a known word opening the sentence may still be the surname of someone named elsewhere (Weak). One
 * introduced by an appositive that says what body it is ("Amity, the performers' union, said …") is that body's name.
 */
function leadAlone(sentence: Sentence, parts: readonly TitlePart[], lead: number | undefined): Draft[] {
  const only = lead !== undefined && !isFunctionOpener(sentence[lead]) && parts[lead] === TitlePart.None ? lead : undefined;
  return only === undefined ? [] : [{ first: only, last: only, evidence: introducedAsBody(sentence, only) ? 0n : Evidence.Weak }];
}

/**
 * "Keystone, which represents engineers, said …": a word set off by a comma before "which" and a verb of speaking for
 * members (list members-body-verbs) is a union's or a trade body's name, though a common word capitalised for opening
 * the sentence (rule speaks-for-members reads it so once it is a name).
 */
function speaksForMembersAfter(sentence: Sentence, at: number): boolean {
  const which = sentence[at + 1], verb = sentence[at + 2];
  return which !== undefined && verb !== undefined && /^,\s+$/.test(sentence[at].post) && which.text === 'which'
    && has(MEMBERS_BODY_VERBS, verb.lower) && joined(which, verb);
}

/**
 * "Beacon's chief executive, X,", "Beacon's founder X said": a possessive word before a post only a body holds (list
 * body-only-posts; "chief" may stand between) is that body's name, though a common word capitalised for opening the
 * sentence; not a word the lexicon knows as a person's name or a place. A spokesperson is left out: a politician's
 * surname goes before one as often ("Kelso's spokeswoman said").
 */
export function possessiveBeforeBodyPost(sentence: Sentence, at: number): boolean {
  const owner = sentence[at];
  const qualified = sentence[at + 1]?.lower === 'chief' || has(BODY_POST_QUALIFIERS, sentence[at + 1]?.lower ?? '');
  const post = qualified ? sentence[at + 2] : sentence[at + 1];
  return post !== undefined && /['’]s$/.test(owner.text) && (owner.lexicon & (PERSON_NAME_TAGS | Tag.Place)) === 0 && / +$/.test(owner.post)
    && has(BODY_ONLY_POSTS, post.lower) && !isCapitalised(post);
}

/** Most words of a body's name read in the possessive before its post (possessiveNameBeforeBodyPost). */
const MAX_POSSESSIVE_BODY_WORDS = 4;

/**
 * "Blue Anchor's chief executive", "the board sacked Harbour Light's founder": possessiveBeforeBodyPost for a name of
 * two to four capitalised words anywhere in the sentence; none of them a word the lexicon knows as a person's name or a
 * place, so a full name with a known given name ("Dana Kelso's co-founder") or a town's ("New Kelso's founder") stays.
 */
export function possessiveNameBeforeBodyPost({ sentence, draft, words }: { readonly sentence: Sentence; readonly draft: Draft; readonly words: readonly Token[] }): boolean {
  return words.length >= 2 && words.length <= MAX_POSSESSIVE_BODY_WORDS && draft.last - draft.first + 1 === words.length
    && words.every(word => isCapitalised(word) && (word.lexicon & (PERSON_NAME_TAGS | Tag.Place)) === 0)
    && possessiveBeforeBodyPost(sentence, draft.last);
}

/** Most words of an appositive from its article to the body's noun ("the performers' union", "a trade body"). */
const MAX_BODY_APPOSITIVE_WORDS = 5;

/**
 * "Amity, the performers' union, said …", "Parity, a trade body, said …": a word set off by a comma before an
 * article, lower-case words and a noun of a kind of body (lists org-nouns-after, org-appositive-nouns) closed by a
 * comma is the name of that body, though the word is a common one capitalised for opening the sentence.
 */
export function introducedAsBody(sentence: Sentence, at: number): boolean {
  const article = sentence[at + 1];
  if (speaksForMembersAfter(sentence, at) || possessiveBeforeBodyPost(sentence, at)) {
    return true;
  }
  if (!/^,\s+$/.test(sentence[at].post) || article === undefined || !ARTICLES.has(article.text)) {
    return false;
  }
  for (let q = at + 2; q < sentence.length && q <= at + MAX_BODY_APPOSITIVE_WORDS; q++) {
    const token = sentence[q];
    if (isCapitalised(token)) {
      return false;
    }
    if (has(ORG_NOUNS_AFTER, token.lower) || isBodyAppositiveNoun(sentence, q)) {
      return /^,/.test(token.post) || describedFurther(sentence, q);
    }
  }
  return false;
}

/**
 * "X, the buyers' coalition backed by two banks, has …", "X, a rights group founded in 2010, said …": the body's noun
 * goes on with a participle or a relative pronoun (list body-appositive-clause-openers) and the appositive still closes
 * with a comma before the sentence's verb, within a few words.
 */
function describedFurther(sentence: Sentence, noun: number): boolean {
  const next = sentence[noun + 1];
  if (next === undefined || !joined(sentence[noun], next) || !has(BODY_APPOSITIVE_CLAUSE_OPENERS, next.lower)) {
    return false;
  }
  for (let q = noun + 1; q < sentence.length && q <= noun + MAX_APPOSITIVE_CLAUSE_WORDS; q++) {
    if (/^,/.test(sentence[q].post)) {
      return true;
    }
  }
  return false;
}

/** Most words from a body's noun to the comma closing the clause that describes it further. */
const MAX_APPOSITIVE_CLAUSE_WORDS = 8;

/** The run split before its generational suffixes, which belong to the name before them whatever it looks like ("Bishop Jr"). */
function splitSuffixes(sentence: Sentence, run: readonly number[]): { run: number[]; suffix: number[] } {
  let suffixes = 0;
  while (suffixes < run.length - 1 && has(NAME_SUFFIXES, sentence[run[run.length - 1 - suffixes]].lower)) {
    suffixes++;
  }
  return { run: run.slice(0, run.length - suffixes), suffix: run.slice(run.length - suffixes) };
}

/**
 * Whether the run ends as an organisation's name. compromise's organisation tag on the last word counts only
 * when it is not lent by a longer phrase after the name ("President-elect Jane Doe's administration":
 * "administration" makes the whole an organisation).
 */
function endsAsOrg(sentence: Sentence, run: readonly number[]): boolean {
  const lastToken = sentence[run[run.length - 1]];
  const afterRun = sentence[run[run.length - 1] + 1];
  const lentByPhrase = isPossessive(lastToken) || (afterRun !== undefined && !isCapitalised(afterRun) && (afterRun.tags & Tag.Organization) !== 0);
  return has(ORG_HEADS, lastToken.lower) || ((lastToken.tags & Tag.Organization) !== 0 && (lastToken.tags & Tag.Person) === 0 && !lentByPhrase);
}

/**
 * "Farrow Head Lighthouse", "Vardo Head Spaceport": a place word, a title word that is also a headland's noun (list
 * headland-title-words) and a place head ending the run (list place-heads) are one place's name, not a person "Lighthouse"
 * titled "Farrow Head".
 */
function headlandBeforePlaceHead(sentence: Sentence, groups: readonly Group[]): boolean {
  if (groups.length !== 3 || groups[0].kind !== 'name' || groups[1].kind !== 'title' || groups[2].kind !== 'name') {
    return false;
  }
  const [title, last] = [groups[1].tokens, groups[2].tokens];
  return title.length === 1 && last.length === 1 && last[0] === title[0] + 1 && has(HEADLAND_TITLE_WORDS, sentence[title[0]].lower)
    && has(PLACE_HEADS, sentence[last[0]].lower);
}

/**
 * "Chief of Staff Tom Mills", "Finance Minister Ana Banks": a title group, then a last group of two words whose first
 * is a given name the lexicon knows, is a titled person, even when the surname is a body's head noun ("Mills",
 * "Banks"); a body's name opens with no given name after a post.
 */
function titledGivenNameAndSurname(sentence: Sentence, groups: readonly Group[]): boolean {
  const name = groups[groups.length - 1], title = groups[groups.length - 2];
  return title.kind === 'title' && name.tokens.length === 2 && (sentence[name.tokens[0]].lexicon & (Tag.MaleName | Tag.FemaleName)) !== 0;
}

/**
 * The groups of a run, settled: an organisation's name takes its title words in ("Foreign Ministry"); a
 * title after a name with a first name or suffix joins it; the suffixes go back on the last name. Returns
 * whether the last group is a title word made a name after an honorific ("Dr Bishop", but also "Mr
 * President": a name only if the document names someone so, hence Weak).
 */
function settleGroups(sentence: Sentence, run: readonly number[], suffix: readonly number[], parts: readonly TitlePart[]): { groups: Group[]; weakLast: boolean } {
  let groups = withoutNationalityAfterTitle(sentence, groupsOf(sentence, run, parts));
  if (headlandBeforePlaceHead(sentence, groups)) {
    groups = [{ kind: 'name', tokens: groups.flatMap(group => group.tokens) }];
  }
  if (endsAsOrg(sentence, run) && groups.length > 1 && groups[groups.length - 1].kind === 'name' && !titledGivenNameAndSurname(sentence, groups)) {
    const firstName = groups.findIndex(group => group.kind !== 'hon');
    groups = [...groups.slice(0, firstName), { kind: 'name', tokens: groups.slice(firstName).flatMap(group => group.tokens) }];
  }
  const last = groups[groups.length - 1];
  const before = groups[groups.length - 2];
  if (last.kind === 'title' && before?.kind === 'name' && (startsWithFirstName(sentence, before) || suffix.length) && !isHead(parts[before.tokens[0]])) {
    before.tokens.push(...last.tokens);
    groups.pop();
  }
  if (suffix.length && groups[groups.length - 1].kind === 'name') {
    groups[groups.length - 1].tokens.push(...suffix);
  }
  const end = groups[groups.length - 1], hon = groups[groups.length - 2];
  const weakLast = end.kind === 'title' && end.tokens.length === 1 && hon?.kind === 'hon';
  if (weakLast) {
    end.kind = 'name';
  }
  return { groups, weakLast };
}

/**
 * "Fellow Dane Ivo Brandt", "Compatriot Swede Ola Brandt": a nationality between a title and a full name describes the
 * person, as it does opening the run (trimRunStart); the name starts after it. A nationality noun that is also a given
 * name ("Dane", list given-name-nationality-nouns) goes too when two more words follow it.
 */
function withoutNationalityAfterTitle(sentence: Sentence, groups: Group[]): Group[] {
  return groups.map((group, at) => {
    const tokens = group.tokens;
    const nationality = at > 0 && groups[at - 1].kind === 'title' && group.kind === 'name' && tokens.length >= 3 && tokens[1] === tokens[0] + 1
      && (isDemonymBeforeName(sentence, tokens[0], tokens[1]) || isDemonymBeforeUnknownName(sentence, tokens) || nationalityNounBeforeName(sentence, tokens)
        || GIVEN_NAME_NATIONALITY_NOUNS.has(sentence[tokens[0]].lower));
    return nationality ? { kind: group.kind, tokens: tokens.slice(1) } : group;
  });
}

/**
 * "former Miss Universe Alicia X", "Miss Kelso Dana Y": "Miss" and a word that is no first name, before a first
 * name and a surname, is a pageant's title; the person's name starts at the first name.
 */
function isPageantTitle(sentence: Sentence, hon: Group, group: Group): boolean {
  const firstName = (i: number) => ((sentence[i].lexicon | sentence[i].tags) & FIRST_NAME) !== 0;
  return sentence[hon.tokens[hon.tokens.length - 1]].lower === 'miss' && group.tokens.length >= 3 && !firstName(group.tokens[0]) && firstName(group.tokens[1]);
}

/**
 * "spokesman Marine Maj. X", "Coast Guard Cmdr. X": a word between a title or the run's start and a rank abbreviation
 * before a name is the service or place the rank belongs to, no person (nor a body of its own unless the
 * lexicon knows it as one: "Air Force Col. X" keeps the Air Force).
 */
function modifiesRank(sentence: Sentence, groups: readonly Group[], index: number): boolean {
  const group = groups[index], rank = groups[index + 1], named = groups[index + 2];
  const before = groups[index - 1];
  if (group.tokens.length !== 1 || rank?.kind !== 'hon' || named?.kind !== 'name' || (before !== undefined && before.kind !== 'title')) {
    return false;
  }
  const word = sentence[group.tokens[0]], rankWord = sentence[rank.tokens[0]];
  const abbreviated = rankWord.text.endsWith('.') || rankWord.post.startsWith('.');
  return abbreviated && ((word.lexicon | word.tags) & (FIRST_NAME | Tag.Organization)) === 0;
}

/** The drafts of the name groups: an honorific before a name marks it, the lead goes to the first. */
function draftsOf(sentence: Sentence, groups: readonly Group[], lead: number | undefined, weakLast: boolean): Draft[] {
  const drafts: Draft[] = [];
  groups.forEach((group, index) => {
    if (group.kind !== 'name') {
      return;
    }
    const prev = groups[index - 1];
    if (modifiesRank(sentence, groups, index)) {
      return;
    }
    const draft: Draft = { first: group.tokens[0], last: group.tokens[group.tokens.length - 1], evidence: 0n };
    if (prev?.kind === 'hon' && isPageantTitle(sentence, prev, group)) {
      draft.first = group.tokens[1];
    } else if (prev?.kind === 'hon') {
      draft.honorific = prev.tokens[prev.tokens.length - 1];
      draft.evidence |= Evidence.Honorific;
    }
    if (index === 0 && lead !== undefined) {
      draft.lead = lead;
    }
    if (weakLast && index === groups.length - 1) {
      draft.evidence |= Evidence.Weak;
    }
    drafts.push(draft);
  });
  return drafts;
}

/** "told Vardo News Tuesday": a weekday after a name is the date of what it did, not part of the name ("Super Tuesday" stays). */
function withoutTrailingWeekday(sentence: Sentence, run: number[]): number[] {
  const last = run.length > 1 ? sentence[run[run.length - 1]] : undefined;
  const before = sentence[run[run.length - 2]];
  return last && WEEKDAYS.has(last.lower) && !WEEKDAY_EVENT_WORDS.has(before.lower) ? run.slice(0, -1) : run;
}

/**
 * "Aria SUVs and Marlowe saloons", "a Kelso MPV": a car's body style in capitals (list vehicle-abbreviations) after a
 * model's name is no word of it; left off, it makes the name before it the model (rule vehicle-noun-after).
 */
function withoutTrailingVehicleAbbreviation(sentence: Sentence, run: number[]): number[] {
  const last = run.length > 1 ? sentence[run[run.length - 1]] : undefined;
  return last && has(VEHICLE_ABBREVIATIONS, last.lower) && !isAllCaps(sentence[run[run.length - 2]]) ? run.slice(0, -1) : run;
}

/**
 * "an Airbus A321neo", "the Kelso K200 van", "eight Vardo VX350s": a maker's name before a model's code (a capital or
 * two and digits, perhaps a lower-case suffix) names the maker; the code is the product's, no word of the body's name.
 * An age group's side ("Kelso U21s") is the club's own.
 */
const MODEL_CODE = /^\p{Lu}{1,2}\d{2,}(?:\p{Ll}+|-\p{Lu}?\d+)?$/u;
const AGE_GROUP_SIDE = /^U\d{2}s?$/;

function isModelCodeWord(text: string): boolean {
  return MODEL_CODE.test(text) && !AGE_GROUP_SIDE.test(text);
}

function withoutTrailingModelCode(sentence: Sentence, run: number[]): number[] {
  const last = run.length > 1 ? sentence[run[run.length - 1]] : undefined;
  return last && isModelCodeWord(last.text) && !/^['’]/.test(last.post) ? run.slice(0, -1) : run;
}

/**
 * "Kelso Rovers Women are …", "Dunmore City Ladies": a side word (list club-side-words) after a club's name ending
 * (list club-name-endings) is left off the name, which is the club's: the women's side is written as its club and the
 * word. Not a possessive ("Kelso County Women's Institute" goes on past it).
 */
function withoutClubSideWord(sentence: Sentence, run: number[]): number[] {
  const last = run.length > 2 ? sentence[run[run.length - 1]] : undefined;
  const ending = sentence[run[run.length - 2]];
  return last && CLUB_SIDE_WORDS.has(last.lower) && !/^['’]/.test(last.post) && CLUB_NAME_ENDINGS.has(ending.lower) ? run.slice(0, -1) : run;
}

/**
 * "Dana Kelso MP", "Idris Penhale KC OBE": the name without the post-nominal letters after it (list post-nominals).
 * Applied once roles are found, so that what follows the letters ("X KC, for the defence, said") is read as it
 * would be after the bare name; the draft itself is kept when the word before the letters is no name word.
 */
export function withoutPostNominals(sentence: Sentence, draft: Draft): Draft {
  let last = draft.last;
  while (last > draft.first && (isPostNominal(sentence[last].text) || isCounselLetters(sentence, draft.first, last))) {
    last--;
  }
  const name = sentence[last];
  return last < draft.last && isCapitalised(name) && !/^[A-Z]+$/.test(name.text) ? { ...draft, last } : draft;
}

/**
 * "Dana Kelso SC": a senior barrister's letters (list counsel-post-nominals), in capitals after a known given name and a
 * surname; "Kelso SC" (a club) keeps them, having no given name before. A given name the lexicon does not know counts
 * before a surname it knows as one, and no place ("Eamon Fitzgerald SC"); "Marwick City SC" and "Vardo Rovers SC" stay
 * clubs.
 */
function isCounselLetters(sentence: Sentence, first: number, at: number): boolean {
  const letters = sentence[at];
  if (at - first < 2 || !/^[A-Z]{2}$/.test(letters.text) || !has(COUNSEL_POST_NOMINALS, letters.lower)) {
    return false;
  }
  const given = sentence[first], surname = sentence[at - 1];
  return (given.lexicon & (Tag.MaleName | Tag.FemaleName)) !== 0
    || (at - first === 2 && (surname.lexicon & Tag.LastName) !== 0 && ((given.lexicon | surname.lexicon) & (Tag.Place | Tag.Organization)) === 0);
}

/**
 * "the MV Kestrel Dawn", "HMS Tarrow": a ship's prefix in capitals (list ship-prefixes) opening the run is left off the
 * name, which the evidence rule named-vessel then reads as a ship's from the prefix before it. Not before a body's head
 * ("the MS Society") nor before words in capitals (a shouted line).
 */
export function withoutShipPrefix(sentence: Sentence, run: number[]): number[] {
  if (run.length < 2 || !isShipPrefix(sentence[run[0]]) || isAllCaps(sentence[run[1]]) || has(ORG_HEADS, sentence[run[run.length - 1]].lower)) {
    return run;
  }
  return run.slice(1);
}

/** A ship's prefix as written: capitals only, joined to the next word by a space (list ship-prefixes). */
export function isShipPrefix(token: Token | undefined): boolean {
  return token !== undefined && /^[A-Z]{2,5}$/.test(token.text) && /^ +$/.test(token.post) && has(SHIP_PREFIXES, token.lower);
}

/** Splits one run into candidate names. */
function namesOfRun(sentence: Sentence, whole: number[], parts: readonly TitlePart[]): Draft[] {
  const { run: started, lead } = trimRunStart(sentence, whole, parts);
  const trimmed = withoutClubSideWord(sentence, withoutTrailingModelCode(sentence, withoutTrailingVehicleAbbreviation(sentence, withoutTrailingWeekday(sentence, withoutShipPrefix(sentence, started)))));
  if (!trimmed.length) {
    return leadAlone(sentence, parts, lead);
  }
  const { run, suffix } = splitSuffixes(sentence, trimmed);
  const { groups, weakLast } = settleGroups(sentence, run, suffix, parts);
  return draftsOf(sentence, groups, lead, weakLast);
}

/** Splits "X-Y" used as a modifier ("the X-Y summit") into two names. */
function splitHyphenPair(sentence: Sentence, run: number[]): number[][] {
  if (run.length !== 2 || !hyphenated(sentence[run[0]], sentence[run[1]])) {
    return [run];
  }
  // Only a noun of meetings and relations after the pair makes it two names; "Adebayo-Okafor winner" is one.
  const next = sentence[run[1] + 1];
  const modifier = next && joined(sentence[run[1]], next) && !isCapitalised(next) && has(COMPOUND_NOUNS, next.lower);
  const places = [sentence[run[0]], sentence[run[1]]].every(token => ((token.tags | token.lexicon) & Tag.Place) !== 0) && !actsAsPerson(sentence, run);
  return modifier || places ? [[run[0]], [run[1]]] : [run];
}

/**
 * "“…,” Quintero-Marsh said", "Ms. Quintero-Marsh": a hyphened pair right before a verb of speech (list speech-verbs) or
 * right after an honorific is a double-barrelled surname, though the tagger knows both halves as places (Spanish and
 * English surnames often are towns: "Quintero", "Marsh"); two places joined so ("the Dallas-Houston corridor",
 * "Austria-Hungary") neither speak nor take a "Ms.".
 */
function actsAsPerson(sentence: Sentence, run: readonly number[]): boolean {
  const before = sentence[run[0] - 1], after = sentence[run[1] + 1];
  return (after !== undefined && joined(sentence[run[1]], after) && has(SPEECH_VERBS, after.lower)) || (before !== undefined && isHonorific(before));
}

/**
 * "told Congress Vardo needed more money", "warned Parliament Tarrow was ready": a body named by its noun alone (list
 * `lone-named-bodies`) opening a run right after a lower-case verb, with a lower-case verb right after the run (no
 * punctuation between: "read: “Council Tories were wrong”" opens a quotation), is the
 * verb's object, and the words after it are the subject of the clause that verb opens: two names. Not before a
 * head noun ("told Parliament Kelso Committee") nor without a verb on both sides ("Congress Vardo office").
 */
function splitLoneBodyBeforeClause(sentence: Sentence, run: number[]): number[][] {
  const body = sentence[run[0]], before = sentence[run[0] - 1], after = sentence[run[run.length - 1] + 1];
  const verb = (token: Token | undefined): boolean => token !== undefined && !isCapitalised(token) && (token.tags & Tag.Verb) !== 0;
  const last = sentence[run[run.length - 1]];
  if (run.length < 2 || !has(LONE_NAMED_BODIES, body.lower) || !verb(before) || !verb(after) || !joined(before, body) || !joined(last, after) || has(ORG_HEADS, last.lower)) {
    return [run];
  }
  return [[run[0]], run.slice(1)];
}

/**
 * "…, said Kellaway, Strand & Poole's chief executive.": one surname after a reporting verb, then a firm's name in
 * the possessive before a lower-case post, is the speaker and the appositive that gives the post, not a firm of three
 * partners (a firm's name before "'s chief executive" would leave the speaker unnamed).
 */
function surnameBeforeOwner(sentence: Sentence, first: Draft, firm: Draft, partners: number): boolean {
  const verb = sentence[first.first - 1];
  const post = sentence[firm.last + 1];
  return partners === 1 && verb !== undefined && has(SPEECH_VERBS, verb.lower) && post !== undefined && isPossessive(sentence[firm.last])
    && !post.capitalised && /^\s+$/.test(sentence[firm.last].post.replace(/^['’]/, ''));
}

/**
 * "Hollis, Brandt & Co.", "Pryor, Vane, Lodge & Marsh": the partners' surnames listed with commas up to an
 * ampersand are one firm's name (law firms, banks, accountancies), not several people.
 */
function mergeFirmNames(sentence: Sentence, drafts: readonly Draft[]): Draft[] {
  const merged: Draft[] = [];
  const hasAmpersand = (draft: Draft) => sentence.slice(draft.first, draft.last + 1).some(token => token.text === '&');
  const partner = (draft: Draft) => draft.first === draft.last && draft.honorific === undefined && ((sentence[draft.first].tags | sentence[draft.first].lexicon) & Tag.Place) === 0;
  for (let i = 0; i < drafts.length; i++) {
    let j = i;
    while (j + 1 < drafts.length && partner(drafts[j]) && /^,\s+$/.test(sentence[drafts[j].last].post) && drafts[j + 1].first === drafts[j].last + 1) {
      j++;
      if (hasAmpersand(drafts[j])) {
        break;
      }
    }
    if (j > i && hasAmpersand(drafts[j]) && !surnameBeforeOwner(sentence, drafts[i], drafts[j], j - i)) {
      merged.push({ first: drafts[i].first, last: drafts[j].last, evidence: drafts[i].evidence | Evidence.OrgTag });
      i = j;
    } else {
      merged.push(drafts[i]);
    }
  }
  return merged;
}

/**
 * "Dorne: … Won't Be at Debate", "Alma Kettering: …": the capitalised words opening a headline before its colon
 * name who speaks, even words the lexicon knows as common ones; the index of the last, if so.
 */
function headlineSpeaker(sentence: Sentence, usable: (i: number) => boolean): number | undefined {
  const colon = sentence.findIndex(token => /^:\s*$/.test(token.post));
  if (colon < 0 || colon > 2 || isFunctionOpener(sentence[0])) {
    return undefined;
  }
  const words = sentence.slice(0, colon + 1);
  return words.every((token, i) => usable(i) && !isHonorific(token) && (i === 0 || joined(sentence[i - 1], token))) ? colon : undefined;
}

/**
 * "DANA MARR" alone on its line (a byline in capitals, above or below the writer's post): the line is the name and
 * nothing else, two or three words opened by a known first name, so it is no headline whose names only attach.
 */
function isNameLine(sentence: Sentence, draft: Draft): boolean {
  const size = draft.last - draft.first + 1;
  return draft.first === 0 && draft.last === sentence.length - 1 && size >= 2 && size <= 3 && (sentence[0].lexicon & Tag.FirstName) !== 0;
}

/**
 * "REAL KELSO have sacked their coach …": a tabloid writes the first name of its lead in capitals, then goes on in
 * prose. The run of capital words opening the sentence (two at least, read as shouting), before a word in lower case,
 * is a name that only attaches to an entity the story names elsewhere ("Real Kelso"), like a headline's names.
 */
function shoutedLead(sentence: Sentence, shouting: readonly boolean[]): Draft | undefined {
  let last = 0;
  while (last + 1 < sentence.length && shouting[last + 1] && joined(sentence[last], sentence[last + 1])) {
    last++;
  }
  const next = sentence[last + 1];
  return shouting[0] && last > 0 && next !== undefined && /^\p{Ll}+$/u.test(next.text) && /^\s+$/.test(sentence[last].post)
    ? { first: 0, last, evidence: Evidence.Weak } : undefined;
}

/**
 * "THE VARDO SENTINEL", "KELSO NEWSLINE" alone on a line in capitals: an outlet's masthead set as tabloids and news
 * services set theirs (runs.ts `mastheadEnd`: a paper's or a body's head noun last, no verb, no function word), the
 * outlet's name and nothing of a headline in capitals, whose names count only where the story names them elsewhere.
 */
function capitalsMasthead(sentence: Sentence): Draft | undefined {
  const end = mastheadEnd(sentence);
  const start = sentence[0]?.text === 'THE' && sentence.length > 2 ? 1 : 0;
  // Alone on its line (no section path after it), only a paper's or a periodical's head closes a masthead: a section's
  // label in capitals ends in a body's head as often ("MOTOR RACING" above a sports story).
  const alone = !sentence.some(token => token.text === '|');
  const head = sentence[end];
  return end > start && (!alone || has(PRESS_HEADS, head.lower) || has(PERIODICAL_HEADS, head.lower)) ? { first: start, last: end, evidence: 0n } : undefined;
}

/**
 * "RIGHTS BEACON | Justice Desk", "HARBOUR & FIELD | Analysis | Situation in Vardo": a masthead in capitals before a
 * section path whose labels are in title case, on one line: the line is read as a capitals line's masthead, the outlet
 * and no name of the labels ("Justice Desk" is no person "Desk" with the title "Justice").
 */
function isCapitalsBeforeSectionPath(sentence: Sentence): boolean {
  const bar = sentence.findIndex(token => token.text === '|');
  const words = sentence.slice(0, Math.max(bar, 0)).filter(token => /\p{L}/u.test(token.text));
  return bar >= 2 && sentence.slice(0, -1).every(token => !token.post.includes('\n'))
    && words.length >= 2 && words.every(token => isAllCaps(token));
}

/** Candidate names of one sentence, before roles are attached. */
export function findNames(sentence: Sentence, parts: readonly TitlePart[]): Draft[] {
  const masthead = isCapitalsLine(sentence) || isCapitalsBeforeSectionPath(sentence) ? capitalsMasthead(sentence) : undefined;
  if (masthead !== undefined) {
    return [masthead];
  }
  if (isDateline(sentence) || isCapitalsLine(sentence)) {
    return isDateline(sentence) ? [] : capitalsLineNames(sentence).map(draft => (isNameLine(sentence, draft) ? { ...draft, evidence: 0n } : draft));
  }
  const byline = capitalsBylineNames(sentence);
  if (byline !== undefined) {
    return byline;
  }
  const inverted = surnameFirstNames(sentence, parts);
  if (inverted.length > 0) {
    return withLowerCaseNames(sentence, inverted.concat(findNamesInRuns(sentence, parts).filter(draft => !inverted.some(name => draft.first <= name.last && name.first <= draft.last))));
  }
  return withLowerCaseNames(sentence, findNamesInRuns(sentence, parts));
}

/**
 * The sentence's names with its lower-case ones (screen names, lower-case brands: lowerCaseNames.ts) in text order; a
 * lower-case name's draft that takes in capitalised words after it ("blueFin Partners") replaces the drafts it holds.
 */
function withLowerCaseNames(sentence: Sentence, drafts: Draft[]): Draft[] {
  const found = lowerCaseNameDrafts(sentence);
  if (found.length === 0) {
    return drafts;
  }
  const holds = (outer: Draft, inner: Draft) => outer.first <= inner.first && inner.last <= outer.last;
  const overlaps = (left: Draft, right: Draft) => left.first <= right.last && right.first <= left.last;
  const lower = found.filter(name => drafts.every(draft => !overlaps(draft, name) || holds(name, draft)));
  return drafts.filter(draft => !lower.some(name => holds(name, draft))).concat(lower).sort((left, right) => left.first - right.first);
}

/** Tags of the lexicon no word of a person's name carries: a body, a place, a people, a function word, a verb, a number. */
const NOT_NAME_TAGS = Tag.Organization | Tag.Place | Tag.Demonym | Tag.Acronym | Tag.Verb | Tag.Determiner | Tag.Preposition | Tag.Conjunction | Tag.Pronoun | Tag.Value | Tag.Date;

/** "(VPP) - 51,204": capitals in brackets (a party's or a club's label) right after the name, as a results table lists. */
function isTableEntry(sentence: Sentence, last: number): boolean {
  const label = sentence[last + 1];
  return label !== undefined && label.pre.trim() === '(' && label.post.trim().startsWith(')') && isAllCaps(label) && !sentence[last].post.includes('\n');
}

/** Fewest letters of a surname written in capitals first: "NG Dana" is as often an abbreviation before a name. */
const MIN_INVERTED_SURNAME_LETTERS = 3;

/**
 * "KELSO Dana Maria (VPP) - 51,204", a result table's or a notice's line: a word in capitals (letters only, a vowel
 * among them, no word the lexicon knows as a body, a place or a common word: "BFPS Commissioner X" is a body's
 * abbreviation before a title; nor a title in capitals, "CEO Dana Kelso said", nor a rank's or a style's initials, "DCI
 * Dana Kelso said", "HMI Tom Wrede said", words.ts `capitalRankAt`) opening a line, then capitalised words
 * that are no title or honorific, one a known first name or all before a label in brackets: the person's name with the surname first, read as "Dana Maria Kelso".
 */
function surnameFirstNames(sentence: Sentence, parts: readonly TitlePart[]): Draft[] {
  const drafts: Draft[] = [];
  for (let i = 0; i + 1 < sentence.length; i++) {
    const token = sentence[i];
    const ranked = isRankedEntryStart(sentence, i);
    const lineStart = i === 0 || sentence[i - 1].post.includes('\n') || ranked;
    // "1. DE WITT Ivo, FRA, …": a ranked line's surname may open with a particle and run over several words in capitals.
    const particle = ranked && has(NAME_PARTICLES, token.lower) && isAllCaps(token);
    // "CEO Dana Kelso told us …": a title written in capitals (a title head, list title-heads) is the post before the
    // name, no surname written first.
    if (!lineStart || !isAllCaps(token) || !/^\p{Lu}+$/u.test(token.text) || !/[AEIOUY]/.test(token.text) || (token.text.length < MIN_INVERTED_SURNAME_LETTERS && !particle)
      || ((token.lexicon & NOT_NAME_TAGS) !== 0 && !particle) || parts[i] !== TitlePart.None || isHonorificAt(sentence, i)) {
      continue;
    }
    let surnameEnd = i;
    while (ranked && surnameEnd + 1 < sentence.length && isSurnameCapitals(sentence[surnameEnd + 1]) && (joined(sentence[surnameEnd], sentence[surnameEnd + 1]) || hyphenated(sentence[surnameEnd], sentence[surnameEnd + 1]))
      && !sentence[surnameEnd].post.includes('\n')) {
      surnameEnd++;
    }
    let j = surnameEnd;
    while (j + 1 < sentence.length && /^\p{Lu}\p{Ll}+$/u.test(sentence[j + 1].text) && joined(sentence[j], sentence[j + 1]) && !sentence[j].post.includes('\n')) {
      j++;
    }
    const given = sentence.slice(surnameEnd + 1, j + 1);
    const nameLike = given.every((word, k) => (word.lexicon & NOT_NAME_TAGS) === 0 && parts[surnameEnd + 1 + k] === TitlePart.None && !isHonorific(word));
    if (j > surnameEnd && nameLike && (given.some(word => ((word.lexicon | word.tags) & Tag.FirstName) !== 0) || isTableEntry(sentence, j) || (ranked && /^,\s/.test(sentence[j].post)))) {
      drafts.push({ first: i, last: j, evidence: ranked ? Evidence.Title : 0n, surnameFirst: true, ...(surnameEnd > i ? { surnameWords: surnameEnd - i + 1 } : {}) });
      i = j;
    }
  }
  return drafts;
}

/** A surname's further word in capitals on a ranked line ("VECCHIA" of "DALLA VECCHIA", "AUBIN" of "SAINT-AUBIN"). */
function isSurnameCapitals(token: Token): boolean {
  return isAllCaps(token) && /^\p{Lu}+$/u.test(token.text) && (token.lexicon & NOT_NAME_TAGS & ~(Tag.Preposition | Tag.Determiner)) === 0;
}

/**
 * "1. KELSO Dana, ITA, 1:52.36", "DNF: DE WITT Ivo, NOR": a results list ranks each line with a number and a full stop,
 * or labels it with a status and a colon (list result-status-labels), before the name written surname first, which
 * then closes at a comma (its country, club or equipment follows): the name needs no known first name.
 */
function isRankedEntryStart(sentence: Sentence, i: number): boolean {
  const label = sentence[i - 1];
  if (label === undefined || !(i - 1 === 0 || sentence[i - 2].post.includes('\n'))) {
    return false;
  }
  return (/^\d{1,3}$/.test(label.text) && /^\.\s+$/.test(label.post)) || (has(RESULT_STATUS_LABELS, label.lower) && /^:\s+$/.test(label.post));
}

/**
 * "SOCCER-Kelso Rovers sack manager", "SAILING-Vardo Energy wins leg": a wire headline opens its paragraph with the
 * story's subject slug in capitals (three letters or more) glued by a hyphen to the headline's first word, which is not
 * in capitals; the slug is no word of the name after it (nor a name of its own).
 */
function isWireSlug(sentence: Sentence, i: number): boolean {
  const next = sentence[i + 1];
  return i === 0 && sentence[0].start === 0 && next !== undefined && hyphenated(sentence[0], next) && /^\p{Lu}{3,}$/u.test(sentence[0].text)
    && /^\p{Lu}\p{Ll}/u.test(next.text);
}

/**
 * "DQ Kelso Harriers (R24.7)", "DNF Dana Vell": a results table's line may open with its status in capitals and no
 * colon (list result-status-labels); the label is no word of the name after it.
 */
function isLineStatusLabel(sentence: Sentence, i: number): boolean {
  const token = sentence[i], next = sentence[i + 1];
  return (i === 0 || sentence[i - 1].post.includes('\n')) && isAllCaps(token) && has(RESULT_STATUS_LABELS, token.lower)
    && next !== undefined && /^ +$/.test(token.post) && isCapitalised(next);
}

/**
 * "I’m Dana now", "I’ve known her for years": the pronoun "I" with its verb contracted onto it ("I’m", "I’ve", "I’ll",
 * "I’d", straight or curly apostrophe) is one token capitalised as "I" always is, never a word of a name.
 */
function isFirstPersonContraction(token: Token): boolean {
  return /^I['’](?:m|ve|ll|d)$/.test(token.text);
}

/** "Kelso DQ'd after an appeal", "Vell KO'd in the third": letters in capitals made a verb by "'d" are no word of a name. */
function isLettersAsVerb(token: Token): boolean {
  return /^\p{Lu}{2,}['’]d$/u.test(token.text);
}

function findNamesInRuns(sentence: Sentence, parts: readonly TitlePart[]): Draft[] {
  const shouting = shoutingMask(sentence);
  const weak = isTitleCaseLine(sentence, parts) || isCrosshead(sentence);
  const usable = (i: number) => isCapitalised(sentence[i]) && !shouting[i] && !/^\d/.test(sentence[i].text) && !PARTY_TAG_START.test(sentence[i].text)
    && parts[i] !== TitlePart.Complement && !isWireSlug(sentence, i) && !inMemberStates(sentence, i) && !inGeneralRulebook(sentence, i) && !isLineStatusLabel(sentence, i)
    && !isLettersAsVerb(sentence[i]) && !isFirstPersonContraction(sentence[i]);
  const keep = (draft: Draft) => draft.first < draft.last || (sentence[draft.first].text.length > 1 && ((sentence[draft.first].tags | sentence[draft.first].lexicon) & (Tag.Date | Tag.Value)) === 0);
  const drafts: Draft[] = [];
  if (weak) {
    // In a headline, runs of capitalised words between ordinary words ("White House", "Hrytsenky") may name
    // entities found elsewhere; each is attach-only.
    const nameWord = (i: number) => usable(i) && !isHonorific(sentence[i]) && parts[i] === TitlePart.None && (!isCommonOpener(sentence[i]) || isParticle(sentence[i]));
    const lead = headlineSpeaker(sentence, usable);
    if (lead !== undefined) {
      drafts.push({ first: 0, last: lead, evidence: Evidence.Weak });
    }
    for (let i = lead === undefined ? 0 : lead + 1; i < sentence.length; i++) {
      if (!nameWord(i)) {
        continue;
      }
      let j = i;
      while (j + 1 < sentence.length && nameWord(j + 1) && joined(sentence[j], sentence[j + 1])) {
        j++;
      }
      drafts.push({ first: i, last: j, evidence: Evidence.Weak });
      i = j;
    }
    return drafts.filter(keep);
  }
  const lead = shoutedLead(sentence, shouting);
  if (lead) {
    drafts.push(lead);
  }
  for (const run of capitalRuns(sentence, parts, usable)) {
    for (const part of splitLoneBodyBeforeClause(sentence, run)) {
      const pieces = splitHyphenPair(sentence, part);
      for (const piece of pieces) {
        for (const d of namesOfRun(sentence, piece, parts)) {
          if (pieces.length > 1) {
            d.evidence |= Evidence.HyphenPart;
          }
          drafts.push(d);
        }
      }
    }
  }
  return mergeFirmNames(sentence, drafts.filter(keep));
}
