// Word lists of the claim comparison (core/claims/): the words a claim is not compared by, and the abbreviations
// after which a full stop does not end a claim. General English and news usage.
import { wordList } from './wordList';

export const CLAIM_STOPWORDS = wordList('claims-stopwords',
  'Function words, reporting verbs, "get" and "come" (light verbs: "comes as" / "comes after" ties a fact to the news of the day, it reports none, and sharing it aligned claims about different facts; "go" was measured too and kept, as in "went to bat" it carries the fact) and honorifics: frequent in every claim, evidence of no fact (contractions are split at the apostrophe first).',
  `a an the and or but nor so yet if then than that this these those there here of in on at to for from by with
  without into onto over under about after before during since until while as is are was were be been being am do does did done
  has have had having will would shall should can could may might must not no it its it's he she they them their theirs his her
  hers him we us our you your i me my who whom whose which what when where why how all any both each few more most other some such
  only own same too very just also even still again further once said says say saying told tells according added adds asked
  mr mrs ms dr s t don didn doesn isn wasn aren weren won't can't n't one ve ll re d up out off down new last like get got gets getting come comes came coming`.split(/\s+/));

export const CLAIM_NEGATORS = wordList('claims-negators',
  'Words that negate what follows ("did not file", "no protest", "never paid"); words ending in "n\'t" negate too. A negated act is a fact of its own, compared as such.',
  ['not', 'no', 'never', 'nor', 'neither', 'none', 'cannot', 'without']);

export const SENTENCE_ABBREVIATIONS = wordList('claims-sentence-abbreviations',
  'Words after which a full stop does not end a sentence (lower case, without the stop): titles, months, company forms, units.',
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'st', 'jr', 'sr', 'rev', 'hon',
    'no', 'vs', 'etc', 'inc', 'corp', 'ltd', 'co', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
    'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'approx', 'est', 'fig', 'mt', 'ft',
  ]);

export const CLAIM_ADDRESSED_VERBS = wordList('claims-addressed-verbs',
  'Reporting verbs whose object is the addressee, not the speaker ("told reporters", "asked the court", "urged ministers"): a name right after one is not who spoke (alignClaims voicesOf).',
  ['told', 'tells', 'asked', 'asks', 'urged', 'urges', 'promised', 'promises']);

export const CLAIM_OUTCOME_WORDS = wordList('claims-outcome-words',
  'Words that tell a contest\'s outcome ("Kelso beat Vardo", "Vardo lost by a point", "the sides drew", "edged the final"): a sentence naming one side of a score line with one of them tells the line\'s fact though it gives none of its figures (alignClaims resultsOutcome). Verbs of winning and losing and their nouns, and the results-table abbreviation "bt"; not "held" or "took", which tell other facts as often.',
  ['beat', 'beats', 'beaten', 'bt', 'defeat', 'defeats', 'defeated', 'draw', 'draws', 'drew', 'drawn', 'edge', 'edged', 'edges',
    'lose', 'loses', 'losing', 'lost', 'loss', 'tie', 'tied', 'ties', 'victory', 'win', 'wins', 'winning', 'won']);

export const CLAIM_TIMESTAMP_WORDS = wordList('claims-timestamp-words',
  'The words of a line that only stamps when a page was published or updated ("Updated 10:42 GMT", "Published Tue 10 Mar 2026 19.45 BST", "Saturday 13 June 2026"): the publishing verbs, weekdays and months with their short forms, clock words and time zones. Such a line is page furniture, no claim (claims-furniture-lines).',
  `updated published posted modified last first on at am pm a.m p.m gmt bst utc cet cest eet est edt cst cdt pst pdt ist et local time
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
  january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec`.split(/\s+/));

export const CLAIM_FURNITURE_OPENINGS = wordList('claims-furniture-openings',
  'How a short line of page furniture opens: prompts to share, follow or subscribe, and links to other pages ("Share this article", "Follow us on Threads", "Sign up for our newsletter", "Read more: …", "Most read"). The line tells the reader what to click, not what happened (claims-furniture-lines). Whole words, so "Shares in Hollis fell" and "Sign-ups doubled" are not furniture.',
  ['share this', 'share on', 'share via', 'share article', 'share story', 'follow us', 'follow on', 'sign up', 'subscribe', 'read more', 'related',
    'more on this story', 'most read', 'listen to this article', 'copy link', 'skip to', 'save article', 'comments']);

export const CLAIM_CREDIT_MARKERS = wordList('claims-credit-markers',
  'Words that, before a colon, credit a picture ("Photograph: Ivo Sandal/Coastwire", "Image credit: Vardo Museum"): the line is a photo\'s caption and credit, page furniture beside the story and no claim of it (claims-furniture-lines).',
  ['photograph', 'photographs', 'photo', 'photos', 'picture', 'pictures', 'image', 'images', 'illustration', 'credit', 'video']);

export const CLAIM_BYLINE_CONNECTORS = wordList('claims-byline-connectors',
  'Lower-case words a byline or a post line holds between capitalised names and posts ("By Orla Brandt, Tennis Correspondent, at Kelderwick", "Arts and Heritage Reporter", "Maria de la Cruz"): a line otherwise capitalised word by word is still a byline\'s (claims-furniture-lines).',
  ['and', 'of', 'the', 'at', 'in', 'for', 'on', 'de', 'da', 'del', 'della', 'der', 'van', 'von', 'le', 'la', 'al', 'bin', 'y', 'du', 'dos', 'das']);

export const CLAIM_BACKGROUND_OPENERS = wordList('claims-background-openers',
  'Words that open a clause which leans on the claim\'s main clause and tells background, not the fact reported ("While the plant has long struggled, the board closed it", "the board, which owns three sites, closed it", "after talks failed in May"): words two claims share only there say they are set against one story, not that they report one fact (alignClaims claimFrames, the learned model\'s backgroundSides). Up to the next comma, semicolon, colon, dash or bracket.',
  ['while', 'although', 'though', 'whereas', 'which', 'who', 'whom', 'whose', 'because', 'since', 'after', 'before', 'when',
    'where', 'despite', 'unless', 'until', 'amid', 'following']);

export const CLAIM_HEAD_AUXILIARIES = wordList('claims-head-auxiliaries',
  'Auxiliaries and the infinitive marker: the first content word after them (adverbs of claims-head-adverbs skipped) is the verb that tells what the claim reports ("the council has closed", "will cut 40 jobs", "voted to close"): the claim\'s head (alignClaims claimFrames).',
  ['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'has', 'have', 'had', 'is', 'are', 'was', 'were',
    'be', 'been', 'being', 'did', 'does', 'do', 'to']);

export const CLAIM_HEAD_ADVERBS = wordList('claims-head-adverbs',
  'Adverbs that stand between an auxiliary and its verb ("has now closed", "will not cut", "had already agreed"): skipped on the way to the claim\'s head.',
  ['not', 'never', 'now', 'also', 'already', 'just', 'still', 'since', 'yet', 'again', 'finally', 'formally', 'officially', 'reportedly',
    'allegedly', 'then', 'later', 'recently', 'previously', 'effectively', 'quietly', 'unanimously']);
