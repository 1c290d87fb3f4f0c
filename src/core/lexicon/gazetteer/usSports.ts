// Teams of the four US major leagues (NFL, NBA, MLB, NHL), as "city|nickname" pairs: news copy names a team by
// its nickname ("the Yankees"), by city and nickname ("New York Yankees") or, in results tables, by the city
// alone ("Chicago 5 Boston 3"). Source: the leagues' public team directories, 2024-25 seasons (written from
// general knowledge, December 2026).
import { names } from './names';

/** city|nickname, one team a line. */
const TEAMS = `arizona|cardinals
atlanta|falcons
baltimore|ravens
buffalo|bills
carolina|panthers
chicago|bears
cincinnati|bengals
cleveland|browns
dallas|cowboys
denver|broncos
detroit|lions
green bay|packers
houston|texans
indianapolis|colts
jacksonville|jaguars
kansas city|chiefs
las vegas|raiders
los angeles|chargers
los angeles|rams
miami|dolphins
minnesota|vikings
new england|patriots
new orleans|saints
new york|giants
new york|jets
philadelphia|eagles
pittsburgh|steelers
san francisco|49ers
seattle|seahawks
tampa bay|buccaneers
tennessee|titans
washington|commanders
boston|celtics
brooklyn|nets
new york|knicks
philadelphia|76ers
toronto|raptors
chicago|bulls
cleveland|cavaliers
detroit|pistons
indiana|pacers
milwaukee|bucks
atlanta|hawks
charlotte|hornets
miami|heat
orlando|magic
washington|wizards
denver|nuggets
minnesota|timberwolves
oklahoma city|thunder
portland|trail blazers
utah|jazz
golden state|warriors
los angeles|clippers
los angeles|lakers
phoenix|suns
sacramento|kings
dallas|mavericks
houston|rockets
memphis|grizzlies
new orleans|pelicans
san antonio|spurs
baltimore|orioles
boston|red sox
new york|yankees
tampa bay|rays
toronto|blue jays
chicago|white sox
cleveland|guardians
cleveland|indians
detroit|tigers
kansas city|royals
minnesota|twins
houston|astros
los angeles|angels
oakland|athletics
seattle|mariners
texas|rangers
atlanta|braves
miami|marlins
florida|marlins
new york|mets
philadelphia|phillies
washington|nationals
chicago|cubs
cincinnati|reds
milwaukee|brewers
pittsburgh|pirates
st. louis|cardinals
st louis|cardinals
st. louis|blues
st louis|blues
arizona|diamondbacks
colorado|rockies
los angeles|dodgers
san diego|padres
san francisco|giants
montreal|expos
boston|bruins
buffalo|sabres
detroit|red wings
florida|panthers
montreal|canadiens
ottawa|senators
tampa bay|lightning
toronto|maple leafs
carolina|hurricanes
columbus|blue jackets
new jersey|devils
new york|islanders
new york|rangers
philadelphia|flyers
pittsburgh|penguins
washington|capitals
chicago|blackhawks
colorado|avalanche
dallas|stars
minnesota|wild
nashville|predators
winnipeg|jets
anaheim|ducks
calgary|flames
edmonton|oilers
los angeles|kings
san jose|sharks
seattle|kraken
vancouver|canucks
vegas|golden knights
hartford|whalers
quebec|nordiques`;

const pairs = TEAMS.split('\n').map(line => line.split('|'));

export const US_TEAMS = names(
  'gazetteer-us-teams',
  'US major-league teams (NFL, NBA, MLB, NHL) by city and nickname ("Boston Red Sox"): an organisation, never a person or a place.',
  pairs.map(([city, nickname]) => `${city} ${nickname}`).join('\n'),
);

/**
 * Nicknames that are ordinary words or titles too ("Cardinals", "Senators", "Kings", "Heat"): alone they name the
 * team only in a sports context; the others ("Yankees", "Celtics") name it anywhere.
 */
export const AMBIGUOUS_NICKNAMES = names(
  'gazetteer-ambiguous-nicknames',
  'Team nicknames that are also ordinary capitalised words, titles or groups ("Cardinals", "Senators", "Saints", "Heat"): a team alone only in a sports context.',
  `cardinals|panthers|bears|lions|chiefs|raiders|chargers|rams|dolphins|vikings|patriots|saints|giants|jets|eagles
   titans|commanders|nets|bulls|hawks|heat|magic|wizards|thunder|jazz|warriors|kings|suns|rockets|spurs|tigers
   royals|twins|angels|athletics|rangers|braves|nationals|reds|brewers|pirates|blues|senators|lightning
   hurricanes|devils|islanders|capitals|avalanche|stars|wild|predators|ducks|flames|sharks|kraken|guardians|indians
   texans|browns|bills|colts|packers|seahawks|mariners|rays|astros|marlins|padres|dodgers|cubs|mets|canadiens|oilers`,
);

export const US_TEAM_NICKNAMES = names(
  'gazetteer-us-team-nicknames',
  'The nicknames of US major-league teams ("Yankees", "Red Sox"), alone: the team (ambiguous ones only in a sports context).',
  [...new Set(pairs.map(([, nickname]) => nickname))].join('\n'),
);
