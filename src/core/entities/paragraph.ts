// The expensive, per-paragraph half of entity recognition: one compromise parse, then the sentence rules.
// A pure function of the paragraph's text (offsets relative to it), so its result can be cached by text.
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../lexicon/determiners';
import { parseParagraph } from '../nlp/adapter';
import { Tag, type Sentence, type Token } from '../nlp/tokens';
import { UNISEX_GIVEN_NAMES } from '../lexicon/names';
import { genderOfHonorific, wordEvidence } from './evidence';
import { findNames, withoutPostNominals, type Draft } from './names';
import { isQuotedNickname, quotedNicknameEnd } from './nameJoins';
import { referredName } from './roleReferences';
import { BYLINE_ABOVE } from './types';
import { findRoles } from './roles';
import { Evidence, type Gender, type NameCandidate, type ParagraphEntities, type RoleCandidate } from './types';
import { abbreviationKey, hyphenated, initialsOf, isAllCaps, nameWord, titleParts, wordSpan } from './words';
import { BIRTH_NAME_MARKERS, DESCRIPTION_PLACING_WORDS, FEMALE_KIN_NOUNS, FORMER_NAME_PHRASES, MALE_KIN_NOUNS, KNOWN_AS_PHRASES, MAIDEN_NAME_MARKERS, NAMED_THING_HEADS, NICKNAME_AUDIENCE_NOUNS, ORG_HEADS_BEFORE_IN, ORG_HEADS_FIRST, PLACE_ACRONYMS, NAME_PARTICLES, ROMANCE_BODY_PARTICLES, STOCK_EXCHANGES, has } from '../lexicon/entities';

/**
 * The sex a first name gives its bearer, none for a name borne by many men and many women (list unisex-given-names:
 * "Rowan Kelso" is the "Mr Kelso" of the next paragraph as readily as a "Ms Kelso").
 */
function genderOfFirstName(first: Token): Gender | undefined {
  const flags = first.lexicon | first.tags;
  if (UNISEX_GIVEN_NAMES.has(first.lower)) {
    return undefined;
  }
  return flags & Tag.FemaleName ? 'f' : flags & Tag.MaleName ? 'm' : undefined;
}

/**
 * The sex a kin noun right before a full name gives its bearer ("His wife, Maris Rusk,", "his widow Maris Rusk", "Her
 * husband Aled Rusk"; lists female-kin-nouns, male-kin-nouns): a given name the lexicon does not know tells none, and
 * "Mrs Rusk" then went to the husband named first. Lower case only, or opening the sentence ("Son X" may be a surname).
 */
function genderOfKinBefore(sentence: Sentence, first: number): Gender | undefined {
  const kin = sentence[first - 1];
  if (kin === undefined || !/^,?\s+$/.test(kin.post) || (kin.capitalised && first - 1 > 0)) {
    return undefined;
  }
  return has(FEMALE_KIN_NOUNS, kin.lower) ? 'f' : has(MALE_KIN_NOUNS, kin.lower) ? 'm' : undefined;
}

function candidateOf(text: string, sentence: Sentence, draft: Draft): NameCandidate {
  const start = wordSpan(sentence[draft.first]).start, end = wordSpan(sentence[draft.last]).end;
  const words: string[] = [];
  // The name without a quoted nickname inside it ("Tomas "Tig" Wendle" is Tomas Wendle): its span runs from the quotation mark to the next word.
  let name = text.slice(start, end);
  let nickname: string | undefined;
  for (let i = draft.first; i <= draft.last; i++) {
    if (i > draft.first && i < draft.last && isQuotedNickname(sentence[i])) {
      name = text.slice(start, sentence[i].start - sentence[i].pre.length) + text.slice(sentence[i + 1].start, end);
      nickname = nameWord(sentence[i]);
      continue;
    }
    // A nickname of several words ("Arash "The Lion of Shiraz" Daneshvar"): left out of the name's words and text.
    const nicknameEnd = i > draft.first ? quotedNicknameEnd(sentence, i, draft.last) : -1;
    if (nicknameEnd > i) {
      name = text.slice(start, sentence[i].start - sentence[i].pre.length) + text.slice(sentence[nicknameEnd + 1].start, end);
      // "The Torch" alone later is "Torch" (the article stays out of a name): the nickname is kept without it.
      nickname = sentence.slice(i, nicknameEnd + 1).map(nameWord).join(' ').replace(/^the /, '');
      i = nicknameEnd;
      continue;
    }
    const w = nameWord(sentence[i]);
    if (i > draft.first && hyphenated(sentence[i - 1], sentence[i]) && words.length) {
      words[words.length - 1] += `-${w}`;
    } else if (w) {
      words.push(w);
    }
  }
  // "KELSO Dana Maria" is Dana Maria Kelso: the surname, written first in capitals, goes last and in the name's case.
  // "DE WITT Ivo" is Ivo de Witt: a surname of several words moves whole, a particle in lower case, each part of a word
  // (and of a hyphened one, "SAINT-AUBIN") in the name's case.
  if (draft.surnameFirst && words.length > 1) {
    const count = Math.min(draft.surnameWords ?? 1, words.length - 1);
    const surname = words.splice(0, count).map((word, k) => count > 1 && k < count - 1 && has(NAME_PARTICLES, word.toLowerCase()) ? word.toLowerCase()
      : word.split('-').map(part => part.charAt(0) + part.slice(1).toLowerCase()).join('-'));
    words.push(...surname);
  }
  const first = sentence[draft.first];
  const gender = draft.first < draft.last ? genderOfFirstName(first) : undefined;
  const kinGender = draft.first < draft.last && gender === undefined ? genderOfKinBefore(sentence, draft.first) : undefined;
  const honorific = draft.honorific !== undefined ? sentence[draft.honorific] : undefined;
  return {
    start,
    end,
    text: name,
    words,
    evidence: wordEvidence(sentence, draft),
    ...(honorific ? { honorific: { start: honorific.start, gender: genderOfHonorific(honorific) } } : {}),
    ...(gender ? { gender } : {}),
    ...(kinGender ? { kinGender } : {}),
    ...(draft.lead !== undefined ? { lead: { start: sentence[draft.lead].start, word: sentence[draft.lead].lower } } : {}),
    ...(nickname ? { nickname } : {}),
  };
}

/** "World Health Organization (WHO)": the abbreviation right after its expansion, in parentheses. */
function linkAbbreviations(sentence: Sentence, drafts: readonly Draft[], names: NameCandidate[], offset: number): void {
  for (let n = 1; n < names.length; n++) {
    const c = names[n], d = drafts[n], prev = drafts[n - 1];
    if (c.words.length === 1 && prev.last === d.first - 1 && isMissionAppositive(sentence, d, names[n - 1])) {
      names[n] = { ...c, expands: offset + n - 1, evidence: (c.evidence | Evidence.Acronym) & ~Evidence.Place };
      continue;
    }
    if (c.words.length !== 1 || !/\($/.test(sentence[d.first].pre) || !/^\)/.test(sentence[d.last].post) || prev.last !== d.first - 1) {
      continue;
    }
    const expansion = names[n - 1];
    // "(WHO)" spells its expansion's initials; "(Fiocruz)" after an organisation's name is its short name.
    const shortName = (expansion.evidence & (Evidence.OrgHead | Evidence.OrgTag)) !== 0n && (c.evidence & Evidence.Place) === 0n
      && /^\p{Lu}[\p{L}-]*$/u.test(c.text);
    if (expansion.words.length > 1 && initialsOf(expansion.words) === abbreviationKey(c.words[0]) && namesAThing(expansion)) {
      names[n] = { ...c, evidence: c.evidence | Evidence.Place | Evidence.Term };
      continue;
    }
    if (expansion.words.length > 1 && (initialsOf(expansion.words) === abbreviationKey(c.words[0]) || shortName)) {
      // "the Offshore Resources Directorate (ORD)": letters that spell a body's initials are that body, also where the
      // lexicon knows them as a place (an airport's or a region's code); a place's own initials ("Los Angeles (LA)") stay.
      const bodyInitials = (expansion.evidence & Evidence.OrgHead) !== 0n && (expansion.evidence & Evidence.Place) === 0n;
      names[n - 1] = { ...expansion, evidence: expansion.evidence | Evidence.OrgHead };
      names[n] = { ...c, expands: offset + n - 1, evidence: (c.evidence | Evidence.Acronym) & (bodyInitials ? ~Evidence.Place : ~0n) };
    }
  }
}

/**
 * "the Vardo Hazard Rating System (VHRS)": a capitalised name ending in a system's, a standard's or an index's noun
 * (list named-thing-heads), with nothing of a body about it, names a thing; its initials in parentheses are the thing's
 * too (Place | Term: no entity), where initials after a name otherwise make both a body.
 */
function namesAThing(expansion: NameCandidate): boolean {
  return has(NAMED_THING_HEADS, expansion.words[expansion.words.length - 1].toLowerCase())
    && (expansion.evidence & (Evidence.OrgHead | Evidence.OrgTag | Evidence.PersonTags | Evidence.FirstName)) === 0n;
}

/**
 * "The United Nations Stabilization Mission in Vardonia, MINUVAR, said …": a word in capitals set off by commas right
 * after a mission's name (its head before "in", list org-heads-before-in) is the mission's abbreviation, whose letters
 * often follow the French order of the name and so spell no English initials.
 */
function isMissionAppositive(sentence: Sentence, draft: Draft, named: NameCandidate): boolean {
  const word = sentence[draft.first];
  const headIn = named.words.some((name, i) => i > 0 && name === 'in' && has(ORG_HEADS_BEFORE_IN, named.words[i - 1]));
  return draft.first === draft.last && headIn && /^\p{Lu}{3,}$/u.test(word.text) && /^,\s*$/.test(sentence[draft.first - 1].post + word.pre)
    && /^,/.test(word.post);
}

/** A body's name in a Romance language: its head noun first ("Proyecto …", list org-heads-first) or a particle inside ("… de Derechos Humanos", list romance-body-particles). */
function romanceBodyName(words: readonly string[]): boolean {
  return has(ORG_HEADS_FIRST, words[0]) || words.some((word, i) => i > 0 && has(ROMANCE_BODY_PARTICLES, word));
}

/**
 * "Proyecto de Defensa Legal Fronteriza (Frontera Legal Defense Project)", "the Frontera Legal Defense Project (Proyecto
 * de Defensa Legal Fronteriza)": a body's name of two words or more right after another, alone in parentheses, where
 * exactly one of the two is written in a Romance language (its head first or a particle inside), is the same body's
 * name translated, as Spanish-language outlets' English editions and border copy give a group's name twice.
 */
function linkTranslatedNames(sentence: Sentence, drafts: readonly Draft[], names: NameCandidate[], offset: number): void {
  for (let n = 1; n < names.length; n++) {
    const c = names[n], d = drafts[n], prev = drafts[n - 1], named = names[n - 1];
    if (c.words.length < 2 || named.words.length < 2 || c.expands !== undefined || !/\($/.test(sentence[d.first].pre) || !/^\)/.test(sentence[d.last].post) || prev.last !== d.first - 1) {
      continue;
    }
    const bodies = [named, c].every(name => (name.evidence & (Evidence.OrgHead | Evidence.OrgTag)) !== 0n);
    if (bodies && romanceBodyName(named.words) !== romanceBodyName(c.words)) {
      names[n] = { ...c, expands: offset + n - 1 };
    }
  }
}

/** A stock ticker as wire copy prints it: a Reuters instrument code ("VLMT.O", "HB.N") or "NYSE: VLM". */
const TICKER = /^\p{Lu}[\p{Lu}\d]{0,5}\.\p{Lu}{1,2}$/u;

/**
 * "Valmart Holding Corp. (VLMT.O: Quote, Profile, Research)", "Norvex Inc (NYSE: NVX)": a ticker in
 * parentheses right after a company's name is another mention of that company, not a body of its own.
 */
function linkTickers(sentence: Sentence, drafts: readonly Draft[], names: NameCandidate[], offset: number): void {
  for (let n = 1; n < names.length; n++) {
    const d = drafts[n], t = sentence[d.first];
    if (d.first !== d.last || names[n].expands !== undefined) {
      continue;
    }
    // "(VLMT.O": the company's name ends right before; "(NYSE: VLM)": before the exchange's name.
    const exchange = sentence[d.first - 1];
    const afterExchange = exchange !== undefined && STOCK_EXCHANGES.has(exchange.lower) && /^:\s*$/.test(exchange.post) && /\($/.test(exchange.pre);
    // ("Jane Doe (N.J.)": a state after a lawmaker's name is no ticker.)
    const ric = TICKER.test(t.text) && /\($/.test(t.pre) && !has(PLACE_ACRONYMS, nameWord(t));
    // An exchange's name that is also a word ("(SIX: HLV)", a number to the tagger) is no name of its own: the company is
    // then the name right before the ticker.
    const exchangeUnnamed = afterExchange && drafts[n - 1].last !== d.first - 1;
    const company = ric || exchangeUnnamed ? n - 1 : afterExchange ? n - 2 : -1;
    const companyEnd = ric ? d.first - 1 : d.first - 2;
    if (company >= 0 && drafts[company].last === companyEnd) {
      names[company] = { ...names[company], evidence: names[company].evidence | Evidence.OrgTag };
      names[n] = { ...names[n], expands: offset + company, evidence: names[n].evidence | Evidence.Acronym };
    }
  }
}


/**
 * "the Kelso Research Foundation, a state laboratory in Lisbon known as Kelfo": the place that ends an indefinite
 * description set off after a body's name is no name of its own here; what follows "known as" names that body.
 * The description is lower-case words only, from "a"/"an" to a placing word, right after the body's comma.
 */
function bodyDescribedBefore(sentence: Sentence, drafts: readonly Draft[], names: readonly NameCandidate[], place: number): number | undefined {
  const body = place - 1;
  if (body < 0 || (names[body].evidence & (Evidence.OrgHead | Evidence.OrgTag)) === 0n || (names[place].evidence & Evidence.Place) === 0n
    || !/^,\s*$/.test(sentence[drafts[body].last].post)) {
    return undefined;
  }
  const description = sentence.slice(drafts[body].last + 1, drafts[place].first);
  const plain = description.every((token, at) => /^\s*$/.test(token.post) && (at === 0 || /^\s*$/.test(token.pre)) && /^\p{Ll}/u.test(token.text));
  return plain && description.length >= 3 && (description[0].lower === 'a' || description[0].lower === 'an')
    && DESCRIPTION_PLACING_WORDS.has(description[description.length - 1].lower) ? body : undefined;
}

/**
 * "Musa Ibrahim Adamu, known as Kabiru": a short name right after "known as" names the person before it, or the
 * body whose description ends in the place before it (bodyDescribedBefore); a maiden name after "née" names the
 * woman before it (list maiden-name-markers).
 */
function linkKnownAs(sentence: Sentence, drafts: readonly Draft[], names: NameCandidate[], offset: number): void {
  for (let n = 1; n < names.length; n++) {
    const d = drafts[n];
    // "X, known by its Spanish initials Y": the language's name inside the phrase is no name of its own; Y names X.
    const language = n >= 2 && isLanguageWord(sentence, drafts[n - 1]);
    const before = language ? n - 2 : n - 1, prev = drafts[before];
    const between = sentence.slice(prev.last + 1, d.first).filter((_token, at) => !language || prev.last + 1 + at !== drafts[n - 1].first)
      .map(token => token.lower).join(' ');
    // "Edith (née Brandt)": a maiden name is the woman's, however she is named before it (a first name alone too).
    const maiden = MAIDEN_NAME_MARKERS.has(between) && d.first === d.last;
    // "Vessa - real name Vessandra Kole -": a one-word name a star is known by before her full name at birth is hers.
    if (isBirthNameLink(names, before, n, between)) {
      names[before] = { ...names[before], expands: offset + n, evidence: names[before].evidence | Evidence.Title };
      continue;
    }
    const audience = between === '' && isAudienceNickname(sentence, prev, d);
    if (FORMER_NAME_PHRASES.has(between) && names[n].expands === undefined && names[before].expands === undefined) {
      linkFormerName(names, before, n, offset);
      continue;
    }
    if (names[n].words.length <= 2 && names[n].expands === undefined && (KNOWN_AS_PHRASES.has(between) || maiden || audience)) {
      const named = bodyDescribedBefore(sentence, drafts, names, before) ?? (names[before].words.length > 1 || maiden ? before : undefined);
      if (named !== undefined) {
        // "the Kelso Rowing Association, which brands itself RowKelso,": another name of a body is a body's name
        // too, whatever its own words (a place's, "SwimDive Canada"; an unknown word's).
        const initials = initialsOfNamedAfterThe(sentence, drafts[named], d) && !maiden;
        if (initials) {
          names[named] = { ...names[named], evidence: names[named].evidence | Evidence.OrgTag };
        }
        const body = ((names[named].evidence & (Evidence.OrgHead | Evidence.OrgTag)) !== 0n) && !maiden;
        // "the rapper Kofi Vane, known as KVB,": a person's short name in capitals is a stage name of initials, no
        // body's abbreviation.
        const evidence = body ? names[n].evidence | Evidence.OrgTag : names[n].evidence & ~Evidence.Acronym;
        names[n] = { ...names[n], expands: offset + named, evidence };
        linkListedAlias(sentence, drafts, names, n, offset + named);
      }
    }
  }
}

/**
 * "the Kelso Channel, once known as Kelso Headline Television,": a name the same one went by before is an alias,
 * whichever of the two is the longer (the shorter names the longer, as after "known as"); a body's evidence passes to
 * the other name.
 */
function linkFormerName(names: NameCandidate[], before: number, after: number, offset: number): void {
  const [short, full] = names[after].words.length <= names[before].words.length ? [after, before] : [before, after];
  const bodyEvidence = (names[before].evidence | names[after].evidence) & (Evidence.OrgHead | Evidence.OrgTag);
  names[short] = { ...names[short], expands: offset + full, evidence: names[short].evidence | (bodyEvidence !== 0n ? Evidence.OrgTag : 0n) };
}

/**
 * "the Vardo Front, also known as VF and VFront,": a second short name joined by "and" / "or" right after the first
 * alias is another alias of the same name.
 */
function linkListedAlias(sentence: Sentence, drafts: readonly Draft[], names: NameCandidate[], alias: number, expands: number): void {
  const next = drafts[alias + 1];
  if (next === undefined || names[alias + 1].words.length > 2 || names[alias + 1].expands !== undefined) {
    return;
  }
  const between = sentence.slice(drafts[alias].last + 1, next.first);
  if (between.length === 1 && (between[0].lower === 'and' || between[0].lower === 'or') && !/,/.test(sentence[drafts[alias].last].post)) {
    names[alias + 1] = { ...names[alias + 1], expands, evidence: names[alias + 1].evidence | (names[alias].evidence & Evidence.OrgTag) };
  }
}

/**
 * "Dani Kerrow, Dazza to the terraces, missed": one word set off by a comma right after a name, then "to", an optional
 * determiner and a noun of those who use the nickname (list nickname-audience-nouns), then a comma: the person's
 * nickname, as sports and local copy give it.
 */
function isAudienceNickname(sentence: Sentence, named: Draft, short: Draft): boolean {
  const to = sentence[short.last + 1];
  if (short.first !== short.last || !/^,\s+$/.test(sentence[named.last].post) || to?.lower !== 'to' || !/^\s+$/.test(sentence[short.last].post)) {
    return false;
  }
  const word = sentence[short.last + 2]?.lower ?? '';
  const determiner = ARTICLES.has(word) || POSSESSIVE_DETERMINERS.has(word) ? 1 : 0;
  const noun = sentence[short.last + 2 + determiner];
  return noun !== undefined && has(NICKNAME_AUDIENCE_NOUNS, noun.lower) && /^,/.test(noun.post);
}

/**
 * "The Kestrel Ocean Venture, known as KOV,": a short name in capitals after "known as" that follows a name of several
 * words with "the" right before it is the initials of a body, though no head noun ends its name; a person's stage name
 * of initials follows a name with no article ("Kofi Vane, known as KVB") or a title between ("the rapper Kofi Vane").
 */
function initialsOfNamedAfterThe(sentence: Sentence, named: Draft, short: Draft): boolean {
  return short.first === short.last && isAllCaps(sentence[short.first]) && named.last > named.first && sentence[named.first - 1]?.lower === 'the';
}

/**
 * "Vessa - real name Vessandra Kole -", "Vessa, born Vessandra Kole,": a one-word name before a birth-name marker
 * (list birth-name-markers) and a full name of two words or more; neither a body ("Vardo, born Kelso Group" is no
 * sentence of news) nor a name already linked.
 */
function isBirthNameLink(names: readonly NameCandidate[], stageAt: number, fullAt: number, between: string): boolean {
  const stage = names[stageAt], full = names[fullAt];
  return BIRTH_NAME_MARKERS.has(between) && stage.words.length === 1 && full.words.length >= 2 && stage.expands === undefined && full.expands === undefined
    && ((stage.evidence | full.evidence) & (Evidence.OrgHead | Evidence.OrgTag | Evidence.Place)) === 0n;
}

/** A one-word name that is a nationality's or a language's word ("Spanish", "French"). */
function isLanguageWord(sentence: Sentence, draft: Draft): boolean {
  return draft.first === draft.last && (sentence[draft.first].lexicon & Tag.Demonym) !== 0;
}

/** Candidate names and roles of one paragraph. */
export function analyzeParagraph(text: string): ParagraphEntities {
  const names: NameCandidate[] = [];
  const roles: RoleCandidate[] = [];
  for (const s of parseParagraph(text)) {
    const parts = titleParts(s);
    const named = findNames(s, parts);
    const sentenceRoles = findRoles(s, parts, named);
    // Post-nominal letters leave the names once the roles after them are read; roles name their draft by index.
    const drafts = named.map(draft => withoutPostNominals(s, draft));
    const offset = names.length;
    const found = drafts.map(draft => candidateOf(text, s, draft));
    linkAbbreviations(s, drafts, found, offset);
    linkTickers(s, drafts, found, offset);
    linkTranslatedNames(s, drafts, found, offset);
    linkKnownAs(s, drafts, found, offset);
    for (const r of sentenceRoles) {
      // A post line with no name before it in its paragraph waits for the byline above (resolve.ts `placeCandidates`).
      const name = r.draft >= 0 ? offset + r.draft : referredName(names, r.gender) ?? (r.rule === 'post-line' ? BYLINE_ABOVE : undefined);
      if (name !== undefined) {
        roles.push({ start: r.start, end: r.end, text: text.slice(r.start, r.end), name, rule: r.rule });
      }
    }
    names.push(...found);
  }
  return { names, roles };
}
