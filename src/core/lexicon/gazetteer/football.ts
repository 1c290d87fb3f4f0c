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

// One-word names of the clubs above that are also the name of their town or city, where the tagger does not know
// the place ("a nurse in Aberdeen", "its plant in Stoke"): like the league clubs below, the club only in sports
// copy. Written from general knowledge (December 2026); names that are a region or a district only are left out.
export const TOWN_NAMED_TOP_CLUBS = names(
  'gazetteer-town-named-top-clubs',
  'One-word top-league clubs that share their town\'s name, which the tagger does not know as a place ("moved to Aberdeen", "a plant in Stoke"): the club only in sports copy, the town elsewhere.',
  `bournemouth|brentford|burnley|luton|middlesbrough|stoke|swansea|sevilla|villarreal|getafe|girona|cadiz|cádiz
   granada|almeria|malaga|napoli|bologna|torino|lecce|empoli|frosinone|monza|parma|leverkusen|wolfsburg|freiburg
   mainz|augsburg|heidenheim|bochum|darmstadt|kaiserslautern|lille|bordeaux|auxerre|groningen|heerenveen
   aberdeen|dundee|motherwell|kilmarnock|livingston|braga`,
);

// Second source: the clubs of the English Football League (Championship, League One, League Two) and of the
// Scottish Championship and League One in recent seasons and the 1990s, the second divisions of Germany, Spain,
// Italy, France and the Netherlands, the Primeira Liga, the Belgian Pro League, and the best-known clubs of the other
// UEFA member leagues, as on the leagues' public club lists and Wikipedia's season articles (written from general
// knowledge, December 2026). Most are named after their town: a one-word name here names the club only in sports
// copy (gazetteer.ts), whether or not the tagger knows the town. Names that are also a well-known person's or an
// event's ("Hamilton", "Wimbledon", "Le Mans") are left out.
export const FOOTBALL_LEAGUE_CLUBS = names(
  'gazetteer-football-league-clubs',
  'Football clubs of the English Football League, the Scottish lower divisions, the European second divisions and the other UEFA top leagues: an organisation; a one-word name that is also a town only in sports copy.',
  `birmingham city|birmingham|blackpool|bristol city|bristol rovers|cardiff city|cardiff|hull city|hull
   huddersfield town|huddersfield|millwall|preston north end|preston|plymouth argyle|plymouth|portsmouth|reading
   rotherham united|rotherham|barnsley|bradford city|charlton|crystal palace|aston villa|nottingham forest
   oxford united|peterborough united|peterborough|wigan athletic|wigan|wycombe wanderers|wycombe|lincoln city
   exeter city|exeter|bolton|burton albion|cambridge united|cheltenham town|cheltenham|crewe alexandra|crewe
   fleetwood town|leyton orient|mansfield town|northampton town|northampton|port vale|shrewsbury town|shrewsbury
   stevenage|stockport county|stockport|tranmere rovers|tranmere|walsall|wrexham|accrington stanley|bromley
   carlisle united|chesterfield|colchester united|doncaster rovers|doncaster|gillingham|grimsby town|grimsby
   harrogate town|morecambe|newport county|notts county|salford city|swindon town|swindon|sutton united
   afc wimbledon|mk dons|milton keynes dons|oldham athletic|oldham|scunthorpe united|scunthorpe|southend united
   southend|torquay united|hartlepool united|hartlepool|darlington|york city|hereford united|bury|rochdale
   macclesfield town|yeovil town|yeovil|dagenham & redbridge|forest green rovers|halifax town
   kidderminster harriers|partick thistle|queen of the south|inverness caledonian thistle|inverness|ayr united
   dunfermline athletic|dunfermline|falkirk|raith rovers|raith|greenock morton|airdrieonians|hamilton academical
   arbroath|queen's park|stenhousemuir|stirling albion|east fife|hannover 96|hannover|nuremberg|nuernberg
   nürnberg|fc nuremberg|karlsruhe|karlsruher sc|st pauli|st. pauli|fortuna duesseldorf|fortuna düsseldorf
   duesseldorf|düsseldorf|arminia bielefeld|bielefeld|greuther fuerth|greuther fürth|fuerth|paderborn
   sc paderborn|1860 munich|munich 1860|dynamo dresden|hansa rostock|energie cottbus|msv duisburg|duisburg
   vfl osnabrueck|eintracht braunschweig|braunschweig|holstein kiel|sandhausen|jahn regensburg|magdeburg
   fc magdeburg|elversberg|unterhaching|saarbruecken|1. fc koeln|1. fc köln|1. fc union berlin|real valladolid
   valladolid|sporting gijon|sporting gijón|oviedo|real oviedo|racing santander|tenerife|eibar|leganes|leganés
   huesca|albacete|elche|numancia|rayo|compostela|extremadura|salamanca|logrones|logroñes|merida|mérida
   real racing club|cremonese|spezia|pisa|bari|brescia|perugia|ascoli|cittadella|reggina|foggia|piacenza|vicenza
   venezia|padova|chievo|chievo verona|catania|siena|livorno|novara|ternana|cosenza|modena|reggiana|sudtirol
   südtirol|catanzaro|pescara|avellino|lucchese|cesena|le havre|lens|rc lens|nice|ogc nice|lorient|metz|brest
   stade brestois|angers|troyes|clermont|ajaccio|guingamp|caen|sochaux|bastia|amiens|dijon|nimes|nîmes|grenoble
   valenciennes|laval|niort|cannes|red star|paris fc|quevilly|rodez|nac breda|willem ii|roda jc|rkc waalwijk
   heracles|heracles almelo|pec zwolle|go ahead eagles|nec nijmegen|nec|fortuna sittard|excelsior|den haag
   ado den haag|de graafschap|cambuur|volendam|almere city|emmen|vvv venlo|mvv maastricht|fc groningen
   vitoria guimaraes|vitória guimarães|vitoria setubal|boavista|maritimo|marítimo|belenenses|estoril|gil vicente
   famalicao|rio ave|nacional|pacos de ferreira|moreirense|arouca|casa pia|farense|portimonense|academica
   académica|standard liege|standard liège|genk|racing genk|gent|kaa gent|antwerp|royal antwerp|mechelen
   charleroi|lokeren|cercle brugge|union saint-gilloise|westerlo|ostend|kortrijk|beerschot|sint-truiden|eupen
   zulte waregem|sturm graz|rapid vienna|rapid wien|austria vienna|austria wien|lask|grasshoppers
   grasshopper zurich|fc zurich|servette|lausanne|lugano|sion|st gallen|rosenborg|molde|malmo|malmö|aik
   djurgarden|hammarby|ifk goteborg|ifk göteborg|brondby|brøndby|fc midtjylland|legia warsaw|lech poznan
   wisla krakow|sparta prague|slavia prague|viktoria plzen|ferencvaros|ferencváros|steaua bucharest|fcsb
   dinamo bucharest|cfr cluj|ludogorets|levski sofia|cska sofia|partizan belgrade|hajduk split|maribor
   olimpija ljubljana|apoel|apoel nicosia|anorthosis|aek athens|aris salonika|trabzonspor|basaksehir
   maccabi tel aviv|maccabi haifa|hapoel tel aviv`,
);
