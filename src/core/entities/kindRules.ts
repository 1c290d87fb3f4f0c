// How a candidate's evidence (evidenceRules.ts) decides its kind, as data: the first rule that fires
// decides. Examples mark the candidate with braces, as in the evidence table: "Minister {Dana Whitlock} said".
import { ABBREVIATED_TITLES, RACING_TEAM_HEADS, LANDSCAPE_SURNAMES, AWARD_HEADS, CHESS_OPENING_HEADS, CLUB_PREFIXES, DWELLING_HEADS, ESTATE_NAME_HEADS, SURNAME_DWELLING_HEADS, GOVERNMENT_HEADS, GOVERNMENT_HEADS_BEFORE_OF, HONORIFICS, NAME_PARTICLES, PAPER_NAME_OPENERS, OPERATED_SITE_HEADS, REGION_HEADS, SURNAME_HEADS, PLACE_HEADS, STREET_FIRM_ENDINGS, ORG_HEADS_BEFORE_OF, ORG_HEADS, COMPANY_HEADS } from '../lexicon/entities';
import { NATIONALITY_PERSON_NOUNS } from '../lexicon/quotes';
import { lexiconFlags } from '../nlp/adapter';
import { Tag } from '../nlp/tokens';
import { GIVEN_NAME_NATIONALITY_NOUNS, HYPHEN_PREFIXES, isPartyWord, PARTY_CALLED_BY_PLURAL, PARTY_MEMBER_GROUPINGS, PARTY_MEMBER_NOUNS, PARTY_NAME_HEADS, WORD_GIVEN_NAMES } from '../lexicon/names';
import { CLUB_ENDINGS_IN_SPORTS_COPY, CLUB_NAME_ENDINGS } from '../lexicon/gazetteer/sports';
import { COUNTRIES } from '../lexicon/gazetteer';
import { ruleTable, type Rule } from '../rules/ruleTable';
import { analyzeParagraph } from './paragraph';
import { abbreviationStarts, endsInCompanyHead, initialsOf, isAbstractNoun, isChessMove, spellsAbbreviation } from './words';
import { Evidence, type EvidenceFlags, type NameCandidate } from './types';
import { push } from './multimap';

export type CandidateKind = 'person' | 'org' | 'place' | 'unknown';

/** What the kind rules look at, computed once per candidate. */
export interface KindContext {
  readonly candidate: NameCandidate;
  readonly evidence: EvidenceFlags;
  readonly multiWord: boolean;
  /** An abbreviation that no indefinite article shows to be a thing ("a KVR launcher"). */
  readonly acronym: boolean;
}

export function kindContext(candidate: NameCandidate): KindContext {
  const evidence = candidate.evidence;
  return {
    candidate, evidence,
    multiWord: candidate.words.length > 1,
    acronym: (evidence & Evidence.Acronym) !== 0n && (evidence & (Evidence.NotOrg | Evidence.Anonymised)) === 0n,
  };
}

/** The candidate of the braced name in an example sentence, as the paragraph pass finds it, and all the sentence's names. */
export function bracedCandidate(example: string): { readonly candidate: NameCandidate; readonly names: readonly NameCandidate[] } {
  const start = example.indexOf('{'), end = example.indexOf('}') - 1;
  const names = analyzeParagraph(example.replace(/[{}]/g, '')).names;
  const candidate = names.find(name => name.start === start && name.end === end);
  if (!candidate) {
    throw new Error(`no name found at the braces of the example: ${example}`);
  }
  return { candidate, names };
}

function exampleContext(example: string): KindContext {
  return kindContext(bracedCandidate(example).candidate);
}

const has = (context: KindContext, flags: EvidenceFlags): boolean => (context.evidence & flags) !== 0n;

type KindRule = Rule<KindContext, CandidateKind>;

/**
 * "Dane Kessick", "Dane Mercer": a nationality noun for one person (lexicon/quotes NATIONALITY_PERSON_NOUNS) and one more
 * word that is a known surname or a word the lexicon does not know at all; no body's or place's evidence.
 */
function nationalityNounAndSurname({ candidate, evidence }: KindContext): boolean {
  const [first, second] = candidate.words;
  return candidate.words.length === 2 && (evidence & (Evidence.OrgTag | Evidence.OrgHead | Evidence.Place | Evidence.Acronym)) === 0n
    && Object.prototype.hasOwnProperty.call(NATIONALITY_PERSON_NOUNS, first.toLowerCase()) && GIVEN_NAME_NATIONALITY_NOUNS.has(first.toLowerCase())
    && !COUNTRIES.has(candidate.words.join(' ').toLowerCase())
    && ((evidence & Evidence.LastName) !== 0n || lexiconFlags(second.toLowerCase()) === 0);
}

/** A place's words with nothing of a person's own (a first name, an honorific, a surname): "NATO member Estonia". */
const placeOnly = (context: KindContext): boolean => has(context, Evidence.Place)
  && !has(context, Evidence.FirstName | Evidence.Honorific | Evidence.LastName | Evidence.PersonTags);

/**
 * "the London dealer Caffyn & Storr", "auctioneers Marr & Vane": a name whose capitalised words an ampersand joins,
 * tagged a body (evidence rule ampersand-firm), is a firm of partners, though a trade noun that also titles a person
 * ("dealer", "partner") stands before it: no one person's name is written with an ampersand.
 */
function partnersFirm({ candidate, evidence }: KindContext): boolean {
  return (evidence & Evidence.OrgTag) !== 0n && /\p{Lu}\S*\s&\s\p{Lu}/u.test(candidate.text);
}

/**
 * "coach Zoltan Hill", "Team coach Ivo Field", "said coach Ivo Marsh": after a title, two words, the first one the
 * lexicon does not know at all and the last a common noun of the landscape that alone makes the place reading ("hill",
 * "field"), or a word the lexicon does not know either, which the tagger guessed a place from its shape ("marsh",
 * "moor"; not a place's own word: "ally Hong Kong", "rival West Virginia", "the Kelso Street"), is a given name the
 * lexicon lacks and a surname.
 */
function givenNameBeforeLandscapeNoun({ candidate }: KindContext, wordGivenNames = false): boolean {
  const words = candidate.words;
  if (words.length !== 2) {
    return false;
  }
  const [first, last] = words.map(word => word.toLowerCase());
  const lastFlags = lexiconFlags(last);
  const givenName = lexiconFlags(first) === 0 || (wordGivenNames && WORD_GIVEN_NAMES.has(first));
  return givenName && (lastFlags === Tag.Noun || lastFlags === 0) && !PLACE_HEADS.has(last) && (lexiconFlags(`${first} ${last}`) & Tag.Place) === 0;
}

/**
 * "Ivo Marsh said", "X heard from Kemi Field, a former nurse,": givenNameBeforeLandscapeNoun without a title before the
 * name, so only for a last word that is a surname as often as a landscape noun (list landscape-surnames); a body's or a
 * site's common words the lexicon lacks ("Outbreak Response", "Road Safety", "Kelso Palace") stay what other rules make them.
 */
function landscapeSurname(context: KindContext, wordGivenNames = false): boolean {
  const words = context.candidate.words;
  return givenNameBeforeLandscapeNoun(context, wordGivenNames) && LANDSCAPE_SURNAMES.has(words[words.length - 1].toLowerCase());
}

/**
 * A Korean given name in its usual romanisation: a capitalised syllable, a hyphen and a lower-case one ("Ji-hoon",
 * "Seo-yeon"), each of one to five letters; a hyphen prefix ("Co-op", "Pre-war", "Anti-war") is no syllable of a name.
 */
const HYPHENATED_GIVEN_NAME = /^(\p{Lu}\p{Ll}{0,4})-\p{Ll}{2,5}$/u;

/**
 * "Park Ji-hoon", "Song Min-seo": a short capitalised family name written first, then a hyphenated given name. The
 * family name may be an English word the lexicon knows ("Park", a verb and a place's head; "Ha", "Moon"), which
 * leaves the words without the unknown-words reading; the given name's shape says person.
 */
function familyNameThenHyphenatedGivenName({ candidate, evidence }: KindContext): boolean {
  // The words as written: the candidate's words are lower-cased.
  const words = candidate.text.split(/\s+/);
  if (words.length !== 2 || !/^\p{Lu}\p{Ll}{0,5}$/u.test(words[0]) || (evidence & (Evidence.OrgTag | Evidence.OrgHead)) !== 0n) {
    return false;
  }
  const given = HYPHENATED_GIVEN_NAME.exec(words[1]);
  return given !== null && !HYPHEN_PREFIXES.has(given[1].toLowerCase());
}

/** "Republicans", "Democrat": a party label alone, or its plural, names the party's members, not one person. */
function partyLabel({ candidate }: KindContext): boolean {
  return candidate.words.length === 1 && isPartyWord(candidate.words[0]);
}

/**
 * "Senate Democrats", "Kelso County Republicans": a chamber or a level of government before a party label in the plural names a group of the
 * party's members (in a chamber, a state), neither one person nor a body with a name of its own.
 */
function partyMembers({ candidate, evidence }: KindContext): boolean {
  const n = candidate.words.length;
  const last = candidate.words[n - 1];
  return n > 1 && /s$/.test(last) && isPartyWord(last) && PARTY_MEMBER_GROUPINGS.has(candidate.words[n - 2].toLowerCase())
    && (evidence & (Evidence.OrgHead | Evidence.Honorific)) === 0n;
}

const FUNCTION_WORD_TAGS = Tag.Conjunction | Tag.Preposition | Tag.Determiner | Tag.Pronoun;

/** A word the lexicon reads only as a function word (no noun, verb, adjective or name reading). */
function isFunctionWordOnly(lower: string): boolean {
  const flags = lexiconFlags(lower);
  return (flags & FUNCTION_WORD_TAGS) !== 0 && (flags & ~FUNCTION_WORD_TAGS) === 0;
}

/** A person's context outside an organisation's name: an abbreviation needs an honorific to be a name. */
const PERSON_CONTEXT_RULES: KindRule[] = [
  {
    id: 'title-abbreviation-alone', outcome: 'unknown',
    reason: 'An abbreviated title or honorific alone ("Gov", "Sen", "Mr") cut off from the name after it is no name, whatever title stands before it.',
    when: ({ candidate }) => candidate.words.length === 1 && (ABBREVIATED_TITLES.has(candidate.words[0]) || HONORIFICS.has(candidate.words[0])),
    examples: { yes: ['Republican nominee {Gov} said no.'], no: ['Republican nominee {Govan} said no.'] },
  },
  {
    id: 'party-plural-after-the', outcome: 'org',
    reason: '"the Liberals won 17 seats", "Labour took the seat from the Conservatives": the capitalised plural of a label of list party-called-by-plural after a lower-case "the" is the party, also where the document never names it in full; a label alone or after "fellow" stays its members (party-label-alone).',
    when: ({ candidate, evidence }) => candidate.words.length === 1 && (evidence & Evidence.Nickname) !== 0n && /s$/.test(candidate.words[0])
      && PARTY_CALLED_BY_PLURAL.has(candidate.words[0].toLowerCase().slice(0, -1)),
    examples: { yes: ['Jon Amsel said the {Liberals} had done well.'], no: ['The senator called on fellow {Liberals} to act.', 'Jon Amsel said the {Republicans} had done well.'] },
  },
  {
    id: 'party-label-alone', outcome: 'unknown',
    reason: 'A party label alone or in the plural ("fellow Republicans", "Democrat of Kelso") names the party\'s members, never one person, whatever title stands before it.',
    when: context => partyLabel(context) && !has(context, Evidence.OrgTag | Evidence.OrgHead | Evidence.Honorific),
    examples: { yes: ['The senator called on fellow {Republicans} to act.'], no: ['The senator called on fellow {Dana Whitlock} to act.'] },
  },
  {
    id: 'party-members', outcome: 'unknown',
    reason: 'A chamber or a level of government before a party label in the plural ("Senate Democrats", "Kelso County Republicans") names some of the party\'s members: no person, and no body to list or link.',
    when: partyMembers,
    examples: { yes: ['The senator met fellow {Senate Democrats} on Monday.'], no: ['The senator met fellow senator {Dana Whitlock} on Monday.', 'The senator met the {Christian Democrats} on Monday.'] },
  },
  {
    id: 'award-head-after-title', outcome: 'unknown',
    reason: 'An award\'s head alone after words read as a title ("the Young Chef Award", "the Chairman\'s Prize": list award-heads) ends the award\'s name: no person, though a title stands before it.',
    when: ({ candidate }) => candidate.words.length === 1 && AWARD_HEADS.has(candidate.words[0].toLowerCase()),
    examples: { yes: ['She picked up the Young Chef {Award} on Monday.'], no: ['She picked up the Young Chef {Awardo} on Monday.'] },
  },
  {
    id: 'function-word-after-title', outcome: 'unknown',
    reason: 'One word the lexicon knows only as a function word ("Now", "Then": a conjunction, a preposition, a determiner or a pronoun), after a word read as a title, is no one\'s name (not an acronym in capitals: "WHO" is a body): campaign groups named as slogans ("Justice Now", "Climate Justice Now") end in such words, and the title before them ("Justice") is the slogan\'s first word.',
    when: context => context.candidate.words.length === 1 && has(context, Evidence.Title) && !context.acronym
      && isFunctionWordOnly(context.candidate.words[0].toLowerCase()),
    examples: { yes: ['Members of Climate Justice {Now} marched on Friday.'], no: ['Members of Justice {Noakes}\'s court rose on Friday.', 'The World Health Organization ({WHO}) warned of a new wave.'] },
  },
  {
    id: 'possessive-in-place-name', outcome: 'place',
    reason: 'A name in the possessive right before a capitalised place head ("Lady Jenna\'s Cove", "St Bride\'s Bay") is a word of the place\'s name: coastal and environment copy names coves, bays and beaches after people long dead, and the honorific before the name is the place\'s, not a person\'s now.',
    when: context => has(context, Evidence.PlaceNamePart) && !has(context, Evidence.Speaker | Evidence.QuotedSpeaker | Evidence.Appositive | Evidence.Title),
    examples: { yes: ['The swimmers met at Lady {Jenna}\'s Cove before dawn.'], no: ['The swimmers met at Lady {Jenna}\'s cottage before dawn.'] },
  },
  {
    id: 'party-label-before-body-noun', outcome: 'org',
    reason: '"the leader of the opposition Liberal Democrat group, Cllr X,", "leader of the Conservative group": party labels alone (list party-labels) before a lower-case noun of bodies ("group", "party": evidence rule body-noun-after) name the party\'s group, though a title stands before them; the title is the person\'s named after the group.',
    when: context => context.candidate.words.every(isPartyWord) && has(context, Evidence.OrgTag) && !has(context, Evidence.Honorific | Evidence.FirstName),
    examples: {
      yes: ['The leader of the opposition {Liberal Democrat} group, Dana Whitlock, spoke first.', 'The deputy leader of the {Conservative} group, Dana Whitlock, spoke first.'],
      no: ['The leader of the opposition {Dana Whitlock} spoke first.', 'The leader of the {Kelso} group, Dana Whitlock, spoke first.'],
    },
  },
  {
    id: 'honorific-before-name', outcome: 'person',
    reason: 'A courtesy honorific or abbreviated title before it ("Ms Whitlock", "Sen. Okoro") names a person, even an abbreviation.',
    when: context => has(context, Evidence.Honorific) && !has(context, Evidence.OrgHead),
    examples: { yes: ['The bill was drafted by Ms {Whitlock} last year.'], no: ['The bill was drafted by {Whitlock} last year.'] },
  },
  {
    id: 'title-before-name', outcome: 'person',
    reason: 'A title right before it ("Finance Minister Dana Whitlock") names a person.',
    when: context => has(context, Evidence.Title) && !has(context, Evidence.OrgHead) && !context.acronym && (!placeOnly(context) || givenNameBeforeLandscapeNoun(context))
      && !partnersFirm(context),
    examples: { yes: ['Finance Minister {Dana Whitlock} resigned on Friday.', '"We deserved more," said coach {Zoltan Hill}.', '"We ran out of legs," said coach {Ivo Marsh}.'], no: ['The {Kelso Harbour Commission} resigned on Friday.', 'Critics called NATO member {Estonia} a small state.', 'The rival {Hong Kong} team left.', 'The London dealer {Caffyn & Storr} declined to comment.'] },
  },
  {
    id: 'role-appositive', outcome: 'person',
    reason: 'A role in apposition ("Dana Whitlock, the finance minister,") describes a person.',
    when: context => has(context, Evidence.Appositive) && !has(context, Evidence.OrgHead) && !context.acronym && (!placeOnly(context) || landscapeSurname(context)),
    examples: { yes: ['{Whitlock}, the finance minister, resigned on Friday.', 'The inquiry heard from {Ivo Marsh}, a former nurse, on Monday.'], no: ['{Whitlock} resigned on Friday.', 'The envoy of {Norway}, a founding member of the alliance, arrived late.'] },
  },
  {
    id: 'landscape-surname-that-speaks', outcome: 'person',
    reason: '"Ivo Marsh said his client was sorry", "Kemi Hill told the court": a given name the lexicon lacks, or one that is also a common word (list word-given-names: "Ray Marsh said", "Dean Marsh told reporters"), and a surname that is a common noun of the landscape (landscapeSurname), reporting words: a place does not speak, and a hill or a marsh is no body that issues statements (those are operated sites, rule operated-site-that-speaks), so the tagger\'s place reading gives way. Not where a use puts something in the name or holds a post over it (Evidence.Within: "the Mayor of Tarrow Vale" … "the vote in Tarrow Vale says little"): that is the town.',
    when: context => has(context, Evidence.Place) && has(context, Evidence.Speaker | Evidence.QuotedSpeaker) && !has(context, Evidence.OrgHead | Evidence.OrgTag | Evidence.Within)
      && !context.acronym && landscapeSurname(context, true),
    examples: { yes: ['{Ivo Marsh} said his client was sorry.', '{Kemi Field} told the court she was sorry.', '{Ray Marsh} said the club would appeal.', '{Dean Marsh} told reporters he was staying.'], no: ['Police sealed off {Rose Hill} overnight.', 'Crowds gathered on {Ivo Marsh} overnight.', '{Hong Kong} said the border would reopen.', '{Outbreak Response} said the cases rose.'] },
  },
];

/**
 * "Winifred Cole House", "the Albert Dunn Estate", "Cecil Ward Lane": a given name, a surname and a dwelling head (list
 * dwelling-heads) name a block, an estate or a street after the person; "Hartley Meadows", "Oakfield Gardens": one word
 * that is no given name and an estate's head (list estate-name-heads), with nothing of a person about it. A double given
 * name before a head that is also a surname ("Mary Ellen Lane") is a person's name.
 */
function dwellingNamedAfterPerson(context: KindContext): boolean {
  const words = context.candidate.words.map(word => word.toLowerCase());
  const n = words.length;
  const head = words[n - 1];
  // A reporting verb after the name ("the firm that refurbished Winifred Cole House admitted …") does not make a
  // building speak; but where the head is also a surname, or after one word, it may be a person who does.
  const speaks = has(context, Evidence.Speaker | Evidence.QuotedSpeaker | Evidence.SaysHe | Evidence.Possessive);
  if (n < 2 || n > 4 || words.includes('of') || context.acronym) {
    return false;
  }
  if (n === 2) {
    return ESTATE_NAME_HEADS.has(head) && !speaks && (lexiconFlags(words[0]) & Tag.FirstName) === 0 && !has(context, Evidence.FirstName | Evidence.PersonTags);
  }
  // "the Tarrow White House": a modifier before a name the lexicon knows whole ("White House") is no building named
  // after a person.
  if ((lexiconFlags(`${words[n - 2]} ${head}`) & (Tag.Organization | Tag.Place)) !== 0) {
    return false;
  }
  const surnameHead = SURNAME_DWELLING_HEADS.has(head);
  const doubleGivenName = surnameHead && (lexiconFlags(words[n - 2]) & (Tag.MaleName | Tag.FemaleName)) !== 0;
  return DWELLING_HEADS.has(head) && has(context, Evidence.FirstName) && !doubleGivenName && !(surnameHead && speaks);
}

/** "State Department" (a government head last), "Prefecture of Tarrow" (a government head before "of", first). */
function governmentHeaded(words: readonly string[]): boolean {
  return GOVERNMENT_HEADS.has(words[words.length - 1]) || (words[1] === 'of' && GOVERNMENT_HEADS_BEFORE_OF.has(words[0]));
}

const PLACE_RULES: KindRule[] = [
  {
    id: 'dwelling-named-after-person', outcome: 'place',
    reason: 'Housing copy names blocks of flats, estates and residential streets after people ("Winifred Cole House", "the Albert Dunn Estate", "Cecil Ward Lane") and gives new estates a landscape noun after a word that is no given name ("Hartley Meadows"): a place, not the person the building is named after nor a body. Not a double given name before a surname that is also a dwelling noun ("Mary Ellen Lane"), nor a name that speaks.',
    when: dwellingNamedAfterPerson,
    examples: {
      yes: ['The fire spread through {Edith Rowe House} in minutes.', 'The firm that refurbished {Edith Rowe Tower} admitted fault.', 'Tenants on the {Albert Marr Estate} were moved out.', 'Traffic queued down {Cecil Ward Lane} all day.', 'Homes at {Tarrowby Meadows} will go on sale in May.'],
      no: ['The fire was reported by {Mary Ellen Lane} in minutes.', 'The fire was reported by {Edith Rowe} in minutes.', 'The plan was backed by {Dana Meadows} on Monday.', '{Kelso Crown Court} heard the case.', 'Aides in the {Tarrow White House} left early.'],
    },
  },
  {
    id: 'government-body-of-place-words', outcome: 'org',
    reason: '"State Department", "Justice Ministry": the tagger may read such words as places; a government head noun makes a body, at the end of the name or before its "of" (a body\'s head before "of" takes the place reading away already, evidence rule place-words: "the Prefecture of Tarrow" is a body by its head).',
    when: context => has(context, Evidence.Place) && has(context, Evidence.OrgHead) && context.multiWord && governmentHeaded(context.candidate.words),
    examples: { yes: ['Officials at the {State Department} declined to comment.'], no: ['Officials in {Kelso} declined to comment.'] },
  },
  {
    id: 'listed-after-plural-title', outcome: 'person',
    reason: 'Names listed after a plural title ("Presidents X and Y") are people, even when their words read as places.',
    when: context => has(context, Evidence.Place) && has(context, Evidence.PluralTitle),
    examples: { yes: ['Presidents {Paris} and Brenner met.'], no: ['Crowds gathered in {Paris} overnight.'] },
  },
  {
    id: 'operated-site-that-speaks', outcome: 'org',
    reason: '"Tarnby Airport said its runway was closed", "Kelso Port says berths reopened": a site whose operator news copy quotes by the site\'s own name (its last word in list operated-site-heads) reporting words is the operating body, not the place; a place does not speak. Where it only places something ("landed at Tarnby Airport") it stays a place.',
    when: context => context.multiWord && has(context, Evidence.Place) && has(context, Evidence.Speaker | Evidence.QuotedSpeaker)
      && OPERATED_SITE_HEADS.has(context.candidate.words[context.candidate.words.length - 1].toLowerCase())
      && !has(context, PERSON_WORDS | Evidence.PersonTags),
    examples: { yes: ['{Tarnby Airport} said its runway was closed for an hour.', 'The plan is safe, {Kelso Port} says.'], no: ['The jet landed at {Tarnby Airport} on Sunday.', '{Tarrow Station} said the line was closed.'] },
  },
  {
    id: 'place', outcome: 'place',
    reason: 'A place or a thing (its words are places, or a place or thing noun names it): never reported.',
    when: context => has(context, Evidence.Place),
    examples: { yes: ['Crowds gathered in {Paris} overnight.'], no: ['Crowds gathered around {Dana Whitlock} overnight.'] },
  },
];

/** A name before a title that names someone else ("Kelso Governor X"): a place or a body, unless a full personal name owns the title. */
const PREFIX_RULES: KindRule[] = [
  {
    id: 'owner-of-title', outcome: 'person',
    reason: '"Dana Whitlock\'s envoy X": a possessive owner that reads as a full personal name is that person.',
    when: context => has(context, Evidence.Prefix) && !has(context, Evidence.OrgTag | Evidence.OrgHead | Evidence.Acronym)
      && has(context, Evidence.Possessive) && context.multiWord && has(context, Evidence.FirstName | Evidence.PersonTags),
    examples: { yes: ['{Sarah Ostrander}\'s envoy Tomas Brenner arrived.'], no: ['{Kelso} Governor Tomas Brenner arrived.'] },
  },
  {
    id: 'club-prefix-opening-a-post', outcome: 'place',
    reason: 'A word that opens clubs\' names but is also an ordinary word ("Sporting", "Athletic", "Racing"), alone at the start of a sentence before someone else\'s lower-case post ("Sporting director X"), is the first word of the post, not a club called by its prefix.',
    when: context => context.candidate.words.length === 1 && has(context, Evidence.Prefix) && has(context, Evidence.Opener)
      && CLUB_PREFIXES.has(context.candidate.words[0].toLowerCase()) && !/^\p{Lu}+$/u.test(context.candidate.words[0]),
    examples: { yes: ['{Sporting} director Dana Kelso is expected to stay.', '{Racing} director Lia Brandt is expected to go.'], no: ['{Marwick} director Dana Kelso is expected to stay.', 'Fans cheered when {Sporting} director Dana Kelso arrived.'] },
  },
  {
    id: 'before-someone-else-title', outcome: 'unknown',
    reason: 'A name before a title that names someone else ("Kelso Governor X") is a place or a body, not a person; kept only if found otherwise.',
    when: context => has(context, Evidence.Prefix) && !has(context, Evidence.OrgTag | Evidence.OrgHead | Evidence.Acronym),
    examples: { yes: ['{Kelso} Governor Tomas Brenner arrived.'], no: ['Governor {Tomas Brenner} arrived.'] },
  },
];

/** "Dana Mills": a known first name before a head noun that is also a common surname, and nothing else of a body. */
function firstNameSurnameHead({ candidate, evidence }: KindContext): boolean {
  const words = candidate.words;
  return words.length === 2 && SURNAME_HEADS.has(words[1].toLowerCase())
    && (evidence & Evidence.FirstName) !== 0n && (evidence & Evidence.LastName) !== 0n
    && (evidence & (Evidence.OrgTag | Evidence.Acronym | Evidence.Place | Evidence.NotOrg)) === 0n;
}

const BODY_RULES: KindRule[] = [
  {
    id: 'photographer-in-credit', outcome: 'person',
    reason: 'A first name and a surname before the slash of a picture credit ("(Jordan Pell/Reuters)") are the photographer, even where the tagger reads the glued outlet into a body.',
    when: context => has(context, Evidence.Photographer) && has(context, Evidence.FirstName) && context.multiWord,
    examples: { yes: ['Crowds in the square on Friday. ({Jordan Pell}/Reuters)'], no: ['The deal ({Kelso Group}/Marwick) closed.'] },
  },
  {
    id: 'writer-in-credit-with-place', outcome: 'person',
    reason: 'Two or three words in capitals after "Picture by", or after "By" with the place the story was filed from ("By BWALYA TEMBO in Kitwe", "Picture by MUSONDA ZULU"; agencyLines.ts capitalsBylineNames), are the writer or the photographer, first names the lexicon does not know included; not where a body noun ends the words.',
    when: context => has(context, Evidence.Photographer) && context.multiWord && !has(context, Evidence.OrgHead | Evidence.OrgTag)
      && /^[\p{Lu}' -]+$/u.test(context.candidate.text),
    examples: { yes: ['By {BWALYA TEMBO} in Kitwe', 'Picture by {MUSONDA ZULU}'], no: ['By {KELSO MINING NEWS} in Kitwe'] },
  },
  {
    id: 'first-name-and-surname-head', outcome: 'person',
    reason: 'A known first name before a head noun that is also a common surname ("Dana Mills", "Tom Church") is a person, unless the words around it show a body.',
    when: firstNameSurnameHead,
    examples: {
      yes: ['Investigators said {Dana Mills} sent the email in March.', 'The memo from {Sarah Church} was sent on Friday.'],
      no: ['Investigators said {Kelso Mills} sent the email in March.', 'The memo from {Sarah Ostrander} was sent on Friday.'],
    },
  },
  {
    id: 'organisation-head', outcome: 'org',
    reason: 'An organisation noun heads the name ("… Commission", "Bank of …").',
    when: context => has(context, Evidence.OrgHead),
    examples: { yes: ['The {Kelso Harbour Commission} met on Monday.'], no: ['The {Kelso Harbour} project stalled on Monday.'] },
  },
  {
    id: 'abstract-noun-opening-a-sentence', outcome: 'unknown',
    reason: 'One word with an abstract noun\'s ending ("Maternity", "Employment", "Fairness"; list `abstract-noun-endings`) that opens a sentence or a headline before a common noun is the subject\'s first word ("Maternity services were cut"): its capital is the sentence\'s, and the tagger\'s in-context reading of it as a body proves nothing. Not where the lexicon knows it as a body, a noun of bodies heads it or an appositive names it a body (rule opener-introduced-as-body: "Amity, the performers\' union, said …"); kept only if found as a name elsewhere.',
    when: context => context.candidate.words.length === 1 && has(context, Evidence.Opener) && has(context, Evidence.OrgTag) && !has(context, Evidence.OrgHead | Evidence.Acronym | Evidence.BodyUse)
      && isAbstractNoun(context.candidate.words[0].toLowerCase()) && (lexiconFlags(context.candidate.words[0].toLowerCase()) & Tag.Organization) === 0,
    examples: { yes: ['{Maternity} services run by the trust have been cut.'], no: ['Shares in {Vardomity} fell on Monday.', 'Officials at {Maternity} declined to comment.'] },
  },
  {
    id: 'organisation-evidence', outcome: 'org',
    reason: 'The lexicon or the words around it show a body ("the Vardo party", "an analyst at Brenmoor").',
    when: context => has(context, Evidence.OrgTag),
    examples: { yes: ['Leaders of the {Vardo} party met on Sunday.'], no: ['Leaders met {Vardo} on Sunday.'] },
  },
  {
    id: 'abbreviation', outcome: 'org',
    reason: 'A standalone abbreviation is a body ("the KVR said").',
    when: context => context.acronym,
    examples: { yes: ['The {KVR} said the talks failed.'], no: ['Troops found a {KVR} launcher.'] },
  },
];

const NAME_RULES: KindRule[] = [
  {
    id: 'work-title-after-the', outcome: 'unknown',
    reason: 'Capitalised words after a mid-sentence "The" ("her book, The Kelso Case for Reform") are a work\'s title, not a person, unless a first name, an honorific or a title says otherwise; kept only if found as a person elsewhere.',
    when: context => has(context, Evidence.AfterThe) && !has(context, Evidence.FirstName | Evidence.Honorific | Evidence.Title | Evidence.PluralTitle),
    examples: { yes: ['Her final book, The {Kelso Case} for Reform, was released.'], no: ['Her final book, by {Kelso Case}, was released.'] },
  },
  {
    id: 'listed-names', outcome: 'person',
    reason: 'Names listed after a plural title ("Presidents X and Y") are people.',
    when: context => has(context, Evidence.PluralTitle),
    examples: { yes: ['Presidents {Varga} and Brenner met.'], no: ['President {Varga} met Brenner.'] },
  },
  {
    id: 'first-name', outcome: 'person',
    reason: 'A name of several words opening with a known first name is a personal name.',
    when: context => context.multiWord && has(context, Evidence.FirstName),
    examples: { yes: ['The report was signed by {Sarah Ostrander} on Monday.'], no: ['The report was signed by {Ostrander} on Monday.'] },
  },
  {
    id: 'person-tags', outcome: 'person',
    reason: 'compromise reads every word of a name of several words as a person\'s name.',
    when: context => context.multiWord && has(context, Evidence.PersonTags),
    examples: { yes: ['The motion came from {Tobin Smith} late on Tuesday.'], no: ['The motion came from {Smith} late on Tuesday.'] },
  },
  {
    id: 'middle-initial', outcome: 'person',
    reason: 'A middle initial ("Dana K. Whitlock") is how people, not bodies or places, are written.',
    when: context => context.candidate.words.length >= 3 && /\S\s+\p{Lu}\.?\s+\S/u.test(context.candidate.text),
    examples: { yes: ['The memo named {Quorra K. Vellamo} as author.'], no: ['The memo named {Quorra Vellamo} as author.'] },
  },
  {
    id: 'newsroom-desk', outcome: 'unknown',
    reason: 'A byline credited to a newsroom\'s desk ("Sports Desk", "Foreign Desk", "Business Desk", alone on a line under the headline) names no person and no body of its own: the outlet is named in the masthead. Not with a first name, an honorific or a title ("Dana Desk").',
    when: context => context.multiWord && /\sdesk$/i.test(context.candidate.text) && !has(context, Evidence.FirstName | Evidence.Honorific | Evidence.Title | Evidence.OrgTag),
    examples: { yes: ['Riders crash near finish\n\n{Sports Desk}\n\nThe race went on.'], no: ['The race went on, {Dana Desk} said.'] },
  },
  {
    id: 'family-name-then-hyphenated-given-name', outcome: 'person',
    reason: 'A short family name written first and a hyphenated given name of two syllables ("Park Ji-hoon", Korean romanisation) is a person, also when the family name is an English word the lexicon knows ("Park", "Moon"); not a hyphen prefix ("Co-op"), nor a name a body\'s head or tag marks.',
    when: familyNameThenHyphenatedGivenName,
    examples: { yes: ['He finished level with {Park Seo-jun} on Sunday.'], no: ['He bought shares in {Park Co-op} on Sunday.', 'He finished level with {Park} on Sunday.'] },
  },
  {
    id: 'unknown-words-lived-in', outcome: 'place',
    reason: 'Two or three capitalised words the lexicon does not know, placed by a preposition that puts something inside them ("lives in Kaja Vellamo", "shops in Vardo Tarrow") and shown as a person nowhere (no first name, title, honorific, appositive or reported words): a town the gazetteer does not know, not a person.',
    when: context => context.multiWord && context.candidate.words.length <= 3 && has(context, Evidence.UnknownWords) && has(context, Evidence.Within)
      && !has(context, PERSON_WORDS | Evidence.PersonTags | Evidence.Speaker | Evidence.QuotedSpeaker | Evidence.OrgHead | Evidence.OrgTag),
    examples: { yes: ['She lives in {Kaja Vellamo} now.'], no: ['Talks with {Kaja Vellamo} resumed.', 'She voted for {Kaja Vellamo} last year.', 'She lives in {Dana Vellamo} now.'] },
  },
  {
    id: 'site-with-unit-letter', outcome: 'place',
    reason: 'A word the lexicon does not know and one capital letter after it, with no full stop ("Hallbeck B", "Dunmere A"): energy copy names a power station\'s successive plants on one site so ("the restart at Hallbeck B", "work at Dunmere C"), a site, not a person; a person\'s initial comes before the surname, and a given name before a letter ("Malcolm X") is left to the person rules.',
    when: context => context.candidate.words.length === 2 && /^\p{Lu}\p{Ll}+\s+\p{Lu}$/u.test(context.candidate.text) && has(context, Evidence.UnknownWords)
      && !has(context, PERSON_WORDS | Evidence.PersonTags | Evidence.OrgHead | Evidence.OrgTag),
    examples: { yes: ['The restart of the reactor at {Hallbeck B} was delayed.', 'Work at {Dunmere C} stopped on Friday.'], no: ['The talk was given by {Dana Whitlock} at noon.', 'The restart of the reactor at {Hallbeck} was delayed.'] },
  },
  {
    id: 'unknown-words', outcome: 'person',
    reason: 'Two or three capitalised words the lexicon does not know are a personal name far more often than anything else in news copy; places and bodies carry a head noun or a lexicon tag.',
    when: context => context.multiWord && context.candidate.words.length <= 3 && has(context, Evidence.UnknownWords),
    examples: { yes: ['Talks with {Kaja Vellamo} resumed.'], no: ['Talks with {Vellamo} resumed.'] },
  },
  {
    id: 'speaker-then-personal-pronoun', outcome: 'person',
    reason: 'A reporting verb with a personal pronoun right after it ("Vardo said she would stay", "Vardo confirmed he had") reports a person\'s words: a body is "it" or "they".',
    when: context => has(context, Evidence.SaysHe) && !has(context, Evidence.OrgTag | Evidence.OrgHead | Evidence.Place) && !context.acronym,
    examples: { yes: ['{Vellamo} said she would stay on.'], no: ['{Vellamo} said the plan would stay.'] },
  },
  {
    id: 'nationality-noun-and-surname', outcome: 'person',
    reason: '"Dane Kessick said", "Rival Dane Kessick said", "Finn Aske said": two words, the first a nationality noun for one person that is also a given name ("Dane", "Finn", "Scot"), the second a known surname, are a person whichever way the first word is read (a given name, or "the Dane Kessick"); with no first name known the name fell to the last resort and was read as a body.',
    when: nationalityNounAndSurname,
    examples: { yes: ['{Dane Kessick} said the result was unfair.', '{Dane Mercer} said the result was unfair.'], no: ['{Kessick} said the result was unfair.', '{Dane Times} said the result was unfair.', '{Saudi Arabia} said the deal was done.', 'The {Greek Orthodox} choir sang at dawn.'] },
  },
  {
    id: 'named-source-of-words', outcome: 'org',
    reason: 'Last resort: a name of several words that reports or is the source of words ("according to the Valley Courier", "Harbour Weekly said") with nothing of a person (no first name, title, honorific, unknown-word name) is an outlet or a body; left unknown it would be dropped and its words credited to someone else.',
    when: context => context.multiWord && has(context, Evidence.Speaker) && !has(context, PERSON_WORDS | Evidence.PersonTags | Evidence.Place),
    examples: { yes: ['The plan will fail, according to the {Harbour Edition}.', '"The plan will fail," {Harbour Lights} said.'], no: ['The plan failed after the {Harbour Edition} left.'] },
  },
];

/** Names written in lower case (lowerCaseNames.ts): only the words around one use made them names, and those words say which kind. */
const LOWER_CASE_RULES: KindRule[] = [
  {
    id: 'screen-name', outcome: 'person',
    reason: 'A lower-case @-handle or the word after "posts as", "goes by", "the handle" ("analyst @kelsowatch", "a trader who posts as dotgrid") is the name a person publishes under, all crypto and online copy knows of them; a body\'s noun or head shows a body\'s account instead.',
    when: context => has(context, Evidence.ScreenName) && !has(context, Evidence.OrgTag | Evidence.OrgHead),
    examples: { yes: ['Analyst @{kelsowatch} said the wallets were empty.', 'A trader who posts as {dotgrid} said the wallets were empty.'], no: ['Analyst {Dana Kelso} said the wallets were empty.'] },
  },
  {
    id: 'lower-case-brand', outcome: 'org',
    reason: 'A word the lexicon does not know, in lower case, with an appositive naming a kind of body after it ("kelpo, the London payments start-up,", "vyne, a lender,"), is a brand styled in lower case, as fintech and tech firms style theirs.',
    when: context => has(context, Evidence.LowerCase) && !has(context, Evidence.ScreenName),
    examples: { yes: ['Regulators suspended {kelpo}, the London payments start-up, on Friday.'], no: ['Regulators suspended {Kelpo Bank} on Friday.'] },
  },
];

/** Two or three words closing on a chess opening's noun ("Halloway Defence", "Dorran Gambit"), whose first is a name's, a place's or unknown. */
function chessOpening(candidate: NameCandidate): boolean {
  const n = candidate.words.length;
  const allowed = Tag.FirstName | Tag.LastName | Tag.MaleName | Tag.FemaleName | Tag.Person | Tag.Place | Tag.Demonym | Tag.ProperNoun;
  return n >= 2 && n <= 3 && CHESS_OPENING_HEADS.has(candidate.words[n - 1])
    && candidate.words.slice(0, -1).every(word => (lexiconFlags(word) & ~allowed) === 0);
}

/** Terms of games that look like names: a chess move and a chess opening are no entity. */
const GAME_TERM_RULES: KindRule[] = [
  {
    id: 'chess-move-notation', outcome: 'unknown',
    reason: 'A chess move written in algebraic notation ("34.Rxf6!?", "Qh6+", "Nbd7"): a piece\'s capital before a square, in chess copy\'s running text and its live notes, is no name.',
    when: ({ candidate }) => candidate.words.length === 1 && isChessMove(candidate.text),
    examples: { yes: ['At 20:51 came 43.Kg2 {Rxa2} 0-1 and the game ended.'], no: ['After the draw White was congratulated by {Nxumalo}.'] },
  },
  {
    id: 'chess-opening', outcome: 'unknown',
    reason: 'A chess opening or line named after a player or a town ("a Dorran Gambit", "the Kelso Variation"; list chess-opening-heads) is a line of play, not a body; the words before it must be a name\'s, a place\'s or unknown, never common ones ("the Kelso Variation" is a line, "the Price Variation" a clause of a contract).',
    when: ({ candidate }) => chessOpening(candidate),
    examples: { yes: ['She chose the {Dorran Gambit} and drew in 30 moves.'], no: ['She chose the {Dorran Group} and drew in 30 moves.'] },
  },
];

/** Person, organisation, place (never reported) or not yet known (kept only if found with better evidence elsewhere). */
export const KIND_OF_NAME = ruleTable<KindContext, CandidateKind>({
  id: 'kind-of-name',
  reason: 'Weighs the evidence about a candidate name: the first rule that fires gives its kind; none firing leaves it unknown.',
  contextOf: exampleContext,
  rules: [
    {
      id: 'headline-only', outcome: 'unknown',
      reason: 'A name found only in a title-case line (a headline) proves nothing by its capitals; kept only if it names an entity found elsewhere.',
      when: context => has(context, Evidence.Weak),
      examples: { yes: ['Minister Warns {Vardo} Over Budget Plans'], no: ['The minister warned {Vardo} over budget plans.'] },
    },
    ...LOWER_CASE_RULES, ...GAME_TERM_RULES, ...PERSON_CONTEXT_RULES, ...PLACE_RULES, ...PREFIX_RULES, ...BODY_RULES, ...NAME_RULES,
  ],
});

/** What the document-level kind rules see: the evidence of every use of one name, and whether a person's full name ends in it. */
export interface UseContext {
  readonly evidence: EvidenceFlags;
  readonly surnameOfNamedPerson: boolean;
  /** The lexicon knows the name as a body ("Ford", "Bloomberg"), whatever else it may be. */
  readonly knownBody: boolean;
  /** One word the lexicon knows as a place ("Lisbon"): its place reading is no guess of the tagger's. */
  readonly knownPlace: boolean;
  /** One word, a plural or a club's name ending, that ends a name the document shows as a team ("Comets" of "the Dexter Comets"). */
  readonly endsTeamName: boolean;
  /** One plural word that ends exactly one name of two words or more the document shows as a body ("Dippers" of "the Ambry Dippers", a group named so). */
  readonly endsBodyName: boolean;
  /** A surname opened by a name particle that ends the full name of a person of the document ("van der Kelso" of "Nina van der Kelso"). */
  readonly particleSurnameOfNamedPerson: boolean;
  /** A word the lexicon does not know that opens the full name of three words of a person of the document ("Abdi" of "Abdi Waqo Dadi"). */
  readonly givenNameOfNamedPerson: boolean;
  /** A name of several words ending in a club's ending ("Marwick City"), in a document that shows another name as a team (sports copy). */
  readonly clubNameInSportsCopy: boolean;
  /** The document shows another name of one or two words as a team or a side of a match (sports copy; isSportsCopyByClub). */
  readonly sportsCopy: boolean;
  /** A party's label ("Democrats") or the plural of the surname of a person the document names in full ("Kelsos"). */
  readonly partyOrFamily: boolean;
  /** One word that opens the name of a company the document names in several words ("Kessler" of "Kessler Bancorp"; companyFirstWords). */
  readonly opensCompanyName: boolean;
  /** One word that opens a region's name of two words the document uses ("Ekiti" of "Ekiti State"; regionFirstWords). */
  readonly opensRegionName: boolean;
  /** The opening words of a company's name of the document that end in a place's noun ("Kestrel Bay" of "Kestrel Bay Capital"; placeWordedCompanyOpenings). */
  readonly opensCompanyNameAtPlace: boolean;
  /** One word before the head of a motor-racing team's name of the document, its sponsor's or its constructor's ("Vardel" of "Orrin Vardel Racing"; racingTeamWords). */
  readonly wordOfRacingTeam: boolean;
  /** Two or more words that open the name of a company the document names in full, short of its head ("Kestrel Ridge" of "Kestrel Ridge Data Partners"; companyOpenings). */
  readonly opensCompanyNameInWords: boolean;
  /** One word that opens a name of several words the document uses ("Kelso" of "Kelso Rovers", "Kelso Borough Council"; longerNameFirstWords). */
  readonly opensLongerName: boolean;
  /** One word that closes a paper's name of the document opened by a paper-name opener ("Kestrel" of "The Daily Kestrel"; paperOwnWords). */
  readonly endsPaperName: boolean;
  /** The plural of a party's name without "Party" that the document names in full ("Civic Radicals" beside "Civic Radical Party"; partyPlurals). */
  readonly pluralOfPartyName: boolean;
  /** An abbreviation shown as a term's or a trial's (Evidence.Term) that spells a name of several words of the document ("MRC" beside "Medical Research Council"). */
  readonly spelledByName: boolean;
  /** An initial and a surname ("N Stroud") of a person the document names in full with a given name of that initial ("Nell Stroud"; namedPersonInitials). */
  /** A name of two words whose last word, a common word, speaks alone in the document ("Okeke Marsh" beside "Marsh said"; speakingCommonWordSurnames). */
  readonly nameWhoseCommonSurnameSpeaks: boolean;
  /** That last word alone ("Marsh" beside "Okeke Marsh"). */
  readonly speakingCommonWordSurname: boolean;
  readonly initialOfNamedPerson: boolean;  /** One word whose demonym in "-i" the document uses too ("Harqan" beside "the Harqani dinar", "all Harqanis"; demonymCountries). */
  readonly countryOfDemonym: boolean;
}

/** Whether `key`, an abbreviation some use shows as a term's or a trial's, spells the words of another name of the document. */
export function isSpelledByName(key: string, evidence: EvidenceFlags, names: SpelledNames): boolean {
  return (evidence & Evidence.Term) !== 0n && (names.initials.has(key) || (names.byStart.get(key[0]) ?? []).some(words => spellsAbbreviation(key, words)));
}

/** The document's names of several words, each once: their initials, and the names by the letters an abbreviation of them can begin with. */
export interface SpelledNames {
  readonly initials: ReadonlySet<string>;
  readonly byStart: ReadonlyMap<string, readonly (readonly string[])[]>;
}

/** A name's initials and the letters an abbreviation of it can begin with: a function of its words alone. */
interface Spelling {
  readonly initials: string;
  readonly starts: readonly string[];
}

/**
 * Spellings of the names seen lately, by their words (joined with a separator no word holds): re-analysis after an edit meets the same names again, and
 * each is spelled once, not once per run. Dropped whole when it grows past SPELLINGS_KEPT (a bound, not a policy).
 */
const SPELLINGS = new Map<string, Spelling>();
const SPELLINGS_KEPT = 50_000;

function spellingOf(words: readonly string[]): Spelling {
  const key = words.join('\u0000');
  let spelling = SPELLINGS.get(key);
  if (!spelling) {
    if (SPELLINGS.size >= SPELLINGS_KEPT) {
      SPELLINGS.clear();
    }
    spelling = { initials: initialsOf(words), starts: [...new Set(abbreviationStarts(words))] };
    SPELLINGS.set(key, spelling);
  }
  return spelling;
}

/** Built once per document: a name repeated a hundred times is tried once, and an abbreviation tries only the names it can begin. */
export function spelledNames(candidates: readonly NameCandidate[]): SpelledNames {
  const multiword = new Map<string, readonly string[]>();
  for (const name of candidates) {
    if (name.words.length > 1) {
      multiword.set(name.words.join(' '), name.words);
    }
  }
  const byStart = new Map<string, (readonly string[])[]>();
  const initials = new Set<string>();
  for (const words of multiword.values()) {
    const spelling = spellingOf(words);
    for (const letter of spelling.starts) {
      push(byStart, letter, words);
    }
    initials.add(spelling.initials);
  }
  return { initials, byStart };
}

/**
 * The surnames opened by a name particle ("van der kelso", "de marr", "al-vardi" is one word) that end the names the
 * document gives people in full (with a person's words or tags, and no body's or place's), in lower case: "Nina van der
 * Kelso" gives "van der kelso".
 */
export function particleSurnames(names: readonly NameCandidate[]): Set<string> {
  const tails = new Set<string>();
  for (const name of names) {
    if ((name.evidence & (PERSON_WORDS | Evidence.PersonTags)) === 0n || (name.evidence & (Evidence.Team | Evidence.OrgHead | Evidence.OrgTag | Evidence.Place)) !== 0n) {
      continue;
    }
    for (let n = 1; n < name.words.length - 1; n++) {
      if (NAME_PARTICLES.has(name.words[n]) && !NAME_PARTICLES.has(name.words[n - 1])) {
        tails.add(name.words.slice(n).join(' '));
      }
    }
  }
  return tails;
}

/** A team's last word that can name it alone: a plural nickname ("Comets", "Saints") or a club ending ("City", "Rovers"). */
export function isTeamWord(key: string): boolean {
  const plural = key.length > 3 && key.endsWith('s') && !key.endsWith('ss') && !isPartyWord(key);
  return !key.includes(' ') && (plural || CLUB_NAME_ENDINGS.has(key));
}

/** The team words ending the names of several words that the document shows as teams or sides of a result. */
export function teamEndings(candidates: readonly NameCandidate[]): Set<string> {
  // A team's name joins no words with "of", "for" or "and" ("League of Harbour Voters" is no team).
  const team = (candidate: NameCandidate): boolean => candidate.words.length > 1 && (candidate.evidence & (Evidence.Team | Evidence.Result)) !== 0n
    && !candidate.words.some(word => word === 'of' || word === 'for' || word === 'and');
  return new Set(candidates.filter(team)
    .map(candidate => candidate.words[candidate.words.length - 1]).filter(isTeamWord));
}

/**
 * The plural last words of names of two or more words that the document shows as bodies (a body's appositive or tag,
 * "the Ambry Dippers, a group of wild swimmers,"), each ending exactly one such name; not a company's or a body's own
 * head noun ("Partners", "Holdings", "Services": head-nouns and company-stems weigh those), nor a party's label.
 */
export function bodyPluralEndings(candidates: readonly NameCandidate[]): Set<string> {
  const endings = new Map<string, Set<string>>();
  for (const candidate of candidates) {
    const n = candidate.words.length;
    const last = candidate.words[n - 1];
    if (n > 1 && (candidate.evidence & Evidence.OrgTag) !== 0n && isTeamWord(last) && !ORG_HEADS.has(last) && !COMPANY_HEADS.has(last)
      && !candidate.words.some(word => word === 'of' || word === 'for' || word === 'and')) {
      const names = endings.get(last) ?? new Set<string>();
      names.add(candidate.words.join(' '));
      endings.set(last, names);
    }
  }
  return new Set([...endings].filter(([, names]) => names.size === 1).map(([last]) => last));
}

/** Teams a document must show (other names with a team's or a match's evidence) before it counts as sports copy. */
const SPORTS_COPY_TEAMS = 1;

/**
 * A name of several words ending in a club's ending ("Marwick City", "Dunmore Town") that is no capital named after its
 * country ("Panama City"), in a document that shows another name as a team or a side of a match: sports copy,
 * where such a name is the club though its own sentence has no sports word ("The Hawks travel to Marwick City").
 */
export function isClubNameInSportsCopy(key: string, shownAsTeams: ReadonlySet<string>): boolean {
  const words = key.split(' ');
  // A capital named after its country ("Panama City", "Kuwait City") is a place.
  if (words.length < 2 || !CLUB_ENDINGS_IN_SPORTS_COPY.has(words[words.length - 1]) || (lexiconFlags(key) & Tag.Place) !== 0 || COUNTRIES.has(words.slice(0, -1).join(' '))) {
    return false;
  }
  return isSportsCopy(key, shownAsTeams);
}

/** A party's label ("democrats") or the plural of a named person's surname ("kelsos", the family). */
export function isPartyOrFamily(key: string, surnames: ReadonlySet<string>): boolean {
  return isPartyWord(key) || (key.endsWith('s') && surnames.has(key.slice(0, -1)));
}

/** Whether the document shows a name other than `key` as a team or a side of a match: sports copy. */
export function isSportsCopy(key: string, shownAsTeams: ReadonlySet<string>): boolean {
  return shownAsTeams.size - (shownAsTeams.has(key) ? 1 : 0) >= SPORTS_COPY_TEAMS;
}

/**
 * Sports copy by a club's short shape: another name of one or two words shown as a team ("Kelso Athletic", "Dunmore");
 * a longer plural name ("the Kelso Democratic Forces") is more often a militia or a movement than a team.
 */
export function isSportsCopyByClub(key: string, shownAsTeams: ReadonlySet<string>): boolean {
  return [...shownAsTeams].some(team => team !== key && team.split(' ').length <= 2);
}

/** The names a document shows as a team or a side of a match, found once per document (isClubNameInSportsCopy reads it per name). */
export function namesShownAsTeams(candidates: readonly NameCandidate[]): Set<string> {
  return new Set(candidates.filter(candidate => (candidate.evidence & (Evidence.Team | Evidence.Result)) !== 0n).map(candidate => candidate.words.join(' ')));
}

/** Whether the lexicon knows a one-word name as a body. */
export function isKnownBody(key: string): boolean {
  return !key.includes(' ') && (lexiconFlags(key) & Tag.Organization) !== 0;
}

/** The lexicon knows the one word as a place ("Lisbon", "Kent"), whatever else it may be. */
export function isKnownPlace(key: string): boolean {
  return !key.includes(' ') && (lexiconFlags(key) & Tag.Place) !== 0;
}

/** A person's words: a first name, a title, an honorific, an appositive. */
/**
 * A one-word name whose place reading is the tagger's guess from its shape ("Kelderwick", "Dunwick" opening a sentence):
 * a word the lexicon does not know as a place, with no use placing anything in it ("in X": within) nor after a place's
 * preposition.
 */
function placeGuessOnly(evidence: EvidenceFlags, knownPlace: boolean): boolean {
  return !knownPlace && (evidence & (Evidence.Within | Evidence.Located)) === 0n;
}

export const PERSON_WORDS = Evidence.FirstName | Evidence.Title | Evidence.Honorific | Evidence.Appositive | Evidence.SaysHe;

/**
 * The last words of the names the document gives people in full (with a first name, title, honorific or appositive),
 * not of a team's name that opens with a first name ("the Dexter Comets").
 */
export function namedPersonSurnames(candidates: readonly NameCandidate[]): ReadonlySet<string> {
  return onceFor(SURNAMES_OF, candidates, () => new Set(candidates
    .filter(candidate => candidate.words.length > 1 && (candidate.evidence & PERSON_WORDS) !== 0n && (candidate.evidence & Evidence.Team) === 0n)
    .map(candidate => candidate.words[candidate.words.length - 1])));
}

/**
 * A set read off a document's candidates array, kept with that array: the kinds by use, the places by use and the
 * recurring bodies of one analysis each read the named people's surnames (and the first two the region words), which
 * were gathered over every candidate of the document two or three times on every edit.
 */
function onceFor(sets: WeakMap<readonly NameCandidate[], ReadonlySet<string>>, candidates: readonly NameCandidate[], gather: () => ReadonlySet<string>): ReadonlySet<string> {
  let set = sets.get(candidates);
  if (set === undefined) {
    set = gather();
    sets.set(candidates, set);
  }
  return set;
}

/**
 * The initial and surname of each person the document names in full, lower case ("n stroud" of "Nell Stroud"): how
 * results blocks, cast lists and racecards write the people the story names in full ("3 Quiet Reckoning (T Bardsley)",
 * "Trainer: N Stroud").
 */
export function namedPersonInitials(candidates: readonly NameCandidate[]): ReadonlySet<string> {
  return onceFor(INITIALS_OF, candidates, () => new Set(candidates
    .filter(candidate => candidate.words.length > 1 && candidate.words[0].length > 2 && (candidate.evidence & PERSON_WORDS) !== 0n && (candidate.evidence & Evidence.Team) === 0n)
    .map(candidate => `${candidate.words[0][0]} ${candidate.words[candidate.words.length - 1]}`.toLowerCase())));
}

/** Whether `key` is an initial and a surname ("n stroud", "n. stroud") of a person named in full. */
export function isInitialOfNamedPerson(key: string, initials: ReadonlySet<string>): boolean {
  const words = key.split(' ');
  return words.length === 2 && /^\p{L}\.?$/u.test(words[0]) && initials.has(`${words[0][0]} ${words[1]}`.toLowerCase());
}

/**
 * The countries the document names by a demonym in "-i" ("harqan" of "the Harqani dinar", "all Harqanis"), as Arabic
 * and Persian names of countries form it ("Yemeni", "Omani", "Kuwaiti"): one capitalised word in "-i" or "-is", shown
 * as a person's by no use and no named person's surname ("Karimi" of "Ali Karimi"), of four letters or more before it;
 * or the first word of a body's name so ending ("the Harqani Red Crescent").
 */
export function demonymCountries(candidates: readonly NameCandidate[]): ReadonlySet<string> {
  // Read by the kinds by use and by the recurring bodies of one analysis: gathered once for the document's array.
  return onceFor(DEMONYMS_OF, candidates, () => {
    const surnames = namedPersonSurnames(candidates);
    const countries = new Set<string>();
    for (const candidate of candidates) {
      const { words } = candidate;
      // Only a word ending in "i" or "is" can be a demonym: the pattern is tried on those alone (most names end otherwise).
      const stem = words.length === 1 && endsLikeDemonym(words[0]) ? /^(\p{L}{4,})i(?:s)?$/u.exec(words[0])?.[1] : undefined;
      if (stem && !surnames.has(words[0]) && (candidate.evidence & (PERSON_WORDS | Evidence.Honorific)) === 0n) {
        countries.add(stem);
      }
      // "the Harqani Red Crescent", "the Harqani Army": a body's name opened by the demonym.
      const opening = words.length > 1 && (candidate.evidence & Evidence.OrgHead) !== 0n && (candidate.evidence & PERSON_WORDS) === 0n
        && words[0].endsWith('i') ? /^(\p{L}{4,})i$/u.exec(words[0])?.[1] : undefined;
      if (opening) {
        countries.add(opening);
      }
    }
    return countries;
  });
}

/** A word ending in "i" or "is", as a demonym in "-i" and its plural do. */
function endsLikeDemonym(word: string): boolean {
  return word.endsWith('i') || word.endsWith('is');
}


/** Uses of a lone word that show it speaks as a person: words reported, a quotation's speaker, "said he". */
const SPEAKING_USES = Evidence.Speaker | Evidence.QuotedSpeaker | Evidence.SaysHe;

/** Uses that show a lone word is a place or a body, not a speaking surname: something in it, a body's own words, a match. */
const NOT_A_SPEAKING_SURNAME = Evidence.Within | Evidence.OrgHead | Evidence.Acronym | Evidence.BodyUse | Evidence.Result | Evidence.Vessel;

/** Tags of a word the lexicon knows as a common word only (a noun, a verb, an adjective): no name, place, body or plural. */
const COMMON_WORD_TAGS = Tag.Noun | Tag.Verb | Tag.Adjective;

/**
 * Whether a last word may be a surname that is a common word: a noun of the landscape (list landscape-surnames: "Marsh",
 * "Hill"), or one word the lexicon knows only as a common singular noun, verb or adjective ("Cotton", "Hammer"),
 * that heads no body's, paper's, company's or place's name ("Council", "Post", "Capital", "Square").
 */
function isCommonWordSurname(word: string): boolean {
  if (LANDSCAPE_SURNAMES.has(word)) {
    return true;
  }
  const flags = lexiconFlags(word);
  return flags !== 0 && (flags & ~COMMON_WORD_TAGS) === 0 && !word.endsWith('s')
    && !ORG_HEADS.has(word) && !COMPANY_HEADS.has(word) && !PLACE_HEADS.has(word) && !STREET_FIRM_ENDINGS.has(word) && !GOVERNMENT_HEADS.has(word);
}

/**
 * Whether a name of two words may be a given name and a surname that is a common word (isCommonWordSurname): the first
 * word unknown to the lexicon or a known given name that is no place, and the two words no place the lexicon knows.
 */
function givenNameAndCommonWordSurname(words: readonly string[]): boolean {
  if (words.length !== 2 || !isCommonWordSurname(words[1])) {
    return false;
  }
  const firstFlags = lexiconFlags(words[0]);
  const givenName = firstFlags === 0 || ((firstFlags & (Tag.MaleName | Tag.FemaleName)) !== 0 && (firstFlags & Tag.Place) === 0);
  return givenName && (lexiconFlags(`${words[0]} ${words[1]}`) & Tag.Place) === 0;
}

/** The names of two words whose common-word surname speaks alone, and those surnames (speakingCommonWordSurnames). */
export interface CommonWordSurnames {
  readonly fullNames: ReadonlySet<string>;
  readonly surnames: ReadonlySet<string>;
}

/**
 * "Officials met Okeke Marsh on Tuesday. … Marsh said the deal was done", "Police arrested Dagny Hammer. … Hammer told
 * officers": the names of two words, a given name the lexicon lacks (or knows) and a common word
 * (givenNameAndCommonWordSurname), whose last word the document also uses alone as a speaker (words reported, a
 * quotation's speaker) and never as a place something is in or a body, and those lone words. A marsh or a hammer does
 * not speak, so the lone word is the person's surname and the full name the person, though the tagger reads the one
 * as a place and the other as nothing. One pass over the candidates gathers the lone words' uses, a second pairs each
 * full name with its last word.
 */
export function speakingCommonWordSurnames(candidates: readonly NameCandidate[]): CommonWordSurnames {
  const loneUses = new Map<string, EvidenceFlags>();
  const pairs: (readonly string[])[] = [];
  for (const candidate of candidates) {
    const words = candidate.words;
    if (words.length === 1) {
      loneUses.set(words[0], (loneUses.get(words[0]) ?? 0n) | candidate.evidence);
    } else if (givenNameAndCommonWordSurname(words) && (candidate.evidence & (Evidence.Within | Evidence.OrgHead | Evidence.OrgTag)) === 0n) {
      pairs.push(words);
    }
  }
  const fullNames = new Set<string>(), surnames = new Set<string>();
  for (const [given, surname] of pairs) {
    const uses = loneUses.get(surname) ?? 0n;
    if ((uses & SPEAKING_USES) !== 0n && (uses & NOT_A_SPEAKING_SURNAME) === 0n) {
      fullNames.add(`${given} ${surname}`);
      surnames.add(surname);
    }
  }
  return { fullNames, surnames };
}

const SURNAMES_OF = new WeakMap<readonly NameCandidate[], ReadonlySet<string>>();
const INITIALS_OF = new WeakMap<readonly NameCandidate[], ReadonlySet<string>>();
const REGION_WORDS_OF = new WeakMap<readonly NameCandidate[], ReadonlySet<string>>();
const DEMONYMS_OF = new WeakMap<readonly NameCandidate[], ReadonlySet<string>>();

/**
 * The plurals of the parties the document names in full, lower case: the opening words before a party's head (list
 * party-name-heads) with "s" ("civic radicals" of "Civic Radical Party", "liberals" of "Liberal Alliance"), or an
 * adjective in "-ic" turned to its members' noun ("social democrats" of "Social Democratic Party"). Not a people's
 * word ("Europeans" of "European Union"), a common noun ("Students" of "Student Union") nor a label that names one
 * member (list party-member-nouns: "Republicans" of "Republican Party" stay the party's members).
 */
export function partyPlurals(candidates: readonly NameCandidate[]): Set<string> {
  const plurals = new Set<string>();
  for (const candidate of candidates) {
    if ((candidate.evidence & Evidence.OrgHead) !== 0n) {
      for (const plural of pluralsOfPartyName(candidate.words[0] === 'the' ? candidate.words.slice(1) : candidate.words)) {
        plurals.add(plural);
      }
    }
  }
  return plurals;
}

/** The plurals that call a party named by these lower-case words ("liberals" of "liberal alliance"; partyPlurals), none for another name. */
export function pluralsOfPartyName(words: readonly string[]): string[] {
  if (words.length < 2 || !PARTY_NAME_HEADS.has(words[words.length - 1])) {
    return [];
  }
  const opening = words.slice(0, -1);
  const last = opening[opening.length - 1];
  if (opening.length === 1 && (PARTY_MEMBER_NOUNS.has(last) || (lexiconFlags(last) & (Tag.Noun | Tag.Demonym | Tag.Place)) !== 0)) {
    return [];
  }
  const stem = opening.slice(0, -1).join(' ');
  return membersNouns(last).filter(plural => opening.length > 1 || !PARTY_MEMBER_NOUNS.has(plural.slice(0, -1)))
    .map(plural => (stem ? `${stem} ${plural}` : plural));
}

/** "radicals" of "radical", and "democrats" of "democratic": the plurals a party's opening word gives its members. */
function membersNouns(word: string): string[] {
  return word.endsWith('ic') ? [`${word}s`, `${word.slice(0, -2)}s`] : [`${word}s`];
}

/**
 * The first words of the companies the document names in several words, with a body's head noun, ending in a legal
 * form or a trade noun of company-heads ("Kessler" of "Kessler Bancorp", "Pellow" of "Pellow & Marsh Group").
 */
/**
 * A word whose only use opens a sentence and that the tagger read as a common word there (no unknown word, no name, no
 * place): "Federal regulators seized it", "National figures show". Its capital proves nothing, so it names no body.
 */
function commonWordOpenerOnly(evidence: EvidenceFlags): boolean {
  return (evidence & Evidence.Opener) !== 0n && (evidence & ~Evidence.Opener) === 0n;
}

export function companyFirstWords(candidates: readonly NameCandidate[]): Set<string> {
  const firsts = new Set<string>();
  for (const candidate of candidates) {
    if (isCompanyName(candidate)) {
      firsts.add(candidate.words[candidate.words[0] === 'the' ? 1 : 0]);
    }
  }
  return firsts;
}

/**
 * The words before the head of each motor-racing team's name of the document ("Orrin" and "Vardel" of "Orrin Vardel
 * Racing"; list racing-team-heads), the sponsor's and the constructor's, each of which race copy uses alone for the
 * team. Not a word the lexicon knows as a place ("Monaco" of "Monaco Racing" stays the place).
 */
export function racingTeamWords(candidates: readonly NameCandidate[]): Set<string> {
  const words = new Set<string>();
  for (const candidate of candidates) {
    const name = candidate.words[0] === 'the' ? candidate.words.slice(1) : candidate.words;
    if (name.length > 1 && (candidate.evidence & Evidence.OrgHead) !== 0n && RACING_TEAM_HEADS.has(name[name.length - 1].toLowerCase())) {
      for (const word of name.slice(0, -1)) {
        if ((lexiconFlags(word.toLowerCase()) & Tag.Place) === 0) {
          words.add(word);
        }
      }
    }
  }
  return words;
}

/**
 * First words of the document's names of several words ("Kelso" of "Kelso Rovers"): a town alone used as a club
 * (rule town-as-club-in-sports-copy) is left to the club named after it (clubOfTown) or the body of that name.
 */
export function longerNameFirstWords(candidates: readonly NameCandidate[]): Set<string> {
  const firsts = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.words.length > 1) {
      firsts.add(candidate.words[0]);
    }
  }
  return firsts;
}

/** The own words of the document's papers named by a paper-name opener and one word ("Kestrel" of "The Daily Kestrel"). */
export function paperOwnWords(candidates: readonly NameCandidate[]): Set<string> {
  const own = new Set<string>();
  for (const candidate of candidates) {
    const words = candidate.words[0] === 'the' || candidate.words[0] === 'The' ? candidate.words.slice(1) : candidate.words;
    if (words.length === 2 && PAPER_NAME_OPENERS.has(words[0].toLowerCase()) && (candidate.evidence & Evidence.OrgTag) !== 0n) {
      own.add(words[1]);
    }
  }
  return own;
}

/**
 * The first word of each full name of three words without a particle, nor any evidence of a body or a place ("Abdi" of
 * "Abdi Waqo Dadi"), where the lexicon knows the word as nothing: Ethiopian and Eritrean names are a given name, the father's and
 * the grandfather's, and copy calls the person by the given name alone ("Abdi, 26, said"), which then reads as no
 * surname of anyone.
 */
export function namedPersonGivenNames(candidates: readonly NameCandidate[]): ReadonlySet<string> {
  const given = new Set<string>();
  for (const candidate of candidates) {
    const words = candidate.words;
    if (words.length === 3 && (candidate.evidence & (Evidence.Team | Evidence.OrgHead | Evidence.OrgTag | Evidence.Place | Evidence.Acronym | Evidence.BodyUse)) === 0n
      && !words.some(word => NAME_PARTICLES.has(word.toLowerCase())) && lexiconFlags(words[0].toLowerCase()) === 0) {
      given.add(words[0]);
    }
  }
  return given;
}

/** First words of the document's two-word region names ("Ekiti" of "Ekiti State", "Vardo" of "Vardo Province"; list region-heads). */
export function regionFirstWords(candidates: readonly NameCandidate[]): ReadonlySet<string> {
  return onceFor(REGION_WORDS_OF, candidates, () => {
    const firsts = new Set<string>();
    for (const candidate of candidates) {
      const words = candidate.words;
      if (words.length === 2 && REGION_HEADS.has(words[1])) {
        firsts.add(words[0]);
      }
    }
    return firsts;
  });
}

/**
 * The one word ending a body's name after its head and "of" ("Kestria" of "National Bank of Kestria", "Tarrow" of
 * "University of Tarrow"; list org-heads-before-of): the country or town the body is of. The same word alone elsewhere
 * ("Kestria's outlook", "an analyst for Kestria") is that place, no body of its own.
 */
export function placesOfBodies(candidates: readonly NameCandidate[]): Set<string> {
  const places = new Set<string>();
  for (const candidate of candidates) {
    const words = candidate.words, n = words.length;
    if (n >= 3 && words[n - 2] === 'of' && ORG_HEADS_BEFORE_OF.has(words[n - 3])) {
      places.add(words[n - 1]);
    }
  }
  return places;
}

/**
 * The opening words (two or more, short of the head) of each company's name of three words or more ("kestrel ridge" of
 * "Kestrel Ridge Data Partners"): copy calls the company by them as by a first word. Not words the lexicon knows as a
 * place, nor ending in a place's noun ("Kelso Valley" of "Kelso Valley Holdings" is as likely the valley) or a street's
 * ("Kelso Lane" of "Kelso Lane Capital" is the street unless it acts as a body: institutionOfShortName decides).
 */
export function companyOpenings(candidates: readonly NameCandidate[]): Set<string> {
  const openings = new Set<string>();
  for (const candidate of candidates) {
    if (!isCompanyName(candidate)) {
      continue;
    }
    const words = candidate.words[0] === 'the' ? candidate.words.slice(1) : candidate.words;
    for (let n = 2; n < words.length; n++) {
      const opening = words.slice(0, n);
      if (PLACE_HEADS.has(opening[n - 1].toLowerCase()) || STREET_FIRM_ENDINGS.has(opening[n - 1].toLowerCase()) || opening.some(word => (lexiconFlags(word.toLowerCase()) & Tag.Place) !== 0)) {
        break;
      }
      openings.add(opening.join(' '));
    }
  }
  return openings;
}

/**
 * The opening words of each company's name that end in a place's noun ("Kestrel Bay" of "Kestrel Bay Capital", "Orrin
 * Valley" of "Orrin Valley Holdings"; list place-heads), none of them a place the lexicon knows: companyOpenings leaves
 * them out, as they are as likely the bay or the valley, and rule place-worded-opening-of-company weighs their uses.
 */
export function placeWordedCompanyOpenings(candidates: readonly NameCandidate[]): Set<string> {
  const openings = new Set<string>();
  for (const candidate of candidates) {
    const words = candidate.words[0] === 'the' ? candidate.words.slice(1) : candidate.words;
    if (!isCompanyName(candidate) || words.length < 3) {
      continue;
    }
    const head = words.slice(0, -1).findIndex(word => PLACE_HEADS.has(word.toLowerCase()));
    const opening = words.slice(0, head + 1);
    if (head >= 1 && opening.every(word => (lexiconFlags(word.toLowerCase()) & Tag.Place) === 0)) {
      openings.add(opening.join(' '));
    }
  }
  return openings;
}

/**
 * A company's name of several words: a body's head noun, and a legal form or a trade noun of company-heads at its end
 * ("Kessler Bancorp"; words.ts `endsInCompanyHead`). Read on a candidate, so the evidence of a body's head is asked
 * too: a name the evidence reads as no body's ("Dana Holdings" as a person) is no company here.
 */
export function isCompanyName(candidate: NameCandidate): boolean {
  const words = candidate.words[0] === 'the' ? candidate.words.slice(1) : candidate.words;
  return words.length > 1 && (candidate.evidence & Evidence.OrgHead) !== 0n && endsInCompanyHead(words);
}

/** The uses of the braced name in an example text, gathered as kindsByUse (kind.ts) gathers a document's. */
function exampleUses(example: string): UseContext {
  const { candidate, names } = bracedCandidate(example);
  const key = candidate.words.join(' ');
  const surnames = namedPersonSurnames(names);
  const shownAsTeams = namesShownAsTeams(names);
  const evidence = names.filter(name => name.words.join(' ') === key).reduce((gathered, name) => gathered | name.evidence, 0n);
  return {
    evidence,
    initialOfNamedPerson: isInitialOfNamedPerson(key, namedPersonInitials(names)),
    countryOfDemonym: demonymCountries(names).has(key),
    surnameOfNamedPerson: surnames.has(key),
    knownBody: isKnownBody(key),
    knownPlace: isKnownPlace(key),
    endsTeamName: teamEndings(names).has(key),
    endsBodyName: bodyPluralEndings(names).has(key),
    particleSurnameOfNamedPerson: particleSurnames(names).has(key),
    givenNameOfNamedPerson: namedPersonGivenNames(names).has(key),
    clubNameInSportsCopy: isClubNameInSportsCopy(key, shownAsTeams),
    sportsCopy: isSportsCopyByClub(key, shownAsTeams),
    partyOrFamily: isPartyOrFamily(key, surnames),
    spelledByName: isSpelledByName(key, evidence, spelledNames(names)),
    opensCompanyName: companyFirstWords(names).has(key),
    opensRegionName: regionFirstWords(names).has(key),
    opensCompanyNameInWords: companyOpenings(names).has(key),
    wordOfRacingTeam: racingTeamWords(names).has(key),
    opensCompanyNameAtPlace: placeWordedCompanyOpenings(names).has(key),
    opensLongerName: longerNameFirstWords(names).has(key),
    endsPaperName: paperOwnWords(names).has(key),
    pluralOfPartyName: partyPlurals(names).has(key),
    nameWhoseCommonSurnameSpeaks: speakingCommonWordSurnames(names).fullNames.has(key),
    speakingCommonWordSurname: speakingCommonWordSurnames(names).surnames.has(key),
  };
}

/** Kinds that the uses of a name across the document decide, before (and over) KIND_OF_NAME. */
export const KIND_BY_USE = ruleTable<UseContext, CandidateKind>({
  id: 'kind-by-use',
  reason: 'What every use of a name in the document shows together, where one use alone says too little.',
  contextOf: exampleUses,
  rules: [
    {
      id: 'side-of-match-result', outcome: 'org',
      reason: 'A side of a match result with a score ("Kelso beat Dunmore 2-1") never shown to be a person, nor listed as a player ("Dunmore 1-1 (Kelso 61\')"), nor the surname of someone named in full, nor that surname after the initial of the given name (a darts or snooker results line, "FINAL: B Oosterveld 7-4 R Maddox", beside `Bram "The Anvil" Oosterveld`), is a team.',
      when: ({ evidence, surnameOfNamedPerson, initialOfNamedPerson }) => (evidence & Evidence.Result) !== 0n && (evidence & (PERSON_WORDS | Evidence.PersonTags | Evidence.Place | Evidence.PluralTitle)) === 0n
        && !surnameOfNamedPerson && !initialOfNamedPerson,
      examples: {
        yes: ['{Kelso} beat Dunmore 2-1 on Saturday.'],
        no: ['Nina Kelso beat Dana Marr 6-4, and {Kelso} beat Lia Dunmore 2-1 later.', "GOAL! Dunmore 1-1 ({Marr} 61'). Marr sweeps in.",
          'Bram "The Anvil" Oosterveld won the final.\n\nFINAL: {B Oosterveld} 7-4 R Maddox'],
      },
    },
    {
      id: 'nickname-of-team', outcome: 'org',
      reason: 'A plural nickname or club ending alone ("the Comets", "City have lost") that ends a team\'s name of the same document ("the Dexter Comets", "Dunmore City 2-1") is that team, not a person or a thing, unless a person\'s words go with it; a party\'s members ("Republicans") are no team.',
      when: ({ evidence, endsTeamName, surnameOfNamedPerson }) => endsTeamName && !surnameOfNamedPerson && (evidence & (PERSON_WORDS | Evidence.Place)) === 0n,
      examples: {
        yes: ['Pike scored 31 points as the Dexter Comets lost again. The {Comets} have lost four of five.', 'Hartwell United beat Dunmore City 2-1, and {City} have now lost three in a row.'],
        no: ['Pike scored 31 points as the Dexter Comets lost again. Mayor {Comets} said he was pleased.', 'The Dexter Comets are a band. The {Comets} played on.'],
      },
    },
    {
      id: 'plural-ending-a-group', outcome: 'org',
      reason: 'A capitalised plural after a lower-case "the" ("the Dippers say") that ends the name of one body the document shows as a body ("the Ambry Dippers, a group of year-round wild swimmers,") is that group called short, as campaign and local copy calls its swimmers\', walkers\' and residents\' groups, outside sports copy too; not where a person\'s words or a place go with it.',
      when: ({ evidence, endsBodyName, endsTeamName, surnameOfNamedPerson }) => endsBodyName && !endsTeamName && (evidence & Evidence.Nickname) !== 0n && !surnameOfNamedPerson
        && (evidence & (PERSON_WORDS | Evidence.Place | Evidence.Within)) === 0n,
      examples: {
        yes: ['The Porthcarrow Dabblers, a group of wild swimmers, objected. The plan is unlawful, the {Dabblers} say.'],
        no: ['The Porthcarrow Dabblers objected. The plan is unlawful, the {Dabblers} say.', 'The Porthcarrow Dabblers, a group of wild swimmers, objected. Mayor {Dabblers} said the plan is unlawful.'],
      },
    },
    {
      id: 'club-name-in-sports-copy', outcome: 'org',
      reason: 'A name ending in a club\'s ending ("Marwick City", "Dunmore Town") in a document that shows another name as a team is the club, though its own sentence has no sports word ("The Hawks travel to Marwick City on Saturday"); not where a use places something in it ("in Marwick City") or shows a person.',
      when: ({ evidence, clubNameInSportsCopy }) => clubNameInSportsCopy && (evidence & (PERSON_WORDS | Evidence.Within | Evidence.Located)) === 0n,
      examples: {
        yes: ['Hartwell United beat Kelso Rovers 2-1 on Saturday. The Hawks travel to {Marwick City} next week.', 'Kelso manager Tom Ames was sacked. The Hawks travel to {Marwick City} next week.'],
        no: ['The Hawks travel to {Marwick City} next week.', 'Hartwell United beat Kelso Rovers 2-1 on Saturday. Voters in the north back {Tarrow County} schools.', 'Hartwell United beat Kelso Rovers 2-1 on Saturday. The fans live in {Marwick City} now.',
          'Hartwell United beat Kelso Rovers 2-1 on Saturday. The team flew to {Panama City} next.'],
      },
    },
    {
      id: 'paper-by-its-own-word', outcome: 'org',
      reason: '"told the Kestrel" beside the masthead "The Daily Kestrel": a paper named by "Daily" and a word of its own is called by that word alone, as a club by its nickname; not with a person\'s or a place\'s words.',
      when: ({ evidence, endsPaperName }) => endsPaperName && (evidence & (PERSON_WORDS | Evidence.PersonTags | Evidence.Place | Evidence.Located)) === 0n,
      examples: {
        yes: ['The Daily Kestrel | Sport | Rugby union\n\nOne player told the {Kestrel} he was worried.'],
        no: ['One player told the {Kestrel} he was worried.', 'The Daily Kestrel | Sport | Rugby union\n\nOne player was born in {Kestrel} in 2001.'],
      },
    },
    {
      id: 'town-as-club-in-sports-copy', outcome: 'org',
      reason: '"Marwick, now seventh, travel to Dunmore", "Saturday\'s trip to Dunmore": one word an away fixture goes to (rule away-fixture), in a document that shows another name as a side of a match, is the club, though the document never names it in full, and so are its other uses ("a performance at Dunmore"); where it opens a longer name of the document ("Dunmore Rovers") that name decides (clubOfTown), and a use that places something in it ("in Dunmore"; "at Dunmore" is where the club plays) or shows a person keeps it what it is, as does a place the lexicon knows ("jobs moving to Mexico" in copy that names a team). A plural verb or "fans" after a word ("Tenants were", "Republicans are") is too common outside a club\'s name to decide alone.',
      when: ({ evidence, sportsCopy, opensLongerName, surnameOfNamedPerson, knownPlace }) => sportsCopy && (evidence & Evidence.AwayFixture) !== 0n && !opensLongerName && !surnameOfNamedPerson && !knownPlace
        && (evidence & (PERSON_WORDS | Evidence.PersonTags | Evidence.Within | Evidence.Honorific)) === 0n,
      examples: {
        yes: ['Vardo beat Kelso 2-1 on Saturday. Vardo travel to {Dunmore} next week.', 'Vardo beat Kelso 2-1. “We owe the fans a show at {Dunmore},” he said. Vardo travel to {Dunmore} next.'],
        no: ['Vardo travel to {Dunmore} next week.', 'Vardo beat Kelso 2-1 on Saturday. {Tenants} were angry about parking.', 'Vardo beat Kelso 2-1 on Saturday. The plant is moving to {Mexico} next year.', 'Vardo beat Kelso 2-1 on Saturday. Dunmore Rovers lost. Vardo travel to {Dunmore} next week.',
          'Vardo beat Kelso 2-1 on Saturday. The team lives in {Dunmore}, and {Dunmore} fans cheered.'],
      },
    },
    {
      id: 'plural-nickname-in-sports-copy', outcome: 'org',
      reason: 'A capitalised plural after a lower-case "the" or before "fans" ("the Kestrels", "the Glassmen", "Wheelwrights fans") in a document that shows other teams is a team called by its nickname, though no full name of it ends so; not with a person\'s or a place\'s words, a party\'s members ("the Democrats") or a family of a named person ("the Kelsos").',
      when: ({ evidence, sportsCopy, partyOrFamily }) => sportsCopy && (evidence & Evidence.Nickname) !== 0n && !partyOrFamily
        && (evidence & (PERSON_WORDS | Evidence.PersonTags | Evidence.Place | Evidence.Located)) === 0n,
      examples: {
        yes: ['Hartwell United beat Kelso Rovers 2-1 on Saturday. Ingram admitted the {Kestrels} could be without their top scorer.'],
        no: ['Ingram admitted the {Kestrels} could be without their top scorer.', 'Hartwell United beat Kelso Rovers 2-1 on Saturday. Ingram admitted the {Democrats} could lose the vote.',
          'Hartwell United beat Kelso Rovers 2-1 on Saturday. Ana Kelso thanked fans, and the {Kelsos} were there.'],
      },
    },
    {
      id: 'plural-of-party-name', outcome: 'org',
      reason: '"the Civic Radicals" beside "the Civic Radical Party", "the Liberals" beside "the Liberal Alliance", "the Social Democrats" beside "the Social Democratic Party": a party is called by the plural of the words before its head (list party-name-heads), as its members are; the plural names the party the document names in full, not a person. One word before the head must be no common noun, people\'s word or member\'s label ("the Radicals" of "the Radical Party", "Europeans" of "European Union", "Republicans" of "Republican Party": partyPlurals).',
      when: ({ pluralOfPartyName }) => pluralOfPartyName,
      examples: {
        yes: ['The Civic Radical Party came third. Jon Amsel said the {Civic Radicals} had done well.', 'The Liberal Alliance won 17 seats. Jon Amsel said the {Liberals} had done well.',
          'The Social Democratic Party came second. Jon Amsel said the {Social Democrats} had done well.'],
        no: ['The Civic Radical Party came third. Jon Amsel said the {Civic Liberals} had done well.', 'The Radical Party came third. Jon Amsel said the {Radicals} had done well.',
          'The Republican Party came third. Jon Amsel said the {Republicans} had done well.', 'The European Union met on Monday. Jon Amsel said the {Europeans} had done well.'],
      },
    },
    {
      id: 'first-word-of-company', outcome: 'org',
      reason: 'A lone word that opens the name of a company the document names in full ("Kessler" beside "Kessler Bancorp", "Brandt" beside "Brandt Holdings plc") is that company, also where the lexicon knows it as a surname: business copy calls a company by its first word. So are the opening words of such a name ("Kestrel Ridge" beside "Kestrel Ridge Data Partners"; companyOpenings), also where the tagger guesses a place from the words around them ("who do we call? Kestrel Ridge?"), none of them being a place the lexicon knows; so is one word unknown to the lexicon that the tagger reads as a place by its shape alone ("Kelderwick is advised by …" beside "Kelderwick Brewery": a "-wick" word opening a sentence). Not where a use shows a person (a title, an honorific, a first name, an appositive, "said he"), where it is the surname of someone named in full (the founder), nor where a use places something in it (a town; "shares in X" is the company\'s own use), nor where its only use opens a sentence as a word the tagger reads as common ("Federal regulators seized it" beside "the Federal Deposit Agency").',
      when: ({ evidence, opensCompanyName, opensCompanyNameInWords, surnameOfNamedPerson, knownPlace }) => (opensCompanyName || opensCompanyNameInWords) && !surnameOfNamedPerson && !commonWordOpenerOnly(evidence)
        && (evidence & (PERSON_WORDS | (opensCompanyNameInWords ? Evidence.Located : placeGuessOnly(evidence, knownPlace) ? 0n : Evidence.Place))) === 0n && ((evidence & Evidence.Within) === 0n || (evidence & Evidence.BodyUse) !== 0n),
      examples: {
        yes: ['Kestrel Ridge Data Partners wants the land. "Who do we call? {Kestrel Ridge}?" she asked.', 'Dunwick Brewery posted a loss. {Dunwick} is advised by two banks.', 'Brandt Holdings plc posted a loss on Monday. Shares in {Brandt} fell 4%.', 'Kessler Bancorp will pay a fine. {Kessler} did not admit the findings.',
          'Vardo Labs raised $40m in March. A partner who sits on {Vardo}\'s board backed the founders.'],
        no: [
          'Kessler Bancorp will pay a fine. Mr {Kessler} did not admit the findings.', 'Dana Kessler runs Kessler Bancorp. {Kessler} did not admit the findings.',
          'The Kessler Foundation gave a grant. {Kessler} did not admit the findings.', '{Kessler} did not admit the findings.',
          'Brandt Holdings plc posted a loss on Monday. Rain fell in {Brandt} all day.',
          'Kestrel Ridge Data Partners wants the land. Rain fell in {Kestrel Ridge} all day.', '{Federal} regulators seized the bank. The Federal Deposit Insurance Corp. said it was receiver.', '"Who do we call? {Kestrel Ridge}?" she asked.',
        ],
      },
    },
    {
      id: 'place-worded-opening-of-company', outcome: 'org',
      reason: '"Kestrel Bay also plans to …", "Kestrel Bay did not say" beside "Kestrel Bay Capital": the opening words of a company\'s name that end in a place\'s noun (placeWordedCompanyOpenings) are the company where the uses show something that acts or speaks (a reporting verb, a body\'s use or tag, the subject opening a sentence) and none places anything in them: a bay or a valley does not plan or say. Not where a use shows a person, nor a place the lexicon knows.',
      when: ({ evidence, opensCompanyNameAtPlace, knownPlace }) => opensCompanyNameAtPlace && !knownPlace && (evidence & (Evidence.Speaker | Evidence.BodyUse | Evidence.OrgTag | Evidence.Opener)) !== 0n
        && (evidence & (PERSON_WORDS | Evidence.Located | Evidence.Within)) === 0n,
      examples: {
        yes: ['Kestrel Bay Capital has agreed to buy the club. {Kestrel Bay} did not say how it would pay.'],
        no: ['{Kestrel Bay} did not say how it would pay.', 'Kestrel Bay Capital has agreed to buy the club. Rain fell in {Kestrel Bay} all day, and Kestrel Bay said nothing.',
          'Kestrel Bay Capital has agreed to buy the club. Walkers like {Kestrel Bay} in May.'],
      },
    },
    {
      id: 'word-of-racing-team', outcome: 'org',
      reason: 'A lone word that is the sponsor\'s or the constructor\'s word of a motor-racing team\'s name the document gives ("Vardel" or "Orrin" beside "Orrin Vardel Racing"; racingTeamWords) is the team: race copy calls a team by either word alone ("Vardel lodged an appeal", "Orrin said nothing"), and the constructor\'s word, second in the name, opens nothing, so first-word-of-company never reached it. Not where a use shows a person (a title, an honorific, a first name), where it is the surname of someone named in full (a founder\'s team, "Dana Vardel" beside "Vardel Racing"), nor where a use places something in it.',
      when: ({ evidence, wordOfRacingTeam, surnameOfNamedPerson }) => wordOfRacingTeam && !surnameOfNamedPerson && (evidence & (PERSON_WORDS | Evidence.Located)) === 0n,
      examples: {
        yes: ['Nina Marr of Orrin Vardel Racing took pole on Saturday. {Vardel} lodged an appeal within the hour.', 'Nina Marr of Orrin Vardel Racing took pole on Saturday. {Orrin} said nothing.'],
        no: ['{Vardel} lodged an appeal within the hour.', 'Dana Vardel founded Vardel Racing in 1990. {Vardel} lodged an appeal within the hour.',
          'Nina Marr of Orrin Vardel Racing took pole on Saturday. Mr {Vardel} lodged an appeal within the hour.'],
      },
    },
    {
      id: 'region-before-region-head', outcome: 'place',
      reason: 'A lone word that opens a region\'s name of two words the document uses ("Vardo" beside "Vardo State" or "Vardo Province"; list region-heads) is the region, a place, though a possessive or a noun after it reads as a body\'s ("Vardo\'s governor", "Vardo voters"). Not where a use shows a person, nor the surname of someone named in full.',
      when: ({ evidence, opensRegionName, surnameOfNamedPerson }) => opensRegionName && !surnameOfNamedPerson && (evidence & PERSON_WORDS) === 0n,
      examples: {
        yes: ['Voters in Vardo State went to the polls. {Vardo}\'s governor, Dana Kelso, said the count was fair.'],
        no: ['{Vardo}\'s governor, Dana Kelso, said the count was fair.', 'Dana Vardo won in Kelso State. {Vardo} said the count was fair.'],
      },
    },
    {
      id: 'country-of-demonym', outcome: 'place',
      reason: '"Harqan\'s governing coalition" beside "the Harqani dinar", "all Harqanis": one word whose demonym in "-i" the document uses (demonymCountries) is the country, a place the gazetteer does not know, though a possessive or a body noun after it reads as a body\'s ("Harqan coalition"). Not where a use shows a person or a body\'s own words (a head noun, a body tag, an abbreviation), nor the surname of someone named in full.',
      when: ({ evidence, countryOfDemonym, surnameOfNamedPerson }) => countryOfDemonym && !surnameOfNamedPerson
        && (evidence & (PERSON_WORDS | Evidence.Honorific | Evidence.OrgHead | Evidence.Acronym | Evidence.BodyUse)) === 0n,
      examples: {
        yes: ['The Harqani dinar fell. {Harqan}\'s governing coalition lost its majority.'],
        no: ['{Harqan}\'s governing coalition lost its majority.', 'The Harqani dinar fell. Minister {Harqan} said the coalition lost its majority.'],
      },
    },
    {
      id: 'anonymised-initials-of-a-party', outcome: 'person',
      reason: '"The lead claimant, AB, a 34-year-old man, …" then "a report showing that AB bore scars", "R (on the application of AB) v …": initials that one use shows standing for a person an anonymity order protects (evidence rule anonymised-initials) are that person in every use, though alone they read as a body\'s abbreviation.',
      when: ({ evidence }) => (evidence & Evidence.Anonymised) !== 0n,
      examples: {
        yes: ['The lead appellant, KT, a 41-year-old nurse, gave evidence. The judge said {KT} was credible.'],
        no: ['The lead appellant, Dana Kelso, gave evidence. The judge said the {KT} was credible.'],
      },
    },
    {
      id: 'initial-of-named-person', outcome: 'person',
      reason: '"3 Quiet Reckoning (T Bardsley) 14-1", "Trainer: N Stroud (Fenwold)": an initial and the surname of someone the document names in full with a given name of that initial ("Tom Bardsley", "Nell Stroud") is that person, as results blocks, racecards and cast lists write people, though the line\'s title case or a label before it leaves it no other evidence. Not with a body\'s own words (a head noun, a body tag, an abbreviation) nor a place\'s.',
      when: ({ evidence, initialOfNamedPerson }) => initialOfNamedPerson && (evidence & (Evidence.OrgHead | Evidence.OrgTag | Evidence.Acronym | Evidence.Place | Evidence.BodyUse | Evidence.Vessel)) === 0n,
      examples: {
        yes: ['Nell Stroud trains at Fenwold. Trainer: {N Stroud} (Fenwold).', 'Tom Bardsley rode the third.\n\n3 Quiet Reckoning ({T Bardsley}) 14-1'],
        no: ['Trainer: {N Stroud} (Fenwold).', 'Kate Stroud trains at Fenwold. Trainer: {N Stroud} (Fenwold).'],
      },
    },
    {
      id: 'common-word-surname-that-speaks', outcome: 'person',
      reason: '"Officials met Okeke Marsh on Tuesday. … Marsh said the deal was done", "Police arrested Dagny Hammer. … Hammer told officers": a name of a given name and a surname that is a common word (a noun of the landscape, list landscape-surnames, or a word the lexicon knows only as a common singular noun, verb or adjective heading no body\'s or place\'s name), whose last word the document uses alone as a speaker and never as a place something is in nor a body (speakingCommonWordSurnames), is a person, and so is that word alone: a marsh or a hammer does not speak, though the tagger reads the one as a place and nothing else in the sentence names a person. Not where a use puts something in the name or gives it a body\'s words ("in Okeke Marsh", "Kelso Park Trust").',
      when: ({ evidence, nameWhoseCommonSurnameSpeaks, speakingCommonWordSurname }) => (nameWhoseCommonSurnameSpeaks || speakingCommonWordSurname)
        && (evidence & NOT_A_SPEAKING_SURNAME) === 0n,
      examples: {
        yes: ['Officials met {Okeke Marsh} on Tuesday. Marsh said the deal was done.', 'Officials met Okeke Marsh on Tuesday. {Marsh} said the deal was done.',
          'The deal was signed by {Kemal Hill} and Ruth Ames. Hill said it was fair.', 'Police arrested {Dagny Hammer} on Friday. Hammer told officers he acted alone.'],
        no: ['Officials met {Okeke Marsh} on Tuesday. The deal was done.', 'Officials met Okeke Marsh on Tuesday. Rain fell in {Marsh} all day. Marsh said the deal was done.',
          'Officials walked to {Okeke Marsh} on Tuesday. The Marsh Trust said the deal was done.', 'Readers of the {Tarvo Post} wrote in. The Post said it would reply.'],
      },
    },
    {
      id: 'listed-body-surname-says-he', outcome: 'person',
      reason: 'A lone word the lexicon knows as a body (a listed company or outlet) that is also the surname of someone the document names in full, and whose reporting verb a personal pronoun follows ("Ford said he would run"), is that person in every use: a body says "it", and a profile of a founder or a namesake calls him by the surname throughout. Not with a body\'s own words (a head noun, an abbreviation, a body use, a team\'s or a match\'s).',
      when: ({ evidence, surnameOfNamedPerson, knownBody }) => surnameOfNamedPerson && knownBody && (evidence & Evidence.SaysHe) !== 0n
        && (evidence & (Evidence.OrgHead | Evidence.Acronym | Evidence.BodyUse | Evidence.Result | Evidence.Team)) === 0n,
      examples: {
        yes: ['Senator Nils Ford spoke first. {Ford} said he would run again.', 'Senator Nils Ford spoke first. Ford said he would run again. {Ford} turned 60 in May.'],
        no: ['{Ford} said he would run again.', 'Senator Nils Ford spoke first. {Ford} said its plant would close.', 'Senator Nils Ford spoke first. The {Ford} company said he would run again.'],
      },
    },
    {
      id: 'speaking-surname-of-named-person', outcome: 'person',
      reason: 'A lone word that is the surname of someone the document names in full, and that speaks ("… The county?" Voss asked."), is that person, though the tagger reads it as a place from the words around it (a question mark inside the quotation before it, a town\'s word): a place does not speak. Not where a use places something in it ("in Voss", "near Voss"), nor with a body\'s own words (a head noun, an abbreviation, a body noun or use, a match result); "at Voss" or "in Voss\'s view" (a place preposition that governs no place of the name\'s) only points at the person. A town\'s club in the gazetteers that some use reads as a body ("Ivo Grimsby" … "Grimsby thought …", "said Grimsby") is no body\'s own word, so it does not keep the surname from the person; a word the lexicon knows as a body ("Ford") does.',
      when: ({ evidence, surnameOfNamedPerson, knownBody }) => surnameOfNamedPerson && (evidence & Evidence.Place) !== 0n && (evidence & (Evidence.Speaker | Evidence.SaysHe)) !== 0n
        && (evidence & (Evidence.Within | Evidence.OrgHead | Evidence.Acronym | Evidence.BodyUse | Evidence.Vessel | Evidence.Result)) === 0n && !(knownBody && (evidence & Evidence.OrgTag) !== 0n),
      examples: {
        yes: [
          'Lena Voss farms the land. "Who do we call? The county?" {Voss} asked.', 'Lena Voss farms the land. In Voss’s view the county failed. "Who do we call? The county?" {Voss} asked.',
          'Councillor Ivo Grimsby opened the fete. {Grimsby} expected the vote to pass. "We will win," said Grimsby.',
        ],
        no: ['"Who do we call? The county?" {Voss} asked.', 'Lena Voss farms the land. Rain fell in {Voss} all day.', 'Lena Voss farms the land. Rain fell near Voss. "Who do we call? The county?" {Voss} asked.'],
      },
    },
    {
      id: 'fictional-character', outcome: 'place',
      reason: 'A name some use shows to be a character of a series, a film or a book ("the character Lorna Vale", "Vale, played by X,") is the character in every use ("Vale wins the race in the last episode"): a made-up person, no one the news is about.',
      when: ({ evidence }) => (evidence & Evidence.Fictional) !== 0n,
      examples: {
        yes: ['The character Lorna Vale runs for mayor. {Lorna Vale} wins.'],
        no: ['The mayor Lorna Vale runs again. {Lorna Vale} wins.'],
      },
    },
    {
      id: 'named-vessel', outcome: 'place',
      reason: 'A name that some use shows to be a ship ("aboard the Kestrel Dawn", "X, a Dutch-flagged tanker") is the ship in every use ("The Kestrel Dawn was boarded"), a thing: neither a body nor a person.',
      when: ({ evidence }) => (evidence & Evidence.Vessel) !== 0n,
      examples: {
        yes: ['The crew of the Kestrel Dawn were freed. The {Kestrel Dawn} was boarded in March.'],
        no: ['The crew were freed. The {Kestrel Dawn} was boarded in March.'],
      },
    },
    {
      id: 'ticker-of-a-token', outcome: 'place',
      reason: 'An abbreviation that one use shows to be a token\'s ticker ("its KVX token", "KVX, the exchange\'s native token,") names the token in every use, a price move\'s included ("KVX fell 71%", which reads a company\'s shares): neither a body nor a person. Not where a use shows a body by its own words (it speaks, has a body\'s head noun or an appositive or title of a person\'s), the lexicon knows it as one, or it spells a body\'s name the document gives.',
      when: ({ evidence, knownBody, spelledByName }) => (evidence & Evidence.Ticker) !== 0n && (evidence & Evidence.Acronym) !== 0n && !knownBody && !spelledByName
        && (evidence & (Evidence.Speaker | Evidence.OrgHead | PERSON_WORDS)) === 0n,
      examples: {
        yes: ['Its own token, KVX, has fallen since Friday. {KVX} fell 71% on Monday.'],
        no: ['Its own token, KVX, has fallen since Friday. {KVX} said it would sue.', '{KVX} fell 71% on Monday.'],
      },
    },
    {
      id: 'named-program', outcome: 'place',
      reason: 'A one-word name that one use shows to be a program of security copy ("the NightBolt encryptor", "the Hattie infostealer") names that program in every use ("deploy NightBolt at night"): neither a body nor a person, though camel case reads a brand and a woman\'s name a person. Not where a use shows a body by its own words (it speaks, has a body\'s head or a gang\'s description), a person, or the lexicon knows it as a body.',
      when: ({ evidence, knownBody }) => (evidence & Evidence.Software) !== 0n && !knownBody
        && (evidence & (Evidence.Speaker | Evidence.QuotedSpeaker | Evidence.OrgHead | Evidence.BodyUse | Evidence.ScreenName | PERSON_WORDS)) === 0n,
      examples: {
        yes: ['They deploy NightBolt at night. It used the {NightBolt} encryptor.'],
        no: ['The Marten ransomware gang struck. It used the {Marten} ransomware.', 'NightBolt said it would sue. It used the {NightBolt} encryptor.'],
      },
    },
    {
      id: 'abbreviation-of-a-term', outcome: 'place',
      reason: 'An abbreviation that one use shows to be a term\'s ("coronary artery bypass grafting (CABG)") or a trial\'s ("the VELTA trial") names that thing in every use ("Veltoxan after CABG", "VELTA patients"): neither a body nor a person. Not where a use shows a body (it speaks, has a body\'s head noun, or the words around it make it a body), the lexicon knows it as one, or it spells a body\'s name the document gives ("the MRC trial" beside "Medical Research Council").',
      when: ({ evidence, knownBody, spelledByName }) => (evidence & Evidence.Term) !== 0n && (evidence & Evidence.Acronym) !== 0n && !knownBody && !spelledByName
        && (evidence & (Evidence.Speaker | Evidence.OrgHead | Evidence.BodyUse | PERSON_WORDS)) === 0n,
      examples: {
        yes: ['Results of the VELTA trial were out on Monday. The {VELTA} patients were older.', 'It follows coronary artery bypass grafting (CABG). After {CABG}, most patients go home within a week.'],
        no: ['Results of the VELTA trial were out on Monday. {VELTA} said the patients were older.', 'The Medical Research Council paid for the MRC trial. The {MRC} patients were older.',
          'The {VELTA} patients were older.'],
      },
    },
    {
      id: 'particle-surname-of-named-person', outcome: 'unknown',
      reason: 'A surname opened by a name particle ("van der Kelso", "de Marr") that ends the full name of someone the document names is that person, also where a sentence opens with it and the capital makes the particle read as a word ("Van der Kelso said", "De Marr added"), which leaves nothing of a person and reads a body: not a body, so it joins the person. Not with a body\'s own words (a head noun, an abbreviation).',
      when: ({ evidence, particleSurnameOfNamedPerson }) => particleSurnameOfNamedPerson && (evidence & (Evidence.OrgHead | Evidence.Acronym)) === 0n,
      examples: {
        yes: ['Nina van der Kelso spoke first. "We will stay," {Van der Kelso} said.', 'Nina de Marr spoke first. {De Marr} said the plan would stay.'],
        no: ['"We will stay," {Van der Kelso} said.', 'Nina de Marr spoke first. The {De Marr Foundation} said the plan would stay.'],
      },
    },
    {
      id: 'given-name-of-named-person', outcome: 'unknown',
      reason: '"Abdi" of "Abdi Waqo Dadi": a lone word the lexicon does not know that opens the three-word full name of a person the document names (a given name, the father\'s and the grandfather\'s, as Ethiopian and Eritrean names run), where some use of it shows a person ("Abdi, 26, said", "Abdi\'s coach"), is that person called by the given name, as such copy does, though other uses read a body ("sponsors Abdi", a headline\'s "Ethiopia\'s Abdi"): not a body, so it joins the person. Not with a body\'s own words (a head noun, an abbreviation).',
      when: ({ evidence, givenNameOfNamedPerson }) => givenNameOfNamedPerson && (evidence & (PERSON_WORDS | Evidence.PersonRelative)) !== 0n && (evidence & (Evidence.OrgHead | Evidence.Acronym)) === 0n,
      examples: {
        yes: ['Tesfa Worku Alemu won in Kelso. {Tesfa}, 26, said the pace was slow. Vardo Sports sponsors Tesfa.'],
        no: ['{Tesfa}, 26, said the pace was slow.', 'Tesfa Kelso won in Vardo. {Tesfa}, 26, said the pace was slow.'],
      },
    },
    {
      id: 'surname-of-named-person-as-modifier', outcome: 'unknown',
      reason: 'A lone word that is the surname of someone the document names in full is that person\'s name, also where a body noun follows it or the tagger reads a body ("the Kelso movement", "Kelso aides", "the Kelso campaign brass"): not a body, so it joins the person. Not when the lexicon knows the word as a body ("Ford"), nor with a body\'s own words (a head noun, an abbreviation), a match result, or a use that shows the word is a body itself, not a modifier: a family\'s firm named by its surname ("the bakery group Kelso", "shares in Kelso") is the firm, whoever of the family the article names.',
      when: ({ evidence, surnameOfNamedPerson, knownBody }) => surnameOfNamedPerson && !knownBody && (evidence & Evidence.OrgTag) !== 0n
        && (evidence & (Evidence.OrgHead | Evidence.Acronym | Evidence.Result | Evidence.BodyUse)) === 0n,
      examples: {
        yes: ['Nina Kelso spoke first. Leaders of the {Kelso} movement said she was tired.'],
        no: [
          'Henry Ford spoke first. Leaders of the {Ford} company said he was tired.', 'Leaders of the {Kelso} movement said she was tired.',
          'Nina Kelso spoke first. The haulage group {Kelso} posted a loss on Monday.', 'Nina Kelso spoke first. Shares in {Kelso} fell 4% on Monday.',
        ],
      },
    },
  ],
});
