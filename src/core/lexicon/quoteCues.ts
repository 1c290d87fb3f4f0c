// Word lists the quote pass reads besides those of lexicon/quotes.ts: the small sets that used to sit in the
// rule files (cue finding, subject reading, descriptions, quotation kinds, quote matching). Each says why it
// exists; entries are general English news usage, never names from any particular article.

import { PREPOSITIONS } from './quotes';
import { within, wordList } from './wordList';

// --- Cue finding (quotes/findCue.ts) ---

export const CLAUSE_STARTERS = wordList('quote-clause-starters', 'Words that start a clause after a verb ("“We will win.” X said the talks …"): then the verb introduces new reported speech, not the quotation before it.', [
  'that', 'the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'there', 'this', 'these', 'his', 'her', 'their', 'its', 'if', 'whether',
]);

export const OBJECT_VERBS = wordList('quote-object-verbs', 'Reporting verbs whose object is the listener ("“…” X told reporters"): a clause word after them does not start new reported speech.', [
  'told', 'tells', 'asked', 'asks', 'informed', 'assured', 'urged', 'reported',
]);

export const INFINITIVE_GOVERNORS = wordList('quote-infinitive-governors', 'Verbs whose subject speaks the reporting verb of a "to" infinitive after them ("X went on to say", "X rose to declare", "X took to the stage to warn"); not "used", "has used to describe" is no speech.', [
  'chose', 'continued', 'continues', 'decided', 'goes', 'hastened', 'moved', 'paused', 'proceeded', 'rose', 'sought', 'stepped',
  'stood', 'stopped', 'took', 'tried', 'turned', 'wanted', 'went',
]);

export const ASKING_INFINITIVES = wordList('quote-asking-infinitives', 'Verbs that ask a question when a verb of wanting governs their "to" infinitive ("X wanted to know, “…?”"; list quote-wanting-governors): the question quoted next is X\'s, as after "asked". Not alone: "to know" after "came", "got" or "needs" asks nothing.', ['know']);

export const WANTING_GOVERNORS = wordList('quote-wanting-governors', 'Verbs of wanting that make "to know" a question of their subject ("X wanted to know, “…?”"; list quote-asking-infinitives); each governs infinitives already (quote-infinitive-governors), which names the subject.', within(INFINITIVE_GOVERNORS, ['wanted']));

export const BY_IS_MEANS = wordList('quote-by-is-means', 'Verbs whose "by" names a means, not an agent ("said by phone", "told by text"): no passive cue.', [
  'said', 'says', 'told', 'tells', 'wrote', 'writes', 'posted', 'tweeted', 'added', 'texted', 'messaged',
]);

export const SENDER_PREPOSITIONS = wordList('quote-sender-prepositions', 'Prepositions before the person who ends a colon introduction that make that person the sender ("An email from X:", "A statement by X:"); any other ("a message to X:", "turned to X:", "a question for X:") makes X the one addressed.', ['from', 'by']);

export const ADDRESSEE_PREPOSITIONS = wordList('quote-addressee-prepositions', 'Prepositions before a name that ends a colon introduction and makes it the one addressed or talked about, never the speaker ("X turned to Y:", "X contrasted her with Y:", "X lashed out at Y:"). Not "of" or "from": "the president of Acme:", "a message from Y:".', [
  'to', 'towards', 'toward', 'for', 'with', 'at', 'against',
]);

export const SPEECH_NOUNS = wordList('quote-speech-nouns', 'Nouns that name what someone said, so that their possessor is the speaker: "X\'s verdict: “…”", "“…” was X\'s reply" (British and sports copy). Not "X\'s plan", "X\'s record": those name no words.', [
  'verdict', 'reaction', 'response', 'reply', 'answer', 'retort', 'message', 'assessment', 'warning', 'advice', 'explanation', 'plea',
  'promise', 'vow', 'prediction', 'comment', 'comments', 'remark', 'remarks', 'call', 'words', 'statement', 'summary', 'instruction', 'instructions', 'defence', 'defense',
  // Campaign and fact-check copy quotes a rival's words inside the noun that names them: "rated X's claim that crossings
  // had “…” false", "X's pledge to “…”", "her assertion that the plan was “…”".
  'claim', 'claims', 'pledge', 'assertion', 'accusation', 'contention', 'insistence',
]);

export const PLEDGE_NOUNS = wordList('quote-pledge-nouns', 'Speech nouns whose content an infinitive opens ("X\'s promise to “…”", "her pledge to “…”", "his call to “…”"): "to" opens their clause as "that" does (SPEECH_NOUN_CLAUSE_OPENERS). Not "reply", "response", "answer", "reaction": after those "to" names what was answered, another\'s words.', within(SPEECH_NOUNS, [
  'promise', 'vow', 'pledge', 'call',
]));

export const SPEECH_NOUN_CLAUSE_OPENERS = wordList('quote-speech-noun-clause-openers', 'Words that open the content of a speech noun ("his warning that the pier would close “…”", "her call for “…”"): a quotation in that clause is the possessor\'s words when no reporting verb comes before it.', ['that', 'for']);

export const SPEECH_NOUN_LINKS = wordList('quote-speech-noun-links', 'Words that link a quotation to a speech noun after it ("“…,” was X\'s verdict", "“…” came X\'s reply").', ['was', 'is', 'came', 'comes']);

export const FRAMING_NOUNS = wordList('quote-framing-nouns', 'Nouns of "in X\'s words, “…”", "“…,” in X\'s view": a phrase "in" + possessive + one of them, set off right before or after a quotation, gives the possessor\'s words. Not "in X\'s plan", "in X\'s book": those name no words of X\'s at that moment.', [
  'words', 'view', 'opinion', 'telling', 'phrase', 'estimation', 'reckoning',
]);

export const POSSESSIVE_PRONOUN_SUBJECTS: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she'], ['its', 'it']]);

export const QUOTED_AS_VERBS = wordList('quote-quoted-as-verbs', 'Verbs of "X was quoted as saying", "cited X as saying": the person quoted is the speaker, not the one who quotes.', ['quoted', 'cited']);

// --- Subject reading (quotes/subject.ts, subjectTokens.ts, subjectVerbCue.ts) ---

export const WORKPLACE_PREPOSITIONS = wordList('quote-workplace-prepositions', 'Prepositions that place a person in a body ("X of the institute", "X at the bank", "X from the agency").', ['of', 'at', 'from']);

export const AFFILIATION_PREPOSITIONS = wordList('quote-affiliation-prepositions', 'Prepositions that tie a description to a body ("head of retail at Acme", "an analyst with Acme", "a spokeswoman for Acme"): the workplace prepositions and "with", "for".', [
  ...WORKPLACE_PREPOSITIONS.words, 'with', 'for',
]);

export const TIME_PREPOSITIONS = wordList('quote-time-prepositions', 'Prepositions that open a time or occasion phrase between a subject and its verb ("X on Sunday said", "X in a statement said"). ("during" is no preposition of quote-prepositions, so the rule never read it.)', within(PREPOSITIONS, ['on', 'in', 'at']));

export const TIME_WORDS = wordList('quote-time-words', 'Days, months and parts of the day that end a time phrase between a subject and its verb ("late on Monday"), and "past" ("X, who had in the past dismissed it as “…”").', [
  'past', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'morning',
  'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
]);

export const BARE_TIME_WORDS = wordList('quote-bare-time-words', 'Time words that stand between a subject and its verb without a preposition ("X Thursday said", "X later Tuesday told"), as wire copy writes them; months are left out ("May" is also a name).', within(TIME_WORDS, [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
]));

export const RELATIVE_TIME_OPENERS = wordList('quote-relative-time-openers', 'Words that open a time phrase without a preposition between a subject and its verb ("X, which last night said it …", "X this morning told staff", tabloid and wire copy): with a word of quote-time-words after them the two are skipped, as "on Sunday" is.', [
  'last', 'this', 'late', 'earlier', 'later',
]);

export const OCCASION_NOUNS = wordList('quote-occasion-nouns', 'Occasions of speech that end an occasion phrase between a subject and its verb ("X in a statement said", "X in an interview said", "X at a rally said", "X during the debate told").', [
  'statement', 'interview', 'post', 'letter', 'speech', 'remarks', 'rally', 'debate', 'hearing', 'briefing', 'conference', 'meeting',
  'visit', 'appearance', 'session', 'forum', 'event',
]);

export const SPAN_PREPOSITIONS = wordList('quote-span-prepositions', 'Prepositions of a stretch of time that open a time or occasion phrase between a subject and its verb ("X during a Sunday rally thanked …", "X throughout the hearing insisted …"); not words of quote-prepositions, so read only here.', [
  'during', 'throughout',
]);

export const NOT_SPEECH_VERBS = wordList('quote-not-speech-verbs', 'Verbs that follow a named subject without making it the speaker. Reason: a copula or a possession describes the subject ("X is “…”", "X has “…” ties"), and these lose or receive rather than speak.', [
  'is', 'was', 'were', 'are', 'be', 'been', 'being', 'am', 'has', 'had', 'have', 'became', 'become', 'becomes', 'seems',
  'seemed', 'won', 'lost', 'received', 'got', 'gets', 'faced', 'faces', 'remains', 'remained', 'lived', 'lives', 'died',
  'dies', 'born', 'owned', 'owns', 'starred', 'stars', 'appeared', 'appears', 'named', 'needed', 'needs', 'wanted',
]);

export const HAVE_FORMS = wordList('quote-have-forms', 'Finite forms of "have" that, with "since" after them, date the verb that follows ("X has since apologised for …: “…”"); the subject stands before them.', ['has', 'have', 'had']);

export const BE_FORMS = wordList('quote-be-forms', 'Finite forms of "be" that make "X is “…”" a description of X, not speech, unless a reporting word follows.', ['is', 'was', 'are', 'were']);

export const VERB_AUXILIARIES = wordList('quote-verb-auxiliaries', 'Auxiliaries after which any lower-case word is the verb ("X would not comment on “…”").', [
  'would', 'will', 'could', 'can', 'did', 'does', 'do', 'may', 'might', 'should', 'must', 'not', "didn't", "won't", "wouldn't", "doesn't",
]);

export const CLAUSE_CONNECTIVES = wordList('quote-clause-connectives', 'Words that open a clause before its subject ("But X …", "Still, X …"). Reason: news sentences often begin with a connective; the subject comes right after it.', [
  'but', 'and', 'so', 'yet', 'still', 'meanwhile', 'then', 'however', 'instead', 'later', 'now', 'also', 'here', 'there', 'today',
  'as', 'while', 'when', 'after', 'because', 'since', 'though', 'although',
]);

export const INTERJECTED_ADVERBS = wordList('quote-interjected-adverbs', 'Adverbs set off by commas between a quotation that breaks off and the clause that credits it ("“…,” though, X did suggest …", "“…,” however, she said"): the clause after them still reports the quotation. Lower case only: a capitalised one ("“….” However, the board …") opens a new sentence.', [
  'though', 'however', 'still', 'nonetheless', 'nevertheless', 'meanwhile', 'instead', 'too',
]);

export const CLAUSE_CONJUNCTIONS = wordList('quote-clause-conjunctions', 'Connectives that, after a comma, open a second clause with a subject of its own ("X signed the order, while Y, the former governor, proposed “…”"). Reason: a quotation later in that clause is its subject\'s, not the sentence opener\'s.', within(CLAUSE_CONNECTIVES, [
  'and', 'but', 'yet', 'while',
]));

export const QUESTION_VERBS = wordList('quote-question-verbs', 'Verbs of putting a question to someone ("when Y asked whether …"). Reason: the person who asks is the interviewer; the one asked answers, and a later "he"/"she" goes on with them.', [
  'asked', 'asks', 'pressed', 'presses', 'questioned', 'quizzed',
]);

export const OPENING_ADVERBS = wordList('quote-opening-adverbs', 'Adverbs and time words that open a sentence\'s short scene-setting phrase before its comma and subject ("Later, she said …", "Last week, he told …", "Yesterday, she wrote …"); with the prepositions ("On Sunday, he …") they let a "he"/"she" after the comma stay the sentence\'s subject.', [
  'later', 'earlier', 'afterwards', 'afterward', 'meanwhile', 'instead', 'still', 'then', 'now', 'today', 'yesterday', 'tonight',
  'last', 'next', 'once', 'recently', 'previously', 'separately', 'privately', 'publicly',
]);

export const CLAUSE_SUBORDINATORS = wordList('quote-clause-subordinators', 'Words that open a clause which leans on a main clause after its comma ("As X spoke, the Vardo union was lobbying against “…”"). Reason: the subject of such a clause is not the sentence\'s own; when a name heads the main clause, that name\'s verb carries the quotation.', [
  'as', 'while', 'when', 'whenever', 'after', 'before', 'because', 'since', 'though', 'although', 'once', 'until', 'unless', 'whereas', 'if',
]);

// --- Descriptions (quotes/describe.ts, resolveSpeaker.ts) ---

export const NEUTRAL_TITLE_MODIFIERS = wordList('quote-neutral-title-modifiers', 'Words that qualify a title without changing who holds it ("the former president" is still one person).', [
  'the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'their', 'former', 'then', 'new', 'current', 'outgoing', 'incoming', 'top',
  'senior', 'embattled', 'veteran', 'longtime', 'long-time', 'powerful', 'sitting',
]);

export const PAST_TITLE_MODIFIERS = wordList('quote-past-title-modifiers', 'Words that mark a title as one its holder no longer holds ("former governor", "ex-minister"). Reason: news copy writes "the former governor" for a past holder, so a plain "the governor" names the present one; such a title still names its holder when the description has the word too, or when no one holds the office now.', [
  'former', 'ex',
]);

export const CANDIDATE_BODY_HEADS = wordList('quote-candidate-body-heads', 'Heads of a body named after the one person it works for: "the Kelso campaign said", "Kelso’s camp said" speak for Kelso (the campaign speaks in the candidate’s name; no entity stands for the campaign itself); so does an official\'s office, "Kelso’s office said in a statement" (the staff speak in the office holder\'s name). Only with a person of the article named before the head; "the campaign said", "the office said", "a Kelso campaign spokesman said" name no one.', [
  'campaign', 'camp', 'office',
]);

export const OWN_MESSAGES = wordList('quote-own-messages', 'Messages a person writes or posts in their own name: "Kelso’s statement said “…”", "Kelso’s campaign email notes that “…”", "her Twitter account posted: “…”", "X released a video that said “…”" are the possessor\'s (or issuer\'s) words. Only after a possessive (a name\'s or "his"/"her"); "the Kelso statement", "a letter to Kelso" may be about Kelso. (A body\'s documents: quote-issued-documents.)', [
  'statement', 'letter', 'email', 'e-mail', 'tweet', 'post', 'message', 'memo', 'note', 'account', 'feed', 'blog', 'op-ed',
  'column', 'newsletter', 'video',
]);

export const OWN_PAGES = wordList('quote-own-pages', 'A body\'s own pages, where it speaks to its customers in its own words: "According to the airline\'s website, customers will be offered “…”", "according to the council\'s web page, residents can “…”". After "according to the <body noun>\'s", the words are the body\'s, whom the description names (the resolver finds the airline, the council) as it does for "the carrier said". Reason: a page is no speaker itself, and the sentence\'s own subject ("customers") speaks none of it.', [
  'website', 'site', 'webpage', 'app',
]);

export const ISSUING_VERBS = wordList('quote-issuing-verbs', 'Verbs by which a person or body puts out a message of its own: "Vardo issued a statement that said “…”", "X wrote a column that called it “…”" credit the subject of the verb. Not "read", "received", "cited", "saw": whoever reads or receives a letter did not write it.', [
  'issued', 'issues', 'released', 'releases', 'published', 'publishes', 'ran', 'runs', 'wrote', 'writes', 'sent', 'sends', 'posted',
  'posts', 'tweeted', 'filed', 'files', 'signed', 'emailed', 'e-mailed', 'circulated', 'distributed', 'put',
]);

export const RANK_MODIFIERS = wordList('quote-rank-modifiers', 'Modifiers that make a different office ("vice", "deputy"): a role with one only matches a description with it.', [
  'vice', 'deputy', 'assistant', 'under', 'junior', 'shadow', 'acting', 'interim', 'co',
]);

export const PORTFOLIO_MODIFIERS = wordList('quote-portfolio-modifiers', 'A government brief or a field written before an office\'s head ("the education secretary", "the health minister", "the defence spokesman"): it names which of several offices of that head is meant, so "the education secretary said" is not a person the article has called "general secretary" or "foreign secretary". A role with no word before its head ("Secretary Dana Kelso") may still be the one. Not "labour": also a party ("the Labour leader" may be the party leader).', [
  'education', 'health', 'finance', 'justice', 'environment', 'energy', 'transport', 'defence', 'defense', 'immigration',
  'housing', 'agriculture', 'trade', 'industry', 'economy', 'treasury', 'home', 'foreign', 'interior', 'culture',
  'business', 'welfare', 'schools', 'policing', 'sports', 'communities', 'climate',
]);

export const NOT_NATIONS = wordList('quote-not-nations', 'Capitalised words with a demonym ending that are not places ("Republican", "Chairman").', [
  'republican', 'republicans', 'veteran', 'partisan', 'human', 'woman', 'german-speaking', 'prime', 'chairman', 'chairwoman',
  'spokesman', 'spokeswoman', 'ombudsman', 'lawman', 'cardinal', 'bishop',
]);

export const TITLE_COMPLEMENT_PREPOSITIONS = wordList('quote-title-complement-prepositions', 'Prepositions that end a title\'s head and start its complement ("secretary of state", "minister for health", "ambassador to France").', [
  'of', 'for', 'to', 'at', 'in', 'from',
]);

export const NEUTRAL_BODY_MODIFIERS = wordList('quote-neutral-body-modifiers', 'Words in a body\'s description that do not narrow which body it is ("the new group", "the state-run company").', [
  'new', 'state-run', 'state-owned', 'private', 'local', 'small', 'large', 'same', 'rights', 'former', 'ruling',
]);

// --- Quotation kinds and single marks (quotes/quoteKinds.ts, singleQuotes.ts) ---

export const AUTHORING_VERBS = wordList('quote-authoring-verbs', 'Verbs whose object in title case is a work, not words spoken ("wrote “The Forest Fevers”").', [
  'wrote', 'writes', 'published', 'publishes', 'authored', 'co-wrote', 'directed', 'released', 'produced', 'edited', 'titled',
  // Past participles that also close "“…”, written by X" (quoteKinds.ts `isMadeBy`): a work and who made it.
  'written', 'painted', 'composed', 'choreographed', 'staged',
]);

export const WORK_STUDIO_NOUNS = wordList('quote-work-studio-nouns', 'Nouns for the firm that makes a game, a record or a book, after "from" and at most two describing words right after a title-case quotation ("“Saltfen” from partner studio X", "“Low Tide”, from the indie developer X"): the quotation is the work\'s name, as "by X" after it makes it one. Reason: games and entertainment copy lists a launch\'s titles with the studio or label behind each.', [
  'studio', 'studios', 'developer', 'developers', 'publisher', 'label', 'imprint',
]);

export const WORK_MAKER_NOUNS = wordList('quote-work-maker-nouns', 'Nouns for whoever makes or fronts a work: a title-case quotation after "<noun> of" or "<noun> whose" is the work\'s name, not words spoken ("the co-author of “Going Under,”", "the star of “Harbor Lights”", "the playwright whose “Low Tide” ran for a year").', [
  'author', 'co-author', 'coauthor', 'writer', 'co-writer', 'director', 'producer', 'creator', 'co-creator', 'star', 'co-star', 'host', 'co-host',
  'composer', 'presenter', 'narrator', 'editor',
  'playwright', 'dramatist', 'novelist', 'poet', 'painter', 'sculptor', 'artist', 'songwriter', 'screenwriter', 'choreographer', 'filmmaker', 'illustrator',
]);

export const WORK_PART_NOUNS = wordList('quote-work-part-nouns', 'Nouns for one showing or part of a programme or series: a title-case quotation after "<noun> of" is the programme\'s name, not words spoken, though a speech verb opens the sentence ("the broadcaster said it would air a tribute edition of “Low Tide”", "the final episode of “Kelso Road”").', [
  'edition', 'episode', 'episodes', 'special', 'repeat', 'repeats', 'finale', 'season', 'instalment', 'installment', 'rerun', 'reruns',
  // A remake is one more making of the same programme or film ("a new version of “Kelso Road”", "a reboot of “Low Tide”").
  'version', 'remake', 'reboot', 'revival', 'sequel', 'prequel', 'spin-off', 'spinoff', 'adaptation',
]);

export const WORK_APPOSITIVE_NOUNS = wordList('quote-work-appositive-nouns', 'Nouns for a work or programme that head an appositive right after a title-case quotation ("“Low Tide,” a cable series that ran for six years", "“Kelso Road,” the show about two sisters", "“Salt Roads,” a 1998 novel,"): the quotation is that work\'s name, not words spoken. The noun must close the appositive\'s head (punctuation or a relative or a preposition after it), so "“We won,” the show\'s host said" stays speech.', [
  'series', 'miniseries', 'show', 'sitcom', 'drama', 'comedy', 'thriller', 'soap', 'programme', 'program', 'documentary', 'docuseries',
  'film', 'movie', 'novel', 'memoir', 'book', 'biography', 'album', 'song', 'single', 'ballad', 'anthem', 'play', 'musical', 'opera',
  'podcast', 'franchise', 'game', 'poem', 'painting', 'cartoon', 'remake', 'sequel', 'reboot',
]);

export const WORK_PLURALS_BEFORE_LIKE = wordList('quote-work-plurals-before-like', 'Plural nouns for works or programmes before "like" or "such as" and a title-case quotation ("shows like “Kelso Road”", "films such as “Low Tide”"): the quotation is an example of them, a work\'s name, not words spoken.', [
  'shows', 'series', 'sitcoms', 'dramas', 'comedies', 'thrillers', 'programmes', 'programs', 'documentaries', 'films', 'movies',
  'novels', 'memoirs', 'books', 'albums', 'songs', 'singles', 'plays', 'musicals', 'podcasts', 'franchises', 'games', 'classics', 'hits',
]);

export const QUOTED_LABEL_NOUNS = wordList('quote-quoted-label-nouns', 'Nouns a title-case quotation right before them labels (a slogan on a thing worn or carried, the name of a cause): "a “Vote Kelso” hat", "the “Save the Pier” campaign" are names, not words spoken.', [
  'hat', 'hats', 'cap', 'caps', 'shirt', 'shirts', 't-shirt', 't-shirts', 'sign', 'signs', 'pin', 'pins', 'button', 'buttons', 'badge', 'badges',
  'sticker', 'stickers', 'banner', 'banners', 'placard', 'placards', 'poster', 'posters', 'chant', 'chants', 'slogan', 'slogans', 'rally',
  'rallies', 'campaign', 'campaigns', 'movement', 'movements', 'crowd', 'crowds', 'supporters', 'camp',
]);

export const NAMING_VERBS = wordList('quote-naming-verbs', 'Verbs that give a thing its name: after a common noun and before a quoted title ("a class called “Tides”", "a film named “Low Water”") they name it, and report no one\'s words.', [
  'called', 'named', 'titled', 'entitled', 'dubbed', 'nicknamed', 'labelled', 'labeled', 'billed',
]);

export const WHAT_IT_CALLS_VERBS = wordList('quote-what-it-calls-verbs', 'Verbs of naming after "what" and their subject ("what it calls “Operation Tidewater”", "what the council has dubbed “Project Harbour”", "what organisers bill as “The Long Walk”"): a title-case quotation after them is the name the subject gives a scheme or an operation, no words spoken.', [
  'calls', 'call', 'called', 'dubs', 'dubbed', 'terms', 'termed', 'brands', 'branded', 'bills', 'billed', 'names', 'named',
]);

export const LEADING_APOSTROPHE_ELISIONS = wordList('quote-leading-apostrophe-elisions', 'Elisions written with a leading apostrophe (\'em, \'til, \'n\'): the apostrophe opens no quotation.', [
  'em', 'til', 'cause', 'n', 'tis', 'twas', 'bout', 'round', 'nuff', 'kay',
]);

// --- Matching quotations across articles (quotes/matchQuotes.ts) ---

export const MATCH_FUNCTION_WORDS = wordList('quote-match-function-words', 'Function words that do not make a short quotation distinctive enough to match across articles.', [
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'and', 'or', 'is', 'it', 'we', 'i', 'you', 'he', 'she', 'they', 'be', 'that', 'this',
  'for', 'with', 'not', 'was', 'are', 'have', 'has', 'will', 'at', 'as', 'by',
]);

export const BACK_VERBS = wordList('quote-back-verbs', 'Verbs that report a retort with "back" right after them ("X hit back in a statement: “…”", "X fired back: “…”", "X shot back"): the pair is a finite reporting verb, though the verb alone is not ("hit the post", "fired the coach").', ['hit', 'hits', 'fired', 'fires', 'shot', 'shoots']);

export const HAVE_THIS_GOVERNORS = wordList('quote-have-this-governors', 'Forms of "have" that govern "this to say" ("X had this to say about the plan: “…”", "X has this to say:"): "this" stands for the words that follow, so the subject of "have" speaks them.', ['had', 'has', 'have']);

export const BASE_VERB_MARKERS = wordList('quote-base-verb-markers', 'Words after which a reporting verb\'s base form is a verb, beside the auxiliaries and pronouns ("to accuse", "didn\'t say").', ['to', "didn't"]);

export const PERCEPTION_VERBS = wordList('quote-perception-verbs', 'Verbs of witnessing that take a person and a bare verb ("I heard X, the mayor, call it “…”", "we watched X tell the panel “…”"): a reporting verb\'s base form after the appositive that closes that person\'s name is still the verb whose subject is the person. Reason: first-person columns and sketches report what the writer saw someone say.', ['heard', 'hear', 'hears', 'saw', 'see', 'sees', 'watched', 'watch', 'watches']);

export const ORIGIN_PREPOSITIONS = wordList('quote-origin-prepositions', 'Prepositions that give where a named person comes from ("Senator Jane Doe of Maine said", "Dr Jane Doe from Leeds said").', ['of', 'from']);

/** Description heads that news copy uses for a holder of another title ("the judge" for "Justice X", "the lawmaker" for "Sen. X", "the congressman" for "Rep. X", "the Kelso captain" for "Kelso skipper X", as sports copy varies the two words; "the Kelso boss" for "Kelso manager X", as sports copy calls a club's manager its boss, or its chief: "the Rovers chief" for "Kelso Rovers manager X"). */
export const SAME_OFFICE: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  judge: ['justice', 'magistrate', 'jurist'],
  justice: ['judge'],
  lawmaker: ['senator', 'sen.', 'sen', 'representative', 'rep.', 'rep', 'congressman', 'congresswoman', 'mp', 'mep', 'legislator', 'deputy'],
  legislator: ['senator', 'sen.', 'sen', 'representative', 'rep.', 'rep', 'congressman', 'congresswoman', 'mp', 'mep', 'lawmaker'],
  congressman: ['representative', 'rep.', 'rep', 'congresswoman'],
  congresswoman: ['representative', 'rep.', 'rep', 'congressman'],
  physician: ['doctor', 'dr', 'dr.'],
  doctor: ['physician', 'surgeon', 'dr', 'dr.'],
  professor: ['prof', 'prof.'],
  academic: ['professor', 'prof', 'prof.', 'lecturer'],
  officer: ['police', 'constable', 'sergeant', 'detective', 'inspector'],
  captain: ['skipper'],
  skipper: ['captain'],
  boss: ['manager'],
  chief: ['manager'],
}));

export const VERBS_WITH_IT = wordList('quote-verbs-with-it', 'Verbs that report words when "it" follows them ("as X put it, “…”", "as Y summed it up:"): a reporting verb in that use only.', [
  'put', 'puts', 'phrased', 'phrases', 'summed', 'sums',
]);

export const OUT_VERBS = wordList('quote-out-verbs', 'Verbs that report words with "out" right after them ("as X pointed out in March, “…”", "X points out that …"): the pair is a finite reporting verb, though the verb alone is not ("pointed the way").', [
  'pointed', 'points', 'spelled', 'spells', 'spelt',
]);

/**
 * The word right after a verb that makes it report words, with the verbs it does that for: "put it", "hit back",
 * "pointed out" (VERBS_WITH_IT, BACK_VERBS, OUT_VERBS). One table, so a new idiom of this shape is a new row.
 */
export const PARTICLE_REPORTING_VERBS: ReadonlyMap<string, { has(word: string): boolean }> = new Map([
  ['it', VERBS_WITH_IT],
  ['back', BACK_VERBS],
  ['out', OUT_VERBS],
]);

export const RELAY_VERBS = wordList('quote-relay-verbs', 'Passive verbs of passing words on ("…,” X said, as reported by the Gazette", "which was first quoted by the Herald"): the agent relays what the sentence\'s speaker said.', [
  'reported', 'quoted', 'cited', 'published', 'broadcast', 'aired', 'recorded',
]);

export const RELAY_OPENERS = wordList('quote-relay-openers', 'Words that open a relay clause before its passive verb ("as reported by", "which was first reported by").', ['as', 'which']);
