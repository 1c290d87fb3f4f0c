// Words of sports copy: in a sentence with one of them, a club or team name that is also a city, a first name or
// an ordinary word ("Barcelona", "Chelsea", "the Heat") names the club. General English, no names.
import { within, without, wordList } from '../wordList';

export const SPORTS_WORDS = wordList(
  'sports-words',
  'Nouns and verbs of sports copy (match, goal, league, coach, striker, scored …; cricket\'s and rugby\'s players by their part, "all-rounder", "seamer", "fly-half"; golf\'s scores and strokes, "birdie", "bogey", "putt"; ice hockey\'s and basketball\'s gear, places, players and plays, "puck", "rink", "goaltender", "shutout", "dunk", "three-pointer", and a game settled after regulation, "OT", "double-overtime", but not "overtime" alone, as often paid work): a sentence with one is about sport, so a club name that is also a city or a first name means the club.',
  `match matches game games goal goals league cup season seasons striker strikers midfielder defender goalkeeper
   coach manager club clubs side team teams fans stadium victory draw defeat title champions championship playoff
   playoffs play-off play-offs inning innings touchdown quarterback pitcher scored score scoring transfer
   tournament semifinal semi-final final quarterfinal quarter-final kickoff kick-off halftime half-time
   derby fixture fixtures standings points point penalty penalties hat-trick homer homers rebounds assists
   birdie birdies bogey bogeys putt putts putted fairway fairways caddie leaderboard
   premiership bundesliga serie liga eredivisie nba nfl mlb nhl mls uefa fifa soccer football baseball basketball
   hockey win wins won beat beats lost loss losses tie tied drew clinched relegation relegated promoted
   roster squad lineup preseason postseason wicket wickets batting bowling bowled batsman batsmen bowler
   all-rounder all-rounders batter batters seamer seamers spinner spinners stumps scrum fly-half scrum-half winger wingers
   puck pucks rink rinks goaltender goaltenders goalie goalies netminder netminders shutout shutouts power-play
   dunk dunks three-pointer three-pointers buzzer-beater ot double-overtime triple-overtime`.split(/\s+/),
);

export const SPORTS_POSTS = wordList(
  'sports-posts',
  'Posts at a sports club written right after the club\'s name and before a person\'s ("Kelso manager Tom Ames", "Dunmore striker X", "Vardo opener X", "Tarrow flanker X"), or closing "the" club\'s appositive ("X, the Kelso seamer,"): the name before them is the club, a team, not a place or a person. Cricket\'s and rugby\'s places in the side are posts like football\'s; so are rugby league\'s and Gaelic games\' places ("Tarrow half-back X", "Kelso stand-off X", "Kilcarne full-forward X") and the Irish "bainisteoir" ("Kilcarne bainisteoir X"); ice hockey\'s "Kelso defenceman X".',
  `manager coach boss striker forward midfielder defender goalkeeper keeper winger captain skipper playmaker
   full-back fullback centre-back center-back centre-half wing-back quarterback pitcher catcher shortstop
   linebacker receiver batsman batter bowler spinner seamer paceman opener wicketkeeper all-rounder fly-half
   scrum-half flanker prop lock hooker half-back stand-off bainisteoir full-forward corner-forward half-forward corner-back
   kicker punter safety tailback halfback lineman cornerback goaltender goalie netminder defenceman defenseman blueliner`.split(/\s+/),
);

export const SPORTS_POST_RANKS = wordList(
  'sports-post-ranks',
  'Words that open a sports post of two words ("head coach", "assistant manager", "interim boss"): the club\'s name stands before the rank, not the post.',
  'head assistant interim caretaker first-team'.split(/\s+/),
);

export const AGATE_COUNTRY_CODES = wordList(
  'agate-country-codes',
  'Short forms of countries that golf, tennis and cycling results put in brackets after a player ("N Kelso (S Kor) 70 68", "1 Ivo Sandal (Ned) Vardo-Kelso 4:51:07", "Leading scores (GB & Ire unless stated)"; sailing\'s and rowing\'s Olympic three-letter codes, "1 Kelso Energy (Dana Marr, IRL)"): a country, never a person (an initial and a word, "S Kor", reads as one) or a body ("GB & Ire" reads as a firm joined by "&").',
  ['s kor', 'n kor', 's afr', 'n ire', 'ni', 'ire', 'gb', 'eng', 'sco', 'wal', 'fr', 'fra', 'sp', 'spa', 'esp', 'ger', 'it', 'ita', 'ned', 'hol', 'bel', 'den', 'swe', 'nor', 'fin', 'aut', 'sui', 'swi', 'pol', 'por', 'cze', 'svk', 'slo', 'cro', 'rus', 'ukr', 'kaz', 'aus', 'nz', 'nzl', 'rsa', 'zim', 'usa', 'us', 'can', 'mex', 'col', 'ven', 'ecu', 'arg', 'bra', 'chi', 'jpn', 'jap', 'kor', 'chn', 'tpe', 'tha', 'ind', 'phi', 'eri', 'eth', 'ken',
    'irl', 'gbr', 'hun', 'rou', 'bul', 'gre', 'tur', 'isr', 'egy', 'nga', 'gha', 'sgp', 'hkg', 'lux', 'isl', 'srb', 'ltu', 'uru', 'cub', 'jam'],
);

export const TOUR_CIRCUIT_WORDS = wordList(
  'tour-circuit-words',
  'Nouns after a professional tour\'s name that show the circuit, a body with members and a commissioner, not a band\'s or a race\'s tour ("the Hollis Tour commissioner", "a Kelso Tour card", "his first Vardo Tour title", "the Vardo Tour season").',
  ['commissioner', 'card', 'cards', 'event', 'events', 'title', 'titles', 'season', 'rookie', 'money', 'membership', 'member', 'members', 'player', 'players', 'winner', 'winners', 'victory', 'victories', 'win', 'wins', 'debut', 'rankings', 'ranking', 'schedule', 'board', 'officials', 'chief'],
);

export const SPORT_NAMES = wordList(
  'sport-names; combat sports\' desk ("Boxing Correspondent") and a promoter\'s company\'s head ("Tarrow Boxing": "Boxing" alone is the sport)',
  'Names of sports, capitalised where they open a line or a section label ("Rugby union", "Cricket | County", "Racing | Race report") or a desk\'s post ("Motor Racing Correspondent"): the sport, not a club or a town of that name; "union" and "league" after one name its code ("Rugby league"), not a body; "Racing" and "Motorsport" head a team\'s name only after a name of its own ("Tarrow Racing"), never the sport\'s ("Motor Racing"); "Esports" heads an esports organisation\'s name ("Kelso Esports") and alone is the sport ("Sport | Esports", "Esports Correspondent").',
  [...'football basketball baseball hockey soccer softball volleyball rugby cricket netball lacrosse tennis cycling golf athletics racing motorsport motorsports esports boxing kickboxing wrestling'.split(/\s+/), 'motor racing', 'motor sport', 'mixed martial arts'],
);

export const MARTIAL_ART_GYM_ENDINGS = wordList(
  'martial-art-gym-endings',
  'Martial arts, one word or two, that end the name of a gym fighters train at and are named after, as "X MMA" and "X Kickboxing" do (list org-heads): "fights out of Eastgate Muay Thai", "trains at Iron Crane Jiu-Jitsu", "Marwick Judo". So do the words that end a mixed martial arts promotion\'s name ("Tarrow Fighting Championship", "the Kelso Fighting Championships card"), the body that runs its events. Read as nothing or as a person without them. After a nationality ("Brazilian Jiu-Jitsu", "Japanese Karate") the words are the art itself, no gym.',
  ['muay thai', 'kung fu', 'krav maga', 'jiu-jitsu', 'jiu jitsu', 'jiujitsu', 'bjj', 'judo', 'karate', 'taekwondo', 'sambo', 'wushu',
    // A promotion's own name ends so, "Tarrow Fighting Championship", as a gym's does in an art.
    'fighting championship', 'fighting championships'],
);

export const MARTIAL_ART_QUALIFIERS = wordList(
  'martial-art-qualifiers',
  'Capitalised words that qualify a martial art itself, not a gym named with it ("won Olympic Judo gold", "a World Karate title", "Amateur Muay Thai rules"): before one of martial-art-gym-endings they name the art or its competition, no body.',
  ['olympic', 'paralympic', 'world', 'amateur', 'professional', 'pro', 'traditional', 'sport', 'competitive', 'women\'s', 'men\'s'],
);

export const NATIONAL_BODY_SPORTS = wordList(
  'national-body-sports',
  'Sports whose national governing bodies are named by the sport and the country alone, with no head noun ("Rowing Vardonia said it respected the process", "Athletics Kelso", "Swimming Marwick", as "Cycling X", "Hockey X", "Triathlon X" are in Olympic and sports-governance copy): two words, the sport first, name the body. Many are gerunds the tagger reads as a verb where they open the sentence, and the run lost its first word and the body with it. The sports of list sport-names and the Olympic sports named so.',
  [...SPORT_NAMES.words].filter(sport => !sport.includes(' ')).concat(
    // The sports-words list may already hold some of these (boxing, wrestling): each is taken once.
    'rowing swimming gymnastics triathlon canoeing canoe sailing judo badminton archery fencing diving skating skiing boxing equestrian taekwondo wrestling weightlifting squash bowls curling snowsport snowsports biathlon handball karate surfing climbing'
      .split(/\s+/).filter(sport => !SPORT_NAMES.has(sport))),
);

export const OWN_BODY_NOUNS = wordList(
  'own-body-nouns',
  'Common nouns for a speaker\'s own body, or the sport a post is in, that open a sentence before a post and a name ("Club captain Tom Ames said", "Squad captain X", "Football coach X, who …", "Hockey captain X"): the capitalised noun is the sentence\'s first word, not a club\'s name. Clubs\' own short names ("City", "United", "County") are not here.',
  [...'club squad team side company firm party union group'.split(/\s+/), ...SPORT_NAMES.words],
);

export const WORKPLACE_UNIT_NOUNS = wordList(
  'workplace-unit-nouns',
  'Common nouns for a part of a workplace or a line of work that qualify a generic post ("Area manager X said", "Site manager X", "Shift captain X", "Store manager X"): opening a sentence before a sports post word and a name, the capitalised noun is the sentence\'s first word, not a club. No club is called by these words alone.',
  `area site branch store shop plant project shift operations sales marketing regional account office duty depot
   warehouse factory event events stage production tour estate property hotel restaurant bar farm ward unit
   fleet kitchen floor night program programme product brand retail`.split(/\s+/),
);

export const TEAM_NOUNS_AFTER = wordList(
  'team-nouns-after',
  'Nouns that name a team or club right after its name, alone or after its sport ("the Kelso Comets team", "Dunmere Corsairs rugby club"), or its players of the day ("the five-man Vardo Falcons line-up", "the Kelso Comets roster", as esports and team-sports copy write it): the name before them is the team.',
  'club team side squad line-up lineup roster'.split(/\s+/),
);

export const CLUB_NAME_ENDINGS = wordList(
  'club-name-endings',
  'Last words of British and Irish football clubs\' names that are also ordinary place words ("Kelso City", "Dunmore Town", "Ashby County", "Kelso Villa"): in sports copy, a name ending so is the club. Scottish and Irish copy names clubs "X Thistle", "X Academical" and "X Celtic" ("Tarrow Celtic or Kelso Thistle in the final": "Celtic" read the name as a person\'s without it).',
  'city town county villa vale argyle alexandra thistle academical celtic orient wednesday rangers rovers athletic albion'.split(/\s+/),
);

export const SCORE_LABELS = wordList(
  'score-labels',
  'Words that label a score in a match report\'s results block ("Halftime 1-1.", "Half-time: 0-0", "Aggregate 3-2", "Full-time 2-1"): a label set right before a score is no side of the match, though it is capitalised where it opens the line.',
  'halftime half-time fulltime full-time aggregate'.split(/\s+/),
);

export const MINUTE_LABEL_WORDS = wordList(
  'minute-label-words',
  'Words of a live report\'s or a minute-by-minute report\'s entry label after the minute and before a colon ("23 min: GOAL.", "64 mins: RED CARD.", "88 minutes: PENALTY SHOUT."): the words in capitals that close such a label\'s line are the event, no body\'s abbreviation (gazetteer.ts minute-entry-event).',
  'min mins minute minutes'.split(/\s+/),
);

export const TROPHY_HEADS = wordList(
  'trophy-heads',
  'Nouns that close the name of a trophy, often named after a man or a woman of the sport\'s past ("lifted the Donal Breen Cup", "the Kelso Trophy", "the Dana Marr Shield", "won the Tarrow Medal"), and the trophy alone capitalised in a headline ("Cup comes home"): a thing, not the person it honours (who is not in the story) nor a body.',
  'cup trophy shield salver medal'.split(/\s+/),
);

export const PROGRAMME_SPEAKING_VERBS = wordList(
  'programme-speaking-verbs',
  'Verbs of speaking or appearing before "on" and a broadcaster\'s possessive, as sports copy quotes a pundit from a programme ("Speaking on Vardo TV\'s The Sunday Match", "Appearing on Kelso Radio\'s Sportsdesk", "said on Vardo TV\'s Matchday"): the name after the possessive is the programme, a thing (evidenceRules.ts programme-of-broadcaster).',
  'speaking appearing said says told talking commenting interviewed'.split(/\s+/),
);

export const SCORER_LABELS = wordList(
  'scorer-labels',
  'Words that label a match report\'s line of scorers ("Scorers – Kilcarne: C Mac Lochlainn 1-3, P Ó Riordáin 0-6 (0-4f)", "SCORERS: …"): a name with its tally of goals and points after such a label is a player, not a side of a result (agencyLines.ts).',
  'scorers scorer'.split(/\s+/),
);

export const CLUB_SIDE_WORDS = wordList(
  'club-side-words',
  'Words after a club\'s name that name one of its sides ("Kelso Rovers Women", "Dunmore City Ladies", "Ashby Town Reserves"): the side is written as the club and the word, so the name is the club\'s and the word is left off it (a side is no body apart from its club).',
  'women ladies reserves'.split(/\s+/),
);

/** Club endings that name a club outside a sports sentence when the document is sports copy; "county" is left out: US political copy names counties ("Tarrow County") beside a stray team word. */
export const CLUB_ENDINGS_IN_SPORTS_COPY = wordList(
  'club-endings-in-sports-copy',
  'Club name endings that make a name of several words a club anywhere in a document of sports copy ("The Hawks travel to Marwick City"); not "county", a US county\'s name in political copy.',
  without(CLUB_NAME_ENDINGS, ['county']),
);

/** Club endings that are no place word: a name ending so is read as a club without sports copy ("Vardo Rovers"). */
export const CLUB_ONLY_ENDINGS = wordList(
  'club-only-endings',
  'Last words of clubs\' names that no town, county or district takes ("Vardo Rovers", "Kelso Athletic", "Dunmore United"): a name ending in a place-word club ending ("Kelso Town") joined by "and" or "or" to a name ending so is a club too ("Vardo Rovers and Kelso Town met").',
  'rovers rangers athletic albion wednesday orient academical thistle celtic argyle alexandra united wanderers hotspur'.split(/\s+/),
);

export const CLUB_LIST_JOINERS = wordList(
  'club-list-joiners',
  'Words that join two names in a list ("Vardo Rovers and Kelso Town", "Kelso Athletic or Tarrow City"): a name with a place-word club ending joined so to a name with a club-only ending is a club; two towns are joined so too, so a place-word ending on the other side is not enough.',
  'and or'.split(/\s+/),
);

export const PLURAL_CLUB_PRONOUNS = wordList(
  'plural-club-pronouns',
  'Plural pronouns that refer back to a club named in the singular as British copy does ("Tarrow City sacked their manager"): a town ending ("City", "Town") opening the clause with one after its verb is the club; a place takes "its".',
  'their they them themselves'.split(/\s+/),
);

export const TRANSFER_WORDS = wordList(
  'transfer-words',
  'Words of a player\'s move between clubs ("joined Kelso from Dunmore", "on loan", "for an undisclosed fee"): with one in the sentence, the club joined or left is an organisation.',
  'joined joins rejoined signed signs signing loan transfer fee contract deal moved'.split(/\s+/),
);

export const TRANSFER_NOUNS = wordList(
  'transfer-nouns',
  'Nouns of a player\'s move ("for an undisclosed fee", "on loan"): with one, a sentence of a move is sports copy even without a word of play.',
  'fee loan transfer'.split(/\s+/),
);

export const MATCH_OPPONENT_WORDS = wordList(
  'match-opponent-words',
  'Words right before the other side of a match ("a 3-2 win over Leeds Falcons", "beat Derby Hawks 4-1", "lost 2-0 against Kelso Comets", "Kelso v Dunmore Rovers"): with a score or another clear word of sport in the sentence, a known town and a plural nickname after one is a team, not a place and a noun.',
  'over against beat beats beating defeated edged thrashed hammered overcame hosted host hosts face faces faced facing visit visits visited play plays played meet meets met v vs versus'.split(/\s+/),
);

export const MATCH_LINK_WORDS = wordList(
  'match-link-words',
  'Lower-case words that stand between the two sides of a match in a report\'s sentence ("Vardo Rovers lost to Kelso Town", "lost against", "drew with", "were held by", "beat"): a name with a place-word club ending ("Kelso Town") that one to three of them join to a name with a club-only ending ("Vardo Rovers") is the other side, a club; "lost" alone is no sports word (an election is lost too), but between two such names it is a match\'s.',
  'lost lose loses losing beat beats beaten drew draw draws drawing held were was to against with by over at'.split(/\s+/),
);

export const CLUB_ENDING_SPORTS_WORDS = wordList(
  'club-ending-sports-words',
  'Sports words that show a name ending in a place word ("Kelso City") is the club: the sports words without those election copy uses as often ("won", "lost", "victory", "team", "manager", "season"), so "ran for Kelso City mayor but lost" keeps the city a place.',
  without(SPORTS_WORDS, ['win', 'wins', 'won', 'beat', 'beats', 'lost', 'loss', 'losses', 'victory', 'defeat', 'title', 'champions',
    'championship', 'points', 'point', 'tie', 'tied', 'side', 'team', 'teams', 'manager', 'season', 'seasons', 'game', 'games', 'fans']),
);

export const BODY_HEAD_SPORTS_WORDS = wordList(
  'body-head-sports-words',
  'Sports words that also end the name of a body with no sport in it ("Kelso Mountain Rescue Team", "the Crisis Response Team", "Vardo Rotary Club", "the Marwick Supper Club"): capitalised after another capitalised word they are part of a name and show no sport, so a one-word club that is also a town ("a helicopter from Tarrow") stays the town; lower case ("the team", "the club") they still do.',
  within(SPORTS_WORDS, ['team', 'teams', 'club', 'clubs']),
);

export const AWARD_RESULT_WORDS = wordList(
  'award-result-words',
  'Sports words of winning and losing that awards, guides and elections use as often ("won its first star", "lost a star", "a victory for the chef", "the title of young chef"): alone in a sentence they show sport only near the name (within three words: "Leeds won", "beat Leeds", "lost to Leeds"), not "the Leeds counter restaurant … won its first star".',
  within(SPORTS_WORDS, ['win', 'wins', 'won', 'beat', 'beats', 'lost', 'loss', 'losses', 'victory', 'defeat', 'title', 'champions', 'championship', 'tie', 'tied']),
);

export const SANCTION_SPORTS_WORDS = wordList(
  'sanction-sports-words',
  'Sports words that regulation and enforcement copy uses for a fine ("a record civil penalty", "penalties for sewage spills", "the penalty is a start"): alone in a sentence they show sport only near the name, as award-result-words do ("Wild swimmers … say the penalty is …" is no ice-hockey team; "the Wild killed a penalty" still is).',
  within(SPORTS_WORDS, ['penalty', 'penalties']),
);

export const SCHEDULE_WORDS = wordList(
  'schedule-words',
  'Words that open the opponent in an agency schedule line ("Comets: Host Brenton on Thursday.", "Bulls: At Calder Bay on Sunday.", "Hawks: vs. Lakeport"): the name after one is a team.',
  'host hosts at vs vs. v'.split(/\s+/),
);

export const VOTE_TALLY_WORDS = wordList(
  'vote-tally-words',
  'Words beside a tally like "7-5" that make it a vote, not a match score: "the committee voted 7-5", "a 6-3 vote", '
    + '"a 5-4 majority", "a 9-2 decision", "the court ruled 5-4". A council or court story with such a tally is no sports copy, so a place '
    + 'in it ending in a plural ("Marwick Meadows") is no team.',
  'voted vote votes voting majority decision ruled ruling verdict split'.split(/\s+/),
);

export const SPORTS_EVENT_PLURALS = wordList(
  'sports-event-plurals',
  'Plural nouns that end the name of a sporting event, not a team ("the Kelso Games", "the Marwick Series", "the Kelso Championships"): a place before one is no team\'s.',
  'games olympics paralympics championships series finals playoffs awards trials nationals masters classics'.split(/\s+/),
);

export const SPORTS_EVENT_NAME_ENDS = wordList(
  'sports-event-name-ends',
  'Plural nouns that close a sporting event\'s name and no person\'s or company\'s ("last year\'s World Championships", "the Kelso Indoor Championships", "the national Trials"): the name is an event, a thing. Not "Games" ("Kelso Games" is a studio as often), "Masters" (a surname) or "Series", "Awards" and "Classics" (companies and products).',
  'championships olympics paralympics trials nationals playoffs finals'.split(/\s+/),
);

export const RACE_NAME_ENDS = wordList(
  'race-name-ends',
  'Singular nouns of a race that close its name after a town, a course or a title sponsor ("the Tarrow Marathon", "the Vardo Bank Downhill", "the Kelso Slalom") or after a category\'s possessive in a results page\'s section path ("Men\'s Downhill", "WOMEN\'S SUPER-G"): the name is the race, a thing, never a person, though a sponsor\'s or a town\'s word opens it. Not "Cup" (list trophy-heads), "Open" or "Classic" (a surname, a company, a product), nor "Tour" or "Rally" (companies and political rallies).',
  'marathon half-marathon ultramarathon downhill slalom super-g biathlon triathlon duathlon steeplechase regatta'.split(/\s+/),
);

export const COURSE_NOUNS = wordList(
  'course-nouns',
  'Lower-case nouns of a sports course or a feature of one that, after "the" and a name, make the name the course\'s, a place ("the Anton Kelder piste", "the Marta Brill course", "the Ziegler jump", "the Dunmore velodrome"): winter-sport and racing copy names pistes, jumps and circuits after champions and pioneers as often as after places, and the person they honour is no mention. Not "track" (a song), "trail" (a campaign\'s), "run" or "hill" (a bid, a surname).',
  ['piste', 'pistes', 'slope', 'slopes', 'course', 'descent', 'jump', 'ski-jump', 'halfpipe', 'circuit', 'velodrome'],
);

export const COURSE_MARKER_UNITS = wordList(
  'course-marker-units',
  'Units of distance that open the name of a marker on a rowing, racing or running course with a marker\'s noun (list course-marker-heads: "level at the Mile Post", "the Furlong Pole", "Kilometre Marker"): a place on the course, not a paper named "Post" nor a body.',
  ['mile', 'half-mile', 'furlong', 'kilometre', 'kilometer', 'km'],
);

export const COURSE_MARKER_HEADS = wordList(
  'course-marker-heads',
  'Nouns of a course marker after a unit of distance (list course-marker-units): "the Mile Post", "the Furlong Pole", "Kilometre Marker".',
  ['post', 'pole', 'marker', 'marker post'],
);

export const RACE_CATEGORY_POSSESSIVES = wordList(
  'race-category-possessives',
  'A race\'s category written as a possessive before its noun in a results page\'s heading ("Men\'s Downhill", "Women\'s Marathon", "LADIES\' SLALOM"): the noun alone after it is the race.',
  ['men', 'women', 'ladies', 'boys', 'girls'],
);

export const PLURAL_AGREEMENT_VERBS = wordList(
  'plural-agreement-verbs',
  'Verbs in a form a singular subject never takes ("have", "are", "were", "lift", "come"): British copy puts a club or company named by one word in the plural ("Kelso have signed", "Dunmore come from behind", "Vardo are"), a person never.',
  `have haven't are aren't were weren't don't come lift face need remain sit trail travel host lead go meet`.split(/\s+/),
);

export const PLURAL_AGREEMENT_ADVERBS = wordList(
  'plural-agreement-adverbs',
  'Adverbs that may stand between a subject and its verb ("Kelso have now lost", "Dunmore still need"): the verb after one still agrees with the name.',
  'now also still already never just again only'.split(/\s+/),
);

export const CLAUSE_OPENERS = wordList(
  'clause-openers',
  'Words after which a name opens a clause as its subject ("as Kelso come from behind", "said Rovers were delighted"); not "that", "if" or "and", after which a bare verb is a subjunctive ("asked that Ames remain", "if Ames were") or a name shares the verb ("Ames and Roe were").',
  'as but when while after before because since though although until once so said says'.split(/\s+/),
);

export const DISMISSAL_OPENERS = wordList(
  'dismissal-openers',
  'Words that open a cricket dismissal before the fielder\'s name, "bowled" and the bowler\'s ("caught Orrey bowled Venn", "stumped Tesk bowled Halse"): the names in the formula, and the batter\'s before ", caught", are players.',
  'caught stumped'.split(/\s+/),
);
