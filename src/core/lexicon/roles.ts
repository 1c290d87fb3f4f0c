// Word lists the role rules read (src/core/entities/role*.ts): the small words around a post that decide
// whether a phrase states one ("X is a greeter", "named X as chairman", "X, who chairs the committee").
// The nouns and verbs of roles themselves (title heads, "as" verbs, predicate verbs …) live in entities.ts.
// General English only, never words taken from particular articles.

import { ARTICLES } from './determiners';
import { TITLE_HEADS, TITLE_TAIL_STARTS } from './entities';
import { within, wordList } from './wordList';

/** The genders a subject pronoun gives (the same letters as entities/types.ts `Gender`). */
export type PronounGender = 'f' | 'm';

export const RELATIVE_PRONOUNS = wordList(
  'role-relative-pronouns',
  'Relative pronouns: a role ends where a relative clause about its owner starts ("X, a farmer who had moved …").',
  ['who', 'whose', 'which', 'whom'],
);

export const ROLE_NEGATIONS = wordList(
  'role-negations',
  'Negations: "X is not a candidate" states no post.',
  ['not', 'never', "n't", 'no'],
);

export const ROLE_DISTINCTIONS = wordList(
  'role-distinctions',
  'A distinction before a head ("the first candidate to …", "the only other candidate") ranks the person, it is not a post.',
  ['first', 'second', 'third', 'last', 'only', 'other', 'next', 'youngest', 'oldest', 'best', 'worst'],
);

export const ROLE_EVALUATIONS = wordList(
  'role-evaluations',
  'Judging adjectives before a head make a verdict, not a post ("X has been a bad president", "a loyal lieutenant").',
  ['bad', 'good', 'great', 'loyal', 'disloyal', 'terrible', 'excellent', 'poor', 'weak', 'strong', 'staunch', 'faithful', 'fierce', 'vocal', 'effective', 'successful', 'failed'],
);

export const ROLE_DEMONSTRATIVES = wordList(
  'role-demonstratives',
  'Demonstratives before a head ("that candidate", "such a leader") point at a description, not a post.',
  ['that', 'this', 'these', 'those', 'such'],
);

/** Function words a role never ends on: the title tail's prepositions, the articles, "and" and "on". */
export const ROLE_DANGLING_WORDS = wordList(
  'role-dangling-words',
  'Function words a role never ends on ("chairman of the" is cut back to "chairman").',
  [...new Set([...TITLE_TAIL_STARTS.words, ...ARTICLES.words, 'and', 'on'])],
);

export const RANK_ORDINALS = wordList(
  'rank-ordinals',
  'Ordinals that rank a post by its place in an order ("second seed X", "third officer X", "the 12th seed, X"): before a head of list ranked-post-heads the ordinal is part of the post as written, not a distinction of the person (role-distinctions: "the first candidate to …").',
  ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth',
    'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'],
);

export const RANKED_POST_HEADS = wordList(
  'ranked-post-heads',
  'Title heads that an order ranks, so an ordinal before them is the post\'s own ("second seed X" in a tennis draw, "third officer X" and "second engineer X" on a ship\'s crew list, "first mate X").',
  ['seed', 'officer', 'engineer', 'mate'],
);

export const ROLE_TIME_MODIFIERS = wordList(
  'role-time-modifiers',
  'Words that date a post and stay in it as written, also before the place or body that opens the title ("former Ardia Gov. X", "the then Marwick mayor X").',
  ['former', 'ex', 'then', 'acting', 'interim', 'outgoing', 'incoming', 'onetime', 'longtime', 'long-time', 'retired', 'sitting'],
);

export const POST_OPENING_IMPERATIVES = wordList(
  'post-opening-imperatives',
  'Imperatives that open a sentence before a lower-case post and a name ("Meet shift supervisor X", "Ask duty manager X"): not the first word of a post whose capitalised opener is a noun ("Reservoir duty manager X", roleChains.ts `opensPostAtSentenceStart`).',
  ['meet', 'ask', 'call', 'contact', 'thank', 'welcome', 'congratulate', 'email', 'phone', 'tell'],
);

export const BRACKETED_STATUS_WORDS = wordList(
  'bracketed-status-words',
  'Words that, in brackets between a rank and the name, say the holder has left the service ("Colonel (retired) X", "Commodore (retd) X"): part of the role as written, not a break between the title and the name.',
  ['retired', 'retd', 'rtd', 'ret'],
);

export const COMPARISON_OPENERS = wordList(
  'comparison-openers',
  'Prepositions that open a comma phrase comparing or excepting rather than naming a post: "the Senate, unlike a property developer," and "X, like a banker," give no role; nor does one that tells the circumstances of an act ("talks chaired by X, with the blessing of the governor, …", "X, without a word to the board, …").',
  ['unlike', 'like', 'except', 'besides', 'including', 'excluding', 'despite', 'than', 'with', 'without'],
);

export const ROLE_LEADING_ADVERBS = wordList(
  'role-leading-adverbs',
  'Adverbs that may open an appositive and are no part of the post ("X, now a federal judge", "Y, also a pilot", "Z, currently finance chief at Vardo"; "then" only before an article: "then mayor of Kelso" is the post as written).',
  ['now', 'then', 'also', 'currently', 'still'],
);

export const ROLE_AUXILIARIES = wordList(
  'role-auxiliaries',
  'Words between a subject and its verb that change nothing ("X was also elected", "X has long served as", "X may stay on as").',
  ['is', 'was', 'has', 'had', 'have', 'been', 'be', 'will', 'would', 'may', 'might', 'could', 'can', 'should', 'must', 'also', 'now', 'later', 'then', 'still',
    'currently', 'previously', 'formerly', 'once', 'recently', 'long', 'briefly', 'officially'],
);

export const PHRASAL_PARTICLES = wordList(
  'role-phrasal-particles',
  'Particles of phrasal verbs before "as" ("stay on as", "took over as", "stepped down as", "sworn in as").',
  ['on', 'over', 'down', 'in', 'up'],
);

/** Verbs by which a pronoun opening a later sentence states a post ("She is the company's chief executive."). */
export const PRONOUN_POST_VERBS = wordList(
  'role-pronoun-post-verbs',
  'Verbs by which a pronoun opening a later sentence states a post ("She is …", "He became …").',
  ['is', 'was', 'became', 'remains', 'remained'],
);

export const PRONOUN_POST_AUXILIARIES = wordList(
  'role-pronoun-post-auxiliaries',
  'Words a pronoun\'s post verb may follow or be followed by ("She has long been …", "He is now …"): the post verbs and auxiliaries.',
  [...PRONOUN_POST_VERBS.words, 'has', 'been', 'had', 'also', 'now', 'currently', 'still'],
);

/** The pronoun post verbs and "becomes": they state a post without appointing anyone. */
export const COPULAS = wordList(
  'role-copulas',
  'Verbs that state a post without appointing anyone ("X is …", "X became …", "X has been …"): an appointing verb gives a post only in the passive.',
  [...PRONOUN_POST_VERBS.words, 'becomes', 'been'],
);

export const BE_FORMS = wordList(
  'role-be-forms',
  'Forms of "be" that make an appointing verb passive ("X was named chairman", not "X named the union\'s head …").',
  ['is', 'was', 'were', 'are', 'been', 'be'],
);

export const FIXED_AS_NEIGHBOURS = wordList(
  'role-fixed-as-neighbours',
  '"as" beside these words is a fixed phrase that never gives a post ("as well as", "such as", "as soon as").',
  ['such', 'well', 'so', 'just', 'much', 'long', 'soon', 'far', 'known', 'same'],
);

export const LIFE_STAGE_NOUNS = wordList(
  'role-life-stage-nouns',
  '"as a teenager", "as a schoolboy": "as" before a stage of life says when, not what post ("X changed his name as a teenager"); a descriptor before a name ("teenager X") is still a title.',
  ['teenager', 'teen', 'child', 'boy', 'girl', 'schoolboy', 'schoolgirl', 'youngster', 'toddler', 'baby', 'kid', 'adolescent', 'youth', 'infant', 'young'],
);

export const CONSTITUENCY_VERBS = wordList(
  'role-constituency-verbs',
  'Verbs whose capitalised object is a place the person stands for ("who represents San Francisco").',
  ['represents', 'represented'],
);

export const OWNED_BUSINESS_NOUNS = wordList(
  'role-owned-business-nouns',
  'Businesses and premises whose owner, founder or manager a relative clause names ("X, who owns a bakery on Mill Lane,", "who founded the firm"): the verb and its object are the person\'s post, as the verb and a committee are ("who chairs the committee").',
  ['shop', 'store', 'business', 'restaurant', 'bakery', 'cafe', 'café', 'bar', 'pub', 'hotel', 'farm', 'firm', 'startup', 'start-up',
    'practice', 'clinic', 'salon', 'garage', 'workshop', 'gallery', 'bookshop', 'brewery', 'winery', 'vineyard', 'charity', 'nursery',
    'newspaper', 'magazine', 'website', 'podcast', 'label', 'studio', 'factory', 'dealership', 'pharmacy', 'stall', 'kiosk', 'chain'],
);

export const NAMED_BODY_VERBS = wordList(
  'role-named-body-verbs',
  'Verbs of heading or founding whose object, a bare name with no head noun, can only be a body ("X, who chairs Vardo,", "who founded Brockfield in 2009"): the verb and the name are the post, as "who chairs the committee" is. Not "leads", "represents", "manages", "coaches" or "owns": their object is as often a person, a rival or a place ("who leads Kelso in the polls", "who represents Marwick", "who manages Dana Kelso").',
  ['chairs', 'chaired', 'heads', 'headed', 'runs', 'ran', 'directs', 'directed', 'founded', 'co-founded'],
);

export const TEACHING_VERBS = wordList(
  'role-teaching-verbs',
  'Verbs of teaching whose subject comes before "at" and a body ("X, who teaches church law at the Kelso Seminary,", "who lectures in history at Vardo University"): the verb, the subject and the body are the post, as "who chairs the committee" is. Present tense only: "who taught at X" is a past post, and "works" or "studies" place a person as often by a task as by a post.',
  ['teaches', 'lectures'],
);

/** Most words of a taught subject between a verb of `role-teaching-verbs` and "at" ("teaches church history at"). */
export const MAX_TAUGHT_SUBJECT = 4;

export const FIELD_WORK_VERBS = wordList(
  'role-field-work-verbs',
  'Verbs of a specialist\'s or a correspondent\'s work whose field comes before "for" or "at" and the body the work is done for ("X, who tracks the steel trade for Forgeline Research,", "who coordinates rescues for Seawatch", "who studies migration at the Aldermoor Institute"; a byline\'s closing line "X covers the courts for the Herald."): the verb, the field and the body are the post, as "who teaches church law at the Kelso Seminary" is. Only with a field of lower-case words and a capitalised body after it: "who covers the costs", "who studies the plans for the club" name a task.',
  ['covers', 'tracks', 'coordinates', 'studies', 'researches'],
);

/** Most words of a field between a verb of `role-field-work-verbs` and "for"/"at" ("covers class actions and product recalls for"). */
export const MAX_FIELD_WORDS = 6;

export const FIELD_BODY_PREPOSITIONS = wordList(
  'role-field-body-prepositions',
  'Prepositions between a field of work and the body it is done for ("tracks the car trade for Forgeline Research", "studies migration at the Aldermoor Institute"; list role-field-work-verbs).',
  ['for', 'at'],
);

export const LED_EVENT_NOUNS = wordList(
  'role-led-event-nouns',
  'Lower-case nouns of an operation, not of a body, that end a body\'s name too when capitalised ("Kelso Mountain Rescue", "Vardo Search"): "X, who led the rescue," "who led the search" tell what the person did that day, no post; a capitalised name keeps them a body ("who chairs Kelso Mountain Rescue").',
  ['rescue', 'rescues', 'search', 'searches', 'recovery', 'evacuation', 'raid', 'hunt'],
);

export const LED_UNIT_NOUNS = wordList(
  'role-led-unit-nouns',
  'Parts of a body that a person leads ("X, who leads the force\'s fraud unit,", "who heads the paper\'s investigations desk"): with a verb of `role-business-keeping-verbs` the verb and its object are the post, as a committee is; "team" and "squad" are left out ("who leads the team in scoring" is a feat). A council\'s or a legislature\'s side is one too ("X, who leads the Liberal Democrat opposition,", "who leads the Vardo caucus": the leader of the opposition or of a caucus); "group" is left out ("who leads the group on 12 under" is a golfer\'s feat).',
  ['unit', 'division', 'branch', 'section', 'desk', 'directorate', 'bureau', 'taskforce', 'programme', 'program', 'wing', 'opposition', 'caucus'],
);

export const LED_TEAM_NOUNS = wordList(
  'role-led-team-nouns',
  'Groups a person leads that are a post only when a body owns them by a possessive before ("X, who leads the board\'s infection control team,", "who heads the trust\'s infection control team"): with a verb of `role-business-keeping-verbs` the verb and its object are the post; "who leads the team in scoring" (no owner) is a feat, as role-led-unit-nouns says.',
  ['team', 'teams'],
);

export const PARENT_COUNT_NOUNS = wordList(
  'role-parent-count-nouns',
  'Parents\' nouns that local and tabloid copy joins by hyphens to "of" and a count of children before or after a name ("Mum-of-two X, 31,", "father-of-four X", "X, a grandmother-of-six,"): the whole compound is a relation that places the person, a role as written; read as three loose words without this.',
  ['mum', 'mother', 'mom', 'dad', 'father', 'grandmother', 'grandfather', 'gran', 'grandma', 'grandad', 'granddad', 'nan', 'parent'],
);

export const SPENDING_VERBS = wordList(
  'role-spending-verbs',
  'Verbs that, with a span of time, give a post through "as" to their subject ("X spent 22 years as head of the school", "X has spent a decade as chairman", "X served 11 years as director of the board", "X worked for three decades as a nurse"); the span (`role-span-nouns`) must follow the verb.',
  ['spent', 'spends', 'spend', 'spending', 'served', 'serves', 'serve', 'serving', 'worked', 'works', 'work', 'working'],
);

export const SPAN_NOUNS = wordList(
  'role-span-nouns',
  'Spans of time after a verb of `role-spending-verbs` ("spent 22 years as", "spent a decade as").',
  ['years', 'year', 'decades', 'decade', 'months', 'month', 'seasons', 'season', 'weeks', 'terms', 'term'],
);

export const DURATION_PREPOSITIONS = wordList(
  'role-duration-prepositions',
  'Prepositions that, before a span of time (`role-span-nouns`), say how long someone held a post, no part of it ("who chaired the board for a decade", "who ran the school for 22 years", "who led the trust over three terms").',
  ['for', 'over'],
);

export const DURATION_COUNT_WORDS = wordList(
  'role-duration-count-words',
  'Words that may stand between a preposition of `role-duration-prepositions` and its span of time ("for a decade", "for nearly two decades", "for more than a decade", "for the past six years"); digits stand there too.',
  ['a', 'an', 'the', 'past', 'last', 'nearly', 'almost', 'about', 'around', 'some', 'more', 'than', 'over', 'just', 'under', 'several', 'many',
    'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty'],
);

export const BUSINESS_KEEPING_VERBS = wordList(
  'role-business-keeping-verbs',
  'Verbs of keeping a business, whose object from `role-owned-business-nouns` makes a post ("who owns a bakery", "who runs the shop"); founding one is an act, and "founded the firm in a garage" is no post as written.',
  ['owns', 'owned', 'runs', 'ran', 'manages', 'managed', 'heads', 'headed', 'leads', 'led', 'directs', 'directed', 'chairs', 'chaired', 'oversees', 'oversaw'],
);

export const CHAIR_VERBS = wordList(
  'role-chair-verbs',
  'Verbs of chairing, whose object from `role-chaired-sitting-nouns` makes a post for that sitting ("X, who chaired the jury, declined to comment"); leading talks or a meeting is as often a feat or an act ("who led the talks") and is left out.',
  within(BUSINESS_KEEPING_VERBS, ['chairs', 'chaired']),
);

export const CHAIRED_SITTING_NOUNS = wordList(
  'role-chaired-sitting-nouns',
  'Sittings and panels a person chairs that are no named body ("X, who chaired the jury,", "who chairs the hearing", "who chaired the session"): with a verb of `role-chair-verbs` the verb and its object are the post, as "who chairs the committee" is (a sports competition\'s Jury of Appeal, an inquiry and its hearings, a summit\'s sessions). Not "meeting", "talks" or "debate": chairing one is an act of a day ("X, who chaired the meeting, told reporters"), which fresh19\'s gold gives no role.',
  ['jury', 'session', 'sessions', 'hearing', 'hearings', 'inquiry'],
);

export const CASE_PARTY_SEPARATORS = wordList(
  'case-party-separators',
  'Words between the parties of a case\'s name ("Prosecutor v. Kelso", "Vardo vs Marwick", "State versus Dana Kelso"), written without their full stop: the comma after the second party closes the case\'s name that opens a sentence ("In Prosecutor v. Kelso, the Office of the Prosecutor applied …"), so what follows is no appositive post of the party.',
  ['v', 'vs', 'versus'],
);

export const PRESIDING_VERBS = wordList(
  'role-presiding-verbs',
  'Verbs of presiding, before "over" and an object of `role-presided-sittings` ("Judge X, who presided over the trial,", "who presides over the appeals chamber"): the verb, "over" and the object are the post, as "who chaired the hearing" is. Presiding over a decline or a victory is no post and has no such object.',
  ['presides', 'presided'],
);

export const PRESIDED_SITTINGS = wordList(
  'role-presided-sittings',
  'Trials, hearings, chambers and panels a judge or a chair presides over ("who presided over the trial", "who presided over the commission\'s hearings", "who presides over the appeals chamber").',
  ['trial', 'trials', 'hearing', 'hearings', 'case', 'proceedings', 'chamber', 'panel', 'bench', 'inquiry', 'court', 'tribunal', 'session', 'sessions', 'jury'],
);

export const DATE_PREPOSITIONS = wordList(
  'role-date-prepositions',
  'Prepositions that, before a year, a month or a weekday, say when someone held a post, no part of it ("who headed the agency from 2006", "who founded the firm in 1962").',
  ['in', 'since', 'on', 'from', 'until'],
);

export const PRONOUN_OWNERS = wordList(
  'role-pronoun-owners',
  'Possessive determiners that place a relative by someone already named ("His sister, X, said", "survived by her husband, X"); "its" owns bodies, not kin. The relative "whose" places one by the name it follows ("Ann Bell, 67, whose husband Tom took part in the trial,": a carer in health copy).',
  ['his', 'her', 'their', 'my', 'our', 'your', 'whose'],
);

export const KIN_ADJECTIVES = wordList(
  'role-kin-adjectives',
  'Words between a possessive determiner and a relation noun that leave the relation whole ("his late wife, X", "her elder brother, X", "her long-term boyfriend, X", "Her own husband, X, was diagnosed"; an occupation or an age does too: roleLists.ts `ownerBefore`).',
  ['late', 'elder', 'eldest', 'older', 'oldest', 'younger', 'youngest', 'twin', 'only', 'former', 'estranged', 'long-term', 'longtime', 'long-time', 'new', 'own'],
);

export const DECEASED_MARKERS = wordList(
  'role-deceased-markers',
  'Words that "the" puts before a dead person\'s name ("His brother, the late X, was …", "Its founder, the late Sir X,"): '
    + 'no part of the name, and the post before the comma is still the name\'s.',
  ['late'],
);

export const BEREAVED_VERBS = wordList(
  'role-bereaved-verbs',
  'Verbs by which a person leaves or has relatives: "X leaves a wife, Y," in an obituary and "He has a son, Y, 12," or "who have a two-year-old daughter, Y," in family and showbiz copy name Y by the relation, even after "a". '
    + 'Only kin nouns after "have" ("The firm has a partner, Vardo Holdings," is a body\'s partner).',
  ['leaves', 'left', 'leaving', 'has', 'have', 'had', 'having'],
);

export const LEAVING_VERBS = wordList(
  'role-leaving-verbs',
  'The obituary\'s verbs among role-bereaved-verbs: after them any relation noun names the relative ("leaves a partner, Y,"); after "have" only a kin noun does.',
  within(BEREAVED_VERBS, ['leaves', 'left', 'leaving']),
);

export const EFFECT_PHRASE_MODIFIERS = wordList(
  'effect-phrase-modifiers',
  'Words between "with" and "effect" in the phrase that dates an appointment ("becomes interim chief executive with immediate effect", "was named chair with retrospective effect"): the phrase says when the post begins, so the post ends before "with" ("with effect from 1 May" too, no word between).',
  ['immediate', 'retrospective', 'retroactive'],
);

export const ROLE_DATE_OPENERS = wordList(
  'role-date-openers',
  'Words that open a date right after a post ("was elected mayor of Vardo last year", "became chair of the board this month", "takes over as head of the agency next week"): the date says when, so the post ends before them.',
  ['last', 'next', 'this', 'early', 'late'],
);

export const TIME_PREPOSITIONS = wordList(
  'role-time-prepositions',
  'Prepositions that after a post say when it was held, not what it is, so the post ends before them ("captain since 2019", "made captain after the injury", "served as chief executive between 2004 and 2011").',
  ['since', 'until', 'till', 'after', 'before', 'during', 'between'],
);

export const PARTY_RANKS = wordList(
  'role-party-ranks',
  'Rank words that make a party noun after them a post ("the committee\'s top Democrat", "ranking Republican").',
  ['top', 'ranking', 'senior', 'leading'],
);

/** The tail prepositions that join an organisation head to what it serves ("Ministry of …", "Center for …"). */
export const OUTER_POST_PREPOSITIONS = wordList(
  'outer-post-prepositions',
  'Prepositions that join a post to the post it serves, before a comma and a name ("a spokeswoman for the mayor, X", "an adviser to the governor, X"): the role is the whole phrase, and X holds the outer post, not the inner one. Not "of" ("the president of the club, X" is read by the head-followers already).',
  ['for', 'to'],
);

export const ORG_HEAD_LINKS = wordList(
  'role-org-head-links',
  'Prepositions after an organisation head inside a title\'s prefix ("Minister of Health spokesman", "Center for Policy director").',
  [...within(TITLE_TAIL_STARTS, ['of', 'for'])],
);

export const ROLE_OWNER_CONJUNCTIONS = wordList(
  'role-owner-conjunctions',
  'Words joining two places or bodies that own one post together ("Marwick and Kelderwick\'s MP", "Vale & Coast\'s managing director").',
  ['and', '&'],
);

export const CONFERRED_HONOURS = wordList(
  'role-conferred-honours',
  'Honours an order confers that open a predicate ("who becomes a Dame Commander", "was made a Knight Bachelor"): the rank in an order is an honour, no post.',
  ['dame', 'knight'],
);

/** Subject pronouns of one gender that may open a sentence stating a post of someone named before. */
export const GENDERED_PRONOUNS: ReadonlyMap<string, PronounGender> = new Map([['she', 'f'], ['he', 'm']]);

export const COMPLEMENT_APPOINTING_VERBS = wordList(
  'role-complement-appointing-verbs',
  'Active verbs of appointing whose object name is followed straight by its new post, without "as" ("the club named X head coach", "voters elected X mayor").',
  ['named', 'names', 'appointed', 'appoints', 'elected', 'elects', 'made', 'makes'],
);

export const JOINING_VERBS = wordList(
  'role-joining-verbs',
  'Verbs of entering a body whose object stands between the verb and its "as" post ("X joined Vardo Holdings as chief operating officer", "X returned to the club as head coach"): the post is the subject\'s, not the body\'s.',
  ['joined', 'joins', 'rejoined', 'rejoins', 'returned', 'returns'],
);

export const PREDICATE_OPENING_VERBS = wordList(
  'role-predicate-opening-verbs',
  'Past-tense verbs that, right after a name and its age between commas, open the clause\'s predicate, not an appositive ("X, 52, joined Rovers as coach": the post is the "as" post, not "joined Rovers as coach"); a participle of appointing ("X, named captain in May,") may still describe the person.',
  ['joined', 'rejoined', 'returned', 'took', 'served', 'worked', 'stayed', 'remained', 'began', 'started', 'resigned', 'quit', 'retired',
    'spent', 'moved', 'signed', 'left', 'became', 'won', 'lost', 'scored', 'said', 'told', 'added'],
);

export const COORDINATION_ADVERBS = wordList(
  'role-coordination-adverbs',
  'Adverbs of time between "and" and a second verb that shares the sentence\'s subject ("X was head of the school and later chaired the club"): the verb is still the subject\'s.',
  ['later', 'then', 'now', 'also', 'since', 'subsequently', 'previously', 'once', 'still', 'currently'],
);

export const NEWSROOM_POSTS = wordList(
  'role-newsroom-posts',
  'Heads of a journalist\'s post that a broadsheet prints on its own line under the byline ("Dana Kelso" / "Diplomatic Editor, Marwick"): the line is the post of the one person the byline names. A desk alone ("Political Staff") is no post.',
  ['editor', 'writer', 'correspondent', 'reporter', 'columnist', 'critic'],
);

export const STACKED_POST_FIRST_HEADS = wordList(
  'role-stacked-post-first-heads',
  'Heads that end a post and never qualify the head after them, so a lower-case noun and a second head right after one open a second post, stacked without a comma as local and campaign copy writes two hats ("his campaign manager county chairman X": "campaign manager" and "county chairman"); "chief", "deputy", "head" or "executive" qualify the next head ("deputy campaign manager", "chief operating officer") and are not listed.',
  within(TITLE_HEADS, ['manager', 'chairman', 'chairwoman', 'chairperson', 'treasurer', 'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor',
    'secretary', 'director', 'president', 'coordinator', 'organiser', 'organizer']),
);

export const RANKING_SCOPES = wordList(
  'role-ranking-scopes',
  'Words that open a player\'s ranking written as a post before the name ("former world No 3 X", "world number one X"): sports copy places a player by a ranking held now or once.',
  ['world'],
);

export const RANKING_MARKS = wordList(
  'role-ranking-marks',
  'Words between a ranking\'s scope and its place ("world No 3", "world No. 1", "world number one").',
  ['no', 'number'],
);

export const COMPATRIOT_HEADS = wordList(
  'role-compatriot-heads',
  'Title heads that, before a nationality and a name, say only that the person shares it ("Fellow American X", "compatriot Dutchman X"): no post, so the title is no role there (roleBeforeName.ts pastNationalityAfterTitle).',
  within(TITLE_HEADS, ['fellow']),
);
