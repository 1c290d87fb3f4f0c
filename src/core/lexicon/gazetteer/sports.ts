// Words of sports copy: in a sentence with one of them, a club or team name that is also a city, a first name or
// an ordinary word ("Barcelona", "Chelsea", "the Heat") names the club. General English, no names.
import { wordList } from '../wordList';

export const SPORTS_WORDS = wordList(
  'sports-words',
  'Nouns and verbs of sports copy (match, goal, league, coach, striker, scored …): a sentence with one is about sport, so a club name that is also a city or a first name means the club.',
  `match matches game games goal goals league cup season seasons striker strikers midfielder defender goalkeeper
   coach manager club clubs side team teams fans stadium victory draw defeat title champions championship playoff
   playoffs play-off play-offs inning innings touchdown quarterback pitcher scored score scoring transfer
   tournament semifinal semi-final final quarterfinal quarter-final kickoff kick-off halftime half-time
   derby fixture fixtures standings points point penalty penalties hat-trick homer homers rebounds assists
   premiership bundesliga serie liga eredivisie nba nfl mlb nhl mls uefa fifa soccer football baseball basketball
   hockey win wins won beat beats lost loss losses tie tied drew clinched relegation relegated promoted
   roster squad lineup preseason postseason`.split(/\s+/),
);
