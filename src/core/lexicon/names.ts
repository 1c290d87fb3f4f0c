// Word lists of how names are written (runs of capitals, organisation names and their abbreviations, a name's
// neighbours), read by src/core/entities/ and by the alias suggestions. General knowledge of news English,
// never names taken from particular articles. Several lists here are small sets of function words: each is
// its own list because each rule needs a different set, and the comment on each says how it relates to the others.

import { within, wordList } from './wordList';

export const WEEKDAY_EVENT_WORDS = wordList(
  'weekday-event-words',
  'Words that make a weekday after them the name of a day or event ("Super Tuesday", "Good Friday"): the weekday stays; after any other name ("told Vardo News Tuesday") it is a date, no part of the name.',
  ['super', 'black', 'good', 'ash', 'cyber', 'holy', 'bloody', 'maundy', 'shrove', 'palm', 'easter', 'giving', 'blue', 'mad'],
);

export const DAY_NAME_ENDS = wordList(
  'day-name-ends',
  'Capitalised nouns that close a civic or calendar day\'s name after a word of list day-name-openers ("Election Day", "Primary Night").',
  ['day', 'night'],
);

export const DAY_NAME_OPENERS = wordList(
  'day-name-openers',
  'Words that make a capitalised "Day" or "Night" after them the name of a civic or calendar day ("Election Day", "Primary Day", "Inauguration Day", "Election Night", "Labor Day"): a date, neither a body (", the union said" after it is no appositive of it) nor a person surnamed Day ("Doris Day", "Tom Day" stay people).',
  ['election', 'primary', 'inauguration', 'caucus', 'polling', 'ballot', 'voting', 'census', 'budget', 'results', 'nomination',
    'labor', 'labour', 'memorial', 'veterans', 'independence', 'presidents', 'armistice', 'remembrance', 'boxing', 'thanksgiving', 'columbus'],
);

export const POLL_UNIT_ENDS = wordList(
  'poll-unit-ends',
  'Capitalised words that, closing a name right after a body\'s head (list org-heads), name the institution\'s polling unit ("the Ridgeway University Poll", "a Kelso College Polling survey"): a body that publishes figures and whose director is quoted, as election copy cites it; alone or after any other word ("Poll Finds Voters Split", "the Iowa Straw Poll") the word is no body\'s.',
  ['poll', 'polling'],
);

export const DATE_OPENER_WORDS = wordList(
  'date-opener-words',
  'Words that, right before a weekday or a month opening a run of capitals, make it the date of the clause ("On Friday Dana Kelso said", "In March Vardo Foods cut", "Last Sunday Tom Wrede scored"): the date is no part of the name after it. After any other word the weekday may be a first name ("and Sunday Kelso scored").',
  ['on', 'in', 'last', 'since', 'until', 'till', 'by', 'from', 'early', 'late', 'next', 'this', 'each', 'every', 'during', 'before', 'after', 'through', 'mid'],
);

export const WEEKDAY_CLAUSE_OPENERS = wordList(
  'weekday-clause-openers',
  'Words of date-opener-words that, before a weekday and one capitalised word, still make the weekday the date of the clause ("On Thursday Marten added the firm to its site", "Since Monday Vardo has …"): a weekday is seldom a given name, and a one-word name of a body or a gang would sink into it. Not "in" or "by" ("by Sunday Kelso\'s team …"), nor a month ("on April Kelso\'s show").',
  ['on', 'since', 'until'],
);

export const DAY_PART_WORDS = wordList(
  'day-part-words',
  'Parts of a day that, after a weekday, make one name with it (a programme or an event: "on Monday Night Live", "on Sunday Morning Vardo"): the weekday then stays in the name.',
  ['night', 'morning', 'evening', 'afternoon', 'lunchtime', 'brunch'],
);

export const ABBREVIATION_CONNECTORS = wordList(
  'abbreviation-connectors',
  'Words of an organisation\'s name that its abbreviation may skip ("Bank of England" → BoE, "Médecins du Monde" → MdM); '
    + 'wider than INITIALS_FUNCTION_WORDS because initials that must match exactly may skip the French articles too.',
  ['of', 'for', 'and', 'the', 'on', 'in', 'de', 'du', 'des', 'la', 'le', '&'],
);

export const INITIALS_FUNCTION_WORDS = wordList(
  'initials-function-words',
  'Words that open no initial when two organisations\' names are compared loosely by initials (alias suggestions); '
    + 'the English part of ABBREVIATION_CONNECTORS plus "to" and "at".',
  ['of', 'the', 'for', 'and', 'on', 'in', 'to', 'at', '&'],
);

export const HOLDING_WORDS = wordList(
  'holding-words',
  'A parent-company word before a legal form: "Brightmart Holding Corp." is the company called "Brightmart".',
  ['holding', 'holdings'],
);

export const TRAILING_JOINERS = wordList(
  'trailing-joiners',
  'Words that join the last two names of a firm ("Hollis, Brandt & Co.") and are left over once the legal form goes.',
  ['&', 'and'],
);

export const TITLE_CONNECTORS = wordList(
  'title-connectors',
  'Words joining a title to its department or post ("Secretary of State", "Minister for Europe", "Ambassador to Yemen").',
  ['of', 'for', 'to'],
);

export const TITLE_IN_COMPLEMENTS = wordList(
  'title-in-complements',
  'Words that close a post after its head and "in" ("Special Agent in Charge X", "Writer in Residence X", "Lord in Waiting X"): part of the title, capitalised or not, never the first word of the name after it ("Charge X" read as a person). "in Chief" needs none: "Chief" is a title head itself.',
  ['charge', 'residence', 'waiting'],
);

export const BYLINE_JOINS = wordList(
  'byline-joins',
  'Words that join or end the names of a byline in capitals ("By DANA MARR AND TOM AMES FOR THE KELSO POST"): the names before "for" are the writers, the name after it the outlet.',
  ['and', 'for', 'the'],
);

export const CREDIT_WORDS = wordList(
  'credit-words',
  'Words that open a wire credit ("(Reporting by X in Y; Editing by Z)"): the line names people in full, however capitalised.',
  ['reporting', 'additional', 'editing', 'writing', 'compiled', 'research', 'graphics', 'produced'],
);

export const PHOTO_CREDIT_WORDS = wordList(
  'photo-credit-words',
  'Words that open a picture credit before a colon ("(Photo: X for the Y)", "Photograph: X/Y", a magazine\'s "Words: X | Photography: Y/Z"): the line names a photographer and an outlet, however capitalised.',
  ['photo', 'photos', 'photograph', 'photographs', 'photography', 'picture', 'pictures', 'image', 'images', 'credit', 'illustration', 'video'],
);

export const DATA_CREDIT_WORDS = wordList(
  'data-credit-words',
  'Words that open a source credit before a colon under a chart, a table or a market report ("Source: X", "Sources: X, Y Building Society", "Data: X, Y"): the line lists the bodies the figures come from, however capitalised, as prose does, not a headline\'s words.',
  ['source', 'sources', 'data'],
);

export const HYPHEN_PREFIXES = wordList(
  'hyphen-prefixes',
  'Words that prefix another capitalised word with a hyphen without being part of a name ("Anti-Whitlock", "Pro-Kremlin").',
  ['anti', 'pro', 'ex', 'non', 'post', 'pre', 'neo', 'mid', 'co', 'self', 'all', 'trans', 'inter', 'pan', 'euro', 'afro', 'sub', 'semi', 'ultra', 'un'],
);

export const COMPOUND_NOUN_PARTICLES = wordList(
  'compound-noun-particles',
  'Particles that close an English compound noun after a hyphen ("Runner-up X finished second", "Stand-in X", "Walk-on X", "Passer-by X"): where the word before the hyphen is an English noun or verb the lexicon knows, or an agent noun in "-er", the compound is a common noun opening the sentence, not a given name with its second syllable ("Cho Hae-won", "Moon Tae-in", whose first halves the lexicon does not know).',
  ['up', 'in', 'on', 'by', 'off', 'out', 'down'],
);

export const RESPECT_SUFFIXES = wordList(
  'respect-suffixes',
  'Suffixes of respect hyphened to a name in South Asian speech ("Kelso-ji has done the work", "we owe Wrede-ji a great deal"): like an honorific, no part of the name, which ends at the hyphen; not a name\'s syllable ("Cho Tae-yul").',
  ['ji'],
);

export const PARTY_LABELS = wordList(
  'party-labels',
  'Party labels written before a politician\'s name ("Republican Jane Doe", "Democrat John Roe"): they describe the person, outside the name.',
  ['republican', 'democrat', 'democratic', 'conservative', 'tory', 'labour', 'liberal', 'socialist', 'libertarian', 'independent', 'progressive', 'gop'],
);

export const PARTY_MEMBER_NOUNS = wordList(
  'party-member-nouns',
  'Party labels that, alone and singular, name one member of the party, never the party ("the Democrat said", "a Republican doing a Republican\'s job", "the Tory admitted"): however often such a word recurs, owns or speaks, it is a description of a person, not a body (clusters.ts `groupRecurringBodies`); the party\'s own names ("Labour", "GOP", "the Conservatives") are left out.',
  within(PARTY_LABELS, ['republican', 'democrat', 'tory', 'libertarian']),
);

export const PARTY_HELD_CHAMBERS = wordList(
  'party-held-chambers',
  'Legislatures and councils that a party label before them says which party holds ("a Democratic Senate", "a Republican Congress", "the GOP Senate majority", "Republican House and Senate members", "a Labour Council"): the label is an adjective, the body is the chamber alone (names.ts `partyLabelBeforeChamber`). A party\'s own bodies have more words or another head ("Democratic National Committee", "Republican Party") and keep their label.',
  ['senate', 'house', 'congress', 'legislature', 'parliament', 'council'],
);

export const PARTY_ADJECTIVES = wordList(
  'party-adjectives',
  'Party labels that are adjectives only: no person\'s name ends in one ("Likely Republican mayoral candidate X": the capitalised words before the lower-case post are no name; evidence rule party-adjective-ends-name). A body\'s name ending so is cut short of its head and is no person either.',
  within(PARTY_LABELS, ['democratic', 'republican']),
);

export const PARTY_CALLED_BY_PLURAL = wordList(
  'party-called-by-plural',
  'Party labels whose capitalised plural after "the" names the party itself in election and parliamentary copy, where no full name is given ("the Liberals won 17 seats", "the Conservatives lost two"): parties of that name stand in many countries. Not the labels of list party-member-nouns ("the Republicans", "the Democrats" stay the members, as the corpus conventions count them), nor "independent" (no party) or "progressive" (a wing as often).',
  within(PARTY_LABELS, ['liberal', 'conservative', 'socialist']),
);

export const PARTY_NAME_HEADS = wordList(
  'party-name-heads',
  'Heads of a party\'s full name after its opening words ("Liberal Alliance", "Socialist Front", "Green League", "Social Democratic Party", "Civic Radical Union"): election copy calls such a party by the plural of its opening words ("the Liberals", "the Socialists", "the Social Democrats"), as its members are called (kindRules.ts partyPlurals). "Union", "Alliance" and the rest also end other bodies\' names; the plural must be the opening words\' own, so "the Tradesmen" never names "Tradesman Union".',
  ['party', 'alliance', 'front', 'league', 'movement', 'union', 'bloc', 'coalition', 'congress'],
);

export const PARTY_MEMBER_GROUPINGS = wordList(
  'party-member-groupings',
  'A chamber or a level of government right before a party label in the plural makes the name some of the party\'s members ("Senate Democrats", "Harbour County Republicans"); any other word may make a party\'s own name ("Christian Democrats", "Liberal Democrats").',
  ['senate', 'house', 'assembly', 'congressional', 'legislative', 'parliamentary', 'county', 'state', 'city', 'council'],
);

/** A party label or its plural ("Democrat", "Republicans"): the word names the party's members. */
export function isPartyWord(word: string): boolean {
  const lower = word.toLowerCase();
  return PARTY_LABELS.has(lower) || (lower.endsWith('s') && PARTY_LABELS.has(lower.slice(0, -1)));
}

/**
 * Common English diminutives and the given names they shorten, for the alias suggestions ("Bob Hale" and
 * "Robert Hale" are one man as often as not). Stricter than GIVEN_NAME_VARIANTS (lexicon/entities.ts), which
 * merges entities by itself: a suggestion is only offered, so it may use a shorter, surer table.
 */
export const DIMINUTIVES: Readonly<Record<string, readonly string[]>> = {
  ed: ['edward', 'edwin', 'edmund', 'edgar'], ted: ['edward', 'theodore'], eddie: ['edward'], bob: ['robert'], rob: ['robert'],
  bobby: ['robert'], bill: ['william'], will: ['william'], billy: ['william'], liz: ['elizabeth'], beth: ['elizabeth'],
  jim: ['james'], jimmy: ['james'], joe: ['joseph'], mike: ['michael'], dick: ['richard'], rick: ['richard'],
  tom: ['thomas'], tony: ['anthony'], kate: ['katherine', 'catherine'], dave: ['david'], dan: ['daniel'],
  chris: ['christopher', 'christine'], alex: ['alexander', 'alexandra'], sam: ['samuel', 'samantha'],
  nick: ['nicholas'], andy: ['andrew'], steve: ['steven', 'stephen'], pat: ['patrick', 'patricia'], ben: ['benjamin'],
  jon: ['jonathan'], matt: ['matthew'], greg: ['gregory'], jeff: ['jeffrey'], pete: ['peter'], sue: ['susan'],
};

export const SCREEN_NAME_NOUNS = wordList(
  'screen-name-nouns',
  'Nouns right before a lower-case word that make it a person\'s screen name ("under the handle dotgrid", "the pseudonym nightjar", "a user with the username kelpo"): crypto, tech and online copy names people it knows only by the name they post under, written as they write it, in lower case ("screen name", two words, ends in "name", read by lowerCaseNames.ts).',
  ['handle', 'username', 'pseudonym', 'moniker', 'screenname', 'alias'],
);

export const SCREEN_NAME_USER_NOUNS = wordList(
  'screen-name-user-nouns',
  'Nouns of a forum\'s, a chat\'s or a game room\'s members right before a handle with a digit or an underscore in it ("In the chat, user rookpawn_12 said …", "forum poster tiltking99 wrote", "a commenter named kelpo_7"): live blogs and poker and chess sites quote their readers by the name they post under, with no determiner ("user"), so the handle\'s own shape, never an English word\'s, must show it (read by lowerCaseNames.ts).',
  ['user', 'users', 'poster', 'commenter', 'viewer', 'member', 'redditor'],
);

export const SCREEN_NAME_VERBS = wordList(
  'screen-name-verbs',
  'Verbs of posting before "as" that make the lower-case word after it a screen name ("a trader who posts as dotgrid", "an analyst posting as nightjar", "a user who streams as kelpo"); "goes by" is read with the verbs of going-by-a-name (screen-name-going-verbs).',
  ['posts', 'post', 'posting', 'posted', 'tweets', 'tweet', 'tweeting', 'tweeted', 'writes', 'writing', 'streams', 'streaming', 'trades', 'trading'],
);

export const SCREEN_NAME_GOING_VERBS = wordList(
  'screen-name-going-verbs',
  'Forms of "go" before "by" that make the lower-case word after it the name someone is known by online ("a researcher who goes by nullbyte", "going by kelpo on the forum").',
  ['goes', 'go', 'going', 'went'],
);

export const NICKNAME_ADJECTIVES = wordList(
  'nickname-adjectives',
  'Adjectives that open a nickname or a brand built on a given name ("Big Otto", "Little Tony", "Mama Rosa", "Uncle Sam"; not "Old" or "Young", which open a sentence before a person\'s given name as often): opening a sentence before a known given name they are the name\'s first word ("Big Otto said it hoped to reopen"), as in mid-sentence ("grill chain Big Otto"), not a common word the sentence opens with.',
  'big little mama papa uncle auntie aunty'.split(' '),
);

export const GIVEN_NAME_NATIONALITY_NOUNS = wordList(
  'given-name-nationality-nouns',
  'Nouns for one person of a nation that are also given names ("Dane Kessick said", "Finn Aske said", "Scot Marr said"): before a surname they make a person whichever way the first word is read (rule nationality-noun-and-surname). Not a demonym that is no given name ("the Greek Orthodox choir sang", "a Swede Tarrow"): before an unknown word it opens a group, a church or a body.',
  ['dane', 'finn', 'scot'],
);

export const WORD_GIVEN_NAMES = wordList(
  'word-given-names',
  'Common given names (as on the public lists of popular baby names, such as the US Social Security Administration\'s and the UK statistics office\'s, and the virtue names common in southern and West African English, "Blessing", "Gift", "Patience") that are also ordinary English words or abbreviations ("Hope", "Will", "Grant", "Max", "Jan"; a British given name that is a plural noun, "Piers", read as the piers of a harbour after "Editing by"), or a faith\'s or a nation\'s adjective ("Christian", "German", common in French, German and Spanish-speaking countries): opening a sentence before a surname, they are the first name, not a common word.',
  `hope faith joy grace will bill mark rush chase grant jean rich rob pat sue dawn april june summer rose iris lily
   ruby pearl amber crystal heather holly ivy jack jay drew dean ray frank earl guy gene art don sam ted wade miles
   chuck buck hunter mason carter cash angel stone penny robin violet hazel jasmine river reed sterling
   dick bob rod ken hank chip bud sandy randy rusty dusty woody peg kitty patty tory
   max jan bo cliff sonny norm nat flo herb brook sage rex honor poppy daisy fern
   blessing gift patience prosper lucky innocent comfort charity
   christian german piers`.trim().split(/\s+/),
);

export const FAMILY_FIRST_WORD_SURNAMES = wordList(
  'family-first-word-surnames',
  'Common Chinese, Korean and Malaysian family names that are also ordinary English words ("Tan", "Park", "Chew", "Song"): copy from Singapore, Malaysia, Hong Kong and Korea writes the family name first ("Tan Kai Wen, 46, said …"), so where one opens the sentence before two name-like words and an age set off by commas it is the name\'s first word, not a common word the sentence opens with (words.ts isFamilyNameFirst; evidence rule family-name-first); so it is before a hyphened given name ("Tan Wei-ling said …", names.ts opensFamilyNameBeforeHyphenedGivenName).',
  `tan park chew song sun moon bang chin fang tong lam tang low wan woo chow hung pan ban`.trim().split(/\s+/),
);

export const PLACE_GIVEN_NAMES = wordList(
  'place-given-names',
  'Given names on the public lists of popular baby names that the lexicon knows only as a place (a country, a state, a city): "Georgia", "India", "Paris", "Brooklyn". Before one more word the lexicon does not know or knows as a surname ("By Georgia Tallis, Consumer Reporter", "Paris Okafor said"), they are the person\'s first name, not a place, a body or a name of unknown words.',
  `georgia brooklyn india paris asia vienna geneva kenya phoenix dallas`.trim().split(/\s+/),
);

export const UNISEX_GIVEN_NAMES = wordList(
  'unisex-given-names',
  'Given names borne by many men and many women (as on the public lists of popular baby names, where each is common for both sexes) that the tagger\'s name lexicon marks as one sex only: such a first name says nothing of whether "he" or "she" stands for its bearer ("Chief Inspector Rowan Tarrow said … \\"…,\\" he said"), nor whether a later "Mr Tarrow" or "Ms Tarrow" is that bearer: US political copy calls a senator named in full "Senator Kelly Tarrow" (or "Lindsey", "Tracy", "Dana", "Terry" …) by "Mr. Tarrow" after, and the name lexicon\'s one sex had split the two into two people.',
  `rowan riley avery jesse frankie billie jody sasha emerson hayden ellis sidney carey alex
   lindsey lindsay kelly tracy tracey leslie dana shannon stacy kim lynn terry dale courtney jackie`.trim().split(/\s+/),
);

export const NICKNAME_LINK_WORDS = wordList(
  'nickname-link-words',
  'Lower-case words inside a ring name or a nickname of several words in quotation marks between a given name and a surname, as combat-sports copy writes them ("Omar "The Pride of Kelso" Haddad", "Rosa "La Reina" Vidal", "El Toro de Vardo"): the nickname keeps them, every other word of it capitalised.',
  ['of', 'the', 'de', 'del', 'la', 'el', 'da', 'do', 'from'],
);

export const HANDLE_CREDIT_WORDS = wordList(
  'handle-credit-words',
  'Words right before a social account\'s handle given as a writer\'s or a show\'s contact in a sign-off ("Follow him @DanaKFights.", "Hit us up at @CornerStoolPod."): the handle there is a contact, no body or person of the article.',
  ['him', 'her', 'us', 'me', 'them', 'at'],
);

export const SURNAME_PET_ENDINGS = wordList(
  'surname-pet-endings',
  'Endings that North American and British sports copy, and a team\'s own dressing room, put on a player\'s or a coach\'s clipped surname to make the name everyone calls him by ("Tolly" for Tollander, "Kubo" for Kubiak, "Strandy" for Strandberg, "Mackie" for Mackintosh, "Fitzy" for Fitzwalter): the nickname is the first letters of the surname and one of these.',
  ['y', 'ie', 'o', 'sy', 'zy', 'er'],
);
