// Word lists the quote rules read. Each list says why it exists; entries are general English news
// usage, never names from any particular article.

import { CLUB_FORM_ENDINGS, FEMALE_HONORIFICS, MALE_HONORIFICS, SPEECH_VERBS, TITLE_HEADS } from './entities';
import { within, without, wordList } from './wordList';

// Reporting verbs, finite forms (cf. the Gender Gap Tracker's and textacy's quote-verb lists). "agree", "offer" and
// "threaten" are left out on purpose: "X agreed to “…”" quotes the terms, not X's words.
// The entity pass's speech verbs (lexicon/entities.ts SPEECH_VERBS) are the core of this list: after a name they
// show it is a speaker. The quote pass reads more: verbs that characterise or report words ("called", "dubbed",
// "praised", "reported"), which credit a quotation but are too common in other senses to prove a name. It leaves
// out "states", "concedes" and "denies", which it never read ("states" is mostly the noun).
export const REPORTING_VERBS_FINITE = wordList(
  'quote-reporting-verbs-finite',
  'Reporting verbs, finite forms: attribution cues in news copy are "<subject> <verb>" or "<verb> <subject>" with one of these verbs.',
  [
    ...without(SPEECH_VERBS, ['states', 'concedes', 'denies']),
    'described', 'describes', 'called', 'calls', 'accused', 'accuses', 'pledged', 'pledges', 'concluded',
    'countered', 'cautioned', 'remarked', 'observed', 'commented', 'dubbed', 'labelled', 'labeled', 'branded',
    'termed', 'hailed', 'praised', 'criticised', 'criticized', 'condemned', 'denounced', 'slammed', 'blasted',
    'dismissed', 'reported', 'reports', 'maintained', 'maintains', 'complained', 'boasted', 'joked', 'quipped',
    'lamented', 'demanded', 'pleaded', 'shouted', 'reiterated', 'repeated', 'revealed', 'alleged', 'testified',
    'recounted', 'wondered', 'assured', 'informed', 'messaged', 'texted', 'mused', 'thundered', 'continued',
    'signalled', 'signaled', 'quoted', 'cited', 'asserted', 'asserts', 'interjected', 'retorted', 'exclaimed',
    'snapped', 'scoffed', 'fumed', 'gushed', 'elaborated', 'surmised', 'answered',
    // A verdict given as blame credits the quotation as "criticised" does ("X blamed “the weather and the turnout”").
    'blamed', 'blames',
  ],
);

/**
 * Reporting verbs whose base form is safe to read as a verb without a tagger ("saw X accuse Y of “…”",
 * "would say"). Reason: base forms such as "call", "post", "state" or "report" are more often nouns.
 */
export const REPORTING_VERBS_BASE = wordList('quote-reporting-verbs-base', 'Reporting verbs whose base form is safe to read as a verb without a tagger ("saw X accuse Y of “…”", "would say"). Reason: base forms such as "call", "post", "state" or "report" are more often nouns.', [
  'say', 'tell', 'accuse', 'describe', 'insist', 'explain', 'argue', 'declare', 'warn', 'claim', 'write', 'add', 'call',
  'ask', 'urge', 'promise', 'brand', 'label', 'dub', 'praise', 'criticise', 'criticize', 'dismiss', 'admit', 'vow',
]);

/** Participles that continue the main clause's subject ("she said, adding that “…”"). */
export const REPORTING_PARTICIPLES = wordList('quote-reporting-participles', 'Participles that continue the main clause\'s subject ("she said, adding that “…”").', [
  'saying', 'adding', 'telling', 'noting', 'writing', 'describing', 'calling', 'warning', 'insisting', 'arguing',
  'claiming', 'accusing', 'explaining', 'stressing', 'urging', 'posting', 'tweeting', 'declaring', 'promising',
  'asking', 'suggesting', 'acknowledging', 'admitting', 'vowing', 'labelling', 'labeling', 'branding', 'dubbing',
  'shouting', 'yelling', 'joking', 'replying', 'recalling',
]);

/**
 * Verbs that make "<verb> <speaker>" inversions after a quote ("…,” said Mr X). Reason: only a handful
 * of verbs are inverted in news style; inverting "called" or "told" would take the object as speaker.
 */
export const POINTING_BACK_NOUNS = wordList('quote-pointing-back-nouns', 'Nouns for what was said that open the sentence right after a quotation with "The" and name its speaker after "of" or "from" ("“…” The words of retired skipper X, who …", "“…” The warning from X came as …"): feature and regional copy give the words first and the speaker after, as "That was the verdict of X" does. Reason: only a noun for words spoken points back; "The view from the tower" or "The rest of X" do not.', [
  'words', 'verdict', 'warning', 'message', 'promise', 'plea', 'advice', 'assessment', 'judgement', 'judgment', 'admission', 'boast',
]);
export const INVERTIBLE_VERBS = wordList('quote-invertible-verbs', 'Verbs that make "<verb> <speaker>" inversions after a quote ("…,” said Mr X). Reason: only a handful of verbs are inverted in news style; inverting "called" or "told" would take the object as speaker.', [
  'said', 'says', 'added', 'adds', 'wrote', 'writes', 'asked', 'asks', 'replied', 'explained', 'continued', 'insisted',
  'warned', 'noted', 'recalled', 'declared', 'tweeted', 'posted', 'stated', 'argued', 'concluded',
]);

/**
 * Words that may stand between a subject and its verb without breaking the link ("X also said",
 * "X has repeatedly said"). Reason: auxiliaries and time/manner adverbs.
 */
export const SKIPPABLE_BEFORE_VERB = wordList('quote-skippable-before-verb', 'Words that may stand between a subject and its verb without breaking the link ("X also said", "X has repeatedly said"). Reason: auxiliaries and time/manner adverbs.', [
  'has', 'have', 'had', 'would', 'will', 'did', 'does', 'do', 'also', 'later', 'then', 'again', 'not', 'never', 'once',
  'just', 'only', 'already', 'earlier', 'still', 'first', 'further', 'often', 'always', 'even', 'now',
  'may', 'might', 'could', 'should', 'can', 'must', 'previously', 'reportedly', 'separately', 'simply', 'herself',
  'himself', 'themselves', 'itself', 'too', 'subsequently',
]);

/** -ly words that are nouns or names, not adverbs. */
export const LY_NOUNS = wordList('quote-ly-nouns', '-ly words that are nouns or names, not adverbs.', ['family', 'ally', 'rally', 'supply', 'assembly', 'bully', 'anomaly', 'monopoly', 'italy', 'july', 'belly', 'jelly', 'folly', 'holly', 'lily', 'sally']);

/** Subject pronouns; "who"/"which"/"that" point back to the phrase before them. */
export const PERSONAL_PRONOUNS = wordList('quote-personal-pronouns', 'Subject pronouns: a quote credited to one is resolved to the person it refers to.', ['he', 'she', 'they', 'it', 'we', 'i', 'you']);
export const PRONOUN_CONTRACTIONS = wordList('quote-pronoun-contractions', 'Endings of a subject pronoun run together with an auxiliary ("he’s", "they’re", "I’m", "we’ve", "she’d", "he’ll"): "He’s claiming that …", "he’s said …" have the pronoun as subject, as "He is claiming", "he has said" do; a pronoun\'s "’s" is never a possessive.', ['s', 're', 'm', 've', 'd', 'll']);
/** Object pronouns after "to": the one a reply goes to. */
export const ADDRESSEE_OBJECT_PRONOUNS = wordList('quote-addressee-object-pronouns', 'Object pronouns naming whom words went to, after "to" ("She replied to him that …", "he wrote to them that …"): the clause after them is what the verb reports.', ['him', 'her', 'them', 'me', 'us', 'you']);
/** The subject pronouns that stand for one person of a known gender. */
export const GENDERED_SUBJECT_PRONOUNS = wordList('quote-gendered-subject-pronouns', 'Subject pronouns that stand for one person: a clause they open is about the person before them, and they tell that person\'s gender.', within(PERSONAL_PRONOUNS, ['he', 'she']));
/** Verbs by which a pronoun takes up the speaker of the quotation just before ("“…,” X said. “…,” he added."). */
export const TURN_CONTINUING_VERBS = wordList('quote-turn-continuing-verbs', 'Verbs by which "he"/"she" goes on with the speaker of the quotation just before ("X said, “…” He continued, “…”", "“…,” X said. “…,” she added."): they say the same person speaks on, so the pronoun tells that person\'s gender. Not "said" or "asked": a new speaker may be meant.', [
  'added', 'adds', 'continued', 'continues',
]);
export const RELATIVE_PRONOUNS = wordList('quote-relative-pronouns', 'Relative pronouns: "who"/"which"/"that" point back to the phrase before them.', ['who', 'which', 'that']);

/** Determiners that open a noun phrase. Indefinite ones mark an unnamed source ("a spokeswoman"). */
export const INDEFINITE_DETERMINERS = wordList('quote-indefinite-determiners', 'Indefinite determiners open a noun phrase and mark an unnamed source ("a spokeswoman", "several officials").', [
  'a', 'an', 'one', 'some', 'several', 'many', 'two', 'three', 'four', 'five', 'another', 'other', 'most', 'few',
  'senior', 'various', 'numerous', 'multiple', 'unnamed', 'anonymous',
]);

/**
 * Words that end a subject noun phrase when scanning leftwards from its verb: conjunctions, clause
 * openers and prepositions that introduce adverbials rather than the subject.
 */
export const PHRASE_BOUNDARIES = wordList('quote-phrase-boundaries', 'Words that end a subject noun phrase when scanning leftwards from its verb: conjunctions, clause openers and prepositions that introduce adverbials rather than the subject.', [
  'and', 'but', 'or', 'nor', 'so', 'yet', 'because', 'while', 'when', 'whereas', 'after', 'before', 'although', 'though',
  'if', 'unless', 'until', 'as', 'since', 'once', 'where', 'whether', 'than', 'that', 'which', 'who', 'whom', 'whose',
  'said', 'says', 'told', 'is', 'was', 'were', 'are', 'be', 'been', 'being', 'saw', 'see', 'had', 'has', 'have',
]);

/** Prepositions that make a following name a complement ("a spokeswoman for <org> said"). */
export const PREPOSITIONS = wordList('quote-prepositions', 'Prepositions that make a following name a complement ("a spokeswoman for <org> said").', [
  'for', 'of', 'at', 'from', 'with', 'to', 'by', 'in', 'on', 'about', 'against', 'between', 'among', 'near', 'under',
  'over', 'into', 'onto', 'within', 'without', 'like', 'via', 'per', 'toward', 'towards', 'behind',
]);

/** Documents a body issues that speak for it when the body is written just before them. */
export const ISSUED_DOCUMENTS = wordList(
  'quote-issued-documents',
  'Documents a body issues speak for it when the body is written just before them or after "from"/"by": "the Acme report stated", "a Harlow Institute study said", "a paper from the Harlow Institute said", "a headline from the Vell Gazette:" are the body\'s words (news credits the body); so are "according to a report by the Harlow Institute" and "a document filed by X said" (quotes/subject.ts reads the issuer after "by"/"from").',
  ['report', 'study', 'survey', 'statement', 'analysis', 'memo', 'release', 'communique', 'communiqué', 'filing',
    'assessment', 'review', 'audit', 'poll', 'forecast', 'briefing', 'bulletin', 'editorial', 'letter', 'notice', 'paper',
    'headline', 'article', 'piece', 'column', 'document'],
);

/** Documents through which a body, not a person, speaks: "Norcom said in a statement". */
export const BODY_STATEMENT_DOCUMENTS = wordList(
  'body-statement-documents',
  'A name that speaks "in a statement", "in a news release", "in a filing" speaks as a body does; a person also writes in a column or a letter, so those are left out.',
  within(ISSUED_DOCUMENTS, ['statement', 'release', 'communique', 'communiqué', 'filing', 'notice', 'bulletin']),
);

/** Passive auxiliaries: "it was described as “…”" has no subject speaker. */
export const PASSIVE_AUXILIARIES = wordList('quote-passive-auxiliaries', 'Passive auxiliaries: "it was described as “…”" has no subject speaker.', ['was', 'were', 'is', 'are', 'been', 'being', 'be', 'get', 'got']);

/**
 * Heads of noun phrases that name an unnamed source. Reason: "a spokeswoman said", "the ministry said",
 * "the statement said" are sources, but not named entities (speaker null), unless a person's role
 * in the article is exactly that phrase ("the Kremlin spokesman" when one person holds that role).
 */
export const UNNAMED_SOURCE_HEADS = wordList('quote-unnamed-source-heads', 'Heads of noun phrases that name an unnamed source. Reason: "a spokeswoman said", "the ministry said", "the statement said" are sources, but not named entities (speaker null), unless a person\'s role in the article is exactly that phrase ("the Kremlin spokesman" when one person holds that role).', [
  'spokeswoman', 'spokesman', 'spokesperson', 'source', 'official', 'aide', 'diplomat', 'ministry', 'office', 'statement',
  'communique', 'communiqué', 'report', 'government', 'agency', 'police', 'department', 'embassy', 'administration',
  'military', 'army', 'document', 'letter', 'memo', 'post', 'website', 'release', 'spokespeople', 'person',
  'insider', 'analyst', 'expert', 'witness', 'resident', 'observer', 'campaign', 'team', 'cabinet', 'council', 'court',
  'lawyer', 'attorney', 'representative', 'member', 'colleague', 'friend', 'relative', 'officer', 'negotiator',
  'delegation', 'parliament', 'presidency', 'palace', 'headquarters', 'authorities', 'people', 'leaders',
]);

// Every title noun but the last few is one of the entity pass's title heads (lexicon/entities.ts TITLE_HEADS):
// the ones a later description refers back to a named person by ("the president said"), not the trades and
// occupations ("the teacher") that name anyone. The rest are descriptions of a person that are not written as
// a title before the name ("the dictator", "the skipper").
export const TITLE_NOUNS = wordList(
  'quote-title-nouns',
  'Nouns that head a title ("the Ukrainian president", "the Kremlin chief"): such descriptions refer back to a named person whose role the article gave.',
  [
    ...within(TITLE_HEADS, [
      'president', 'vice-president', 'leader', 'minister', 'premier', 'secretary', 'chancellor', 'envoy',
      'ambassador', 'chief', 'head', 'senator', 'governor', 'mayor', 'king', 'queen', 'prince', 'princess', 'pope',
      'general', 'commander', 'director', 'chairman', 'chairwoman', 'chair', 'ceo', 'founder', 'judge', 'justice',
      'prosecutor', 'adviser', 'advisor', 'commissioner', 'lawmaker', 'candidate', 'nominee', 'speaker', 'emir',
      'ayatollah', 'sultan', 'coach', 'captain', 'manager', 'spokesman', 'spokeswoman', 'spokesperson', 'negotiator',
      'diplomat', 'monarch', 'archbishop', 'bishop', 'cardinal', 'rabbi', 'imam', 'mp', 'mep', 'congressman',
      'congresswoman', 'representative', 'attorney', 'owner', 'executive', 'boss', 'official', 'deputy', 'forward',
      'striker', 'midfielder', 'defender', 'goalkeeper', 'winger',
    ]),
    'sheikh', 'pontiff', 'strongman', 'dictator', 'czar', 'tsar', 'quarterback', 'pitcher', 'champion', 'skipper',
  ],
);

/** Generic leader heads that match any head-of-state or head-of-government title. */
export const GENERIC_LEADER_HEADS = wordList('quote-generic-leader-heads', 'Generic leader heads that match any head-of-state or head-of-government title.', ['leader', 'chief', 'head', 'boss', 'strongman']);
export const LEADER_TITLES = wordList('quote-leader-titles', 'Titles of heads of state, government or an organisation, which a generic leader head ("the leader", "the chief") may stand for.', [
  'president', 'premier', 'minister', 'chancellor', 'king', 'queen', 'leader', 'chief', 'head', 'emir', 'sultan',
  'monarch', 'pope', 'pontiff', 'ayatollah', 'dictator', 'strongman', 'boss', 'ceo', 'general',
]);

export const UNNAMED_PERSON_SUBJECT_HEADS = wordList(
  'quote-unnamed-person-subject-heads',
  'Heads of a singular unnamed person who opens a sentence after an indefinite determiner ("One Western observer was blunter.", "A senior official was more cautious.", "Another diplomat disagreed."): a "he"/"she" after that sentence and before any person named goes on with that unnamed person, not with the person named before it (speaker null). Diplomatic and political copy quotes such sources in this shape.',
  within(UNNAMED_SOURCE_HEADS, ['source', 'official', 'aide', 'diplomat', 'person', 'insider', 'analyst', 'expert', 'witness', 'resident', 'observer',
    'lawyer', 'attorney', 'representative', 'member', 'colleague', 'friend', 'relative', 'officer', 'negotiator', 'spokesman', 'spokeswoman', 'spokesperson']),
);

export const REPRESENTATIVE_NOUNS = wordList(
  'quote-representative-nouns',
  'Nouns of people who speak for someone else ("Through his lawyer, Y, he said …", "her spokesman, Y, said she …"): named right after the pronoun\'s own possessive in its sentence, Y is the relation the pronoun owns, so the pronoun goes on with the person before. Only those who speak for their principal: "his brother Y" or "his deputy Y" may themselves be the "he" of the sentence.',
  ['lawyer', 'lawyers', 'attorney', 'attorneys', 'solicitor', 'solicitors', 'barrister', 'counsel', 'spokesman', 'spokeswoman', 'spokesperson',
    'agent', 'representative', 'representatives', 'publicist', 'aide', 'aides', 'adviser', 'advisor', 'interpreter'],
);

export const UNNAMED_BYSTANDER_HEADS = wordList(
  'quote-unnamed-bystander-heads',
  'Heads of an unnamed member of the public who opens a sentence after an indefinite determiner in local and crime copy ("A neighbour in Kelso Road, who asked not to be named, said …", "One shopper said she ran", "A passer-by filmed it"): like quote-unnamed-person-subject-heads, a "he"/"she" after that sentence and before any person named goes on with that unnamed person (speaker null), not back to the official named in the paragraph before. Not sources by trade, so not in quote-unnamed-source-heads.',
  ['neighbour', 'neighbor', 'passer-by', 'bystander', 'onlooker', 'shopper', 'motorist', 'commuter', 'passenger', 'parent', 'villager',
    'customer', 'worker', 'employee', 'pupil', 'student', 'mourner', 'fan', 'supporter', 'protester', 'volunteer', 'survivor', 'local',
    'eyewitness', 'householder', 'homeowner', 'tenant', 'driver', 'visitor', 'tourist', 'diner', 'patient', 'caller', 'listener', 'viewer'],
);

/** Players described by their position on the ice, the court or the pitch after a quotation ("said the big centre"). */
export const PLAYER_POSITION_NOUNS = wordList(
  'quote-player-position-nouns',
  'Positions a player of a team sport is called by after a quotation in place of the name ("“…,” said the big centre from Kelso", "the veteran guard said", "the rookie netminder added"): no title (a position names no office, and "centre" or "guard" alone is no title head), so the description read as naming no one; it refers back to the player the paragraph is about, as "the 24-year-old" does (quote-generic-person-heads).',
  ['centre', 'center', 'guard', 'forward', 'winger', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'goaltender', 'goalie',
    'netminder', 'defenseman', 'defenceman', 'blueliner', 'playmaker', 'rookie', 'point guard', 'shooting guard'],
);

/** Person descriptions without a title ("the 78-year-old", "the billionaire") refer to the current subject. */
export const GENERIC_PERSON_HEADS = wordList('quote-generic-person-heads', 'Person descriptions without a title ("the 78-year-old", "the billionaire") refer to the current subject. Racing copy calls its sportsmen by their sport ("the 24-year-old jockey said", "the rider added") as other sports copy says "the player".', [
  'billionaire', 'businessman', 'businesswoman', 'tycoon', 'politician', 'veteran', 'star', 'actor', 'actress',
  'singer', 'player', 'republican', 'democrat', 'conservative', 'liberal', 'former', 'incumbent', 'man', 'woman',
  'jockey', 'rider', 'cyclist', 'sprinter', 'climber',
]);

/**
 * Occupations that a definite description may name a person by ("the forecaster warned"), beyond the
 * title heads of lexicon/entities. Reason: science and weather desks describe their sources by trade.
 */
export const OCCUPATION_NOUNS = wordList('quote-occupation-nouns', 'Occupations that a definite description may name a person by ("the forecaster warned"), beyond the title heads of lexicon/entities. Reason: science and weather desks describe their sources by trade.', [
  'forecaster', 'meteorologist', 'seismologist', 'geologist', 'hydrologist', 'climatologist', 'academic', 'jurist',
  'veterinarian', 'pharmacist', 'psychologist', 'psychiatrist', 'sociologist', 'anthropologist', 'archaeologist',
]);

/**
 * Nouns by which an article refers back to a body it named ("the group said", "the regulator added").
 * Reason: news copy names a body once, then calls it by its kind; the body is the speaker only when
 * the article called that body by this noun (see quotes/bodyRefs.ts).
 */
export const BODY_DESCRIPTION_HEADS = wordList('quote-body-description-heads', 'Nouns by which an article refers back to a body it named ("the group said", "the regulator added"). Reason: news copy names a body once, then calls it by its kind; the body is the speaker only when the article called that body by this noun (see quotes/bodyRefs.ts).', [
  'group', 'company', 'firm', 'organisation', 'organization', 'body', 'party', 'union', 'ministry', 'agency',
  'department', 'government', 'embassy', 'council', 'court', 'committee', 'commission', 'institute', 'bank',
  'association', 'federation', 'coalition', 'alliance', 'movement', 'club', 'charity', 'network', 'broadcaster',
  'newspaper', 'regulator', 'watchdog', 'insurer', 'lender', 'carrier', 'airline', 'operator', 'manufacturer',
  'carmaker', 'automaker', 'retailer', 'startup', 'start-up', 'developer', 'utility', 'authority', 'militia',
  'army', 'military', 'command', 'board', 'tribunal', 'foundation', 'society', 'university', 'hospital', 'outlet',
  'paper', 'daily', 'tabloid',
  // farming and retail copy: a milk buyer, a supermarket ("a spokesman for the co-operative said")
  'co-operative', 'cooperative', 'co-op', 'chain', 'supermarket', 'guild',
  // local, arts and sports copy: the institution named once, then by its kind ("Kelso Zoo … the zoo said", "the
  // Tarrow Museum … the museum added", "Vardo Grammar School … the school said"); a team by "the team"
  'zoo', 'museum', 'gallery', 'theatre', 'theater', 'school', 'college', 'academy', 'trust', 'church', 'orchestra',
  'festival', 'hospice', 'league', 'team',
]);

/** The body heads that call a body a newspaper: a body whose name ends in a newspaper's head noun is one (see quotes/bodyRefs.ts). */
export const REGULATOR_DESCRIPTION_HEADS = wordList('quote-regulator-description-heads', 'Nouns by which an article calls a regulatory body it named without calling it so ("the regulator said", "the watchdog said" after "the Vardo Conduct Authority"): the one body named before whose name ends in a regulator\'s head noun (list quote-regulator-name-heads). Reason: news copy names the regulator once by its full name, then calls it "the regulator".', within(BODY_DESCRIPTION_HEADS, [
  'regulator', 'watchdog',
]));

export const NAME_BEARING_BODY_HEADS = wordList('quote-name-bearing-body-heads', 'Nouns of list quote-body-description-heads that a body\'s own name nearly always holds when the article calls it so ("Tarrow Council … the council said", "the Kelso Crown Court … the court heard"): another body the sentence before made its subject (a broadcaster, a firm) is no "council" or "court", so it does not stop "the council" going back to the one body named "… Council" (quotes/bodyRefs.ts onlyBodyNamedBy). Not "group", "network" or "company", which copy calls bodies of any name.', within(BODY_DESCRIPTION_HEADS, [
  'council', 'court', 'committee', 'commission', 'tribunal', 'ministry', 'university', 'hospital',
]));

export const GENERIC_BODY_DESCRIPTION_HEADS = wordList('quote-generic-body-description-heads', 'Nouns that fit almost any non-press body ("the group said", "the organization wrote" after "The Vell Foundation said …"): when no body was called so, the latest body that opened a sentence (its subject) in that paragraph or the one before stands for it. Reason: news copy names an advocacy group, charity or firm by its full name as a subject, then calls it "the group"; a newspaper is "the paper", never "the group".', within(BODY_DESCRIPTION_HEADS, [
  'group', 'organization', 'organisation',
  // "The Kelso Border Service said … In a statement, the agency said it …": a public agency named as a subject.
  'agency',
]));

export const DEPARTMENT_DESCRIPTION_HEADS = wordList('quote-department-description-heads', 'Nouns by which British copy calls a government department it named without calling it so ("the department said", "The department added" after "the Kelso Office said …"): the one body named before whose name ends in a department\'s head noun (list quote-department-name-heads). Reason: Whitehall\'s departments are named "… Office" as often as "Department for …", and copy calls each "the department".', within(BODY_DESCRIPTION_HEADS, [
  'department',
]));

export const DEPARTMENT_NAME_HEADS = wordList('quote-department-name-heads', 'Last words of a government department\'s name that "the department" stands for ("the Kelso Office", "the Tarrow Department", "the Vardo Ministry"; list quote-department-description-heads); not a name in the possessive before "Office" ("the Sheriff\'s Office", which "the sheriff\'s office" names).', [
  'office', 'department', 'ministry',
]);

export const REGULATOR_NAME_HEADS = wordList('quote-regulator-name-heads', 'Last words of a regulatory body\'s name ("Marwick Conduct Authority", "Ardian Gaming Commission", "Energy Regulator"): "the regulator" stands for the one such body the article named before it.', [
  'authority', 'commission', 'regulator', 'watchdog',
]);

export const REGULATING_BODY_HEADS = wordList('quote-regulating-body-heads', 'Last words of a regulator\'s name that name no regulator by themselves ("the Charities Regulation Office", "the Vardo Standards Board"): "the regulator" stands for the one body so named before it whose name also holds a word of regulating (list quote-regulating-name-words). Reason: the Home Office or a school board is no regulator; an office or a board named for regulation or standards is.', [
  'office', 'board', 'agency', 'service', 'body',
]);

export const REGULATING_NAME_WORDS = wordList('quote-regulating-name-words', 'Words of regulating in a body\'s name that make an office, a board or an agency (list quote-regulating-body-heads) a regulator "the regulator" or "the watchdog" stands for ("the Charities Regulation Office", "the Care Standards Board", "the Vardo Regulatory Agency").', [
  'regulation', 'regulatory', 'standards', 'inspectorate', 'oversight', 'conduct', 'inspection',
]);

export const COMPANY_DESCRIPTION_HEADS = wordList('quote-company-description-heads', 'Nouns by which an article calls a company it named ("the company said", "the firm wrote"): a body whose name ends in a company\'s legal form ("Inc", "Ltd", "AG", "plc"; lists legal-forms and capital-legal-forms) or, after another word, in a company\'s trade noun ("Kelso Group", "Tarrow Foods"; list company-heads; not a government body\'s name) is so called without the article saying so (bodyRefs.ts namesACompany). Reason: copy names a company once ("Vardo Systems Inc.", "Its owner, Kelso Group, …"), then quotes "the company"; the legal form or trade noun says what kind of body it is, as a paper\'s "Gazette" does.', within(BODY_DESCRIPTION_HEADS, [
  'company', 'firm',
]));

export const OPERATOR_DESCRIPTION_HEADS = wordList('quote-operator-description-heads', 'Nouns by which an article calls a transport company it named ("the operator said", "the carrier posted" after "Westmarch Rail suspended …"; "the airline said in a statement" after "Tarrow Airways flight TW 218 …"): a body whose name ends in a transport trade noun (list quote-operator-name-heads) is so called without the article saying so. Reason: live and news copy names the rail, bus or ferry company or the airline once, then calls it "the operator" or "the airline".', within(BODY_DESCRIPTION_HEADS, [
  'operator', 'carrier', 'airline',
]));

export const OPERATOR_NAME_HEADS = wordList('quote-operator-name-heads', 'Last words of a transport company\'s name ("Vardo Rail", "Kelso Buses", "Marwick Ferries", "Tarrow Airways"): "the operator" stands for such a body named before it.', [
  'rail', 'railway', 'railways', 'trains', 'buses', 'coaches', 'ferries', 'trams', 'airlines', 'airways', 'air', 'shipping',
]);

export const CLUB_DESCRIPTION_HEADS = wordList('quote-club-description-heads', 'Nouns by which sports copy calls a club it named ("the club said", "the team confirmed" after "Kelso Rovers sacked their coach"): a body whose name ends in a club\'s word (list quote-club-name-endings) or that the gazetteer knows as a football club is so called without the article saying so. Reason: sports copy names the club once by its name, then quotes "the club" or "the club\'s statement"; the name itself says it is a club, as a paper\'s "Gazette" says it is a paper.', within(BODY_DESCRIPTION_HEADS, [
  'club', 'team',
]));

export const CLUB_NAME_ENDINGS = wordList('quote-club-name-endings', 'Last words of a sports club\'s name ("Kelso Rovers", "Tarrow United", "Vardo Wanderers", "Marwick Athletic", "Dunmore FC"): "the club" stands for such a body named before it. "City" and "Town" are left out: "Kelso City" is a club, but a name ending so is as often a place or a council\'s town. The forms ("FC", "AFC", "CF") are the entity lexicon\'s club-form-endings, of which only those English football copy writes are read here.', [
  'united', 'rovers', 'wanderers', 'athletic', 'albion', 'hotspur', 'rangers', ...within(CLUB_FORM_ENDINGS, ['fc', 'afc', 'cf']),
]);

export const NEWSPAPER_DESCRIPTION_HEADS = wordList('quote-newspaper-description-heads', 'Nouns by which an article calls a newspaper it named ("the paper said", "the newspaper wrote"): a body whose name ends in a newspaper\'s head noun ("Gazette", "Times", "Post"; list press-heads) is so called without the article saying so. Reason: news copy names a paper once, then calls it "the paper".', within(BODY_DESCRIPTION_HEADS, [
  'newspaper', 'paper', 'daily', 'tabloid',
]));

/** Documents whose "the statement said" credits whoever issued the statement named just before. */
export const DOCUMENT_HEADS = wordList('quote-document-heads', 'Documents whose "the statement said" credits whoever issued the statement named just before.', ['statement', 'communique', 'communiqué', 'release', 'letter', 'memo', 'post']);

// Honorifics that give the gender of a person a quote is credited to, read before a mention's text. They
// derive from the entity lists (lexicon/entities.ts) and differ on purpose only where a test says so: this
// pass also reads royal titles and Romance courtesy forms written out in full ("Monsieur", "Señora", "Queen"),
// and leaves out the peerages and "Sr" (Senior after a name, Señor before one). The two lists drifted apart;
// aligning them changes analyses, so it belongs to the accuracy issue, not to this move.
export const MENTION_MALE_HONORIFICS = wordList(
  'quote-male-honorifics',
  'Honorifics before a mention that say the person quoted is a man (for "he" and "she" resolution).',
  [...without(MALE_HONORIFICS, ['sr', 'baron', 'duke', 'earl']), 'monsieur', 'señor', 'senor', 'signor', 'king', 'prince'],
);
export const MENTION_FEMALE_HONORIFICS = wordList(
  'quote-female-honorifics',
  'Honorifics before a mention that say the person quoted is a woman (for "he" and "she" resolution).',
  [...without(FEMALE_HONORIFICS, ['mlle', 'sra', 'srta', 'baroness', 'duchess']), 'madam', 'madame', 'señora', 'senora', 'signora', 'queen', 'princess'],
);

/** Role nouns that give a person's gender ("the spokeswoman", "his son"); "chairman" and "actor" are left out, as they are used for women too. */
export const MALE_ROLE_NOUNS = wordList('quote-male-role-nouns', 'Role and kinship nouns used for men only: a person given one is a man (for "he" and "she" resolution).', [
  'spokesman', 'congressman', 'businessman', 'councilman', 'assemblyman', 'alderman', 'sportsman', 'anchorman', 'husband', 'father',
  'son', 'brother', 'widower', 'grandfather', 'grandson', 'nephew', 'uncle', 'boyfriend', 'king', 'prince', 'emperor', 'monk',
]);
export const FEMALE_ROLE_NOUNS = wordList('quote-female-role-nouns', 'Role and kinship nouns used for women only: a person given one is a woman (for "he" and "she" resolution).', [
  'spokeswoman', 'congresswoman', 'businesswoman', 'councilwoman', 'assemblywoman', 'alderwoman', 'sportswoman', 'anchorwoman', 'chairwoman',
  'wife', 'mother', 'daughter', 'sister', 'widow', 'grandmother', 'granddaughter', 'niece', 'aunt', 'girlfriend', 'queen', 'princess',
  'empress', 'actress', 'nun', 'lady',
]);

/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS = wordList('quote-abbreviations', 'Abbreviations whose full stop does not end a sentence.', [
  'mr', 'mrs', 'ms', 'dr', 'st', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'prof', 'jr', 'sr', 'no', 'vs',
  'etc', 'inc', 'corp', 'ltd', 'co', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'rev', 'hon', 'maj', 'adm', 'cmdr', 'supt',
  'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'mt', 'ft', 'pres', 'sec', 'atty', 'del', 'sens', 'reps', 'fr', 'msgr',
]);

/** Words before a title-case quote that make it the name of a work or programme, not speech. */
export const LINK_LABELS = wordList(
  'quote-link-labels',
  'Labels of a line that links another story ("Read more: “Why the pier matters”", "Related: “…”"): a quotation filling the rest of that line is the linked story\'s headline, a title, whatever its case; never speech.',
  ['read more', 'related', 'see also', 'also read', 'more', 'read', 'watch', 'listen', 'further reading'],
);

export const WIDGET_GLUE_WORDS = wordList(
  'widget-glue-words',
  'Words of a web page\'s comment or live-blog widget that a scrape glues to the names around them ("Dana WrellFlagShareLikeReplyTom Brisk", "5ptsmoderatorFeaturedMarch 6"): two or more of them run together, or one glued between a lower-case letter and a capital, are page furniture, blanked before parsing (pageFurniture.ts) so the names either side stand apart and join no other. One alone at a word\'s start is left as written ("ShareCare", "Like" in prose).',
  ['flag', 'share', 'like', 'reply', 'follow', 'tweet', 'email', 'print', 'comment', 'comments', 'featured', 'pinned', 'save', 'embed', 'report', 'oldest', 'newest'],
);

export const PROFILE_CARD_LABELS = wordList(
  'profile-card-labels',
  'Field labels of a profile card that a feature sets beside a portrait ("Name: Dana Wrell Age: 41City: Tarrow FallsJob: Bus driverPay: £11"), which a scrape runs together with the values around them: a label with its colon glued to a letter or a digit before it, or spaced after a capitalised word and before a value, is page furniture, blanked before parsing (pageFurniture.ts) so the name before it ends there and "KelsoJob" is no body. "Name" is left out: it opens the card on a line of its own.',
  ['age', 'city', 'hometown', 'job', 'occupation', 'pay', 'salary', 'wage', 'income'],
);

export const PROFILE_CARD_NUMBER_LABELS = wordList(
  'profile-card-number-labels',
  'The profile card\'s labels of a number ("Dana Wrell Age: 41", "Pay: £11"), blanked also when spaced after a capitalised word, before a figure or a currency sign: no name ends in them. Not "City" or "Job": a club\'s name ends in "City" before a colon in a line-up ("Portcaddon City: Vos; …").',
  within(PROFILE_CARD_LABELS, ['age', 'pay', 'salary', 'wage', 'income']),
);

export const LABEL_HEADINGS = wordList(
  'quote-label-headings',
  'Capitalised labels that open a line of a web article or a quoted passage as its heading, not as its speaker ("VIDEO: …", "UPDATE: …", "WATCH: …"): a transcript label that is one of them never founds a person (speakerLabel.ts). Reason: clip and live-page copy labels embedded material so, inside the quotation marks too.',
  ['video', 'watch', 'update', 'updated', 'breaking', 'exclusive', 'note', 'editor', 'correction', 'live', 'listen', 'audio', 'photo', 'photos', 'transcript', 'warning', 'caption', 'source', 'clip', 'read', 'related', 'advertisement', 'question', 'answer', 'host', 'moderator', 'reporter', 'crosstalk', 'unidentified', 'unknown', 'notice', 'alert', 'attention', 'important', 'urgent', 'reminder', 'disclaimer', 'fyi', 'rip', 'lol', 'omg'],
);

export const PAGE_HEADINGS = wordList(
  'quote-page-headings',
  'Label headings of quote-label-headings that mark a web page\'s embedded material, never a speaker\'s part ("VIDEO:", "WATCH:", "UPDATE:"): set in capitals on a transcript line of its own inside the quotation, such a heading ends the turn of the speaker before it, so the line and the unlabelled lines after it are no longer that speaker\'s (speakerLabel.ts transcriptSpeaker). Not "QUESTION:", "ANSWER:", "HOST:" or "REPORTER:", which label a speaker\'s part.',
  within(LABEL_HEADINGS, ['video', 'watch', 'update', 'updated', 'breaking', 'exclusive', 'note', 'editor', 'correction', 'live', 'listen', 'audio', 'photo', 'photos',
    'warning', 'caption', 'clip', 'read', 'related', 'advertisement', 'notice', 'alert', 'reminder', 'disclaimer']),
);

export const TITLE_CONTEXT_WORDS = wordList('quote-title-context-words', 'Words before a title-case quote that make it the name of a work or programme, not speech.', [
  'on', 'show', 'programme', 'program', 'series', 'film', 'movie', 'book', 'novel', 'memoir', 'album', 'song', 'single',
  'documentary', 'podcast', 'newspaper', 'magazine', 'column', 'titled', 'entitled', 'headlined', 'play', 'episode',
  'anthem', 'poem', 'track', 'sitcom', 'drama', 'operation', 'slogan', 'hashtag', 'exhibition', 'called', 'named',
  'painting', 'opera', 'musical', 'broadcast', 'segment', 'report', 'article', 'essay', 'op-ed', 'editorial', 'game',
  'app', 'brand', 'bill', 'act', 'plan', 'initiative', 'campaign', 'website', 'newsletter', 'channel',
  'document', 'strategy', 'pamphlet', 'leaflet', 'manifesto', 'booklet', 'brochure', 'handbook',
  // A published finding's own name, set off by commas as a report's is ("the review, “Safer Roads Ahead”, found").
  'review', 'study', 'audit', 'survey', 'paper', 'dossier', 'assessment', 'evaluation', 'analysis',
  'with', 'to', 'in', 'at', 'from', 'during',
  // Books and music copy lists several works after a plural ("produced the singles “…” and “…”", "her novels “…”").
  'singles', 'songs', 'albums', 'tracks', 'novels', 'books', 'films', 'plays', 'poems',
]);

/** Words before a quote that mark it as a term rather than speech ("the so-called “…”"). */
export const TERM_CONTEXT_WORDS = wordList('quote-term-context-words', 'Words before a quote that mark it as a term rather than speech ("the so-called “…”").', ['so-called', 'dubbed', 'nicknamed', 'word', 'term', 'phrase', 'label', 'known']);

/** Function words allowed in lower case inside a title ("Face the Nation", "State of the Union"). */
export const TITLE_SMALL_WORDS = wordList('quote-title-small-words', 'Function words allowed in lower case inside a title ("Face the Nation", "State of the Union").', [
  'a', 'an', 'the', 'of', 'and', 'or', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'vs', 'de', 'la', 'le',
  'du', 'des', 'der', 'die', 'das', 'von', 'van', 'y', 'el', 'is', 'as', 'but', 'nor', 'into', 'upon',
]);

/**
 * Nouns naming one person by nationality whose stem does not show the country ("the Dutchman said", "the Swede
 * told reporters"), with the country they name; regular demonyms ("the Brazilian", "the Ardian") are read by
 * their ending. Reason: a sports or foreign report names a player once, then calls them by nationality.
 */
export const NATIONALITY_PERSON_NOUNS: Readonly<Record<string, string>> = {
  dutchman: 'netherlands', dutchwoman: 'netherlands', frenchman: 'france', frenchwoman: 'france',
  englishman: 'uk', englishwoman: 'uk', briton: 'uk', brit: 'uk', irishman: 'ireland', irishwoman: 'ireland',
  scotsman: 'scotland', scotswoman: 'scotland', scot: 'scotland', welshman: 'wales', welshwoman: 'wales',
  swede: 'swed', dane: 'denmark', finn: 'fin', pole: 'pol', spaniard: 'spain', turk: 'turkey', swiss: 'switzerland',
  czech: 'czech', greek: 'greece', serb: 'serb', croat: 'croat', slovak: 'slovak', slovene: 'sloven', kiwi: 'new zealand',
  argentine: 'argentin', filipino: 'philippines', israeli: 'israel', iraqi: 'iraq', saudi: 'saudi', thai: 'thailand',
};

/**
 * Country and nationality words whose stems differ (the rest compare by stripping suffixes:
 * "Ukrainian"/"Ukraine", "Russian"/"Russia"). Reason: "the French president" must match "President of France".
 */
export const NATION_ALIASES: Readonly<Record<string, string>> = {
  us: 'us', 'u.s': 'us', 'u.s.': 'us', usa: 'us', american: 'us', america: 'us', americans: 'us',
  uk: 'uk', 'u.k': 'uk', 'u.k.': 'uk', british: 'uk', britain: 'uk', english: 'uk', england: 'uk',
  french: 'france', france: 'france', dutch: 'netherlands', netherlands: 'netherlands', swiss: 'switzerland',
  switzerland: 'switzerland', greek: 'greece', greece: 'greece', spanish: 'spain', spain: 'spain',
  norwegian: 'norway', norway: 'norway', welsh: 'wales', wales: 'wales', irish: 'ireland', ireland: 'ireland',
  danish: 'denmark', denmark: 'denmark', scottish: 'scotland', scotland: 'scotland', thai: 'thailand',
  thailand: 'thailand', filipino: 'philippines', philippine: 'philippines', philippines: 'philippines',
  saudi: 'saudi', german: 'germany', germany: 'germany', china: 'china', chinese: 'china', mexico: 'mexico', mexican: 'mexico', japan: 'japan', japanese: 'japan', turkey: 'turkey', turkish: 'turkey', italy: 'italy', italian: 'italy', israel: 'israel', israeli: 'israel', iran: 'iran', iranian: 'iran', iraq: 'iraq', iraqi: 'iraq', emirati: 'uae', uae: 'uae', kiwi: 'new zealand', eu: 'eu', european: 'eu', europe: 'eu',
};

export const FINDING_VERBS = wordList(
  'quote-finding-verbs',
  'Verbs by which a study, an audit, a count or a search reports what it found ("The inspection found “…”", "the survey showed “…”", "the ledgers revealed “…”"): a sentence whose own words before its closing quotation hold one makes a finding of its own subject, so it does not go on with the report of the sentence before it ("X claimed that the depot was safe. The inspection found “…”" is no more of X\'s words; attributeQuotes.ts closesSentenceOfNoOne). Present forms that are as often plural nouns ("records", "counts", "logs") are left out.',
  ['found', 'finds', 'showed', 'shows', 'shown', 'revealed', 'reveals', 'concluded', 'concludes', 'counted', 'recorded', 'estimated',
    'identified', 'identifies', 'discovered', 'discovers', 'uncovered', 'uncovers', 'detected', 'detects', 'logged', 'measured', 'tallied',
    'calculated', 'calculates'],
);
