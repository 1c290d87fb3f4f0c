// Football clubs of the major European leagues and Major League Soccer, by their full common name and the
// short forms news copy uses ("Manchester United", "Man United", "United" is left out: too general).
// Source: the clubs of the 2023-24 and recent seasons of the Premier League, La Liga, Serie A, Bundesliga,
// Ligue 1, Eredivisie, Scottish Premiership and MLS, plus the historic clubs of these leagues and the best known
// clubs of Portugal, Turkey, Belgium and Greece, as listed on the leagues' public club pages and Wikipedia's
// league articles (written from general knowledge, December 2026).
import { names } from './names';

export const FOOTBALL_CLUBS = names(
  'gazetteer-football-clubs',
  'Football clubs of the major leagues (Premier League, La Liga, Serie A, Bundesliga, Ligue 1, Eredivisie, Scottish Premiership, MLS and other top clubs), full and short forms: an organisation, never a person. One-word names that are also a city ("Liverpool", "Barcelona") count as the club only in a sports context.',
  `arsenal|aston |bournemouth|afc bournemouth|brentford|brighton|brighton and hove albion|brighton & hove albion
   burnley|chelsea|crystal |everton|fulham|liverpool|luton town|luton|manchester city|man city
   manchester united|man united|man utd|newcastle|newcastle united|nottingham |sheffield united
   tottenham|tottenham hotspur|spurs|west ham|west ham united|wolverhampton wanderers|wolves|leicester|leicester city
   leeds|leeds united|southampton|ipswich|ipswich town|watford|norwich|norwich city|west bromwich albion|west brom
   sunderland|middlesbrough|blackburn|blackburn rovers|bolton wanderers|stoke|stoke city|swansea|swansea city
   queens park rangers|qpr|derby county|coventry|coventry city|sheffield wednesday||charlton athletic
   real madrid|barcelona|barca|atletico madrid|atlético madrid|atletico|sevilla|real sociedad|real betis|betis
   villarreal|valencia|athletic bilbao|athletic club|osasuna|celta vigo|celta|getafe|girona|mallorca|rayo vallecano
   alaves|alavés|las palmas|cadiz|cádiz|granada|almeria|espanyol|deportivo la coruna|deportivo|real zaragoza|malaga|levante
   juventus|juve|inter|inter milan|internazionale|ac milan|milan|napoli|roma|as roma|lazio|atalanta|fiorentina
   bologna|torino|genoa|sampdoria|udinese|sassuolo|lecce|cagliari|verona|hellas verona|empoli|frosinone|salernitana
   monza|parma|palermo|bayern munich|bayern|bayern muenchen|bayern münchen|borussia dortmund|dortmund|bvb
   rb leipzig|leipzig|bayer leverkusen|leverkusen|eintracht frankfurt|frankfurt|vfb stuttgart|stuttgart
   borussia monchengladbach|borussia mönchengladbach|gladbach|monchengladbach|wolfsburg|vfl wolfsburg|werder bremen|bremen
   schalke|schalke 04|hoffenheim|freiburg|sc freiburg|mainz|augsburg|union berlin|hertha berlin|hertha|hamburg|hamburger sv
   cologne|fc cologne|koeln|heidenheim|bochum|darmstadt|kaiserslautern|paris st germain|paris saint-germain
   psg|olympique marseille|marseille|olympique lyonnais|lyon|monaco|lille||rennes|stade rennais|nantes
   reims|montpellier|strasbourg|toulouse|bordeaux|saint-etienne|st etienne|auxerre|ajax|ajax amsterdam
   psv|psv eindhoven|feyenoord|az alkmaar|twente|fc twente|utrecht|vitesse|heerenveen|groningen|sparta rotterdam
   celtic|rangers|aberdeen|heart of midlothian|hibernian|hibs|dundee united|dundee|motherwell|kilmarnock
   st mirren|st johnstone|ross county|livingston|inter miami|la galaxy|los angeles galaxy|lafc|los angeles fc
   new york red bulls|new york city fc|nycfc|seattle sounders|sounders|portland timbers|atlanta united
   toronto fc|sporting kansas city|columbus crew|philadelphia union|new england revolution|fc cincinnati
   orlando city|nashville sc|austin fc|real salt lake|colorado rapids|houston dynamo|fc dallas|chicago fire
   dc united|d.c. united|cf montreal|vancouver whitecaps|minnesota united|san jose earthquakes|charlotte fc|st. louis city
   benfica|porto|fc porto|sporting lisbon|sporting cp|braga|galatasaray|fenerbahce|fenerbahçe|besiktas|beşiktaş
   anderlecht|club brugge|olympiacos|panathinaikos|paok|red star belgrade|dinamo zagreb|shakhtar donetsk
   dynamo kiev|dynamo kyiv|zenit st petersburg|zenit|spartak moscow|cska moscow|salzburg|red bull salzburg|basel|young boys
   copenhagen|fc copenhagen|boca juniors|river plate|flamengo|palmeiras|corinthians`,
);
