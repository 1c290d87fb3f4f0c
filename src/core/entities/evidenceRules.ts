// The evidence a candidate name's own words and their neighbours give, as data: each rule adds one clue
// (an Evidence flag) when it fires, and every rule that fires counts (kindRules.ts weighs the clues later).
// The context is computed once per candidate; examples mark the candidate with braces: "the city of {Port Salvo}".
import {
  ADJECTIVE_OPENINGS,
  GRADING_VERBS,
  FIRM_DEAL_VERBS,
  COMPANY_POST_NOUNS,
  STREET_FIRM_ENDINGS,
  LAW_FIELDS,
  LAW_FIRM_HEADS,
  LAW_FIRM_OPENERS,
  HEALTH_FIELD_WORDS,
  AIRLINE_ENDINGS,
  UNIVERSITY_ONLY_POSTS,
  AREA_AROUND_WORDS,
  AUXILIARIES_AFTER_NAME,
  NAME_GIVING_VERBS,
  OWN_NAME_POSSESSIVES,
  PERSON_CLAUSE_WORDS,
  PARTY_TAG_START,
  PAPER_ISSUE_OPENERS,
  ISSUE_NON_PAPER_WORDS,
  CHANNEL_NUMBER_WORDS,
  BROADCAST_SERVICE_WORDS,
  BODY_POSTS_BEFORE_OF,
  VENUE_PLACE_HEADS,
  NUMBERED_WORK_NOUNS,
  WORK_ORDINALS,
  CAPITAL_LEGAL_FORMS,
  CAPITALISED_BODIES,
  CLUB_PREFIXES,
  COMPANY_HEADS,
  CONSTITUENCY_MEMBERS,
  JURISDICTION_HOLDERS,
  UNION_BRANCH_NOUNS,
  COUNTRY_ABBREVIATIONS,
  DEMONYM_PLURAL_ENDINGS,
  EVENT_HEADS,
  GROUP_MEMBERS_BEFORE_FOR,
  GROUP_MEMBERS_BEFORE_OF,
  HOLDING_NOUNS,
  STAKE_DEAL_VERBS,
  FOUNDING_PARTICIPLES,
  FOUNDING_LINKS,
  HOUSE_TRADE_WORDS,
  INSTITUTION_HEADS,
  PRICE_MOVE_FILLERS,
  PRICE_MOVE_MEASURES,
  PRICE_MOVE_VERBS,
  SERVICE_DISTRICT_WORDS,
  RELIEF_SOCIETY_ENDINGS,
  RESEARCH_STATION_WORDS,
  KIND_ABBREVIATIONS,
  NAME_PRONOUNS,
  NAMED_STUDY_NOUNS,
  VACCINE_NOUNS,
  AREA_PLURAL_NOUNS,
  FIELD_POST_HEADS,
  FUNDING_INSTRUMENT_HEADS,
  PUBLISHING_VERBS,
  NON_ORG_ACRONYMS,
  ORG_HEADS,
  PORTFOLIO_HOLDERS,
  SEAT_LEVELS,
  SEAT_WIN_VERBS,
  DEAL_ADVISER_NOUNS,
  OUTLET_SCOOP_VERBS,
  LEGAL_FORMS,
  SECTION_LABEL_WORDS,
  ORG_HEADS_BEFORE_OF,
  ORG_HEADS_FIRST,
  ORG_HEADS_BEFORE_ON,
  ORG_HEADS_BEFORE_TO,
  ORG_HEADS_BEFORE_FOR_CAUSE,
  ORG_ENDS_WITHOUT_HEAD,
  ORG_NOUNS_AFTER,
  ORG_SUFFIXES,
  TOWN_NAMED_HEADS,
  COMPASS_WORDS,
  CURRENCY_CODES,
  NAME_PARTICLES,
  DISEASE_NAMES,
  TITLE_TAIL_STARTS,
  OUTLET_NOUNS,
  PLACE_ACRONYMS,
  PRESS_COMMON_HEADS,
  PRESS_HEADS,
  PLACE_HEADS,
  PLACE_OPENERS,
  MOUNTAIN_OPENERS,
  MOUNTAIN_ROUTE_WORDS,
  HILL_GIVEN_NAME_OPENERS,
  PEAK_CLIMBING_VERBS,
  HILL_PART_NOUNS,
  PERSON_ROUTE_WORDS,
  TOWN_PART_HEADS,
  PLACE_NOUNS_BEFORE_OF,
  PLACE_PREPOSITIONS,
  RELATION_NOUNS,
  COMPANION_NOUNS,
  NUMBERED_BRANCH_NOUNS,
  RESULT_LINKS,
  RESULT_VERBS,
  ROLE_APPOSITIVE_STOPS,
  SCORE_VERBS,
  SPEECH_VERBS,
  CLOCK_WORDS,
  PREMISES_NOUNS,
  TITLE_INITIALS,
  VENUE_WORDS,
  KIN_LIST_NOUNS,
  KIN_NOUNS,
  PERSONAL_STAFF_NOUNS,
  PROGRAMME_NOUNS,
  RELEASE_MODIFIERS,
  WORK_MAKER_NOUNS,
  MAIDEN_NAME_MARKERS,
  CLUB_TRAVEL_WORDS,
  CLUB_USE_VERBS,
  COURT_PANEL_WORDS,
  PARTY_STANDING_WORDS,
  COLOUR_PLURALS,
  EPONYM_NOUNS,
  ROOM_NOUNS,
  SCHEME_NOUNS,
  FIXTURE_HOST_VERBS,
  FIXTURE_WHEN_WORDS,
  FIXTURE_WORDS,
  FOLLOWER_NOUNS,
  PEOPLE_GROUP_WORDS,
  THING_NOUNS,
  TITLE_CHAIN_BODY_NOUNS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  WORK_TITLE_VERBS,
  TRADE_NOUNS_BEFORE,
  UNIVERSITIES,
  US_STATE_ABBREVIATIONS,
  US_STATE_CODES,
  VESSEL_CUES,
  VESSEL_NOUNS,
  NAMING_VERBS,
  WORKPLACE_PLURALS,
  PEOPLE_AT_PLACES,
  RELATION_DURATION_UNITS,
  PUBLIC_BODY_NOUNS_BEFORE,
  INSTALLATION_NOUNS,
  has,
  isPostNominal,
  NUMBERED_STATION_NOUNS,
  SPANISH_PRESS_HEADS,
  POSSESSIVE_WORK_HEADS,
  RUNNING_PARTICIPLES,
  MEMBERS_BODY_VERBS,
  BUSINESS_ACTIVITY_VERBS,
  TRADE_AGENT_NOUNS,
  SUBJECT_VERB_ADVERBS,
  ONE_NAME_ADVERBS,
  BUSINESS_POSSESSIONS,
  COUNCIL_FORM_INITIALS,
  FIRM_TRADE_PLURALS,
  FIRM_TRADE_QUALIFIERS,
  FIRM_TRADES_ALONE,
  PORTFOLIO_LIST_HOLDERS,
  ORG_HEADS_BEFORE_IN,
  MOVEMENT_HEADS_BEFORE_IN,
  SPANISH_PLURAL_BODY_OPENERS,
  ROMANCE_BODY_PARTICLES,
  MEMBER_PLURALS,
  PUBLIC_SERVICE_WORDS,
  MINE_COMPANY_HEADS,
  STUDIO_NAME_ENDINGS,
  FIRM_OR_PERSON_TRADES,
  WARD_UNIT_WORDS,
  TOKEN_MODIFIERS,
  TOKEN_NOUNS,
  DATA_NOUNS,
  CONDITION_CUES,
  DRUG_NAME_STEMS,
  EPONYM_CONDITIONS,
  MEDICINE_NOUNS,
  FIXTURE_OPPONENT_VERBS,
  PLACE_SHORT_FORMS,
  FIND_HEADS,
  ERA_MARKERS,
  CLUB_OWNERSHIP_WORDS,
  CLUB_SALE_NOUNS,
  COMMAND_NAME_VERBS,
  DONOR_GIFT_HEADS,
  ENDOWED_POST_OPENERS,
  NAMED_CHAIR_TITLES,
  BODY_RIVAL_NOUNS,
  RIVAL_NOUN_MODIFIERS,
  BODY_ONLY_POSTS,
  MAORI_INSTITUTION_NOUNS,
  DISTRICT_CLOSING_COMPASS_WORDS,
  CRAFT_NOUNS,
  DWELLING_HEADS,
  ANONYMISED_PARTY_NOUNS,
  IDENTIFYING_PARTICIPLES,
  SERVICE_STATION_WORDS,
  WRITING_IN_VERBS,
  OUTLET_REPORT_VERBS,
  TELLING_VERBS,
  NAMED_ROOM_NOUNS,
  PENSION_SCHEME_WORDS,
  TRADE_PHRASES,
  OUTLET_BRAND_ENDINGS,
  CHAMBER_COMMITTEE_WORDS,
  WORKS_SITE_NOUNS,
  NICKNAME_LEAD_VERBS,
  THING_NOUN_VERBS,
  ACQUIRING_PARTICIPLES,
  OPERATED_SITE_HEADS,
  LINE_CARRIER_TRADES,
  WATERWAY_NOUNS_AFTER,
  CONTRACTED_HAS_IS_VERBS,
  INVESTING_PARTICIPLES,
  COMPANY_SENTENCE_NOUNS,
  QUALIFICATION_LEVEL_LETTERS,
  FICTION_CHARACTER_CUES,
  CASTING_VERBS,
  FICTION_WORK_NOUNS,
  PROGRAMME_TITLE_HEADS,
  LEGISLATURE_HEADS,
  COALITION_BUSINESS_NOUNS,
  AIRLINE_PLACE_NOUNS,
  SHARED_SURNAME_CUES,
  BODY_SOURCE_NOUNS,
  SECTOR_WORDS_BEFORE_BODY_NOUNS,
  SHOW_COURT_OPENERS,
} from '../lexicon/entities';
import { HYPHEN_PREFIXES, PARTY_ADJECTIVES, PARTY_MEMBER_NOUNS, WORD_GIVEN_NAMES, isPartyWord } from '../lexicon/names';
import { ACADEMIC_FIELD_NOUNS, CRIME_GROUP_MODIFIERS, CRIME_GROUP_NOUNS, LAUNCH_EVENT_ENDS, MEETING_EVENT_ENDS, NUMBERED_MEETING_NOUNS, NUMBERED_MEETING_STEMS, RESIDENT_ORIGIN_WORDS, MALWARE_DEPLOY_VERBS, MALWARE_NOUNS, PRODUCT_GRADE_WORDS, PRODUCT_NOUN_MODIFIERS, PRODUCT_NOUNS, SELF_NAMING_VERBS, TRACKING_VERBS, VEHICLE_NOUNS } from '../lexicon/entities';
import { DAY_NAME_ENDS, DAY_NAME_OPENERS, PLACE_GIVEN_NAMES, POLL_UNIT_ENDS, SCREEN_NAME_NOUNS, WEEKDAY_EVENT_WORDS } from '../lexicon/names';
import { ARTICLES, NOUN_DETERMINERS, POSSESSIVE_DETERMINERS } from '../lexicon/determiners';
import { BODY_STATEMENT_DOCUMENTS, NATIONALITY_PERSON_NOUNS } from '../lexicon/quotes';
import { OBJECT_VERBS } from '../lexicon/quoteCues';
import { DATA_CREDIT_WORDS, HANDLE_CREDIT_WORDS, PHOTO_CREDIT_WORDS } from '../lexicon/names';
import { CITIES_WITH_GIVEN_NAMES, COUNTRIES, gazetteerHas } from '../lexicon/gazetteer';
import { REGIONAL_ARM_WORDS, REGIONAL_POST_HEADS } from '../lexicon/entities';
import type { WordList } from '../lexicon/wordList';
import { CLUB_NAME_ENDINGS, COURSE_MARKER_HEADS, COURSE_MARKER_UNITS, DISMISSAL_OPENERS, PROGRAMME_SPEAKING_VERBS, SCORE_LABELS, COURSE_NOUNS, RACE_CATEGORY_POSSESSIVES, RACE_NAME_ENDS, SPORT_NAMES, SPORTS_EVENT_NAME_ENDS, TROPHY_HEADS, MARTIAL_ART_GYM_ENDINGS, MARTIAL_ART_QUALIFIERS } from '../lexicon/gazetteer/sports';
import { UNIT_WORDS, WEEKDAYS } from '../lexicon/numbers';
import { NAMED_BODY_VERBS, NEWSROOM_POSTS } from '../lexicon/roles';
import { isExclaimedWord, lexiconFlags, lowerForm, parseParagraph } from '../nlp/adapter';
import { Tag, type Sentence, type Token } from '../nlp/tokens';
import { ruleTable, type Rule } from '../rules/ruleTable';
import { memoizedPerObject } from '../memo';
import { inScorecardBrackets, inScorersLine, isListedPlayer, isScorecardSide } from './agencyLines';
import { findNames, introducedAsBody, isShipPrefix, possessiveBeforeBodyPost, possessiveNameBeforeBodyPost, type Draft } from './names';
import { isQuotedNickname, quotedNicknameEnd } from './nameJoins';
import { isCapitalsLeadRun, isPlainVerb, mastheadEnd } from './runs';
import { classifyQuote, MAX_TITLE_WORDS } from '../quotes/quoteKinds';
import { findRoles } from './roles';
import { Evidence, type EvidenceFlags } from './types';
import { endsOfficeBody, isFamilyNameFirst, isAbstractNoun, isChessMove, isNationalBody, isTourismBoard, isNationalSportBody, isAllCaps, isCapitalised, isCommonOpener, isParticle, isIntercappedBrand, isDepartmentInitials, isPluralNickname, isPossessive, joined, listClosingAnd, modifiesBodyNoun, isBodyAppositiveNoun, hyphenedWord, nameWord, opensSentence, spellsAbbreviation, titleParts, wordSpan, isMemberBodyWord, hyphenated, pluralKindBefore, postFieldEnd, PERSON_NAME_TAGS, isServicePartner, campaignCueNear } from './words';

/**
 * "A-level", "T-shirts", "X-ray": one capital letter, a hyphen and a lower-case word (a possessive allowed); or a
 * qualification's letters the tagger split off "-level" ("AS" of "AS-level").
 */
function isLetterCompoundNoun({ words, multiWord, nameEnd, after, honorific }: NameContext): boolean {
  if (multiWord || honorific) {
    return false;
  }
  return /^\p{Lu}-\p{Ll}{2,}(?:['’]s)?$/u.test(words[0].text)
    || (has(QUALIFICATION_LEVEL_LETTERS, words[0].lower) && nameEnd.post === '-' && after !== undefined && /^levels?$/.test(after.lower));
}

/** What the evidence rules look at, computed once per candidate name. */
export interface NameContext {
  readonly sentence: Sentence;
  readonly draft: Draft;
  /** The name's words without particles ("de", "al-"); never empty. */
  readonly words: readonly Token[];
  readonly first: Token;
  /** The last word that is not a particle. */
  readonly last: Token;
  readonly multiWord: boolean;
  /** The draft's own first and last tokens (particles included). */
  readonly nameStart: Token;
  readonly nameEnd: Token;
  readonly before?: Token;
  readonly twoBefore?: Token;
  readonly after?: Token;
  readonly twoAfter?: Token;
  readonly honorific: boolean;
  /** The name ends in (or starts before "of"/"for", or a campaign's "to", with) an organisation noun. */
  readonly orgHead: boolean;
}

const ORG_SUFFIX = new RegExp(`\\p{L}{3}(?:${[...ORG_SUFFIXES.words].join('|')})$`, 'u');
const DEMONYM_PLURAL = new RegExp(`\\p{L}{2}(?:${[...DEMONYM_PLURAL_ENDINGS.words].join('|')})$`, 'u');
const ADJECTIVE_OPENING = new RegExp(`\\p{L}{2}(?:${[...ADJECTIVE_OPENINGS.words].join('|')})$`, 'u');

/** "the Assembly", "the 150-seat Assembly": one capitalised word of legislature-heads after "the", with at most a hyphened seat count ("150-seat") between. */
function legislatureHeadAfterThe({ sentence, draft, multiWord, first }: NameContext): boolean {
  if (multiWord || !has(LEGISLATURE_HEADS, first.lower) || !isCapitalised(first) || isAllCaps(first)) {
    return false;
  }
  let at = draft.first - 1;
  // "150-seat" is read as three tokens, "150", "-" and "seat", or as "150" and "seat" with the hyphen between them.
  if (sentence[at]?.lower === 'seat' && /^-$/.test(sentence[at - 1]?.post ?? '') && /^\d[\d,]*$/.test(sentence[at - 1]?.text ?? '')) {
    at -= 2;
  }
  const article = sentence[at];
  return article?.text === 'the' && /^\s+$/.test(article.post);
}

/**
 * "… Committee", "Competition Commission of India", "Commission on …", "Bauernverband", "Banco Kelso": an organisation
 * noun heads the name.
 */
function hasOrgHead(sentence: Sentence, draft: Draft, words: readonly Token[]): boolean {
  const span = sentence.slice(draft.first, draft.last + 1);
  const last = words[words.length - 1];
  const headBeforeOf = span.some((token, i) => i > 0 && (((token.lower === 'of' || token.lower === 'for') && has(ORG_HEADS_BEFORE_OF, span[i - 1].lower))
    || (token.lower === 'for' && (has(GROUP_MEMBERS_BEFORE_FOR, span[i - 1].lower) || has(ORG_HEADS_BEFORE_FOR_CAUSE, span[i - 1].lower) || has(MOVEMENT_HEADS_BEFORE_IN, span[i - 1].lower))) || (token.lower === 'of' && has(GROUP_MEMBERS_BEFORE_OF, span[i - 1].lower))
    || (token.lower === 'on' && has(ORG_HEADS_BEFORE_ON, span[i - 1].lower)) || (token.lower === 'to' && has(ORG_HEADS_BEFORE_TO, span[i - 1].lower))
    || (token.lower === 'in' && has(ORG_HEADS_BEFORE_IN, span[i - 1].lower))));
  // "Fisheries and Tides Enforcement": a public task's word ending a name joined by "and" stands for the head.
  const taskName = has(ORG_ENDS_WITHOUT_HEAD, last.lower) && span.some(token => token.lower === 'and');
  // "Corbel SA": a legal form that is a word or a place's abbreviation otherwise heads the name in capitals.
  const capitalForm = has(CAPITAL_LEGAL_FORMS, last.lower) && isAllCaps(last);
  // "Tarrow DC": a council's kind in initials after a town's name the lexicon does not know as a place (not "Washington DC").
  const councilForm = has(COUNCIL_FORM_INITIALS, last.lower) && isAllCaps(last) && words.slice(0, -1).every(word => isCapitalised(word) && !isAllCaps(word) && (word.lexicon & Tag.Place) === 0);
  // "Brennholt Freight UK", "Arts Council England", "Police Scotland": a country's initials or a place's name after an
  // organisation noun name the body's national arm or the nation a national body serves; the noun heads it.
  // Two words so only a public service's noun and a nation's name (isNationalBody), or a body's noun and a country's
  // initials ("Hospice UK", the national body of the hospices).
  const countryArm = (has(ORG_HEADS, words[words.length - 2]?.lower ?? '') && words.length > 2
    && ((isAllCaps(last) && has(COUNTRY_ABBREVIATIONS, last.lower)) || (!isAllCaps(last) && (last.lexicon & Tag.Place) !== 0)))
    || isNationalBody(words) || (words.length === 2 && has(ORG_HEADS, words[0].lower) && isAllCaps(last) && has(COUNTRY_ABBREVIATIONS, last.lower));
  // "Local 312": a union's branch named by its number (list numbered-branch-nouns); "News 11", a TV station (list numbered-station-nouns).
  // "Teamsters Local 202": a union's name before its local's number (runs.ts isUnionLocalNumber).
  const numberedBranch = (words.length === 2 && has(NUMBERED_BRANCH_NOUNS, words[0].lower) && /^\d{1,5}$/.test(last.text))
    || (words.length > 2 && words[words.length - 2].text === 'Local' && /^\d{1,5}\p{Lu}{0,3}$/u.test(last.text))
    || (has(NUMBERED_STATION_NOUNS, words[words.length - 2]?.lower ?? '') && /^\d{1,3}$/.test(last.text));
  // "Vardo Farmers' Co-operative": a head written with a hyphen is two tokens to the tagger (see isHyphenedBodyHeadEnd).
  const before = words[words.length - 2];
  const hyphenedHead = before !== undefined && before.post === '-' && has(ORG_HEADS, `${before.lower}-${last.lower}`);
  // "A User's Guide": a guide's head after a possessive ends a work's title (list possessive-work-heads).
  if ((before !== undefined && isPossessive(before) && has(POSSESSIVE_WORK_HEADS, last.lower)) || hospitalWard(words)) {
    return false;
  }
  // "Motor Racing Correspondent", "Racing | Race report": a sport's own name ending in a team's head word is the sport.
  if (words.length === 2 && SPORT_NAMES.has(last.lower) && SPORT_NAMES.has(`${words[0].lower} ${last.lower}`)) {
    return false;
  }
  // "Glen Kelso Mountain Rescue Team", "the Vardo Crisis Response Team": "Team" closing three capitalised words or more
  // names a volunteer or a public team (read as a person after a given name without it); not an org head in general,
  // where role cues read "leads the camera team at X" and "led the team with 1,142 yards" as a body's post.
  const namedTeam = words.length >= 3 && last.lower === 'team' && isCapitalised(last) && !isAllCaps(last) && before !== undefined && before.post !== '-';
  // "the Kelso Steel Pension Scheme": a pension scheme is a body with trustees (list pension-scheme-words).
  const pensionScheme = last.lower === 'scheme' && before !== undefined && has(PENSION_SCHEME_WORDS, before.lower);
  // "An SPA spokeswoman said": an article opening the sentence before initials that spell a legal form ("SpA") is no
  // name's first word; the initials are a body's abbreviation.
  if (words.length === 2 && /^an?$/i.test(words[0].text) && isAllCaps(last)) {
    return false;
  }
  return words.length > 1 && (has(ORG_HEADS, last.lower) || namedTeam || pensionScheme || has(MINE_COMPANY_HEADS, last.lower) || hyphenedHead || martialArtGym(sentence, draft) || endsOfficeBody(sentence, draft.last) || serviceDistrict(words) || reliefSociety(words) || airlineName(words) || carrierLineName(words) || headBeforeOf || taskName || capitalForm || councilForm || countryArm || numberedBranch || (ORG_SUFFIX.test(last.lower) && !givenNameFirst(words) && !afterHonorific(sentence, draft)) || lawFirmName(sentence, draft, words) || healthProviderName(words)
    || has(ORG_HEADS_FIRST, words[0].lower) || spanishPaperName(words) || spanishPluralBodyName(span) || maoriBodyName(span) || membersPossessiveInside(span) || isNationalSportBody(words) || studioAfterTrade(sentence, draft, words) || stateService(words)
    || issuePaperName(sentence, draft, words) || broadcasterChannel(words));
}

/**
 * "X of Castlemoor Law said", "Vardo Legal acted for the buyer": a name ending in a law firm's word (list law-firm-heads)
 * is the firm when its first word is neither a given name ("Jude Law" is a person) nor a field of law (list law-fields:
 * "Family Law" is the field). "Law" is a surname too, after given names the lexicon does not know ("Rafe Law, the
 * centre back,"), so a name ending in it is a firm only where a firm is placed: after a preposition or "firm" (list
 * law-firm-openers: "Nadia Vell of Orrinford Law", "the firm Orrinford Law").
 */
function lawFirmName(sentence: Sentence, draft: Draft, words: readonly Token[]): boolean {
  const last = words[words.length - 1].lower;
  if (words.length < 2 || !has(LAW_FIRM_HEADS, last) || givenNameFirst(words) || has(LAW_FIELDS, words[0].lower) || (words[0].lexicon & Tag.Person) !== 0) {
    return false;
  }
  return last !== 'law' || has(LAW_FIRM_OPENERS, sentence[draft.first - 1]?.lower ?? '');
}

/**
 * "The teams are run by Cascade Health", "Summit Mental Health said", "Pinecrest Home Health": US local and health copy
 * names a provider of care by a word of its own and "Health"; without a head the name was read as a person. Not when
 * every word before "Health" names a field of care (list health-field-words: "a degree in Public Health"), nor after a
 * given name, nor when a lower-case word is inside ("Minister of Health" is a title, "Department of Health" another head).
 */
function healthProviderName(words: readonly Token[]): boolean {
  const last = words[words.length - 1];
  if (words.length < 2 || last.lower !== 'health' || givenNameFirst(words) || (words[0].lexicon & Tag.Person) !== 0) {
    return false;
  }
  const before = words.slice(0, -1);
  return before.every(isCapitalised) && !before.every(word => has(HEALTH_FIELD_WORDS, word.lower));
}

/**
 * "Eastgate Muay Thai", "Iron Crane Jiu-Jitsu", "Marwick Judo": a name ending in a martial art of one or two words (list
 * martial-art-gym-endings, hyphened words joined) after a capitalised word of its own is a gym; after a nationality,
 * a known adjective or a word of list martial-art-qualifiers ("Brazilian Jiu-Jitsu", "Olympic Judo") the words are the art.
 */
function martialArtGym(sentence: Sentence, draft: Draft): boolean {
  const span = sentence.slice(draft.first, draft.last + 1);
  for (let size = 1; size <= 3 && size < span.length; size++) {
    const tail = span.slice(span.length - size);
    const art = tail.map((token, i) => (i > 0 && hyphenated(tail[i - 1], token) ? '-' : i > 0 ? ' ' : '') + token.lower).join('');
    const owner = span[span.length - size - 1];
    if (has(MARTIAL_ART_GYM_ENDINGS, art)) {
      return isCapitalised(owner) && ((owner.tags | owner.lexicon) & (Tag.Demonym | Tag.Adjective)) === 0 && !has(MARTIAL_ART_QUALIFIERS, owner.lower);
    }
  }
  return false;
}

/**
 * "Cal Fire said crews were tired", "Ore. Fire": a US state's abbreviation (list us-state-abbreviations) and a public
 * service's noun (list public-service-words) name the state's service, though "Cal" or "Del" is also a given name.
 */
function stateService(words: readonly Token[]): boolean {
  return words.length === 2 && has(US_STATE_ABBREVIATIONS, words[0].lower) && has(PUBLIC_SERVICE_WORDS, words[1].lower);
}

/**
 * "Arcfront developer Kelso Forge", "the Californian developer Kelso Forge": a trade a person also holds (list
 * firm-or-person-trades) right before a name ending in a workshop noun (list studio-name-endings) names the firm; the
 * trade is no person's title there.
 */
function studioAfterTrade(sentence: Sentence, draft: Draft, words: readonly Token[]): boolean {
  const trade = sentence[draft.first - 1];
  return words.length > 1 && trade !== undefined && !isCapitalised(trade) && joined(trade, sentence[draft.first])
    && has(FIRM_OR_PERSON_TRADES, trade.lower) && has(STUDIO_NAME_ENDINGS, words[words.length - 1].lower);
}

/**
 * "the Daily Kestrel", "the Sunday Kestrel", "the Tarrow Evening Star": after "the", a word of when a paper comes out
 * (list paper-issue-openers), first or after the paper's town, then one capitalised word of its own, is a newspaper's
 * name, a body, though neither word is a body's head; a programme or a gathering so named (list issue-non-paper-words:
 * "the Morning Show", "the Sunday Service") is not.
 */
function issuePaperName(sentence: Sentence, draft: Draft, words: readonly Token[]): boolean {
  const before = sentence[draft.first - 1];
  const issue = words.findIndex(word => has(PAPER_ISSUE_OPENERS, word.lower));
  const own = words[words.length - 1];
  return before !== undefined && before.lower === 'the' && (words.length === 2 || words.length === 3) && issue === words.length - 2
    && words.every(word => isCapitalised(word) && !isAllCaps(word)) && !has(ISSUE_NON_PAPER_WORDS, own.lower) && !has(PAPER_ISSUE_OPENERS, own.lower)
    && (own.lexicon & Tag.FirstName) === 0;
}

/**
 * "KBC One", "KBC Two", "KBC Radio Western", "KBC Radio Kelso": a broadcaster's initials, then a channel's number in
 * words (list channel-number-words) or its radio or TV service and the region or town it serves, name one of the
 * broadcaster's channels or services, a body of its own. Only after initials of two to five capitals, so "Square One"
 * or "Tom Radio Kelso" are untouched.
 */
function broadcasterChannel(words: readonly Token[]): boolean {
  const initials = words[0] !== undefined && /^\p{Lu}{2,5}$/u.test(words[0].text);
  return initials && ((words.length === 2 && isCapitalised(words[1]) && has(CHANNEL_NUMBER_WORDS, words[1].lower))
    || (words.length === 3 && has(BROADCAST_SERVICE_WORDS, words[1].lower) && isCapitalised(words[1]) && isCapitalised(words[2]) && !isAllCaps(words[2])));
}

/**
 * "Swimmers' Voice Kelso", "Parents' Forum Vardo": a listed plural of a body's members in the possessive inside the name
 * (a run crosses it only so, `joined` in words.ts) names whom the body speaks for; no person's name holds one. It heads the
 * name wherever it stands, at a sentence's start too ("Swimmers' Voice Kelso co-founder X said").
 */
function membersPossessiveInside(span: readonly Token[]): boolean {
  return span.some((token, i) => i < span.length - 1 && /^['’]/.test(token.post) && has(MEMBER_PLURALS, token.lower));
}

/** "Manos de Esperanza", "Voces del Valle": a plural Spanish noun (list spanish-plural-body-openers), a particle, more name. */
function spanishPluralBodyName(span: readonly Token[]): boolean {
  return span.length >= 3 && has(SPANISH_PLURAL_BODY_OPENERS, span[0].lower) && has(ROMANCE_BODY_PARTICLES, span[1].lower);
}

/**
 * "Te Rūnanga o Ngāi Kelso", "Te Wānanga o Vardo", "Te Hauora Tarrow": "Te", then a Māori institution's noun (list
 * maori-institution-nouns) or, further on, the Māori "o" (of) inside the name. No: "Te Ariki Kelso" (a given name).
 */
function maoriBodyName(span: readonly Token[]): boolean {
  return span.length >= 2 && span[0].text === 'Te' && (has(MAORI_INSTITUTION_NOUNS, span[1].lower) || span.some((token, i) => i > 1 && token.text === 'o'));
}


/** "El Heraldo Fronterizo", "La Voz": a Spanish article, then a newspaper's head noun (list spanish-press-heads). */
function spanishPaperName(words: readonly Token[]): boolean {
  return words.length >= 2 && (words[0].lower === 'el' || words[0].lower === 'la') && has(SPANISH_PRESS_HEADS, words[1].lower);
}

/**
 * "the Varnish Red Crescent", "the Kelso Red Cross": a national relief society, its name ending in the movement's two
 * words (list relief-society-endings); a body, though the tagger reads "Crescent" as a street and the word before it as
 * a place (so `placeWords` yields to it).
 */
function reliefSociety(words: readonly Token[]): boolean {
  return words.length > 1 && has(RELIEF_SOCIETY_ENDINGS, `${words[words.length - 2].lower} ${words[words.length - 1].lower}`);
}

/**
 * "Ostra Air", "Norwegian Air", "Skerry Isles Air": an airline, its own words and the ending "Air" (list
 * airline-endings). Two or three words, none before the ending a common word of the lexicon: "Clean Air", "Fresh
 * Air", "Open Air" are a scheme's, a show's or an event's words. A regional airline is named after the island or the
 * coast it serves as often as by one word, so a place's two words ("Tern Island Air", "Kelso Bay Air") count too.
 */
function airlineName(words: readonly Token[]): boolean {
  const last = words.length - 1;
  return (words.length === 2 || words.length === 3) && has(AIRLINE_ENDINGS, words[last].lower)
    && (words.slice(0, last).every(word => (word.lexicon & (Tag.Adjective | Tag.Noun | Tag.Verb | Tag.Adverb)) === 0) || airlineNamedAfterHeadland(words));
}

/**
 * "Keel Point Air", "Tarrow Ness Air": a place word, a headland's or a coast's noun the lexicon knows as a common word
 * (list airline-place-nouns) and "Air" name a regional airline after the place it serves; the first word may be a
 * common noun too (a place named after a thing), but no adjective ("Fresh Point Air" is no place's name).
 */
function airlineNamedAfterHeadland(words: readonly Token[]): boolean {
  return words.length === 3 && has(AIRLINE_PLACE_NOUNS, words[1].lower) && (words[0].lexicon & (Tag.Adjective | Tag.Adverb)) === 0;
}

/**
 * "Kelso Shipping Line", "Orrin Container Line": "Line" after a carrier's trade word (list line-carrier-trades) and a
 * capitalised first word closes a shipping or ferry company's name; "the Vardo Line" alone is a railway's route.
 */
function carrierLineName(words: readonly Token[]): boolean {
  return words.length > 2 && words[words.length - 1].lower === 'line' && has(LINE_CARRIER_TRADES, words[words.length - 2].lower);
}

/**
 * "Dunmore Unified School District", "Kelso Valley Water District": a name of three words or more ending in "District"
 * after a service's noun is a public body that runs the service; "Kelso District" and "School District" alone are not.
 * So is one ending in "Station" after a science's word ("the Kelso Marine Station", list research-station-words): a
 * research body; so after an emergency service's word ("Kelso Fire Station", list service-station-words): the
 * service's unit; "Kelso Station" and "Marine Station" alone are not.
 */
function serviceDistrict(words: readonly Token[]): boolean {
  if (words.length <= 2) {
    return false;
  }
  const head = words[words.length - 1].lower;
  const before = words[words.length - 2].lower;
  return (head === 'district' && has(SERVICE_DISTRICT_WORDS, before)) || (head === 'station' && (has(RESEARCH_STATION_WORDS, before) || has(SERVICE_STATION_WORDS, before)));
}

/**
 * "Gregor Ashbank", "Lena Fairbank": a given name the lexicon knows only as one (not a body's or a place's word) opening
 * the name makes an organisation-like ending of the last word ("-bank", "-bund") part of a surname; a compound body's
 * name ("Deutsche Bundesbank") never opens with a given name. A whole organisation noun still heads the name
 * ("Lena Fairbank Trust", "Ashbank Holdings").
 */
/**
 * "Dr Felicia Marchbank": a name right after an honorific is a person's, though its surname ends in a German body's
 * word ("-bank", "-bund": list org-suffixes) and the lexicon does not know its given name.
 */
function afterHonorific(sentence: Sentence, draft: Draft): boolean {
  return ((sentence[draft.first - 1]?.tags ?? 0) & Tag.Honorific) !== 0;
}

function givenNameFirst(words: readonly Token[]): boolean {
  const flags = lexiconFlags(words[0].lower);
  return (flags & (Tag.MaleName | Tag.FemaleName)) !== 0 && (flags & (Tag.Organization | Tag.Place)) === 0;
}

/** Lexicon tags of a person's own words: a name holding one is never read as a company by a price move after it. */
const PERSON_WORD_TAGS = Tag.Person | Tag.FirstName | Tag.LastName | Tag.MaleName | Tag.FemaleName | Tag.Honorific;

/** "Kelso Bank AG (KLB.S) rose": a ticker in brackets right after a company's name, one token of capitals, digits and dots. */
function bracketedTickerAfter(sentence: Sentence, last: number): boolean {
  const ticker = sentence[last + 1];
  return ticker !== undefined && /^\s*\($/.test(sentence[last].post + ticker.pre) && /^\)/.test(ticker.post)
    && /^[A-Z0-9][A-Z0-9.:-]*$/.test(ticker.text);
}

/** "6 per cent", "6 percent", "6%", "6pc" starting at the number token at `at`. */
function percentAt(sentence: Sentence, at: number): boolean {
  const number = sentence[at];
  if (/^\d[\d.,]*(?:%|pc)$/.test(number.lower)) {
    return true;
  }
  const unit = sentence[at + 1];
  return /^\d[\d.,]*$/.test(number.lower) && unit !== undefined
    && (unit.lower === 'percent' || unit.lower === 'pc' || (unit.lower === 'per' && sentence[at + 2]?.lower === 'cent'));
}

/**
 * "Vardo Pavilion Developments fell 3.7 per cent", "Kelso Bank AG (KLB.S) slumped 17.8%": a name right before a verb of
 * a price move (list price-move-verbs) and, past a few fillers ("almost", "up", "more than"), a percentage is a listed
 * company (or an index) in markets copy. Not a name with a person's word the lexicon knows or an honorific, nor one after
 * an article (a currency: "the Marek firmed 0.8%"), nor a figure's noun opening a sentence (list price-move-measures).
 */
function priceMoveAfter({ sentence, draft, words, honorific, before }: NameContext): boolean {
  // "the Marek firmed 0.8%": a currency (or an index) after "the"; "Revenue rose 6%": a figure opening a sentence;
  // "Prices in Tarvo rose 3%": after a preposition of place the name is where the figure moved, not what moved.
  if (honorific || words.some(token => (token.lexicon & PERSON_WORD_TAGS) !== 0) || (before !== undefined && (has(ARTICLES, before.lower) || has(PLACE_PREPOSITIONS, before.lower)))
    || (words.length === 1 && has(PRICE_MOVE_MEASURES, words[0].lower))) {
    return false;
  }
  let q = draft.last + 1;
  if (bracketedTickerAfter(sentence, draft.last)) {
    q++;
  } else if (!/^\s+$/.test(sentence[draft.last].post)) {
    return false;
  }
  const verb = sentence[q];
  if (verb === undefined || verb.capitalised || !has(PRICE_MOVE_VERBS, verb.lower)) {
    return false;
  }
  for (let r = q + 1; r < sentence.length && r <= q + 4; r++) {
    if (/^\d/.test(sentence[r].lower)) {
      return percentAt(sentence, r);
    }
    if (!has(PRICE_MOVE_FILLERS, sentence[r].lower)) {
      return false;
    }
  }
  return false;
}

/**
 * The words of a nickname in quotation marks inside a name (`Owain "The Torch" Pritchard`, `Tomas "Tig" Wendle`):
 * they say nothing of the name's kind (an article, a common noun), so the evidence is read from the other words.
 */
function nicknameIndices(sentence: Sentence, draft: Draft): Set<number> {
  const inside = new Set<number>();
  for (let i = draft.first + 1; i < draft.last; i++) {
    const end = isQuotedNickname(sentence[i]) ? i : quotedNicknameEnd(sentence, i, draft.last);
    for (let k = i; k <= end; k++) {
      inside.add(k);
    }
    i = Math.max(i, end);
  }
  return inside;
}

/**
 * "the Marten ransomware gang", "Bracken extortion crew": right after the name a crime word (list crime-group-modifiers)
 * and a group noun (list crime-group-nouns) that ends the phrase; the name is the gang.
 */
function crimeGroupAfter({ sentence, draft, nameEnd, honorific }: NameContext): boolean {
  const modifier = sentence[draft.last + 1], noun = sentence[draft.last + 2];
  if (honorific || isPossessive(nameEnd) || modifier === undefined || noun === undefined || isCapitalised(modifier) || isCapitalised(noun)) {
    return false;
  }
  return joined(nameEnd, modifier) && joined(modifier, noun) && has(CRIME_GROUP_MODIFIERS, modifier.lower) && has(CRIME_GROUP_NOUNS, noun.lower);
}

/** "a gang calling itself Marten", "which calls itself Bracken": a verb of naming (list self-naming-verbs) and "itself" right before the name. */
function namesItself({ before, twoBefore, nameStart, honorific }: NameContext): boolean {
  return !honorific && before !== undefined && twoBefore !== undefined && before.lower === 'itself' && joined(before, nameStart)
    && joined(twoBefore, before) && has(SELF_NAMING_VERBS, twoBefore.lower);
}

/** Most words between a tracking verb and its "as" ("tracks the ransomware group as X"). */
const MAX_TRACKED_OBJECT_WORDS = 4;

/**
 * "Weller, which tracks the gang as Amber Stoat,", "tracked by Kelso as Grey Marten.": "as" right before the name, a
 * tracking verb (list tracking-verbs) at most a few words before it, and the name ending its clause (a comma, a full
 * stop or the sentence's end after it): a threat-intelligence firm's own name for a group. A verb after the name ("as
 * Dana Kelso ran") makes "as" a conjunction.
 */
function trackedAs({ sentence, draft, before, nameEnd, honorific }: NameContext): boolean {
  if (honorific || before === undefined || before.lower !== 'as' || !joined(before, sentence[draft.first])) {
    return false;
  }
  if (draft.last < sentence.length - 1 && !/^[,;.]/.test(nameEnd.post)) {
    return false;
  }
  for (let i = draft.first - 2; i >= 0 && i >= draft.first - 2 - MAX_TRACKED_OBJECT_WORDS; i--) {
    const token = sentence[i];
    if (/[,;:.]/.test(token.post)) {
      return false;
    }
    if (has(TRACKING_VERBS, token.lower)) {
      return true;
    }
  }
  return false;
}

/**
 * "the NightBolt encryptor", "the Hattie infostealer.", "deployed Kestrel ransomware,": one word right before a malware
 * noun (list malware-nouns) that ends its phrase (see endsTokenPhrase: "the Marten ransomware gang" goes on into a noun).
 */
function namesProgram({ sentence, draft, multiWord, nameEnd, nameStart, after, before, first, honorific }: NameContext): boolean {
  if (multiWord || honorific || isPossessive(nameEnd)) {
    return false;
  }
  // "then deploy NightBolt at the weekend": the one word after a verb of running malware (list malware-deploy-verbs).
  if (before !== undefined && has(MALWARE_DEPLOY_VERBS, before.lower) && joined(before, nameStart) && !isAllCaps(first)) {
    return true;
  }
  return after !== undefined && !isCapitalised(after) && joined(nameEnd, after) && has(MALWARE_NOUNS, after.lower) && endsTokenPhrase(sentence, draft.last + 1);
}

/**
 * "an Ostra Gatekeep VPN appliance", "the Kelvo X2 router,": a name right before a hardware noun (list product-nouns)
 * that ends its phrase is the maker's product, a thing; not with a given name the lexicon knows first ("Dana Kelso's
 * router" is hers, and the possessive is left out anyway).
 */
function namesProduct({ sentence, draft, nameEnd, after, first, honorific }: NameContext): boolean {
  // "her Lumo CrispMax 6 fryer", "a Brisa T200 heater": a model's number may stand between the name and the noun.
  const numbered = after !== undefined && MODEL_NUMBER.test(after.text) && joined(nameEnd, after) ? 1 : 0;
  let at = draft.last + 1 + numbered;
  // "the Vela games console", "its Orro smart speaker": a listed modifier may stand before the noun too.
  const modifier = sentence[at];
  if (modifier !== undefined && !isCapitalised(modifier) && has(PRODUCT_NOUN_MODIFIERS, modifier.lower) && joined(sentence[at - 1], modifier)) {
    at++;
  }
  const noun = sentence[at];
  return !honorific && !isPossessive(nameEnd) && noun !== undefined && !isCapitalised(noun) && joined(sentence[at - 1], noun)
    && has(PRODUCT_NOUNS, noun.lower) && endsTokenPhrase(sentence, at) && (lexiconFlags(first.lower) & (Tag.MaleName | Tag.FemaleName)) === 0;
}

/** How many capitalised words the second model's name of a pair may have ("the X5 and X7 Pro models"). */
const MAX_PAIRED_MODEL_WORDS = 2;

/**
 * "the X5 and X7 models", "the Arden and Baylor handsets": the name, "and", the second model's one or two capitalised
 * words and a product's or a vehicle's noun that ends its phrase (lists product-nouns, vehicle-nouns).
 */
function pairedBeforeProductNoun({ sentence, draft, first, honorific }: NameContext): boolean {
  if (honorific || sentence[draft.last + 1]?.lower !== 'and' || !spaceAfter(sentence[draft.last]) || (lexiconFlags(first.lower) & (Tag.MaleName | Tag.FemaleName)) !== 0) {
    return false;
  }
  const start = draft.last + 2;
  let at = start;
  while (sentence[at] !== undefined && isCapitalised(sentence[at]) && at - start < MAX_PAIRED_MODEL_WORDS && spaceAfter(sentence[at])) {
    at++;
  }
  const noun = sentence[at];
  return at > start && noun !== undefined && !isCapitalised(noun) && (has(PRODUCT_NOUNS, noun.lower) || has(VEHICLE_NOUNS, noun.lower)) && endsTokenPhrase(sentence, at);
}

/**
 * A name shaped as a campaign's ("Save Our Wards": a command; "Concerned Parents of Arnfield": a mood or a participle
 * and a plural) with a campaign's cue near it (words.ts campaignCueNear).
 */
function campaignNamedWithCue({ sentence, draft, words, first, honorific }: NameContext): boolean {
  if (honorific || words.length < 2 || ((first.lexicon | first.tags) & (Tag.Person | Tag.FirstName | Tag.Place)) !== 0) {
    return false;
  }
  const command = (((first.lexicon | first.tags) & Tag.Verb) !== 0 && isPlainVerb(first)) || has(COMMAND_NAME_VERBS, first.lower);
  const mood = ((first.lexicon & Tag.Adjective) !== 0 || /\p{Ll}ed$/u.test(first.text)) && /[^s']s$/.test(words[1].lower);
  return (command || mood) && campaignCueNear(sentence, draft.first, draft.last);
}

/**
 * "Vela's Orin chatbot", "Kestrel's new Ember handset": a possessive name, perhaps a word of release or of the device's
 * market (lists release-modifiers, product-noun-modifiers), one or two capitalised words and a product noun (list
 * product-nouns) that ends its phrase: the possessive is the product's maker. A given name the lexicon knows owns it.
 */
function ownsProduct({ sentence, draft, nameEnd, first, honorific }: NameContext): boolean {
  if (honorific || !isPossessive(nameEnd) || (lexiconFlags(first.lower) & Tag.FirstName) !== 0) {
    return false;
  }
  let at = draft.last + 1;
  while (sentence[at] !== undefined && !isCapitalised(sentence[at]) && (has(RELEASE_MODIFIERS, sentence[at].lower) || has(PRODUCT_NOUN_MODIFIERS, sentence[at].lower))) {
    at++;
  }
  const product = at;
  while (sentence[at] !== undefined && isCapitalised(sentence[at]) && at - product < 2 && spaceAfter(sentence[at - 1])) {
    at++;
  }
  const noun = sentence[at];
  return at > product && noun !== undefined && !isCapitalised(noun) && joined(sentence[at - 1], noun) && has(PRODUCT_NOUNS, noun.lower) && endsTokenPhrase(sentence, at);
}

/** "6 Pro": a model's number right before a capitalised grade word (list product-grade-words), joined to it. */
function gradeAfterModelNumber(before: Token | undefined, twoBefore: Token | undefined): boolean {
  return before !== undefined && twoBefore !== undefined && isCapitalised(before) && has(PRODUCT_GRADE_WORDS, before.lower)
    && MODEL_NUMBER.test(twoBefore.text) && joined(twoBefore, before);
}

/** How many words a graded model's name has at most ("Vela Lite", "Tarn Fold Ultra"). */
const GRADED_MODEL_WORDS = 3;

/**
 * "the Vela 6 Pro Max", "a Tarn Lite": a name right after a model's number and a grade word, or a name of two or three
 * words closed by a capitalised grade word whose first word is no given name, is a model, a thing.
 */
function namesGradedModel({ words, first, last, before, twoBefore, nameStart, multiWord, honorific }: NameContext): boolean {
  if (honorific) {
    return false;
  }
  if (gradeAfterModelNumber(before, twoBefore) && before !== undefined && joined(before, nameStart)) {
    return true;
  }
  return multiWord && words.length <= GRADED_MODEL_WORDS && isCapitalised(last) && has(PRODUCT_GRADE_WORDS, last.lower)
    && (lexiconFlags(first.lower) & (Tag.MaleName | Tag.FemaleName | Tag.FirstName)) === 0;
}

/** A model's code: two to four capitals, digits, then capitals again in one word ("NS6P", "KTX40B"); not one capital before the digits ("G4S"). */
const MODEL_CODE = /^\p{Lu}{2,4}\d{1,4}\p{Lu}{1,3}$/u;

/** A model's number after a product's name: digits, or a letter or two and digits ("6", "X2", "T200"). */
const MODEL_NUMBER = /^[A-Z]{0,2}\d{1,4}$/;

/** A car's body style after a model's name, in lower case or in capitals ("sedans", "SUVs": list vehicle-nouns). */
function isVehicleNoun(token: Token | undefined): boolean {
  return token !== undefined && has(VEHICLE_NOUNS, token.lower) && (!isCapitalised(token) || /^\p{Lu}{2,}s?$/u.test(token.text));
}

/**
 * "2023-2024 Marlowe sedans,", "the Aria SUV and …", "the Marlowe GT-S performance trim", "the Marlowe nameplate is":
 * a name right before a car's body style, badge or trim (list vehicle-nouns), or before one lower-case word and then
 * one, that ends its phrase is the model, a thing. Not after an honorific nor with a possessive ("Dana Kelso's SUV").
 */
function namesVehicleModel({ sentence, draft, nameEnd, after, honorific }: NameContext): boolean {
  if (honorific || isPossessive(nameEnd) || after === undefined || !joined(nameEnd, after)) {
    return false;
  }
  if (isVehicleNoun(after)) {
    return endsTokenPhrase(sentence, draft.last + 1);
  }
  const noun = sentence[draft.last + 2];
  return noun !== undefined && !isCapitalised(after) && (after.tags & Tag.Verb) === 0 && !has(NOUN_DETERMINERS, after.lower) && joined(after, noun)
    && isVehicleNoun(noun) && !isCapitalised(noun) && endsTokenPhrase(sentence, draft.last + 2);
}

/** "an NH90 helicopter", "two AW139 helicopters": one word of capitals and digits (a type's code) right before a craft noun (list craft-nouns). */
function craftTypeCode({ draft, words, nameEnd, after }: NameContext): boolean {
  return draft.first === draft.last && words.length === 1 && /^\p{Lu}{1,3}-?\d{1,4}\p{Lu}?$/u.test(nameEnd.text)
    && after !== undefined && joined(nameEnd, after) && !isCapitalised(after) && has(CRAFT_NOUNS, after.lower);
}

/**
 * "the Stainley Hoard", "the Kelso Bronzes", "the Bronzes", "A HOARD of coins": a name whose last word is a capitalised
 * noun of a find or a museum object (list find-heads). Not after an honorific, not with a body's head, nor two words
 * opened by a known given name without "the" before them ("Dana Treasure said").
 */
function isFindName(context: NameContext): boolean {
  const { words, first, before, multiWord, honorific, orgHead } = context;
  const last = words[words.length - 1];
  // "Return the Bronzes": a campaign named by a command keeps the object it asks for, a find's noun or not.
  return !honorific && !orgHead && has(FIND_HEADS, last.lower) && isCapitalised(last)
    && !(multiWord && before?.lower !== 'the' && isKnownFirstName(first)) && !namedByCommand(context);
}

/** Years, centuries and ranges beside an era's abbreviation ("43", "43–47", "1200s"). */
const ERA_YEAR = /^\d{1,4}(?:s|[–-]\d{1,4})?$/;

/**
 * "AD 43", "c. AD 43–47", "55 BC", "the 3rd century BCE": one word in capitals of a calendar era (list era-markers)
 * right after a year or "century"/"millennium", or right before a year.
 */
function isEraMarker({ multiWord, first, before, after }: NameContext): boolean {
  if (multiWord || !isAllCaps(first) || !has(ERA_MARKERS, first.lower)) {
    return false;
  }
  const yearBefore = before !== undefined && (ERA_YEAR.test(before.text) || /^(?:century|centuries|millennium)$/.test(before.lower));
  return yearBefore || (after !== undefined && /^\d/.test(after.text));
}

/**
 * "forty Kelso Scholarships", "the Dana Marr Bursary", "the Edith Appeal": two words or more closed by a capitalised
 * gift's noun (list donor-gift-heads), no lower-case joint inside ("the Court of Appeal") and no body's head.
 */
function namesDonorGift({ sentence, draft, words, honorific, orgHead }: NameContext): boolean {
  const head = words[words.length - 1];
  return !honorific && !orgHead && words.length >= 2 && isCapitalised(head) && has(DONOR_GIFT_HEADS, head.lower)
    && sentence.slice(draft.first, draft.last + 1).every(token => isCapitalised(token));
}

/**
 * "the first Dana Marr Professor of Economics": two words or more closed by a title (list named-chair-titles), right
 * after "the", "first", "inaugural" or "new" and right before "of" or "in".
 */
function namesEndowedChair({ words, before, after, nameEnd, honorific }: NameContext): boolean {
  const head = words[words.length - 1];
  return !honorific && words.length >= 2 && isCapitalised(head) && has(NAMED_CHAIR_TITLES, head.lower) && before !== undefined
    && has(ENDOWED_POST_OPENERS, before.lower) && after !== undefined && (after.lower === 'of' || after.lower === 'in') && joined(nameEnd, after);
}

/** A model year: four digits from 1950 to 2039. */
const MODEL_YEAR = /^(?:19[5-9]\d|20[0-3]\d)$/;

/**
 * "drives a 2024 Sable in Boise", "Pictured: a 2023 Kelso Aria in Summit trim": an article, a model year and a name of
 * one or two words that ends its phrase (no noun after it: "the 2020 Kelso campaign" is a person's) is a car, a thing.
 * Not a name with a body's head ("the 2016 Kelso Motor Show") or one the lexicon knows as a body.
 */
function modelYearBefore({ sentence, draft, words, before, twoBefore, nameEnd, after, honorific, orgHead }: NameContext): boolean {
  if (honorific || orgHead || words.length > 2 || before === undefined || twoBefore === undefined || !MODEL_YEAR.test(before.text)
    || !ARTICLES.has(twoBefore.lower) || !joined(twoBefore, before) || !joined(before, sentence[draft.first]) || isPossessive(nameEnd)) {
    return false;
  }
  if (words.some(word => (word.lexicon & Tag.Organization) !== 0)) {
    return false;
  }
  // What follows must close the noun phrase: a preposition, a conjunction, a copula or an adverb ("a 2019 Corbin was
  // stolen"); a lower-case word the tagger reads as a verb may be a noun the name modifies ("the 2020 Kelso campaign.").
  return after === undefined || /[,;:.!?)]/.test(nameEnd.post) || (after.tags & (Tag.Preposition | Tag.Conjunction | Tag.Copula | Tag.Adverb)) !== 0;
}

/**
 * "an operator using the handle Quill", "a hacker under the username Marrow": a capitalised one-word name right after
 * a screen-name noun and its determiner (list screen-name-nouns); lowerCaseNames.ts reads the lower-case ones. The name is the person's handle, whatever
 * common word it is.
 */
function capitalisedScreenName({ multiWord, before, twoBefore, nameStart, honorific }: NameContext): boolean {
  if (multiWord || honorific || before === undefined || twoBefore === undefined || !joined(before, nameStart) || !joined(twoBefore, before)) {
    return false;
  }
  // Only after a screen-name noun: "goes by Jay", "posts as Kit" give a capitalised nickname of someone named in full
  // as often, which joins that person (nameJoins.ts), not a handle of its own.
  return has(SCREEN_NAME_NOUNS, before.lower) && has(NOUN_DETERMINERS, twoBefore.lower);
}

/**
 * "Georgia Tallis", "Paris Okafor": a given name the lexicon knows only as a place (list place-given-names) before one
 * word the lexicon does not know or knows as a surname, no body's or place's head: the person's first name.
 */
function placeGivenName({ words, honorific }: NameContext): boolean {
  if (honorific || words.length !== 2 || !has(PLACE_GIVEN_NAMES, words[0].lower) || isAllCaps(words[1])) {
    return false;
  }
  const last = words[1];
  return (last.lexicon === 0 || tagged(last, Tag.LastName)) && !has(ORG_HEADS, last.lower) && !has(PLACE_HEADS, last.lower);
}

/** The context of a draft, or undefined for a draft of particles alone ("arap", "al-"): no name word to judge. */
export function nameContext(sentence: Sentence, draft: Draft): NameContext | undefined {
  const nickname = nicknameIndices(sentence, draft);
  const words = sentence.slice(draft.first, draft.last + 1).filter((token, k) => !isParticle(token) && !nickname.has(draft.first + k));
  if (words.length === 0) {
    return undefined;
  }
  return {
    sentence, draft, words,
    first: words[0],
    last: words[words.length - 1],
    multiWord: words.length > 1,
    nameStart: sentence[draft.first],
    nameEnd: sentence[draft.last],
    before: sentence[draft.first - 1],
    twoBefore: sentence[draft.first - 2],
    after: sentence[draft.last + 1],
    twoAfter: sentence[draft.last + 2],
    honorific: draft.honorific !== undefined,
    orgHead: hasOrgHead(sentence, draft, words),
  };
}

/** The draft of the braced name in an example sentence, found as the engine finds names (roles included). */
export function exampleDraft(example: string): { readonly text: string; readonly sentence: Sentence; readonly draft: Draft } {
  const start = example.indexOf('{'), end = example.indexOf('}') - 1;
  const text = example.replace(/[{}]/g, '');
  for (const sentence of parseParagraph(text)) {
    const parts = titleParts(sentence);
    const drafts = findNames(sentence, parts);
    findRoles(sentence, parts, drafts);
    const draft = drafts.find(found => wordSpan(sentence[found.first]).start === start && wordSpan(sentence[found.last]).end === end);
    if (draft) {
      return { text, sentence, draft };
    }
  }
  throw new Error(`no name found at the braces of the example: ${example}`);
}

function exampleContext(example: string): NameContext {
  const { sentence, draft } = exampleDraft(example);
  const context = nameContext(sentence, draft);
  if (!context) {
    throw new Error(`the braced name holds particles only: ${example}`);
  }
  return context;
}

const tagged = (token: Token, tag: number): boolean => ((token.lexicon | token.tags) & tag) !== 0;
const spaceAfter = (token: Token): boolean => /^\s+$/.test(token.post);

/** compromise's in-context organisation tag counts only when its organisation is exactly this name, not a longer phrase ("X's office"). */
function taggedOrg(context: NameContext, token: Token): boolean {
  const after = context.after;
  // So does "Council" of a title "Council Member" after a place ("Tarrow Council Member X"): the tag is the phrase's.
  // compromise may tag the town alone and the head as a verb ("Tarrow police station": "police" a verb): a lower-case
  // head of a town's body after the name (list town-named-heads) still makes the tag the phrase's, a town's force or council.
  const longer = after !== undefined && (!isCapitalised(after) || isMemberBodyWord(context.sentence, context.draft.last + 1))
    && ((after.tags & Tag.Organization) !== 0 || (!isCapitalised(after) && has(TOWN_NAMED_HEADS, after.lower)));
  // For all-capital words our own lists decide: compromise tags any "the XYZ" as an organisation.
  const listed = isAllCaps(token) && (has(NON_ORG_ACRONYMS, nameWord(token)) || has(PLACE_ACRONYMS, nameWord(token)));
  return (token.lexicon & Tag.Organization) !== 0 || ((token.tags & Tag.Organization) !== 0 && !longer && !listed);
}

/** A noun right after the name, not introducing a next name ("the company Vardo"). */
/**
 * "aboard the Kestrel Dawn", "the crew of the Kestrel Dawn", "the Kestrel Dawn, a Dutch-flagged tanker,": words that put
 * people on a ship before the name (a crew only with "of"), or an appositive headed by a ship's noun after it. Not after an
 * honorific, nor a possessive name ("aboard Kelso's plane").
 */
/**
 * "Foxes ship Deuce to Nashville", "Kelso ships Vardo to Tarrow": "ship" right after a capitalised subject (or opening
 * the line) with "to" after the name is the verb of a trade or a transfer (sports headlines send players so), not a
 * ship's noun naming a vessel ("the ship Orrin Lass" has a determiner or a modifier before the noun).
 */
function isShippedTo(sentence: Sentence, cue: number, last: number): boolean {
  const before = sentence[cue - 1];
  return (sentence[cue].lower === 'ship' || sentence[cue].lower === 'ships') && sentence[last + 1]?.lower === 'to'
    && (before === undefined || isCapitalised(before));
}

/**
 * "The accounts for 2025-26 show X received …", "Records show X was paid", "Fans storm Y": a thing noun that is also a
 * plain verb (list thing-noun-verbs) right after a plural noun (lower case, or opening the sentence) or a year or a
 * figure is the verb of that subject, no noun naming a show or a storm ("the show X", "a storm X" have a determiner).
 */
function isThingNounVerbAfterSubject(sentence: Sentence, cue: number): boolean {
  const subject = sentence[cue - 1];
  if (!has(THING_NOUN_VERBS, sentence[cue].lower) || subject === undefined || !joined(subject, sentence[cue]) || isPossessive(subject)) {
    return false;
  }
  const plural = (subject.tags & Tag.Plural) !== 0 && (subject.tags & (Tag.Determiner | Tag.Pronoun)) === 0 && (cue - 1 === 0 || !isCapitalised(subject));
  return plural || ((subject.tags & (Tag.Value | Tag.Date)) !== 0 && /\d/.test(subject.text));
}

/**
 * "the yacht Lady Brenna", "the research vessel Sir Tom Fane", "RRS Sir Ilse Berg": a ship named after a person keeps the
 * person's honorific in its name; a ship's noun or prefix right before the honorific, with nothing between, makes the
 * whole a vessel's name. Not "the ship's master, Captain X" (a possessive) nor "the ship, Sir X said" (punctuation).
 */
function honorificAfterVesselNoun(sentence: Sentence, draft: Draft): boolean {
  const honorificAt = draft.first - 1, cueAt = draft.first - 2;
  const cue = sentence[cueAt], honorific = sentence[honorificAt];
  if (cue === undefined || honorific === undefined || !joined(cue, honorific) || !joined(honorific, sentence[draft.first]) || isPossessive(sentence[draft.last])) {
    return false;
  }
  return isShipPrefix(cue) || (vesselNounAt(sentence, cueAt) && !isShippedTo(sentence, cueAt, draft.last));
}

function isVesselUse({ sentence, draft, honorific }: NameContext): boolean {
  if (honorific) {
    return honorificAfterVesselNoun(sentence, draft);
  }
  if (isShipPrefix(sentence[draft.first - 1]) || isVesselAppositive(sentence, draft) || isFullNameAfterThe(sentence, draft)) {
    return true;
  }
  let k = draft.first - 1;
  if (sentence[k]?.lower === 'the' && sentence[k - 1] !== undefined && joined(sentence[k - 1], sentence[k])) {
    k--;
  }
  // The cue joined to the name, no punctuation between ("all on board," X said is no ship).
  if (k < 0 || sentence.slice(k, draft.first).some((token, i) => !joined(token, sentence[k + i + 1]))) {
    return false;
  }
  if (sentence[k].lower === 'of' && k > 0 && has(VESSEL_CUES, sentence[k - 1].lower) && sentence[k - 1].lower !== 'aboard') {
    return !isCapitalised(sentence[k - 1]) && joined(sentence[k - 1], sentence[k]) && !isPossessive(sentence[draft.last]);
  }
  // Not "on board": also said of joining a cause ("came on board Dana Kelso's bid"); nor a possessive ("aboard Kelso's plane").
  const cue = sentence[k];
  // "a ferry called Kelso Star", "a locomotive named the Orrin Lass": a naming verb right after a vessel's noun.
  if (has(NAMING_VERBS, cue.lower) && k > 0 && has(VESSEL_NOUNS, sentence[k - 1].lower) && joined(sentence[k - 1], cue)) {
    return !isPossessive(sentence[draft.last]);
  }
  if (cue.lower === 'aboard' && !isCapitalised(cue)) {
    return !isPossessive(sentence[draft.last]);
  }
  // "the ro-pax X", "the tanker X": a ship's noun right before the name (not "the tanker firm X", whose noun is "firm";
  // nor the verb "ship X to Y", isShippedTo).
  if (!isCapitalised(cue) && vesselNounAt(sentence, k) && !isPossessive(sentence[draft.last]) && !isShippedTo(sentence, k, draft.last)) {
    return true;
  }
  if (!/^,\s*$/.test(sentence[draft.last].post) || !ARTICLES.has(sentence[draft.last + 1]?.lower ?? '')) {
    return false;
  }
  // The appositive's head: the last word before its closing punctuation, within six words, or a ship's noun before
  // its operator or owner ("X, a Maltese-flagged ro-pax ferry operated by Y,").
  for (let q = draft.last + 2; q < sentence.length && q <= draft.last + 7; q++) {
    if (isCapitalised(sentence[q]) && !/-$/.test(sentence[q].post)) {
      continue;
    }
    if (/^\s*[,.;:)—–]/.test(sentence[q].post) || q === sentence.length - 1) {
      return vesselNounAt(sentence, q);
    }
    if (vesselNounAt(sentence, q) && /\p{L}ed$/u.test(sentence[q + 1]?.lower ?? '') && sentence[q + 2]?.lower === 'by') {
      return true;
    }
  }
  return false;
}

/**
 * "Its lifeboat, the Dana Kelso, was launched", "the charity's fast boat, the Orrin,": "the" and the name in apposition
 * after a ship's noun and its comma, the name closed by a comma or the sentence's end: the name is the boat's. Not
 * without "the" ("the boat, Dana Kelso said") nor where a verb follows the name ("sank the boat, the coastguard said").
 */
function isVesselAppositive(sentence: Sentence, draft: Draft): boolean {
  const article = sentence[draft.first - 1], noun = sentence[draft.first - 2];
  const closed = draft.last === sentence.length - 1 || /^,/.test(sentence[draft.last].post);
  return article?.lower === 'the' && !isCapitalised(article) && noun !== undefined && /^,\s+$/.test(noun.post) && vesselNounAt(sentence, draft.first - 2) && closed;
}


/** A word the lexicon knows as a surname, or does not know at all, and no plural ("Panthers" after "the Carolina" is a team). */
function isSurnameWord(token: Token): boolean {
  const flags = lexiconFlags(token.lower) | token.lexicon;
  // An unknown word ending in a plural's "s" is a team's or a band's plural as often ("the Carolina Panthers").
  return ((flags & Tag.LastName) !== 0 || (flags === 0 && !/[^s]s$/.test(token.lower))) && (token.tags & Tag.Plural) === 0 && !/-/.test(token.text);
}


/**
 * "adrift with the Marta Kelso", "she sailed on the Dana Overby as a medic": a lower-case "the" right before a known
 * given name and a surname, with nothing after the name that a noun phrase goes on with (punctuation, the sentence's
 * end, a preposition, a conjunction or a verb), is a thing named after a person, as rescue copy names charities' ships and
 * lifeboats: no one writes "the" before a person's bare name. Not before a noun ("the Dana Kelso campaign" is the
 * person's), nor before "of", "who" or a pronoun ("the Dana Kelso of old", "the Dana Kelso we knew").
 */
function isFullNameAfterThe(sentence: Sentence, draft: Draft): boolean {
  const article = sentence[draft.first - 1];
  // Two words, a given name and a surname: no body's or place's head ("the Dana Foundation", "the Dana Kelso School").
  const surname = sentence[draft.last];
  if (draft.last !== draft.first + 1 || article?.text !== 'the' || !/^ $/.test(article.post) || !isKnownFirstName(sentence[draft.first]) || isPossessive(surname)
    || has(ORG_HEADS, surname.lower) || has(PLACE_HEADS, surname.lower) || isAllCaps(surname) || !isSurnameWord(surname)) {
    return false;
  }
  const next = sentence[draft.last + 1];
  if (next === undefined || /[,.;:!?)\n—–]/.test(sentence[draft.last].post) || /^\s+-\s+$/.test(sentence[draft.last].post)) {
    return true;
  }
  if (isCapitalised(next) || has(PERSON_CLAUSE_WORDS, next.lower)) {
    return false;
  }
  // A verb only in an inflected form or an auxiliary: the tagger reads a noun after a name as a verb's plain form ("the
  // Dana Kelso campaign").
  const inflectedVerb = (next.tags & Tag.Verb) !== 0 && (/[^s]s$|ed$/.test(next.lower) || has(AUXILIARIES_AFTER_NAME, next.lower));
  return (next.tags & (Tag.Preposition | Tag.Conjunction | Tag.Copula)) !== 0 || inflectedVerb;
}

/**
 * A ship's noun (vessel-nouns) ending at `at`, also one the tagger split at its hyphen ("ro-pax" as "ro" and "pax"); the
 * second half of another hyphened word is none ("a hard-liner" is no liner).
 */
function vesselNounAt(sentence: Sentence, at: number): boolean {
  const token = sentence[at], before = sentence[at - 1];
  if (token === undefined || isCapitalised(token)) {
    return false;
  }
  const compound = before !== undefined && before.post === '-' && token.pre === '';
  return compound ? has(VESSEL_NOUNS, `${before.lower}-${token.lower}`) : has(VESSEL_NOUNS, token.lower);
}

/** Most lower-case words of an installation's trade between its name and its noun ("the X copper mine", "the X gas export pipeline"). */
const MAX_INSTALLATION_TRADE_WORDS = 2;

/** "X copper mine", "X A platform", "X electrification cable": lower-case words after the name end in an installation's noun (list installation-nouns). */
function installationNounAfter(sentence: Sentence, last: number): boolean {
  for (let k = last + 1; k < sentence.length && k <= last + 1 + MAX_INSTALLATION_TRADE_WORDS; k++) {
    const token = sentence[k];
    if (isCapitalised(token) || !/^\s+$/.test(sentence[k - 1].post) || !/^\p{Ll}+$/u.test(token.text)) {
      return false;
    }
    if (has(INSTALLATION_NOUNS, token.lower)) {
      return true;
    }
    // A trade's words are nouns and adjectives: a verb ends the phrase ("X said concession fares …" names no concession).
    if ((token.tags & Tag.Verb) !== 0) {
      return false;
    }
  }
  return false;
}

/** "the Senate Commerce subcommittee", "the House Judiciary committee": a chamber before, a committee's lower-case noun after. */
function committeeSubject(context: NameContext): boolean {
  const { before, nameStart } = context;
  const noun = lowerNounAfter(context);
  return noun !== undefined && before !== undefined && isCapitalised(before) && joined(before, nameStart) && !context.honorific
    && has(CHAMBER_COMMITTEE_WORDS, before.lower) && has(CHAMBER_COMMITTEE_WORDS, noun.lower);
}

/**
 * "Greywater's Port Harrick yard", "the firm's Mount Kelso site": a place head before another capitalised word opens
 * the owner's place's name, closing none; the possessive before it is the owner's.
 */
function opensPlaceName(head: Token, next: Token | undefined): boolean {
  return next !== undefined && isCapitalised(next) && joined(head, next);
}

/** A lower-case noun of a works or a site (list works-site-nouns) right after the name, ending its phrase. */
function worksSiteNounAfter(context: NameContext): boolean {
  const noun = lowerNounAfter(context);
  return noun !== undefined && has(WORKS_SITE_NOUNS, noun.lower);
}

/** "ships queued to enter the Tarrow channel": a waterway's noun (list waterway-nouns-after) in a sentence that names a vessel (list vessel-nouns). */
function waterwayAfterPlace(context: NameContext, noun: Token): boolean {
  return has(WATERWAY_NOUNS_AFTER, noun.lower) && context.sentence.some(token => !isCapitalised(token) && has(VESSEL_NOUNS, token.lower));
}

/** "Vardo coalition talks", "Tarrow party politics": the body noun opens a compound whose head is a government's making (list coalition-business-nouns). */
function coalitionBusinessAfter(context: NameContext, noun: Token): boolean {
  const next = context.twoAfter;
  return next !== undefined && joined(noun, next) && !isCapitalised(next) && has(COALITION_BUSINESS_NOUNS, next.lower);
}

function lowerNounAfter(context: NameContext): Token | undefined {
  const { after, twoAfter, nameEnd } = context;
  const introduces = twoAfter !== undefined && after !== undefined && isCapitalised(twoAfter) && joined(after, twoAfter);
  return after && !isCapitalised(after) && joined(nameEnd, after) && !introduces ? after : undefined;
}

/**
 * "secretary of the local Kelvor branch", "said X, Kelvor branch secretary": one capitalised word before a lower-case
 * noun of a union's local unit (list union-branch-nouns), after "local" or before a post held in the unit (list
 * title-heads), is the union.
 */
function unionBeforeBranch(context: NameContext): boolean {
  const noun = lowerNounAfter(context);
  if (context.multiWord || context.honorific || noun === undefined || !has(UNION_BRANCH_NOUNS, noun.lower)) {
    return false;
  }
  const post = context.sentence[context.draft.last + 2];
  return (context.before?.lower === 'local' && joined(context.before, context.nameStart))
    || (post !== undefined && !isCapitalised(post) && has(TITLE_HEADS, post.lower) && joined(noun, post));
}

/**
 * "Opposition group leader Cllr X": a one-word name that is itself a title modifier, before a body noun of a title
 * (title-chain-body-nouns) and a title head, opens that title as its first word; it names no body.
 */
function opensTitleChain({ multiWord, first, twoAfter, after }: NameContext): boolean {
  return !multiWord && has(TITLE_MODIFIERS, first.lower) && after !== undefined && has(TITLE_CHAIN_BODY_NOUNS, after.lower)
    && twoAfter !== undefined && joined(after, twoAfter) && has(TITLE_HEADS, twoAfter.lower);
}

/**
 * The lower-case noun right before the name, whole where the tagger split a hyphened one ("the start-up Vardo"), or
 * one capitalised only because it opens the sentence before a trade's name ("Chipmaker Vossler said"; list
 * trade-nouns-before); undefined after an honorific or a capitalised word.
 */
function nounBeforeName({ sentence, honorific, before, draft }: NameContext): string | undefined {
  if (honorific || before === undefined) {
    return undefined;
  }
  const noun = hyphenedWord(sentence, draft.first - 1);
  // "Broadcaster Telmarra said", "Charity Age Kelso said": a body's noun opening the sentence before its name.
  const tradeOpener = draft.first === 1 && (has(TRADE_NOUNS_BEFORE, noun) || has(ORG_NOUNS_AFTER, noun));
  return isCapitalised(before) && !tradeOpener ? undefined : noun;
}

/**
 * "manufacturer Dana Kelso", "the face of the party, Dana J. Kelso", "Promoter Frank Tolley": a body noun before a
 * given name and a surname is the person's occupation or an appositive, not a kind of body. The first name must be
 * one the lexicon knows as a man's or a woman's: the tagger reads many unfamiliar words as people ("the group Vardo
 * Ekta Manch"). Set off by commas ("a partner at the firm, Dana Marr-Vane,") a known first name is enough, whatever
 * the surname: a body so set off is named without a given name ("the regulator, Vardo,"). Two words, a given name
 * (known, or one that is also a word, list word-given-names) and one the lexicon does not know or knows as a
 * person's, no body's head, are a person too: a promoter, a bookmaker is a person as often.
 */
function occupationBeforePerson({ before, nameStart, first, last, multiWord, words }: NameContext): boolean {
  const knownFirstName = (lexiconFlags(first.lower) & (Tag.MaleName | Tag.FemaleName)) !== 0;
  const commaBefore = before !== undefined && /^,\s*$/.test(before.post + nameStart.pre);
  if (multiWord && knownFirstName && (tagged(last, Tag.LastName) || commaBefore)) {
    return true;
  }
  return words.length === 2 && (knownFirstName || has(WORD_GIVEN_NAMES, first.lower)) && !has(ORG_HEADS, last.lower)
    && (last.lexicon === 0 || tagged(last, Tag.Person | Tag.LastName));
}

/**
 * A body noun right before the name ("the carmaker Vardo"), or before it with a comma when the name stands in
 * apposition and closes with punctuation, a bracket or a dash ("the regulator, Vardo,", "a new company, Vardo (…)"):
 * after "…the ruling party, Vardo was …" the name opens a new clause as its subject and says nothing about being a
 * body. A plural body noun before a comma is pluralBodyNounAppositive's.
 */
/**
 * "the head of the statistics office, Mirela Vass, said": a title head among the few words before the body noun makes
 * the name the post holder's, not the body's (list public-body-nouns-before).
 */
function postOfBodyBefore({ sentence, draft }: NameContext): boolean {
  const from = Math.max(0, draft.first - 7);
  return sentence.slice(from, draft.first - 1).some(token => has(TITLE_HEADS, token.lower));
}

/**
 * "Residents' association Vardo Viva said", "the parents' society Kelso Voices": a body's head (list org-heads) after
 * the plural possessive of its members is the body's own noun, whichever head it is ("association", "society" head
 * a body's name after it too, so they are not in org-nouns-after); the name after it is the body's. Read as a person
 * when both its words were unknown.
 */
function membersBodyNoun({ sentence, draft }: NameContext, noun: string): boolean {
  const members = sentence[draft.first - 2];
  return members !== undefined && has(ORG_HEADS, noun) && /s$/.test(members.lower) && /^['’]\s+$/.test(members.post);
}

function bodyNounBefore(context: NameContext): boolean {
  const noun = nounBeforeName(context);
  const { before, nameStart, nameEnd, after } = context;
  if (noun === undefined || before === undefined) {
    return false;
  }
  const commaBefore = /^,\s*$/.test(before.post + nameStart.pre);
  const closed = after === undefined || /^\s*[,.;:()\-–—]/.test(nameEnd.post + after.pre);
  if (has(PUBLIC_BODY_NOUNS_BEFORE, noun) && commaBefore && closed && !occupationBeforePerson(context) && !postOfBodyBefore(context)) {
    return true;
  }
  if (!(has(ORG_NOUNS_AFTER, noun) || has(TRADE_NOUNS_BEFORE, noun) || membersBodyNoun(context, noun))) {
    return pluralBodyNounAppositive(context);
  }
  if (occupationBeforePerson(context)) {
    return false;
  }
  return joined(before, nameStart) || (commaBefore && closed);
}

/**
 * "the Catalan fire service, the {Bombers de Tarrell},": "the" right before the name, a comma and a body's lower-case
 * noun right before "the", and the name closed by punctuation or the sentence's end.
 */
function bodyNamedAfterDescription(context: NameContext): boolean {
  const { sentence, draft, before, honorific, nameEnd, after } = context;
  const noun = sentence[draft.first - 2];
  if (honorific || before?.lower !== 'the' || noun === undefined || isCapitalised(noun) || !/^,\s+$/.test(noun.post) || !joined(before, sentence[draft.first])) {
    return false;
  }
  const closed = after === undefined || /^\s*[,.;:()\-–—]/.test(nameEnd.post + after.pre);
  return closed && (has(ORG_NOUNS_AFTER, noun.lower) || has(TRADE_NOUNS_BEFORE, noun.lower)) && !occupationBeforePerson(context);
}

/** "{St Feargal}'s won": a saint's abbreviation, one name, and a possessive closed by punctuation or followed by a verb. */
function isSaintPossessiveInstitution({ words, nameEnd, after, before, twoBefore, honorific }: NameContext): boolean {
  if (honorific || words.length !== 2 || !/^(?:st\.?|saint)$/.test(words[0].lower) || !isPossessive(nameEnd)) {
    return false;
  }
  // "vicar of St Kelda's, Vardo,": after a post's "of" the church is the post's remit, kept in the role, no entity.
  if (before?.lower === 'of' && twoBefore !== undefined && has(TITLE_HEADS, twoBefore.lower)) {
    return false;
  }
  const ownsNothing = after === undefined || /[,.;:!?)]/.test(nameEnd.post);
  return ownsNothing || (!isCapitalised(after) && (after.tags & Tag.Verb) !== 0 && (after.tags & Tag.Noun) === 0);
}

/** Whether a sentence speaks of a company (list company-sentence-nouns), read once per sentence. */
const speaksOfCompany = memoizedPerObject((sentence: Sentence): boolean => sentence.some(token => has(COMPANY_SENTENCE_NOUNS, token.lower)));

/** "backed by {Drommel}" in a sentence about a company: one word the lexicon knows as no person's and no place. */
function isInvestorAfterBackedBy({ sentence, before, twoBefore, nameStart, words, honorific }: NameContext): boolean {
  return !honorific && words.length === 1 && before?.lower === 'by' && twoBefore !== undefined && has(INVESTING_PARTICIPLES, twoBefore.lower)
    && joined(twoBefore, before) && joined(before, nameStart) && isCapitalised(words[0]) && ((words[0].lexicon | words[0].tags) & (PERSON_NAME_TAGS | Tag.Place)) === 0
    && speaksOfCompany(sentence);
}

/** The most lower-case words of a clause between a body's noun opening the sentence and the name it sets off ("originally booked for the flight"). */
const MAX_BODY_CLAUSE_WORDS = 8;

/**
 * Whether tokens from..to (a clause after a body's noun) open with a relative pronoun or a participle ("that covered the
 * warehouse", "hired to move the stock", "originally booked for the flight") and hold only lower-case words, none a person's
 * noun (list title-heads: "The charity that employs its chief, X,") nor a reporting verb.
 */
function isDefiningClause(sentence: Sentence, from: number, to: number): boolean {
  const words = sentence.slice(from, to + 1);
  if (words.length === 0 || words.length > MAX_BODY_CLAUSE_WORDS || words.some(token => isCapitalised(token) || has(TITLE_HEADS, token.lower) || has(SPEECH_VERBS, token.lower))) {
    return false;
  }
  // Only the last word may carry the comma before the name.
  if (words.slice(0, -1).some(token => /[,;:()]/.test(token.post))) {
    return false;
  }
  const opener = /ly$/.test(words[0].lower) && words.length > 1 ? words[1] : words[0];
  return opener.lower === 'that' || opener.lower === 'which' || ((opener.tags & Tag.Verb) !== 0 && /(?:ed|en|ing)$/.test(opener.lower));
}

/**
 * "The airline originally booked for the flight, Tarnair, pulled out", "The insurer that covered the warehouse, Brandmoor,
 * said …": the sentence opens with "The" and a body's noun (lists org-nouns-after, trade-nouns-before), a clause that
 * defines which one (isDefiningClause), then the name set off by commas: the body so defined. Not a known given name
 * and a surname (occupationBeforePerson).
 */
function bodyNounOpeningClause(context: NameContext): boolean {
  const { sentence, draft, before, nameStart, nameEnd, after, honorific } = context;
  if (honorific || before === undefined || !/^,\s*$/.test(before.post + nameStart.pre) || sentence[0]?.lower !== 'the'
    || !(after === undefined || /^\s*[,.;:()\-–—]/.test(nameEnd.post + after.pre))) {
    return false;
  }
  // "The airline …", "The charter airline …": the body's noun second or third.
  const nounAt = [1, 2].find(i => i < draft.first - 1 && (has(ORG_NOUNS_AFTER, sentence[i].lower) || has(TRADE_NOUNS_BEFORE, sentence[i].lower)) && !isCapitalised(sentence[i]));
  return nounAt !== undefined && (nounAt === 1 || !isCapitalised(sentence[1])) && isDefiningClause(sentence, nounAt + 1, draft.first - 1) && !occupationBeforePerson(context);
}

/**
 * "One of the City's oldest law firms, Hartwell Moss, is …", "one of the biggest lenders, Vardo Kell, said": the name
 * set off by commas after a plural body noun (list org-nouns-after, singular) is one of those bodies. Only closed by
 * punctuation ("… two firms, Dana Kelso said" opens a clause), and not a known given name with a surname.
 */
function pluralBodyNounAppositive({ before, nameStart, nameEnd, after, first, multiWord }: NameContext): boolean {
  if (before === undefined) {
    return false;
  }
  const singularNoun = /^\p{Ll}+s$/u.test(before.text) ? before.lower.slice(0, -1) : undefined;
  if (singularNoun === undefined || !has(ORG_NOUNS_AFTER, singularNoun) || !/^,\s*$/.test(before.post + nameStart.pre)) {
    return false;
  }
  if (multiWord && isKnownFirstName(first)) {
    return false;
  }
  return after === undefined || /^\s*[,.;:()\-–—]/.test(nameEnd.post + after.pre);
}

/**
 * "estate agents Penley Harcourt", "Chartered surveyors Orrin Dale said": a qualified professional trade in the plural (lists
 * firm-trade-qualifiers and firm-trade-plurals) right before the name; a financial trade needs no qualifier ("of
 * stockbrokers Orrin Dale", list firm-trades-alone). Not before a known given name and a surname
 * ("fire engineers Dana Kelso and …" are people), as with bodyNounBefore.
 */
function firmTradeBefore({ sentence, draft, honorific, before, twoBefore, nameStart, first, last, multiWord }: NameContext): boolean {
  // "Administrators Tarven Holt said": a trade opening the sentence is capitalised by position only.
  const lowerOrOpening = before !== undefined && (!isCapitalised(before) || (!isAllCaps(before) && opensSentence(sentence, draft.first - 1)));
  if (honorific || before === undefined || !lowerOrOpening || !joined(before, nameStart)) {
    return false;
  }
  const qualified = twoBefore !== undefined && has(FIRM_TRADE_PLURALS, before.lower) && has(FIRM_TRADE_QUALIFIERS, twoBefore.lower) && joined(twoBefore, before);
  if (!qualified && !has(FIRM_TRADES_ALONE, before.lower)) {
    return false;
  }
  return !givenNameAndSurname(first, last, multiWord);
}

/** A known man's or woman's given name and a known surname: a person of the trade before them, not a firm. */
function givenNameAndSurname(first: Token, last: Token, multiWord: boolean): boolean {
  return multiWord && (lexiconFlags(first.lower) & (Tag.MaleName | Tag.FemaleName)) !== 0 && tagged(last, Tag.LastName);
}

/** See rule kind-abbreviation-before: an abbreviation of list kind-abbreviations joined to the name, no given name and surname. */
function kindAbbreviationBefore({ honorific, before, nameStart, first, last, multiWord }: NameContext): boolean {
  if (honorific || before === undefined || !isAllCaps(before) || !has(KIND_ABBREVIATIONS, before.lower) || !joined(before, nameStart)) {
    return false;
  }
  return !givenNameAndSurname(first, last, multiWord);
}

/** See rule listed-beside-a-body: a plural before, "and" after, then capitalised words that end in a body's head. */
function listedBesideBody({ sentence, draft, after, first, multiWord, honorific }: NameContext): boolean {
  if (!multiWord || honorific || after === undefined || after.text !== 'and' || !pluralKindBefore(sentence, draft.first)
    || ((first.lexicon | first.tags) & (Tag.FirstName | Tag.Honorific)) !== 0) {
    return false;
  }
  let end = draft.last + 2;
  while (end + 1 < sentence.length && isCapitalised(sentence[end + 1]) && joined(sentence[end], sentence[end + 1])) {
    end++;
  }
  return end > draft.last + 2 && isCapitalised(sentence[draft.last + 2]) && has(ORG_HEADS, sentence[end].lower);
}

/** A word whose hyphenated parts are all places ("U.S.-Canada", "Kelso-Vardo"): countries, abbreviations or places the lexicon knows. */
function hyphenatedPlaces(text: string): boolean {
  const parts = text.split('-');
  return parts.length > 1 && parts.every(part => {
    const word = lowerForm(part);
    return word.length > 0 && (has(PLACE_ACRONYMS, word.replace(/\./g, '')) || COUNTRIES.has(word) || (lexiconFlags(word) & Tag.Place) !== 0);
  });
}

/** A word the lexicon knows as a man's or a woman's first name. */
function isKnownFirstName(token: Token | undefined): boolean {
  return token !== undefined && (lexiconFlags(token.lower) & (Tag.MaleName | Tag.FemaleName)) !== 0;
}

/** "the storm X": a thing's noun (list thing-nouns) right before the name, not the end of a hyphenated modifier ("a storm-hit X"). */
function thingNounBefore(before: Token, twoBefore: Token | undefined): boolean {
  // "her debut single X": "single" names a record only after a word of release ("a single Vardo player" is one player).
  const releasedSingle = before.lower === 'single' && twoBefore !== undefined && has(RELEASE_MODIFIERS, twoBefore.lower);
  return (has(THING_NOUNS, before.lower) || releasedSingle) && !/-$/.test(twoBefore?.post ?? '');
}

/** "Flight TW218": a capitalised "Flight" before a code with digits, a flight's number (a thing), as "flight TW218" is. */
function flightCode(before: Token, nameStart: Token): boolean {
  return before.lower === 'flight' && /\d/.test(nameStart.text);
}

/** "a gene called X", "a drug named X": a naming verb (list naming-verbs) at `at`, joined to a thing's noun right before it. */
function namedAfterThingNoun(sentence: Sentence, at: number): boolean {
  const verb = sentence[at], noun = sentence[at - 1];
  return verb !== undefined && noun !== undefined && has(NAMING_VERBS, verb.lower) && !isCapitalised(noun) && has(THING_NOUNS, noun.lower)
    && joined(noun, verb);
}

/** Shortest generic name of a medicine read by its stem (drug-name-stem): shorter words ending so are words or names ("April"). */
const DRUG_NAME_MIN_LENGTH = 7;
const DRUG_NAME = new RegExp(`^\\p{Lu}\\p{Ll}{${DRUG_NAME_MIN_LENGTH - 1},}$`, 'u');
const DRUG_STEM = new RegExp(`(?:${[...DRUG_NAME_STEMS.words].join('|')})$`, 'u');

/** "Dalcimab", "Velotinib": a capitalised word of seven letters or more that ends in a stem of medicines' generic names. */
function isDrugName(token: Token): boolean {
  const word = token.text.replace(/['’]s$/u, '');
  return DRUG_NAME.test(word) && DRUG_STEM.test(word.toLowerCase()) && (token.lexicon & (Tag.FirstName | Tag.LastName | Tag.Place | Tag.Organization)) === 0;
}

/** "diagnosed with Alzheimer's", "a drug for Parkinson's.": a condition's eponym alone in the possessive. */
function eponymConditionAlone({ words, last, before, after, honorific }: NameContext): boolean {
  if (words.length !== 1 || honorific || !isPossessive(last) || !has(EPONYM_CONDITIONS, last.lower)) {
    return false;
  }
  // Punctuation after it: nothing owned follows; nor does a capitalised word, where the eponym alone was cut off a body
  // named after the condition ("the charity Parkinson's Families Coalition": the words after it stay the body's name).
  // Before a lower-case word, a word of illness before it ("with", "from", "for": list condition-cues).
  if (after === undefined || !spaceAfter(last) || isCapitalised(after)) {
    return true;
  }
  return before !== undefined && !isCapitalised(before) && has(CONDITION_CUES, before.lower);
}

/** The most words between a brand's comma and the medicine noun that ends its appositive ("Tarrow Pharma's once-daily pill"). */
const MEDICINE_APPOSITIVE_MAX_WORDS = 6;

/** Only spaces between two words of a phrase ("the company's injection": a possessive goes on to its noun). */
const wordGoesOn = (token: Token, next: Token): boolean => joined(token, next) || (/^\s+$/.test(token.post + next.pre) && !/\n/.test(token.post));

/** "Corvana, Tarrow Pharma's once-daily pill for gout,": the appositive after the name's comma ends its noun phrase in a medicine's noun. */
function isMedicineAppositive({ sentence, draft, honorific }: NameContext): boolean {
  if (honorific || !/^,\s*$/.test(sentence[draft.last].post)) {
    return false;
  }
  let q = draft.last + 1;
  const opening = sentence[q];
  if (opening === undefined) {
    return false;
  }
  // The phrase opens with an article or a possessive determiner ("a", "the", "its"), or a capitalised owner in the possessive.
  if (!isCapitalised(opening) && (has(ARTICLES, opening.lower) || has(POSSESSIVE_DETERMINERS, opening.lower))) {
    q++;
  } else {
    while (q < sentence.length && q <= draft.last + 3 && isCapitalised(sentence[q]) && !isPossessive(sentence[q])) {
      q++;
    }
    if (q >= sentence.length || !isCapitalised(sentence[q]) || !isPossessive(sentence[q])) {
      return false;
    }
    q++;
  }
  for (const end = Math.min(sentence.length, q + MEDICINE_APPOSITIVE_MAX_WORDS); q < end; q++) {
    const token = sentence[q], next = sentence[q + 1];
    // "the company's injection": a lower-case owner in the possessive may stand in the phrase; a capital opens another name.
    if (isCapitalised(token)) {
      return false;
    }
    if (has(MEDICINE_NOUNS, token.lower)) {
      // The noun ends the phrase: punctuation, a preposition or a clause after it, not another noun ("a drug company").
      return next === undefined || !wordGoesOn(token, next) || ((next.tags & Tag.Noun) === 0 || ((next.tags | next.lexicon) & (Tag.Preposition | Tag.Verb)) !== 0);
    }
    if (next === undefined || !wordGoesOn(token, next)) {
      return false;
    }
  }
  return false;
}

/**
 * "cases in Tarvik and Dunmore, according to the ministry,": "according to" after the comma credits the sentence to the
 * body after it; it is no appositive saying what the name before it is (compromise does not tag "according" as a
 * preposition).
 */
function opensAttribution(sentence: Sentence, at: number): boolean {
  return sentence[at]?.lower === 'according' && sentence[at + 1]?.lower === 'to';
}

/** "the Westmoor and Dunhill areas": the name and another joined by "and", then a plural of parts of a town (list area-plural-nouns). */
function namesBeforeAreaPlural({ sentence, draft, before, after }: NameContext): boolean {
  const areaAt = (at: number) => sentence[at] !== undefined && !isCapitalised(sentence[at]) && has(AREA_PLURAL_NOUNS, sentence[at].lower);
  // The first of the two: "and", one capitalised word, the plural.
  const first = after?.lower === 'and' && sentence[draft.last + 2] !== undefined && isCapitalised(sentence[draft.last + 2]) && areaAt(draft.last + 3);
  // The second: "X and" before it, the plural right after it.
  const second = before?.lower === 'and' && sentence[draft.first - 2] !== undefined && isCapitalised(sentence[draft.first - 2]) && areaAt(draft.last + 1);
  return first || second;
}

function isOrgAppositive({ sentence, draft }: NameContext): boolean {
  // "at 0412 GMT, the agency said": a listed abbreviation that names no body (a time zone, a unit) stays none.
  if (!/^,\s*$/.test(sentence[draft.last].post) || (draft.first === draft.last && isAllCaps(sentence[draft.first]) && has(NON_ORG_ACRONYMS, nameWord(sentence[draft.first])))) {
    return false;
  }
  // "ahead of X, with a group of riders at 1:04", "X, of the Vardo group,": a phrase that opens with a preposition
  // is no appositive naming what X is; the body noun in it is another thing.
  const opening = sentence[draft.last + 1];
  if (opening !== undefined && !isCapitalised(opening) && ((opening.tags & Tag.Preposition) !== 0 || opensAttribution(sentence, draft.last + 1))) {
    return false;
  }
  for (let q = draft.last + 1; q < sentence.length && q <= draft.last + 5; q++) {
    const token = sentence[q], next = sentence[q + 1];
    if (has(ROLE_APPOSITIVE_STOPS, token.lower)) {
      return false;
    }
    // "the performers' union": a plural possessive's apostrophe carries the phrase on to the noun it owns.
    const phraseGoesOn = next !== undefined && (joined(token, next) || (isPossessive(token) && (spaceAfter(token) || /^['’]\s+$/.test(token.post))));
    // "X, a partner at the firm,", "X, a lawyer with the agency,": a person's noun heads the phrase, and the body
    // after it is where the person works ("X, the premier's party," is still the body).
    if (!isCapitalised(token) && !isPossessive(token) && (has(TITLE_HEADS, token.lower) || has(RELATION_NOUNS, token.lower))) {
      return modifiesBodyNoun(sentence, q);
    }
    if (!isCapitalised(token) && has(ORG_NOUNS_AFTER, hyphenedWord(sentence, q))) {
      return !phraseGoesOn || !has(TITLE_HEADS, next.lower);
    }
    if (isBodyAppositiveNoun(sentence, q)) {
      // "X, a trade body whose …", "X, an industry association," — not "X, a body shop owner": the noun ends the phrase.
      // A name right after it opens a relative clause without "that" ("X, the dining room Dana Kelso named after her aunt").
      return !phraseGoesOn || has(ROLE_APPOSITIVE_STOPS, next.lower) || has(TITLE_TAIL_STARTS, next.lower) || isCapitalised(next);
    }
    // "X, a pro-Kelso super PAC,", "X, an NGO,": an abbreviation that names a kind of body (list kind-abbreviations)
    // heads the phrase as the nouns above do; "X, a PAC treasurer," goes on to a person's post. After a capitalised
    // word it ends a body's own name ("Dana Kelso, Harbor Voters PAC, …": the name is the body's, not X's kind).
    // "X, the pro-Kelso super PAC founded by Y,", "X, a PAC backing Y,": a participle right after the abbreviation opens a
    // clause about the body and ends its kind as "of" does; "a PAC treasurer" still goes on to a post.
    if (isAllCaps(token) && has(KIND_ABBREVIATIONS, token.lower) && !isCapitalised(sentence[q - 1])) {
      return !phraseGoesOn || has(ROLE_APPOSITIVE_STOPS, next.lower) || has(TITLE_TAIL_STARTS, next.lower) || opensParticipleAfterKind(next);
    }
    if (!phraseGoesOn) {
      return false;
    }
  }
  return false;
}

/** A word the tagger or the lexicon knows as a place ("Ohio", "Arizona"). */
function isPlaceWord(token: Token): boolean {
  return ((token.tags | token.lexicon) & Tag.Place) !== 0;
}

/** A lower-case verb form that is no title's word ("founded", "backing", "run"): a participle opening a clause after a body's kind. */
function opensParticipleAfterKind(token: Token): boolean {
  return !isCapitalised(token) && (token.tags & Tag.Verb) !== 0 && !has(TITLE_HEADS, token.lower);
}

/** "in a statement", "in a news release" from token `at` on. */
function inIssuedDocument(sentence: Sentence, at: number): boolean {
  return sentence[at]?.lower === 'in' && sentence.slice(at + 1, at + 4).some(token => has(BODY_STATEMENT_DOCUMENTS, token.lower));
}

/** The name is the subject of a reporting verb ("X said", "…, said X") or a source ("according to X"). */
function isSpeaker({ sentence, draft, nameEnd, after }: NameContext): boolean {
  if (after && has(SPEECH_VERBS, after.lower) && (joined(nameEnd, after) || spaceAfter(nameEnd))) {
    return true;
  }
  const first = draft.honorific ?? draft.first;
  const prev = sentence[first - 1];
  if (!prev || !spaceAfter(prev)) {
    return false;
  }
  // "according to the Valley Courier": the article before a source's name does not hide it.
  const to = prev.lower === 'the' ? first - 2 : first - 1;
  return has(SPEECH_VERBS, prev.lower) || (sentence[to]?.lower === 'to' && sentence[to - 1]?.lower === 'according');
}

/** A comma and spacing only: the gap after a word that closes or opens an appositive. */
const COMMA_GAP = /^,\s+$/;

/**
 * The name as the subject of a reporting verb after it: "Ostrander said", or "Her son, Ivo Ostrander, said", where
 * the comma after the name closes the appositive that the comma before it opened.
 */
function isSpeechSubject({ sentence, draft, nameEnd, after }: NameContext): boolean {
  if (!after || !has(SPEECH_VERBS, after.lower)) {
    return false;
  }
  if (joined(nameEnd, after) || spaceAfter(nameEnd)) {
    return true;
  }
  const prev = sentence[(draft.honorific ?? draft.first) - 1];
  return COMMA_GAP.test(nameEnd.post) && prev !== undefined && COMMA_GAP.test(prev.post);
}

/**
 * The possessive "'s" standing alone after a name, with no noun of its own after it (rule possessive-shop-name). Not
 * before a verb: "Kelso's said" is as often "Kelso has said".
 */
function standsAlonePossessive({ sentence, draft, nameEnd, before, after, twoAfter }: NameContext): boolean {
  if (!/['’]s$/.test(nameEnd.text) || after === undefined || !spaceAfter(nameEnd) || isCapitalised(after) || isAllCaps(nameEnd)) {
    return false;
  }
  if (before?.text === 'the') {
    return has(PREMISES_NOUNS, after.lower);
  }
  if ((after.lower === 'and' || after.lower === 'or') && twoAfter !== undefined && isCapitalised(twoAfter)) {
    // The other name runs to its last capitalised word; a possessive there shares the noun after it.
    let k = draft.last + 2;
    while (k + 1 < sentence.length && isCapitalised(sentence[k + 1]) && joined(sentence[k], sentence[k + 1])) {
      k++;
    }
    return !isPossessive(sentence[k]);
  }
  return false;
}

/** "told Ostrava that he …": the name is the one told, and the pronoun after "that" is the teller's. */
function toldThat({ before, after }: NameContext): boolean {
  return before !== undefined && /^tel(?:l|ls|ling)$|^told$/.test(before.lower) && after?.lower === 'that';
}

/** A quotation that breaks off at a comma, closing the token's trailing text ("…,” "). */
const BROKEN_OFF_QUOTE = /,["\u201d]\s+$/u;

/** "“…,” Kelso said" (not "said in a statement"), or "“…,” said Kelso, 61, …": the name speaks the quotation before it. */
function speaksAfterQuotation({ before, twoBefore, nameStart, after, nameEnd, sentence, draft }: NameContext): boolean {
  if (before === undefined) {
    return false;
  }
  if (BROKEN_OFF_QUOTE.test(before.post) && before.end < nameStart.start) {
    return after !== undefined && has(SPEECH_VERBS, after.lower) && spaceAfter(nameEnd) && !inIssuedDocument(sentence, draft.last + 2);
  }
  // Inverted: the verb between the quotation and the name, a comma after the name (never a full stop, which may
  // close an abbreviated title: "said Del. X").
  return twoBefore !== undefined && BROKEN_OFF_QUOTE.test(twoBefore.post) && has(SPEECH_VERBS, before.lower) && spaceAfter(before) && /^,/.test(nameEnd.post);
}

/**
 * "the Dutchman", "his fellow Dane": a nationality noun for one person (rule
 * person-by-nationality) after a determiner, or a determiner and one lower-case modifier.
 */
function isNationalityNoun({ words, before, twoBefore, sentence, draft }: NameContext): boolean {
  // "The Dutchman said …": the determiner is capitalised only because it opens the sentence.
  const capitalisedOpener = before !== undefined && isCapitalised(before) && draft.first > 0 && opensSentence(sentence, draft.first - 1) && has(NOUN_DETERMINERS, before.lower);
  if (words.length !== 1 || !Object.prototype.hasOwnProperty.call(NATIONALITY_PERSON_NOUNS, words[0].lower) || before === undefined || (isCapitalised(before) && !capitalisedOpener)) {
    return false;
  }
  // One modifier may stand between ("his fellow Dane"), not a kin noun heading a list of given names set off by a
  // comma or not ("their sons, Finn and Joseph", "her sons Finn and Tam": the list's given names, rule kin-list-name).
  const modifierBetween = twoBefore !== undefined && has(NOUN_DETERMINERS, twoBefore.lower) && joined(before, words[0]) && !KIN_LIST_NOUNS.has(before.lower);
  return has(NOUN_DETERMINERS, before.lower) || modifierBetween;
}

const SCORE = /^\d{1,2}[-–]\d{1,2}$/;
const isScore = (token: Token | undefined): boolean => token !== undefined && SCORE.test(token.text);
/** How many scores a sentence holds, counted once per sentence (every name in it asks). */
const scoresIn = memoizedPerObject((sentence: Sentence): number => sentence.filter(isScore).length);
/** "(14-2)", "(21-1, 15 KOs)": a score opening brackets, a fighter's or a team's win-loss record, not a match's score. */
const isBracketedRecord = (token: Token): boolean => /\($/.test(token.pre);

/** "Kelso beat Dunmore 2-1", "… drew with Dunmore", "Kelso 2-1 Dunmore": a side of a match result with a score. */
function isMatchSide({ sentence, draft, after, twoAfter, before, twoBefore, nameEnd }: NameContext): boolean {
  // "(D Orrey 88; Penhale 3-51)": a bowler's figures in a scorecard's brackets are no match score.
  if (inScorecardBrackets(sentence, draft.first, draft.last) || inScorersLine(sentence, draft.first, draft.last)) {
    return false;
  }
  // "Halftime 1-1.": a score's label (list score-labels) is no side; nor is a chess move before a game's result ("43.Kg2 Rxa2 0-1").
  if (draft.first === draft.last && (SCORE_LABELS.has(sentence[draft.first].lower) || isChessMove(sentence[draft.first].text))) {
    return false;
  }
  // "Aston Vale 2-2 Dunmore": a side written right beside the score.
  // Not a player before a tennis match's set scores ("beat Dana Marr 6-4 3-6 7-6 (7-4)"): a score right after the
  // first is another set, and sets are played between players.
  // Not a fighter's record in brackets right after the name ("X (14-2)", "X (21-1, 15 KOs)"): a win-loss record, no
  // match score (a side's score is written beside it, never bracketed).
  if ((isScore(after) && spaceAfter(nameEnd) && !isScore(twoAfter) && !isBracketedRecord(after!)) || (isScore(before) && spaceAfter(before!))) {
    return true;
  }
  // "Vardo 290-6 dec (D Kelso 88; …)": a side's total before a scorecard's brackets of players and their figures.
  if (isScorecardSide(sentence, draft.last)) {
    return true;
  }
  // One score: a match between sides. Several ("6-4, 6-3") are a tennis match's sets, between players.
  if (scoresIn(sentence) !== 1) {
    return false;
  }
  const linked = before !== undefined && has(RESULT_LINKS, before.lower) && twoBefore !== undefined && has(RESULT_VERBS, twoBefore.lower);
  // "Kelso led 24-14 at halftime": a verb of the side's own score, the score right after it.
  // The score follows the verb with nothing between but a space, as a side's score is written beside it.
  const held = after !== undefined && has(SCORE_VERBS, after.text) && spaceAfter(nameEnd) && spaceAfter(after) && isScore(twoAfter);
  return (after !== undefined && has(RESULT_VERBS, after.lower)) || (before !== undefined && has(RESULT_VERBS, before.lower)) || linked || held;
}

/**
 * "Speaking on Vardo TV's The Sunday Match": the name opens after a capitalised possessive (the broadcaster, one to three
 * words) and perhaps "The", with "on" and a verb of speaking or appearing (list programme-speaking-verbs) before them.
 */
function isProgrammeOfBroadcaster(sentence: Sentence, first: number): boolean {
  let k = first - 1;
  if (sentence[k]?.text === 'The' && joined(sentence[k], sentence[first])) {
    k--;
  }
  if (k < 0 || !isPossessive(sentence[k]) || !isCapitalised(sentence[k])) {
    return false;
  }
  let owner = k;
  while (owner > 0 && k - owner < 2 && isCapitalised(sentence[owner - 1]) && joined(sentence[owner - 1], sentence[owner])) {
    owner--;
  }
  return owner >= 2 && sentence[owner - 1].lower === 'on' && PROGRAMME_SPEAKING_VERBS.has(sentence[owner - 2].lower);
}

/** Whether a bracket opens right before token i ("Vale (Greyfriars", the bracket in either token's spacing). */
const bracketOpensBefore = (sentence: Sentence, i: number): boolean => /\(\s*$/.test(sentence[i].pre) || (i > 0 && /\(\s*$/.test(sentence[i - 1].post));

/** The fewest bracketed affiliations after names that make a sentence a crew or squad list (rule crew-list-affiliation). */
const CREW_LIST_MIN_BRACKETS = 3;

/**
 * "bow Tom Vale (Greyfriars), 2 Sam Hale (Ormond), … cox Ann Marr (Ormond, president)": one to three capitalised words
 * alone in brackets right after a person's name (a capitalised word, not in capitals), closed by the bracket or by a
 * comma and lower-case words, in a sentence with three or more such brackets after names: a rowing crew's or a squad's
 * list, where the brackets give each member's college, club or university. Not a country's code in capitals or a
 * party's tag ("(GBR)", "(D-Va.)"), nor a place the lexicon or the gazetteer knows ("(Kenya)", "(Leeds)").
 */
function inCrewListBrackets({ sentence, draft, words }: NameContext): boolean {
  const { first, last } = draft;
  if (first === 0 || !bracketOpensBefore(sentence, first) || last - first > 2) {
    return false;
  }
  const owner = sentence[first - 1];
  if (!isCapitalised(owner) || isAllCaps(owner) || !/\p{L}$/u.test(owner.text)) {
    return false;
  }
  const closes = /^\s*\)/.test(sentence[last].post)
    || (/^\s*,\s*$/.test(sentence[last].post) && sentence.slice(last + 1, last + 4).some(token => !isCapitalised(token) && /^\s*\)/.test(token.post)));
  if (!closes || words.some(word => isAllCaps(word) || PARTY_TAG_START.test(word.text) || (word.lexicon & Tag.Place) !== 0)
    || COUNTRIES.has(words.map(nameWord).join(' ').toLowerCase())) {
    return false;
  }
  let brackets = 0;
  for (let i = 1; i < sentence.length; i++) {
    if (bracketOpensBefore(sentence, i) && isCapitalised(sentence[i]) && isCapitalised(sentence[i - 1]) && !isAllCaps(sentence[i - 1])) {
      brackets++;
    }
  }
  return brackets >= CREW_LIST_MIN_BRACKETS;
}

/**
 * A name in a cricket dismissal (rule dismissal-formula): after "caught"/"stumped" with "bowled" right after the name,
 * after "bowled" with "caught"/"stumped" and one to three capitalised words before it, or before ", caught X bowled".
 */
function inDismissal({ sentence, draft, before, after, nameEnd }: NameContext): boolean {
  if (after !== undefined && DISMISSAL_OPENERS.has(after.lower)) {
    // "Ferrow, caught Orrey bowled Venn": the whole formula after the comma ("Vardo, caught in a scandal" is none).
    return /^,\s+$/.test(nameEnd.post) && sentence.slice(draft.last + 3, draft.last + 6).some(token => token.lower === 'bowled');
  }
  if (before !== undefined && DISMISSAL_OPENERS.has(before.lower)) {
    return after?.lower === 'bowled';
  }
  if (before?.lower !== 'bowled') {
    return false;
  }
  for (let k = draft.first - 2; k >= 0 && draft.first - 2 - k < 3; k--) {
    if (DISMISSAL_OPENERS.has(sentence[k].lower)) {
      return k < draft.first - 2;
    }
    if (!isCapitalised(sentence[k])) {
      return false;
    }
  }
  return false;
}

/**
 * "Save the Otters", "Feed the Harbour": a verb in its plain form, "the" and capitalised words, as charities and campaigns
 * are named (runs.ts joins them only inside a sentence or before a reporting verb).
 */
function namedByCommand({ words, first }: NameContext): boolean {
  // A tabloid's title case writes the article in capitals too ("Rescue The Otters").
  return words.length >= 3 && words[1].lower === 'the' && ((((first.lexicon | first.tags) & Tag.Verb) !== 0 && isPlainVerb(first)) || has(COMMAND_NAME_VERBS, first.lower))
    && (first.lexicon & (Tag.Preposition | Tag.Conjunction | Tag.Adverb | Tag.Determiner | Tag.Pronoun)) === 0
    && ((first.lexicon | first.tags) & (Tag.Person | Tag.FirstName | Tag.Place)) === 0;
}

/**
 * Every word is a place or a nationality (or a place's abbreviation), or the name ends in a place noun. The tagger's
 * guess in context does not make a place of a name opening with a first name the lexicon knows, no word of which
 * the lexicon knows as a place ("quarterback Devin Marsh threw …"; "Sri Lanka" stays a place), nor of one right
 * after a person's title whose first word the lexicon does not know at all (`titledUnknownFirstWord`).
 */
function placeWords(context: NameContext): boolean {
  const { words, first, last, multiWord, before, twoBefore } = context;
  // "Feed the Harbour", "Save the Valley": a charity named by a command ends in its object, a place's noun or not.
  if (namedByCommand(context)) {
    return false;
  }
  // "Abu Dhabi", "Port of Spain": a listed city whose first word reads as a given name.
  if (multiWord && CITIES_WITH_GIVEN_NAMES.has(words.map(nameWord).join(' '))) {
    return true;
  }
  // "Tern Island Air": an airline named after the island it serves reads as a place to the tagger, every word of it.
  // "Ola Penn-Field": a double-barrelled surname after a given name is a person's, a place's or a street's word in it or not.
  if (reliefSociety(words) || airlineName(words) || doubleBarrelledSurname(words)) {
    return false;
  }
  const firstNameFirst = multiWord && ((first.lexicon & Tag.FirstName) !== 0 || titledUnknownFirstWord(first, before))
    && words.every(token => (token.lexicon & (Tag.Place | Tag.Demonym)) === 0)
    && !has(PLACE_ACRONYMS, nameWord(last)) && !COUNTRIES.has(words.map(nameWord).join(' '));
  // "the Museum of Childhood": the tagger reads a museum's name before "of" as a place, every word of it; a body's head
  // before "of" names a body all the same.
  // "Halvern Estates": a body's head in the plural that the lexicon knows as no place closes a firm's name, though the
  // tagger reads every word of it as a place in context.
  const pluralBodyHead = multiWord && has(ORG_HEADS, last.lower) && /s$/.test(last.lower) && (last.lexicon & Tag.Place) === 0;
  return (!firstNameFirst && !pluralBodyHead && words.every(token => tagged(token, Tag.Place | Tag.Demonym) || has(PLACE_ACRONYMS, nameWord(token))) && !headNamedBeforeOf(words))
    || (multiWord && has(PLACE_HEADS, last.lower) && !headNamedBeforeOf(words)) || venueName(words) || (words.length === 2 && has(PLACE_OPENERS, first.lower)) || particlePlaceName(words) || mountainName(words, before, twoBefore) || summitedPeak(words, before)
    || (words.length === 2 && has(COMPASS_WORDS, first.lower) && tagged(last, Tag.Demonym)) || hospitalWard(words) || courseMarker(words);
}

/**
 * "Ola Penn-Field", "Dara Quist-Lane": a given name the lexicon knows, then two capitalised words joined by a hyphen that
 * end the name: a double-barrelled surname, though one half is a place's or a street's word. Not a hyphen right after
 * the first word ("Winston-Salem" is a city) nor a name of two words.
 */
function doubleBarrelledSurname(words: readonly Token[]): boolean {
  const n = words.length;
  return n >= 3 && (words[0].lexicon & Tag.FirstName) !== 0 && /^\s+$/.test(words[0].post) && words[n - 2].post === '-' && words[n - 1].pre === ''
    && isCapitalised(words[n - 2]) && isCapitalised(words[n - 1]);
}

/** "level at the Mile Post", "the Furlong Pole": a unit of distance and a marker's noun name a point on a course (lists course-marker-units, course-marker-heads). */
function courseMarker(words: readonly Token[]): boolean {
  return words.length === 2 && COURSE_MARKER_UNITS.has(words[0].lower) && COURSE_MARKER_HEADS.has(words[1].lower);
}

/** "the Intensive Care Unit", "the Marwick Stroke Unit": a ward's care (list ward-unit-words) before "Unit" names a part of a hospital. */
function hospitalWard(words: readonly Token[]): boolean {
  return words.length >= 2 && words[words.length - 1].lower === 'unit' && has(WARD_UNIT_WORDS, words[words.length - 2].lower);
}

/**
 * "University of Marwick Bay", "Friends of Kelso Park": the name's head comes before "of" (a body's noun, list
 * org-heads-before-of, or a group's members, list group-members-before-of), so a place noun ending the name ends the
 * place the body is named after, not the name's own kind. A built venue's noun (list venue-place-heads) ends a venue
 * named after its sponsor instead ("Bank of Kelso Stadium").
 */
function headNamedBeforeOf(words: readonly Token[]): boolean {
  const of = words.findIndex(token => token.lower === 'of');
  return of > 0 && !has(VENUE_PLACE_HEADS, words[words.length - 1].lower)
    && (has(ORG_HEADS_BEFORE_OF, words[of - 1].lower) || has(GROUP_MEMBERS_BEFORE_OF, words[of - 1].lower));
}

/**
 * "the climb to Monte Tarrow", "over Passo Kelso": a mountain or pass opener (list mountain-openers) and one capitalised
 * word the lexicon knows as no given name or surname ("Monte Ellis" is a person's name), after a word of a route or a
 * climb (list mountain-route-words); a man named Monte is written after a post or opens a clause ("the farm of
 * grower Monte Dace", "Monte Dace said"). A Scottish hill or glen named like a man ("Ben Corrie", "Glen Tarvie"; list
 * hill-given-name-openers) needs a climb's word that names no person as often, or a hill's part and "of", before it.
 */
function mountainName(words: readonly Token[], before: Token | undefined, twoBefore: Token | undefined): boolean {
  if (words.length !== 2 || (words[1].lexicon & (Tag.FirstName | Tag.LastName)) !== 0 || before === undefined || isCapitalised(before)) {
    return false;
  }
  if (has(HILL_GIVEN_NAME_OPENERS, words[0].lower)) {
    return hillRouteBefore(before, twoBefore);
  }
  return has(MOUNTAIN_OPENERS, words[0].lower) && has(MOUNTAIN_ROUTE_WORDS, before.lower);
}

/**
 * "The pair summited Tarlo Kang on Tuesday", "she climbed Vardo Ri": one to three capitalised words right after a verb of
 * reaching a peak (list peak-climbing-verbs), none a given name or a surname the lexicon knows, name the peak, a place;
 * "climbed Dana Kelso's fence" stays a person's.
 */
function summitedPeak(words: readonly Token[], before: Token | undefined): boolean {
  return before !== undefined && !isCapitalised(before) && has(PEAK_CLIMBING_VERBS, before.lower) && words.length <= MAX_PEAK_WORDS
    && words.every(token => (token.lexicon & (Tag.FirstName | Tag.LastName | Tag.Person)) === 0 && !isPossessive(token));
}

/** Most words of a peak's name written without "Mount" ("Tarlo Kang", "Vardo Ri"). */
const MAX_PEAK_WORDS = 3;

/** "up Ben Corrie", "the summit of Ben Corrie": a climb's word, or "of" after a hill's part, before a hill named like a man. */
function hillRouteBefore(before: Token, twoBefore: Token | undefined): boolean {
  if (before.lower === 'of') {
    return twoBefore !== undefined && has(HILL_PART_NOUNS, twoBefore.lower);
  }
  return has(MOUNTAIN_ROUTE_WORDS, before.lower) && !has(PERSON_ROUTE_WORDS, before.lower);
}

/**
 * "Plaza de Marwick", "Puerto de Kelso", "Villa del Tarrow": a place opener (list place-openers), a name particle and
 * one capitalised word name a place, as the two-word "San Tarrow" does; a given name before the particle is a person's
 * ("Dana de Vardo").
 */
function particlePlaceName(words: readonly Token[]): boolean {
  return words.length === 3 && has(PLACE_OPENERS, words[0].lower) && has(NAME_PARTICLES, words[1].lower);
}

/**
 * "Professor Oren Fell, a hydrologist …", "Inspector Tamsk Hill said": a capitalised person's title (list title-heads)
 * right before a name whose first word the lexicon does not know at all. The tagger reads a surname that is also a
 * landscape noun ("Hill", "Marsh", "Lake") as a place and spreads the tag to the unknown given name before it; a
 * place is not named straight after a person's title ("Professor Kelso Valley" is no way to write a place).
 */
function titledUnknownFirstWord(first: Token, before: Token | undefined): boolean {
  return first.lexicon === 0 && before !== undefined && isCapitalised(before) && has(TITLE_HEADS, before.lower) && joined(before, first);
}

/**
 * "Penhale Leisure Centre", "the Vardo Conference Center": a facility word (list venue-words) before a town part's head
 * names a building, a venue; so does "Centre Court" (list show-court-openers), a tennis venue's show court.
 */
function venueName(words: readonly Token[]): boolean {
  const n = words.length;
  const showCourt = n === 2 && words[1].text === 'Court' && SHOW_COURT_OPENERS.has(words[0].lower);
  return showCourt || (n >= 2 && has(TOWN_PART_HEADS, words[n - 1].lower) && has(VENUE_WORDS, words[n - 2].lower));
}

/**
 * "US State Department", "China Coast Guard": a country before an organisation noun makes a body; "West Bank" stays a
 * place. A school's or a hospital's noun ends a body's name whatever the words before it ("Carrow State University"),
 * and so does a company's legal form or trade noun (list company-heads) after a street or a place the tagger reads
 * into the whole name ("Birch Lane Capital", "Mill Road Partners", "Harbour Street Holdings Ltd"): no place's name
 * ends in "Capital" or "Partners" written after another capitalised word. A newspaper's or an agency's head (list
 * press-heads) likewise ends an outlet's name after a word the tagger reads as a place with it ("The Lakeshore Press").
 */
function bodyOfCountry({ orgHead, words, first, last, multiWord }: NameContext): boolean {
  // "the Mile Post" is a point on a course, no paper ("Post").
  if (venueName(words) || courseMarker(words)) {
    return false;
  }
  const countryFirst = (first.lexicon & (Tag.Place | Tag.Demonym)) !== 0 || has(PLACE_ACRONYMS, nameWord(first));
  return orgHead && (!((last.tags & Tag.Place) !== 0 && !countryFirst) || has(INSTITUTION_HEADS, last.lower) || serviceDistrict(words)
    || (multiWord && (has(COMPANY_HEADS, last.lower) || has(PRESS_HEADS, last.lower))) || namedAfterPlaceOfTwoWords(words));
}

/**
 * "the Vardo Valley Gazette", "the Kelso City Courier", "Tarrow Springs Bank", "the Kelso County Court": a body's head
 * after a place's name of two words or more, whose last word is a place's (list place-heads, or one the tagger reads
 * as a place: "Springs", "Falls"). The tagger reads the head as part of the place; a paper, a bank or a court named
 * after its town is still a body. Not a part of the town ("Kelso City Centre", list town-part-heads), and not a name
 * of two words ("West Bank"), where the place word before the head is the whole place.
 */
function namedAfterPlaceOfTwoWords(words: readonly Token[]): boolean {
  if (words.length < 3) {
    return false;
  }
  const head = words[words.length - 1], placeEnd = words[words.length - 2];
  return has(ORG_HEADS, head.lower) && !has(TOWN_PART_HEADS, head.lower)
    && (has(PLACE_HEADS, placeEnd.lower) || (placeEnd.tags & Tag.Place) !== 0);
}

/**
 * "In an interview with the music site Fretwell", "told the news site Tidewater": one word the lexicon does not know,
 * right after a noun of a kind of body (lists org-nouns-after, trade-nouns-before), is that body; the tagger's guess
 * that an unknown capitalised word is a place does not outweigh the noun that says what it is.
 */
function unknownWordAfterBodyNoun(context: NameContext): boolean {
  return !context.multiWord && context.first.lexicon === 0 && bodyNounBefore(context);
}

/** Tokens before "in" (or "in the") searched for a form of "publish": "published on Wednesday in", "was published this week in". */
const PUBLISHED_IN_WINDOW = 5;

/**
 * "published on Wednesday in the Kelso Medical Review", "published this week in Tarrow Bird Letters": a name of several
 * words right after "in the" or "in", with a form of "publish" a few words before, is where the work appeared.
 */
function publishedIn({ sentence, draft, before, twoBefore, multiWord, honorific }: NameContext): boolean {
  if (!multiWord || honorific || before === undefined) {
    return false;
  }
  const inAt = before.text === 'the' && twoBefore?.lower === 'in' ? draft.first - 2 : before.lower === 'in' ? draft.first - 1 : -1;
  return inAt > 0 && sentence.slice(Math.max(0, inAt - PUBLISHED_IN_WINDOW), inAt).some(token => has(PUBLISHING_VERBS, token.lower));
}

/** An opening quotation mark ending the gap before a name; a closing one opening the gap after it. */
const OPENING_QUOTE_END = /["“‘']\s*$/;
const CLOSING_QUOTE_START = /^\s*[,.]?["”’']/;

/**
 * An opening quotation mark right before a word (after a space or at the start); a closing one right after a word. A
 * doubled apostrophe is a mark too (''Low Tide,'' in the style of some newspaper archives).
 */
const OPENING_MARK = /(?:^|\s)(?:''|["“‘'])$/;
const CLOSING_MARK = /^[,.]?["”’']/;
/** A doubled apostrophe, read as one double quotation mark when the quotation is rebuilt for the classifier. */
const DOUBLED_APOSTROPHE = /''/g;
/** Words read either side of a quotation for what makes it a work's title ("the star of “…”", "“…”, directed by X"). */
const WORK_TITLE_CONTEXT_WORDS = 4;

/**
 * "the buyer of “Girl with a Copper Jug” by Dana Kelso", "Kelso's “Salt Road”": the name lies inside a quotation, the
 * words between it and the marks spaced words only, and the quotation classifier (quoteKinds.ts) reads the quotation as
 * the name of a work. Bounded: at most a title's length of words either side is read, once per candidate.
 */
function insideQuotedWorkTitle({ sentence, draft }: NameContext): boolean {
  let open = -1;
  for (let i = draft.first; i >= Math.max(0, draft.first - MAX_TITLE_WORDS); i--) {
    const gap = (sentence[i - 1]?.post ?? '') + sentence[i].pre;
    if (OPENING_MARK.test(gap)) {
      open = i;
      break;
    }
    if (!/^\s*$/.test(gap)) {
      return false;
    }
  }
  let close = -1;
  for (let j = draft.last; j < Math.min(sentence.length, draft.last + MAX_TITLE_WORDS); j++) {
    const gap = sentence[j].post + (sentence[j + 1]?.pre ?? '');
    if (CLOSING_MARK.test(gap)) {
      close = j;
      break;
    }
    if (!/^\s*$/.test(gap)) {
      return false;
    }
  }
  // "a charity called “Kelso Wings”": a naming verb names bodies and people as well as works.
  if (open < 0 || close < 0 || (open > 0 && has(NAMING_VERBS, sentence[open - 1].lower))) {
    return false;
  }
  // The quotation and a few words around it, rebuilt from the tokens (a line break first: no headline label reading).
  let local = '\n', start = 0, end = 0;
  for (let k = Math.max(0, open - WORK_TITLE_CONTEXT_WORDS); k <= Math.min(sentence.length - 1, close + WORK_TITLE_CONTEXT_WORDS); k++) {
    local += sentence[k].pre.replace(DOUBLED_APOSTROPHE, '"');
    if (k === open) {
      start = local.length;
    }
    local += sentence[k].text;
    if (k === close) {
      end = local.length + (/^[,.]/.test(sentence[k].post) ? 1 : 0);
    }
    local += sentence[k].post.replace(DOUBLED_APOSTROPHE, '"');
  }
  return classifyQuote(local, start - 1, end + 1, start, end) === 'title';
}

/**
 * "the developer Harbour Lane", "the publisher Open Field": a trade a person or a firm may ply (list
 * firm-or-person-trades) right before a name of two words or more, every one a common word the lexicon knows (a noun,
 * an adjective, a verb) and none a given name or a surname: the firm so named, as a person's name would hold a name's
 * word ("the producer Tomas Vane", "the builder Grace Field").
 */
function firmTradeBeforeCommonWords({ before, nameStart, words, honorific }: NameContext): boolean {
  const common = (word: Token): boolean => (word.lexicon & (Tag.Noun | Tag.Adjective | Tag.Verb)) !== 0 && (word.lexicon & (PERSON_NAME_TAGS | Tag.Place)) === 0;
  return !honorific && words.length >= 2 && before !== undefined && !isCapitalised(before) && has(FIRM_OR_PERSON_TRADES, before.lower)
    && joined(before, nameStart) && words.every(common);
}

/** Most words of a gloss in brackets inside a quoted title ("“Kelvar Tierra (Our Land),”"). */
const MAX_GLOSS_WORDS = 6;

/**
 * "titled “Kelvar Tierra (Our Land),”": the name is followed by a translation or gloss in brackets that closes the
 * quotation, so the name fills the quotation as much as a bare title does. Reads at most a gloss's words after the name.
 */
function glossClosesQuotation({ sentence, draft }: NameContext): boolean {
  if (!/^\s*\($/.test(sentence[draft.last].post + (sentence[draft.last + 1]?.pre ?? ''))) {
    return false;
  }
  for (let k = draft.last + 1; k < sentence.length && k <= draft.last + MAX_GLOSS_WORDS; k++) {
    const gap = sentence[k].post + (sentence[k + 1]?.pre ?? '');
    if (/^\)[,.]?["”’']/.test(gap)) {
      return true;
    }
    if (!/^\s+$/.test(gap)) {
      return false;
    }
  }
  return false;
}

/**
 * "She wrote “Harbour Crew” in 2009": one word left of a capitalised run inside a quotation, the capitalised word
 * before it trimmed off as a common word, so the draft is the run's tail. Inside a work's title it is no name; a
 * capitalised word after a lower-case one ("“Mornings with Kelso”") keeps its reading.
 */
function cutFromQuotedRun({ multiWord, sentence, draft }: NameContext): boolean {
  const previous = sentence[draft.first - 1];
  return !multiWord && previous !== undefined && isCapitalised(previous) && /^ $/.test(previous.post + sentence[draft.first].pre);
}

/** "told listeners of “The Dana Wrell Show”": the name ends in a programme's own head (list programme-title-heads). */
function endsInProgrammeHead({ multiWord, last }: NameContext): boolean {
  return multiWord && isCapitalised(last) && has(PROGRAMME_TITLE_HEADS, last.lower);
}

/** A programme's own title filling a quotation: the head is the cue a work noun beside it would give ("“The Dana Wrell Show”"). */
function programmeFillsQuotation(context: NameContext): boolean {
  return endsInProgrammeHead(context) && fillsQuotation(context.sentence, context.draft);
}

/** Whether the sentence names a screen, stage or printed work (list fiction-work-nouns), read once per sentence. */
const speaksOfFiction = memoizedPerObject((sentence: Sentence): boolean => sentence.some(token => !isCapitalised(token) && has(FICTION_WORK_NOUNS, token.lower)));

/**
 * "the character Lorna Vale", "Pell Maddox, played by Anton Vesk,", "Anton Vesk played Pell Maddox in the film", "the
 * film stars Anton Vesk as Pell Maddox": a character of a work, a made-up person. A casting verb or "as" after one
 * counts only in a sentence about a work (sport plays too); the actor after "played by" is a person.
 */
function isFictionalCharacter(context: NameContext): boolean {
  const { sentence, draft, before, twoBefore, after, twoAfter, nameStart, nameEnd, honorific } = context;
  if (honorific || isPossessive(nameEnd)) {
    return false;
  }
  if (before !== undefined && !isCapitalised(before) && has(FICTION_CHARACTER_CUES, before.lower) && joined(before, nameStart)) {
    return true;
  }
  // "Pell Maddox, played by X", "Pell Maddox (played by X)".
  if (after?.lower === 'played' && twoAfter?.lower === 'by' && /^\s*[,(]\s*$/.test(nameEnd.post + after.pre)) {
    return true;
  }
  if (before === undefined || !joined(before, nameStart) || !speaksOfFiction(sentence)) {
    return false;
  }
  // "X played Pell Maddox": the casting verb right before the name.
  if (!isCapitalised(before) && has(CASTING_VERBS, before.lower) && before.lower !== 'cast' && !/^star/.test(before.lower)) {
    return true;
  }
  // "stars Anton Vesk as Pell Maddox", "was cast as Pell Maddox": "as" after an actor's name or "cast", a casting word earlier.
  const actorBefore = twoBefore !== undefined && (isCapitalised(twoBefore) || twoBefore.lower === 'cast');
  return before.lower === 'as' && actorBefore && sentence.slice(0, draft.first - 1).some(token => !isCapitalised(token) && has(CASTING_VERBS, token.lower));
}

/**
 * "Dana Vell and Tarrant are disliked": a plural verb after the second name of a coordination agrees with both names,
 * so it proves nothing of a club named by its town alone (that reading needs the plural on the one name: "Tarrant are
 * bottom"). Commas and "and" ending a clause ("Ashby beat Vell, and Marwick were held") leave it a lone subject.
 */
function closesCoordination(before: Token | undefined, twoBefore: Token | undefined): boolean {
  return before !== undefined && (before.lower === 'and' || before.lower === 'or' || before.lower === 'nor' || before.text === '&') && !/,\s*$/.test(twoBefore?.post ?? '');
}

/**
 * "a new version of “Kelvanor,”", "shows like “The Kelby Files”": one name word that fills a quotation by itself (an
 * opening "The" aside), the lexicon knowing it as no person's and no body's name. A one-word name inside a longer
 * quotation ("“Mornings with Kelso”") is still that person or body; one filling it is the work's whole title.
 */
function oneWordFillsQuotation({ multiWord, sentence, draft, first }: NameContext): boolean {
  if (multiWord || (first.lexicon & (Tag.Person | Tag.FirstName | Tag.Organization | Tag.Place)) !== 0) {
    return false;
  }
  return fillsQuotation(sentence, draft);
}

/** The name fills a quotation by itself, an opening "The" aside (“Kelvanor”, “The Dana Wrell Show”). */
function fillsQuotation(sentence: Sentence, draft: Draft): boolean {
  const opener = sentence[draft.first - 1]?.lower === 'the' && !OPENING_MARK.test(sentence[draft.first - 2]?.post ?? '') ? draft.first - 1 : draft.first;
  const gapBefore = (sentence[opener - 1]?.post ?? '') + sentence[opener].pre;
  const gapAfter = sentence[draft.last].post + (sentence[draft.last + 1]?.pre ?? '');
  return OPENING_MARK.test(gapBefore) && CLOSING_MARK.test(gapAfter);
}

/**
 * "Culture | Books", "News | Prizes": one word the lexicon knows, filling a segment of a line split by bars (the bar is a
 * token of its own; the line is a sentence of its own), is a section's label. Reads the tokens either side only.
 */
function isSectionLabel({ multiWord, first, before, after, sentence, draft }: NameContext): boolean {
  const barBefore = before?.text === '|';
  const barAfter = after?.text === '|';
  if (multiWord) {
    // "The Kelso Ledger | Business | Autos & Transportation": words joined by "&" after the second bar of a section
    // path (a masthead, then sections) label a section, though the lexicon knows none of them.
    const words = sentence.slice(draft.first, draft.last + 1);
    const sectionPath = sentence.filter(token => token.text === '|').length >= 2 && words.some(token => token.text === '&');
    return barBefore && (after === undefined || barAfter)
      && (isCommonWordsLabel(words) || (sectionPath && words.every(token => (token.lexicon & NAMING_WORD_TAGS) === 0 && !has(CAPITAL_LEGAL_FORMS, token.lower))));
  }
  // "DAILY KESTREL | TV & Showbiz": one word of a section's label of words joined by "&" or "and" between bars.
  const joinedLabel = before?.text === '&' || before?.lower === 'and' || after?.text === '&' || after?.lower === 'and';
  const segment = joinedLabel ? barSegment(sentence, draft.first, draft.last) : undefined;
  if (segment !== undefined && segment.some(token => token.text === '&' || token.lower === 'and') && isJoinedWordsLabel(segment)) {
    return true;
  }
  if (first.lexicon === 0 && !has(SECTION_LABEL_WORDS, first.lower)) {
    return false;
  }
  return (barBefore && (after === undefined || barAfter)) || (before === undefined && barAfter);
}

/** The most tokens either side of a name that a section label joined by "&" may hold ("Money & Markets"). */
const MAX_LABEL_TOKENS = 4;

/**
 * The tokens of the segment of a bar-split line that holds tokens first..last ("TV & Showbiz" of "DAILY KESTREL | TV &
 * Showbiz"), or undefined when no bar borders it (a line without bars is prose or a headline).
 */
function barSegment(sentence: Sentence, first: number, last: number): Token[] | undefined {
  let from = first, to = last;
  // A label is a few words: look no further (a long line of prose has no bars to find).
  while (from > 0 && first - from < MAX_LABEL_TOKENS && sentence[from - 1].text !== '|' && !/\n/.test(sentence[from - 1].post)) {
    from--;
  }
  while (to + 1 < sentence.length && to - last < MAX_LABEL_TOKENS && sentence[to + 1].text !== '|' && !/\n/.test(sentence[to].post)) {
    to++;
  }
  const barred = sentence[from - 1]?.text === '|' || sentence[to + 1]?.text === '|';
  return barred ? sentence.slice(from, to + 1) : undefined;
}


/** One handle (rule handle-credit) after a byline's bar, or after "follow him" / "at" with nothing but the sentence's end after it. */
function isHandleCredit({ multiWord, first, before, after }: NameContext): boolean {
  if (multiWord || !/^@/.test(first.text) || before === undefined) {
    return false;
  }
  return before.text === '|' || (has(HANDLE_CREDIT_WORDS, before.lower) && (after === undefined || /\n/.test(first.post)) );
}

/** Lexicon tags of a word that names someone or somewhere: such a word makes a section path's segment a name. */
const NAMING_WORD_TAGS = Tag.FirstName | Tag.MaleName | Tag.FemaleName | Tag.LastName | Tag.Person | Tag.Place | Tag.Demonym;

/**
 * "The Kelso Courier | National News", "City Gazette | Companies | Oil & Gas": after a bar, the words of a page's
 * section are common words the lexicon knows ("News", "Oil", "Gas") or the tagger reads as adjectives ("National"), joined by "&" or "and", none a name of
 * someone or somewhere, no word a body's legal form; "Sport | Kelso City" (an unknown word) stays a name.
 */
function isCommonWordsLabel(words: readonly Token[]): boolean {
  return words.every(token => token.text === '&' || token.lower === 'and' || has(SECTION_LABEL_WORDS, token.lower)
    || ((token.lexicon !== 0 || (token.tags & Tag.Adjective) !== 0) && (token.lexicon & NAMING_WORD_TAGS) === 0 && !has(CAPITAL_LEGAL_FORMS, token.lower)));
}

/**
 * "TV & Showbiz", "Money & Markets": a section's label of words joined by "&" or "and", none naming someone or somewhere
 * (no word a surname, "Marks & Spencer" stays a firm) and one at least a common word the lexicon knows ("TV"); a word it
 * does not know ("Showbiz") may stand beside it.
 */
function isJoinedWordsLabel(words: readonly Token[]): boolean {
  const named = words.filter(token => token.text !== '&' && token.lower !== 'and');
  return named.length >= 2 && named.every(token => (token.lexicon & NAMING_WORD_TAGS) === 0 && !has(CAPITAL_LEGAL_FORMS, token.lower))
    && named.some(token => token.lexicon !== 0 || has(SECTION_LABEL_WORDS, token.lower));
}

/** A British road's number ("A38", "B4117", "M25", "A1(M)"): a letter of the road's class and digits, a place. */
const ROAD_NUMBER = /^[ABM]\d{1,4}$/;
/** "the K200 sold well", "the A350 fleet": a capital and three digits or more is a model's code, no body's initials. */
const PRODUCT_CODE = /^\p{Lu}\d{3,}$/u;
/**
 * "the H5N1 strain", "H7N3 was confirmed": capitals and digits that alternate twice or more name a virus's subtype, a
 * gene or a part's code (as animal-disease and health copy writes them), no body's initials, which carry no digit
 * between their letters.
 */
const STRAIN_CODE = /^(?:\p{Lu}\d+){2,}\p{Lu}?$/u;

/**
 * "finished P3", "P1 became P3", "knocked out in Q2", "fastest in FP1", "profits in Q4": race copy's running positions
 * and sessions (practice, qualifying) and business copy's quarters, a capital and its number, never a body's initials.
 */
const POSITION_OR_SESSION_CODE = /^(?:P\d{1,2}|FP[1-3]|Q[1-4])$/;

/** A gerund of six letters or more in capitals ("was FUMING at the presser"): no initialism ends so. */
const SHOUTED_GERUND = /^[a-z]{3,}ing$/;

/**
 * A word written in capitals for emphasis, as fight-night and tabloid copy writes them: an interjection or a negative
 * ("WOW.", "was NOT having it") or a gerund ("FUMING"), words the lexicon knows without a flag or does not list.
 */
function isShoutedWord(bare: string): boolean {
  return bare.length > 2 && (isExclaimedWord(bare) || SHOUTED_GERUND.test(bare));
}

/** An abbreviation, not an English word ("GOAL!", "WOW.", "NOT", "FUMING") nor a dateline ("MOIBEN, Kenya —"). */
function isAcronym(context: NameContext): boolean {
  const { draft, sentence, first, multiWord } = context;
  const bare = nameWord(first);
  const word = (first.lexicon !== 0 && (first.lexicon & Tag.Organization) === 0 && bare.length > 2) || isShoutedWord(bare);
  const dateline = draft.first === 0 && sentence[0].start === 0 && (/^\s*[,:(—–-]/.test(first.post) || isDatelinePlace(context)) && bare.length > 3;
  const shout = /^!/.test(first.post);
  // Post-nominal letters standing alone name an honour or a rank conferred ("was appointed CBE", "took silk and became a
  // KC"), no body.
  return !multiWord && isAllCaps(first) && bare.length <= 6 && !has(NON_ORG_ACRONYMS, bare) && !has(PLACE_ACRONYMS, bare) && !word && !dateline && !shout
    && !ROAD_NUMBER.test(first.text) && !isCodedSum(first.text) && !isPostNominal(first.text) && !isModelCode(context) && !PRODUCT_CODE.test(first.text) && !STRAIN_CODE.test(first.text)
    && !POSITION_OR_SESSION_CODE.test(first.text) && !isGradeCode(context);
}

/** An abbreviation's capitals (a lower-case letter may sit inside: "CoP") and, fused with them, an edition's number. */
const NUMBERED_ABBREVIATION = /^(\p{Lu}[\p{Lu}\p{Ll}]{0,4}\p{Lu})(\d{1,3})?$/u;

/**
 * "delegates at COP31", "COP is short for …", "the SB64 session": a one-word abbreviation of a recurring conference
 * (list numbered-meeting-stems), with or without its edition's number, or any abbreviation of two letters or more fused
 * with a number right before a lower-case meeting noun (list numbered-meeting-nouns), names the meeting, not a body.
 */
function isNumberedMeeting({ first, after, multiWord, honorific }: NameContext): boolean {
  const match = NUMBERED_ABBREVIATION.exec(first.text.replace(/['’]s$/, ''));
  if (multiWord || honorific || !match) {
    return false;
  }
  const [, letters, edition] = match;
  const nounAfter = edition !== undefined && after !== undefined && !isCapitalised(after) && has(NUMBERED_MEETING_NOUNS, after.lower);
  return has(NUMBERED_MEETING_STEMS, letters.toLowerCase()) || nounAfter;
}

/** "the KVR-TPU said": two all-capital abbreviations, each of letters only, glued by a hyphen. */
function hyphenedAbbreviations({ words }: NameContext): boolean {
  if (words.length !== 2 || words[0].post !== '-' || words[1].pre !== '') {
    return false;
  }
  return words.every(word => isAllCaps(word) && /^\p{Lu}{2,6}$/u.test(word.text) && !has(NON_ORG_ACRONYMS, word.lower) && !has(PLACE_ACRONYMS, word.lower));
}

/** "Marrow Quay bought the block", "managing director of Marrow Quay": a street's or a site's words at a firm's work. */
function streetNamedFirmAtWork({ words, last, before, twoBefore, after, nameEnd, honorific }: NameContext): boolean {
  const street = has(STREET_FIRM_ENDINGS, last.lower);
  // "the managing director of Tarnby Airport": a site its operator is named after (list operated-site-heads) has a
  // company's posts too, as it speaks ("Tarnby Airport said"); only after such a post, never after a deal's verb.
  if (honorific || words.length < 2 || !(street || has(OPERATED_SITE_HEADS, last.lower)) || (words[0].lexicon & (Tag.FirstName | Tag.Person)) !== 0) {
    return false;
  }
  const dealAfter = street && after !== undefined && has(FIRM_DEAL_VERBS, after.lower) && !isPossessive(nameEnd) && /^ +$/.test(nameEnd.post + after.pre)
    && (before === undefined || (before.tags & Tag.Preposition) === 0);
  const postBefore = before?.lower === 'of' && twoBefore !== undefined && !isCapitalised(twoBefore) && has(COMPANY_POST_NOUNS, twoBefore.lower);
  return dealAfter || postBefore;
}

/** "was graded C2", "downgraded to G3", "rated V1": a capital and one or two digits right after a verb of grading (list grading-verbs). */
function isGradeCode({ sentence, draft, first }: NameContext): boolean {
  if (!/^\p{Lu}\d{1,2}$/u.test(first.text)) {
    return false;
  }
  const before = sentence[draft.first - 1];
  const verb = before !== undefined && (before.lower === 'to' || before.lower === 'as') ? sentence[draft.first - 2] : before;
  return verb !== undefined && has(GRADING_VERBS, verb.lower);
}

/**
 * "KPS Marwick": two words, an initialism of three to six capitals (read as `abbreviation` reads one alone) and, after
 * a space, a capitalised place: a word the lexicon knows as a place or does not know at all. A common word after the
 * initialism names something else ("a KFF Women side", a ship "HMS Vigilant"), a hyphen a party's tag ("DFL-Marwick").
 */
function abbreviationBeforePlace(context: NameContext): boolean {
  const { words, first, draft } = context;
  const place = words[1];
  // "SANDAL Idris (TDA) - 40,118": a results line's surname in capitals before the given name (names.ts read it so).
  if (draft.surnameFirst === true || words.length !== 2 || nameWord(first).length < 3 || !isAcronym({ ...context, multiWord: false }) || !/^ $/.test(first.post + place.pre)) {
    return false;
  }
  const known = (place.lexicon | place.tags) & (Tag.FirstName | Tag.Person | Tag.Adjective);
  return /^\p{Lu}\p{Ll}+$/u.test(place.text) && known === 0 && (place.lexicon === 0 || (place.lexicon & Tag.Place) !== 0)
    && !has(TITLE_HEADS, place.lower) && !has(ORG_HEADS, place.lower) && !has(EVENT_HEADS, place.lower);
}

/** "Affected kettles are KX-1701 to KX-1760", "the ZR-9 charger": capitals glued by a hyphen to a number are a model's code. */
function isModelCode({ nameEnd, after }: NameContext): boolean {
  return after !== undefined && nameEnd.post === '-' && after.pre === '' && /^\d/.test(after.text);
}

/** A sum after a currency's code ("RM10", "RM7.90", "SGD4.20"; list currency-codes): an amount of money. */
const CODED_SUM = /^(\p{Lu}{2,3})\d[\d.,]*$/u;
function isCodedSum(text: string): boolean {
  const code = CODED_SUM.exec(text)?.[1];
  return code !== undefined && has(CURRENCY_CODES, code.toLowerCase());
}

/** Most lower-case words a term's abbreviation is read back over ("attention deficit hyperactivity disorder (ADHD)"). */
const MAX_TERM_WORDS = 8;

/**
 * "coronary artery bypass grafting (CABG)", "body mass index (BMI)": an abbreviation in parentheses right after lower-case
 * words (the sentence's opening capital aside) that spell it, as a body's own name never is written.
 */
function isTermAbbreviation({ sentence, draft, first, multiWord }: NameContext): boolean {
  const before = sentence[draft.first - 1];
  if (multiWord || !isAllCaps(first) || before === undefined || !(/\($/.test(before.post.trim()) || first.pre.includes('('))) {
    return false;
  }
  const abbreviation = nameWord(first).toLowerCase();
  const words: string[] = [];
  for (let i = draft.first - 1; i >= 0 && words.length < MAX_TERM_WORDS; i--) {
    const token = sentence[i];
    if ((token.capitalised && !opensSentence(sentence, i)) || (i < draft.first - 1 && !/^[\s-]*$/.test(token.post))) {
      return false;
    }
    words.unshift(token.lower);
    if (words.length > 1 && spellsAbbreviation(abbreviation, words)) {
      return true;
    }
  }
  return false;
}

/** Most words an appositive may take before its token noun ("KVX, the exchange's own native token,"). */
const MAX_TOKEN_APPOSITIVE_WORDS = 6;

/** The token noun at `at` ends its noun phrase: punctuation, the sentence's end, a determiner or a verb after it, no noun it modifies. */
function endsTokenPhrase(sentence: Sentence, at: number): boolean {
  const token = sentence[at], next = sentence[at + 1];
  return /[,;:.!?)]/.test(token.post) || next === undefined || next.capitalised || has(NOUN_DETERMINERS, next.lower)
    || (next.tags & Tag.Verb) !== 0 || (next.tags & Tag.Noun) === 0;
}

/**
 * "its KVX token", "the KVX governance token", "Its own token, KVX,", "KVX, a dollar-pegged stablecoin the exchange
 * issues,": an all-capital word that a token noun (list token-nouns) names, right after it, past one listed modifier,
 * or as the head of the appositive before or after it. The noun must end its phrase ("token, ", "stablecoin the …",
 * "token fell"): before another noun it is a modifier ("the SEC token rules", "an FCA coin ban"), which a body's
 * initials take as often as a ticker.
 */
function namesToken({ sentence, draft, first, multiWord, after, twoAfter, before, nameEnd }: NameContext): boolean {
  if (multiWord || !isAllCaps(first) || isPossessive(first)) {
    return false;
  }
  if (after !== undefined && joined(nameEnd, after)) {
    if (has(TOKEN_NOUNS, after.lower)) {
      return endsTokenPhrase(sentence, draft.last + 1);
    }
    if (has(TOKEN_MODIFIERS, after.lower) && twoAfter !== undefined && joined(after, twoAfter) && has(TOKEN_NOUNS, twoAfter.lower)) {
      return endsTokenPhrase(sentence, draft.last + 2);
    }
  }
  // "Its own token, KVX, has fallen": the token noun right before the comma that opens the name's apposition.
  if (before !== undefined && has(TOKEN_NOUNS, before.lower) && /^,\s*$/.test(before.post + first.pre)) {
    return true;
  }
  // "KVX, the exchange's native token, is down": an appositive after the comma whose first noun phrase ends in the token noun.
  if (!/^,\s*$/.test(nameEnd.post) || after === undefined || !has(NOUN_DETERMINERS, after.lower)) {
    return false;
  }
  for (let i = draft.last + 2; i < sentence.length && i <= draft.last + 1 + MAX_TOKEN_APPOSITIVE_WORDS; i++) {
    const token = sentence[i];
    if (has(TOKEN_NOUNS, token.lower)) {
      return endsTokenPhrase(sentence, i);
    }
    if (/[,;:.]/.test(token.post)) {
      return false;
    }
  }
  return false;
}

/**
 * The name modifies a noun after it ("in Fox forum", "in Bain-engineered deals", "in Democratic primaries"), so it
 * is no place there, unless that noun is a place's ("near Kelso station", "in Kelso town centre").
 */
function modifiesNoun(nameEnd: Token, after: Token | undefined): boolean {
  if (after === undefined || !/^\s*-?\s*$/.test(nameEnd.post) || after.capitalised) {
    return false;
  }
  return nameEnd.post.includes('-') || (isPlainNoun(after) && !has(PLACE_HEADS, after.lower));
}

/** A word the tagger reads as a noun and not as a verb ("forum", "depot"). */
/** "gearing stood", "borrowing rose": a word in "-ing" that a verb follows, the subject's noun (the tagger reads it a verb). */
function gerundSubject(token: Token, next: Token | undefined): boolean {
  return /ing$/.test(token.lower) && next !== undefined && /^\s+$/.test(token.post) && (next.tags & Tag.Verb) !== 0 && (next.tags & Tag.Noun) === 0;
}

function isPlainNoun(token: Token): boolean {
  return (token.tags & Tag.Noun) !== 0 && (token.tags & Tag.Verb) === 0;
}

/**
 * "at Dunholt depot": a lower-case noun after a space right after the name, which only says whose town the site is;
 * not after a possessive ("an executive at Brenmoor's parent company" works for the body).
 */
function siteNounAfter(nameEnd: Token, after: Token | undefined, afterNext?: Token): boolean {
  return after !== undefined && /^\s+$/.test(nameEnd.post) && !after.capitalised && !isPossessive(nameEnd) && isPlainNoun(after) && !verbBeforeDeterminer(after, afterNext);
}

/**
 * "Analysts at Peel Hatton cut their target", "… hit its forecast": a word the tagger reads as a noun but which a
 * determiner follows ("their", "its", "the") is the verb of the name before it (a site's noun, "at Dunholt depot",
 * is not followed by one).
 */
function verbBeforeDeterminer(word: Token, next: Token | undefined): boolean {
  return next !== undefined && /^\s+$/.test(word.post) && has(NOUN_DETERMINERS, next.lower) && next.text === next.lower;
}

/** "an economist at Tarrow's Vardska Banka": a possessive name before another capitalised name owns the workplace (a town's), which is the name after it. */
function ownsNamedWorkplace(nameEnd: Token, after: Token | undefined): boolean {
  return after !== undefined && isPossessive(nameEnd) && /^\s+$/.test(nameEnd.post) && after.capitalised;
}

/**
 * The opening of an agency dateline: capitals, a comma, a capitalised region or a date, or both ("KELSO, March 3 (…) -",
 * "KELSO, England, Feb 9 (…) -", as Reuters-style wires write it), then "(" or a dash; capitals alone, then a dash ("MARWICK — …"); or capitals alone,
 * then the agency's credit in brackets and a dash or hyphen ("MARWICK (AFP) -").
 */
const DATELINE = /^\p{Lu}[\p{Lu} .'-]+(?:, (?:\p{Lu}[\p{L}.]*\s?){1,3}(?:,\s\p{Lu}\p{Ll}+\.?\s)?(?:\d{1,2}\s)?(?:\(|—|–|--)|\s+(?:—|–|--)\s|\s+\((?:\p{Lu}[\p{L}.&'-]*\s?){1,4}\)\s*(?:—|–|--?)\s)/u;

/** A word that may stand in a dateline's capitals (DATELINE_PLACE_AND_COMMA's letters, and a comma). */
const DATELINE_CAPITALS_WORD = /^[\p{Lu} .',-]*$/u;

/** How many words open the sentence that may all be a dateline's capitals; the first word of any other letters ends them. */
const datelineCapitalsLength = memoizedPerObject((sentence: Sentence): number => {
  const other = sentence.findIndex(token => !DATELINE_CAPITALS_WORD.test(token.text));
  return other < 0 ? sentence.length : other;
});

/** The capitals that open a dateline, then its comma ("SAN TADEO, "): what stands before a dateline's region. */
const DATELINE_PLACE_AND_COMMA = /^\p{Lu}[\p{Lu} .'-]+, $/u;
/** What follows a dateline's region: an optional date after a comma ("…, June 8"), then the credit's bracket or a dash. */
const AFTER_DATELINE_REGION = /^(?:,\s\p{Lu}\p{Ll}+\.?\s\d{1,2})?\s*(?:\(|—|–|--?\s)/u;

/**
 * "KINGSFORD, Texas (AP) —": the name in capitals opens its paragraph and a dateline's shape follows. So does the
 * region after its comma ("SAN TADEO, Vardania, June 8 (Agency) -"): the state, province or country filed from, a
 * place also where the gazetteer does not know it.
 */
export function isDatelinePlace({ draft, sentence, words }: NameContext): boolean {
  if (sentence[0].start !== 0) {
    return false;
  }
  // The capitals before the name must be all the sentence has before it (DATELINE_PLACE_AND_COMMA): a word with other
  // letters or figures sooner rules it out without joining the text before every name of a long sentence.
  if (draft.first > datelineCapitalsLength(sentence)) {
    return false;
  }
  if (draft.first === 0) {
    const opening = sentence.slice(0, draft.last + 6).map((token, i) => (i > 0 ? token.pre : '') + token.text + token.post).join('');
    return words.every(isAllCaps) && DATELINE.test(opening);
  }
  const before = sentence.slice(0, draft.first).map((token, i) => (i > 0 ? token.pre : '') + token.text + token.post).join('') + sentence[draft.first].pre;
  const after = sentence[draft.last].post + sentence.slice(draft.last + 1, draft.last + 5).map(token => token.pre + token.text + token.post).join('');
  return !words.every(isAllCaps) && DATELINE_PLACE_AND_COMMA.test(before) && AFTER_DATELINE_REGION.test(after);
}

/**
 * "buy 70% of", "sold 40 per cent of", "owns 12 percent of": the tokens before "of" (ending at `end`) are a percentage
 * right after a verb of buying, selling or holding (list stake-deal-verbs).
 */
function dealVerbBeforePercentage(sentence: Sentence, end: number): boolean {
  const token = sentence[end];
  if (token === undefined) {
    return false;
  }
  // "70%" is one token; "70 percent" two; "40 per cent" three.
  const start = PERCENT_TOKEN.test(token.text) ? end
    : token.lower === 'percent' && NUMBER_TOKEN.test(sentence[end - 1]?.text ?? '') ? end - 1
      : token.lower === 'cent' && sentence[end - 1]?.lower === 'per' && NUMBER_TOKEN.test(sentence[end - 2]?.text ?? '') ? end - 2
        : -1;
  const verb = start > 0 ? sentence[start - 1] : undefined;
  return verb !== undefined && has(STAKE_DEAL_VERBS, verb.lower) && joined(verb, sentence[start]);
}

/** "of Italian leather maker X": a name right before a lower-case noun modifies it, and is not what the share is of ("of X last year" is). */
function modifiesNounAfter(nameEnd: Token, after: Token | undefined): boolean {
  return after !== undefined && !isCapitalised(after) && joined(nameEnd, after) && tagged(after, Tag.Noun) && !tagged(after, Tag.Preposition | Tag.Conjunction | Tag.Determiner | Tag.Date);
}

const PERCENT_TOKEN = /^\d[\d.,]*%$/;
const NUMBER_TOKEN = /^\d[\d.,]*$/;

/** "X, run by …", "X, owned by …": the name, set off by a comma, right before a participle of running (list running-participles) and "by". */
function runByAfterName({ sentence, draft, nameEnd, after, twoAfter, honorific }: NameContext): boolean {
  return !honorific && after !== undefined && twoAfter !== undefined && !isPossessive(nameEnd) && /^,\s*$/.test(nameEnd.post + after.pre)
    && has(RUNNING_PARTICIPLES, after.lower) && twoAfter.lower === 'by' && joined(after, twoAfter) && sentence[draft.last + 3] !== undefined;
}

/** "X, which represents …": the name, a comma, "which", then a verb of speaking for members. */
/** "Harwick's vice-chancellor": the name's possessive, then a university's own post, one word or hyphened. */
function possessiveBeforeUniversityPost({ nameEnd, after, twoAfter, honorific }: NameContext): boolean {
  if (honorific || !isPossessive(nameEnd) || after === undefined || isCapitalised(after)) {
    return false;
  }
  const hyphened = twoAfter !== undefined && after.post === '-' ? `${after.lower}-${twoAfter.lower}` : after.lower;
  return has(UNIVERSITY_ONLY_POSTS, hyphened) || has(UNIVERSITY_ONLY_POSTS, after.lower);
}

/**
 * "Tarven Holt's Europe president", "Kelmar Drey's Asia chief", "Orrin Vale's North America head": a possessive name,
 * one or two words of a region (list regional-arm-words) or a country, then a post of a regional arm (list
 * regional-post-heads): the name is the company whose arm it is. Not a known given name and surname.
 */
function possessiveBeforeRegionalPost({ sentence, draft, nameEnd, honorific, first, last, multiWord }: NameContext): boolean {
  if (honorific || !isPossessive(nameEnd) || givenNameAndSurname(first, last, multiWord)) {
    return false;
  }
  const region = (token: Token | undefined): boolean => token !== undefined && isCapitalised(token) && (has(REGIONAL_ARM_WORDS, token.lower) || COUNTRIES.has(token.lower));
  let at = draft.last + 1;
  if (!region(sentence[at])) {
    return false;
  }
  if (region(sentence[at + 1])) {
    at++;
  }
  const post = sentence[at + 1];
  return post !== undefined && !isCapitalised(post) && joined(sentence[at], post) && has(REGIONAL_POST_HEADS, post.lower);
}

/** "X, which <verb>": a name set off by a comma before "which" and a verb from `verbs`; no honorific, known first name or known place. */
function whichClauseVerb(verbs: WordList, { sentence, draft, nameEnd, after, honorific, first, multiWord }: NameContext): boolean {
  const verb = sentence[draft.last + 2];
  return !honorific && after?.lower === 'which' && verb !== undefined && /^,\s*$/.test(nameEnd.post + after.pre) && !isPossessive(nameEnd)
    && has(verbs, verb.lower) && joined(after, verb) && !isKnownFirstName(first) && (multiWord || (lexiconFlags(first.lower) & Tag.Place) === 0);
}

const speaksForMembers = (context: NameContext): boolean => whichClauseVerb(MEMBERS_BODY_VERBS, context);
// A name a body's head or a legal form already closes ("X Holdings Bhd, which owns Y,") needs no more evidence, and
// the clause's owning verb then only ties two bodies a reader keeps apart.
const tradesAsBusiness = (context: NameContext): boolean => !has(ORG_HEADS, context.last.lower) && !has(LEGAL_FORMS, context.last.lower.replace(/\.$/, ''))
  && whichClauseVerb(BUSINESS_ACTIVITY_VERBS, context);

/**
 * "Kelvane, a maker of pumps,", "Tarsk, the largest supplier of sensors,": an appositive whose head is a trade's agent
 * noun (list trade-agent-nouns) followed by "of" and a lower-case noun; within four words of the comma, past "a"/"the"
 * and adjectives; no honorific and no known first name opens the name.
 */
function tradeAgentAppositive({ sentence, draft, nameEnd, honorific, first }: NameContext): boolean {
  if (honorific || isKnownFirstName(first) || isPossessive(nameEnd) || !/^,\s*$/.test(nameEnd.post)) {
    return false;
  }
  const opening = sentence[draft.last + 1];
  if (opening === undefined || !has(ARTICLES, opening.lower)) {
    return false;
  }
  for (let q = draft.last + 2; q < sentence.length && q <= draft.last + 5; q++) {
    const token = sentence[q];
    if (isCapitalised(token) || !spaceAfter(token)) {
      return false;
    }
    if (has(TRADE_AGENT_NOUNS, token.lower)) {
      const of = sentence[q + 1], traded = sentence[q + 2];
      return of?.lower === 'of' && traded !== undefined && !isCapitalised(traded) && !has(ARTICLES, traded.lower);
    }
  }
  return false;
}

/**
 * "X has its third star": one name whose clause opens with it (the sentence's first name, or after a comma, a colon
 * or "but"/"and"), then a verb (past one or two adverbs), then "its". The verb is any lower-case word not a reporting
 * verb ("X said its menu …": "its" is another's) nor a preposition.
 */
function subjectOfIts({ sentence, draft, nameEnd, honorific, multiWord, before, first }: NameContext): boolean {
  if (honorific || isPossessive(nameEnd) || (!multiWord && isKnownFirstName(first)) || (lexiconFlags(first.lower) & Tag.Place) !== 0) {
    return false;
  }
  const opensClause = before === undefined || /[,:;]\s*$/.test(before.post) || before.lower === 'but' || before.lower === 'and' || before.lower === 'while';
  if (!opensClause) {
    return false;
  }
  let k = draft.last + 1;
  while (k < sentence.length && k <= draft.last + 2 && has(SUBJECT_VERB_ADVERBS, sentence[k].lower)) {
    k++;
  }
  const verb = sentence[k], its = sentence[k + 1];
  return verb !== undefined && its !== undefined && its.lower === 'its' && !isCapitalised(verb) && joined(sentence[k - 1], verb) && joined(verb, its)
    && (verb.tags & Tag.Verb) !== 0 && (verb.tags & Tag.Preposition) === 0 && !has(SPEECH_VERBS, verb.lower) && businessPossessionAfter(sentence, k + 1);
}

/**
 * "Its rival Vardomark", "its competitor, Tarrow Labs,", "its main rival, Tarrow Labs,": "its", a rival's noun (one
 * ranking adjective of list rival-noun-modifiers allowed before it) and the name, a comma allowed before the name.
 */
function rivalAfterIts({ sentence, draft, honorific, first }: NameContext): boolean {
  const noun = sentence[draft.first - 1];
  const ranked = sentence[draft.first - 2] !== undefined && has(RIVAL_NOUN_MODIFIERS, sentence[draft.first - 2].lower);
  const its = sentence[draft.first - (ranked ? 3 : 2)];
  return noun !== undefined && its !== undefined && its.lower === 'its' && has(BODY_RIVAL_NOUNS, noun.lower) && /^\s+$/.test(its.post)
    && /^,?\s+$/.test(noun.post + sentence[draft.first].pre) && !honorific && !isKnownFirstName(first);
}

/** How many words (an ordinal, a number, an adjective) may stand between "its" and what a business holds ("its third Michelin-style star"). */
const MAX_POSSESSION_MODIFIERS = 2;

/**
 * "its third star", "its licence", "its doors": after "its" at `at`, a thing only a business holds (list
 * business-possessions) within MAX_POSSESSION_MODIFIERS words; a town or a council "raises its budget", "buys its water".
 */
function businessPossessionAfter(sentence: Sentence, at: number): boolean {
  for (let k = at + 1; k < sentence.length && k <= at + 1 + MAX_POSSESSION_MODIFIERS; k++) {
    if (has(BUSINESS_POSSESSIONS, sentence[k].lower)) {
      return true;
    }
    if (isCapitalised(sentence[k]) && !/^\d/.test(sentence[k].text)) {
      return false;
    }
  }
  return false;
}

/** "X, founded by …" / "X, established in …" / "X was founded …": the name right before a founding participle (list founding-participles). */
function foundedAfterName({ nameEnd, after, twoAfter, honorific }: NameContext): boolean {
  if (honorific || after === undefined || twoAfter === undefined || isPossessive(nameEnd)) {
    return false;
  }
  if (/^,\s*$/.test(nameEnd.post + after.pre)) {
    return has(FOUNDING_PARTICIPLES, after.lower) && has(FOUNDING_LINKS, twoAfter.lower) && joined(after, twoAfter);
  }
  return (after.lower === 'was' || after.lower === 'is') && joined(nameEnd, after) && has(FOUNDING_PARTICIPLES, twoAfter.lower) && joined(after, twoAfter);
}

/**
 * Where the list a name closes opens: the name's own first token, or, for the second of two names joined by "and"
 * ("Pell & Marsh and J.P. Tarrow"), the first token of the name before "and" (capitalised words, initials and "&").
 */
function listOpening(sentence: Sentence, first: number): number {
  if (sentence[first - 1]?.lower !== 'and' || !joined(sentence[first - 1], sentence[first])) {
    return first;
  }
  let j = first - 2;
  while (j > 0 && first - j <= MAX_LISTED_NAME_WORDS && (sentence[j - 1].text === '&' || isCapitalised(sentence[j - 1])) && joined(sentence[j - 1], sentence[j])) {
    j--;
  }
  return j >= 0 && j < first - 1 && isCapitalised(sentence[j]) && joined(sentence[j], sentence[first - 1]) ? j : first;
}

const MAX_LISTED_NAME_WORDS = 6;

/**
 * The name is the second of two joined by "and" right after a plural noun of a body or a body's trade (lists
 * org-nouns-after and trade-nouns-before, in the plural: "platforms", "chains", "carmakers").
 */
function pluralBodyNounBeforePair({ sentence, draft, honorific }: NameContext): boolean {
  const opening = listOpening(sentence, draft.first);
  const noun = sentence[opening - 1];
  if (honorific || opening === draft.first || noun === undefined || isCapitalised(noun) || !joined(noun, sentence[opening]) || !noun.lower.endsWith('s')) {
    return false;
  }
  const singular = noun.lower.slice(0, -1);
  return has(ORG_NOUNS_AFTER, singular) || has(TRADE_NOUNS_BEFORE, singular) || has(TRADE_NOUNS_BEFORE, noun.lower);
}

/** "the fashion house X", "the fashion houses X and Y": a lower-case "house(s)" after a trade of house-trade-words right before token `at`. */
function tradeHouseBefore(sentence: Sentence, at: number): boolean {
  const [trade, house, name] = [sentence[at - 2], sentence[at - 1], sentence[at]];
  return trade !== undefined && house !== undefined && name !== undefined && (house.text === 'house' || house.text === 'houses') && !isCapitalised(trade)
    && has(HOUSE_TRADE_WORDS, trade.lower) && joined(trade, house) && joined(house, name);
}

/** A word the lexicon knows as a place, a country, or a place's abbreviation ("U.S."). */
function isKnownPlaceWord(token: Token): boolean {
  const word = lowerForm(token.text);
  return (token.lexicon & Tag.Place) !== 0 || COUNTRIES.has(word) || has(PLACE_ACRONYMS, word.replace(/\./g, ''));
}

/** The token at `at` is a country or a place the lexicon knows ("Britain & Ireland"). */
function placeWordAt(sentence: Sentence, at: number): boolean {
  const token = sentence[at];
  return token !== undefined && isKnownPlaceWord(token);
}

/** The opening of an agency dateline up to the bracket of its credit: capitals, an optional region and an optional date, each after a comma, "(". */
const DATELINE_BEFORE_CREDIT = /^\p{Lu}[\p{Lu} .'/-]+(?:, (?:\p{Lu}[\p{L}.]*\s?){1,3}(?:\d{1,2}\s?)?){0,2}\s*\($/u;

/** "ZURICH (Alpina Wire) —": the name in brackets after a dateline's place in capitals, before the dash, is the agency credited. */
function isDatelineCredit({ draft, sentence, nameEnd }: NameContext): boolean {
  if (draft.first === 0 || sentence[0].start !== 0 || !/^\)\s*(?:—|–|--?)/.test(nameEnd.post)) {
    return false;
  }
  const opening = sentence.slice(0, draft.first).map((token, i) => (i > 0 ? token.pre : '') + token.text + token.post).join('') + sentence[draft.first].pre;
  return DATELINE_BEFORE_CREDIT.test(opening);
}

/**
 * Whether the bracket the name stands in opens the sentence ("(Dana Kelso / Gazette)") or a picture credit after a
 * caption ("… in Kelso. (Photo: Dana Kelso / Gazette)"): its first word is a credit word before a colon.
 */
/** A picture credit's word and colon ("Photo:", list photo-credit-words) inside the brackets that close at the name. */
function creditWordBefore(sentence: Sentence, first: number): boolean {
  for (let k = first - 1; k >= 0 && !/\)/.test(sentence[k].post); k--) {
    if (PHOTO_CREDIT_WORDS.has(sentence[k].lower) && /^:/.test(sentence[k].post)) {
      return true;
    }
    if (/\(\s*$/.test(sentence[k].pre) || (k > 0 && /\(\s*$/.test(sentence[k - 1].post))) {
      return false;
    }
  }
  return false;
}

function opensPictureCredit(sentence: Sentence, first: number): boolean {
  let open = first;
  while (open > 0 && !/\(\s*$/.test(sentence[open].pre) && !/\(\s*$/.test(sentence[open - 1].post) && !/\)/.test(sentence[open - 1].post)) {
    open--;
  }
  if (open === 0) {
    return /\(\s*$/.test(sentence[0].pre);
  }
  return (PHOTO_CREDIT_WORDS.has(sentence[open].lower) && /^:/.test(sentence[open].post)) || closesCaptionLine(sentence, open);
}

/**
 * "Main image: riders pick their way through the crash in Kelso (Dana Kelso/Vardo Foto)": a caption line opened by a
 * credit word and its colon (list photo-credit-words, within its first three words) and closed by the bracket the
 * credit stands in, with no full stop between the caption and the credit. Not a bracket inside the caption's prose
 * ("Picture: the deal (Kelso/Marwick) closed on Monday"), which does not end the line.
 */
function closesCaptionLine(sentence: Sentence, open: number): boolean {
  if (!/\(\s*$/.test(sentence[open].pre) && !(open > 0 && /\(\s*$/.test(sentence[open - 1].post))) {
    return false;
  }
  if (!sentence.slice(0, 3).some(token => PHOTO_CREDIT_WORDS.has(token.lower) && /^:/.test(token.post))) {
    return false;
  }
  const close = sentence.findIndex((token, k) => k >= open && /\)/.test(token.post));
  return close === sentence.length - 1;
}

/**
 * "Words: Dana Kelso | Photography: Ivo Sandal/Vardo Foto": a credit word and its colon (list photo-credit-words)
 * right before the photographer's name (its first word at `first`), with no brackets.
 */
function bareCreditWordBefore(sentence: Sentence, first: number): boolean {
  const word = sentence[first - 1];
  return word !== undefined && PHOTO_CREDIT_WORDS.has(word.lower) && /^:\s*$/.test(word.post);
}

/** The same, for the outlet after the slash at `slash`: the photographer's capitalised words before it, then the credit word. */
function bareCreditBeforeSlash(sentence: Sentence, slash: number): boolean {
  let k = slash - 1;
  while (k > 0 && isCapitalised(sentence[k - 1]) && /^\s+$/.test(sentence[k - 1].post)) {
    k--;
  }
  return k > 0 && isCapitalised(sentence[k]) && bareCreditWordBefore(sentence, k);
}

/**
 * "Photo: Alpenbild/Kurt Aebersold", "Photos: Vardofoto/Ivo Brandt": a bare credit (list photo-credit-words and a
 * colon) whose one word before the slash is the agency and whose two or three words after it, opening with a known
 * first name, are the photographer, as European agencies credit; the British order ("Photograph: Ivo Brandt/Vardo
 * Foto") puts the photographer first. An event's or a race's own name may stand for the agency, in two or three words
 * that open with no known first name ("Photo: Kelso Ocean Race/Dan Quarrie"), as sailing and endurance copy credits the
 * organiser's pictures. `slash` is the index of the "/".
 */
function agencyFirstCredit(sentence: Sentence, slash: number): boolean {
  const given = sentence[slash + 1], family = sentence[slash + 2];
  const agencyStart = [1, 2, 3].map(width => slash - width).find(k => k >= 0 && sentence.slice(k, slash).every(isCapitalised) && bareCreditWordBefore(sentence, k));
  const agencyOpener = agencyStart === undefined ? undefined : sentence[agencyStart];
  return sentence[slash]?.text === '/' && agencyOpener !== undefined && given !== undefined && family !== undefined
    && (agencyStart === slash - 1 || ((agencyOpener.lexicon | agencyOpener.tags) & Tag.FirstName) === 0)
    && isCapitalised(given) && isCapitalised(family) && /^\s+$/.test(given.post)
    && ((given.lexicon | given.tags) & Tag.FirstName) !== 0;
}

/**
 * "the Anton Kelder piste", "the 3,445-metre Anton Kelder course", "the 3.4km Ziegler descent": "the" right before the
 * name at `first`, or before a measure glued to a unit (a number, perhaps a hyphen, and lower-case letters) before it.
 */
function afterTheAndMeasure(sentence: Sentence, first: number): boolean {
  let k = first - 1;
  for (let steps = 0; k >= 0 && steps < 3 && sentence[k].lower !== 'the'; steps++, k--) {
    if (isCapitalised(sentence[k]) || !/^[\d.,]+(?:-?\p{Ll}+)?$|^-?\p{Ll}+$/u.test(sentence[k].text) || !/^[-\s]*$/.test(sentence[k].post)) {
      return false;
    }
  }
  return k >= 0 && sentence[k].lower === 'the' && /^\s+$/.test(sentence[k].post) && (k === first - 1 || /\d/.test(sentence[k + 1].text));
}

/** The end of a bare credit's line or line part: the sentence's last word, or a word before a separator ("|"). */
function endsBareCredit(sentence: Sentence, last: number): boolean {
  return last === sentence.length - 1 || /^\s*[|•]/.test(sentence[last].post);
}

/**
 * "Data: Homeview, Kelso Building Society.", "Source: Orrin Analytics": the name is one of those a source credit (a
 * word of list data-credit-words and a colon opening the sentence) lists, separated by commas or "and", on one line.
 */
function listedInSourceCredit({ sentence, draft, before }: NameContext): boolean {
  if (sentence.length < 3 || !DATA_CREDIT_WORDS.has(sentence[0].lower) || !/^:\s*$/.test(sentence[0].post) || before === undefined
    || sentence.slice(0, draft.last).some(token => token.post.includes('\n'))) {
    return false;
  }
  return draft.first === 1 || /,\s*$/.test(before.post) || before.lower === 'and';
}

/** An initial inside a name: "J", "J.D.". */
const INITIALS = /^(?:\p{Lu}\.?){1,3}$/u;
const NAME_LIKE = Tag.FirstName | Tag.LastName;
const PLACE_OR_ORG = Tag.Place | Tag.Organization | Tag.Demonym | Tag.Date | Tag.Value;

/** A word the lexicon does not know (or knows as a name part), capitalised with lower-case letters or an initial. */
function unknownWord(token: Token): boolean {
  return (token.lexicon === 0 || (token.lexicon & NAME_LIKE) !== 0) && (token.tags & PLACE_OR_ORG) === 0
    && (/\p{Ll}/u.test(token.text) || INITIALS.test(token.text));
}

/**
 * "DANA MARR is facing a ban after …": a tabloid's lead name in capitals (runs.ts `isCapitalsLeadRun`), each word unknown
 * to the lexicon or a known name part and none a place's or a body's word: the capitals are the house style, and the
 * words are read as unknown words in lower case would be.
 */
function isCapitalsLeadName({ sentence, draft, words }: NameContext): boolean {
  return isCapitalsLeadRun(sentence, draft.first, draft.last)
    && words.every(token => (token.lexicon === 0 || (token.lexicon & NAME_LIKE) !== 0) && (token.tags & PLACE_OR_ORG) === 0);
}

/**
 * The second half of a hyphened surname that compromise knows only as a famous person ("Reilly", "Dalton", "Goodwin":
 * Person, no LastName): "Obi Nwachukwu-Reilly" is as unknown a name as "Obi Nwachukwu-Barry". Only after a hyphen: alone,
 * such a word is that famous bearer's surname, whom the article may name with a body of the same word (a foundation named after its founder).
 */
function hyphenedPersonPart(words: readonly Token[], at: number): boolean {
  const token = words[at], before = words[at - 1];
  return before !== undefined && hyphenated(before, token) && (token.lexicon & Tag.Person) !== 0 && (token.tags & PLACE_OR_ORG) === 0
    && /\p{Ll}/u.test(token.text);
}

/**
 * "Kelso, Ky.,", "Dunmore, TX", "Sen. X (Ky.)": one word that abbreviates a US state (AP style with its full stop, or a
 * postal code in capitals) right after a capitalised word and a comma, or in brackets right after a capitalised word.
 */
function stateAfterTown({ multiWord, first, before, nameStart, nameEnd, honorific }: NameContext): boolean {
  if (multiWord || honorific || before === undefined || !isCapitalised(before) || /\n/.test(before.post)) {
    return false;
  }
  const word = first.lower.replace(/\./g, '');
  const state = (/^\p{Lu}{2}$/u.test(first.text) && has(US_STATE_CODES, word))
    || ((/\./.test(first.text) || /^\./.test(nameEnd.post)) && has(US_STATE_ABBREVIATIONS, word));
  const afterComma = /^,\s+$/.test(before.post) && nameStart.pre === '';
  const bracketed = /\(\s*$/.test(before.post + nameStart.pre) && /^\.?\)/.test(nameEnd.post);
  return state && (afterComma || bracketed);
}

/**
 * "The Lions host Vardo next Friday", "Kelso Rovers host Marwick on Saturday", "Kelso host Vardo on Friday": the side
 * before the fixture's verb (list fixture-opponent-verbs) named in the plural or by a club's ending, or one word with
 * the verb's plural form, which no single person takes ("host", not "hosts"), then one word after it that is no given
 * name, then when the fixture is (rules host-before-club-no-person, fixture-opponent).
 */
export function hostedOnADay({ sentence, draft, multiWord, first, after, before, twoBefore }: NameContext): boolean {
  const pluralSide = twoBefore !== undefined && (/[^s']s$/.test(twoBefore.lower) || has(CLUB_NAME_ENDINGS, twoBefore.lower));
  const pluralVerb = before !== undefined && !/(?:s|ed)$/.test(before.lower) && twoBefore !== undefined && opensSentence(sentence, draft.first - 2);
  const side = twoBefore !== undefined && before !== undefined && has(FIXTURE_OPPONENT_VERBS, before.text) && isCapitalised(twoBefore) && !isPossessive(twoBefore)
    && (pluralSide || pluralVerb) && joined(twoBefore, before);
  const when = after !== undefined && (has(FIXTURE_WHEN_WORDS, after.text) || (WEEKDAYS.has(after.lower) && isCapitalised(after)));
  return !multiWord && side && when && ((first.lexicon | first.tags) & (Tag.FirstName | Tag.Honorific | Tag.Person)) === 0;
}

/** Lower-case words that may stand between "acting as" and an adviser's post ("lead financial", "joint corporate"). */
const MAX_ADVISER_MODIFIERS = 3;

/**
 * "Orrin Pell is acting as lead financial adviser to Marwick Group", "X acted as joint broker on the sale": after the
 * name (and a form of "be"), "acting"/"acted"/"acts" and "as", at most three lower-case words, then a deal adviser's post
 * (list deal-adviser-nouns) and "to"/"on"/"for".
 */
/**
 * "…, Counsel Weekly can reveal.", "…, Kelso Gazette understands.": after a comma the name and a publication's formula
 * for its own scoop ("can"/"has" and a word of list outlet-scoop-verbs, or "understands") close the sentence.
 */
function closesScoopFormula({ sentence, draft, before, after, twoAfter }: NameContext): boolean {
  if (before === undefined || !/,\s*$/.test(before.post) || after === undefined) {
    return false;
  }
  const auxiliary = after.lower === 'can' || after.lower === 'has';
  const verb = auxiliary ? twoAfter : after;
  const verbAt = draft.last + (auxiliary ? 2 : 1);
  if (verb === undefined || !has(OUTLET_SCOOP_VERBS, verb.lower) || (!auxiliary && verb.lower !== 'understands')) {
    return false;
  }
  return verbAt === sentence.length - 1 || /^\s*[.]/.test(verb.post);
}

/** The most words of a firm's name after "and" that rule listed-beside-a-firm-by-form reads ("Pryce, Vane & Kendrick LLP"). */
const MAX_LISTED_FIRM_WORDS = 6;

/**
 * "Hartley Vane and Pryce & Kendrick agree to merge", "Hartley Vane and London-based Marwick Ellis LLP": after the name,
 * "and" and a capitalised name that is a firm by its form, an ampersand between capitalised words or a legal form at its
 * end (list legal-forms), in the same sentence; a place's hyphened modifier may open it.
 */
function listedBesideFirmByForm({ sentence, draft, after }: NameContext): boolean {
  if (after?.lower !== 'and' || !isCapitalised(sentence[draft.last + 2] ?? after)) {
    return false;
  }
  for (let k = draft.last + 2; k < sentence.length && k - draft.last - 2 < MAX_LISTED_FIRM_WORDS; k++) {
    const token = sentence[k];
    if (token.text === '&') {
      return isCapitalised(sentence[k - 1]) && sentence[k + 1] !== undefined && isCapitalised(sentence[k + 1]);
    }
    if (has(LEGAL_FORMS, token.lower.replace(/\.$/, '')) && k > draft.last + 2) {
      return true;
    }
    // "New York-headquartered Pryce & Kendrick": a place's hyphened modifier before the firm's name is read past.
    if (!isCapitalised(token) && !/-$/.test(sentence[k - 1].post)) {
      return false;
    }
  }
  return false;
}

/** The most words between a body's noun and the naming verb after it ("firm, to be called", "company, since renamed"). */
const MAX_NAMING_GAP_WORDS = 3;

/**
 * "The merged firm, to be called Hartley Pryce Vane,", "a new company called Kelso Marr", "The bank, renamed Vardo Ellis,":
 * the name right after a naming verb (list naming-verbs) whose noun, a few function words or a comma before it, names a
 * kind of body (list org-nouns-after).
 */
function namedAfterBodyNoun({ sentence, draft }: NameContext): boolean {
  const verbAt = draft.first - 1;
  const verb = sentence[verbAt];
  if (verb === undefined || isCapitalised(verb) || !has(NAMING_VERBS, verb.lower) || !joined(verb, sentence[draft.first])) {
    return false;
  }
  for (let k = verbAt - 1; k >= 0 && verbAt - k <= MAX_NAMING_GAP_WORDS + 1; k--) {
    const token = sentence[k];
    if (isCapitalised(token)) {
      return false;
    }
    if (has(ORG_NOUNS_AFTER, token.lower)) {
      return true;
    }
    if (!/^(?:to|be|been|now|since|later|newly|soon|already)$/.test(token.lower)) {
      return false;
    }
  }
  return false;
}

function actsAsDealAdviser({ sentence, draft }: NameContext): boolean {
  let k = draft.last + 1;
  if (/^(?:is|are|was|were|will|has|have)$/.test(sentence[k]?.lower ?? '')) {
    k += sentence[k + 1]?.lower === 'been' || sentence[k + 1]?.lower === 'be' ? 2 : 1;
  }
  if (!/^(?:acting|acted|acts|act)$/.test(sentence[k]?.lower ?? '') || sentence[k + 1]?.lower !== 'as') {
    return false;
  }
  for (let m = k + 2; m < sentence.length && m <= k + 2 + MAX_ADVISER_MODIFIERS; m++) {
    const word = sentence[m];
    if (isCapitalised(word) || !/^\p{Ll}+$/u.test(word.text)) {
      return false;
    }
    if (has(DEAL_ADVISER_NOUNS, word.lower)) {
      return /^(?:to|on|for)$/.test(sentence[m + 1]?.lower ?? '');
    }
  }
  return false;
}

/**
 * "advised by Brandt Tollis and the law firm Penrose Hale": right after the name, "and the", a word of a trade, a body
 * noun (list org-nouns-after) and a capitalised name: the name is listed beside a body of that trade, one of its kind.
 */
function listedBeforeTradeBody({ sentence, draft, nameEnd }: NameContext): boolean {
  const [and, the, trade, noun, next] = sentence.slice(draft.last + 1, draft.last + 6);
  return next !== undefined && !/[,;:(]/.test(nameEnd.post) && and.lower === 'and' && the.lower === 'the'
    && /^\p{Ll}+$/u.test(trade.text) && !has(NOUN_DETERMINERS, trade.lower) && has(ORG_NOUNS_AFTER, noun.lower) && noun.text === noun.lower
    && isCapitalised(next) && joined(noun, next) && joined(trade, noun);
}

/**
 * "MP for Marwick North", "the member for Dunmore": the name right after a seat-holder's title and "for" is the seat.
 * A capitalised "Member" counts only after "the" ("The Member for Kalbarra, X,", as Australian copy writes the seat):
 * alone it may open a body's or a prize's name.
 */
function constituencyOf({ sentence, draft, before, twoBefore, nameStart, honorific }: NameContext): boolean {
  return before?.lower === 'for' && twoBefore !== undefined && has(CONSTITUENCY_MEMBERS, twoBefore.lower) && !honorific
    && joined(twoBefore, before) && joined(before, nameStart)
    && (twoBefore.lower !== 'member' || !isCapitalised(twoBefore) || sentence[draft.first - 3]?.lower === 'the')
    && (twoBefore.lower !== 'representative' || isCapitalised(twoBefore));
}

/**
 * "the Minister for Coastal Affairs", "Minister for the Environment", "Minister of Rural Roads": the name right after a
 * minister's title (list portfolio-holders) and "for"/"of", with or without "the", is the portfolio.
 */
/**
 * "Director of Rural Clinic Services at the Vardo Health Ministry": a name right after a capitalised post's head (list
 * field-post-heads) and "of", and right before "at", an optional "the" and a capitalised word (the body that holds the post).
 */
function fieldOfPostAtBody({ sentence, draft, honorific, before, twoBefore, after }: NameContext): boolean {
  if (honorific || before?.lower !== 'of' || twoBefore === undefined || !isCapitalised(twoBefore) || !has(FIELD_POST_HEADS, twoBefore.lower) || !joined(twoBefore, before)) {
    return false;
  }
  let at = draft.last + 1;
  if (after?.lower !== 'at' || !joined(sentence[draft.last], after)) {
    return false;
  }
  at++;
  if (sentence[at]?.lower === 'the') {
    at++;
  }
  return sentence[at] !== undefined && isCapitalised(sentence[at]);
}

/** "X, Senior Officer, Cold Storage and Supply, at the Fund": the name opens the field after a post's comma. */
function fieldAfterPostComma({ sentence, draft, honorific }: NameContext): boolean {
  const end = postFieldEnd(sentence, draft.first - 1);
  return !honorific && end !== undefined && end >= draft.last;
}

function portfolioOfMinister({ sentence, draft, honorific }: NameContext): boolean {
  let at = draft.first - 1;
  if (sentence[at]?.lower === 'the') {
    at--;
  }
  const connector = sentence[at], holder = sentence[at - 1];
  return !honorific && connector !== undefined && holder !== undefined && (connector.lower === 'for' || connector.lower === 'of')
    && has(PORTFOLIO_HOLDERS, holder.lower) && isCapitalised(holder) && joined(holder, connector);
}

/** Most tokens from a portfolio's holder to an item of its list ("Minister for Arts, Heritage and the Islands"). */
const MAX_PORTFOLIO_LIST_TOKENS = 12;

/** Words that may sit inside a list of portfolios besides its capitalised items. */
function isPortfolioListGlue(token: Token): boolean {
  return token.lower === 'and' || token.lower === 'of' || token.lower === 'the' || token.lower === '&';
}

/** A token's spacing after it is a space, a comma and a space, or a hyphen: the list goes on past it. */
function continuesList(token: Token): boolean {
  return /^(?:\s+|,\s+|-)$/.test(token.post) && !/\n/.test(token.post);
}

/** The title before a portfolio connector at `at` ("for"/"of"): "Minister for", "Secretary of State for". */
function isPortfolioConnectorAt(sentence: Sentence, at: number): boolean {
  const connector = sentence[at], holder = sentence[at - 1];
  if (connector === undefined || holder === undefined || (connector.lower !== 'for' && connector.lower !== 'of')
    || !isCapitalised(holder) || !has(PORTFOLIO_LIST_HOLDERS, holder.lower)) {
    return false;
  }
  return holder.lower !== 'state' || (connector.lower === 'for' && sentence[at - 2]?.lower === 'of' && sentence[at - 3]?.lower === 'secretary');
}

/** An "and" (or "&") comes within the next few list tokens after `last`, past commas and capitalised items only. */
function andFollows(sentence: Sentence, last: number): boolean {
  const listItem = (k: number) => continuesList(sentence[k - 1]) && (isCapitalised(sentence[k]) || sentence[k].lower === 'of' || sentence[k].lower === 'the');
  const and = listClosingAnd(sentence, last + 1, last + MAX_PORTFOLIO_LIST_TOKENS, listItem);
  return and !== undefined && continuesList(sentence[and - 1]) && and < sentence.length - 1;
}

/**
 * "Minister for Arts, {Heritage} and the {Islands}, X", "Minister of Lakes-{Inland Waters}", "Minister for Treaty of
 * {Harbour Claims}": a name inside a minister's list of portfolios (past the first item, which portfolio-after-minister
 * reads) is part of the brief. An item after a comma counts only while the list is still open (no "and" has closed it)
 * and an "and" still follows, so the holder's name after the list ("…, Jane Roe") stays a name.
 */
function portfolioListItem({ sentence, draft, honorific }: NameContext): boolean {
  if (honorific) {
    return false;
  }
  let at = draft.first - 1;
  if (sentence[at]?.lower === 'the') {
    at--;
  }
  const link = sentence[at];
  // The name must follow a list's own joint (a comma, "and", "&", an item's inner "of", a hyphen): after a bare space
  // it is the holder's name itself ("Minister of State Dana Kelso").
  const listJoint = link !== undefined && (/[,-]/.test(link.post) || isPortfolioListGlue(link)) && link.lower !== 'the';
  if (!listJoint || !continuesList(link)) {
    return false;
  }
  const afterComma = /,/.test(link.post);
  if (afterComma && !andFollows(sentence, draft.last)) {
    return false;
  }
  for (let k = at, steps = 0; k > 0 && steps < MAX_PORTFOLIO_LIST_TOKENS; k--, steps++) {
    const token = sentence[k];
    if (isPortfolioConnectorAt(sentence, k)) {
      return k < at;
    }
    if (!continuesList(token) || (!isCapitalised(token) && !isPortfolioListGlue(token))) {
      return false;
    }
    if (afterComma && token.lower === 'and' && k !== at) {
      return false;
    }
  }
  return false;
}

/** "A Division Bench of …", "the Bench observed": a court's panel ("Bench" after a word of list court-panel-words, or after "the" alone). */
function isCourtPanel({ words, before, last }: NameContext): boolean {
  if (last.lower !== 'bench' || !isCapitalised(last)) {
    return false;
  }
  return words.length === 1 ? before?.lower === 'the' : words.length === 2 && has(COURT_PANEL_WORDS, words[0].lower);
}

/** "Orrin Vale's federal MP": a possessive name, at most two level or time words, then a seat-holder's abbreviated title. */
function seatBeforeMember({ sentence, draft, nameEnd, first, honorific }: NameContext): boolean {
  if (!isPossessive(nameEnd) || honorific || isKnownFirstName(first)) {
    return false;
  }
  let at = draft.last + 1;
  while (at < draft.last + 3 && sentence[at] !== undefined && has(SEAT_LEVELS, sentence[at].text)) {
    at++;
  }
  const title = sentence[at];
  return title !== undefined && title.lower !== 'member' && has(CONSTITUENCY_MEMBERS, title.lower);
}

/**
 * "Resident Electoral Commissioner (REC)": one all-capital word in brackets that spells the capitalised title before it.
 * A head that also modifies a title ("executive director") ends bodies' names as often ("the Procurement Executive").
 */
function initialsOfTitleBefore({ words, sentence, draft, nameStart, nameEnd }: NameContext): boolean {
  const head = sentence[draft.first - 1];
  if (words.length !== 1 || !isAllCaps(words[0]) || !/\($/.test(nameStart.pre) || !/^\)/.test(nameEnd.post)
    || head === undefined || !isCapitalised(head) || !has(TITLE_HEADS, head.lower) || has(TITLE_MODIFIERS, head.lower)) {
    return false;
  }
  const letters = words[0].text.toLowerCase();
  let initials = '';
  for (let at = draft.first - 1; at >= 0 && initials.length < letters.length && isCapitalised(sentence[at]); at--) {
    initials = sentence[at].lower[0] + initials;
  }
  return initials === letters;
}

type EvidenceRule = Rule<NameContext, EvidenceFlags>;

/** Most earlier names a list of family members may hold before the one judged ("children, Ivo, Marta and {Nell}"). */
const MAX_KIN_LIST_ITEMS = 5;

/**
 * "Ivo" of "children, Ivo, Nell and Marta": one capitalised word, after no capitalised word joined to it (an earlier
 * item ending in a comma is another name: "Ivo, {Nell} and Marta"), before a comma or "and".
 */
function isKinListItem(sentence: Sentence, k: number): boolean {
  const token = sentence[k], previous = sentence[k - 1], next = sentence[k + 1];
  return isCapitalised(token) && (previous === undefined || !isCapitalised(previous) || /^,\s*$/.test(previous.post))
    && (/^,\s*$/.test(token.post) || (next !== undefined && next.lower === 'and' && joined(token, next)));
}

/** Whether a later item of the same list ("sons {Finn} and Joseph") is a first name the lexicon knows. */
function listGoesOnWithKnownName(sentence: Sentence, k: number): boolean {
  for (let i = k + 1, items = 0; i < sentence.length && items <= MAX_KIN_LIST_ITEMS; i++) {
    const token = sentence[i];
    if (token.lower === 'and') {
      continue;
    }
    if (!isCapitalised(token) || !/^[\s,.;:]*$/.test(sentence[i - 1].post) || (i + 1 < sentence.length && isCapitalised(sentence[i + 1]) && joined(token, sentence[i + 1]))) {
      return false;
    }
    if (((token.lexicon | token.tags) & Tag.FirstName) !== 0) {
      return true;
    }
    items++;
  }
  return false;
}

/**
 * A given name of a family list: one the lexicon knows, or (where a later item of the list is one) a word it knows as
 * no place or body ("sons {Finn} and Joseph": a given name that is also a common noun or a demonym).
 */
function isListedGivenName(sentence: Sentence, k: number): boolean {
  const name = sentence[k];
  return ((name.lexicon | name.tags) & Tag.FirstName) !== 0
    || (((name.lexicon | name.tags) & (Tag.Place | Tag.Organization)) === 0 && listGoesOnWithKnownName(sentence, k));
}

/**
 * "husband of {Greta}", "father of Ivo and {Marta}", "their children, Ivo and {Marta}", "(née {Brandt})": a one-word
 * name, after earlier one-word names of the same list (joined by commas or "and"), that opens after a kin noun and
 * "of" or a comma (lists kin-list-nouns), or right after a maiden-name marker.
 */
function isKinListName({ sentence, draft, honorific }: NameContext): boolean {
  if (draft.first !== draft.last || honorific) {
    return false;
  }
  const before = sentence[draft.first - 1];
  if (before !== undefined && MAIDEN_NAME_MARKERS.has(before.lower) && joined(before, sentence[draft.first])) {
    return true;
  }
  const name = sentence[draft.first], next = sentence[draft.first + 1];
  if (marriedTo(sentence, draft.first - 1) && ((name.lexicon | name.tags) & Tag.FirstName) !== 0 && !isPossessive(name)
    && (next === undefined || !isCapitalised(next) || !joined(name, next))) {
    return true;
  }
  // A one-word name after a kin noun is a person only as a known first name ("a true son of Vardo" is the town), and
  // only where it ends its list item ("his aunt, Florence's archive": the possessive opens another phrase).
  // The list's last item may end the list with no mark before the verb ("his daughters Mae and Rosa were safe").
  const lastAfterAnd = sentence[draft.first - 1]?.lower === 'and' && (next === undefined || !isCapitalised(next));
  const endsItem = /^[,.;:)]/.test(name.post) || (next !== undefined && (next.lower === 'and' || next.lower === 'or')) || lastAfterAnd;
  if (!isListedGivenName(sentence, draft.first) || isPossessive(name) || !endsItem) {
    return false;
  }
  let k = draft.first - 1, items = 0;
  while (k >= 0 && items <= MAX_KIN_LIST_ITEMS && (sentence[k].lower === 'and' || isKinListItem(sentence, k))) {
    items += sentence[k].lower === 'and' ? 0 : 1;
    k--;
  }
  const cue = sentence[k];
  if (cue === undefined || isCapitalised(cue)) {
    return false;
  }
  // The kin noun may stand right before the list as a label, as death notices write it ("leaves daughter Nell, sons
  // Ivo and Tam"), as well as before "of" or a comma.
  const kin = cue.lower === 'of' ? sentence[k - 1] : cue;
  const listed = cue.lower === 'of' ? joined(kin ?? cue, cue) : /^,?\s*$/.test(cue.post);
  return kin !== undefined && listed && KIN_LIST_NOUNS.has(kin.lower) && !isCapitalised(kin);
}

/** A word the lexicon knows as a given name and as nothing that names a family, a place or a body. */
const isOnlyGivenName = (token: Token): boolean =>
  ((token.lexicon | token.tags) & Tag.FirstName) !== 0 && ((token.lexicon | token.tags) & (Tag.LastName | Tag.Place | Tag.Organization)) === 0;

/**
 * "The couple, {Ruth} and Alan Pembry,": a lone given name, "and", then a given name and one more capitalised word that
 * ends the name; the surname is written once for both. Not when the words after the surname go on in capitals
 * ("the Ruth and Alan Pembry Trust").
 */
function isGivenNameBeforeSharedSurname({ sentence, draft, honorific }: NameContext): boolean {
  const name = sentence[draft.first], and = sentence[draft.first + 1], given = sentence[draft.first + 2], surname = sentence[draft.first + 3];
  const unknown = unknownNameOfCouple(sentence, draft.first);
  if (draft.first !== draft.last || honorific || !(isOnlyGivenName(name) || unknown) || !/^\s+$/.test(name.post) || and?.lower !== 'and' || given === undefined || surname === undefined) {
    return false;
  }
  const after = sentence[draft.first + 4];
  // With a couple's cue the second given name may be one the lexicon does not know either ("Kemal").
  return isCapitalised(given) && (((given.lexicon | given.tags) & Tag.FirstName) !== 0 || (unknown && given.lexicon === 0)) && isCapitalised(surname) && joined(given, surname) && !isPossessive(given)
    && (after === undefined || !isCapitalised(after) || !joined(surname, after));
}

/**
 * "The couple, {Yusra} and Kemal Dogan,", "{Yusra} and Kemal Dogan said they …": a word the lexicon does not know at all
 * before "and", a given name and a surname, with a cue that two people share it (list shared-surname-cues) within three
 * words before the first name or after the surname.
 */
function unknownNameOfCouple(sentence: Sentence, at: number): boolean {
  if (sentence[at].lexicon !== 0) {
    return false;
  }
  const near = [...sentence.slice(Math.max(0, at - 3), at), ...sentence.slice(at + 4, at + 7)];
  // "Parents Tam and Ilse Morrow said": the cue opening the sentence is capitalised only by its place.
  return near.some(token => (!isCapitalised(token) || token === sentence[0]) && has(SHARED_SURNAME_CUES, token.lower));
}

/** "was married to {Greta} for 50 years": a spouse named by the first name alone after "married to". */
function marriedTo(sentence: Sentence, k: number): boolean {
  const to = sentence[k], married = sentence[k - 1];
  return to?.lower === 'to' && married?.lower === 'married' && joined(married, to);
}

/** The oldest age copy gives a person after a name set off by commas ("Megan, 24,"): more is a figure, not an age. */
const MAX_AGE = 120;

/** Verbs, prepositions and conjunctions: a word of these kinds before a name leaves it a noun phrase of its own ("said Tom", "with Tom", "and Tom"). */
const CLAUSE_WORDS = Tag.Verb | Tag.Preposition | Tag.Conjunction;

/**
 * The name is a noun phrase of its own: it opens the sentence, or follows a mark ("Another passenger, Tom, 19,") or a
 * lower-case verb, preposition or conjunction; not a word modified by an article or an adjective before it ("the
 * Marwick, 24, …", "The elder Kelso, 71, …": a family's surname, which other rules read).
 */
function standsAlone(before: Token | undefined): boolean {
  return before === undefined || /[,:;(]/.test(before.post)
    || (!isCapitalised(before) && ((before.tags | before.lexicon) & CLAUSE_WORDS) !== 0 && !ARTICLES.has(before.lower) && ((before.tags | before.lexicon) & Tag.Adjective) === 0);
}

/** The most words of a descriptor that opens the sentence before a passenger's first name ("Mum-of-two X, 38,"). */
const MAX_OPENING_DESCRIPTOR_WORDS = 4;

/**
 * "Grandmother Edna, 66, said", "Mum-of-two Kelly, 38, from Dunmore": the name comes right after a descriptor that
 * opens the sentence, a common word capitalised only for that (isCommonOpener) and lower-case words or a hyphened
 * compound after it, with no punctuation between: the words describe the person named next, as tabloid and regional
 * copy introduce witnesses.
 */
function opensWithDescriptor(sentence: Sentence, first: number): boolean {
  const last = sentence[first - 1];
  if (first < 1 || first > MAX_OPENING_DESCRIPTOR_WORDS || !isCommonOpener(sentence[0]) || ARTICLES.has(sentence[0].lower)
    || ((last.tags | last.lexicon) & Tag.Adjective) !== 0) {
    return false;
  }
  for (let i = 0; i < first; i++) {
    if ((i > 0 && isCapitalised(sentence[i])) || !/^(?:-|\s+)$/.test(sentence[i].post)) {
      return false;
    }
  }
  return true;
}

/**
 * "Megan, 24, who was on the train", "Tom, 19, said": a one-word given name (known, or a word the lexicon does not know), set off by commas
 * around an age (a number of one to three digits up to MAX_AGE) and followed by a lower-case word or a colon, is a
 * person named by the first name alone, as reports of accidents and storms name passengers and residents.
 */
/**
 * "A woman who gave her name only as X", "a man, giving his first name as X,": words ending at `k`, right before "as",
 * in which someone gives their own name (a name-giving verb, a possessive pronoun, "first" perhaps, "name", an adverb
 * of one-name perhaps): the name after "as" is that person's, as migration and rescue copy name people who give no
 * surname. A body gives no name of its own so.
 */
function gaveOwnNameAs(sentence: Sentence, k: number): boolean {
  let i = k;
  if (has(ONE_NAME_ADVERBS, sentence[i]?.lower ?? '')) {
    i--;
  }
  if (sentence[i]?.lower !== 'name') {
    return false;
  }
  i--;
  if (sentence[i]?.lower === 'first') {
    i--;
  }
  return has(OWN_NAME_POSSESSIVES, sentence[i]?.lower ?? '') && has(NAME_GIVING_VERBS, sentence[i - 1]?.lower ?? '');
}

/**
 * "the chef known simply as X", "a chef who goes by X": the name follows "as" after "known" (an adverb may come
 * between) or "by" after "goes"/"went", and a person's noun (list title-heads) ends the words just before "known" or
 * "who goes".
 */
function isOneNameOfPersonNoun({ sentence, draft, honorific }: NameContext): boolean {
  const at = draft.first;
  const link = sentence[at - 1];
  if (honorific || link === undefined || !joined(link, sentence[at])) {
    return false;
  }
  let k = at - 2;
  if (link.lower === 'as' && gaveOwnNameAs(sentence, k)) {
    return true;
  }
  if (link.lower === 'as') {
    if (has(ONE_NAME_ADVERBS, sentence[k]?.lower ?? '')) {
      k--;
    }
    if (sentence[k]?.lower !== 'known') {
      return false;
    }
  } else if (link.lower === 'by') {
    if (sentence[k]?.lower !== 'goes' && sentence[k]?.lower !== 'went') {
      return false;
    }
    if (sentence[k - 1]?.lower === 'who') {
      k--;
    }
  } else {
    return false;
  }
  const noun = sentence[k - 1];
  return noun !== undefined && !isCapitalised(noun) && has(TITLE_HEADS, noun.lower) && joined(noun, sentence[k]);
}

/**
 * "sending on 19-year-old Ilke Daalders", "the 31-year-old Brannigan": an age written as a hyphened adjective ("19",
 * "year", "old" joined by hyphens) right before a name of one to three words says it is a person's, whatever the words
 * look like (a surname ending in "-ers" read as a team's plural nickname in a match report). Not before a name ending
 * in a place's or a body's noun ("the 90-year-old Kelso Bridge", "the 150-year-old Tarrow Society").
 */
function isNameAfterAgeAdjective({ sentence, draft, words, last, orgHead, honorific }: NameContext): boolean {
  const old = sentence[draft.first - 1], year = sentence[draft.first - 2], age = sentence[draft.first - 3];
  if (honorific || orgHead || old === undefined || year === undefined || age === undefined || draft.last - draft.first > 2) {
    return false;
  }
  const hyphened = old.lower === 'old' && year.lower === 'year' && year.post === '-' && age.post === '-' && /^\d{1,3}$/.test(age.text) && /^\s+$/.test(old.post);
  // "the 30-year-old Frenchman", "the 28-year-old Tongan international", "the 23-year-old Kelso striker", "the
  // 28-year-old Kelso's clubman": a nationality noun, or a word before the lower-case noun it qualifies, is no name.
  const nationality = words.length === 1 && Object.prototype.hasOwnProperty.call(NATIONALITY_PERSON_NOUNS, words[0].lower);
  const next = sentence[draft.last + 1];
  const qualifies = isPossessive(sentence[draft.last]) || (next !== undefined && !isCapitalised(next) && (next.tags & Tag.Noun) !== 0 && (next.tags & Tag.Verb) === 0);
  // "the 35-year-old Flight Lieutenant", "the 44-year-old Squadron Leader": words before a capitalised title head open
  // a rank or a post written in capitals, no name.
  const opensTitle = next !== undefined && isCapitalised(next) && has(TITLE_HEADS, next.lower);
  return hyphened && !nationality && !qualifies && !opensTitle && !has(PLACE_HEADS, last.lower) && !has(ORG_HEADS, last.lower) && !has(DWELLING_HEADS, last.lower);
}

function isAgedGivenName({ sentence, draft, honorific, before, after }: NameContext): boolean {
  const name = sentence[draft.first];
  // A given name the lexicon knows, or a word it does not know at all ("Kirsty").
  // Or a given name that is also a common word ("Dean", "Hope"; list word-given-names).
  const givenName = ((name.lexicon | name.tags) & Tag.FirstName) !== 0 || name.lexicon === 0 || has(WORD_GIVEN_NAMES, name.lower);
  if (draft.first !== draft.last || honorific || after === undefined || !givenName || isPossessive(name) || !(standsAlone(before) || opensWithDescriptor(sentence, draft.first))) {
    return false;
  }
  const next = sentence[draft.last + 2];
  return /^,\s+$/.test(name.post) && isAgeBetweenCommas(after)
    && ((/^,\s+$/.test(after.post) && next !== undefined && !isCapitalised(next)) || (tagged(name, Tag.FirstName) && inListOfAges(sentence, draft.first, after)));
}

/**
 * "their grandchildren: Dana Wrell, 19; Emma, 16; and Lucy, 7.": the age closes an item of a list that
 * semicolons separate (a family's or a crew's members with their ages), before the next item or the list's end: the
 * semicolon after the age, or the last item after "and" with a semicolon before it. Only a given name the lexicon knows
 * (a results line lists clubs so: "Kelvaro, 24; Vardo, 12"). Reads the tokens around one name.
 */
function inListOfAges(sentence: Sentence, first: number, age: Token): boolean {
  if (/^;\s+$/.test(age.post)) {
    return true;
  }
  const before = sentence[first - 1];
  const lastItem = before !== undefined && (before.lower === 'and' ? /;\s*$/.test(sentence[first - 2]?.post ?? '') : /;\s*$/.test(before.post));
  return lastItem && /^[.!?]?\s*$/.test(age.post);
}

/** The most an age written as a word may be ("Amira, nine,"): copy writes children's ages in words, adults' in figures. */
const MAX_WORD_AGE = 19;

/** An age set off by commas after a given name: figures ("24") or, for a child, a cardinal word ("nine", "fourteen"). */
function isAgeBetweenCommas(token: Token): boolean {
  if (/^\d{1,3}$/.test(token.text)) {
    return Number(token.text) <= MAX_AGE;
  }
  const value = UNIT_WORDS.values[token.lower];
  return !isCapitalised(token) && value !== undefined && value <= MAX_WORD_AGE;
}

/** "a 29-year-old mother", "an 81-year-old retiree": an indefinite article and an age written as a hyphened adjective. */
const AGE_ADJECTIVE_APPOSITIVE = /^an?\s+\d{1,3}-year-old\s+[a-z]/;

/**
 * "Nayeli, a 31-year-old mother from Guatemala, said …": a one-word given name (one the lexicon knows, or a word it
 * does not know at all) that stands alone and is followed by a comma and an appositive opened by "a"/"an" and an age
 * ("a 31-year-old …") is a person named by the first name alone, as migration and disaster copy name the people it
 * meets who give no surname. A place takes no such appositive of age.
 */
function isGivenNameBeforeAgeAppositive({ sentence, draft, honorific, before, after }: NameContext): boolean {
  const name = sentence[draft.first];
  const givenName = ((name.lexicon | name.tags) & Tag.FirstName) !== 0 || name.lexicon === 0;
  if (draft.first !== draft.last || honorific || after === undefined || !givenName || isPossessive(name) || !standsAlone(before) || !/^,\s+$/.test(name.post)) {
    return false;
  }
  const rest = sentence.slice(draft.last + 1, draft.last + 8).map(token => token.text + token.post).join('');
  return AGE_ADJECTIVE_APPOSITIVE.test(rest);
}

/** Two or three capital letters standing for a person's name, as an anonymity order has courts and copy write it ("AB"). */
const ANONYMISED_INITIALS = /^[A-Z]{2,3}$/;

/** "The lead claimant, AB,", "the appellant XY": a noun of list anonymised-party-nouns right before, a comma perhaps between. */
function initialsAfterPartyNoun(sentence: Sentence, at: number): boolean {
  const noun = sentence[at - 1];
  return noun !== undefined && !isCapitalised(noun) && has(ANONYMISED_PARTY_NOUNS, noun.lower) && /^,?\s+$/.test(noun.post);
}

/** "who can only be identified as AB", "a woman referred to as XY", "known only as KL": a participle of list identifying-participles before "as". */
function initialsAfterIdentifiedAs(sentence: Sentence, at: number): boolean {
  if (sentence[at - 1]?.lower !== 'as') {
    return false;
  }
  let k = at - 2;
  const adverb = has(ONE_NAME_ADVERBS, sentence[k]?.lower ?? '');
  if (adverb) {
    k--;
  }
  const word = sentence[k]?.lower ?? '';
  return has(IDENTIFYING_PARTICIPLES, word) || (word === 'to' && sentence[k - 1]?.lower === 'referred') || (adverb && word === 'known');
}

/** "AB, 29, worked …", "CD, a 34-year-old man from …": an age set off by commas, or an appositive of age, right after. */
function initialsBeforeAge(sentence: Sentence, last: number): boolean {
  const name = sentence[last], age = sentence[last + 1];
  if (age === undefined || !/^,\s+$/.test(name.post)) {
    return false;
  }
  const rest = sentence.slice(last + 1, last + 8).map(token => token.text + token.post).join('');
  return (isAgeBetweenCommas(age) && /^,\s+$/.test(age.post)) || AGE_ADJECTIVE_APPOSITIVE.test(rest);
}

/**
 * "The lead claimant, AB, a 34-year-old man", "a second claimant, CD, 29,", "who can only be identified as AB": two or
 * three capital letters that a party's noun, an identifying participle or an age marks as standing for a person (an
 * anonymity order's initials in court and asylum copy), not a body's abbreviation. Not initials the lexicon knows as a
 * body or a place ("the UN, a 75-year-old body").
 */
function isAnonymisedInitials({ sentence, draft, honorific }: NameContext): boolean {
  const name = sentence[draft.first];
  if (draft.first !== draft.last || honorific || !ANONYMISED_INITIALS.test(name.text) || isPossessive(name)
    || ((name.lexicon | name.tags) & (Tag.Organization | Tag.Place)) !== 0 || gazetteerHas(name.lower, false)) {
    return false;
  }
  return initialsAfterPartyNoun(sentence, draft.first) || initialsAfterIdentifiedAs(sentence, draft.first) || initialsBeforeAge(sentence, draft.last);
}

/**
 * "Shona, who escaped from the ninth floor, said …": a one-word given name the lexicon knows (not a word it knows as a
 * place too, nor a club or a body of the gazetteers: "Chelsea, who …" is a club as often) opening its clause, then a comma and "who" with a lower-case verb
 * after it, is a person named by the first name alone, as housing and local copy name tenants and residents who give
 * no surname. An unknown word is left out: a club or a town called by one word takes "who" in British copy.
 */
function isGivenNameBeforeWho(context: NameContext): boolean {
  const { sentence, draft, after } = context;
  if (!isLoneGivenNameBeforeComma(context) || after?.lower !== 'who') {
    return false;
  }
  const next = sentence[draft.last + 2];
  return next !== undefined && !isCapitalised(next) && joined(after, next);
}

/**
 * "Plenor Games, whose founder, …", "Harrow Vane, whose chief executive said": a comma and "whose" after the name, then
 * a post only a body has (list body-only-posts), rank words of list title-modifiers allowed before it ("chief",
 * "managing"). Not after an honorific or a known first name: a person's name is no body's however odd the post.
 */
function whoseBodyPost({ sentence, draft, after, honorific, first }: NameContext): boolean {
  if (after?.lower !== 'whose' || !/^,\s+$/.test(sentence[draft.last].post) || honorific || isKnownFirstName(first)) {
    return false;
  }
  let k = draft.last + 2;
  while (sentence[k] !== undefined && has(TITLE_MODIFIERS, sentence[k].lower) && !has(BODY_ONLY_POSTS, sentence[k].lower)) {
    k++;
  }
  const post = sentence[k];
  return post !== undefined && !isCapitalised(post) && has(BODY_ONLY_POSTS, post.lower);
}

/**
 * "Sandra, whose mother, 91, lived there, said …": a given name alone before a comma and "whose" with a kin noun (list
 * kin-nouns) is a relative named by the first name alone, as care and local copy name the families of residents and
 * patients; a club or a town has a ground or a mayor, never a mother ("Chelsea, whose stadium …" stays out).
 */
function isGivenNameBeforeWhoseKin(context: NameContext): boolean {
  const { sentence, draft, after } = context;
  if (!isLoneGivenNameBeforeComma(context) || after?.lower !== 'whose') {
    return false;
  }
  const kin = sentence[draft.last + 2];
  return kin !== undefined && !isCapitalised(kin) && joined(after, kin) && has(KIN_NOUNS, kin.lower);
}

/**
 * A one-word given name the lexicon knows, opening its clause before a comma: not a word the lexicon also knows as a
 * place, nor a club or a body the gazetteers name, nor after an honorific or with a possessive.
 */
function isLoneGivenNameBeforeComma({ sentence, draft, honorific, before, after }: NameContext): boolean {
  const name = sentence[draft.first];
  const flags = name.lexicon | name.tags;
  return draft.first === draft.last && !honorific && after !== undefined && (name.lexicon & Tag.FirstName) !== 0 && (flags & Tag.Place) === 0
    && !gazetteerHas(name.lower, false) && !isPossessive(name) && standsAlone(before) && /^,\s+$/.test(name.post);
}

/** The most words of the place in "X, from Y Farm near Z, said" before its closing comma. */
const MAX_ORIGIN_WORDS = 6;

/**
 * "Ellen, from Top Side Farm near Ludlow, drove …", "Joan, of Quarry Lane, said …": a given name alone before a comma
 * and "from" or "of" with a capitalised place (a street, as local and flood copy give residents' addresses), which a
 * comma closes before a lower-case word (the clause's verb), is a person named by the first name alone.
 */
function isGivenNameBeforeOrigin(context: NameContext): boolean {
  const { sentence, draft, after } = context;
  const place = sentence[draft.last + 2];
  if (!isLoneGivenNameBeforeComma(context) || after === undefined || !has(RESIDENT_ORIGIN_WORDS, after.lower) || place === undefined || !isCapitalised(place) || !joined(after, place)) {
    return false;
  }
  for (let k = draft.last + 2; k < sentence.length && k - draft.last - 1 <= MAX_ORIGIN_WORDS; k++) {
    if (/^,\s+$/.test(sentence[k].post)) {
      const verb = sentence[k + 1];
      return verb !== undefined && !isCapitalised(verb);
    }
  }
  return false;
}

/** The most words of a writer's name in a byline ("By Ana Lucia Brandt"). */
const MAX_BYLINE_NAME_WORDS = 3;
/** The most words of the post or outlet after a byline's name and comma ("By X, Chief Political Correspondent, Kelso Post"). */
const MAX_BYLINE_POST_WORDS = 6;

/**
 * "By Ewan Castle" alone on its line (a live page's entry signed off, a report's byline), or before a comma or a
 * separator and the writer's post ("By Ewan Castle, Chief Reporter", "By Ewan Castle | Staff"): two or three
 * capitalised words after "By" opening the line are the writer, a person, also where a word of the name is a common
 * noun the lexicon knows ("Castle", "Bridge") and the first name is not one it knows.
 */
function isBylineWriter({ sentence, draft, multiWord, honorific }: NameContext): boolean {
  const by = sentence[draft.first - 1];
  const opensLine = draft.first === 1 || /\n/.test(sentence[draft.first - 2]?.post ?? '');
  if (!multiWord || honorific || by?.text !== 'By' || draft.last - draft.first + 1 > MAX_BYLINE_NAME_WORDS || !opensLine) {
    return false;
  }
  const end = sentence[draft.last], next = sentence[draft.last + 1];
  if (next === undefined || /\n/.test(end.post)) {
    return true;
  }
  // After a comma or a separator, a post or an outlet that ends the line within a few words, capitalised first ("By X,
  // Chief Reporter"; not "By Harvest Day, the fields were bare", a date opening a sentence).
  const separated = /^\s*[,|•·]/.test(end.post) || /^[|•·]$/.test(next.text);
  const postStart = /^[|•·]$/.test(next.text) ? draft.last + 2 : draft.last + 1;
  return separated && postStart < sentence.length && isCapitalised(sentence[postStart]) && lineEndsWithin(sentence, postStart, MAX_BYLINE_POST_WORDS);
}

/**
 * The name ends its line and follows a separator mark ("|", "•") after a name of two or three capitalised words that
 * opens the line with "By": the byline's outlet.
 */
function isBylineOutlet({ sentence, draft }: NameContext): boolean {
  const end = sentence[draft.last], before = sentence[draft.first - 1];
  if (before === undefined || !(draft.last === sentence.length - 1 || /\n/.test(end.post))) {
    return false;
  }
  const writerEnd = /^[|•·]$/.test(before.text) ? draft.first - 2 : -1;
  const by = writerEnd - MAX_BYLINE_NAME_WORDS - 1;
  for (let i = writerEnd - 2; i >= 0 && i >= by; i--) {
    if (sentence[i].text === 'By' && (i === 0 || /\n/.test(sentence[i - 1].post))) {
      return sentence.slice(i + 1, writerEnd + 1).every(token => isCapitalised(token) && !/\n/.test(token.post));
    }
  }
  return false;
}

/**
 * "By Tom Reed, Chief Football Writer", "By X, Dance Critic": capitalised words of the writer's post between a byline's
 * name and comma and a newsroom post's head (list role-newsroom-posts) that ends the line or comes before a comma ("…
 * Critic, in Leeds"). The beat before "Writer" or "Critic" ("Football", "Theatre") is a subject, no person or body.
 */
function isBylinePost({ sentence, draft }: NameContext): boolean {
  const headAt = NEWSROOM_POSTS.has(sentence[draft.last].lower) ? draft.last : draft.last + 1;
  const head = sentence[headAt];
  // The post ends the line, a comma follows it, or a bar before the date ("Football Correspondent | Tuesday, 14 May").
  const ends = head !== undefined && (headAt === sentence.length - 1 || /[\n,]/.test(head.post) || sentence[headAt + 1]?.text === '|');
  if (head === undefined || !NEWSROOM_POSTS.has(head.lower) || !isCapitalised(head) || !ends) {
    return false;
  }
  // Back over the post's capitalised words before the draft ("Chief") to the writer's name, which ends in a comma.
  let nameEnd = draft.first - 1;
  while (nameEnd >= 0 && isCapitalised(sentence[nameEnd]) && !/,/.test(sentence[nameEnd].post) && !/\n/.test(sentence[nameEnd].post)) {
    nameEnd--;
  }
  if (nameEnd < 1 || !/^\s*,/.test(sentence[nameEnd].post)) {
    return false;
  }
  let by = nameEnd;
  while (by > 0 && nameEnd - by < MAX_BYLINE_NAME_WORDS && sentence[by].text !== 'By' && isCapitalised(sentence[by])) {
    by--;
  }
  return sentence[by].text === 'By' && by < nameEnd && (by === 0 || /\n/.test(sentence[by - 1].post));
}

/** "his son Kai", "Her colleague Ivo": a relation or companion noun after a possessive determiner, right before the name. */
function isRelationAfterPossessive(context: NameContext): boolean {
  const { before, twoBefore, nameStart, honorific } = context;
  return (before !== undefined && twoBefore !== undefined && !honorific && !isCapitalised(before)
    && (has(RELATION_NOUNS, before.lower) || has(COMPANION_NOUNS, before.lower)) && POSSESSIVE_DETERMINERS.has(twoBefore.lower) && joined(twoBefore, before) && joined(before, nameStart))
    || isRelationOfYearsBefore(context);
}

/**
 * "told the Lantern", "wrote in Baseline", "the Beacon reported": one capitalised word the lexicon knows as no name,
 * place, date or language, no title or body's head, where only a publication stands (rule common-word-outlet).
 */
function isCommonWordOutlet({ multiWord, honorific, first, before, twoBefore, after, nameStart }: NameContext): boolean {
  if (multiWord || honorific || before === undefined || !/^\p{Lu}\p{Ll}+$/u.test(first.text) || ((first.lexicon | first.tags) & (NAMING_WORD_TAGS | Tag.Date)) !== 0
    || has(TITLE_HEADS, first.lower) || has(ORG_HEADS, first.lower) || /[’']s?$/.test(first.text) || !joined(before, nameStart)) {
    return false;
  }
  const told = before.text === 'the' && twoBefore !== undefined && has(TELLING_VERBS, twoBefore.lower) && /^\s+$/.test(twoBefore.post);
  const writtenIn = before.lower === 'in' && twoBefore !== undefined && has(WRITING_IN_VERBS, twoBefore.lower) && /^\s+$/.test(twoBefore.post);
  const reported = before.lower === 'the' && after !== undefined && has(OUTLET_REPORT_VERBS, after.lower);
  // "told the Corvella daily X": a word before a lower-case noun is that noun's modifier (a town's), no outlet.
  const modifier = after !== undefined && !isCapitalised(after) && ((after.tags & (Tag.Noun | Tag.Adjective)) !== 0)
    && (after.tags & (Tag.Pronoun | Tag.Preposition | Tag.Determiner | Tag.Conjunction | Tag.Verb)) === 0;
  return (told || writtenIn || reported) && !modifier;
}

/**
 * "her husband of 55 years, Dennis,", "his partner of ten years, Ivo,": a relation noun after a possessive, dated by
 * "of" and a number of years, then a comma and a one-word name that ends its phrase: the relative named by the first
 * name alone, as family and obituary copy names them.
 */
function isRelationOfYearsBefore({ sentence, draft, nameStart, honorific }: NameContext): boolean {
  const at = draft.first;
  const [owner, relation, of, count, unit] = [sentence[at - 5], sentence[at - 4], sentence[at - 3], sentence[at - 2], sentence[at - 1]];
  if (honorific || draft.first !== draft.last || !owner || !relation || !of || !count || !unit || !/^,\s+$/.test(unit.post + nameStart.pre) || !/^[,.;:)]/.test(nameStart.post)) {
    return false;
  }
  return POSSESSIVE_DETERMINERS.has(owner.lower) && (has(RELATION_NOUNS, relation.lower) || has(COMPANION_NOUNS, relation.lower)) && of.lower === 'of'
    && ((count.tags | count.lexicon) & Tag.Value) !== 0 && has(RELATION_DURATION_UNITS, unit.lower);
}

/**
 * "welcomed daughter Wren", "a daughter, Wren,": a one-word name right after a lower-case singular kin noun, across a
 * comma only where the name ends its phrase (a comma or a full stop after it, not a possessive).
 */
function isKinNounBeforeName({ draft, before, nameStart, honorific }: NameContext): boolean {
  if (honorific || draft.first !== draft.last || before === undefined || isCapitalised(before) || !has(KIN_NOUNS, before.lower) || isPossessive(nameStart)) {
    return false;
  }
  return joined(before, nameStart) || (/^,\s+$/.test(before.post + nameStart.pre) && /^[,.;:)]/.test(nameStart.post));
}

/** "Vessa's publicist": a one-word name in the possessive right before a personal-staff noun. */
function isPossessorOfStaff({ draft, nameEnd, after, honorific }: NameContext): boolean {
  return !honorific && draft.first === draft.last && after !== undefined && isPossessive(nameEnd) && !isCapitalised(after)
    && /^['’]?[^\S\n]+$/u.test(nameEnd.post + after.pre) && has(PERSONAL_STAFF_NOUNS, after.lower);
}

/** Whether the line that runs on from the token at `from` ends within `words` words (a line break or the sentence's end). */
function lineEndsWithin(sentence: Sentence, from: number, words: number): boolean {
  for (let i = from; i < sentence.length && i < from + words; i++) {
    if (i === sentence.length - 1 || /\n/.test(sentence[i].post)) {
      return true;
    }
  }
  return false;
}

/** An occupation of list title-heads, or its plural ("analysts", "economists"): people who work at a body. */
function isOccupation(word: string): boolean {
  return has(TITLE_HEADS, word) || (/[^s]s$/.test(word) && has(TITLE_HEADS, word.slice(0, -1)));
}

/** An occupation after which "at" names a workplace: not a traveller's or a passer-by's word (list people-at-places). */
/** "Tarrow Today", "Marrow Now": one capitalised word of no person's name, then a word of a news brand's end (list outlet-brand-endings). */
function isOutletBrand(sentence: Sentence, draft: Draft): boolean {
  const first = sentence[draft.first], last = sentence[draft.last];
  return draft.last === draft.first + 1 && isCapitalised(last) && has(OUTLET_BRAND_ENDINGS, last.lower) && (first.lexicon & (Tag.FirstName | Tag.LastName | Tag.Person)) === 0;
}

/**
 * "head of campaigns at X", "director of policy at X", "policy lead at X": the lower-case word before "at" closes a post
 * named by a title head, "of" and its field, or a field's two-word trade (list trade-phrases), so the name after "at" is
 * the workplace, as after an occupation.
 */
function isPostOfField(sentence: Sentence, at: number): boolean {
  const field = sentence[at], of = sentence[at - 1], head = sentence[at - 2];
  if (field === undefined || of === undefined || isCapitalised(field)) {
    return false;
  }
  const postOf = of.lower === 'of' && head !== undefined && !isCapitalised(head) && has(TITLE_HEADS, head.lower);
  return postOf || has(TRADE_PHRASES, `${of.lower} ${field.lower}`);
}

function isWorkplaceOccupation(word: string): boolean {
  const singular = /[^s]s$/.test(word) ? word.slice(0, -1) : word;
  return isOccupation(word) && !has(PEOPLE_AT_PLACES, singular);
}

const PERSON_RULES: EvidenceRule[] = [
  {
    id: 'nickname-inside-name', outcome: Evidence.FirstName,
    reason: 'A nickname in quotation marks between a given name and a surname (`Owain "The Torch" Pritchard`, `Dean \'The Bulldozer\' Harrower`, name-joins in nameJoins.ts) is how darts, snooker and combat-sports copy introduces a player or a fighter: a person, as a first name says, though neither word is known to the lexicon and the name is a side of a result ("beat X 7-4", kind-by-use side-of-match-result).',
    when: ({ sentence, draft }) => nicknameIndices(sentence, draft).size > 0,
    examples: {
      yes: ['Kelso beat {Bram "The Anvil" Oosterveld} 6-3 in sets.', 'Fans cheered {Rhun \'The Hammer\' Maddox} on.'],
      no: ['Kelso beat {Bram Oosterveld} 6-3 in sets.', 'The band played {Marwick} "The Long Road" Tour dates.'],
    },
  },
  {
    // One rule for both shapes of a relation right before a name (folded in round 23 from relation-before and
    // kin-noun-before-name, which both gave a title and both fired on "his son Kai").
    id: 'relation-before', outcome: Evidence.Title,
    reason: '"his son Kai", "her husband Tomas", "Her colleague Ivo, 52, said": a relation noun (list relation-nouns) or a companion noun (list companion-nouns) after a possessive determiner, right before the name, says it is a person\'s, even a lone given name. So does a singular kin noun (list kin-nouns) with no determiner right before a one-word name, or before it and a comma where the name ends its phrase ("welcomed daughter Wren", "a two-year-old daughter, Wren,", "a son, Ashby, 12,"): a child or a relative named by the first name alone, as showbiz and family copy name children; a person, though the lexicon may know the word as a plant or a place.',
    when: context => isRelationAfterPossessive(context) || isKinNounBeforeName(context),
    examples: {
      yes: ['He said his son {Kai}, who died last year, had served.', 'Her colleague {Ivo}, 52, said the rota was cut.', 'On the picket line his neighbour {Greta} said it was cold.',
        'They welcomed daughter {Wren} in 2023.', 'The couple, who have a two-year-old daughter, {Wren}, wed in May.', 'He has a son, {Ashby}, 12, from a previous marriage.',
        'She swam after her husband of 40 years, {Aldo}, died.'],
      no: ['After a drought of 40 years, {Kelso} won the cup.', 'He said the son of {Kai} had served.', 'A colleague of {Ivo} said the rota was cut.', 'Their donor {Vardo} paid the bill.',
        'They welcomed {Wren} in 2023.', 'He visited the daughter of {Kelso} in May.', 'She met her daughter, {Wren Kelso}, in May.', 'He saw his sister, {Vardo}\'s mayor, in May.'],
    },
  },
  {
    id: 'possessor-of-staff', outcome: Evidence.Title,
    reason: '"Vessa\'s publicist", "Vessa\'s mentor", "Vessa\'s co-star": a one-word name in the possessive right before a noun of a person\'s own staff or circle (list personal-staff-nouns) is a person, though the lexicon does not know the word (a singer or a model known by one name). Kin nouns are left out: "Kelso\'s uncle" is as often the surname of a family named in full, whose members the kin noun cannot tell apart; so is a noun used as a modifier before another noun.',
    when: isPossessorOfStaff,
    examples: {
      yes: ['{Vessa}\'s publicist said the tour would go on.', 'Fans sent flowers to {Vessa}\'s mentor on Friday.', 'It was {Vessa}\'s co-star, Tom Wrede, who spoke.'],
      no: ['{Vardo}\'s chairman said the tour would go on.', 'The publicist of {Vessa} said the tour would go on.', '{Kelso}\'s uncle said the family was grieving.'],
    },
  },
  {
    id: 'kin-list-name', outcome: Evidence.Title,
    reason: '"husband of Greta", "father of Ivo and Marta", "their children, Ivo, Nell and Marta", "sons Ivo and Tam", "Edith (née Brandt)": a one-word name listed after a kin noun and "of", a comma or nothing (list kin-list-nouns), or after a maiden-name marker (list maiden-name-markers), or after "married to", is a family member named by the first name alone (a first name the lexicon knows: "a true son of Kelderwick" is the town; or a word known as no place or body where a later name of the list is a known first name: "sons Finn and Joseph"), or a maiden name: a person.',
    when: isKinListName,
    examples: {
      yes: ['He was the beloved husband of {Greta} and a friend to many.', 'He was a devoted father of Ivo and {Marta} and a keen angler.', 'They had two children, Ivo and {Marta}, both teachers.', 'His mother, Edith (née {Brandt}), was a nurse.',
        'She is survived by their children, Anna, Peter and {Thomas}, and by four grandchildren.', 'He leaves a widow and sons {Finn} and Joseph.', 'He leaves daughter Anna and sons Peter and {Thomas}.', 'He was married to {Greta} for 50 years.'],
      no: ['He was the beloved husband of {Greta Kelso} and a friend to many.', 'He visited his children in {Marwick} and Tarrow.', 'The Mother of {Parliaments} sat late.', 'He was a true son of {Kelderwick} all his life.', 'He wrote to his aunt, {Florence}\'s archive holds the letters.'],
    },
  },
  {
    id: 'given-name-before-shared-surname', outcome: Evidence.Title,
    reason: '"The couple, Ruth and Alan Pembry,", "Married couple Ellen and Hugh Tarrant", "siblings Wenna and Idris Morrow": a word the lexicon knows only as a given name (no surname, place or body), right before "and" and a two-word name opened by another known given name, is a person who shares the surname written once after the second (resolution names it in full: sharedSurnames.ts); before, a lone given name with no cue of its own was dropped. A surname before "and" is someone else\'s ("Quill and Jem Halloran"), and a given name before a body is no person.',
    when: isGivenNameBeforeSharedSurname,
    examples: {
      yes: ['The couple, {Ruth} and Alan Pembry, said they would appeal.', 'Married couple {Ellen} and Hugh Tarrant ran the shop.', 'Parents {Tam} and Ilse Morrow said the school had failed.'],
      no: ['{Quill} and Jem Halloran met on Friday.', '{Ruth} and Alan said they would appeal.', '{Ruth} and Alan, Pembry said, would appeal.'],
    },
  },
  {
    id: 'name-after-age-adjective', outcome: Evidence.Title,
    reason: '"sending on 19-year-old Ilke Daalders", "the 31-year-old Brannigan scored": an age written as a hyphened adjective right before a name of one to three words says it is a person\'s, though a surname ending in "-ers" reads as a team\'s plural nickname in a match report; not before a name ending in a place\'s, a building\'s or a body\'s noun ("the 90-year-old Kelso Bridge"), a nationality ("the 30-year-old Frenchman"), or a word before the lower-case noun it qualifies ("the 28-year-old Vardese international", "the 23-year-old Kelso striker", "the 28-year-old Tarrow\'s clubman"), or the first words of a rank or a post before its capitalised title head (defence copy: "the 35-year-old Flight Lieutenant", "the 44-year-old Squadron Leader").',
    when: isNameAfterAgeAdjective,
    examples: {
      yes: ['The coach sent on 19-year-old {Ilke Daalders} with the side a goal down.', 'The 31-year-old {Brannigan} scored twice.'],
      no: ['The coach sent on {Ilke Daalders} with the side a goal down.', 'The 90-year-old {Kelso Bridge} was shut.', 'The 150-year-old {Tarrow Society} met.',
        'The 30-year-old {Frenchman} closed with a 67.', 'The 28-year-old {Tarrow}\'s clubman did the rest.', 'The 28-year-old {Vardese} international was banned.',
        'The 23-year-old {Kelso} striker scored.', 'The 35-year-old {Flight} Lieutenant was flying.'],
    },
  },
  {
    id: 'aged-given-name', outcome: Evidence.Title,
    reason: '"Megan, 24, who was travelling to work, said …", "Amira, nine, from Kelso": a one-word given name (one the lexicon knows, or a word it does not know at all) with an age set off by commas (in figures, or a child\'s in a cardinal word up to nineteen, as rescue and migration copy writes it), before a lower-case word, is a person named by the first name alone (passengers, residents and witnesses in accident and storm copy); a place or a score has no age between commas.',
    when: isAgedGivenName,
    examples: {
      yes: ['{Megan}, 24, who was on the train, said it shook.', 'Passengers were calm. {Tom}, 19, said the crew helped.', 'At the rest centre, {Orsolya}, 42, who had two children with her, said it was cold.', 'Crews freed a boy and {Tom}, 19, from the car.',
        'Grandmother {Edna}, 66, said she would fly again.', 'Mum-of-two {Kelly}, 38, from Dunmore, said the cabin filled with haze.', 'Among those rescued was {Nadira}, seven, from Kelso, who slept on deck.',
        'Their grandchildren: Dana Wrell, 19; {Emma}, 16; Tom Wrell, 12; and Lucy, 7.', 'Their grandchildren: Dana Wrell, 19; Emma, 16; Tom Wrell, 12; and {Lucy}, 7.'],
      no: ['{Megan} said it shook.', '{Megan}, 24, Kelso 12 and Vardo 3 were the totals.', 'Scores: {Kelvaro}, 24; Vardo, 12.', 'The {Orsolya}, 24, team lost.', '{Megan}, 2024, was a hard year.', 'Trains ran from {London}, 24, said the timetable.', 'The elder {Kelso}, 71, is to retire in May.',
        'Grandmother {Edna} said she would fly again.', 'Mum-of-two {Kelly} from Dunmore said the cabin filled with haze.', 'Among those rescued was {Nadira}, forty, from Kelso, who slept on deck.'],
    },
  },
  {
    id: 'given-name-before-who', outcome: Evidence.Title,
    reason: '"Shona, who escaped from the ninth floor with her children, said …": a one-word given name the lexicon knows, opening its clause before a comma and "who" and a lower-case verb, is a person named by the first name alone, as housing and local copy name tenants and residents who give no surname. Not a word the lexicon also knows as a place, nor a club or a body the gazetteers name ("Chelsea, who …" is a club as often), nor an unknown word (a town or a club called by one word).',
    when: isGivenNameBeforeWho,
    examples: {
      yes: ['Tenants stood outside. {Margery}, who lived on the ninth floor, said the lifts failed.', '{Margery}, who has two sons, was moved out.'],
      no: ['{Margery} said the lifts failed.', 'Tenants stood outside. {Vellanby}, who won on Saturday, said nothing.', '{Chelsea}, who beat Kelso Rovers 2-0, are top.', '{Margery}, whose flat burned, was moved out.'],
    },
  },
  {
    id: 'given-name-before-whose-kin', outcome: Evidence.Title,
    reason: '"Sandra, whose mother, 91, lived there, said …": a one-word given name the lexicon knows, opening its clause before a comma and "whose" with a kin noun (list kin-nouns), is a person named by the first name alone, as care-home and hospital copy name residents\' and patients\' relatives who give no surname. A body or a town has no mother or son ("Chelsea, whose ground …" stays out); not a word the lexicon also knows as a place, nor a club or a body the gazetteers name.',
    when: isGivenNameBeforeWhoseKin,
    examples: {
      yes: ['Relatives gathered outside. {Margery}, whose father, 88, lived on the top floor, said the letter came by post.', 'Another relative, {Margery}, whose son was moved in May, said she was not told.'],
      no: ['{Margery} said the letter came by post.', '{Margery}, whose flat burned, was moved out.', '{Chelsea}, whose manager was sacked, are top.', '{Margery}, whose Father Christmas costume tore, laughed.'],
    },
  },
  {
    id: 'given-name-before-origin', outcome: Evidence.Title,
    reason: '"Ellen, from Top Side Farm near Ludlow, drove …", "Joan, of Quarry Lane, said …": a one-word given name the lexicon knows, opening its clause before a comma and "from" or "of" with a capitalised place (a resident\'s street in local and flood copy) that a comma closes before a lower-case verb, is a person named by the first name alone, as rural and local copy name a young farmer or a resident who gives no surname. Not a word the lexicon also knows as a place, nor a club or a body the gazetteers name, nor an unknown word (a town called by one word).',
    when: isGivenNameBeforeOrigin,
    examples: {
      yes: ['Tractors lined the road. {Margery}, from Top Side Farm near Ludlow, drove the first one.', '{Margery}, from Kelso, said the payments kept her going.', 'Water filled the cellars. {Margery}, of Quarry Lane, said the pumps came late.'],
      no: ['{Margery} from Kelso said the payments kept her going.', 'Tractors lined the road. {Vellanby}, from Kelso, won on Saturday.', '{Chelsea}, from the start, pressed hard.', '{Margery}, from Kelso, Vardo and Tarrow, Marwick said.', '{Margery}, of course, said nothing.', 'Water filled the cellars. {Vellanby}, of Quarry Lane, won on Saturday.'],
    },
  },
  {
    id: 'given-name-before-age-appositive', outcome: Evidence.Title,
    reason: '"Nayeli, a 31-year-old mother from Guatemala, said …": a one-word given name (known, or a word the lexicon does not know) standing alone before a comma and an appositive "a"/"an" with an age ("a 29-year-old …") is a person named by the first name alone, as migration and disaster copy name people who give no surname; a place takes no age.',
    when: isGivenNameBeforeAgeAppositive,
    examples: {
      yes: ['{Nayeli}, a 31-year-old mother from Guatemala, said she had waited a week.', 'Outside the gate, {Orsolya}, an 80-year-old widow, said it was cold.'],
      no: ['{Nayeli} said she had waited a week.', '{Tarrow}, a 31-mile stretch of coast, was shut.', 'The {Orsolya}, a 40-year-old ship, sank.', '{Nayeli Brandt}, a 31-year-old mother, said she had waited.'],
    },
  },
  {
    id: 'anonymised-initials', outcome: Evidence.Title | Evidence.Anonymised,
    reason: 'Court and asylum copy names a party an anonymity order protects by two or three capital letters ("The lead claimant, AB, a 34-year-old man", "a second claimant, CD, 29,", "who can only be identified as AB"; isAnonymisedInitials): a person, not a body\'s abbreviation, wherever the initials recur; not initials the lexicon knows as a body or a place.',
    when: isAnonymisedInitials,
    examples: {
      yes: ['The second appellant, {KT}, a 41-year-old nurse, says she was threatened.', 'The claimant {RM} said he had been beaten.', 'A woman, {PW}, 52, gave evidence by video.', 'One of the men, who can only be identified as {JN}, called from detention.', 'The detainee known only as {HLR} refused food.'],
      no: ['The group known as {KT} said it would appeal.', 'The {KT} said the talks failed.', 'Officials at the {UN}, a 75-year-old body, disagreed.', 'The {BBC}, a 100-year-old broadcaster, disagreed.'],
    },
  },
  {
    id: 'one-name-of-a-person-noun', outcome: Evidence.Title,
    reason: '"the consultant chef known simply as Ottavio", "a singer who goes by Marlo": a name given right after "known (simply, only, just) as" or "goes by", when a person\'s noun (list title-heads) stands just before, or after someone gives their own name ("a man who gave his name only as Ottavio", as rescue and migration copy name people who give no surname), is the one name that person uses (chefs, artists and performers by one name), a person though the word is unknown to the lexicon and recurs as a body\'s would. Not a body\'s noun before it ("the group known as Marlo").',
    when: isOneNameOfPersonNoun,
    examples: {
      yes: ['They hired the consultant chef known simply as {Ottavio}.', 'The menu is by a chef who goes by {Marlo}.', 'The singer known as {Vessa} sold out the hall.',
        'A man who gave his name only as {Ottavio} waited on the quay.'],
      no: ['They hired the group known simply as {Ottavio}.', 'The chef cooked for {Marlo} on Monday.', 'The firm gave its name as {Marlo Holdings} in the filing.'],
    },
  },
  {
    id: 'byline-writer', outcome: Evidence.Title | Evidence.FirstName,
    reason: '"By Ewan Castle" on a line of its own, or before a comma or a separator and a post: the writer of the report or of a live entry, a person whose name opens with a first name, though the surname is also a common noun the tagger reads as a place and the first name one the lexicon does not know. Not one word ("By Reuters"), nor a name the line goes on after ("By Kelso Bridge the road was shut").',
    when: isBylineWriter,
    examples: {
      yes: ['The road was shut.\nBy {Orlan Castle}', 'By {Orlan Castle}, Chief Reporter', 'By {Orlan Castle} | Staff'],
      no: ['By {Orlan Castle} the road was shut.', 'Written by {Orlan Castle}.', 'By {Kelderwick}', 'By {Harvest Day}, the fields were bare and the barns were full.'],
    },
  },
  {
    id: 'byline-post', outcome: Evidence.Place,
    reason: '"By Orlan Castle, Chief Football Writer", "By Orlan Castle, Dance Critic": the words of the writer\'s post after a byline\'s name and comma, up to a newsroom post\'s head (list role-newsroom-posts: "Writer", "Critic", "Editor") that ends the line or stands before a bar and the date, are the writer\'s beat and post, no person or body; "critic" and "writer" are no title heads elsewhere (a critic is a stance as often), so the beat before them read as a name.',
    when: isBylinePost,
    examples: {
      yes: ['By Orlan Castle, Chief {Football} Writer\nThe match was late.', 'By Orlan Castle, {Dance} Critic\nThe ballet opened.', 'By Orlan Castle, Chief {Theatre Critic}, in Kelso\nThe play opened.',
        'By Orlan Castle, {Football} Correspondent | Tuesday, 14 May 2026\nThe match was late.'],
      no: ['By {Orlan Castle}, Dance Critic\nThe ballet opened.', 'The ballet opened, {Dana Kelso} said, and the critic agreed.', 'By Orlan Castle, Political Staff\n{Dana Kelso} said the vote was close.'],
    },
  },
  {
    id: 'byline-outlet', outcome: Evidence.OrgTag,
    reason: '"By Orlan Castle | Vardo Live": a name that ends the byline\'s line after the writer\'s name and a separator mark is the outlet the writer files for; after a comma it is as often the writer\'s desk ("By X, Political Staff").',
    when: isBylineOutlet,
    examples: {
      yes: ['By Orlan Castle | {Vardo Live}\nThe road was shut.', 'The road was shut.\nBy Orlan Castle | {Marwick Today}\nThe bridge reopened at noon.'],
      no: ['By Orlan Castle | {Vardo Live} the road was shut.', 'By Orlan Castle, {Political Staff}\nThe road was shut.', 'By Orlan Castle and {Dana Kelso}\nThe road was shut.'],
    },
  },
  {
    id: 'speaks-after-quotation', outcome: Evidence.QuotedSpeaker,
    reason: 'A name right after a quotation that breaks off at a comma, before a reporting verb ("“…,” Kelso said"), or after the verb with a comma after the name ("“…,” said Kelso, 61, a fish seller"; wire copy names people of one name so; not before a full stop, which may close an abbreviated title, "said Del. X"), is who spoke the quotation: in news copy a person far more often than a body, which issues statements ("said in a statement").',
    when: speaksAfterQuotation,
    examples: {
      yes: ['"The plan will fail," {Ostrander} said.', '“The plan will fail,” {Ostrander} told reporters.', '"The roof fell in," said {Rukmani}, 61, a fish seller.'],
      no: ['"The plan will fail." {Ostrander} said it twice.', 'The plan will fail, {Ostrander} said.', '"The plan will fail," {Ostrander} said in a statement.',
        '"The roof fell in," said {Norcom} in a statement.', 'The roof fell in, said {Rukmani}, 61, a fish seller.', '"The roof fell in," said {Del}. Dana Kelso of Marwick.'],
    },
  },
  {
    id: 'known-first-name', outcome: Evidence.FirstName,
    reason: 'A name of several words that opens with a first name the lexicon knows is a personal name.',
    when: ({ first, multiWord }) => multiWord && (tagged(first, Tag.FirstName) || (first.lexicon & Tag.Person) !== 0),
    examples: { yes: ['The report was signed by {Sarah Ostrander} on Monday.'], no: ['The report was signed by {Ostrander} on Monday.'] },
  },
  {
    id: 'family-name-first', outcome: Evidence.FirstName,
    reason: '"Tan Kai Wen, 46, said …": a name of three words opened by a family name that is an English word too (list family-first-word-surnames), before an age set off by commas, is a person\'s named family name first (words.ts isFamilyNameFirst): the lexicon tags the first word a verb or a noun and the given names it does not know.',
    when: ({ sentence, draft, words }) => words.length === 3 && draft.last === draft.first + 2 && isFamilyNameFirst(sentence, draft.first),
    examples: { yes: ['{Tan Kai Wen}, 46, said the market had changed.', 'At the stall, {Chew Mei Lan}, 52, said rents rose.'], no: ['Officials met {Tan Kai Wen} on Monday.', 'Officials met {Park Soo Lin}, the trader, on Monday.'] },
  },
  {
    id: 'word-given-name', outcome: Evidence.FirstName,
    reason: 'A name of two words that opens with a given name that is also a common word (list word-given-names: "Hope", "Max", "Poppy") before a surname the lexicon does not know, or knows as a surname, and no body\'s or place\'s head, is a personal name: the lexicon gives such a first word no first-name tag, and a name that speaks with nothing of a person would be read as an outlet.',
    when: ({ words, first, last }) => words.length === 2 && has(WORD_GIVEN_NAMES, first.lower) && /^\p{Lu}\p{Ll}/u.test(first.text) && !has(ORG_HEADS, last.lower) && !has(PLACE_HEADS, last.lower)
      && /^\p{Lu}\p{Ll}/u.test(last.text) && (last.lexicon === 0 || tagged(last, Tag.LastName)),
    examples: { yes: ['{Hope Varlow} said the plan would fail.', '{Max Tarrow} told reporters the plan would fail.'], no: ['{Hope Street} said the plan would fail.', '{Max Tarrow Group} said the plan would fail.'] },
  },
  {
    id: 'known-surname', outcome: Evidence.LastName,
    reason: 'A name that ends in a surname the lexicon knows.',
    when: ({ last }) => tagged(last, Tag.LastName),
    examples: { yes: ['Shares rose, {Tom Johnson} told reporters.'], no: ['Shares rose, {Harbour Works} told reporters.'] },
  },
  {
    id: 'person-tags', outcome: Evidence.PersonTags,
    reason: 'compromise reads every word of the name as part of a person\'s name.',
    when: ({ words }) => words.every(token => (token.tags & Tag.Person) !== 0 && (token.tags & Tag.Honorific) === 0),
    examples: { yes: ['The motion came from {Joel Smithers} late on Tuesday.'], no: ['The motion came from {Harbour Works} late on Tuesday.'] },
  },
];

const BODY_RULES: EvidenceRule[] = [
  {
    id: 'union-before-branch', outcome: Evidence.OrgTag,
    reason: '"secretary of the local Kelvor branch", "said Dana Kelso, Kelvor branch secretary,": one capitalised word before a lower-case noun of a union\'s local unit (list union-branch-nouns), after "local" or before a post held in the unit, is the union whose branch it is, though the lexicon does not know the word and it is used once; a town before the noun ("the Tarrow branch") stays a place.',
    when: unionBeforeBranch,
    examples: {
      yes: ['Dana Kelso, secretary of the local {Kelvor} branch, warned of strikes.', '"We will fight this," said Dana Kelso, {Kelvor} branch secretary.'],
      no: ['Dana Kelso, secretary of the {Tarrow} branch, warned of strikes.', 'Dana Kelso, secretary of the local {Kelvor} club, warned of strikes.'],
    },
  },
  {
    id: 'organisation-tag', outcome: Evidence.OrgTag,
    reason: 'compromise (with our lexicon) tags the name itself, not a longer phrase around it, as an organisation.',
    when: context => taggedOrg(context, context.last) && (!context.multiWord || taggedOrg(context, context.first)),
    examples: { yes: ['Officials at {Google} declined to comment.'], no: ['Officials at {Ostrander} declined to comment.'] },
  },
  {
    id: 'abbreviation-before-place', outcome: Evidence.OrgTag,
    reason: 'A public body\'s initialism before a place names its unit there ("a senior crown prosecutor with KPS Marwick", "staff at DWX Vardo"): two words, an all-capital abbreviation of three to six letters (not a place\'s, a common one or post-nominal letters: rule `abbreviation`) and, after a space, a capitalised word of letters the lexicon knows as a place or not at all (no given name, adjective, title, organisation head or head of a storm or operation), are a body; a person\'s name opens with initials of two letters at most ("DJ Kelso"), a results line\'s surname written first in capitals is a person ("KELSO Idris (VPP) - 4,118"), and a common word after the initialism names something else (a ship "HMS Vigilant", a side "KFF Women").',
    when: abbreviationBeforePlace,
    examples: {
      yes: ['Orla Brandt, a senior crown prosecutor with {KPS Marwick}, said so.', 'Staff at {DWX Vardo} were told on Monday.'],
      no: ['Orla Brandt, a senior crown prosecutor with {KP Marwick}, said so.', '{KPS Dana} said so.', 'Staff at {KPS Holdings} were told on Monday.', 'The {KFF Women} side lost.'],
    },
  },
  {
    id: 'named-by-a-command', outcome: Evidence.OrgTag,
    reason: 'A name that is a command ("Save the Otters", "Protect the Kelso Moors"): a verb in its plain form, "the" and capitalised words, as charities and campaigns are named (runs.ts joins them only inside a sentence or before a reporting verb); no person is named so.',
    when: namedByCommand,
    examples: { yes: ['The Kelso Relief Fund and {Save the Otters} also called for a ban.'], no: ['The {Kelso Relief Fund} and Save the Otters also called for a ban.'] },
  },
  {
    id: 'town-and-district-body', outcome: Evidence.OrgTag,
    reason: 'A name in which a town is joined by "and" to a word of the country around it ("Kelso and District Mountain Rescue Team", "Vardo and Area Angling Club"; list area-around-words, runs.ts townAndDistrict) names a body that serves both, as rescue teams, clubs and councils are named; no person is named so.',
    when: ({ words }) => words.some((word, i) => i > 0 && word.lower === 'and' && isCapitalised(words[i - 1]) && words[i + 1] !== undefined && isCapitalised(words[i + 1]) && has(AREA_AROUND_WORDS, words[i + 1].lower)),
    examples: { yes: ['Volunteers from {Kelso and District Mountain Rescue Team} searched the fell.'], no: ['Volunteers from {Kelso Mountain Rescue Team} searched the fell.'] },
  },
  {
    id: 'listed-beside-a-body', outcome: Evidence.OrgTag,
    reason: '"rivals Tarrow Micro and Brightline Devices": a name of two words or more, with no first name the lexicon knows, listed after a lower-case plural and before "and" and a name that ends in a body\'s head, is the first of two bodies of that kind (a name of unknown words alone would be read as a person\'s).',
    when: listedBesideBody,
    examples: { yes: ['The cuts follow moves by rivals {Tarrow Micro} and Brightline Devices.'], no: ['The cuts follow moves by rivals {Dana Kelso} and Brightline Devices.', 'The cuts follow moves by {Tarrow Micro}, Brightline Devices said.'] },
  },
  {
    id: 'run-by-the-subject', outcome: Evidence.OrgTag,
    reason: '"Stephen Vane, who runs Vane Halden in Leeds,", "X, who founded Brockfield in 2009,": the bare name right after "who" and a verb of heading or founding (list role-named-body-verbs, the verbs whose object can only be a body) is a body, a dealership or a firm named after its owner as often as not; no honorific and no known first name opens it, and no possessive closes it ("who runs Kelso\'s field office" runs the office of the person Kelso).',
    when: ({ before, twoBefore, honorific, first, nameEnd }) => before !== undefined && twoBefore !== undefined && twoBefore.lower === 'who' && NAMED_BODY_VERBS.has(before.lower)
      && !isCapitalised(before) && !honorific && !isKnownFirstName(first) && !isPossessive(nameEnd),
    examples: { yes: ['Stephen Vane, who runs {Vane Halden} in Leeds, said so.', 'Orla Brandt, who founded {Brockfield} in 2009, agreed.'], no: ['Stephen Vane, who runs {Dana Kelso}\'s office, said so.', 'Stephen Vane, who runs {Kelso}\'s field office, said so.', 'The firm {Vane Halden} said so.'] },
  },
  {
    id: 'rival-after-its', outcome: Evidence.OrgTag,
    reason: '"Its rival Vardomark said sales rose", "its competitor, Tarrow Labs,": a name right after a rival\'s noun (list body-rival-nouns) and "its", with or without a comma between, is a body, as the one whose rival it is; no honorific and no known first name opens it.',
    when: rivalAfterIts,
    examples: { yes: ['Kelso Foods lost ground. Its rival {Vardomark} said sales rose.', 'Kelso Foods lost ground; its competitor, {Tarrow Labs}, gained.', 'Kelso Foods lost ground; its main rival, {Tessaly}, gained.'], no: ['Her rival {Dana Kelso} said nothing.', 'Its rival {Tom Wrede} said nothing.', 'Her main rival, {Dana Kelso}, said nothing.'] },
  },
  {
    id: 'whose-body-post', outcome: Evidence.OrgTag,
    reason: '"backed by Plenor Games, whose founder, X, …", "Harrow Vane, whose chief executive said …": a name before a comma and "whose" with a post only a body has (list body-only-posts, a rank word of list title-modifiers allowed before it) is that body; a person has a wife or a lawyer after "whose", never a founder or a chairman.',
    when: whoseBodyPost,
    examples: { yes: ['The suit is backed by {Plenor Games}, whose founder, Ann Roe, complained.', 'The deal went to {Harrow Vane}, whose chief executive said it was fair.'], no: ['The fund was started by {Harrow Vane}, whose wife said it was fair.', 'The deal went to {Harrow Vane}, who said it was fair.', 'The fund was started by {Tom Harrow}, whose chairman said it was fair.'] },
  },
  {
    id: 'legislature-head-after-the', outcome: Evidence.OrgTag,
    reason: '"won 47 seats in the 150-seat Assembly", "second in the Assembly with 42 seats", "a vote in the Parliament": a legislature\'s head alone (list legislature-heads), capitalised mid-sentence after "the" or after "the" and a seat count, names the country\'s legislature, a body, though the article never writes its full name; not at a sentence\'s start, where the capital is the sentence\'s.',
    when: legislatureHeadAfterThe,
    examples: {
      yes: ['The Greens won 15 seats in the 150-seat {Assembly} on Sunday.', 'The Social Democrats are second in the {Assembly} with 42 seats.'],
      no: ['The Social Democrats are second in the {Assemblo} with 42 seats.', 'The Social Democrats met at a town {Assembly} on Sunday.'],
    },
  },
  {
    id: 'known-organisation-extended', outcome: Evidence.OrgTag,
    reason: 'A known organisation\'s name extended by more capitalised words ("CNN Turk") is still that body.',
    when: ({ first, multiWord }) => multiWord && (first.lexicon & Tag.Organization) !== 0 && (first.lexicon & (Tag.Person | Tag.Place)) === 0,
    examples: { yes: ['The story ran on {CNN Vardo} first.'], no: ['The story ran on {Vardo} first.'] },
  },
  {
    id: 'body-noun-after', outcome: Evidence.OrgTag,
    reason: 'A noun naming a kind of body right after the name ("the Vardo party") makes it that body, unless a waterway\'s noun follows a place in a sentence about a ship ("the tanker blocked the Tarrow channel", list waterway-nouns-after) or the noun is "coalition" or "party" before the business of forming a government ("Tarrow coalition talks", "Vardo party politics": list coalition-business-nouns, the talks held in a country), or the noun introduces the next name ("the biotech company Vacinar") or the name is a title word opening a title with it ("Opposition group leader Cllr X", opensTitleChain), or a one-word name (not in capitals: "a KVB bank employee") follows "a"/"an": "a Marwick group" is some group based there, the town only its home; nor a sport\'s name before its code ("Rugby union", "Rugby league", list sport-names), nor a field\'s common noun opening a line or sentence ("Space agency backs plan", list sector-words-before-body-nouns).',
    when: context => {
      const noun = lowerNounAfter(context);
      const homeOfSomeBody = /^an?$/i.test(context.before?.text ?? '') && !context.multiWord && !isAllCaps(context.first);
      // "Rugby union", "Rugby league": a sport's name before "union" or "league" is its code, no body.
      const sportCode = !context.multiWord && SPORT_NAMES.has(context.first.lower);
      // "the main Opposition party": a word of a party's standing (list party-standing-words) names no party.
      const standing = !context.multiWord && has(PARTY_STANDING_WORDS, context.first.lower);
      // "Space agency backs plan": a field's common noun opening the line (list sector-words-before-body-nouns) describes the body.
      const sector = !context.multiWord && has(SECTOR_WORDS_BEFORE_BODY_NOUNS, context.first.lower) && opensSentence(context.sentence, context.draft.first);
      return noun !== undefined && has(ORG_NOUNS_AFTER, noun.lower) && !homeOfSomeBody && !sportCode && !standing && !sector && !opensTitleChain(context)
        && !waterwayAfterPlace(context, noun) && !coalitionBusinessAfter(context, noun);
    },
    examples: {
      yes: ['Leaders of the {Vardo} party met on Sunday.', '{Vardo} party backs launch plan', 'Dana Kelso, a {KVB} bank employee, said so.', 'The {Vardo} group leader, Tom Wrede, said no.', 'The {Vardo} coalition wants talks.'],
      no: ['Leaders of the {Vardo} region met on Sunday.', 'Dana Kelso, who runs a {Marwick} group for parents, said so.', 'On Monday, {Opposition} group leader Cllr Tom Wrede said no.',
        'The Vardo Courier | Sport | {Rugby} union', 'The main {Opposition} party, the Kelso Party, walked out.',
        'The tanker ran aground in the {Tarrow} channel on Monday.', 'LIVE: {Tarrow} coalition talks collapse after six weeks',
        '{Space} agency backs launch plan', '{Aviation} regulator grounds the jet after a fault.'],
    },
  },
  {
    id: 'tourism-board-name', outcome: Evidence.OrgTag,
    reason: '"Visit Tarrona said bookings rose", "figures from Discover Kellan": an invitation\'s verb (list tourism-board-openers) and its place\'s name are a tourism board, a body; opening a sentence only as a speaker or before an appositive ("Visit Paris in spring" is an imperative; words.ts isTourismBoard).',
    when: ({ sentence, draft }) => isTourismBoard(sentence, Array.from({ length: draft.last - draft.first + 1 }, (_, k) => draft.first + k)),
    examples: {
      yes: ['{Visit Tarrona} said the region had a record year.', 'Figures from {Discover Kellan} showed a rise.', '{Explore Marvenshire}, the county\'s tourism board, said so.'],
      no: ['Visit {Tarrona} in the spring for lower prices.', 'They hope to visit {Tarrona} in May.'],
    },
  },
  {
    id: 'brand-before-premises', outcome: Evidence.OrgTag,
    reason: '"the Zippo Fuel station", "the Crispy Hut restaurant": a name of two words or more after "the" and before a noun of a business\'s premises (list premises-nouns) is the brand, a company; no word may be a given name or a place the lexicon knows ("the Union Square station" is a place, "the Dana Kelso store" a person\'s), and a one-word name is often the town ("the Marwick store").',
    when: context => {
      const noun = lowerNounAfter(context);
      return noun !== undefined && has(PREMISES_NOUNS, noun.lower) && context.multiWord && !context.honorific && context.before?.lower === 'the'
        && !has(PLACE_HEADS, context.last.lower) && context.words.every(token => (token.lexicon & (Tag.Place | Tag.FirstName)) === 0);
    },
    examples: {
      yes: ['The clerk was alone at the {Zippo Fuel} station on Monday.', 'Police were called to the {Crispy Hut} restaurant.'],
      no: ['The clerk was alone at the {Marwick} station on Monday.', 'Crowds filled the {Union Square} station on Monday.', 'He opened the {Dana Kelso} store in May.'],
    },
  },
  {
    id: 'high-school-without-school', outcome: Evidence.OrgTag,
    reason: '"graduated from Corbin High in 2015", "a senior at Dunmore Central High": US copy names a high school by its town or name and "High" alone; the name of two words or more ends there, before punctuation or a lower-case word that is no noun ("the Mile High crowd" is a modifier), and opens with no given name ("Dana High" is a person).',
    when: ({ multiWord, last, first, honorific, nameEnd, after }) => multiWord && !honorific && last.text === 'High'
      && (first.lexicon & Tag.FirstName) === 0 && (after === undefined || !joined(nameEnd, after) || (!isCapitalised(after) && (after.tags & Tag.Noun) === 0)),
    examples: {
      yes: ['He graduated from {Corbin High} in 2015.', 'She is a senior at {Dunmore Central High}, her coach said.'],
      no: ['He graduated from {Corbin College} in 2015.', 'The team beat {Dana High} in 2015.', 'The {Mile High} crowd roared.'],
    },
  },
  {
    id: 'news-outlet-after', outcome: Evidence.OrgTag,
    reason: '"Vardo news agency", "Kelto news channel": a name before "news" and an outlet noun is a news organisation.',
    when: context => { const noun = lowerNounAfter(context); return noun !== undefined && noun.lower === 'news' && context.twoAfter !== undefined && has(OUTLET_NOUNS, context.twoAfter.lower) && joined(noun, context.twoAfter); },
    examples: { yes: ['The claim was carried by {Vardo} news agency on Friday.'], no: ['The claim was carried by {Vardo} news on Friday.'] },
  },
  {
    id: 'newspaper-short-name', outcome: Evidence.OrgTag,
    reason: '"told the Gazette", "the Clarion reported": a newspaper\'s head noun alone, capitalised after a lower-case "the" inside the sentence, is the paper named short; not "News" or "Press", which copy capitalises as ordinary nouns.',
    when: ({ multiWord, first, before, nameStart, honorific }) => !multiWord && !honorific && before?.text === 'the' && joined(before, nameStart)
      && /^\p{Lu}\p{Ll}+$/u.test(first.text) && has(PRESS_HEADS, first.lower) && !has(PRESS_COMMON_HEADS, first.lower),
    examples: {
      yes: ['Tom Ames told the {Gazette} that he would stay.', 'The striker told the {Clarion}: "I am staying."', 'It was first reported by the {Ledger} on Monday.'],
      no: ['He read it in the {News} on Monday.', 'Tom Ames told {Gazette} that he would stay.', 'Tom Ames told the {GAZETTE} that he would stay.'],
    },
  },
  {
    id: 'told-capital-the-title', outcome: Evidence.OrgTag,
    reason: '"told The Lantern", "informed The Kelso Chronicle": after a verb whose object is the listener (list quote-object-verbs), a capitalised "The" inside the sentence belongs to a title, and the listener so named is a publication, whatever its words (a weekly named by a common noun has no press head).',
    when: ({ before, twoBefore, nameStart, honorific }) => !honorific && before?.text === 'The' && twoBefore !== undefined && has(OBJECT_VERBS, twoBefore.lower)
      && joined(before, nameStart) && /^\s+$/.test(twoBefore.post),
    examples: {
      yes: ['"It was late," Dana Kelso told The {Lantern}.', 'Tom Ames told The {Vardo Lantern} that he would stay.'],
      no: ['"It was late," Dana Kelso told the {Lantern}.', 'The {Lantern} was lit at dusk.'],
    },
  },
  {
    id: 'common-word-outlet', outcome: Evidence.OrgTag,
    reason: '"told the Lantern", "wrote in Baseline", "the Beacon reported": one capitalised word inside the sentence where only a publication stands, the listener after a verb of telling and a lower-case "the", what one writes in, or what reports after "the", is a publication named by a common word (no press head; lower-case "a beacon" or "the baseline" is never a candidate). Not a word of a name, a place, a title or a body\'s head ("told the Committee", "told the Minister"), nor a date or a language ("wrote in March", "wrote in Spanish").',
    when: isCommonWordOutlet,
    examples: {
      yes: ['"It was late," Dana Kelso told the {Lantern}.', 'Oren Talby wrote in {Baseline} that the plan had failed.', 'Voters were angry, and the {Beacon} reported that the vote was close.', 'The {Beacon} reported that the vote was close.'],
      no: ['Tom Ames told the {Kelso Post} that he would stay.', 'She asked the {House} to judge them.', 'He told the {Corvella} daily that he was not consulted.', 'Tom Ames wrote in {Paris} that he would stay.', 'Tom Ames told {Lantern} that he would stay.', 'The {Beacon} was lit at dusk.'],
    },
  },
  {
    id: 'opening-scoop-formula', outcome: Evidence.OrgTag,
    reason: '"The Beacon can reveal that …": a publication\'s formula for its own scoop (list outlet-scoop-verbs, after "can") right after one capitalised word and the "The" opening the sentence names the outlet, as the formula closing a sentence does (outlet-scoop-formula).',
    when: ({ sentence, draft, multiWord, before, after, twoAfter, honorific }) => !multiWord && !honorific && before?.text === 'The' && draft.first === 1
      && after?.lower === 'can' && twoAfter !== undefined && has(OUTLET_SCOOP_VERBS, twoAfter.lower) && sentence.length > draft.last + 3,
    examples: {
      yes: ['The {Beacon} can reveal the second guard stayed in the van.'],
      no: ['The {Beacon} can light the path.', 'Sources say the {Beacon} can reveal more.'],
    },
  },
  {
    id: 'lone-source-after-according-to', outcome: Evidence.OrgTag,
    reason: 'A single word the lexicon does not know at all, alone after "according to" and closing the phrase ("According to Kelsoweek, …", "according to Vardo:"), names where words come from: in news copy an outlet, a company or a body, which a single use would otherwise leave unnamed. A named person\'s surname used so still joins the person (kind-by-use).',
    when: ({ multiWord, first, before, twoBefore, nameEnd }) => !multiWord && first.lexicon === 0 && before?.lower === 'to' && twoBefore?.lower === 'according'
      && /^\s*[,:]/.test(nameEnd.post),
    examples: { yes: ['According to {Kelsoweek}, the ferry will run until the ice comes.', 'The ferry has a mixed record, according to {Kelsoweek}: it ran late all winter.'], no: ['According to {Kelsoweek} staff, the ferry will run until the ice comes.', 'According to {Harriet}, the ferry will run until the ice comes.'] },
  },
  {
    id: 'data-provider', outcome: Evidence.OrgTag,
    reason: 'Markets and crypto copy cite a data vendor by its name before "data" or "figures" ("according to Tickvane data", "Kelsoflow figures showed"): a single word the lexicon does not know, so cited after "according to" or before a verb of showing, is a company, not a person, though it never speaks (a word the lexicon knows, a country\'s or a party\'s, "China data", "Labour figures", keeps its reading).',
    when: ({ multiWord, first, before, twoBefore, after, twoAfter, nameEnd }) => !multiWord && first.lexicon === 0 && after !== undefined && has(DATA_NOUNS, after.lower) && joined(nameEnd, after)
      && ((before?.lower === 'to' && twoBefore?.lower === 'according') || (twoAfter !== undefined && /^show/.test(twoAfter.lower) && joined(after, twoAfter))),
    examples: {
      yes: ['The coin fell 8%, according to {Tickvane} data.', '{Kelsoflow} figures showed outflows of $40m.'],
      no: ['The coin fell 8%, according to {Tickvane} analysts.', 'Exports fell 8%, according to {China} data.', 'Spending fell 8%, according to {Labour} figures.', '{Kelsoflow} said outflows were $40m.'],
    },
  },
  {
    id: 'one-word-university', outcome: Evidence.OrgTag,
    reason: 'A university known by one word, alone or before its school\'s name ("Yale Law"), is an organisation.',
    when: ({ first }) => has(UNIVERSITIES, first.lower) && isCapitalised(first),
    examples: { yes: ['She studied law at {Yale} before the war.'], no: ['She studied law at {Marwick} before the war.'] },
  },
  {
    id: 'club-prefix', outcome: Evidence.OrgTag,
    reason: 'A club\'s prefix ("FC", "Sporting") makes the name a club, whatever its other words look like.',
    when: ({ first, multiWord }) => multiWord && has(CLUB_PREFIXES, first.lower) && isCapitalised(first),
    examples: { yes: ['The striker joined {FC Kelso} in June.'], no: ['The striker joined {Kelso} in June.'] },
  },
  {
    id: 'crime-group-after', outcome: Evidence.OrgTag | Evidence.BodyUse,
    reason: 'Security copy: a name right before a crime word and a group noun ("the Marten ransomware gang", "Bracken extortion crew") is the criminal gang, a body, though its name is one common word or a given name.',
    when: crimeGroupAfter,
    examples: {
      yes: ['The {Marten} ransomware gang has claimed the attack.', 'Police raided the {Bracken} extortion crew in May.'],
      no: ['The {Marten} ransomware hit the council.', 'The {Kelso} rescue operation ended at dawn.'],
    },
  },
  {
    id: 'names-itself', outcome: Evidence.OrgTag | Evidence.BodyUse,
    reason: '"a gang calling itself Marten", "a group that calls itself Bracken": a verb of naming and "itself" right before the name; "itself" stands for a body, a person calls himself or herself.',
    when: namesItself,
    examples: { yes: ['A gang calling itself {Marten} claimed the attack.'], no: ['A man calling himself {Marten} claimed the attack.'] },
  },
  {
    id: 'tracked-as', outcome: Evidence.OrgTag | Evidence.BodyUse,
    reason: 'Threat-intelligence copy: "Weller, which tracks the gang as Amber Stoat," gives a firm\'s own name for a group after a tracking verb and "as"; the name ends its clause. Its two words read as a person\'s without it.',
    when: trackedAs,
    examples: { yes: ['Weller, which tracks the gang as {Amber Stoat}, said so.', 'Weller tracks the group as {Amber Stoat}.'], no: ['Weller tracked the runners as {Dana Kelso} won.', 'Weller smiled as {Amber Stoat} spoke.'] },
  },
  {
    id: 'malware-noun-after', outcome: Evidence.Software,
    reason: 'Security copy: one word right before a malware noun that ends its phrase ("the NightBolt encryptor.", "the Hattie infostealer,"), or right after a verb of running malware ("then deploy NightBolt"), is a program, a thing, though camel case reads a brand and a woman\'s name a person.',
    when: namesProgram,
    examples: { yes: ['It used the {NightBolt} encryptor.', 'They dropped the {Hattie} infostealer, Weller said.', 'They then deploy {NightBolt} at the weekend.'], no: ['The {Marten} ransomware gang claimed it.', 'It used the {NightBolt} tool.', 'They deployed {NATO} troops.'] },
  },
  {
    id: 'paired-product-before-noun', outcome: Evidence.Software,
    reason: 'Consumer and motoring copy names two models that share one product noun ("the X5 and X7 models", "the Arden and Baylor handsets", "the Vela and Orro sedans"; lists product-nouns, vehicle-nouns): the first, before "and" and the second model\'s name, is a model too, a thing, not a body\'s abbreviation or a person. Not a name opened by a given name the lexicon knows.',
    when: pairedBeforeProductNoun,
    examples: {
      yes: ['The firm said the {X5} and X7 models would be recalled.', 'Owners of the {Arden} and Baylor handsets were told to stop.'],
      no: ['The firm said {Vardo} and its X7 models would be recalled.', 'Owners of {Dana} and Baylor handsets were told to stop.', 'The firm said the {X5} and X7 teams would be cut.'],
    },
  },
  {
    id: 'campaign-named-with-cue', outcome: Evidence.OrgTag,
    reason: 'Campaign groups are named by a command ("Save Our Wards", "Keep Kelby Green", "Return the Bronzes") or by a mood and a plural of the people in them ("Concerned Parents of Arnfield", "United Tenants"): with a word of campaigning near the name (list campaign-cue-words: "campaigners from X", "X, a campaign group,") or "a spokeswoman for" right before it, the name is the group, not a command, a place or some people. Not a name the lexicon knows as a person\'s.',
    when: campaignNamedWithCue,
    examples: {
      yes: ['Campaigners from {Save Our Wards} marched on the hospital.', '{Return the Bronzes}, a campaign group, said the museum should act.', 'A spokeswoman for {Save Our Wards} said so.'],
      no: ['Staff from {Save Our Wards} marched on the hospital.', 'Campaigners from {Kelso} marched on the hospital.'],
    },
  },
  {
    id: 'owner-of-product', outcome: Evidence.OrgTag,
    reason: 'Technology copy: a possessive name right before a product\'s own capitalised name and its noun ("Vela\'s Orin chatbot", "Kestrel\'s new Ember handset"; lists product-nouns, release-modifiers, product-noun-modifiers) is the maker, a company; without the cue a lone possessive word was dropped. The product itself is a thing (hardware-noun-after). Not a name the lexicon knows as a given name ("Dana\'s Orin phone" is hers).',
    when: ownsProduct,
    examples: {
      yes: ['{Vela}\'s Orin chatbot gave wrong answers, users said.', 'Users said {Kestrel}\'s new Ember handset was slow.'],
      no: ['Users said {Kestrel}\'s new handset was slow.', 'Users said {Dana}\'s Orin phone was slow.', 'Users said {Kestrel}\'s Ember plan was slow.'],
    },
  },
  {
    id: 'hardware-noun-after', outcome: Evidence.Software,
    reason: 'Security copy: a maker\'s and a model\'s capitalised words right before a hardware noun that ends its phrase ("an Ostra Gatekeep VPN appliance", "the Kelvo X2 router,") are a product, a thing, though they read as a person\'s name; consumer and class-action copy\'s household appliances too, a model\'s number between ("her Lumo CrispMax 6 fryer melted").',
    when: namesProduct,
    examples: { yes: ['They got in through an {Ostra Gatekeep VPN} appliance, Weller said.', 'Patch the {Kelvo Xen} router, Weller said.', 'She said her {Lumo CrispMax} 6 fryer melted.', 'The {Vela} games console sold out.'], no: ['They got in through an {Ostra Gatekeep VPN} account, Weller said.', 'They bought {Dana Kelso} a router.', 'She said {Lumo CrispMax} 6 times.'] },
  },
  {
    id: 'graded-model-name', outcome: Evidence.Place | Evidence.Term,
    reason: 'Consumer-electronics copy: a name right after a model\'s number and a grade word ("the Vela 6 Pro Max"), or of two or three words closed by a grade word with no given name first ("a Tarn Lite"; list product-grade-words), is a model, a thing: without the model before it "Max" reads as a given name and "Pro" as a title.',
    when: namesGradedModel,
    examples: {
      yes: ['The recall covers the Vela 6 Pro and the Vela 6 Pro {Max} in Europe.', 'A cheaper {Tarn Lite} costs $299.'],
      no: ['The poker pro {Max Halder} won on Friday.', 'A cheaper plan from {Dana Lite} costs $299.', 'Canadian pro {Max} won on Friday.'],
    },
  },
  {
    id: 'model-code', outcome: Evidence.Place | Evidence.Term,
    reason: 'Consumer-electronics copy: one word of two to four capitals, digits and capitals again ("if the model number starts with NS6P"; not "G4S", one capital before the digits), not the subject of a reporting verb, is a model\'s code, a thing, not a body\'s abbreviation.',
    when: context => context.words.length === 1 && MODEL_CODE.test(context.words[0].text) && !isSpeaker(context),
    examples: { yes: ['Check whether the model number starts with {KT7B} first.'], no: ['Check whether the {KTB} model is affected.', '{KT7B} said the model was safe.'] },
  },
  {
    id: 'vehicle-noun-after', outcome: Evidence.Software,
    reason: 'Motoring and automotive industry copy: a name right before a car\'s body style, badge or trim that ends its phrase ("2023-2024 Marlowe sedans", "the Aria SUV and …", "the Marlowe GT-S performance trim", "the Marlowe nameplate"; list vehicle-nouns) is the model, a thing, though models are named with given names, surnames and common words that read as a person or a body. A brand so written that another use shows to be a body stays one (kind rule named-program).',
    when: namesVehicleModel,
    examples: {
      yes: ['The recall covers 2022-2024 {Marlowe} sedans, the firm said.', 'It sold the {Aria} SUV and the Vela saloon.', 'It includes the {Marlowe GT-S} performance trim.', 'The hit to the {Marlowe} nameplate is not small.'],
      no: ['The recall covers {Marlowe} dealers, the firm said.', 'She parked {Dana Kelso}\'s SUV outside.', 'The {Marlowe} pickup truck fleet grew.'],
    },
  },
  {
    id: 'craft-type-code', outcome: Evidence.Software,
    reason: 'Disaster-relief and defence copy: a type\'s code of capitals and digits right before an aircraft\'s or a military vehicle\'s noun ("an NH90 helicopter", "two AW139 helicopters"; list craft-nouns) is the type, a thing, not a body\'s abbreviation.',
    when: craftTypeCode,
    examples: {
      yes: ['The navy sent an {NH90} helicopter on Monday.', 'Two {AW139} helicopters landed at dawn.'],
      no: ['The {NZDF} sent a helicopter on Monday.', 'A {KVR} helicopter landed at dawn.'],
    },
  },
  {
    id: 'model-year-before', outcome: Evidence.Software,
    reason: 'Motoring copy: an article and a model year right before a name of one or two words that ends its phrase ("drives a 2024 Sable in Boise", "Pictured: a 2023 Kelso Aria in Summit trim") is a car, a thing. A noun after the name makes the year the date of something the name did or owns ("the 2020 Kelso campaign"), and a body\'s head a body\'s event ("the 2016 Kelso Motor Show").',
    when: modelYearBefore,
    examples: {
      yes: ['He drives a 2024 {Sable} in Boise.', 'Pictured: a 2023 {Kelso Aria} in Summit trim.'],
      no: ['It ran the 2020 {Dana Kelso} campaign.', 'They met at the 2016 {Kelso Motor Show}.', 'In 2024 {Dana Kelso} bought a car.'],
    },
  },
  {
    id: 'capitalised-screen-name', outcome: Evidence.ScreenName,
    reason: 'A capitalised one-word name right after "the handle", "the username", "the moniker" ("an operator using the handle Quill") is a person\'s handle, whatever common word it is; not after "goes by" or "posts as", which give a nickname of someone named in full as often ("who goes by Jay on the tour").',
    when: capitalisedScreenName,
    examples: { yes: ['An operator using the handle {Quill} said the price was fixed.'], no: ['An operator using the name of {Quill} said the price was fixed.', 'Park Min-ho, who goes by {Jay} on the tour, won.'] },
  },
  {
    id: 'place-given-name', outcome: Evidence.FirstName,
    reason: 'A given name the lexicon knows only as a place ("Georgia", "Paris") before one word it does not know or knows as a surname is the person\'s first name ("By Georgia Tallis, Consumer Reporter"), not a place or a body.',
    when: placeGivenName,
    examples: { yes: ['{Georgia Tallis} said the firm was slow.'], no: ['{Georgia Power} said the firm was slow.', 'Fans in {Paris} said the firm was slow.'] },
  },
  {
    id: 'capitalised-body', outcome: Evidence.OrgTag,
    reason: 'The short name of a body whose lower-case form is an ordinary word ("the Fed").',
    when: ({ first, multiWord }) => !multiWord && CAPITALISED_BODIES.has(first.text.replace(/[’']s$/, '')),
    examples: { yes: ['Markets now expect the {Fed} to wait.'], no: ['Markets now expect {Vardo} to wait.'] },
  },
  {
    id: 'intercapped-brand', outcome: Evidence.OrgTag,
    reason: 'One word of two or more capitalised parts ("TrackPulse", "SwimDive", "PayPal"; words.ts `isIntercappedBrand`) is a brand: an outlet, a company, an app, a body\'s trading name, never a person; surnames written with a capital inside open with a listed prefix ("MacLeod", "McKenna", "DeShawn") and double given names close on a short given name ("MaryAnne"). So is a name such a word opens before a place the tagger knows, a brand\'s local edition or unit named by its place ("FactLedger Ohio", "VoteWatch Arizona said"): no person\'s given name is written so; before other words it may be a product ("SlimTone Gold").',
    when: ({ words, honorific }) => !honorific && isIntercappedBrand(words[0]) && words.slice(1).every(isPlaceWord),
    examples: {
      yes: ['The coach told {TrackPulse} he was sorry.', 'The deal was first reported by {NewsHound} on Monday.', 'Within an hour, {FactLedger Ohio}, a nonprofit outlet, rated the claim false.'],
      no: ['The pills, sold as "{SlimTone Gold}", were seized.', 'The coach told {Dana MacLeod} he was sorry.', 'The coach told {MaryAnne} he was sorry.', 'The coach told {McKenna} he was sorry.'],
    },
  },
  {
    id: 'department-initials', outcome: Evidence.OrgTag,
    reason: 'One word of a ministry\'s or department\'s initials that keeps "of" or "for" in lower case ("MoJ", "DfE", "MoFA"; words.ts `isDepartmentInitials`) is the body, never a person, also where nothing introduced it ("The MoJ said …"); not initials of no body ("an MoU").',
    when: ({ words, honorific }) => words.length === 1 && !honorific && isDepartmentInitials(words[0]),
    examples: {
      yes: ['The {MoJ} said the courts had hired more clerks.', 'A spokesman for the {DfE} declined to comment.'],
      no: ['The {MoU} was signed on Monday.', 'The {Dana} said the courts had hired more clerks.'],
    },
  },
  {
    id: 'first-party-name', outcome: Evidence.OrgTag,
    reason: '"Kestrel First won the seat", "Kestrel First\'s leader": a capitalised "First" closing a name of two or three words names a party or a movement ("<cause> First"); no person\'s name ends so. Not after a given name ("Dana First") or a place ("Marwick First" is a slogan as often as a body), nor in a Title Case headline, where "First" is an ordinary word.',
    when: ({ words, last, first, multiWord }) => multiWord && words.length <= 3 && last.text === 'First' && !isKnownFirstName(first)
      && words.slice(0, -1).every(token => isCapitalised(token) && ((token.tags | token.lexicon) & (Tag.Place | Tag.Date | Tag.Value | Tag.FirstName)) === 0),
    examples: {
      yes: ['{Kestrel First} won the seat on a low turnout.', 'The leader of {Kestrel First}, Mara Quell, spoke at the count.'],
      no: ['{Dana First} won the seat on a low turnout.', 'The leader of {Kestrel Quell}, Mara Quell, spoke at the count.'],
    },
  },
  {
    id: 'outlet-by-brand-ending', outcome: Evidence.OrgTag,
    reason: '"Marrow Now reported", "told Kelby Live", "Tarrow Today revealed": a place\'s or a brand\'s one word and a word that closes a news site\'s or a programme\'s brand (list outlet-brand-endings) are an outlet where a publication acts: before a verb it reports by (list outlet-report-verbs) or a reporting verb, or after a verb of telling (list telling-verbs). "Kelso Today" elsewhere ("in Kelso today") stays a place and a date.',
    when: ({ sentence, draft, before, after }) => isOutletBrand(sentence, draft)
      && ((after !== undefined && (has(OUTLET_REPORT_VERBS, after.lower) || has(SPEECH_VERBS, after.lower)) && joined(sentence[draft.last], after))
        || (before !== undefined && has(TELLING_VERBS, before.lower) && joined(before, sentence[draft.first]))),
    examples: {
      yes: ['{Tarrow Today} reported the closure.', 'Dana Kelso told {Marrow Now} that the plan was fine.', '{Kelby Live} said the road was shut.'],
      no: ['Dana Kelso arrived in {Tarrow} today.', 'The {Tarrow Today} festival opened.'],
    },
  },
  {
    id: 'workplace-after-occupation', outcome: Evidence.OrgTag,
    reason: '"an analyst at Brenmoor", "Economists at Brenmoor said", "Campaigners at Nordvik Klima said": the workplace after an occupation (or its plural, or people of a trade in the plural, list workplace-plurals; either may open the sentence) and "at" is a body; not a town named before the site it has ("the branch secretary at Dunholt depot": a lower-case noun right after the name is the workplace, the name its town, unless a determiner follows that noun, which is then the name\'s verb: "Analysts at Peel Hatton cut their target"), nor a town owning the named workplace after it ("an analyst at Tarrow\'s Brenmoor Bank").',
    when: ({ sentence, draft, before, twoBefore, nameStart, honorific, nameEnd, after }) => before?.lower === 'at' && twoBefore !== undefined
      && (!isCapitalised(twoBefore) || opensSentence(sentence, draft.first - 2))
      && (isWorkplaceOccupation(twoBefore.lower) || has(WORKPLACE_PLURALS, twoBefore.lower) || isPostOfField(sentence, draft.first - 2)) && joined(before, nameStart) && !honorific && !siteNounAfter(nameEnd, after, sentence[draft.last + 2])
      && !ownsNamedWorkplace(nameEnd, after),
    examples: {
      yes: ['"Demand is soft," said an analyst at {Brenmoor}.', 'Ivo Brask, head of campaigns at {Greenwell}, agreed.', 'Tamsin Rook, policy lead at {Safe Harbour}, agreed.', 'Economists at {Peel Hatton} expect one more cut.', '"Demand is soft," said strategists at {Peel Hatton}.', 'Analysts at {Peel Hatton} cut their price target.',
        'Campaigners at {Nordvik Klima} said they would sue.'],
      no: ['"Demand is soft," said a man at {Brenmoor}.', 'Passengers at {Kelsworth} waited six hours.', 'Dana Kelso, the branch secretary at {Dunholt} depot, said so.', '"Demand is soft," said an analyst at {Tarrow}\'s Brenmoor Bank.',
        'Crowds at {Peel Hatton} cheered.', 'Crowds at {Dana Kelso}\'s rally cheered.'],
    },
  },
  {
    id: 'masthead-line', outcome: Evidence.OrgTag,
    reason: 'A line that is only an outlet\'s name ending in a newspaper\'s or a periodical\'s head ("Kelso Practice Weekly" above the headline; runs.ts `isMasthead`), or that name before a section path ("The Vardo Courier | Sport | Rugby union"), or two to four words in capitals before a section path, whatever their words (a fight site\'s or a podcast\'s "CORNER STOOL | News"), is the outlet, a body; a middle dot or a breadcrumb\'s chevron sets the parts apart as a bar does (list section-path-separators: "THE KELSO LANTERN · News", "VARDO WEEKLY › News › Science").',
    when: ({ sentence, draft }) => draft.first === (sentence[0].text === 'The' || sentence[0].text === 'THE' ? 1 : 0) && draft.last === mastheadEnd(sentence),
    examples: {
      yes: ['{Kelso Practice Weekly}', '{Dunmore County Cricket Club}', '{Crease Monthly} | County cricket | Match report', 'The {Daily Kestrel} | Sport | Rugby union', 'THE {DAILY KESTREL} | Showbiz',
        '{CORNER STOOL} | News | Title fights', 'THE {KELSO LANTERN} · News · Est. 1902', '{VARDO WEEKLY} › News › Science'],
      no: ['Staff said {Kelso Practice} would close weekly.', '{Crease Monthly} said | the side lost'],
    },
  },
  {
    id: 'possessive-before-regional-post', outcome: Evidence.OrgTag,
    reason: '"Dana Ruiz, Tarven Holt\'s Europe president,", "Kelmar Drey\'s Asia chief": a possessive name before a region and the post of a company\'s regional arm (lists regional-arm-words, regional-post-heads) is the company; a person has no Europe president. Travel and business copy write a line\'s or a group\'s regional head so; read as a person without it (two unknown words).',
    when: possessiveBeforeRegionalPost,
    examples: {
      yes: ['Dana Ruiz, {Tarven Holt}\'s Europe president, said the move was fair.', '{Kelmar Drey}\'s Asia chief, Ona Brask, said yes.', 'Staff met {Orrin Vale}\'s North America head on Monday.'],
      no: ['Dana Ruiz, {Tarven Holt}\'s president, said the move was fair.', 'The senator met {Dana Kelso}\'s Europe envoy.', '{Tarven Holt}\'s Europe trip was cut short.'],
    },
  },
  {
    id: 'possessive-before-university-post', outcome: Evidence.BodyUse,
    reason: '"Harwick\'s vice-chancellor, X, said": a town\'s possessive before a post only a university holds (list university-only-posts) stands for the university; the town\'s word joins the university the document names in full ("University of Harwick", "Harwick University"; clusters.ts `universityOfTown`), and stays a place where the document names none.',
    when: possessiveBeforeUniversityPost,
    examples: {
      yes: ['{Harwick}\'s vice-chancellor, Tomas Fenn, said fees would rise.', 'Staff backed {Harwick}\'s provost.'],
      no: ['{Harwick}\'s mayor, Tomas Fenn, said fees would rise.', '{Harwick} vice-chancellor Tomas Fenn said so.'],
    },
  },
  {
    id: 'one-word-after-the', outcome: Evidence.AfterArticle,
    reason: '"The Pell said", "officers from the Vard": one word right after "the", no noun or adjective the lexicon knows ("the Court", "the Post" are words of their own), may be a body\'s clipped name, the opening letters of the first word of a body the article names in full ("the Pellamy Assurance Company", "the Vardona Police"; clusters.ts `clippedBody`); where no such body is named it says nothing.',
    when: ({ before, nameStart, words, honorific }) => !honorific && words.length === 1 && before !== undefined && before.lower === 'the' && joined(before, nameStart)
      && (nameStart.lexicon & (Tag.Noun | Tag.Adjective)) === 0,
    examples: {
      yes: ['The {Pell} said its shares would rise.', 'Officers from the {Vard} said so.'],
      no: ['{Pell} said its shares would rise.', 'The {Kelso Group} said so.', 'Crowds outside the {Court} cheered.'],
    },
  },
  {
    id: 'body-after-its-founder', outcome: Evidence.OrgTag,
    reason: '"Dana Kelso, founder of Safer Births Vardo,": the name after a post only a body has (list `body-posts-before-of`) and "of" is that body, though no head noun ends it.',
    when: ({ before, twoBefore, nameStart, honorific }) => before?.lower === 'of' && twoBefore !== undefined && !isCapitalised(twoBefore)
      && has(BODY_POSTS_BEFORE_OF, twoBefore.lower) && joined(before, nameStart) && !honorific,
    examples: { yes: ['Dana Kelso, founder of {Safer Births Vardo}, said so.'], no: ['Dana Kelso, mayor of {Vardo}, said so.', 'Dana Kelso, a fan of {Safer Births Vardo}, said so.'] },
  },
  {
    id: 'holding-in-body', outcome: Evidence.OrgTag | Evidence.BodyUse,
    reason: '"shares in Tarvo", "a stake in Brenmoor", "stock of X": what shares or a stake are held in is a company.',
    when: ({ sentence, draft, before, twoBefore, nameStart, honorific }) => (before?.lower === 'in' || before?.lower === 'of') && twoBefore !== undefined
      && (!isCapitalised(twoBefore) || opensSentence(sentence, draft.first - 2)) && has(HOLDING_NOUNS, twoBefore.lower) && joined(before, nameStart) && !honorific,
    examples: {
      yes: ['Shares in {Tarvo} rose 3 percent on Monday.', 'ZURICH (Alpina Wire) — Shares in {Tarvo} rose 3 percent on Monday.'],
      no: ['Prices in {Tarvo} rose 3 percent on Monday.'],
    },
  },
  {
    id: 'percentage-bought-of-body', outcome: Evidence.OrgTag | Evidence.BodyUse,
    reason: '"agreed to buy 70% of Tarvo", "sold 40 per cent of Brenmoor": what a verb of buying, selling or holding (list stake-deal-verbs) takes a percentage of is a company, also where it bears its founder\'s surname. Not a share of people or of what a name owns ("70% of Kelso\'s voters").',
    when: ({ sentence, draft, before, nameStart, nameEnd, after, first, honorific }) => !honorific && before?.lower === 'of' && joined(before, nameStart) && !isPossessive(nameEnd)
      && !tagged(first, Tag.Demonym) && !modifiesNounAfter(nameEnd, after) && dealVerbBeforePercentage(sentence, draft.first - 2),
    examples: {
      yes: ['Dana Kelso founded it in 1951. Vardo agreed to buy 70% of {Kelso} on Monday.', 'It sold 40 per cent of {Brenmoor} last year.', 'Vardo owns 12 percent of {Tarvo}.'],
      no: ['Vardo won 70% of {Kelso} on Monday.', 'It bought 40 per cent of {Kelso}\'s shares last year.', 'Vardo agreed to buy the house of {Kelso} on Monday.',
        'Vardo agreed to buy 70% of {Italian} leather maker Tarvo.'],
    },
  },
  {
    id: 'founded-body', outcome: Evidence.OrgTag | Evidence.BodyUse,
    reason: '"Tarvo, founded by Dana Tarvo in 1951,", "Brenmoor, established in 1920,", "Tarvo was founded in 1951": a name that is founded (list founding-participles) is a body, also where it bears its founder\'s surname; a person is not founded.',
    when: foundedAfterName,
    examples: {
      yes: ['{Tarvo}, founded by Dana Tarvo as a small workshop, had sales of 9 million euros.', '{Brenmoor}, established in 1920, will close.', '{Tarvo} was founded in 1951.'],
      no: ['{Tarvo}, who founded the workshop, had sales of 9 million euros.', '{Tarvo} founded Brenmoor in 1951.', '{Dana Tarvo} was in Kelso in 1951.'],
    },
  },
  {
    id: 'run-by-after-name', outcome: Evidence.OrgTag | Evidence.BodyUse,
    reason: '"Camoletti, run by the chef Idris Camoletti,", "Big Tony, owned by Brightfork,": a name set off by a comma before a participle of running or owning (list running-participles) and "by" is a business, also where it bears its chef\'s or founder\'s surname; a person is not run or owned.',
    when: runByAfterName,
    examples: {
      yes: ['{Camoletti}, run by the chef Idris Camoletti, won a third star.', '{Big Tony}, owned by Brightfork, shut four sites.'],
      no: ['{Camoletti}, who runs the kitchen, won a third star.', '{Dana Roe} was run over by a van.', '{Camoletti}, run ragged by the critics, quit.'],
    },
  },
  {
    id: 'speaks-for-members', outcome: Evidence.OrgTag | Evidence.BodyUse,
    reason: '"Vardex, which represents 4,000 nurses, said …", "Kelsa, which speaks for cabin crew,": a name set off by a comma before "which" and a verb of speaking for members (list members-body-verbs) is a union or a trade body, though one word no list knows; a person is "who", and a place the lexicon knows is left alone.',
    when: speaksForMembers,
    examples: {
      yes: ['{Vardex}, which represents 4,000 nurses, said it would ballot members.', 'Members of {Kelsa}, which speaks for cabin crew, voted to strike.'],
      no: ['{Vardex}, who represents 4,000 nurses, said she would ballot members.', '{Vardex}, which has 4,000 nurses, said it would ballot members.', '{Texas}, which represents a tenth of output, voted no.', '{Dana Kell}, which represents nobody, left.'],
    },
  },
  {
    id: 'which-trades', outcome: Evidence.OrgTag | Evidence.BodyUse,
    reason: '"Tarsk, which makes sensors for cars,", "Dunmarl Tevis, which owns three quarries,": a name set off by a comma before "which" and a verb of a business\'s trade (list business-activity-verbs) is a company, though its words are unknown or read as a person\'s; a person is "who", and a place the lexicon knows is left alone.',
    when: tradesAsBusiness,
    examples: {
      yes: ['Rival bids came from {Tarsk}, which makes sensors for cars.', 'A bid came from {Dunmarl Tevis}, which owns three quarries.'],
      no: ['The deal helps {Tarsk}, who makes sensors for cars.', 'A bid came from {Dana Kell}, which owns nothing.', 'Rain fell on {Texas}, which owns its grid.',
        '{Tarsk Holdings Bhd}, which owns Tarsk Express, said fares would rise.'],
    },
  },
  {
    id: 'trade-agent-appositive', outcome: Evidence.OrgTag | Evidence.BodyUse,
    reason: '"Kelvane, a maker of pumps,", "Tarsk, the largest supplier of sensors,": an appositive headed by a trade\'s agent noun and "of" what is traded (list trade-agent-nouns) names a company, as "X, a pump maker," does; not after a known given name ("Dana Kell, a maker of violins," is a craftswoman).',
    when: tradeAgentAppositive,
    examples: {
      yes: ['Shares rose after {Kelvane}, a maker of pumps, said it would hire.', 'Orders went to {Tarsk}, the largest supplier of sensors, on Friday.'],
      no: ['Shares rose after {Dana Kell}, a maker of violins, said she would hire.', 'Orders went to {Tarsk}, the maker of the film, on Friday.', 'Orders went to {Tarsk}, a partner at the firm, on Friday.'],
    },
  },
  {
    id: 'object-of-founding', outcome: Evidence.OrgTag | Evidence.BodyUse,
    reason: '"Corinne Mabry, who founded Albertine in 2011", "she co-founded Tarrow Kitchens": the name right after a founding verb (list founding-participles, in the active voice) is the body or business founded; a person is not founded. Not a place the lexicon knows ("founded Rome"), nor a possessive ("founded Kelso\'s first school": the founder\'s work is the thing after it).',
    when: ({ before, nameStart, nameEnd, honorific, first, multiWord }) => !honorific && before !== undefined && !isCapitalised(before) && has(FOUNDING_PARTICIPLES, before.lower)
      && joined(before, nameStart) && !isPossessive(nameEnd) && (multiWord || (lexiconFlags(first.lower) & Tag.Place) === 0),
    examples: {
      yes: ['Dana Roe, who founded {Albertine} in 2011, left last spring.', 'She co-founded {Tarrow Kitchens} with her brother.'],
      no: ['Dana Roe, who founded the firm, met {Albertine} in 2011.', 'The legion founded {Rome} there.', 'Dana Roe founded {Kelso}\'s first school.'],
    },
  },
  {
    id: 'subject-of-its', outcome: Evidence.OrgTag | Evidence.BodyUse,
    reason: '"Camoletti has its third star", "Rosalind finally lands its first star", "Big Tony lost its licence": one name opening its clause as the subject of a verb (an adverb may come before the verb) whose object opens with "its" is a body or a business, which copy calls "it"; a person is "his" or "her". Only where the object is a thing a business holds (list business-possessions: a star, a licence, its doors): a town or a council "raises its budget". Not where the lexicon knows the word as a place (a town has its mayor), nor a first name, nor after a preposition.',
    when: subjectOfIts,
    examples: {
      yes: ['It took 12 years, but {Camoletti} has its third star.', '{Corvino} finally lands its first star.', '{Big Tony} lost its licence on Monday.'],
      no: ['{Camoletti} has his third star.', 'The fire at {Camoletti} lost its grip.', '{Paris} has its own mayor.', '{Camoletti} said its menu would change.', '{Tarrow City} raised its budget on Monday.', '{Dunmore} weighs its options.'],
    },
  },
  {
    id: 'house-of-its-founder', outcome: Evidence.OrgTag | Evidence.BodyUse,
    reason: '"the house of Tarrow": fashion and luxury copy calls a house named after its founder by "the house of" and the one word, also where the document names the founder in full. Not a capitalised "House" (a chamber, "the House of Commons"), nor a possessive after it ("the house of Kelso\'s uncle": a dwelling).',
    when: ({ sentence, draft, before, twoBefore, nameStart, nameEnd, honorific, multiWord }) => !multiWord && !honorific && before?.lower === 'of' && twoBefore?.text === 'house'
      && sentence[draft.first - 3]?.lower === 'the' && joined(before, nameStart) && !isPossessive(nameEnd),
    examples: {
      yes: ['Orla Tarrow opened a shop in 1950. This spring the house of {Tarrow} went back to the sea.'],
      no: ['They stayed at the guest house of {Tarrow} all week.', 'They met in the house of {Tarrow}\'s uncle.', 'This spring the house of {Orla Tarrow} went back to the sea.'],
    },
  },
  {
    id: 'trade-house-before', outcome: Evidence.OrgTag | Evidence.BodyUse,
    reason: '"the Paris fashion house Maison Vellard", "the auction house Kelderwick", "the couture house Tarrow": a lower-case "house" after a trade whose firms are so called (list house-trade-words) and right before the name makes it that firm, also where it bears its founder\'s surname; so do "houses" before a list of two ("the fashion houses Pell & Marsh and J.P. Tarrow"), named like a person or not. "house" alone is no body noun ("the house Dana Kelso grew up in").',
    when: ({ sentence, draft, honorific }) => !honorific && tradeHouseBefore(sentence, listOpening(sentence, draft.first)),
    examples: {
      yes: ['She was the face of the Paris fashion house {Maison Vellard} for years.', 'Orla Tarrow opened a shop in 1950. The couture house {Tarrow} showed in March.',
        'Vardo owns the fashion houses Pell & Marsh and {J.P. Tarrow}.', 'Vardo owns the fashion houses {Pell & Marsh} and J.P. Tarrow.'],
      no: ['She grew up in the house {Dana Kelso} built.', 'She sold the fashion house, {Tarrow} said.', 'She was the face of the Paris house {Vellard} for years.'],
    },
  },
  {
    id: 'price-move-after-name', outcome: Evidence.OrgTag | Evidence.BodyUse,
    reason: 'Markets copy: a name right before a verb of a price move and a percentage ("Vardo Pavilion Developments fell 3.7 per cent", "Kelso Bank AG (KLB.S) slid 6%") is a company whose shares moved, or an index; a person does not rise by a share of a price.',
    when: priceMoveAfter,
    examples: {
      yes: ['Property shares fell, and {Vardo Pavilion Developments} fell 3.7 per cent.', 'Lenders rallied: {Tarrow Orchid} (TOR.SV) rose almost 6%.', 'Later {Kelso Marram} edged up 0.4 percent.'],
      no: ['Property shares fell, and {Vardo Pavilion Developments} fell behind.', 'Property shares fell, and {Dana Kelso} fell 3.7 per cent.', 'Later {Kelso Marram} edged up 0.4 percentage points in the poll.',
        'Against the euro the {Tarrow Florin} firmed 0.8% on Friday.', 'Food prices in {Kelso Vale} rose 3 percent last year.'],
    },
  },
  {
    id: 'body-appositive', outcome: Evidence.OrgTag,
    reason: '"Vardo, a private company, …", "Vardo, a pro-Kelso super PAC, …": an appositive naming a kind of body, by a noun or by an abbreviation of one (list kind-abbreviations; not "Vardo, a company spokesman", "Vardo, a PAC treasurer").',
    when: isOrgAppositive,
    examples: {
      yes: ['{Vardo}, a private company, declined to comment.', '{Vardo}, the premier\'s party, declined to comment.', '{Dunmarsh}, the housing charity, welcomed the report.', '{Quorvan}, the performers\' union, said members would strike.',
        'Asked who else objects, {Digital Retail Britain}, a trade body whose members include Vardo, said the rules were unclear.',
        'Dana Kelso spoke first. {Tarrow Voters Action}, a pro-Kelso super PAC, sent reporters the clip.', '{Tarrow Relief}, an NGO, said the camp was full.',
        '{Tarrow Voters Action}, the pro-Kelso super PAC founded by Dana Marr, sent reporters the clip.',
        '{Vantrel}, the Scottish launch start-up, lost its first rocket.'],
      no: ['{Vardo}, a company spokesman, declined to comment.', 'The lander touched down at 0412 {GMT}, the agency said.', '{Ivo Sandal}, a PAC treasurer, declined to comment.', '{Tom Halder}, a body shop owner in Kelso, declined to comment.', '{Tom Halder}, a partner at the firm, declined to comment.', '{Dunmarsh}, a charity worker, welcomed the report.',
        'Sandal won by 20 seconds ahead of {Wrede}, with a group of favourites at a minute.', 'Cases rose in Tarvik and {Dunmore}, according to the ministry, on Friday.'],
    },
  },
  {
    id: 'body-noun-before', outcome: Evidence.OrgTag,
    reason: '"the carmaker Vardo", "the regulator, Vardo,": a noun naming a kind of body right before the name; its plural too when commas set the name off ("one of the oldest law firms, Hartley Vane, is …"; pluralBodyNounAppositive).',
    when: bodyNounBefore,
    examples: {
      yes: ['Shares of the group {Vardo} fell.', 'Talks with the regulator, {Vardo}, failed.', 'The farmers\' group {Kelso Ekta Manch} said growers were unpaid.',
        'Creditors include the port operator {Marwick Ports} and the haulier {Corbel}.', 'One of the oldest law firms, {Hartley Vane}, is to merge.',
        'Prices rose, according to the national statistics office, {Tallby Norr}.', 'Charity {Age Kelso} said the cuts were cruel.'],
      no: ['Shares of the man {Vardo} fell.', 'While both advised the ruling party, {Vardo} was also helping a charity.', 'The plant belongs to manufacturer {Ronald Harmon}, who founded it.',
        'A partner at the firm, {Celia Marr-Vane}, said the claim would be heard next year.', 'Promoter {Eddie Tolley}, whose company staged the card, was angry.',
        'Among the bidders were two firms, {Hartley Vane} said.', 'The decision was taken by the office, {Tallby Norr} said.',
        'The head of the statistics office, {Mirela Vass}, said prices rose.'],
    },
  },
  {
    id: 'body-named-after-description', outcome: Evidence.OrgTag,
    reason: '"The Catalan fire service, the Bombers de Tarrell, said", "the French rail operator, the Société Varenne,": a name after "the", set off by commas right after an English description whose noun names a kind of body (lists org-nouns-after, trade-nouns-before), is that body under its own, often foreign, name; before, a name in a language the lexicon does not know was read as a person. Not with an honorific, nor a known given name and surname (a person described by a body\'s noun is written without "the").',
    when: bodyNamedAfterDescription,
    examples: {
      yes: ['The Catalan fire service, the {Bombers de Tarrell}, said the blaze was out.', 'The rail operator, the {Vardska Jernbane}, said trains would run.'],
      no: ['The Catalan fire service said the {Bombers de Tarrell} were out.', 'The fire service, {Dana Kelso} said, was out.'],
    },
  },
  {
    id: 'body-noun-opening-a-defining-clause', outcome: Evidence.OrgTag,
    reason: '"The airline originally booked for the flight, Tarnair, pulled out", "The insurer that covered the warehouse, Brandmoor, said …": a body\'s noun opening the sentence after "The", a clause that says which one, then the name set off by commas: the body itself, as body-noun-before reads "the regulator, Vardo,"; not a given name and a surname, nor after a person\'s noun or a reporting verb in the clause.',
    when: bodyNounOpeningClause,
    examples: {
      yes: ['The airline originally chosen for the route, {Tarnair}, pulled out on Friday.', 'The insurer that covered the warehouse, {Brandmoor}, said it would pay.', 'The haulier hired to move the stock, {Corbel Freight}, went bust.'],
      no: ['The airline originally chosen for the route, {Dana Kelso} said, pulled out.', 'The charity that employs its chief, {Mirela Vass}, said it would pay.', 'The insurer, which said it would pay, met {Brandmoor} on Monday.'],
    },
  },
  {
    id: 'kind-abbreviation-before', outcome: Evidence.OrgTag,
    reason: '"UK MNO Pellion has blamed …", "the MVNO Lantern said": telecoms copy writes an operator\'s kind as letters (list kind-abbreviations) right before its name, as other copy writes "the operator X"; not before a known given name and a surname.',
    when: kindAbbreviationBefore,
    examples: {
      yes: ['Dutch MNO {Ventrix} has blamed a faulty update.', 'The MVNO {Lantern} said its customers were hit.'],
      no: ['The MVNO boss {Dana Kelso} said customers were hit.', 'Shares of {Ventrix} fell.'],
    },
  },
  {
    id: 'service-partner-before', outcome: Evidence.OrgTag,
    reason: '"Ticketing partner Selvo Pass said", "its logistics partner Carrow Freight": a name right after a service a firm provides and "partner" (words.ts isServicePartner, list partner-service-nouns) is the firm providing it; "his business partner X" is a person\'s.',
    when: ({ sentence, draft }) => draft.first >= 2 && isServicePartner(sentence, draft.first - 1) && joined(sentence[draft.first - 1], sentence[draft.first]),
    examples: {
      yes: ['Ticketing partner {Selvo Pass} said refunds would be issued.', 'The club named its kit partner {Orrin Sports} on Friday.'],
      no: ['His business partner {Dana Kelso} said so.', 'The club named its partner {Dana Kelso} on Friday.'],
    },
  },
  {
    id: 'firm-trade-before', outcome: Evidence.OrgTag,
    reason: '"estate agents Penley Harcourt", "chartered surveyors Orrin Dale", "Fire engineers Kelso Tate found …": British property and construction copy writes a professional firm by its qualified trade in the plural before its name, which is the partners\' surnames and reads as a person\'s name without it (lists firm-trade-qualifiers, firm-trade-plurals); financial and insolvency copy does so with no qualifier ("of stockbrokers Orrin Dale", "Administrators Tarven Holt said", list firm-trades-alone; capitalised only where the trade opens the sentence). Not before a known given name and a surname: people of that trade.',
    when: firmTradeBefore,
    examples: {
      yes: ['Estate agents {Penley Harcourt}, which has three branches, expect a rise.', 'The survey was done by chartered surveyors {Orrin Dale} in May.',
        'Lena Marsh, of stockbrokers {Orrin Dale}, cut her forecast.', 'Administrators {Tarven Holt} said the business had run out of cash.', 'The board appointed liquidators {Selby Marr} on Friday.'],
      no: ['The survey was done by chartered surveyors {Dana Kelso} and Tom Vane in May.', 'Administrators {Dana Kelso} and Tom Vane said the firm was insolvent.', 'The audit was signed by accountants {Dana Kelso} and Tom Vane.', 'The survey was done by the surveyors {Orrin Dale} in May.', 'Estate agent {Penley Harcourt} expects a rise.'],
    },
  },
  {
    id: 'second-after-plural-body-noun', outcome: Evidence.OrgTag,
    reason: '"delivery platforms Plattr and FoodHop", "the burger chains Marlo and Big Tony", "the carmakers Vardo and Kelso": a body noun in the plural before two names joined by "and" makes both bodies; the first is the body noun\'s own case (body-noun-before), the second, after "and", sees only the first name before it. Not after a person\'s noun ("the chefs Dana Roe and Tom Kell").',
    when: pluralBodyNounBeforePair,
    examples: {
      yes: ['Delivery platforms Plattr and {FoodHop} removed the sites.', 'The burger chains Marlo and {Big Tony} closed stores.'],
      no: ['The chefs Dana Roe and {Tom Kell} cooked.', 'The platform Plattr and {FoodHop} removed the sites.', 'Dana Roe and {Big Tony} closed stores.'],
    },
  },
  {
    id: 'channel-before-programme', outcome: Evidence.OrgTag,
    reason: '"the Tidewell drama Low Tide", "the Streamwell hit Ferrymen": a name between "the" and a programme noun (list programme-nouns) that the programme\'s capitalised title follows is the channel or the streaming service that shows it, a body. Not without the title after ("the Kelso drama" may be set in Kelso).',
    when: ({ before, after, twoAfter, nameStart, nameEnd, honorific }) => !honorific && before?.lower === 'the' && after !== undefined && twoAfter !== undefined
      && !isCapitalised(after) && has(PROGRAMME_NOUNS, after.lower) && isCapitalised(twoAfter) && joined(before, nameStart) && joined(nameEnd, after) && joined(after, twoAfter),
    examples: {
      yes: ['He plays a captain on the {Tidewell} drama Low Tide.', 'She starred in the {Streamwell} hit Ferrymen last year.'],
      no: ['He plays a captain in the {Kelso} drama that ran last year.', 'He plays a captain on {Tidewell} this year.'],
    },
  },
  {
    id: 'ampersand-firm', outcome: Evidence.OrgTag,
    reason: 'An ampersand between the words of a name ("J. Kelso & Sons", "Marr & Vane") joins the partners or the family of a firm: no person\'s name is written with one, also where initials open it. Not two first names ("Jim & Sarah"): a couple; nor two places ("its Great Britain & Ireland ceremony", "the Spain & Portugal edition"): a region an award or an edition covers.',
    when: ({ sentence, draft }) => draft.last > draft.first + 1 && sentence.slice(draft.first + 1, draft.last).some((token, i) => token.text === '&'
      && !(isKnownFirstName(sentence[draft.first + i]) && isKnownFirstName(sentence[draft.first + i + 2]))
      && !(placeWordAt(sentence, draft.first + i) && placeWordAt(sentence, draft.first + i + 2))),
    examples: { yes: ['Vardo bought {T. Brackwell & Sons} last year.'], no: ['Vardo bought {T. Brackwell} last year.', 'He thanked {Uncle Jim & Sarah} for the cake.', 'The guide held its {Great Britain & Ireland} ceremony.'] },
  },
  {
    id: 'possessive-before-body-post', outcome: Evidence.OrgTag | Evidence.BodyUse,
    reason: '"Beacon\'s chief executive, X,", "Beacon\'s founder X said": one word opening the sentence, in the possessive before a post only a body holds (list body-only-posts), is that body, though a common word; not a word the lexicon knows as a person\'s name or a place, and not before a spokesperson, whom a politician has too (names.ts possessiveBeforeBodyPost).',
    when: ({ sentence, draft, words }) => words.length === 1 && opensSentence(sentence, draft.first) && possessiveBeforeBodyPost(sentence, draft.first),
    examples: {
      yes: ['{Beacon}\'s chief executive, Ola Brandt, said so.', '{Beacon}\'s founder Petra Lind said the firm would grow.', '{Keystone}\'s regional organiser, Ola Brandt, said the wards were full.'],
      no: ['{Beacon}\'s spokeswoman Petra Lind said the firm would appeal.', '{Beacon}\'s mother said so.', 'She met {Beacon}\'s chief executive.'],
    },
  },
  {
    id: 'possessive-name-before-body-post', outcome: Evidence.OrgTag | Evidence.BodyUse,
    reason: '"Blue Anchor\'s chief executive resigned", "the board sacked Harbour Light\'s founder": a name of two to four capitalised words in the possessive before a post only a body holds (list body-only-posts) is that body wherever it stands, as possessiveBeforeBodyPost reads one word opening a sentence; a person\'s full name is written before a spokesperson or an aide, never before a chief executive or a founder of his own. Not where a word is a name or a place the lexicon knows ("Dana Kelso\'s co-founder", "New Kelso\'s founder").',
    when: possessiveNameBeforeBodyPost,
    examples: {
      yes: ['{Blue Anchor}\'s chief executive resigned on Friday.', 'The board sacked {Harbour Light}\'s founder in May.'],
      no: ['The board sacked {Dana Kelso}\'s co-founder in May.', 'He met {Blue Anchor}\'s spokesman on Monday.', 'The board sacked {Kelso Bay}\'s mayor in May.'],
    },
  },
  {
    id: 'saint-possessive-institution', outcome: Evidence.OrgTag,
    reason: '"St Feargal\'s won the county final", "a pupil at St Kieve\'s, said": "St" or "Saint", one name and a possessive that owns nothing (punctuation or a verb after it) is the club, the school or the parish named after the saint, as Irish and Scottish sports and local copy write them: a body, not a person "St Feargal". A possessive before its noun ("St Feargal\'s feast day") is the saint\'s.',
    when: isSaintPossessiveInstitution,
    examples: {
      yes: ['{St Feargal}\'s won the county final on Sunday.', 'She was a pupil at {St Kieve}\'s, her mother said.'],
      no: ['{St Feargal}\'s feast day is in May.', '{Dana Brennan}\'s won the final.', 'The Rev Ann Roe, vicar of {St Kelda}\'s, Vardo, spoke.'],
    },
  },
  {
    id: 'investor-after-backed-by', outcome: Evidence.OrgTag | Evidence.BodyUse,
    reason: '"The start-up, backed by Drommel, raised $5m", "the firm is owned by Pellworth, the shares show": one word right after a participle of investing or owning (list investing-participles) and "by", in a sentence that speaks of a company (list company-sentence-nouns), is the investor or the owner, a body, where the lexicon knows the word as no person\'s name and no place; before, it was dropped. A person named so ("backed by Dana Kelso", "owned by Kessick", a known surname) stays a person, and a sentence with no company in it decides nothing ("the horse is owned by Pellworth").',
    when: isInvestorAfterBackedBy,
    examples: {
      yes: ['The start-up, which is backed by {Drommel}, raised $5m from investors.', 'The company is owned by {Pellworth}, filings show.'],
      no: ['The start-up is backed by {Dana Kelso}, a banker.', 'The horse is owned by {Pellworth}, a trainer said.', 'The start-up is led by {Drommel}, the filings show.'],
    },
  },
  {
    id: 'acquirer-after-bought-by', outcome: Evidence.OrgTag | Evidence.BodyUse,
    reason: '"The chain was bought by Fairholt last year", "acquired by Brightmoor Capital": the name right after a participle of buying a business (list acquiring-participles) and "by" is the buyer, in business copy a company, though its words are unknown or common ones; not where a word is a person\'s name or a place the lexicon knows ("bought by Dana Kelso"), nor a name of several words none of them a common noun or adjective ("bought by Orla Fenwick": a given name and a surname the lexicon lacks).',
    when: ({ before, twoBefore, nameStart, words, honorific }) => !honorific && before?.lower === 'by' && twoBefore !== undefined && has(ACQUIRING_PARTICIPLES, twoBefore.lower)
      && joined(twoBefore, before) && joined(before, nameStart) && words.every(word => isCapitalised(word) && (word.lexicon & (PERSON_NAME_TAGS | Tag.Place)) === 0)
      && (words.length === 1 || words.some(word => (word.lexicon & (Tag.Noun | Tag.Adjective)) !== 0)),
    examples: {
      yes: ['The firm was bought by {Fairholt} last year.', 'The chain was acquired by {Brightmoor Capital} in 2019.'],
      no: ['The house was bought by {Dana Kelso} last year.', 'The house was bought by {Orla Fenwick} last year.', 'The firm was run by {Fairholt} last year.', 'The paintings were bought by {London} galleries.'],
    },
  },
  {
    id: 'street-named-firm-at-work', outcome: Evidence.OrgTag | Evidence.BodyUse,
    reason: '"Marrow Quay bought the block", "the managing director of Marrow Quay": a name ending in a street\'s or a waterfront site\'s word (list street-firm-endings) right before a verb of buying, selling or serving notice (list firm-deal-verbs), or right after a company\'s post and "of" (list company-post-nouns; so too a site named for its operator, list operated-site-heads: "the managing director of Tarnby Airport"), is a body: where the document names a firm of those words and a company head ("Marrow Quay Developments"), it is that firm written short (orgForms.ts mergeCompanyStems). After a preposition ("on Marrow Quay", "tenants in Dalton Street") the words stay the place.',
    when: streetNamedFirmAtWork,
    examples: {
      yes: ['{Marrow Quay} bought the block in March.', 'Tenants met the managing director of {Marrow Quay} on Monday.', 'The day {Tarrow Street} withdrew the notices, tenants cheered.', 'Dana Vell, managing director of {Tarnby Airport}, said flights ran.'],
      no: ['Tenants on {Marrow Quay} bought flowers.', '{Marrow Quay} was closed to traffic.', 'Tenants met the mayor of {Marrow Quay} on Monday.', '{Dana Quay} bought the block in March.', 'The jet landed at {Tarnby Airport} on Sunday.'],
    },
  },
  {
    id: 'opener-introduced-as-body', outcome: Evidence.BodyUse,
    reason: '"Amity, the performers\' union, said …", "Parity, a trade body, said …": one word opening the sentence, set off by an appositive that names a kind of body (rule body-appositive), is that body itself, though the word has an abstract noun\'s ending (rule abstract-noun-opening-a-sentence reads such a word before a common noun as the subject\'s first word). Only an appositive of an article, a few lower-case words and the body\'s noun closed by a comma (names.ts introducedAsBody): "X, talking to a walking group near Y," describes a person. So too a word before ", which represents" (speaks for, campaigns for) members ("Keystone, which represents engineers,"), which rule speaks-for-members reads once the word is a name.',
    when: ({ sentence, draft, words }) => words.length === 1 && opensSentence(sentence, draft.first) && introducedAsBody(sentence, draft.first),
    examples: {
      yes: ['{Amity}, the performers\' union, said members would strike.', '{Parity}, a trade body, said the rules were unclear.', '{Keystone}, which represents engineers, said the cuts were unsafe.'],
      no: ['{Amity} members said they would strike.', 'Officials said {Parity}, a trade body, objected.', '{Parity}, a spokesman said, was not the aim.', '{Kelso}, talking to a walking group near Vardo, said so.'],
    },
  },
  {
    id: 'body-of-a-trade-before', outcome: Evidence.BodyUse,
    reason: '"the haulage group Vardo", "the frozen food company Vardo": a body noun with a word of the body\'s trade before it names the body itself, so a family firm called by its surname is the firm, not one of the family. A bare "the group X" says less: it may open a relative clause ("the group X addressed").',
    when: context => bodyNounBefore(context) && context.twoBefore !== undefined && !isCapitalised(context.twoBefore)
      && !has(NOUN_DETERMINERS, context.twoBefore.lower) && context.before !== undefined && joined(context.twoBefore, context.before),
    examples: {
      yes: ['The haulage group {Vardo} will close two depots.', 'It was sold to the frozen food company {Kelso} in May.'],
      no: ['The group {Vardo} will close two depots.', 'It was a chapter of the group {Kelso} addressed in May.'],
    },
  },
  {
    id: 'organisation-head', outcome: Evidence.OrgHead,
    reason: 'A name that ends in an organisation noun ("… Committee", "… AB") or starts with one before "of"/"for" ("Bank of Vardo"), or with a Romance one ("Banco Vardo").',
    when: context => context.orgHead,
    examples: {
      yes: ['The {Kelso Harbour Commission} met on Monday.', 'Analysts at {Credito Vardese} were cautious.', 'It bought {Norrland Kraft AB} last year.',
        'Staff at {Deutsche Marlbank} were cautious.', 'Staff at {Ashbank Holdings} were cautious.', 'It sold the unit to {Corbel SA} in May.', 'Invoices went to {Marwick Ports plc} in May.',
        'The collapse of {Brennholt Freight UK} left creditors unpaid.', 'Staff at {Kelso Chemists} said the shop would close.', 'The regulator fined {Pembury Silicon} on Monday.',
        'Parents sued the {Dunmore Unified School District} in May.', 'Researchers at the {Kelso Marine Station} counted the burrows.',
        'Dana Kelso, who heads the {Coastal Works Executive}, spoke first.', 'Tenants complained to the {Harbour Services Ombudsman} in May.',
        'The {Varnish Red Crescent} said its convoy would leave on Monday.', 'A jet operated by {Ostra Air} landed in Oslo.',
        'The ship, operated by {Kelso Shipping Line}, sank.', 'A tug from {Tarrow Towage} arrived.', 'Crews from {Vardo Salvage & Towage} boarded her.'],
      no: ['The {Kelso Harbour} project stalled on Monday.', 'Crowds gathered in the {Kelso District} on Monday.', 'The {Kelso Harbour UK} project stalled on Monday.', 'Analysts met {Dana Vardese} on Monday.', '{Gregor Ashbank}, a teacher, said the river rose fast.', 'Crowds waited at {Marwick Bus Station} on Monday.', 'Houses line {Kelso Crescent} near the park.', 'Trains on the {Vardo Line} were cut.'],
    },
  },
  {
    id: 'abbreviation', outcome: Evidence.Acronym,
    reason: 'A standalone all-capital abbreviation that is not a place\'s, a common one, post-nominal letters ("was appointed CBE"; list post-nominals), an English word, a dateline, a British road\'s number ("the A38", "a new junction on the B4117", "the M25": a letter A, B or M and digits), a sum after a currency\'s code ("RM10"), a model\'s code glued by a hyphen to its number ("KX-1701") or a capital and three digits or more ("the K200"), or capitals and digits that alternate twice or more ("the H7N3 strain": a virus\'s subtype), or a race\'s running position, session or a business quarter ("finished P3", "out in Q2", "FP1").',
    when: isAcronym,
    examples: { yes: ['The {KVR} said the talks failed.'], no: ['The {NYC} mayor said the talks failed.', '{KERAVO} (AFP) - Rescuers dug through the night.', 'The plan adds a new junction on the {B4117} near Tarlow.', 'Traffic on the {M62} was held for an hour.', 'The fare rose to {RM10} in May.', 'It lost {SGD41} million last year.', 'The home was graded {C2} at its last inspection.', 'The landlord was downgraded to {G3} in May.', 'She was appointed {CBE} in 2004 for services to nursing.', 'Affected kettles are {KX}-1701 to KX-1760.', 'Sales of the {K200} rose in May.', 'Vets confirmed the {H7N3} strain on Friday.', 'Tests found {H5N8} in wild swans.', 'She started from {P3} and was fastest in FP2.'] },
  },
  {
    id: 'hyphened-abbreviations', outcome: Evidence.Acronym,
    reason: 'Two all-capital abbreviations joined by a hyphen ("the KVR-TPU said", a union federation or a merged union written as its two parts\' letters) are one body\'s abbreviation, as one abbreviation alone is (rule abbreviation); not where either part is a common one, a place\'s, or a code with digits ("UK-EU talks", "a PDF-CSV export", "the A38-M5 junction").',
    when: hyphenedAbbreviations,
    examples: { yes: ['The {KVR-TPU} said its members were stranded.'], no: ['The {UK-EU} talks stalled.', 'The {KVR} said its members were stranded.', 'Traffic on the {A38-M5} link was held.'] },
  },
  {
    id: 'abbreviation-of-a-term', outcome: Evidence.Term,
    reason: 'Health, science and economics copy abbreviates terms as it does bodies: "coronary artery bypass grafting (CABG)", "body mass index (BMI)" give the abbreviation in parentheses right after lower-case words that spell it, which a body\'s name (capitalised) never is; kind-by-use makes every use of it a thing.',
    when: isTermAbbreviation,
    examples: {
      yes: ['Patients with chronic lung scarring disease ({CLSD}) were excluded.', 'It lowered the risk of post-operative atrial flutter ({POAF}) by a third.'],
      no: ['The Kelso Lung Foundation ({KLF}) paid for the study.', 'Patients with the disease ({CLSD}) were excluded.'],
    },
  },
  {
    id: 'published-in', outcome: Evidence.OrgTag,
    reason: 'A name of several words after "published … in the" or "published … in" ("the study, published on Wednesday in the Kelso Medical Review,", "published this week in Tarrow Bird Letters") is the journal or paper the work appeared in: an outlet, though no head noun ("Journal", "Times") shows it ("Review" also ends a government\'s reviews, "the Spending Review"; "Letters" a collection\'s). A place stays a place, as the kind rules weigh place words first ("published in the United States", "published in New York").',
    when: publishedIn,
    examples: {
      yes: ['The study, published on Wednesday in the {Kelso Medical Review}, followed 400 patients.', 'The study, published this week in {Tarrow Bird Letters}, followed 400 nests.'],
      no: ['The study, funded on Wednesday in the {Kelso Medical Review}, followed 400 patients.', 'The study, published on Wednesday by the {Kelso Medical Review}, followed 400 patients.',
        'The study, funded this week in {Tarrow Bird Letters}, followed 400 nests.'],
    },
  },
  {
    id: 'name-of-a-trial', outcome: Evidence.Term,
    reason: 'An abbreviation right before "trial" names the trial ("the VELTA trial", "patients in the KORA trials"), a study, not a body; right before "gene" it names a gene ("the TRM4B gene"), a molecule. Kind-by-use makes every use of it ("VELTA patients", "the VELTA investigators", "TRM4B carriers") the thing unless one shows a body.',
    when: ({ after, nameEnd, multiWord, first }) => !multiWord && isAllCaps(first) && after !== undefined && has(NAMED_STUDY_NOUNS, after.lower) && joined(nameEnd, after),
    examples: {
      yes: ['Results of the {VELTA} trial were published on Wednesday.', 'Carriers of the {TRM4B} gene fell ill more often.'],
      no: ['Results of the {VELTA} study were published on Wednesday.', 'Results of the {VELTA}, a trial, were published on Wednesday.'],
    },
  },
  {
    id: 'name-of-a-vaccine', outcome: Evidence.Term,
    reason: 'An abbreviation right before a noun of a vaccine or its doses (list vaccine-nouns: "the MMR vaccine", "a second MMR dose", "the BCG jab") names the vaccine, a thing, not a body. Kind-by-use makes every use of it ("uptake of MMR fell") the thing unless one shows a body (it speaks, a body\'s head noun) or the document spells it by a body\'s capitalised name ("the Global Vaccine Fund (GVF) … GVF doses").',
    when: ({ after, nameEnd, multiWord, first }) => !multiWord && isAllCaps(first) && after !== undefined && has(VACCINE_NOUNS, after.lower) && !isCapitalised(after) && joined(nameEnd, after),
    examples: {
      yes: ['Most of the children had not had the {MMR} vaccine.', 'Uptake of the second {HPV} dose fell to 71 per cent.', 'Babies get a {BCG} jab at birth.'],
      no: ['The {KVR} said the vaccine was safe.', 'The {KVR}, a vaccine maker, said so.', 'The {KVR} programme paid for the vaccine.'],
    },
  },
  {
    id: 'ticker-of-a-token', outcome: Evidence.Term | Evidence.Ticker,
    reason: 'Crypto copy prints a token\'s ticker in capitals like a body\'s initials: an all-capital word that a token noun names (list token-nouns: "its KVX token", "the KVX governance token", "its USDK stablecoin", "Its own token, KVX,", "KVX, the exchange\'s native token,") is a traded thing, not a body; kind-by-use makes every use of it ("KVX fell 60%", "holds no KVX") the thing unless one shows a body (it speaks, a body\'s head noun; a price move does not, as a token\'s price moves as a share\'s does).',
    when: namesToken,
    examples: {
      yes: ['Its {KVX} token fell 60% on Friday.', 'The fund holds no {KVX} tokens.', 'The fund sold its {MRD} governance token on Friday.', 'Its own token, {KVX}, has fallen 60% since Friday.',
        'Trading in {KVX}, the exchange\'s native token, was halted.', 'Holders of {USDK}, a dollar-pegged stablecoin the exchange issues, sold.'],
      no: ['The {KVX} said the token was a security.', 'The {KVX} said on Friday it would sue.', 'Holders of the {KVB}, the agency that rules on token sales, sold.',
        'The {FCA} token rules came into force on Friday.', 'An {FCA} coin ban came into force on Friday.'],
    },
  },
];

const PLACE_RULES: EvidenceRule[] = [
  {
    id: 'quoted-work-title', outcome: Evidence.Place,
    reason: 'Capitalised words filling a quotation right after "titled", "entitled", "headlined" or a verb of performing (list work-title-verbs) are the title of a work ("a review titled “Living With Tides”", "went on to perform “Harbour Water”"), a thing, whatever head noun ends them ("Water", "Trust"). So is a name of several words inside a quotation that the quotation classifier reads as a work\'s title (quoteKinds.ts: after a possessive, a work noun, "<maker> of" or "<maker> whose", or before "by X" / ", directed by X"): "Tarrow\'s “Copper Ladle”", "“Girl with a Kelso Jug” by Dana Vell"; not one opening with a known first name (a programme named after its host names the host too, "“Sunday with Dana Kelso”"), nor one word alone (a surname or a body\'s short name inside a programme\'s title is still that person or body).',
    when: context => {
      const { before, nameStart, nameEnd, after } = context;
      return (before !== undefined && has(WORK_TITLE_VERBS, before.lower)
        && OPENING_QUOTE_END.test(before.post + nameStart.pre) && (CLOSING_QUOTE_START.test(nameEnd.post + (after?.pre ?? '')) || glossClosesQuotation(context)))
        || ((context.multiWord || oneWordFillsQuotation(context) || cutFromQuotedRun(context))
          && ((!tagged(context.first, Tag.FirstName) && (context.first.lexicon & Tag.Person) === 0) || endsInProgrammeHead(context))
          && insideQuotedWorkTitle(context))
        || programmeFillsQuotation(context);
    },
    examples: {
      yes: ['A review titled “{Kelso Harbour Water}” is due next month.', 'A report entitled "{Marwick Rivers Trust}" came out.', 'The choir went on to perform “{Kelso Harbour Water}.”',
        'The museum paid £2m for “Girl with a {Copper Ladle}” by Idris Penhale on Tuesday.', 'Penhale\'s “{Copper Ladle}” sold for £1m.',
        '“The Ballad of {Kelderwick Fair}”, directed by Tom Wrede, opens tonight.', 'Kelso, the playwright whose “{Tarrow Tide}” ran for a year, spoke.',
        'Her second spot, titled “{Kelvar Tierra} (Our Land),” airs on Sunday.', 'She wrote “Harbour {Crew}” in 2009.', 'She told listeners of “The {Dana Wrell Show}” that she would run.'],
      no: ['A charity called “{Kelso Wings}” was set up.', 'A review by {Marwick Rivers Trust} is due next month.',
        '“We thank {Dana Kelso} for everything,” said Tom Wrede.', 'The museum paid £2m for “Girl with a {Copper Ladle},” said Idris Penhale.',
        'She told Vardo Radio\'s “Mornings with {Dana Kelso}” on Monday.', 'She told Vardo Radio\'s “Mornings with {Kelso}” on Monday.',
        'Her second spot, titled “{Kelvar Tierra} (Our Land) is a lie,” he said.', '“{Dana Wrell} will win,” Tom Brisk said of the show.'],
    },
  },
  {
    id: 'fictional-character', outcome: Evidence.Place | Evidence.Fictional,
    reason: 'A character of a series, a film or a book is a made-up person, a thing of the work, not a person the news is about: named after "the character" or "fictional" (list fiction-character-cues), before ", played by", or after a casting verb or an actor\'s "as" in a sentence about a work (lists casting-verbs, fiction-work-nouns: "X played Pell Maddox in the film", "the series stars X as Pell Maddox"). Every use of the name is the character (kind-by-use). The actor, after "played by" or before the casting verb, stays a person; sport\'s "played" needs the work noun.',
    when: isFictionalCharacter,
    examples: {
      yes: ['The character {Lorna Vale} runs for mayor in the show.', 'In the series, {Pell Maddox}, played by Anton Vesk, is a senator.', 'Anton Vesk played {Pell Maddox} in the film.',
        'The film stars Anton Vesk as {Pell Maddox}, a corrupt senator.', 'She was cast as {Ida Marr} in the new series.', 'The fictional {Frank Tull} is a ruthless congressman.'],
      no: ['Pell Maddox was played by {Anton Vesk} in the film.', 'Kelso played {Vardo} on Saturday.', 'He spoke as {Dana Wrell} watched.',
        'The character of {Dana Wrell} is not in doubt, her lawyer said.', 'She joined the film as {Ida Marr} left it.'],
    },
  },
  {
    id: 'party-adjective-ends-name', outcome: Evidence.Place,
    reason: '"Eventual Republican mayoral nominee X", "Likely Democratic candidate X": capitalised words ending in a party\'s adjective (list party-adjectives) before a lower-case word are a description before a post, no name: no person\'s name ends in "Democratic", and a body\'s name goes on with its head ("the Kelso Democratic Party").',
    when: ({ multiWord, last, after, orgHead, honorific }) => multiWord && !honorific && !orgHead && has(PARTY_ADJECTIVES, last.lower) && (after === undefined || !isCapitalised(after)),
    examples: {
      yes: ['{Eventual Republican} mayoral nominee Dana Wrell opened her office on Friday.'],
      no: ['The {Kelso Democratic Party} met on Monday.', 'Voters backed {Dana Wrell} on Monday.'],
    },
  },
  {
    id: 'place-and-party-member', outcome: Evidence.Place,
    reason: '"Vell, a Florence Republican who runs two bakeries,", "a Tarrow Democrat": "a" or "an", a capitalised word (a town, a state, a district) and a party member\'s noun (list party-member-nouns) describe a politician by where and which party; no name, though the town is a given name too.',
    when: ({ words, before, last, honorific }) => !honorific && words.length === 2 && before !== undefined && (before.text === 'a' || before.text === 'an') && has(PARTY_MEMBER_NOUNS, last.lower),
    examples: {
      yes: ['Jessamy Vell, a {Florence Republican} who runs two bakeries, said no.', 'Vell, a {Tarrow Democrat}, said no.'],
      no: ['Ada met {Dana Vell}, a Republican, on Monday.', 'A {Tarrow Republican Club} member said no.'],
    },
  },
  {
    id: 'handle-credit', outcome: Evidence.Place,
    reason: 'A social account\'s handle given as a writer\'s or a show\'s contact, not as a speaker or an actor: after a byline\'s bar ("By Dana Kelso | @DanaKFights") or after "follow him", "follow us", "at" closing a sign-off ("Follow him @DanaKFights.", "Hit us up at @CornerStoolPod."): no body or person of the article (an account a person or a body uses is named as them elsewhere).',
    when: isHandleCredit,
    examples: {
      yes: ['Dana Kelso covers boxing. Follow him @{DanaKFights}.', 'Hit us up at @{CornerStoolPod}.'],
      no: ['@{VardoAir} said flights would resume.', 'The champion kept his belt, {Dana Kelso} said.'],
    },
  },
  {
    id: 'section-label', outcome: Evidence.Place,
    reason: 'A known word alone between the bars of a section path above a headline ("Culture | Books", "What\'s On | Music", "News | Prizes") labels the page, no body, though it is a body\'s head noun ("Books" beside "Greyhound Books", "News"): it is no short form of a body of the article. A name of several words there is left alone (a masthead before its sections, "The Vardo Courier | Sport"), unless it comes after a bar and holds only common words the lexicon knows, none naming someone or somewhere ("The Vardo Courier | National News", "Kelso Gazette | Companies | Oil & Gas": energy and business pages). A word of a label joined by "&" is one too, beside a known word, though the lexicon does not know it ("DAILY KESTREL | TV & Showbiz": a tabloid\'s section), and so is a whole label of several words so joined after a bar ("The Kelso Ledger | Business | Autos & Transportation": a business paper\'s motoring pages). A legal or business outlet\'s section words count as known words (list section-label-words: "The Sentinel | Business | Law", "ClaimWise | Class Actions | Open Settlements").',
    when: isSectionLabel,
    examples: {
      yes: ['Culture | {Books}\nGreyhound Books buys a debut.', '{News} | Prizes\nA debut wins.', 'The Vardo Courier | {National News}\nA mine floods.',
        'Kelso Gazette | Companies | {Oil & Gas}\nShares jump.', 'The Vardo Courier | {Local News}\nA debut wins.', 'The Daily Kestrel | TV & {Showbiz}\nBoss quits.',
        'The Vardo Courier | Business | {Law}\nFirms merge.', 'Kelso Brief | {Class Actions} | Open Settlements\nA deal is approved.',
        'The Kelso Ledger | Business | {Autos & Transportation}\nA plant closes.'],
      no: ['{Greyhound Books} | Prizes\nA debut wins.', 'Greyhound Books | {Kelso}\nA debut wins.', 'They said {Books} would fall.', 'Sport | {Kelso Rovers}\nA win.', 'The Vardo Courier | {Kelso Rovers}\nA debut wins.'],
    },
  },
  {
    id: 'thing-noun-before', outcome: Evidence.Place | Evidence.Term,
    reason: '"the storm Idris", "the vessel Marwick", "the asteroid Pellan": a noun naming a kind of thing right before the name (a record\'s "single" after a word of release: "her debut single Paper Kite"), or before a naming verb right before it ("a gene called TRM4B", "a drug named Veltoxan"; a person is "named" too, so the noun decides). An abbreviation so named is a term (kind-by-use: every use of "TRM4B" is the gene).',
    when: ({ sentence, draft, before, twoBefore, nameStart, honorific }) => before !== undefined && (!isCapitalised(before) || flightCode(before, nameStart)) && !honorific
      && joined(before, nameStart) && (thingNounBefore(before, twoBefore) || namedAfterThingNoun(sentence, draft.first - 1)) && !isShippedTo(sentence, draft.first - 1, draft.last)
      && !isThingNounVerbAfterSubject(sentence, draft.first - 1),
    examples: {
      yes: ['Crews tracked the storm {Idris} overnight.', 'Dust from the asteroid {Pellan} reached the lab.', 'Carriers of a gene called {TRM4B} fell ill.', 'She took a drug named {Veltoxan} for a year.',
        'Her debut single {Paper Kite} spent a month at number one.', 'He stars in the streaming drama {Low Tide} this year.',
        'Tarrow Airways flight {TW} 218 turned back.', 'Searchers found debris from Tarrow Air Flight {TW218} on Friday.'],
      no: ['Crews tracked {Idris} overnight.', 'A boy named {Tom Wrede} fell ill.', 'Kelso ship {Ivo Marren} to Vardo for two picks.', 'The accounts for 2025-26 show {Ivo Marren} was paid a bonus.', 'Records show {Marren} kept the keys.', 'The pop star {Dana Kelso} fell ill.', 'The drug firm {Veltoxan} called a halt.', 'Not a single {Vardo} player was fit.', 'Flight Lieutenant {Dana Kelso} flew home.'],
    },
  },
  {
    id: 'funding-instrument-name', outcome: Evidence.Place,
    reason: '"through its Rapid Relief Window", "the Rapid Financing Facility": a name of two or more words, with no known first name, ending in a capitalised head of funding instruments (list funding-instrument-heads) names the instrument, a thing; read as a person\'s name of unknown words without this. Not a possessive ("the Kelso Facility\'s owners" may be a firm\'s).',
    when: ({ multiWord, last, first, nameEnd }) => multiWord && isCapitalised(last) && has(FUNDING_INSTRUMENT_HEADS, nameWord(last).toLowerCase()) && !isKnownFirstName(first) && !isPossessive(nameEnd),
    examples: {
      yes: ['The money comes through its {Rapid Relief Window} this year.', 'Loans from the {Rapid Financing Facility} were approved.'],
      no: ['The money comes through {Dana Kelso} this year.', 'The money comes from the {Kelso Response Fund} this year.'],
    },
  },
  {
    id: 'scheme-noun-after', outcome: Evidence.Place,
    reason: '"the Vardo Heritage programme", "under the Tarrow Warm Homes scheme": a name of two or more words with no first name and no body\'s head, right before a lower-case noun of schemes (list scheme-nouns), names the scheme, a thing; "the Dana Kelso programme" (a first name) and "the Vardo Council scheme" (a body\'s head) keep their readings.',
    when: context => {
      const noun = lowerNounAfter(context);
      return noun !== undefined && has(SCHEME_NOUNS, noun.lower) && context.multiWord && !context.orgHead && !isPossessive(context.nameEnd)
        && ((context.first.lexicon | context.first.tags) & Tag.FirstName) === 0;
    },
    examples: {
      yes: ['Families joined the {Kelso Heritage} programme last year.', 'Under the {Tarrow Clean Air} scheme, 400 buses were fitted.'],
      no: ['Families joined the {Dana Kelso} programme last year.', 'Families joined the {Vardo Council} scheme last year.', 'Families joined {Kelso Heritage} last year.'],
    },
  },
  {
    id: 'works-site-after-owner', outcome: Evidence.Place,
    reason: '"its Kelso yard", "their Vardo plant", "its Tarrow base": a name of one or two words between "its" or "their" and a lower-case noun of a works or a site (list works-site-nouns) is the town the owner\'s site stands in, a place; the owner is the possessive. Not a name with a body\'s head or a first name ("its Kelso Shipbuilding yard", "their Dana Kelso site"), nor a possessive.',
    when: context => (context.before?.lower === 'its' || context.before?.lower === 'their') && context.words.length <= 2 && !context.orgHead && !isPossessive(context.nameEnd)
      && ((context.first.lexicon | context.first.tags) & Tag.FirstName) === 0 && worksSiteNounAfter(context),
    examples: {
      yes: ['First steel will be cut at its {Kelso} yard in 2028.', 'The firm will close their {Vardo} plant next year.'],
      no: ['First steel will be cut at the {Kelso} yard in 2028.', 'The firm sold its {Kelso Shipbuilding} yard.', 'Staff at its {Kelso} unit were told.'],
    },
  },
  {
    id: 'installation-noun-after', outcome: Evidence.Place,
    reason: '"the Halvik A platform", "the Orsund copper mine", "the Tarrow electrification cable": a name after "the" and before a lower-case noun of an energy or mining installation (list installation-nouns), with up to two lower-case words of its trade between, names the installation, a place (as a ship is a thing): energy and mining copy names fields, platforms, mines and pipelines after places. Not a name with a body\'s head or a first name ("the Kelso Mining mine", "the Dana Kelso rig"), nor a possessive.',
    when: context => context.before?.lower === 'the' && !context.orgHead && !isPossessive(context.nameEnd)
      && ((context.first.lexicon | context.first.tags) & Tag.FirstName) === 0 && installationNounAfter(context.sentence, context.draft.last),
    examples: {
      yes: ['The wall of the {Orsund} copper mine gave way.', 'Gas will flow to the {Halvik A} platform.', 'Power will come via the {Tarrow} electrification cable.'],
      no: ['The wall of {Orsund Mining}\'s mine gave way.', 'The {Orsund} board met on Monday.', 'Gas will flow to {Halvik} next year.',
        'The {ORA} said concession fares would not change.'],
    },
  },
  {
    id: 'course-named-after', outcome: Evidence.Place,
    reason: '"on the Anton Kelder piste", "the Marta Brill course", "crashed at the Ziegler jump": a name between "the" and a lower-case noun of a sports course or its feature (list course-nouns) names the course, a place, though it is a person\'s name: pistes, jumps and circuits are named after champions and pioneers, who are no mention there. Not a possessive ("the Dana Kelso\'s course"), nor a name with a body\'s head ("the Kelso Ski Club course" is the club\'s).',
    when: context => {
      const noun = lowerNounAfter(context);
      return noun !== undefined && has(COURSE_NOUNS, noun.lower) && afterTheAndMeasure(context.sentence, context.draft.first)
        && !context.orgHead && !context.honorific && !isPossessive(context.nameEnd);
    },
    examples: {
      yes: ['He won on the {Anton Kelder} piste in 2019.', 'She set a record on the {Marta Brill} course.', 'He crashed at the {Ziegler} jump.', 'He won on the 3,445-metre {Anton Kelder} course.'],
      no: ['He skied with {Anton Kelder} in 2019.', 'The {Kelso Ski Club} course was closed.', 'The piste of {Anton Kelder} was closed.'],
    },
  },
  {
    id: 'title-before-maker-noun', outcome: Evidence.Place,
    reason: '"the Paper Kite hitmaker": a name between "the" and a noun of a work\'s maker (list work-maker-nouns) is the work\'s title, a thing; showbiz copy calls a singer by her hit.',
    when: ({ before, after, nameStart, nameEnd, honorific }) => !honorific && before?.lower === 'the' && after !== undefined && !isCapitalised(after)
      && has(WORK_MAKER_NOUNS, after.lower) && joined(before, nameStart) && joined(nameEnd, after),
    examples: { yes: ['The {Paper Kite} hitmaker announced a tour.'], no: ['The {Paper Kite} singer announced a tour.', '{Vessa}, the hitmaker, announced a tour.'] },
  },
  {
    id: 'room-of-an-owner', outcome: Evidence.Place,
    reason: '"the museum\'s Long Gallery", "the hotel\'s Crystal Ballroom": a name ending in a room\'s noun (list room-nouns) right after a building\'s owner named by a lower-case noun in the possessive is a room of that building, a thing. A place\'s possessive ("Vardo\'s National Gallery") owns a body, not a room.',
    when: ({ before, nameStart, words, multiWord }) => multiWord && before !== undefined && isPossessive(before) && /^\s+$/.test(before.post + nameStart.pre)
      && has(ROOM_NOUNS, words[words.length - 1].lower) && !isCapitalised(before),
    examples: {
      yes: ['The painting will hang in the museum\'s {Long Gallery} from May.', 'Guests filled the hotel\'s {Crystal Ballroom} on Friday.'],
      no: ['The painting will hang in Vardo\'s {National Gallery} from May.', 'The painting will hang in the {Long Gallery} from May.', 'The museum\'s {Dana Kelso} said so.'],
    },
  },
  {
    id: 'named-vessel', outcome: Evidence.Place | Evidence.Vessel,
    reason: 'A ship or a train is a thing, not a body or a person, though named like either ("the Kestrel Dawn"): people are aboard it or its crew, or an appositive calls it a ship ("X, a Dutch-flagged tanker,"), or a naming verb after a ship\'s or a train\'s noun gives the name ("a ferry named the X", "a locomotive called X"), or a ship\'s prefix stands before it ("the MV X", "HMS X"; list ship-prefixes), or it stands with "the" in apposition after a ship\'s noun ("Its fast boat, the X,"), as rescue copy names charities\' ships and lifeboats after people. Every use of the name is the ship (kind-by-use).',
    when: isVesselUse,
    examples: {
      yes: ['A ferry named the {Orrin Lass} ran aground.', 'The crew of the {Kestrel Dawn} must be freed.', 'The 14 men aboard the {Kestrel Dawn} are unwell.', 'Coastguards boarded the {Kestrel Dawn}, a Dutch-flagged tanker, in March.',
        'The men aboard {Marlow Star} were freed.', 'The ferry line withdrew the ro-pax {Sorrel Dawn} from service.', 'Smoke filled the tanker {Orrin Lass} at dawn.',
        'The {Sorrel Dawn}, a Maltese-flagged ro-pax ferry operated by Vardo Lines, turned back.', 'The charity ship MV {Marta Kelso} took 90 people on board.',
        'Its lifeboat, the {Dana Overby}, was launched at dawn.', 'Rescuers reached the yacht Lady {Brenna Vail} at dawn.', 'Scientists on the research vessel Sir {Tom Fane} said it was calm.', 'Forty people sat on the deck of the {Marta Kelso} for a week.', 'She sailed on the {Dana Overby} as a medic.'],
      no: ['The chair of the {Kestrel Dawn} trust must be freed.', 'Kelso ship {Dana Overby} to Vardo in a four-player deal.', 'The 14 men at the {Kestrel Dawn} office are unwell.', 'Coastguards met {Dana Kelso}, a tanker captain, in March.',
        'The men on the board of {Marlow Star} were freed.', 'The crew of Captain {Dana Kelso} was freed.', 'The ship\'s master, Captain {Ilse Berg}, said it was calm.', 'They found the yacht, Sir {Tom Fane} said.', '"We are all on board," {Dana Overby} said.', 'Forty mayors came on board {Dana Overby}\'s bid.',
        'Forty lawmakers flew aboard {Dana Overby}\'s plane.', 'A boy named {Tom Wrede} ran to the shore.', 'The tanker firm {Orrin Lass} was fined.',
        '{Dana Kelso}, a ferry captain trained by Vardo Lines, spoke.', 'They found the boat, {Dana Kelso} said.', 'It was the {Dana Overby} campaign that won.', 'This is the {Dana Overby} we knew.', 'He met the {Dana Overby} of old.', 'The gift came from the {Dana Overby Foundation}, it said.', 'Fans of the {Dana Panthers} cheered.', 'Before him spoke {Dana Kelso}, the Vardo sheriff and anti-tax hard-liner, to cheers.'],
    },
  },
  {
    id: 'court-panel', outcome: Evidence.Place,
    reason: '"A Division Bench of Justices X and Y", "told the Bench", "the Bench observed": the judges sitting on a case (list court-panel-words before "Bench", or "the Bench" alone) are a panel, neither a person nor a named body.',
    when: isCourtPanel,
    examples: { yes: ['A {Division Bench} of Justices Dana Kelso and Tom Wrede heard the case.', '“It is late,” the {Bench} observed.'], no: ['{Dana Bench} said the case was late.'] },
  },
  {
    id: 'committee-subject', outcome: Evidence.Place,
    reason: '"the Senate Commerce subcommittee on aviation", "chairwoman of the House Judiciary committee": capitalised words between a legislature\'s chamber and a lower-case committee\'s noun (list chamber-committee-words) are the committee\'s subject, a thing, not a person after a title nor a body of their own.',
    when: committeeSubject,
    examples: { yes: ['Dana Kelso, chairwoman of the Senate {Commerce} subcommittee on aviation, spoke first.', 'Tom Wrede, ranking member of the House {Judiciary} committee, said no.'], no: ['Her bill went to the {Senate Commerce Committee} on Monday.', 'The {Kelso} committee met on Monday.', 'She spoke to the Senate, {Tom Wrede} committee members said.'] },
  },
  {
    id: 'letter-compound-noun', outcome: Evidence.Place | Evidence.Term,
    reason: '"the share of A-level entries", "sales of T-shirts", "a share of X-ray scans", "a U-turn": one capital letter glued by a hyphen to a lower-case word is a common noun, capitalised by its letter, not a name, though a holding noun before it ("share of") reads a company; so are a school qualification\'s letters before "-level" (list qualification-level-letters: "AS-level grades"), which the tagger splits at the hyphen and reads as an abbreviation. A letter before a capitalised word ("T-Mobile", "X-Men") stays a name.',
    when: isLetterCompoundNoun,
    examples: {
      yes: ['The share of {A-level} entries fell.', 'Sales of {T-shirts} rose in May.', 'Results of {AS}-level exams rose.'],
      no: ['Shares of {T-Mobile} rose in May.', 'Shares in {AS Roma} rose.', 'Results of {AS} exams rose.'],
    },
  },
  {
    id: 'disease-name', outcome: Evidence.Place,
    reason: '"Bluetongue confirmed in Vardo herd", "Anthrax has been found near Kelso": a disease\'s or a pest\'s one-word name (list disease-names) is a thing, not a body that speaks or a person.',
    when: ({ words }) => words.length === 1 && has(DISEASE_NAMES, words[0].lower),
    examples: { yes: ['{Bluetongue} confirmed in Vardo herd as zone imposed.'], no: ['{Bluestone} confirmed in a statement that talks had failed.'] },
  },
  {
    id: 'drug-name-stem', outcome: Evidence.Place | Evidence.Term,
    reason: '"Dalcimab did not slow decline", "Velotinib, from Kelso Bio,", "Dalcimab\'s maker": a one-word name of seven letters or more that ends in a stem of medicines\' generic names (list drug-name-stems) is a medicine, written lower-case in prose and capitalised only where it opens a sentence or a headline: a thing, no person and no body (kind-by-use: every use of the name is the medicine).',
    when: ({ words, honorific }) => words.length === 1 && !honorific && isDrugName(words[0]),
    examples: {
      yes: ['{Dalcimab} did not slow decline in the trial.', '{Velotinib}, from Kelso Bio, failed.', 'Kelso Bio said {Dalcimab}\'s maker would cut jobs.'],
      no: ['{Dalcima} did not slow decline in the trial.', '{Intercept} reported the story first.', '{Rajab} said the trial failed.'],
    },
  },
  {
    id: 'eponym-condition-alone', outcome: Evidence.Place | Evidence.Term,
    reason: '"diagnosed with Alzheimer\'s six years ago", "people living with Parkinson\'s", "No drug slows Huntington\'s.": health copy writes a condition named after a physician by his possessive surname alone (list eponym-conditions), after a word of illness (list condition-cues) or before punctuation: a thing, not a person or a body, also where it was cut off the body named after the condition that a capitalised word goes on with ("the charity Alzheimer\'s Families Coalition": the body keeps the words after it). Not before a lower-case noun without a word of illness before it ("Parkinson\'s goal" in a match report).',
    when: eponymConditionAlone,
    examples: {
      yes: ['Her husband was diagnosed with {Alzheimer}\'s six years ago.', 'People living with {Parkinson}\'s want answers.', 'No drug slows {Huntington}\'s.'],
      no: ['{Parkinson}\'s goal won the game.', 'Fans cheered {Parkinson}\'s goal.'],
    },
  },
  {
    id: 'medicine-appositive', outcome: Evidence.Place | Evidence.Term,
    reason: '"Corvana, Tarrow Pharma\'s once-daily pill for gout,", "Velmaris, the company\'s injection,": an appositive whose noun phrase ends in a noun of medicines (list medicine-nouns), after an article, a possessive determiner or a company\'s possessive name and lower-case modifiers, makes the name before it a brand of medicine, a thing, though a company stands in the appositive (body-appositive would read the brand as that body). Not a noun that goes on to another noun ("X, a drug company,", "X, a drug dealer,").',
    when: isMedicineAppositive,
    examples: {
      yes: ['Regulators approved {Corvana}, Tarrow Pharma\'s once-daily pill for gout.', '{Velmaris}, the company\'s injection, was approved last year.', 'Doctors prefer {Ostrel}, a nasal spray approved in May.'],
      no: ['{Kelso Bio}, a drug company, said so.', '{Dana Kelso}, a drug dealer, was jailed.', '{Kelso}, the company\'s chief executive, said so.'],
    },
  },
  {
    id: 'hyphenated-places', outcome: Evidence.Place,
    reason: '"the U.S.-Kelso border", "Franco-Vardian talks": one word that joins places by hyphens names a relation between them, not a body or a person.',
    when: ({ words }) => words.length === 1 && hyphenatedPlaces(words[0].text),
    examples: { yes: ['Crossings on the {U.S.-Canada} border fell.'], no: ['Shares of {Hewlett-Packard} fell.'] },
  },
  {
    id: 'state-after-town', outcome: Evidence.Place,
    reason: '"Kelso, Ky.", "Marwick, Calif.", "Dunmore, TX", "Sen. X (Ky.)": a US state abbreviated after a town and a comma, or in brackets after a name, is the state, a place; alone it would read as a body\'s abbreviation or a person\'s name.',
    when: stateAfterTown,
    examples: {
      yes: ['Dana Kelso, a teacher from Marwick, {Ky}., said the plan was sound.', 'She grew up in Dunmore, {TX}, near the river.',
        'Sen. Dana Marr ({Ky}.) filed a bill on Monday.', 'She runs a bakery in Lake Ardley, {Wis}. Sales are up.'],
      no: ['The {KVR} said the talks failed.', 'Prices rose, {TX} said on Monday.', 'Talks with Vardo, {TXR}, failed.'],
    },
  },
  {
    id: 'home-town-after-age', outcome: Evidence.Place,
    reason: '"Kelly, 38, from Dunmore, said", "Tom Wrede, 71, of Tarrow Vale": the name after "from" or "of" right after an age set off by commas is where the person named before lives, a place, not a speaker of the words that follow. Not a name ending in a body\'s head (list org-heads): "PC X, 31, of Tarrow Constabulary," is the officer\'s force, a body.',
    when: ({ sentence, draft, before, nameStart, honorific }) => !honorific && before !== undefined && (before.lower === 'from' || before.lower === 'of') && !isCapitalised(before)
      && joined(before, nameStart) && draft.first >= 3 && /^\d{1,3}$/.test(sentence[draft.first - 2].text) && /^,\s+$/.test(sentence[draft.first - 2].post)
      && /^,\s+$/.test(sentence[draft.first - 3].post) && !has(ORG_HEADS, nameWord(sentence[draft.last])),
    examples: {
      yes: ['Kelly, 38, from {Ashby Moor}, said the cabin filled with haze.', 'Tom Wrede, 71, of {Tarrow Vale} said he heard a bang.'],
      no: ['Kelly, 38, said {Ashby Moor} was cold.', 'A man from {Ashby Moor} said the cabin filled with haze.', 'Sales rose 38, from {Vardo Foods} alone.',
        'PC Dana Kelso, 31, of {Tarrow Constabulary}, was dismissed.', 'Tom Wrede, 44, of {Vardo Police}\'s dog unit, gave evidence.'],
    },
  },
  {
    id: 'constituency-after-member', outcome: Evidence.Place,
    reason: '"Dana Kelso, MP for Marwick North,", "the member for Dunmore": the name right after a seat-holder\'s title and "for" (list constituency-members) is the constituency, a place.',
    when: constituencyOf,
    examples: {
      yes: ['Dana Kelso, MP for {Marwick North}, said the plan was wrong.', 'The plan was backed by Ed Vellis, the Labour MP for {Carrow West}.', 'The member for {Dunmore} spoke first.',
        'The Member for {Tarrow}, Ivo Sandal, backed the plan.'],
      no: ['Dana Kelso, an adviser for {Marwick North}, said the plan was wrong.', 'He voted for {Dana Kelso} as MP.'],
    },
  },
  {
    id: 'portfolio-after-minister', outcome: Evidence.Place,
    reason: '"the Minister for Coastal Affairs, X,", "Assistant Minister for Regional Transport": the capitalised words after a minister\'s title and "for"/"of" (list portfolio-holders) name the brief, neither a person nor a body; a government body named there keeps its head ("Minister for the Cabinet Office": kind rule government-body-of-place-words).',
    when: portfolioOfMinister,
    examples: {
      yes: ['The Minister for {Coastal Affairs}, Tom Vell, resigned.', 'Tom Vell, the Minister for the {Rural Environment}, resigned.', 'She became Minister of {Rural Roads} in May.'],
      no: ['The director of {Coastal Affairs}, Tom Vell, resigned.', 'The Minister met {Tom Vell} for talks.'],
    },
  },
  {
    id: 'field-of-post-at-body', outcome: Evidence.Place,
    reason: '"X, Director of Rural Clinic Services at the Vardo Health Ministry,", "Head of Field Supply at the Vardo Vaccine Fund": the capitalised words right after a capitalised post\'s head and "of" (list field-post-heads) and right before "at" and the body that holds the post (a capitalised name, with or without "the") are the post\'s field, part of the title, not a body, though they end in a body\'s head; without "at" and a body after them they may be the body itself ("Director of Kelso Water Services").',
    when: fieldOfPostAtBody,
    examples: {
      yes: ['Dana Kelso, Director of {Rural Clinic Services} at the Vardo Health Ministry, said so.', 'Tom Wrede, Head of {Field Supply} at KVF, agreed.'],
      no: ['Dana Kelso, Director of {Kelso Water Services}, said so.', 'Dana Kelso, director of {Kelso Water Services} at the weekend, said so.', 'The director of {Coastal Affairs}, Tom Vell, resigned.'],
    },
  },
  {
    id: 'field-after-post-comma', outcome: Evidence.Place,
    reason: '"said X, Senior Officer, Cold Storage and Supply, at the Vaccine Fund": international bodies print a post\'s field after its title and a comma, then the body after another comma and "at"/"of"; the capitalised words between a capitalised title head (list title-heads) and ", at"/", of" are that field, part of the post, not a person the title is given to. A name after such a title that ends otherwise ("The chief executive, Dana Kelso, said") is still the holder.',
    when: fieldAfterPostComma,
    examples: {
      yes: ['"It is too small," said Tom Wrede, Senior Officer, {Cold Storage} and Supply, at the Kelso Vaccine Fund.', 'Dana Kelso, Director, {Health Emergencies}, at KVF, said so.'],
      no: ['The Senior Manager, {Tom Wrede}, said so.', 'The manager, {Dana Kelso}, at the time a nurse, said so.'],
    },
  },
  {
    id: 'portfolio-list-item', outcome: Evidence.Place,
    reason: '"Minister for Arts, Heritage and the Islands, X", "Secretary of State for Towns, Housing and Communities, X", "Minister of Lakes-Inland Waters": the later items of a list of portfolios after a minister\'s or secretary\'s title (list portfolio-list-holders) are the brief, not people; read as a person called "Heritage" holding the post without this. An item after a comma counts only while an "and" is still to come, so the holder named after the list keeps the name.',
    when: portfolioListItem,
    examples: {
      yes: ['The Minister for Arts, {Heritage} and the Islands, Nora Kell, opened it.', 'The Secretary of State for Towns, Housing and {Communities}, Tom Vell, spoke.', 'The Minister of Lakes-{Inland Waters}, Tom Vell, spoke.'],
      no: ['The Minister for Arts, {Nora Kell}, opened it.', 'The Minister for Arts and Heritage, {Nora Kell}, opened it.', 'The Minister met {Tom Vell} and Nora Kell.',
        'Minister of State {Tom Vell} held talks.'],
    },
  },
  {
    id: 'seat-before-member', outcome: Evidence.Place,
    reason: '"Marwick North\'s MP", "Orrin Vale\'s federal MP": a possessive right before a seat-holder\'s abbreviated title (list constituency-members, "member" aside: "Dana Kelso\'s member of staff"), past a word of the level or the time, names the seat, a place; the MP is its member, not its employee.',
    when: seatBeforeMember,
    examples: {
      yes: ['{Orrin Vale}\'s federal MP, Dana Kelso, spoke first.', '{Halden Moor}\'s MP was not at the count.'],
      no: ['{Orrin Vale}\'s federal grant was cut.', '{Dana Kelso}\'s member of staff was not at the count.'],
    },
  },
  {
    id: 'seat-represented', outcome: Evidence.Place,
    reason: '"X, who represents Halden Moor,": a seat-holder\'s relative clause names the constituency, a place. Not a client ("who represents Dana Kelso": a given name; "who represents Vardo Holdings": a body\'s head; "who represents Kelso": one word, a surname as often as a town).',
    when: ({ before, twoBefore, multiWord, first, orgHead, honorific }) => multiWord && !orgHead && !honorific && !isKnownFirstName(first)
      && twoBefore?.lower === 'who' && (before?.lower === 'represents' || before?.lower === 'represented'),
    examples: {
      yes: ['Dana Kelso, who represents {Halden Moor}, spoke first.'],
      no: ['Tom Vell, who represents {Dana Kelso}, spoke first.', 'Tom Vell, who represents {Vardo Holdings}, spoke first.', 'Tom Vell, who met {Halden Moor}, spoke first.'],
    },
  },
  {
    id: 'seat-won-by-party', outcome: Evidence.Place,
    reason: '"Labour wins Marrowby West as …", "Labour took Marrowby West from the Conservatives": two or more capitalised words right after a verb of an election result (list seat-win-verbs) whose subject, right before it, is a party\'s name or label, are the seat won, a place, though a compass word ends surnames too. Not with a known given name ("Labour won Dana Kelso over"), a body\'s head or an honorific.',
    when: ({ before, twoBefore, multiWord, first, orgHead, honorific }) => multiWord && !orgHead && !honorific && !isKnownFirstName(first)
      && before !== undefined && !isCapitalised(before) && has(SEAT_WIN_VERBS, before.lower) && twoBefore !== undefined && isCapitalised(twoBefore)
      && isPartyWord(twoBefore.lower) && joined(twoBefore, before),
    examples: {
      yes: ['Labour wins {Marrowby West} as the vote falls.', 'Labour took {Marrowby West} from the Conservatives on Friday.'],
      no: ['Dana Kelso took {Marrowby West} to court.', 'Labour wins {Dana West} over, said the paper.', 'Labour met {Marrowby West} on Friday.'],
    },
  },
  {
    id: 'trades-as', outcome: Evidence.OrgTag,
    reason: '"The firms, which will trade as Hartley Pryce Vane from June,", "a shop trading as Kelso Marr": the name a business trades under, after a form of "trade" and "as", is a body, though named after its founders; a known given name or an honorific keeps a person.',
    when: ({ before, twoBefore, first, honorific }) => !honorific && !isKnownFirstName(first) && before?.lower === 'as'
      && twoBefore !== undefined && /^(?:trade|trades|traded|trading)$/.test(twoBefore.lower) && joined(twoBefore, before),
    examples: {
      yes: ['The firms, which will trade as {Hartley Pryce Vane} from June, voted.', 'It is a shop trading as {Kelso Marr}.'],
      no: ['The firms, which will trade as {Dana Kelso} from June, voted.', 'The firms, which will merge as {Hartley Pryce Vane} from June, voted.'],
    },
  },
  {
    id: 'listed-beside-a-firm-by-form', outcome: Evidence.OrgTag,
    reason: '"Hartley Vane and Pryce & Kendrick agree to merge": a name listed by "and" before a firm whose name shows its form (an ampersand between capitalised words, a legal form such as "LLP" at its end) is a firm too, though named after its founders, as mergers, panels and advisers list them; a known given name or an honorific keeps a person ("Dana Kelso and Pryce & Kendrick").',
    when: context => !context.honorific && context.multiWord && !isKnownFirstName(context.first) && listedBesideFirmByForm(context),
    examples: {
      yes: ['{Hartley Vane} and Pryce & Kendrick agree to merge.', 'Talks between {Hartley Vane} and London-based Marwick & Ellis ended.'],
      no: ['{Dana Kelso} and Pryce & Kendrick agree to merge.', '{Hartley Vane} and Marwick Ellis agree to merge.', '{Hartley Vane} and the firm agree to merge.'],
    },
  },
  {
    id: 'named-after-body-noun', outcome: Evidence.OrgTag,
    reason: '"The merged firm, to be called Hartley Pryce Vane, …", "a new company called Kelso Marr": the name a naming verb gives (list naming-verbs) to a noun that names a kind of body (list org-nouns-after) is that body\'s, though named after its founders; a known given name or an honorific keeps a person.',
    when: context => !context.honorific && !isKnownFirstName(context.first) && namedAfterBodyNoun(context),
    examples: {
      yes: ['The merged firm, to be called {Hartley Pryce Vane}, opens in May.', 'They set up a new company called {Kelso Marr}.'],
      no: ['They set up a new company called {Dana Kelso}.', 'They met a man called {Kelso Marr}.', 'The firm was sued by a client called {Kelso Marr}.'],
    },
  },
  {
    id: 'outlet-scoop-formula', outcome: Evidence.OrgTag,
    reason: '"Five partners have resigned, Counsel Weekly understands.", "…, Vardo Insider can reveal.": a name between a comma and a publication\'s formula for its own scoop that closes the sentence (list outlet-scoop-verbs) is the outlet, a body, though named like a person; a known given name or an honorific keeps a person.',
    when: context => !context.honorific && !isKnownFirstName(context.first) && closesScoopFormula(context),
    examples: {
      yes: ['Five partners have resigned, {Marlow Brief} understands.', 'The firms will merge in May, {Counsel Weekly} can reveal.'],
      no: ['Five partners have resigned, {Dana Kelso} understands.', 'Five partners have resigned, {Marlow Brief} understands the reason.', 'Five partners have resigned, {Marlow Brief} can confirm.'],
    },
  },
  {
    id: 'deal-adviser', outcome: Evidence.OrgTag,
    reason: '"Orrin Pell is acting as lead financial adviser to Marwick Group": the subject of "acting as" a post a bank, a broker or a law firm holds in a deal (list deal-adviser-nouns), with "to"/"on"/"for" after it, is that firm, though named like a person; a known given name or an honorific keeps a person ("Dana Kelso is acting as adviser to the board").',
    when: context => !context.honorific && !isKnownFirstName(context.first) && actsAsDealAdviser(context),
    examples: {
      yes: ['{Orrin Pell} is acting as lead financial adviser to Marwick Group.', '{Halvard Stone} acted as joint broker on the sale.'],
      no: ['{Dana Kelso} is acting as adviser to the board.', '{Orrin Pell} is acting as chair of the board.', '{Orrin Pell} is a financial adviser to Marwick Group.'],
    },
  },
  {
    id: 'listed-beside-body-of-a-trade', outcome: Evidence.OrgTag,
    reason: '"advised by Brandt Tollis and the law firm Penrose Hale": a name listed by "and" before "the", a word of a trade and a body noun naming the next one (as rule body-of-a-trade-before reads it) is a body of that kind too, though named like a person; a known given name or an honorific keeps a person.',
    when: context => !context.honorific && context.multiWord && !isKnownFirstName(context.first) && listedBeforeTradeBody(context),
    examples: {
      yes: ['Kelderwick is advised by {Brandt Tollis} and the law firm Penrose Hale.'],
      no: ['Kelderwick is advised by {Dana Kelso} and the law firm Penrose Hale.', 'Kelderwick is advised by {Brandt Tollis} and the firm Penrose Hale.', 'Kelderwick is advised by {Brandt Tollis}, and the law firm Penrose Hale agreed.'],
    },
  },
  {
    id: 'place-noun-of', outcome: Evidence.Place,
    reason: '"the city of Marwick", "the resort of Kelto Bay": a place noun and "of" before the name.',
    when: ({ before, twoBefore, honorific }) => before?.lower === 'of' && twoBefore !== undefined && !isCapitalised(twoBefore)
      && has(PLACE_NOUNS_BEFORE_OF, twoBefore.lower) && !honorific,
    examples: { yes: ['Fighting reached the city of {Marwick} on Sunday.'], no: ['Fighting reached the home of {Marwick} on Sunday.'] },
  },
  {
    id: 'jurisdiction-after-post-of', outcome: Evidence.Place | Evidence.Within | Evidence.Jurisdiction,
    reason: '"elected Mayor of Tarrow Vale", "the mayor of Kelso Moor", "Governor of Orrin Province": the capitalised words right after a post held over a town or a region (list jurisdiction-holders, capitalised or not) and "of" are the place it is held over, also where they are words the lexicon does not know and read elsewhere as a person who "says" something ("Labour\'s win in Tarrow Vale says little"). Not a name with a body\'s head ("Governor of Orrin Reserve Bank"), nor after an honorific.',
    when: ({ before, twoBefore, nameStart, honorific, orgHead }) => before?.lower === 'of' && twoBefore !== undefined && has(JURISDICTION_HOLDERS, twoBefore.lower)
      && joined(twoBefore, before) && joined(before, nameStart) && !honorific && !orgHead,
    examples: {
      yes: ['Dana Kelso was elected Mayor of {Tarrow Vale} on Friday.', 'She ended eight years as the mayor of {Kelso Moor}.'],
      no: ['Dana Kelso was elected leader of {Tarrow Vale} on Friday.', 'She was named Governor of {Orrin Reserve Bank} in May.'],
    },
  },
  {
    id: 'place-noun-appositive', outcome: Evidence.Place,
    reason: '"the country\'s capital, Port Salvo, …": a place noun and a comma before a closed appositive name.',
    when: ({ before, nameEnd, first, honorific }) => before !== undefined && !isCapitalised(before) && has(PLACE_NOUNS_BEFORE_OF, before.lower)
      && /^,\s+$/.test(before.post) && /^[,.;]/.test(nameEnd.post) && !honorific && !tagged(first, Tag.FirstName),
    examples: { yes: ['Talks opened in the capital, {Port Salvo}, on Monday.'], no: ['Talks opened in the capital, {Dana Whitlock}, on Monday.'] },
  },
  {
    id: 'group-of-people', outcome: Evidence.Place,
    reason: 'A word naming people by faith, ethnicity or generation ("Latinos", "Jewish", "Millennials") is a group, not a person or a body, like a nationality.',
    when: ({ words }) => words.length === 1 && has(PEOPLE_GROUP_WORDS, words[0].lower),
    examples: { yes: ['{Latinos} said the debate ignored them.'], no: ['{Lattimore} said the debate ignored them.'] },
  },
  {
    id: 'person-by-nationality', outcome: Evidence.Place,
    reason: 'A noun naming one person by nationality ("the Dutchman", "the Dane", "his fellow Dane"; list NATIONALITY_PERSON_NOUNS) after a determiner, or a determiner and one modifier, refers back to someone named elsewhere, like a nationality: no name, and no body however often it is the subject of a reporting verb ("the Dutchman asked …"), also after a sentence\'s capitalised "The". Not without the determiner, where the word may be a name ("and Dane asked", "Finn said").',
    when: isNationalityNoun,
    examples: {
      yes: ['Sandell argued the call, and the {Dutchman} asked the umpire to look.', 'Sandell lost, and his fellow {Dane} left the court early.', 'Sandell lost. The {Frenchman} left the court early.'],
      no: ['Sandell argued the call, and {Dane} asked the umpire to look.', 'The ball was out, {Finn} said.'],
    },
  },
  {
    id: 'place-and-group-of-people', outcome: Evidence.Place,
    reason: 'A place before a plural word naming people by faith or ethnicity ("Dorrowa Anglicans elect a bishop", "Port Vardo Muslims") is that place\'s people, a group like a nationality, not a person; a first name opens a person\'s name whatever its last word, and a body\'s head keeps its name ("the Kelso Association of Anglicans").',
    when: ({ words, first, orgHead }) => words.length >= 2 && /s$/.test(words[words.length - 1].lower) && has(PEOPLE_GROUP_WORDS, words[words.length - 1].lower)
      && !tagged(first, Tag.FirstName) && !orgHead,
    examples: { yes: ['{Dorrowa Anglicans} elect a new archbishop.'], no: ['{Dana Christians} said the vote was fair.', 'The {Kelso Association of Anglicans} met on Monday.'] },
  },
  {
    id: 'plural-abbreviation', outcome: Evidence.Place,
    reason: 'An abbreviation with a plural "s" ("PACs", "NGOs") names a kind of body, not one body.',
    when: ({ words }) => words.length === 1 && /^\p{Lu}{2,}s$/u.test(words[0].text),
    examples: { yes: ['Several {PACs} spent heavily in March.'], no: ['The {PAC} spent heavily in March.'] },
  },
  {
    id: 'kind-abbreviation', outcome: Evidence.Place,
    reason: 'An abbreviation naming a kind of body ("a super PAC", "the PAC\'s president", "an NGO"; list kind-abbreviations) is a common noun when it stands alone.',
    when: ({ words }) => words.length === 1 && isAllCaps(words[0]) && has(KIND_ABBREVIATIONS, nameWord(words[0])),
    examples: { yes: ['A super {PAC} backing Kelso spent heavily.'], no: ['The {Harbor Voters PAC} spent heavily.'] },
  },
  {
    id: 'title-initials', outcome: Evidence.Place,
    reason: '"the DA\'s office said", "the AG announced": the initials of a public office (list title-initials) stand for its holder or the office, a title, not a body\'s name; the office itself is named in full elsewhere ("Tarlow County District Attorney\'s Office").',
    when: ({ words }) => words.length === 1 && isAllCaps(words[0]) && has(TITLE_INITIALS, nameWord(words[0])),
    examples: { yes: ['In a statement, the {DA}\'s office said the case was closed.'], no: ['In a statement, the {KDA}\'s office said the case was closed.'] },
  },
  {
    id: 'initials-of-title-before', outcome: Evidence.Place,
    reason: '"the Resident Electoral Commissioner (REC) in Vardo State": capitals in brackets that spell the capitalised title right before them (its last word a title head) abbreviate the post, not a body\'s name.',
    when: initialsOfTitleBefore,
    examples: {
      yes: ['The Resident Electoral Commissioner ({REC}) in Vardo State, Dr Dana Kelso, spoke.', 'The Chief Returning Officer ({CRO}) said the count was over.'],
      no: ['The Harbour Electoral Commission ({HEC}) said the count was over.', 'The Chief Returning Officer ({HEC}) said the count was over.',
        'The Defence Procurement Executive ({DPE}) confirmed the order.'],
    },
  },
  {
    id: 'eponym-of-condition', outcome: Evidence.Place,
    reason: '"Alzheimer\'s disease", "Kelso\'s syndrome": a possessive name before a condition noun is part of the condition\'s name.',
    when: ({ after, last }) => isPossessive(last) && after !== undefined && has(EPONYM_NOUNS, after.lower),
    examples: { yes: ['Research on {Alzheimer}\'s disease grew.'], no: ['Research on {Alzheimer}\'s estate grew.'] },
  },
  {
    id: 'time-of-day', outcome: Evidence.Place,
    reason: '"Published 9:12 PM EST", "Updated 6:05 AM": the half of the day and a time zone after a clock time (list clock-words) are part of a time, a thing, though capitalised.',
    when: ({ words, before }) => words.every(token => has(CLOCK_WORDS, token.lower))
      && (words.some(token => token.lower === 'am' || token.lower === 'pm') || /^\d{1,2}(?::\d\d)?$/.test(before?.text ?? '')),
    examples: {
      yes: ['Published: Apr. 3, 2026 at 9:12 {PM EST}', 'Updated: June 9, 2026 at 6:05 {AM CDT}', 'Posted: Aug 14, 2026 9:12 {PM ET} | Last Updated: 2 hours ago'],
      no: ['The {EST} plant said it would close.', 'Published by {Dana Kelso} at 9:12 PM EST'],
    },
  },
  {
    id: 'central-district-name', outcome: Evidence.Place,
    reason: '"Tarrow Central", "the people of Kelso Central": a town\'s word and a compass word that is no surname (list district-closing-compass-words) name a constituency, a district or a station, a place; not where a known given name opens it or a body\'s head closes it.',
    when: ({ words, multiWord, honorific, orgHead, first, last }) => multiWord && !honorific && !orgHead && last === words[words.length - 1]
      && isCapitalised(last) && has(DISTRICT_CLOSING_COMPASS_WORDS, last.lower) && !isKnownFirstName(first),
    examples: {
      yes: ['Voters in {Tarrow Central} queued before dawn.', 'He has represented {Vardo Central} since 2014.'],
      no: ['Voters met {Dana Kelso} before dawn.', 'Voters in {Tarrow North} queued before dawn.'],
    },
  },
  {
    id: 'event-head', outcome: Evidence.Place,
    reason: '"Cyclone Idris", "Operation Larkspur": a named storm or operation is a thing, like "the storm X".',
    when: ({ first, multiWord, honorific }) => multiWord && has(EVENT_HEADS, first.lower) && !honorific,
    examples: { yes: ['Crews braced for {Cyclone Idris} overnight.'], no: ['Crews braced for {Idris Calder} overnight.'] },
  },
  {
    id: 'launch-event-name', outcome: Evidence.Place,
    reason: '"the Vela Showcase", "Tarn Expo": a name of two words or more closed by a capitalised launch event\'s noun (list launch-event-ends) is a company\'s event, a thing, not a person; a body\'s head inside keeps it a body.',
    when: ({ last, multiWord, honorific, orgHead }) => multiWord && !honorific && !orgHead && isCapitalised(last) && has(LAUNCH_EVENT_ENDS, last.lower),
    examples: { yes: ['Fans queued for the {Vela Showcase} overnight.'], no: ['Fans queued for {Vela Shawcross} overnight.'] },
  },
  {
    id: 'meeting-event-name', outcome: Evidence.Place,
    reason: '"ministers met at the Harbour Safety Summit", "leaders at the Kelso Summit": a name of two words or more closed by a capitalised meeting\'s noun (list meeting-event-ends) is the meeting, a thing, not a person; a body\'s head inside keeps it a body.',
    when: ({ last, multiWord, honorific, orgHead }) => multiWord && !honorific && !orgHead && isCapitalised(last) && has(MEETING_EVENT_ENDS, last.lower),
    examples: { yes: ['Ministers met at the {Harbour Safety Summit} in June.'], no: ['Ministers met with {Harbour Sumner} in June.'] },
  },
  {
    id: 'numbered-meeting', outcome: Evidence.Place,
    reason: '"delegates at COP31 agreed", "ahead of CoP20", "COP is short for …", "the SB64 session closed": a recurring conference\'s abbreviation (list numbered-meeting-stems), alone or fused with its edition\'s number, or an abbreviation fused with a number before a lower-case meeting noun (list numbered-meeting-nouns), is the meeting, a thing, not a body that speaks; the number alone read as a body before.',
    when: isNumberedMeeting,
    examples: {
      yes: ['Delegates at {COP31} agreed a text on Sunday.', 'Talks ahead of {CoP20} stalled.', '{COP} is short for the meeting of the parties.', 'The {SB64} session closed in Bonn.', 'Envoys left the {KVR12} summit early.'],
      no: ['The {KVR} said the talks failed.', 'Leaders left the {G20} summit early.', 'The {CMA} said the merger was cleared.', 'The {KVR12} said the talks failed.'],
    },
  },
  {
    id: 'named-day', outcome: Evidence.Place,
    reason: '"sales on Black Friday", "the Cyber Monday rush": a weekday after a word that makes it a day\'s name (list weekday-event-words) names a day, a date, not a body that speaks or polls.',
    when: ({ words, first, last, multiWord, honorific }) => multiWord && words.length === 2 && !honorific && isCapitalised(last) && WEEKDAYS.has(last.lower) && has(WEEKDAY_EVENT_WORDS, first.lower),
    examples: { yes: ['Shoppers told pollsters the {Cyber Monday} deals were poor.'], no: ['Shoppers told {Vardo News} on Monday the deals were poor.'] },
  },
  {
    id: 'institution-poll', outcome: Evidence.OrgTag,
    reason: '"the Ridgeway University Poll had her ahead", "the final Kelso College Poll": a capitalised "Poll" (list poll-unit-ends) closing a name right after a body\'s head (list org-heads) names the institution\'s polling unit, a body; the name was otherwise left with no evidence at all, its head not last.',
    when: ({ words, last, honorific }) => words.length >= 3 && !honorific && isCapitalised(last) && has(POLL_UNIT_ENDS, last.lower) && has(ORG_HEADS, words[words.length - 2].lower),
    examples: { yes: ['The final {Ridgeway University Poll} had her ahead by six.'], no: ['The final {Iowa Straw Poll} had her ahead by six.'] },
  },
  {
    id: 'civic-day-name', outcome: Evidence.Place,
    reason: '"before Election Day, the union said", "on Primary Night": "Day" or "Night" after a word that makes it a civic or calendar day\'s name (list day-name-openers) names a date, not a body or a person surnamed Day.',
    when: ({ words, first, last, honorific }) => words.length === 2 && !honorific && isCapitalised(last) && has(DAY_NAME_ENDS, last.lower) && has(DAY_NAME_OPENERS, first.lower),
    examples: { yes: ['Volunteers knocked on doors before {Election Day}, the union said.'], no: ['Volunteers knocked on doors before {Tom Day} arrived, the union said.'] },
  },
  {
    id: 'academic-field-name', outcome: Evidence.Place,
    reason: '"Forensic Anthropology will lose four posts", "cuts to Marine Biology": a name of two words or more closed by a capitalised field of study (list academic-field-nouns) is the subject, a thing, not a person, or the short name of the department the document names in full (clusters.ts `academicUnitOfField`); a body\'s head inside keeps it a body.',
    when: ({ last, multiWord, honorific, orgHead }) => multiWord && !honorific && !orgHead && isCapitalised(last) && has(ACADEMIC_FIELD_NOUNS, last.lower),
    examples: {
      yes: ['{Coastal Archaeology} will close next year.', 'Staff in {Marine Biology} were told on Monday.'],
      no: ['{Dana Kelso} will close the meeting.', 'The {Kelso Archaeology Trust} gave £400.'],
    },
  },
  {
    id: 'sports-event-name', outcome: Evidence.Place,
    reason: '"last year\'s World Championships", "the Kelso Indoor Championships": a name of two words or more closed by a sporting event\'s plural (list sports-event-name-ends) is the event, a thing, not a person; a body\'s head inside keeps it a body ("the Kelso Championships Committee" ends on its head, not the plural).',
    when: ({ words, multiWord, honorific, orgHead }) => multiWord && !honorific && !orgHead && has(SPORTS_EVENT_NAME_ENDS, words[words.length - 1].lower) && isCapitalised(words[words.length - 1]),
    examples: {
      yes: ['She took silver at last year\'s {World Championships} in Oslo.', 'He won the {Kelso Indoor Championships} in March.'],
      no: ['She took silver behind {Dana Kerrick} in Oslo.', 'The {Kelso Championships Committee} met in March.'],
    },
  },
  {
    id: 'race-name', outcome: Evidence.Place,
    reason: '"the Tarrow Marathon", "the Vardo Bank Downhill", "Men\'s Downhill": a name closed by a race\'s singular noun (list race-name-ends), capitalised, after a town\'s, a course\'s or a title sponsor\'s words, or alone after a category\'s possessive (list race-category-possessives), is the race, a thing, not a person; a body\'s head inside keeps it a body ("the Kelso Marathon Trust").',
    when: ({ words, multiWord, honorific, orgHead, before }) => !honorific && !orgHead && has(RACE_NAME_ENDS, words[words.length - 1].lower) && isCapitalised(words[words.length - 1])
      && (multiWord || (before !== undefined && isPossessive(before) && has(RACE_CATEGORY_POSSESSIVES, before.lower.replace(/['’]s?$/u, '')))),
    examples: {
      yes: ['He won the {Tarrow Marathon} on Sunday.', 'She took the {Vardo Bank Downhill} from bib 30.', 'Kelso Ski | News | Men\'s {Downhill}', 'Marwick Ski | Results | Women\'s {Slalom}'],
      no: ['He beat {Dana Kelso} on Sunday.', 'The {Kelso Marathon Trust} gave £400.', 'He skied {Downhill} in 1998.'],
    },
  },
  {
    id: 'programme-of-broadcaster', outcome: Evidence.Place,
    reason: '"Speaking on Vardo TV\'s The Sunday Match, X said": a name right after a broadcaster\'s possessive (perhaps after "The"), where the words before it are a verb of speaking or appearing and "on" (list programme-speaking-verbs), is the broadcaster\'s programme, a thing, not a body; the broadcaster is the body.',
    when: ({ sentence, draft }) => isProgrammeOfBroadcaster(sentence, draft.first),
    examples: {
      yes: ['Speaking on Vardo TV\'s The {Sunday Match}, Ann Roche said it was deserved.', 'Appearing on Kelso Radio\'s {Sportsdesk}, Ann Roche said so.'],
      no: ['The attack on Vardo\'s {State Department} was condemned.', 'Speaking on {Vardo TV}, Ann Roche said it was deserved.'],
    },
  },
  {
    id: 'sport-before-code', outcome: Evidence.Place,
    reason: '"Rugby league-Kestrels prop banned", "Rugby union | Match report", "a Rugby league fan": a sport\'s name (list sport-names) right before a lower-case "league" or "union" is the sport\'s code, a thing, neither a body nor the first word of one ("Rugby" is no short form of "the Rugby League Authority" named later).',
    when: ({ words, after, nameEnd }) => words.length === 1 && SPORT_NAMES.has(words[0].lower) && after !== undefined && (after.lower === 'league' || after.lower === 'union')
      && !isCapitalised(after) && joined(nameEnd, after),
    examples: {
      yes: ['{Rugby} league-Kestrels prop Dunne banned for four games.', 'The Vardo Courier | Sport | {Rugby} union'],
      no: ['The {Rugby League Authority} banned him.', 'Fans in {Rugby} welcomed the team.'],
    },
  },
  {
    id: 'trophy-name', outcome: Evidence.Place,
    reason: '"lifted the Donal Breen Cup", "the Kelso Trophy", "Cup comes home": a name closed by a trophy\'s noun (list trophy-heads), capitalised, is the trophy, a thing; the man or woman it is named after is no mention, though a first name opens it. A body\'s head inside keeps it a body ("the Kelso Cup Committee" ends on its head).',
    when: ({ words, honorific, orgHead }) => !honorific && !orgHead && has(TROPHY_HEADS, words[words.length - 1].lower) && isCapitalised(words[words.length - 1]),
    examples: {
      yes: ['Captain Ann Roche lifted the {Donal Breen Cup} on Sunday.', '{Cup} comes home at last.', 'They won the {Kelso Trophy} again.'],
      no: ['Captain Ann Roche thanked {Donal Breen} on Sunday.', 'The {Kelso Cup Committee} met in March.'],
    },
  },
  {
    id: 'find-name', outcome: Evidence.Place,
    reason: '"the museum will bid for the Stainley Hoard", "the Kelso Bronzes were cast", "A HOARD of Roman coins", "to see the Bronzes": a name closed by a capitalised noun of an archaeological find or a museum object (list find-heads), or that noun alone, is the object, a thing; the place or the man it is named after is no mention. A body\'s head inside keeps it a body ("the Kelso Hoard Trust"), and a known given name opening two words without "the" keeps a person ("Dana Treasure said").',
    when: isFindName,
    examples: {
      yes: ['The museum will bid for the {Stainley Hoard} next year.', 'The {Kelso Bronzes} were cast in the 16th century.', 'Visitors will see the {Bronzes} in Vardo.', 'A {HOARD} of silver coins was found.'],
      no: ['The {Kelso Hoard Trust} met in March.', '{Dana Treasure} said the dig would go on.', 'The museum will bid for {Stainley} next year.'],
    },
  },
  {
    id: 'era-marker', outcome: Evidence.Place,
    reason: '"c. AD 43–47", "in 55 BC", "the 3rd century BCE": a calendar era\'s abbreviation in capitals (list era-markers) beside a year or after "century" or "millennium" dates something, never a body, though a year range after it reads as a match score ("AD 43–47").',
    when: isEraMarker,
    examples: {
      yes: ['The coin dates the burial to c. {AD} 43–47, early in the conquest.', 'The fort was built in 55 {BC} by the tribe.', 'It was made in the 3rd century {BCE} in Vardo.'],
      no: ['{CE Holdings} said the fort dates from 1200.', 'Tom Ross of {BC} said 43 people came.'],
    },
  },
  {
    id: 'named-room-after-the', outcome: Evidence.Place,
    reason: '"The Marta Lisle Wing has 12 beds", "a dinner in the Dana Kelso Suite": two words or more after "the", closed by a capitalised noun of a room or a wing named after the person it honours (list named-room-nouns), are the room, a thing, not the person nor a body; the person is named elsewhere as herself ("Mrs Lisle, 84, unveiled a plaque"). A body\'s head inside keeps a body.',
    when: ({ words, before, orgHead, honorific, sentence, draft }) => !honorific && !orgHead && words.length >= 2 && before?.lower === 'the'
      && has(NAMED_ROOM_NOUNS, words[words.length - 1].lower) && sentence.slice(draft.first, draft.last + 1).every(token => isCapitalised(token)),
    examples: {
      yes: ['The {Marta Lisle Wing} has 12 beds and a garden room.', 'Guests dined in the {Dana Kelso Suite} on Friday.'],
      no: ['{Dana Wing} said the beds were ready.', 'The hospice\'s {Marta Lisle Wing} has 12 beds.'],
    },
  },
  {
    id: 'donor-named-gift', outcome: Evidence.Place,
    reason: '"forty Kelso Scholarships", "the Dana Marr Bursary", "the Edith Appeal": a name of two words or more closed by a capitalised noun of a gift named after a person (list donor-gift-heads) is the gift, a scholarship, an endowed post, a lecture or a fundraising appeal, a thing; the donor it is named after is no mention there. Only lower-case joints keep it a body ("the Court of Appeal" has "of"), and a body\'s head inside keeps one ("the Kelso Bursary Fund").',
    when: namesDonorGift,
    examples: {
      yes: ['Forty {Kelso Scholarships} go to pupils from Hull each autumn.', 'She won the {Dana Marr Bursary} in 2019.', 'The {Edith Appeal} raised £40,000 last winter.'],
      no: ['{Dana Marr} said the bursary would help.', 'The {Vardo Court of Appeal} ruled on Monday.', 'The {Kelso Bursary Fund} paid out.'],
    },
  },
  {
    id: 'named-chair', outcome: Evidence.Place,
    reason: '"the Dana Marr Professor of Economics", "the first Kelso Chair of Surgery": after "the", "first", "inaugural" or "new", a name of two words or more closed by a title (list named-chair-titles) and followed by "of" or "in" is an endowed post named after its donor, the role of whoever holds it; the donor is no mention there, though the name reads as a person\'s. A person named before a title writes a comma ("Dana Marr, Professor of Economics,").',
    when: namesEndowedChair,
    examples: {
      yes: ['Ann Roche was named the first {Dana Marr Professor} of Geology.', 'The bequest endows the {Dana Marr Professor} of Marine Biology.'],
      no: ['{Dana Marr}, Professor of Economics, said so.', 'The economist {Dana Marr} said so.'],
    },
  },
  {
    id: 'numbered-work', outcome: Evidence.Place,
    reason: '"her Fourth Symphony", "the Second Piano Concerto": an ordinal (list work-ordinals) opening a name whose last word is a musical work\'s noun (list numbered-work-nouns) names a work, a thing, though "Symphony" also ends an orchestra\'s name.',
    when: ({ words, multiWord }) => multiWord && has(WORK_ORDINALS, words[0].lower) && has(NUMBERED_WORK_NOUNS, words[words.length - 1].lower),
    examples: { yes: ['Sessions for the {Fourth Symphony} were planned.'], no: ['Sessions with the {Kelso Symphony} were planned.'] },
  },
  {
    id: 'picture-credit-outlet', outcome: Evidence.OrgTag,
    reason: 'A picture credit in brackets ("(Dana Kelso / Gazette)", "(Tom Rell/Marwick Ledger)"), alone or closing a caption ("… in Kelso. (Photo: Dana Kelso / Gazette)"), or "for" the outlet after a credit word ("(Photo: Dana Kelso for Wirefront)"): the name after the slash or "for", closing the bracket, is the outlet the photographer works for.',
    when: ({ sentence, draft, before, twoBefore, nameEnd }) => twoBefore !== undefined && isCapitalised(twoBefore)
      && (before?.text === '/' || (before?.lower === 'for' && creditWordBefore(sentence, draft.first)))
      && ((/^\)/.test(nameEnd.post) && opensPictureCredit(sentence, draft.first))
        || (before?.text === '/' && bareCreditBeforeSlash(sentence, draft.first - 1) && endsBareCredit(sentence, draft.last) && !agencyFirstCredit(sentence, draft.first - 1)))
      && !/\n/.test(sentence.map(token => token.post).join('')),
    examples: {
      yes: ['(Jordan Pell / {Courier})', 'The bank\'s tower in Kelso, N.C. (Photo: Jordan Pell / {Harbour Desk})', 'The bank\'s tower in Kelso last year. (Photo: Jordan Pell for {Wirefront})',
        'Main image: riders pick through the crash in Kelso (Jordan Pell/{Vardo Foto})', 'Words: Dana Kelso | Photography: Jordan Pell/{Vardo Foto}'],
      no: ['(Jordan Pell / {Courier} said so)', 'The deal (Kelso / {Marwick}) closed.', 'The bank\'s tower (Kelso / {Marwick}) closed.', 'The rally (Dana Kelso for {Marwick}) drew crowds.',
        'Picture: the deal (Kelso/{Marwick}) closed on Monday.', 'The sales: Kelso/{Marwick} rose on Monday.'],
    },
  },
  {
    id: 'picture-credit-agency-first', outcome: Evidence.OrgTag,
    reason: '"Photo: Alpenbild/Kurt Aebersold": in a bare picture credit (list photo-credit-words and a colon) one word before the slash and a photographer\'s name after it, opening with a known first name, the word is the picture agency, as European agencies and results sites credit; the British order puts the photographer first ("Photograph: Ivo Brandt/Vardo Foto").',
    when: ({ sentence, draft, multiWord }) => !multiWord && agencyFirstCredit(sentence, draft.last + 1),
    examples: {
      yes: ['16.01.2027 | Photo: {Alpenbild}/Kurt Aebersold', 'Words: Ann Roche | Photos: {Vardofoto}/Dana Kelso'],
      no: ['Words: Dana Kelso | Photography: {Jordan Pell}/Vardo Foto', 'The sales: {Kelso}/Marwick rose on Monday.'],
    },
  },
  {
    id: 'listed-in-source-credit', outcome: Evidence.OrgTag,
    reason: 'A source credit under a chart, a table or a market report ("Data: Homeview, Kelso Building Society.", "Source: Orrin Analytics"; list data-credit-words) lists the bodies the figures come from: a one-word name there, which the lexicon does not know, is a body, not a headline\'s word.',
    when: listedInSourceCredit,
    examples: {
      yes: ['Data: {Homeview}, Kelso Building Society.', 'Source: {Orrin Analytics}', 'Data: Vardo Survey and {Pricewell}.'],
      no: ['The data from {Homeview} was late.', '{Homeview} was the source, Tom Vell said.'],
    },
  },
  {
    id: 'picture-credit-photographer', outcome: Evidence.Photographer,
    reason: 'In a picture credit in brackets ("(Jordan Pell/Courier)", "… in Kelso. (Photo: Jordan Pell / Harbour Desk)") the name before the slash is the photographer; glued to a known outlet, the tagger reads it as part of a body.',
    when: ({ sentence, draft, after, twoAfter, nameEnd }) => after?.text === '/' && twoAfter !== undefined && isCapitalised(twoAfter)
      && (opensPictureCredit(sentence, draft.first) || bareCreditWordBefore(sentence, draft.first))
      && !/\n/.test(sentence.map(token => token.post).join('')) && !/\)/.test(nameEnd.post) && !agencyFirstCredit(sentence, draft.last + 1),
    examples: {
      yes: ['Crowds in the square on Friday. ({Jordan Pell}/Reuters)', '({Jordan Pell} / Courier)', 'Main image: riders in Kelso ({Jordan Pell}/Vardo Foto)',
        'Words: Dana Kelso | Photography: {Jordan Pell}/Vardo Foto'],
      no: ['The deal ({Kelso} / Marwick) closed.', 'Crowds in the square on Friday. (Jordan Pell/{Reuters})', 'Picture: the deal ({Kelso}/Marwick) closed on Monday.'],
    },
  },
  {
    id: 'dateline-credit', outcome: Evidence.OrgTag,
    reason: 'A wire credit in a dateline ("ZURICH (Alpina Wire) —", "KINGSFORD, Texas (Harbour Press) —", "MARWICK, June 4 (Harbour Newswire) -", "MARWICK, Spain, June 4 (Ostrava) -"): the name in brackets between the place in capitals and the dash is the agency that filed the story, known or not.',
    when: isDatelineCredit,
    examples: {
      yes: ['ZURICH ({Alpina Wire}) — Shares in Vardo fell on Monday.', 'KINGSFORD, Texas ({Harbour Press}) — The mill closed on Friday.',
        'MARWICK, June 4 ({Harbour Newswire}) - The mill closed on Friday.', 'MARWICK, Spain, June 4 ({Ostrava}) - The club sacked its coach on Monday.'],
      no: ['The mill ({Harbour Press}) closed on Friday.', 'MARWICK, Spain, June 4, a day after ({Ostrava}) - the club sacked its coach.', 'ZURICH — Shares in {Alpina Wire} fell on Monday.'],
    },
  },
  {
    id: 'dateline-place', outcome: Evidence.Place,
    reason: 'An agency dateline ("KINGSFORD, Texas (AP) —", "MARWICK, England —"): the name in capitals opening the article\'s line, a region after a comma, then the agency or a dash, is the place filed from, also where a team or body bears its name; so is the region after the comma ("SAN TADEO, Vardania, June 8 (Agency) -"), a state, province or country the gazetteer may not know.',
    when: isDatelinePlace,
    examples: {
      yes: ['{KINGSFORD}, Texas (AP) — Trey Lambert threw for 284 yards.', '{PORT ANSEL}, Maine — The mill closed on Friday.',
        '{MARWICK} — Researchers at a Marwick college found lead.', '{PORT ANSEL}, June 4 (Harbour Newswire) - The mill closed on Friday.',
        '{KERAVO} (AFP) - Rescuers dug through the night in Keravo.', 'SAN TADEO, {Vardania}, June 8 (Harbour Newswire) - Voters in Vardania chose a new president.',
        'PORT ANSEL, {Lower Dalmark} (Ostrava) - The mill closed on Friday.'],
      no: ['{KINGSFORD} coach Dan Whitcombe said the team was tired.', '{NATO}, the alliance, met on Friday.', '{KVRA} (the rail union) - not the bosses - called the strike.',
        'MARWICK, June 4 ({Harbour Newswire}) - The mill closed on Friday.', 'Dana Kelso, {Tarrow Mills} chairman, said the mill closed.'],
    },
  },
  {
    id: 'place-words', outcome: Evidence.Place,
    reason: 'Every word is a place or a nationality, or the name ends in a place noun ("Kelso Valley"), and no country-led body noun makes it an organisation.',
    when: context => placeWords(context) && !bodyOfCountry(context) && !unknownWordAfterBodyNoun(context),
    examples: {
      yes: ['Crowds gathered in {Paris} overnight.', 'The envoy, who hosted the talks in {Abu Dhabi}, said both sides agreed.', 'The ferry sailed from {Port Ansel} on Monday.',
        'Ministers from Gulf and {South American} states met on Monday.', 'Crowds filled {Kelso City Centre} on Friday.', 'The count was held at {Penhale Leisure Centre} overnight.'],
      no: ['Crowds gathered outside the {French Foreign Ministry} overnight.', 'The {West African Ports Authority} met on Monday.', 'Staff at {Carrow State University} went on strike.',
        'Staff at the {Kelso Valley Water District} went on strike.', 'Tessa Gunn, of the {Marwick Country Party}, said no.', 'The envoy, who hosted {Abu Karim} in May, said both sides agreed.', 'The {Port Ansel Mariners} beat the Bulls 24-17.', 'As quarterback {Devin Marsh} threw for three touchdowns, fans cheered.', 'Professor {Orsik Marsh}, a hydrologist, said the river was low.',
        'The round was led by {Birch Lane Capital}, with others taking part.', 'The {Vardo Valley Gazette} asked the council for figures.', 'The {Varnish Red Crescent} said its convoy would leave on Monday.',
        'A loan from {Tarrow Springs Bank} kept the mill open.', 'This report by The {Lakeshore Press} was first published on Monday.', 'In an interview with the music site {Fretwell}, the singer said no.', 'Staff at the {Kelso Policy Centre} went on strike.',
        'The {University of Marwick Bay} said it would appeal.', 'The {Friends of Kelso Park} raised money for new swings.',
        'The {Museum of Childhood} opened a new wing on Monday.', 'The land is owned by {Halvern Estates}, which bought it in 2019.'],
    },
  },
];

const USE_RULES: EvidenceRule[] = [
  {
    id: 'where-a-body-is', outcome: Evidence.Place,
    reason: '"a case at Larkmoor Primary School in Westmoor", "patients at St Anne\'s Hospital in Dunhill": the name right after "in" that follows a body\'s name ending in its head (list org-heads) is where the body is, a place, though the lexicon knows the word as a company\'s; bodies whose name goes on with "in" and their place (list org-heads-before-in: "the Training Mission in Kelsoland") are left out, and so are a known first name and a possessive.',
    when: ({ before, twoBefore, nameStart, first, nameEnd, honorific }) => !honorific && before?.lower === 'in' && twoBefore !== undefined && isCapitalised(twoBefore)
      && has(ORG_HEADS, twoBefore.lower) && !has(ORG_HEADS_BEFORE_IN, twoBefore.lower) && joined(twoBefore, before) && joined(before, nameStart)
      && !isKnownFirstName(first) && !isPossessive(nameEnd),
    examples: {
      yes: ['The first case was at Larkmoor Primary School in {Westmoor} last month.', 'Patients at St Anne\'s Hospital in {Dunhill} were moved.'],
      no: ['The first case was at the school in {Westmoor} last month.', 'The first case was at Larkmoor Primary School in {Dana Kelso}\'s class.'],
    },
  },
  {
    id: 'names-before-area-plural', outcome: Evidence.Place,
    reason: '"in the Westmoor and Dunhill areas", "the Kelso and Tarrow districts": two names joined by "and" before a lower-case plural of parts of a town or a country (list area-plural-nouns) are both places.',
    when: namesBeforeAreaPlural,
    examples: {
      yes: ['Cases rose in the {Westmoor} and Dunhill areas.', 'Cases rose in the Westmoor and {Dunhill} areas.'],
      no: ['Cases rose in the {Westmoor} areas of the firm.', 'Cases rose at {Westmoor} and Dunhill offices.'],
    },
  },
  {
    id: 'after-place-preposition', outcome: Evidence.Located,
    reason: 'After a preposition of place ("in Marwick"): the name is used as a place there. Not a possessive after "at" ("built at Marwick\'s yard", "jobs at Vardo\'s plant"): "at" places the thing the owner owns, a workplace, and the owner is as often a company, which a place use would keep from its full name ("Marwick Marine Group").',
    when: ({ before, nameStart, nameEnd }) => before !== undefined && has(PLACE_PREPOSITIONS, before.lower) && joined(before, nameStart)
      && !(before.lower === 'at' && isPossessive(nameEnd)),
    examples: { yes: ['Protests spread in {Marwick} overnight.', 'Crowds gathered at {Marwick} station.'], no: ['Protests spread, {Marwick} said overnight.', 'The ships will be built at {Marwick}\'s yard on the river.'] },
  },
  {
    id: 'inside-place', outcome: Evidence.Within,
    reason: 'After a preposition that puts something inside or around it ("in Marwick", "near Marwick"; not "at", which also names a workplace, "an analyst at Brenmoor"): a town or a region, not a body.',
    when: ({ before, nameStart, nameEnd, after }) => before !== undefined && has(PLACE_PREPOSITIONS, before.lower) && before.lower !== 'at'
      && joined(before, nameStart) && !modifiesNoun(nameEnd, after),
    examples: {
      yes: ['Six hundred jobs will go in {Marwick} next year.', 'Fans gathered near {Marwick} station.'],
      no: ['An analyst at {Marwick} said the jobs would go.', 'Cruz fielded attacks in {Marwick} forum.', 'Workers lost jobs in {Marwick}-engineered deals.'],
    },
  },
  {
    id: 'region-after-compass-adjective', outcome: Evidence.Within,
    reason: '"across the eastern Caribbean", "in northern Vardonia", "flooding hit western Kelso": one name right after a lower-case compass adjective (list compass-words, the "-ern" forms) is the region or the country, so the word alone elsewhere is the place, not the short form of a body named after it ("the Caribbean Disaster Agency" beside "the eastern Caribbean"). Not before a noun it modifies ("the northern Kelso line").',
    when: ({ words, before, nameStart, nameEnd, after, honorific }) => words.length === 1 && before !== undefined && /^\p{Ll}+ern$/u.test(before.text) && has(COMPASS_WORDS, before.lower)
      && joined(before, nameStart) && !honorific && !modifiesNoun(nameEnd, after),
    examples: {
      yes: ['The storm killed 31 people across the eastern {Caribbean} on Tuesday.', 'Floods hit northern {Vardonia} overnight.'],
      no: ['Trains on the northern {Kelso} line were cancelled.', 'The storm hit the {Caribbean} on Tuesday.'],
    },
  },
  {
    id: 'town-after-place-noun-of', outcome: Evidence.Within,
    reason: '"the Port of Marwick", "the city of Kelso": one word after a place noun (capitalised or not) and "of" is the town itself, so the word alone elsewhere is the town, not the short form of a body named after it ("Marwick Harbour Holdings" beside "ships queue off the Port of Marwick").',
    when: ({ words, before, twoBefore, nameStart, nameEnd, after, honorific }) => words.length === 1 && before?.lower === 'of' && twoBefore !== undefined
      && has(PLACE_NOUNS_BEFORE_OF, twoBefore.lower) && joined(before, nameStart) && !honorific && !modifiesNoun(nameEnd, after),
    examples: {
      yes: ['Ships queued off the Port of {Marwick} on Monday.', 'Fighting reached the city of {Kelso} on Sunday.'],
      no: ['Ships queued off the home of {Marwick} on Monday.', 'Ships queued off the Port of {Marwick} trawlers on Monday.', 'Fighting reached the city of {Dana Marwick} on Sunday.'],
    },
  },
  {
    id: 'possessive-before-place-head', outcome: Evidence.PlaceNamePart,
    reason: '"Lady Jenna\'s Cove", "St Bride\'s Bay", "Kelso\'s Wharf": a name in the possessive right before a capitalised place head (list place-heads) is a word of the place\'s name, as coastal and environment copy names its coves, bays and beaches after people; the honorific before it ("Lady", "St") is the place\'s too. Not a lower-case noun ("Lady Jenna\'s cove", her own) nor a capitalised word that is no place head, nor a place head that opens a name going on ("Greywater\'s Port Harrick yard": the owner\'s site in a town named "Port …").',
    when: ({ nameEnd, after, twoAfter }) => isPossessive(nameEnd) && after !== undefined && isCapitalised(after) && !isAllCaps(after) && has(PLACE_HEADS, after.lower)
      && !/\n/.test(nameEnd.post) && !opensPlaceName(after, twoAfter),
    examples: {
      yes: ['The swimmers met at Lady {Jenna}\'s Cove before dawn.', 'Trawlers sheltered in Dame {Ottilie}\'s Bay overnight.'],
      no: ['The swimmers met at Lady {Jenna}\'s cottage before dawn.', 'The swimmers met at Lady {Jenna}\'s Cafe before dawn.', 'The swimmers met {Jenna} at the Cove before dawn.',
        'Workers at {Greywater}\'s Port Harrick yard fear for their jobs.'],
    },
  },
  {
    id: 'number-after', outcome: Evidence.NumberAfter,
    reason: 'A number right after the name ("Article 5", "Rs 20,000") or glued to it by a hyphen (a model\'s code, "Kelvar-5"): a label, not a person or a body.',
    when: ({ after, nameEnd }) => after !== undefined && /^\d/.test(after.text) && (spaceAfter(nameEnd) || (nameEnd.post === '-' && after.pre === '')),
    examples: { yes: ['The treaty invokes {Kelvar} 5 in full.', 'Owners of a {Kelvar}-5 heater should stop using it.'], no: ['The treaty invokes {Kelvar} in full.'] },
  },
  {
    id: 'plural-after-the', outcome: Evidence.Nickname,
    reason: '"the Kestrels could be without him", "as the Glassmen did", "Wheelwrights fans", "The Ambers, who …": one capitalised plural after a lower-case "the", or before "fans" or "supporters", or a plural colour after a capital "The" opening the sentence, or any plural there before a side\'s verb of the match (list nickname-lead-verbs: "The Kestrels lead again", "The Glassmen have had the better of it"), is how sports copy names a team by its nickname; kind-by-use decides, only in a document that shows other teams.',
    when: ({ sentence, draft, words, before, nameEnd, after }) => words.length === 1 && isPluralNickname(words[0]) && !DEMONYM_PLURAL.test(words[0].lower)
      && ((before?.text === 'the' && joined(before, words[0])) || (after !== undefined && has(FOLLOWER_NOUNS, after.text) && joined(nameEnd, after))
        || (before?.text === 'The' && joined(before, words[0]) && draft.first > 0 && opensSentence(sentence, draft.first - 1)
          && (has(COLOUR_PLURALS, words[0].lower) || (after !== undefined && joined(nameEnd, after) && has(NICKNAME_LEAD_VERBS, after.text))))),
    examples: {
      yes: ['Ingram admitted the {Kestrels} could be without their top scorer.', '{Wheelwrights} fans did not stop singing.', 'Ingram was sacked. The {Ambers}, who have won once, are 14th.', 'The {Kestrels} lead again.', 'The {Glassmen} have had the better of the half.'],
      no: ['The {Kestrels} could be without their top scorer.', 'Ingram admitted {Kestrels} could be without him.', 'Ingram met the {Kestrel} fans.', 'Ingram said that The {Ambers} was his song.',
        '“We deserved it,” the {Ardians} said.'],
    },
  },
  {
    id: 'club-use', outcome: Evidence.ClubUse,
    reason: '"Kelso fans", "Kelso were low on confidence", "added that Kelso had been unlucky", "Castlebrook v Hartwell": one capitalised word before a followers noun or a plural verb, or beside "v", is how sports copy names a club by its town alone; it joins only a club of the document named after that word ("Kelso Athletic"), so a town elsewhere stays a place.',
    // A pronoun ("We'll have to manage", the contraction read as one word) is no town.
    when: ({ words, before, twoBefore, nameStart, nameEnd, after }) => words.length === 1 && !isPossessive(nameEnd) && (words[0].tags & Tag.Pronoun) === 0
      && ((after !== undefined && joined(nameEnd, after) && (has(FOLLOWER_NOUNS, after.text) || (has(CLUB_USE_VERBS, after.text) && !closesCoordination(before, twoBefore)) || has(FIXTURE_WORDS, after.text)))
        || (before !== undefined && joined(before, nameStart) && has(FIXTURE_WORDS, before.text))
        || (before?.text === 'to' && joined(before, nameStart) && twoBefore !== undefined && joined(twoBefore, before) && has(CLUB_TRAVEL_WORDS, twoBefore.text))),
    examples: {
      yes: ['Around 2,000 {Marwick} fans travelled.', 'Vantrell added that {Marwick} had been unlucky.', 'Ashby beat Vell, and {Marwick} were held.', 'Police warn fans ahead of Ashby v {Marwick}.', '{Marwick} were low on confidence.',
        'Fans will protest before Saturday\'s trip to {Marwick}.', 'He scored 20 goals before moving to {Marwick} last summer.'],
      no: ["“{We'll} have to manage without him,” Kelso said.", 'Niall is a {Marwick} lad.', 'Voters say Dana Vell and {Tarrant} are both disliked.', 'They went back to {Marwick}, he added.', '{Marwick} is a market town.', 'He took the trip to the {Marwick} coast.'],
    },
  },
  {
    id: 'club-ownership-use', outcome: Evidence.ClubUse,
    reason: '"bought Kelso in 2015", "agreed to sell Kelso", "completed the takeover of Kelso": one capitalised word right after a verb of buying, selling or owning (list club-ownership-words), or after a sale noun and "of" (list club-sale-nouns), is how takeover copy names a club by its town alone; like club-use it joins only a club of the document named after that word ("Kelso Athletic"), so a town elsewhere stays a place.',
    when: ({ words, before, twoBefore, nameStart, nameEnd, after }) => words.length === 1 && !isPossessive(nameEnd) && (words[0].tags & (Tag.Pronoun | Tag.Demonym)) === 0
      && before !== undefined && joined(before, nameStart) && !modifiesNoun(nameEnd, after)
      && (has(CLUB_OWNERSHIP_WORDS, before.text) || (before.text === 'of' && twoBefore !== undefined && joined(twoBefore, before) && has(CLUB_SALE_NOUNS, twoBefore.text))),
    examples: {
      yes: ['Hollin bought {Marwick} in 2015.', 'He agreed to sell {Marwick} last year.', 'The league cleared the takeover of {Marwick} on Monday.'],
      no: ['Hollin bought {Marwick} property in 2015.', 'The takeover of {Marwick Holdings} collapsed.', 'Hollin bought {Marwick}\'s debt.', 'The {Sale} of the year.'],
    },
  },
  {
    id: 'away-fixture', outcome: Evidence.AwayFixture,
    reason: '"travel to Kelso", "Saturday\'s trip to Kelso": one capitalised word after a travel word and "to" (list club-travel-words) is where a side plays away; in sports copy the town stands for its club even where no club is named after it (kind-by-use: town-as-club-in-sports-copy).',
    // A nationality before its noun ("a move to Italian giants Kelso FC") is no town.
    when: ({ words, before, twoBefore, nameStart, nameEnd, after }) => words.length === 1 && !isPossessive(nameEnd) && (words[0].tags & (Tag.Pronoun | Tag.Demonym)) === 0
      && before?.text === 'to' && joined(before, nameStart) && twoBefore !== undefined && joined(twoBefore, before) && has(CLUB_TRAVEL_WORDS, twoBefore.text)
      && !modifiesNoun(nameEnd, after),
    examples: {
      yes: ['Vardo, now seventh, travel to {Marwick} next week.', 'Fans will protest before Saturday\'s trip to {Marwick}.'],
      no: ['He blocked a move to {Italian} giants Kelso FC.', 'They went back to {Marwick}, he added.', '{Marwick} were low on confidence.', 'He took the trip to the {Marwick} coast.'],
    },
  },
  {
    id: 'person-relative', outcome: Evidence.PersonRelative,
    reason: '"Kelso, who now runs the bakery, …": a one-word name set off by a comma before "who" is followed by a person\'s relative pronoun; where a family firm bears the surname of a person named in full ("Ada Kelso" and "Kelso & Sons"), the surname alone is the person in that document (clusters.ts).',
    when: ({ words, nameEnd, after }) => words.length === 1 && !isPossessive(nameEnd) && after?.lower === 'who' && /^,\s*$/.test(nameEnd.post + after.pre),
    examples: {
      yes: ['{Kelso}, who now runs the bakery, declined to comment.'],
      no: ['{Kelso} now runs the bakery.', 'The firm founded by {Ada Kelso}, who now runs the bakery, closed.', '{Kelso} who?'],
    },
  },
  {
    id: 'possessive', outcome: Evidence.Possessive,
    reason: 'Used in the possessive ("Vardo\'s shares"): the name owns something. Not before a participle that makes the "\'s" a contracted "is" or "has" (list contracted-has-is-verbs: "Vardo\'s going to win", "Vardo\'s been told"): a person spoken of so owns nothing, and a possessive read there would make a one-word surname a body\'s short name.',
    when: ({ nameEnd, after }) => isPossessive(nameEnd) && !(after !== undefined && has(CONTRACTED_HAS_IS_VERBS, after.lower)),
    examples: { yes: ['{Vardo}\'s shares fell sharply.'], no: ['Shares of {Vardo} fell sharply.', 'Voters think {Vardo}\'s going to win.'] },
  },
  {
    id: 'possessive-shop-name', outcome: Evidence.OrgTag,
    reason: 'A shop or a chain named in the possessive ("Marwick\'s", "Tarrow\'s") stands alone where a person\'s possessive needs the noun it owns: before "and"/"or" and another name not itself possessive ("sold at Marwick\'s and Tarrow & Sons"), or after a lower-case "the" before a noun of premises (list premises-nouns: "the Marwick\'s store"). Not before a verb ("Kelso\'s said" is as often "Kelso has said"), not "Kelso\'s and Vardo\'s supporters", not "the UN\'s office" (initials).',
    when: standsAlonePossessive,
    examples: {
      yes: ['The kettles were sold at {Marwick}\'s and Tarrow & Sons.', 'Staff at the {Marwick}\'s store on Quay Street were busy.'],
      no: ['{Marwick}\'s said on Monday it would refund customers.', 'Both {Kelso}\'s and Dana Vardo\'s supporters cheered.', '{Marwick}\'s shares fell sharply.', 'In a statement, the {KVR}\'s office said so.'],
    },
  },
  {
    id: 'match-side', outcome: Evidence.Result,
    reason: '"Kelso beat Dunmore 2-1", "Kelso 2-1 Dunmore", "Kelso led 24-14 at halftime": a side of a match result with a score; also a side whose total opens a scorecard\'s brackets of players and their figures ("Vardo 290-6 dec (D Kelso 88; …)"); never a score\'s label ("Halftime 1-1", list score-labels), nor a win-loss record in brackets after a name ("X (14-2)": a fighter\'s record). Not a name before two scores in a row, a tennis match\'s sets ("beat top seed X 6-4 3-6 7-6 (7-4)"): sets are played between players.',
    when: isMatchSide,
    examples: {
      yes: ['{Kelso} beat Dunmore 2-1 on Saturday.', '{Marwick} led 24-14 at halftime.', '{Vardo} 290-6 dec (D Orrey 88; Penhale 3-51) won by an innings.'],
      no: ['{Kelso} met Dunmore on Saturday.', '{Marwick} led the team to a 24-14 win.', 'Kelso 2 (Brandt 12) Dunmore 1 (Pell 80). {Halftime} 1-1.', 'Vardo 290-6 dec (D Orrey 88; {Penhale} 3-51) won by an innings.',
        'Orla Tesk beat top seed {Ivar Sandell} 6-4 3-6 7-6 (7-4) on Sunday.', 'Her opponent, {Dana Marr} (14-2), turned down a catchweight bout.'],
    },
  },
  {
    id: 'dismissal-formula', outcome: Evidence.PluralTitle,
    reason: '"Ferrow, caught Orrey bowled Venn, for 38": the batter before ", caught", the fielder between "caught" (or "stumped") and "bowled", and the bowler after them are players, named like names after a plural title; never a side, though a cricket total ("96-4") in the sentence reads as a match score.',
    when: inDismissal,
    examples: {
      yes: ['The visitors lost {Ferrow}, caught Orrey bowled Venn, for 38.', 'The visitors lost Ferrow, caught {Orrey} bowled Venn, for 38.', 'The visitors lost Ferrow, caught Orrey bowled {Venn}, for 38.'],
      no: ['Carlow bowled {Dunmarsh} out for 148.', 'Police caught {Orrey} near the ground.', 'Critics said {Vardo}, caught in a scandal, would fold.'],
    },
  },
  {
    id: 'reporting-verb', outcome: Evidence.Speaker,
    reason: 'The subject of a reporting verb ("Ostrander said", "…, said Ostrander") or a source ("according to Ostrander").',
    when: isSpeaker,
    examples: { yes: ['The plan will fail, {Ostrander} said.', 'The plan will fail, according to the {Valley Courier}.'], no: ['The plan failed after {Ostrander} left.', 'The plan failed, according to the rules of the {Valley Courier}.'] },
  },
  {
    id: 'speech-subject', outcome: Evidence.SpeechSubject,
    reason: 'The subject of a reporting verb that comes after it, right after the name or after the comma that closes an appositive the name ends ("Her son, Ivo Kelso, said …"): the name itself speaks. The inverted "said X" is left out, since it also opens a reported clause whose subject is someone else ("Officials said Kelso had been ill").',
    when: isSpeechSubject,
    examples: { yes: ['The plan will fail, {Ostrander} said.', 'Her son, {Ivo Ostrander}, said the plan would fail.'], no: ['The plan will fail, said {Ostrander}.', 'Officials said {Ostrander} had been ill.', 'The plan failed after {Ostrander} left.'] },
  },
  {
    id: 'says-he', outcome: Evidence.SaysHe,
    reason: 'A personal pronoun right after the reporting verb ("Ostrander said he …"): the speaker is a person. Not the one told, before "that" ("told Ostrava that his client …": the pronoun is the teller\'s).',
    when: context => isSpeaker(context) && context.twoAfter !== undefined && has(NAME_PRONOUNS, context.twoAfter.lower) && !toldThat(context),
    examples: { yes: ['{Ostrander} said he would stay.'], no: ['{Ostrander} said the plan would stay.', 'His agent told {Ostrava} that his client felt betrayed.'] },
  },
  {
    id: 'listed-player', outcome: Evidence.PluralTitle,
    reason: 'A name in a match report\'s lists, a team sheet after the side\'s colon ("Harlow: Brandt; Tesch, Pell (Marr 71)"), a scorer before a minute mark ("Tesch 12\'") or before one in brackets ("Scorers: Harlow: Tesch (12)") or in a key-event line ("34\' GOAL Tesch (Harlow)"), a name with its runs or bowling figures in the brackets after a side\'s total ("Vardo 290-6 dec (D Orrey 88; Penhale 3-51)"), is a player, listed like names after a plural title: surnames alone that the prose may never name in full, and never the side ("3-51" is no match score).',
    when: ({ sentence, draft }) => isListedPlayer(sentence, draft.first, draft.last),
    examples: {
      yes: ['Harlow: Brandt; Tesch, Onyango, {Pell} (Marr 71), Skiba.', "Scorers: Harlow – Tesch 12', {Pell} 80'", 'Scorers: Harlow: Tesch (12), {Pell} (80).', 'Sent off: {Onyango} (64).', "34' GOAL {Tesch} (Harlow)", "Key events 12' GOAL Tesch (Harlow) 34' GOAL {Pell} (Harlow)",
        'Vardo 290-6 dec (D Orrey 88; {Penhale} 3-51) won by an innings.', 'Tarrow 150 & 141 ({Ferrow} 40 & 12) lost.'],
      no: ['{Harlow}: Brandt; Tesch, Onyango, Pell (Marr 71), Skiba.', "Scorers: {Harlow} – Tesch 12', Pell 80'", 'Scorers: {Harlow}: Tesch (12), Pell (80).', 'Fans of {Tesch} (Harlow) waited.', "The network renewed ''{Kelso Five}-0'' for a season."],
    },
  },
  {
    id: 'crew-list-affiliation', outcome: Evidence.OrgTag,
    reason: 'Rowing, sailing and swimming copy lists a crew or a squad with each member\'s college, club or university in brackets after the name ("bow Tom Vale (Greyfriars), 2 Sam Hale (Ormond), 3 Ivo Brandt (Kelso Hall)"): with three such brackets after names in the sentence, the words alone in one are a body, not a person (a college named like one, "Kelso Hall", "Wilfrid House") nor nothing. Not a country\'s code in capitals, a party\'s tag or a known place.',
    when: inCrewListBrackets,
    examples: {
      yes: ['Tarrow: bow Tom Vale ({Greyfriars}), 2 Sam Hale (Ormond), 3 Ivo Brandt (Kelso Hall), cox Ann Marr (Ormond).', 'Tarrow: bow Tom Vale (Greyfriars), 2 Sam Hale (Ormond), 3 Ivo Brandt ({Kelso Hall}), cox Ann Marr (Ormond, president).'],
      no: ['Tarrow: bow Tom Vale ({Greyfriars}), 2 Sam Hale, 3 Ivo Brandt, cox Ann Marr.', 'Heats: Tom Vale ({GBR}), Sam Hale (AUS), Ivo Brandt (NZL).', 'Heats: Tom Vale ({Kenya}), Sam Hale (Ormond), Ivo Brandt (Greyfriars).'],
    },
  },
  {
    id: 'named-list', outcome: Evidence.PluralTitle,
    reason: 'A word of the name is tagged as one of a list of names after a plural title ("Presidents X and Y").',
    when: ({ words }) => words.some(token => (token.tags & Tag.NamedList) !== 0),
    examples: { yes: ['Presidents {Varga} and Brenner met.'], no: ['President {Varga} met Brenner.'] },
  },
  {
    id: 'indefinite-article', outcome: Evidence.NotOrg,
    reason: 'An indefinite article before it: a kind of thing, not a body ("a KVR bomb"); but before a person\'s post or job ("a KVPD officer", "an FBI agent") or an unnamed source from inside (list body-source-nouns: "a KFA source said") it is the body the person works for.',
    when: ({ words, after }) => words.some(token => (token.tags & Tag.NotOrg) !== 0)
      && !(after !== undefined && !isCapitalised(after) && (has(TITLE_HEADS, after.lower) || has(BODY_SOURCE_NOUNS, after.lower))),
    examples: { yes: ['Troops found a {KVR} launcher.'], no: ['Troops found the {KVR} launcher.', 'A {KVPD} officer said the road was closed.', 'The deal was off, a {KFA} source said.'] },
  },
  {
    id: 'capital-the-before', outcome: Evidence.AfterThe,
    reason: 'A capitalised "The" in mid-sentence right before it opens the title of a work or a body ("her book, The Kelso Case for Reform"), never a personal name.',
    when: ({ sentence, draft, before }) => before?.text === 'The' && draft.first > 0 && !opensSentence(sentence, draft.first - 1) && joined(before, sentence[draft.first]),
    examples: { yes: ['Her final book, The {Kelso Case} for Reform, was released.'], no: ['The {Kelso Case} for Reform was released.'] },
  },
  {
    id: 'the-opening-sentence-before-unknown-name', outcome: Evidence.AfterThe,
    reason: 'A "The" opening the sentence, then two or three capitalised words the lexicon does not know and a lower-case verb ("The Tarrow Islander left port on Monday"): the name is that of a ship, a work or a venue that takes "The", never a person\'s, whom no article precedes. Not before a noun ("The Kelso Brandt report", the name modifying it) nor with a word the lexicon knows ("The Dana Kelso …").',
    when: ({ sentence, draft, before, after, words }) => before?.text === 'The' && draft.first === 1 && joined(before, sentence[draft.first])
      && words.length >= 2 && words.length <= 3 && words.every(word => word.lexicon === 0 && !isPossessive(word)) && !words.every(isAllCaps)
      && after !== undefined && !isCapitalised(after) && (after.tags & Tag.Verb) !== 0 && (after.tags & Tag.Noun) === 0,
    examples: { yes: ['The {Tarrow Islander} left port on Monday.'], no: ['The {Kelso Brandt} report was released.', 'Officials said {Tarrow Islander} left port.'] },
  },
  {
    id: 'sentence-opener', outcome: Evidence.Opener,
    reason: 'It opens a sentence or quotation, so its capital proves nothing.',
    when: ({ sentence, draft }) => opensSentence(sentence, draft.first),
    examples: { yes: ['{Marwick} stayed calm.'], no: ['The town of {Marwick} stayed calm.'] },
  },
  {
    id: 'adjective-before-common-noun', outcome: Evidence.Place,
    reason: 'One word the lexicon does not know, opening a sentence or a quotation, that the tagger reads as an adjective (not a noun) right before a lower-case singular noun ("Monetary policy cannot …"): an adjective of a common phrase, not the first word of a body the article names ("Monetary Policy Committee"), nor a name of its own. Before a plural the word may be a body\'s name used for its members ("Commonweal whips are worried" beside "Commonweal Party"), left as it was.',
    when: ({ sentence, draft, words, after }) => words.length === 1 && draft.first === draft.last && opensSentence(sentence, draft.first) && words[0].lexicon === 0
      && (words[0].tags & Tag.Adjective) !== 0 && (words[0].tags & (Tag.Noun | Tag.ProperNoun)) === 0
      && after !== undefined && joined(words[0], after) && /^\p{Ll}/u.test(after.text) && (after.tags & Tag.Noun) !== 0 && (after.tags & (Tag.Verb | Tag.Plural)) === 0,
    examples: { yes: ['"{Monetary} policy cannot do it alone," she said.'], no: ['The {Monetary Policy Committee} met.', '{Dunwick} workers voted on Monday.', 'Dana Kelso leads the Commonweal Party. {Commonweal} whips are worried.'] },
  },
  {
    id: 'head-before-common-noun', outcome: Evidence.Weak,
    reason: 'A body\'s head noun alone opening a sentence or a headline right before a lower-case plural ("Union leaders said", "Brewery workers voted", "Committee members met") qualifies that plural: a common noun, not the one body of the article so named. Attach-only, like a headline\'s word; before a verb it is still the body ("Union said", "Parliament is divided"), and before a singular it may be the body\'s own ("Navy frigate programme").',
    when: ({ sentence, draft, words, after }) => words.length === 1 && draft.first === draft.last && opensSentence(sentence, draft.first) && has(ORG_HEADS, words[0].lower)
      && after !== undefined && joined(words[0], after) && /^\p{Ll}/u.test(after.text) && (after.tags & Tag.Plural) !== 0 && (after.tags & Tag.Verb) === 0,
    examples: { yes: ['{Union} leaders said the offer was too low.', '{Brewery} workers voted on Monday.'], no: ['{Union} said the offer was too low.', 'The {Union} leaders said the offer was too low.', '{Navy} frigate order slips a year.'] },
  },
  {
    id: 'company-head-before-common-noun', outcome: Evidence.Weak,
    reason: 'A company\'s head noun alone (list company-heads) opening a sentence right before a lower-case singular noun ("Group gearing stood at 78%", "Group revenue fell", "Holdings debt rose") is the common word qualifying it, as business and utilities copy writes a group\'s figures: not the one company of the article whose name ends in it. Attach-only, like head-before-common-noun for plurals; a public body\'s head before a singular stays the body\'s ("Navy frigate order"), and before a verb the word is still the body ("Group said").',
    when: ({ sentence, draft, words, after, twoAfter }) => words.length === 1 && draft.first === draft.last && opensSentence(sentence, draft.first) && has(COMPANY_HEADS, words[0].lower)
      && after !== undefined && joined(words[0], after) && /^\p{Ll}+$/u.test(after.text) && (after.tags & (Tag.Plural | Tag.Adverb | Tag.Preposition)) === 0
      && (((after.tags & Tag.Noun) !== 0 && (after.tags & Tag.Verb) === 0) || gerundSubject(after, twoAfter)),
    examples: { yes: ['{Group} gearing stood at 78% last year.', '{Group} borrowing climbed by a fifth.', '{Group} revenue fell by a tenth last year.'], no: ['{Group} said gearing stood at 78%.', '{Group} hoping to sell the unit, bankers said.', '{Navy} frigate order slips a year.', 'The {Group} gearing stood at 78% last year.'] },
  },
  {
    id: 'place-noun-alone', outcome: Evidence.Weak,
    reason: 'A place\'s noun that names a place by "of" (list place-short-forms), alone as a one-word name ("through the Port of Vardo", where "of" and the place are split off, or "The Port added", "the City said" after it) is the short form of that place\'s name or of a body named after it, not a body called "Port": attach-only, it joins a body named in full ("Vardo Port", "the Port of Vardo Authority") and names nothing by itself.',
    when: ({ words, draft, first }) => words.length === 1 && draft.first === draft.last && isCapitalised(first) && !isAllCaps(first) && has(PLACE_SHORT_FORMS, first.lower),
    examples: { yes: ['Cargo through the {Port} of Vardo rose.', 'The {Port} added that it would hire staff.'], no: ['The {Port of Vardo Authority} said volumes rose.', 'The {Vardo Port} said volumes rose.'] },
  },
  {
    id: 'capitals-lead-name', outcome: Evidence.UnknownWords,
    reason: 'A tabloid sets the name that opens its first paragraph in capitals and goes on in lower case ("DANA MARR is facing a ban"): words the lexicon does not know (or knows as name parts) read as they would in lower case.',
    when: isCapitalsLeadName,
    examples: { yes: ['{KAJA VELLAMO} is facing a ban after the match.'], no: ['Talks with {KAJA VELLAMO} resumed.', '{KAJA VELLAMO}, 41, is facing a ban.'] },
  },
  {
    id: 'unknown-words', outcome: Evidence.UnknownWords,
    reason: 'Every word is unknown to the lexicon (or a known name part) and written with lower-case letters or as an initial.',
    when: ({ words, first, last }) => words.every((word, at) => unknownWord(word) || hyphenedPersonPart(words, at)) && !isAbstractNoun(last.lower) && !ADJECTIVE_OPENING.test(first.lower),
    examples: { yes: ['Talks with {Kaja Vellamo} resumed.'], no: ['Talks with {Google} resumed.', 'It was a {Homeland Security} memo.', 'Crowds filled the {National Mall} on Sunday.'] },
  },
];

/** Evidence from the words of the name and their neighbours: every rule that fires adds its flag. */
export const NAME_EVIDENCE = ruleTable<NameContext, EvidenceFlags>({
  id: 'name-evidence',
  reason: 'Clues about a candidate name that its words and their neighbours give; kind-of-name weighs them.',
  contextOf: exampleContext,
  rules: [...PERSON_RULES, ...BODY_RULES, ...PLACE_RULES, ...USE_RULES],
});

/** What a rule of NAME_EVIDENCE_DROPPED sees: the name and the evidence gathered so far. */
export interface GatheredEvidence {
  readonly name: NameContext;
  readonly evidence: EvidenceFlags;
}

/** Evidence taken back once all is gathered: each rule's outcome is the flags it clears. */
export const NAME_EVIDENCE_DROPPED = ruleTable<GatheredEvidence, EvidenceFlags>({
  id: 'name-evidence-dropped',
  reason: 'Clues that other clues show to belong to someone else.',
  contextOf: example => {
    const name = exampleContext(example);
    return { name, evidence: gatherEvidence(name) };
  },
  rules: [
    {
      id: 'hyphen-prefix-no-body', outcome: Evidence.OrgTag,
      reason: '"Co-author Prof Dana Kelso", "Co-founder Tom Rell": a prefix joined by a hyphen to the lower-case word after it (list hyphen-prefixes) opens a title or a word, not a name, though the lexicon knows "Co" as a company\'s abbreviation ("Kelso & Co").',
      when: ({ name }) => !name.multiWord && has(HYPHEN_PREFIXES, name.first.lower) && /^-$/.test(name.nameEnd.post) && name.after !== undefined && !isCapitalised(name.after),
      examples: { yes: ['{Co}-author Prof Dana Kelso said the data were clear.'], no: ['{Co} author Prof Dana Kelso said the data were clear.'] },
    },
    {
      id: 'title-of-someone-before-body-noun', outcome: Evidence.Title,
      reason: '"A spokesman for the charity Open Door said", "an official at the campaign group Safe Streets": a post whose words run on to a body\'s noun (lists org-nouns-after, trade-nouns-before) right before the name is the post of someone unnamed at that body; the name after the noun is the body\'s (rule body-noun-before), not the holder\'s. A known given name and a surname after the noun stay a person ("the charity\'s founder, Dana Wrell,"; occupationBeforePerson).',
      when: ({ name, evidence }) => (evidence & Evidence.Title) !== 0n && !name.honorific && name.before !== undefined && joined(name.before, name.nameStart) && !isCapitalised(name.before)
        && (bodyNounBefore(name) || firmTradeBeforeCommonWords(name)),
      examples: {
        yes: ['A spokesman for the charity {Open Door} said no.', 'A spokeswoman for the campaign group {Safe Streets} said no.', 'The developer {Harbour Lane} bought the site.'],
        no: ['A spokesman for the charity, {Dana Wrell}, said no.', 'A spokesman for the charity {Dana Wrell} said no.', 'Spokesman {Tom Brisk} said no.', 'The builder {Grace Field} bought the site.',
          'The producer {Tomas Vane} bought the site.'],
      },
    },
    {
      id: 'body-use-no-place-guess', outcome: Evidence.Place,
      reason: '"the house of Tarrow", "bought 70% of Kelso": the tagger guesses a place for an unknown word after "of" or "in", but the words around it show the body itself (Evidence.BodyUse: a trade\'s body noun before it, shares or a stake in it, a percentage bought of it, "the house of" it, founded): a guess yields to that. A place the lexicon, the country list or the place abbreviations know stays one ("shares in Texas", "a third of U.S. exports"), and so does a people ("a share of Lutherans"), and so does a thing a rule shows by its own shape (Evidence.Term: "the share of A-level entries", rule letter-compound-noun).',
      when: ({ name, evidence }) => (evidence & Evidence.Place) !== 0n && (evidence & Evidence.BodyUse) !== 0n && (evidence & Evidence.Term) === 0n && name.words.every(word => !isKnownPlaceWord(word) && !tagged(word, Tag.Demonym | Tag.Plural) && !has(PEOPLE_GROUP_WORDS, word.lower)),
      examples: {
        yes: ['Orla Tarrow opened a shop in 1950. This spring the house of {Tarrow} went back to the sea.'],
        no: ['Crowds gathered in {Tarrow} overnight.', 'Shares in {Texas} rose.', 'Tariffs hit a third of {U.S.} exports.', 'Turnout was high where a third of {Lutherans} worship.', 'The share of {A-level} entries fell.'],
      },
    },
    {
      id: 'shop-name-no-place', outcome: Evidence.Place,
      reason: '"sold at Marwick\'s and Tarrow & Sons", "Marwick\'s said": a town\'s name in the possessive standing alone is a shop or a chain named after it (rule possessive-shop-name), not the town, though the lexicon knows the word as a place.',
      when: ({ name, evidence }) => (evidence & Evidence.Place) !== 0n && standsAlonePossessive(name),
      examples: { yes: ['The kettles were sold at {Marwick}\'s and Tarrow & Sons.'], no: ['The kettles were sold in {Marwick} and Tarrow.'] },
    },
    {
      id: 'graded-model-no-person', outcome: Evidence.Title | Evidence.FirstName | Evidence.LastName | Evidence.PersonTags,
      reason: '"the Vela 6 Pro Max": a grade word after a model\'s number (list product-grade-words) is no title, and the grade word after it no given name (rule graded-model-name).',
      when: ({ name }) => !name.honorific && gradeAfterModelNumber(name.before, name.twoBefore) && name.before !== undefined && joined(name.before, name.nameStart),
      examples: { yes: ['The recall covers the Vela 6 Pro {Max} in Europe.'], no: ['Canadian pro {Max} won on Friday.'] },
    },
    {
      id: 'trade-noun-ending-title-no-person', outcome: Evidence.Title,
      reason: '"now a pundit for broadcaster Tarrow Four", "an analyst at the broker Kelso Vane", "joined from rival outfit Marr Dunholt": a person\'s post that ends in a body\'s trade noun right before the name (a broadcaster, a broker, a racing outfit; rule body-noun-before) places the post at that body, and the name is the body\'s, no title of its own; a given name and a surname after the noun stay a person ("pundit for broadcaster Dana Kelso": occupationBeforePerson).',
      when: ({ name, evidence }) => (evidence & Evidence.Title) !== 0n && (evidence & Evidence.FirstName) === 0n && !name.honorific && bodyNounBefore(name),
      examples: {
        yes: ['Ivo Marsh, now a pundit for broadcaster {Tarrow Four}, said it was harsh.'],
        no: ['Ivo Marsh, now a pundit for broadcaster {Dana Kelso}, said it was harsh.', 'Finance Minister {Tarrow Four} resigned.'],
      },
    },
    {
      id: 'place-after-person-of', outcome: Evidence.Appositive | Evidence.Title,
      reason: '"Senator Dan Okoro of Arizona, the chairman …": a place after a person\'s name and "of" says where the person is from; the title and the appositive are the person\'s, not the place\'s.',
      when: ({ name, evidence }) => (evidence & Evidence.Place) !== 0n && name.before?.lower === 'of' && name.twoBefore !== undefined
        && isCapitalised(name.twoBefore) && !name.honorific,
      examples: { yes: ['Senator Dana Okoro of {Arizona}, the panel chairwoman, spoke.'], no: ['Senator Dana Okoro in {Arizona}, the panel chairwoman, spoke.'] },
    },
    {
      id: 'host-before-club-no-person', outcome: Evidence.Title | Evidence.PersonTags | Evidence.FirstName | Evidence.Appositive,
      reason: '"Wanderers, who sit 19th, host Ashby City on Saturday": a lower-case "host" before a name ending in a club\'s ending ("City", "Town", "Rovers") is the fixture\'s verb, not a person\'s title; the name is the visiting club (kind by its ending, in sports copy). So is "host" after a side named in the plural or by a club\'s ending, before one word with no first name and then the day of the fixture ("The Lions host Vardo next Friday", "Kelso Rovers host Marwick on Saturday").',
      when: ({ name }) => name.before !== undefined && has(FIXTURE_HOST_VERBS, name.before.text) && !name.honorific
        && ((name.multiWord && has(CLUB_NAME_ENDINGS, name.last.lower)) || hostedOnADay(name)),
      examples: {
        yes: ['Wanderers, who sit 19th, host {Ashby City} on Saturday.', 'The Lions host {Vardo} next Friday.', 'Kelso Rovers host {Marwick} on Saturday.'],
        no: ['Wanderers, who sit 19th, face {Ashby City} on Saturday.', 'The show\'s host {Dana Kelso} smiled.', 'Radio host {Dana Kelso} spoke on Saturday.'],
      },
    },
    {
      id: 'constituency-no-person', outcome: Evidence.FirstName | Evidence.LastName | Evidence.PersonTags | Evidence.Appositive | Evidence.Title,
      reason: '"The MP for Carrow West, Ed Vellis, said": the constituency after a seat-holder\'s title and "for" is the place, even where the lexicon knows its words as a name\'s or the title and appositive around it seem to describe it.',
      when: ({ name }) => constituencyOf(name),
      examples: { yes: ['The MP for {Carrow West}, Ed Vellis, said nothing.'], no: ['The aide to {Carrow West}, Ed Vellis, said nothing.'] },
    },
    {
      id: 'state-after-town-no-person', outcome: Evidence.FirstName | Evidence.LastName | Evidence.PersonTags | Evidence.Appositive | Evidence.Title,
      reason: '"a baker in Lake Ardley, Wis. Sales …": a state abbreviated after a town is the place, even where the lexicon also knows its letters as a surname ("Wis", "Ky") and a role before the town seems to describe it.',
      when: ({ name }) => stateAfterTown(name),
      examples: { yes: ['Ivo Marr, a baker in Lake Ardley, {Wis}. Sales are up.'], no: ['Ivo Marr, a baker, met {Wis} on Monday.'] },
    },
  ],
});

/** The draft's evidence and every flag the evidence rules add (before NAME_EVIDENCE_DROPPED). */
export function gatherEvidence(context: NameContext, onFired?: (rule: EvidenceRule) => void): EvidenceFlags {
  let evidence = context.draft.evidence;
  for (const rule of NAME_EVIDENCE.rules) {
    if (rule.when(context)) {
      evidence |= rule.outcome;
      onFired?.(rule);
    }
  }
  return evidence;
}
