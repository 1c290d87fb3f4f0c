// Word lists of news English that the entity rules read. General knowledge of how news copy names people and
// bodies (titles, honorifics, organisation heads), never names taken from particular articles. Each list says
// why it exists; all entries are lower case and compared with a token's lower-cased form.

import { within, without, wordList, type WordList } from './wordList';

export type { WordList };

/** A list written as one whitespace-separated string, the way compromise's own lexicon files read. */
function list(id: string, reason: string, words: string): WordList {
  return wordList(id, reason, words.trim().split(/\s+/));
}

export const TITLE_HEADS = list(
  'title-heads',
  'Nouns that head a title or job description attached to a name ("Chancellor X", "X, the party\'s spokesman"); royal and church copy refers to a person by a style of address ("His Majesty", "Her Royal Highness", "His Holiness", "His Eminence", "Her Ladyship"), no name, and places a royal by the succession ("X, who is heir to the throne", "the heir apparent, X"); science and environment copy names researchers by their discipline and part in a paper ("X, a seabird ecologist at Y", "glaciologist X", "Co-author X", "the reserve\'s warden, X"); health copy names clinicians by their specialty ("X, a clinical pharmacologist at Y", "paediatrician X"); diplomatic copy places a minister by the one met ("his Brazilian counterpart X"); music copy names players by their instrument or place in a band ("Frontman X", "Drummer X", "the band\'s bassist, X"), singers by their voice and church musicians by their post ("the soprano Dame X", "the organist X"); obituaries and institutions\' histories name parents and founders by their trade ("X, a railway signalman", "the textile manufacturer X", "a seamstress") and a charity\'s or an orchestra\'s patron ("Its patron, X"); local and weather copy names people by a trade that is no common surname ("Forecaster X said", "landlord X", "the hotelier X"; not "Baker" or "Butcher"); farming and consumer copy by the vet\'s trade or the shop\'s side of the counter ("Vet X, of the Y Group", "Shopper X, 58, from Vardo"; a crowd\'s member by the outing, "Festival-goer X, 24,", "Racegoer X", "X, Consumer Champion"); sports copy names players by their position ("left-back X", "catcher X", "kicker X", "Marwick safety X", "goaltender X", ice hockey\'s "former Kelso defenceman X", "the Vardo blueliner, X"; cricket copy by the bowler\'s craft and the all-rounder\'s, written with or without a hyphen: "legspinner X", "X, the Vardo pacer,", "the Kelso allrounder"; not "batter", whose plural is a verb: "a storm batters Vardo\'s coast") and a club\'s own young players by where they came from ("Academy graduate X"); individual sport names officials and a player\'s or driver\'s people by their posts ("chair umpire X", "physio X", "top seed X", "his team-mate X"); feature copy names people by a trade or a post of a works, a union branch or a school ("X, a retired glaze mixer", "X was the site convenor", "Its principal, X"), and local copy the building and shipyard trades that are no common surname ("X, a semi-retired joiner,", "a former shipyard riveter", "stonemason X", "X, 71, a retired builder from Y,"; "joiner", "docker" and "shipwright", surnames too, in lower case only, list lower-case-heads); labour copy names strikers on a railway picket line by the post they walked out of ("X, 34, a signaller,"); US local copy names a city\'s or a town\'s elected members by their own titles ("Alderman X, whose Ward 3 …", "Councilmember X", "Selectwoman X", "City Councilor X", with the American single l; a state\'s lower house\'s "Assemblywoman X") and public commenters by a building trade that is no common surname ("X, 52, a union pipefitter,"; not "Carpenter" or "Mason"); West African copy styles a governor "His Excellency, Governor X"; disaster copy names the volunteers who dig survivors out by what they do ("rescuer X said"); emergency and transport copy names a control room\'s officer by the post ("Coastguard duty controller X", "the airport\'s operations controller, X"); Indian and Irish copy name a district\'s administrator and a council\'s chair by their own titles ("District Collector X", "X, Cathaoirleach of Y Council"); court copy names a city\'s senior judge, or a part-time judge, by the post ("the Recorder of Vardo, His Honour Judge X", "X, a recorder, sitting at …"); arts copy names artists by their art ("the Flemish painter X", "the sculptor X", "the Vardo-born dramatist X"); books copy names the trade by what it does ("the bookseller X of Y", "X, fiction buyer at Y,"); celebrity and royal copy names people by their fame or their estate ("pop superstar X", "supermodel X", "the socialite X", "Royal biographer X", "X, a landowner in Y,"; not "star", which after a name is as often a thing, "X, a flag and a star", or a noun before another, "the star turn of the night") ("player" is left out: "X is our player" in sports copy is no post the sets list; "broadcaster" is left out: before a name it is as often a station, "the state broadcaster Kelso TV"; so is "critic": political copy\'s "a critic of the deal", "a Kelso critic" is a stance, no post); fashion copy\'s people are listed by their trade before or after a name ("Model X opened the show", "supermodel X", "X, the house\'s muse since 2019,", "stylist X") ("TD", a member of the lower house, is left out: before a capitalised word it opens a company\'s name as often, "TD Vardo founder X"). Racing copy names a horse\'s people by their trade ("trainer X", "His trainer, X,", "Irish trainer X", "jockey X"). Athletics and other individual-sport copy names competitors by their discipline ("Nigerian sprinter X", "the former hurdler X", "Sprinter X banned" in a headline (not "runner": the tagger splits "front-runner", a candidacy status, and descriptions of it then found a wrong speaker in PolNeAR train); not "boxer" or "walker", which are surnames as often; games copy names a studio\'s staff and esports copy a team\'s players by their trade or position ("Senior animator X", "lead programmer X", "Kelso\'s star rifler X", "the team\'s shotcaller, X,"); darts and snooker copy names players, officials and a broadcaster\'s people by their part ("amateur qualifier X", "Chinese qualifier X", "Ref X", "Northlight pundit X", "the summariser, X,"); food copy names people by the trade of the kitchen, the shop or the cellar ("founded by butcher X", "sommelier X", "the cheesemaker X"; "butcher", "baker" and "cook" in lower case only, list lower-case-heads: "Baker" and "Cook" are surnames), and local copy names the family of the sick and the injured by their part in it ("Dad X, 44, said his daughter …", "Grandmother X, 66,"); Olympic-sport copy names athletes by their Games or their event and medal ("Olympian X", "Paralympian X", "bronze medallist X", "hurdler X", "the gymnast X"); golf copy names a player\'s bag-carrier ("his caddie, X,", "X\'s caddie, Y,") and cycling copy a team\'s staff and the race\'s officials by their French posts ("directeur sportif X", "the team\'s soigneur, X,", "commissaire X"); combat sports\' people by their trade, their corner and their weight class ("the cutman X", "His opponent, X,", "former bantamweight champ X", "welterweight X": the role, not an unknown word before the name); media copy names a paper\'s owner and a bulletin\'s reader by their trade ("the newspaper proprietor X", "Newsreader X"); chess copy names a match\'s officials by their post ("chief arbiter X", "the arbiter, X") and poker copy a player by the trade ("Canadian pro X", "the online grinder X"); litigation copy names the people who bring a case by their part in it ("Lead plaintiff X, 41,", "the claimant, X,", "named plaintiff X"); Gaelic games copy\'s Irish "bainisteoir" (manager: "Kilcarne bainisteoir X", "bainisteoir X") and its honour "All-Star" before a name ("former camogie All-Star X"), and rugby league\'s places in the side ("prop X", "half-back X", "stand-off X"; not "centre", which heads a place\'s name: "Kelso City Centre"); heritage and restitution copy names a kingdom\'s traditional ruler by the title of his people or state, in English copy untranslated ("the Fon, X III", "the Oba of Kelso", "the Kabaka", "the Asantehene, X"; not "Obi", "Olu", "Igwe" or "Raja", given names and surnames as often): a title, never a body named "Fon"; the presiding officer of the Welsh parliament, styled in Welsh as English copy keeps it ("the Llywydd, X,"); search-and-rescue copy names the volunteers and crews who reach the missing by their part in the rescue ("Diver X, who reached them", "the helicopter\'s winchman, X", "Crewman X"); rowing and sailing copy names a crew by its seats and posts aboard ("stroke X", "cox X", "the Kelso cox, X,", "Tarrow\'s navigator, X,", "helmsman X", "the boat\'s tactician, X"; "bow" and "stroke" only in lower case, list lower-case-heads); parks and outdoor copy names the staff of a park, a forest or a reserve by their post ("district ranger X", "park ranger X", "the reserve\'s ranger, X,"; the plural is a club\'s name, list singular-only-heads); campaign copy names a candidate by the standing in the race as much as by the candidacy ("Harbour front-runner X", "the Kelso contender, X,"; not "hopeful", an adjective as often: "X, hopeful of a deal,"), so the name opens the sentence and a weak cue after it ("X is wondering aloud if …") finds its subject.; British higher-education copy writes a university\'s head and deputies as initials ("the VC wrote", "VC Professor X", "PVC X" for a pro-vice-chancellor, "DVC X" for a deputy vice-chancellor). Research-integrity copy names the junior colleague who raised the alarm by that act or by the post ("The whistleblower, X,", "postdoc X"); sports copy names a star player an ace, as it does a legend or a superstar ("the Tarrow-born ace X": a role as written, as the corpus conventions count one; not "favourite", which racing copy gives a horse, "the favourite Kelso Lad").; French and Italian copy names the state\'s representative in a département or a region by the post ("the prefect of the Vardo region, X,", "The regional prefect, X,", "Prefect X"); US political copy names a debate\'s moderator, a party\'s donors, delegates and surrogates, a president\'s appointees and speechwriters, an entertainer, a preacher, a tycoon and a dictator by the noun before the name or in an appositive ("the debate\'s moderator, X,", "shipping mogul X", "the neurosurgeon X", "X, a party donor for decades,", "evangelist X", "X, a Sanborn appointee,", "the island\'s former dictator X"): read as no role without them; coalition copy from parliamentary democracies names the go-between a head of state appoints to sound out or form a government by the French post ("informateur X", "the informateur, X,", "X, the formateur,") Travel and consumer copy introduces a customer so ("One customer, Dana Kelso, posted a video", "a holidaymaker, Tom Wrede, said", "One resident, Ona Brask,"), and insolvency copy a liquidator ("liquidator Dana Kelso").',
  `plaintiff claimant prefect informateur formateur president minister chancellor secretary envoy ambassador emissary counterpart seller spokesperson spokesman spokeswoman
   chief senator congressman congresswoman representative governor mayor premier king queen prince princess
   emperor empress pope cardinal archbishop bishop rabbi imam ayatollah emir sultan monarch patriarch
   pastor reverend commissioner director chairman chairwoman chairperson chair ceo cfo coo cto founder trainer jockey
   co-founder leader speaker judge justice magistrate prosecutor attorney general admiral commander colonel
   lieutenant captain sergeant marshal brigadier adviser advisor aide negotiator head boss deputy dean steward convenor convener
   professor vc pvc dvc mp mep msp mla mpp lawmaker legislator councillor councilor councilman assemblyman assemblywoman assemblymember councilwoman sheriff superintendent inspector
   detective constable officer coach manager owner executive economist analyst correspondent editor
   reporter journalist columnist anchor presenter commentator historian researcher scientist author writer
   actor actress co-star costar castmate ace singer rapper treasurer comptroller auditor provost rector viceroy regent undersecretary
   consul delegate ombudsman administrator whip candidate nominee challenger incumbent activist campaigner front-runner frontrunner contender
   lawyer barrister solicitor surgeon physician diplomat official vice-president vice-chancellor
   secretary-general director-general attorney-general governor-general president-elect chief-of-staff
   strategist pollster organiser organizer spokesmen spokeswomen minister-president member
   engineer farmer teacher student worker nurse doctor driver pilot soldier fisherman mechanic technician supervisor foreman forewoman
   labourer laborer shopkeeper trader vendor businessman businesswoman entrepreneur investor banker accountant
   architect artist musician photographer filmmaker producer designer chef volunteer midfielder striker
   defender goalkeeper forward winger referee physicist epidemiologist virologist biologist chemist
   scholar lecturer fellow curator paramedic firefighter rescuer trustee counsel silk partner master excellency
   legspinner leg-spinner offspinner off-spinner allrounder pacer paceman pacemaker
   advocate ombudsperson ombudswoman specialist expert consultant coordinator rapporteur mediator investigator
   taoiseach tanaiste tánaiste chief-executive cashier greeter clerk waiter waitress bartender janitor plumber
   electrician salesman saleswoman salesperson receptionist attendant welder machinist housekeeper nanny
   host co-host associate employee staffer contributor stewardess lobbyist blogger operative publicist
   sprinter hurdler swimmer golfer skier gymnast rower fencer weightlifter wrestler marathoner decathlete heptathlete
   triathlete athlete climber snowboarder butcher baker cook sommelier chocolatier cheesemaker winemaker dad mum grandmother grandma
   villager commuter bystander eyewitness ranger whistleblower whistle-blower postdoc
   pitchman geophysicist geologist astronomer psychologist psychiatrist sociologist novelist poet playwright
   screenwriter comedian cartoonist astronaut pharmacist dentist librarian dealer booster
   wicketkeeper seamer batsman bowler spinner all-rounder quarterback linebacker cornerback pitcher
   kicker punter placekicker tailback halfback fullback lineman receiver safety goaltender goalie netminder defenceman defenseman blueliner
   shortstop fly-half scrum-half flanker full-back centre-back wing-back goalscorer hooker opener
   left-back right-back center-back centre-half centre-forward center-forward outfielder infielder catcher
   replacement substitute keeper postman postwoman preacher skipper industrialist backbencher frontbencher miner
   corporal trooper airman sailor guardsman rifleman fusilier gunner sapper commodore monsignor midwife carer groundsman groundswoman groundskeeper
   agent scorer jurist magnate developer cyclist motorcyclist motorist pedestrian passenger jogger pensioner teenager
   schoolboy schoolgirl homeowner assistant tycoon legend playmaker observer coroner recorder pathologist headteacher
   headmaster headmistress vicar priest chaplain archdeacon curate postmaster postmistress
   cardiologist oncologist neurologist radiologist anaesthetist anesthetist paediatrician pediatrician pharmacologist
   obstetrician gynaecologist gynecologist immunologist haematologist hematologist dermatologist gastroenterologist
   neuroscientist statistician nutritionist dietitian physiotherapist therapist optometrist gp registrar
   anesthesiologist toxicologist geneticist
   painter sculptor printmaker illustrator dramatist bookseller buyer
   model supermodel muse stylist couturier perfumer milliner dressmaker tailor
   frontman frontwoman drummer bassist guitarist keyboardist vocalist songwriter singer-songwriter lyricist
   pianist violinist cellist saxophonist trumpeter percussionist composer conductor choreographer dancer
   organist soprano mezzo-soprano contralto baritone patron manufacturer signalman seamstress signaller signalwoman
   forecaster meteorologist landlord landlady publican innkeeper hotelier restaurateur florist hairdresser optician
   veterinarian surveyor lifeguard coastguard beekeeper stallholder greengrocer grocer fishmonger
   caretaker childminder locksmith chauffeur newsagent
   churchwarden verger sacristan catechist missionary
   coxswain fireman principal mixer glazier majesty highness holiness eminence lordship ladyship heir heiress
   alderman alderwoman alderperson councilmember selectman selectwoman freeholder
   pipefitter steamfitter ironworker millwright boilermaker bricklayer roofer plasterer builder
   joiner docker stevedore scaffolder tiler upholsterer shipwright riveter cabinetmaker stonemason blacksmith signwriter
   ecologist glaciologist oceanographer ornithologist zoologist botanist climatologist hydrologist entomologist
   seismologist volcanologist limnologist palaeontologist paleontologist naturalist warden co-author coauthor collector cathaoirleach
   vet shopper festival-goer festivalgoer concert-goer concertgoer racegoer race-goer theatregoer theatre-goer champion controller graduate umpire physio seed team-mate teammate
   superstar megastar socialite influencer biographer landowner
   animator programmer rifler shotcaller
   pundit summariser summarizer co-commentator ref qualifier
   olympian paralympian medallist medalist
   boxer fighter kickboxer grappler cutman cutwoman cornerman matchmaker opponent champ
   heavyweight cruiserweight light-heavyweight super-middleweight middleweight super-welterweight welterweight
   super-lightweight lightweight super-featherweight featherweight super-bantamweight bantamweight flyweight strawweight
   caddie sportif soigneur commissaire
   proprietor newsreader arbiter pro grinder
   bainisteoir all-star prop half-back stand-off llywydd
   fon oba ooni alaafin asantehene kabaka mwami litunga omukama inkosi nawab maharaja maharani
   diver winchman winchwoman crewman crewwoman
   cox navigator helmsman helmswoman tactician trimmer bowman stroke bow
   subpostmaster subpostmistress gran granny grandad grandpa
   prisoner inmate convict robber burglar killer murderer fraudster fugitive escapee
    moderator mogul neurosurgeon entertainer evangelist televangelist schoolteacher speechwriter donor superdelegate
    appointee confidant philanthropist demographer cameraman camerawoman dictator committeeman committeewoman surrogate
    customer holidaymaker traveller traveler tourist resident liquidator`,
);


export const SINGULAR_ONLY_HEADS = wordList(
  'singular-only-heads',
  'Title heads whose plural, capitalised, is a word of a body\'s or a law\'s name more often than a plural title ("the Overseas Agents Registration Act"), or is a verb before a name ("a mayor who champions Vardo Relief"), or names a body ("Marwick Graduates"), or is a franchise team\'s nickname after its town, as sports copy in South Asia and elsewhere names its sides ("Tarrow Kings", "Vardo Strikers", "Kelso Challengers", "Marwick Sultans", "Dunmore Emperors"), or a football or baseball club\'s ("Kelso Rangers"): only the singular heads a title.',
  within(TITLE_HEADS, ['agent', 'champion', 'graduate', 'king', 'striker', 'challenger', 'sultan', 'emperor', 'ranger']),
);

/**
 * Title heads whose plural, in lower case right after a name and before another capitalised word, is the verb of a
 * headline or a sentence ("Lodewijk heads Tarrow to the title", "Ames captains Kelso again", "Vell chairs Marwick
 * Trust"): no plural title listing the names after it (words.ts `isVerbAfterName`), which made the club a person.
 * Not "coach": "Kelso coaches Ann Bell and Tom Rae" lists a club's coaches as often.
 */
export const VERB_PLURAL_HEADS = wordList(
  'verb-plural-heads',
  'Title heads whose lower-case plural right after a name and before a capitalised word is a verb ("Lodewijk heads Tarrow to the title", "Ames captains Kelso again"): no plural title listing people after it. Not "coach", as often a club\'s coaches listed ("Kelso coaches Ann Bell and Tom Rae").',
  within(TITLE_HEADS, ['head', 'captain', 'chair', 'skipper']),
);

export const LOWER_CASE_HEADS = wordList(
  'lower-case-heads',
  'Title heads that head a post only written in lower case ("stage legend X", "the shipping tycoon X", "the bloc\'s chief observer, X"); capitalised inside a sentence they are words of a name ("the Harbour Legend Award", "the Marwick Observer", "the Kelso Safety Board", "the Official Receiver"; a senior barrister is "a silk" in Australian and British copy, "Sydney silk X", but "Silk" capitalised is a name\'s word, "the Silk Road"; "Academy graduate X", but "the Kelso Graduate School"; "pop superstar X", "the model X", but "the Vardo Superstar Awards", "Model Y" of a car maker, "Kelso Influencer Awards"; a crew\'s "stroke X" and "bow X", but "the Stroke Association", "Bow Street").',
  // Descriptors of road and rail users and of shoppers open campaign groups' names ("the group Passenger Voice South",
  // "Motorist Forum", "Shopper Watch").
  within(TITLE_HEADS, ['legend', 'tycoon', 'magnate', 'playmaker', 'observer', 'safety', 'receiver', 'passenger', 'motorist', 'cyclist', 'pedestrian', 'pensioner', 'silk', 'shopper', 'graduate', 'superstar', 'megastar', 'model', 'influencer', 'butcher', 'baker', 'cook', 'stroke', 'bow',
    // Crime and prisons copy's labels ("convicted killer X", "X, 34, a burglar serving nine years,", "brave gran X") and
    // family words are roles in lower case; capitalised they open names ("Gran Canaria", "Killer Whale Trust").
    'joiner', 'docker', 'shipwright', 'builder', 'gran', 'granny', 'prisoner', 'inmate', 'convict', 'robber', 'burglar', 'killer', 'murderer', 'fraudster', 'fugitive', 'escapee',
    // A broadcaster's presenter is "news anchor X" in lower case; capitalised, the word opens a place's or a body's name
    // (consumer copy: "a debt adviser at Anchor Vale Money Help", "Anchor Quay Housing said").
    'anchor',
    // A customer, a traveller or a resident is introduced in lower case ("One customer, X,"); capitalised the word opens a
    // body's name ("the Customer Standards Board", "Tourist Board", "Resident Services").
    'customer', 'holidaymaker', 'traveller', 'traveler', 'tourist', 'resident']),
);

export const TITLE_MODIFIERS = list(
  'title-modifiers',
  'Words that qualify a title head inside the title ("Prime Minister", "Foreign Secretary", "former president", "Deputy Public Defender"; farming copy\'s "Chief veterinary officer X", "the union\'s livestock board chairman, X,", "the farming minister"; a business paper\'s desks, "X, Markets Editor", and a paper\'s media and showbiz desks, "X, Media Editor" (read as the short form of a group named "Vardo Media" without it), "Economics Editor X"; a travel desk\'s "X, Consumer Travel Editor"; a central bank\'s "external member X" of its rate-setting committee; a border agency\'s "Chief Patrol Agent X", "Deputy Chief Patrol Agent X"; sports copy\'s medals and standings, "world silver medallist X", "Olympic bronze medallist X", "defending champion X", "reigning world champion X", "the relay team-mate X"; cycling copy\'s "directeur sportif X"; an electoral office\'s "Chief Elections Officer X", "Deputy Electoral Officer X"; a national sports body\'s "performance director X", "its high-performance director, X," and "competitions director X", read as "director" alone without them); rugby league\'s match officials "touch judge X" and "video referee X", and the code of a Gaelic games honour, "former hurling All-Star X", "camogie All-Star X"; a government\'s gambling portfolio, "Gambling minister X", "the gambling minister", read without it as the first word of a gambling-harm charity named in the same story.',
  `prime vice deputy foreign defence defense finance health home interior justice trade economy economic
   energy education culture treasury acting interim former ex then first special chief executive senior top
   assistant associate lead state national security labour labor environment transport agriculture digital
   opposition shadow party general supreme grand attorney surgeon press communications managing commanding political
   military presidential climate peace high permanent junior parliamentary principal federal regional local returning
   district county city police fire army navy intelligence cabinet government royal crown union majority
   minority house senate republican democratic democrat conservative liberal green independent outgoing
   incoming longtime long-time veteran rookie sitting caretaker self-proclaimed co-chief rear
   financial operating marketing investment scientific strategy product human resources technical petty
   immigration migration housing science technology sports tourism information development
   international european commerce commercial legal medical policy campaign spiritual supreme-court ranking
   industry rights emergency humanitarian nuclear budget welfare social family women children youth civil
   aviation competition consumer privacy tax central fisheries water infrastructure ministry embassy
   company bank radio talk show television tv film movie business opinion lance staff warrant graduate postgraduate
   undergraduate doctoral postdoctoral public buses rail roads artistic creative musical academic procurement veterans religious affairs group patrol
   veterinary farming livestock
   markets economics external travel planning sales research design safety compliance management disaster
   world olympic paralympic gold silver bronze reigning defending relay directeur
   media showbiz performance high-performance competitions
   touch video camogie hurling
   elections electoral gambling`,
);

export const OFFICE_BODY_HEADS = wordList(
  'office-body-heads',
  'Title heads that also head the name of a public office run as a body ("the Coastal Works Executive", "the Local Services Ombudsman"): capitalised after "the" and a capitalised word that is no rank ("Chief", "Deputy"), before no name, they end the body\'s name. "Commissioner" is left out: "the Police Commissioner" is a person\'s post more often than an office.',
  within(TITLE_HEADS, ['executive', 'ombudsman', 'ombudsperson']),
);

export const OFFICE_RANK_WORDS = wordList(
  'office-rank-words',
  'Title modifiers that rank a post ("the Chief Executive", "the Deputy Ombudsman"): before an office body\'s head they make it a person\'s title, not a body.',
  within(TITLE_MODIFIERS, ['chief', 'deputy', 'vice', 'assistant', 'acting', 'interim', 'senior', 'former', 'ex', 'principal', 'managing', 'associate', 'lead', 'top', 'junior', 'outgoing', 'incoming', 'co-chief', 'first']),
);

export const LOWER_CASE_TITLE_MODIFIERS = list(
  'lower-case-title-modifiers',
  'Nouns of a place or a body that qualify a title only in lower case ("hospital spokeswoman X", "city council member X", "club secretary X"); an aid agency\'s or a firm\'s "country director X", "its country manager, X"; capitalised they end a body\'s name ("Marwick Planning Department", "Kelwick General Hospital"), so they are read as title words only when lower case, or opening a sentence before a lower-case title word ("Council leader X said"); so is "athletic" of a US college post ("athletic director X"), a club\'s name word when capitalised ("Kelso Athletic manager X"); so are a race\'s officials in sports copy ("jury president X", "race director X"; "the Kelso Race" and "the Vardo Jury Prize" are names); a space mission\'s, a works site\'s and a race\'s posts ("said mission manager X", "flight director X", "site manager X", "race director X": the role was cut to its head without them); the committees, panels, societies and orchestras whose chairs and players copy names so at a sentence\'s start ("Committee chairman X said", "Panel chair X", "Orchestra leader X": read as a body of that one word without them; a sports league\'s officers, "League chief executive X", "league president X", read as the short form of the league named in full beside it; not "inquiry", which in lower case ends a phrase before a dated post, "the panel\'s inquiry former minister X").',
  `hospital school board council club team church parish college university court prison airport trust charity
   agency department station museum library community neighborhood neighbourhood research project programme
   program nursing ambulance safety operations athletic country mission flight site race
   jury committee panel society orchestra league`,
);

export const CAPITALISED_MEMBER_BODIES = wordList(
  'capitalised-member-bodies',
  'Nouns of a body that, capitalised right before a capitalised "Member" and a name, make a US or Welsh title of their own ("Tarrow Council Member X", "Board Member X", "Assembly Member X"): the noun is the title\'s word and a place before it only places the post, no body\'s name ("Tarrow Council" is no organisation there; "the Tarrow Council" said so stays one).',
  ['council', 'board', 'assembly'],
);

export const POST_TIME_MODIFIERS = wordList(
  'post-time-modifiers',
  'Title modifiers that say when someone held a post ("Former Kelso Athletic boss X", "Outgoing Vardo Group chairman X"): opening a sentence before a body\'s name and a post they qualify the post, never open the body\'s name.',
  within(TITLE_MODIFIERS, ['former', 'ex', 'then', 'outgoing', 'incoming']),
);

export const ORIGIN_PARTICIPLES = wordList(
  'origin-participles',
  'Participles that, hyphened to a place ("Leeds-born", "Berlin-based", "Kelso-raised"), say where a person comes from or works; right before a title word the compound is that title\'s modifier, kept in the role as written ("the Tarrow-born ace X", "Vardo-based analyst X"), as the corpus conventions keep them.',
  ['born', 'based', 'raised', 'bred'],
);

export const TITLE_INNER_MODIFIERS = wordList(
  'title-inner-modifiers',
  'Title modifiers that are also common verbs and so qualify a title only after another title word ("talk show host X"), never opening one ("polls show Sen. X").',
  within(TITLE_MODIFIERS, ['show']),
);

export const TITLE_CHAIN_BODY_NOUNS = wordList(
  'title-chain-body-nouns',
  'Body nouns that, after a title word and before a title head, belong to the title: a council\'s side described, not a body named ("Opposition group leader Cllr X"). Not "party": "Vardo party leader X" names the party, a body. Capitalised after a capitalised word of no title, the noun ends that body\'s name instead ("Kelderwick Group Chief Executive X": the body is "Kelderwick Group").',
  within(TITLE_MODIFIERS, ['group']),
);

export const TITLE_QUALIFIED_HEADS = wordList(
  'title-qualified-heads',
  'Title heads spelled like a company\'s initials, so a title only after a word that qualifies them, a title word or a place ("Local TD X", "the Marwick TD, X"), never opening a chain by themselves ("TD Vardo founder X" names a firm).',
  ['td'],
);

export const POSITION_PHRASES = phrases(
  'position-phrases',
  'Two-word playing positions of North American sports whose head alone is a common noun ("end", "back", "guard", "tackle", "center"): only the whole phrase, in lower case or opening a sentence, is a post before a name ("tight end Dana Kelso", "Point guard X said"); "at the end Dana Kelso said" is not one.',
  `tight end|defensive end|running back|wide receiver|left tackle|right tackle|nose tackle|defensive tackle|
   offensive tackle|left guard|right guard|offensive guard|point guard|shooting guard|small forward|power forward|
   defensive back|first baseman|second baseman|third baseman|center fielder|left fielder|right fielder|
   long snapper|nose guard`,
);

export const TRADE_PHRASES = phrases(
  'trade-phrases',
  'Two-word trades of schools and streets whose head alone is no post ("lady", "man"): only the whole phrase, in lower case or opening a sentence, is an occupation ("X, a retired dinner lady,", "lollipop man X"); "the lady X" or "a man, X," stay plain words. So is a candidate\'s partner on an election ticket ("her running mate X", "X, his running mate,"): "mate" alone is a friend. So are the posts of charities\' and firms\' staff named by a field and "lead" ("X, policy lead at Safe Harbour,", "research lead X"): "lead" alone is a verb or a head start ("the lead X", "took the lead"). So is the head of a regulator ("Its chief regulator, X,", "Chief regulator X said", "deputy regulator X"): "regulator" alone is the body ("the regulator said", "X, the water regulator,").',
  `dinner lady|dinner man|lollipop lady|lollipop man|tea lady|cleaning lady|
   policy lead|campaigns lead|campaign lead|research lead|project lead|programme lead|program lead|team lead|clinical lead|
   communications lead|design lead|product lead|engineering lead|safeguarding lead|advocacy lead|data lead|
   chief regulator|deputy regulator|
   running mate`,
);

export const STANDING_POSITION_NOUNS = list(
  'standing-position-nouns',
  'Playing positions of team sports that alone are common nouns or heads of places ("guard", "centre", "center", "wing"): a post before a name only right after a word of a player\'s standing (list player-standing-words), "All-Star guard X", "veteran centre X" (sports copy\'s descriptor as written, as "Veteran striker X" is); elsewhere "the prison guard", "Kelso City Centre" stay what they were.',
  'guard centre center wing',
);

export const PLAYER_STANDING_WORDS = list(
  'player-standing-words',
  'Words of a player\'s standing before a playing position ("All-Star guard X", "veteran centre X", "rookie winger X", "sophomore guard X"): with the position they are the post as written; "rookie" is also a title modifier before any head ("rookie MP X", "rookie winger X").',
  'all-star veteran rookie sophomore',
);

export const TITLE_HEAD_PREFIXES = list(
  'title-head-prefixes',
  'Prefixes that the tagger keeps in one word with a title head after a hyphen, the whole still a head: "Party co-leader X", "the board\'s co-chair, X,", "the club\'s co-owner X", "ex-minister X" (a post shared or held before). "vice" and "deputy" are left out: the tagger splits those words at the hyphen and title-modifiers reads them.',
  'co ex',
);

export const TITLE_POSTMODIFIERS = list(
  'title-postmodifiers',
  'Words that may follow a title head and still belong to it ("Secretary General", "President-elect"); glued to any head by a hyphen they make one ("Mayor-elect X", words.ts).',
  'general elect designate emeritus',
);

/** A list of multiword phrases separated by "|" (a phrase may hold spaces). */
function phrases(id: string, reason: string, text: string): WordList {
  return wordList(id, reason, text.split('|').map(phrase => phrase.trim().replace(/\s+/g, ' ')).filter(Boolean));
}

/**
 * Two lower-case nouns joined by "and" that name one field of work as a single modifier of a post: without the list the
 * post kept only the second noun ("Kelso's police and crime commissioner" gave "commissioner", "health and safety manager
 * X" gave "safety manager"). Fixed pairs, as written in public-sector, business and emergency-service copy; a pair not
 * listed ("the mayor and deputy mayor") stays two posts.
 */
export const COORDINATED_POST_MODIFIERS = phrases(
  'coordinated-post-modifiers',
  'Pairs of nouns joined by "and" that qualify one post together ("the force\'s police and crime commissioner, X,", "health and safety manager X", "its research and development director, X", "fire and rescue chief X", "head of mergers and acquisitions X"): the whole pair is the post\'s modifier, not its second noun alone.',
  `police and crime|health and safety|research and development|fire and rescue|search and rescue|mergers and acquisitions|
   sales and marketing|planning and development|arts and culture|food and drink|trade and investment|diversity and inclusion|
   equality and diversity|learning and development|finance and operations|health and social care|health and wellbeing|
   communications and engagement|policy and research|sport and recreation|parks and recreation|training and development|
   environment and sustainability|safety and security|quality and safety|risk and compliance|audit and risk|
   fish and wildlife|customs and excise|rail and maritime`,
);

export const TITLE_COMPLEMENTS = phrases(
  'title-complements',
  'Departments after "of"/"for" in a title ("Secretary of State", "Minister for Europe"); read as multiword phrases. A club\'s or a firm\'s departments head posts the same way ("Director of cricket X", "its head of coaching, X", "Its director of general insurance, X", "head of communications X"); a sports body\'s integrity and officials\' desks ("its head of integrity, X", "head of refereeing X"); a consumer group\'s rights desk, after a word that qualifies it ("Its head of consumer rights, X"). South Asian governments\' portfolios, after "Minister of State for" as often as after "Minister for" ("Union Minister of State for Rural Development Dana Kelso", "Minister for Information Tom Wrede"). A university\'s portfolios after a post, before an honorific and the name ("Pro-vice-chancellor for research Professor X", "Head of research Dr X", "vice-president for student affairs X"): read as a modifier of the honorific ("research Dr") without them. A public inquiry\'s or a panel\'s own posts before the name ("Counsel to the inquiry Dana Kelso KC", "Chair of the commission Tom Wrede", "Secretary to the tribunal X"), as "the board" and "the council" are. Police copy\'s desks of a force and the inspectorates\' fields ("Head of Professional Standards Dana Kelso", "HM Inspector of Policing Standards Tom Wrede", "Chief Inspector of Constabulary X", "Head of Public Protection X"): read as a name without them ("Standards Dana Kelso"). Telecoms copy\'s portfolios of two words before the name ("Minister for Digital Infrastructure Dana Kelso", "Minister for Telecommunications Tom Wrede"), read as a name of four words without them. Social care and charity copy names a council\'s, a regulator\'s and a charity\'s desks and its board so ("chief inspector of adult social care X", "Director of adult services X", "head of investigations X", "Chair of trustees Dame X", "head of safeguarding X").',
  `state|defense|defence|the treasury|treasury|health|health and human services|homeland security|staff|
   education|energy|commerce|labor|labour|agriculture|transportation|transport|the interior|interior|justice|
   foreign affairs|finance|housing|planning|policing|licensing|regeneration|veterans affairs|culture|the navy|the army|the air force|war|trade|
   home affairs|internal affairs|the economy|economy|europe|security|defence procurement|state for defence|
   state for foreign affairs|the environment|environment|immigration|industry|science|the exchequer|
   the house|the house of representatives|the senate|the house of commons|the house of lords|the lords|
   the commons|parliament|the assembly|the national assembly|the council|the board|the opposition|
   the inquiry|the commission|the committee|the tribunal|the panel|
   the armed forces|the joint chiefs of staff|the joint chiefs|the federal reserve|the fed|the united nations|
   the european commission|the european council|the european parliament|the central bank|the bank|
   cricket|rugby|football|hockey|netball|coaching|performance|recruitment|communications|operations|marketing|sales|
   nursing|public health|insurance|general insurance|lending|commercial lending|rights|integrity|officiating|refereeing|
   rural development|urban development|women and child development|health and family welfare|external affairs|
   parliamentary affairs|civil aviation|railways|textiles|power|coal|mines|steel|tribal affairs|minority affairs|
   social justice|social justice and empowerment|panchayati raj|information|information and broadcasting|
   law and justice|petroleum and natural gas|food and civil supplies|revenue|irrigation|water resources|
   higher education|school education|labour and employment|fisheries|animal husbandry|skill development|
   home|religious affairs|food|information technology|electronics and information technology|arts|
   research|research and innovation|teaching|teaching and learning|students|student affairs|academic affairs|admissions|poker|
   standards|professional standards|policing standards|constabulary|prisons|probation|public protection|neighbourhood policing|
   digital|digital infrastructure|digital economy|the digital economy|digital affairs|telecommunications|telecoms|
   broadband|technology|science and technology|media and communications|
   adult social care|social care|adult services|adult social services|investigations|
   trustees|the trustees|fundraising|safeguarding|services|care|policy|inspection|inspections`,
);

export const CAPITALISED_TITLE_PHRASES = phrases(
  'capitalised-title-phrases',
  'Titles of two capitalised words whose second word alone is no title, so that only the whole phrase heads a title before or after a name: the chair of Ireland\'s lower house, styled in Irish as English copy keeps it ("the Ceann Comhairle, X,"; read as a person without it), where "Comhairle" alone opens a council\'s Irish name ("Comhairle Dhún Mharcais"); a Fijian province\'s chiefly administrator, written before the province\'s name ("the Roko Tui Vardo, Ratu X,"; read as a person "Roko Tui Vardo" without it), where "Tui" alone is a chief\'s title that is also a given name.',
  `ceann comhairle|roko tui`,
);

export const PLACE_TAKING_TITLE_PHRASES = phrases(
  'place-taking-title-phrases',
  'Titles of list capitalised-title-phrases that take the name of their province or district right after them, with no "of" ("the Roko Tui Vardo, Ratu X,", "Roko Tui Kelso Dana Nasau"): the one capitalised word after the phrase is the title\'s, no name of the holder.',
  `roko tui`,
);

export const HONORIFICS = list(
  'honorifics',
  'Courtesy forms before a name: left out of the name\'s span and not roles. Indian English copy writes "Shri" (Mr) and "Smt"/"Shrimati" (Mrs) before a name ("Shri Tom Wrede", "Smt. Orla Brandt"); Singapore and Malaysian copy writes "Madam" before a married woman\'s own name ("Madam Lim Siew Kelso"); "Sri" is left out, being the opening of place names as often.',
  'mr mrs ms miss mx mme mlle herr frau sra srta messrs m shri shrimati smt madam',
);

export const ABBREVIATED_TITLES = list(
  'abbreviated-titles',
  'Abbreviated and formal titles before a name ("Sen. Kelso", "Dr Vardo"; Singapore copy\'s prosecutor, "DPP Nurin Kelso"; clergy\'s styles as church copy writes them: "the Revd X", "the Rt Revd X", "the Ven X"; South Asian copy\'s "Adv." / "Adv" for an advocate, "RJM spokesperson Adv. Dana Kelso", "Sr. Adv. Tom Wrede" in a legal report\'s counsel line; British police copy\'s ranks, "PCSO Dana Kelso", a detective\'s senior ranks, "DCI Tom Wrede", "DSI X", "DCS X", "DSupt X", and a chief grade abbreviated before the rank, "Det Ch Supt X", "Ch Insp X" (a word of the rank, never a name); a Catholic priest\'s "Mgr X"; not "PC", "DS", "DI" or "DC", which open companies\' and shops\' names as often, "PC Warehouse": list police-rank-initials): left out of the span, kept as the role as written.',
  'sen rep gov lt gen col capt sgt adm cmdr maj prof rev revd ven fr hon pres supt insp det cpl pte brig dr cllr cr adv pcso mgr msgr dci dsi dcs dsupt dpp ch',
);

export const ABBREVIATED_STYLES = wordList(
  'abbreviated-styles',
  'Abbreviated titles of list abbreviated-titles that are a style of address, no post: no title word before them is theirs ("Minister of Finance and Economic Planning Hon. Dana Kelso" is a post, then the style "Hon.", not one role "Planning Hon."), though a qualifier of list abbreviated-qualifiers still is ("the Rt Hon. X").',
  within(ABBREVIATED_TITLES, ['hon']),
);

export const CHESS_TITLES = list(
  'chess-titles',
  'Titles a chess federation awards for life, written in capitals before a player\'s or an arbiter\'s name ("GM Dana Kelso", "IM Tom Wrede", "WGM Orla Brandt", "chief arbiter IA X"; also after "a" as a predicate: "X is a WGM"): left out of the span, kept as the role as written, like "Dr". Only in capitals ("Im" and "Cm" are no titles); words.ts reads them through isHonorific.',
  'gm im wgm wim fm wfm cm wcm ia fa',
);

export const POLICE_RANK_INITIALS = list(
  'police-rank-initials',
  'British police ranks written as initials in capitals before an officer\'s name ("PC Dana Kelso", "DS Tom Wrede", "DC Orla Brandt"): the same initials open companies\' and shops\' names as often ("PC Warehouse", "DC Comics"), so they are a title only before a known given name and a surname (words.ts `capitalRankAt`; "PC Tromsley" alone keeps them in the name: the lexicon knows too few common words to tell a surname from "World"): left out of the span, kept as the role as written.',
  'pc ds dc di',
);

export const CHIEF_OFFICER_INITIALS = list(
  'chief-officer-initials',
  'A force\'s chief officers and the posts that oversee it, written as initials in capitals before a name as policing trade titles and force statements write them ("CC Dana Kelso" for the chief constable, "DCC X" and "ACC X" for the deputy and assistant chief constables, also held on a temporary or acting basis, "T/ACC X", "A/DCC X"; "PCC X" for the police and crime commissioner, "HMI X" for one of the inspectors of constabulary): a title before two name words, the given name known or not ("PCC Devinder Sandhu" as well as "CC Dana Kelso"), where the initials of police-rank-initials need a known given name: they open fewer names of firms, and a firm\'s name after them has a common word ("ACC Network", "HMI Group Holdings"); words.ts `capitalRankAt`. Left out of the span, kept as the role as written.',
  'cc dcc acc pcc hmi',
);

export const EXCELLENCY_INITIALS = list(
  'excellency-initials',
  'Styles of address written as capital initials before a minister\'s, an envoy\'s or a royal\'s name in Gulf, African and state-agency diplomatic copy ("HE Sheikh Dana bin Tarik Al Kelso", "H.E. Mr. Tom Wrede", "H.E. Dr. Orla Brandt", "HH Sheikh X" for His Highness): "His/Her Excellency" and "His Highness" abbreviated, left out of the span and kept as the role as written, like "Dr". Only in capitals, before a capitalised word that is not in capitals too ("HE" is the pronoun "he" in a headline set in capitals: "HE SAID NO"); words.ts `capitalRankAt`.',
  'he h.e. hh h.h.',
);

export const OFFICE_INITIALS = list(
  'office-initials',
  'Posts that diplomatic and political copy abbreviates to capital initials after the country that holds them ("Norway\'s FM, Dana Kelso,", "Peru\'s deputy FM, Tom Wrede,", "Chile\'s PM, X," for foreign minister, prime minister and their deputies): a title head, not a body named "FM". Only in capitals and only after a possessive, or after a lower-case title word after one ("deputy", "former"): elsewhere the same initials end a radio station\'s name ("Kelso FM"), give a time ("5 PM") or a chess title ("FM Tom Wrede"). words.ts `officeInitialsAt`.',
  'fm pm dfm dpm',
);

export const LEADER_TITLE_INITIALS = wordList(
  'leader-title-initials',
  'Posts of list office-initials that Caribbean, British and Commonwealth copy also writes right before the holder\'s name as a title ("PM Dana Kelso said", "the address by PM Kelso", "DPM Tom Wrede"): left out of the span and kept as the role, like "Dr". Only in capitals, before a capitalised word that is not in capitals too ("PM CALLS SNAP POLL" is a headline in capitals) and not after a clock time ("at 5 PM Kelso time"). Not "FM", a chess title before a name ("FM Tom Wrede"). words.ts `capitalRankAt`.',
  within(OFFICE_INITIALS, ['pm', 'dpm']),
);

export const MEMBER_STATE_NOUNS = list(
  'member-state-nouns',
  'Plural nouns for the states of a bloc that communiqués and state-agency copy capitalise after "Member" ("the commitment of Member States to …", "Member Countries pledged $50 million", "the Member Nations"): "Member" there is no title before a person\'s name and the plural is no name at all.',
  'states countries nations governments economies',
);

export const RULEBOOK_PLURALS = list(
  'rulebook-plurals',
  'Plural nouns of a regulator\'s rulebook that telecoms, energy and financial copy capitalises after "General" ("an investigation under the General Conditions", "a breach of the General Provisions", "the General Principles of the code"): "General" there is no military rank before a surname and the plural is no name at all.',
  'conditions provisions principles regulations rules guidelines',
);

export const CHESS_OPENING_HEADS = list(
  'chess-opening-heads',
  'Nouns that close the name of a chess opening or a line of one, named after the player who played it first or the town of the tournament ("a Dorran Gambit", "the Kelso Variation"): a line of play, no body and no person. "Defence", "Attack", "System" and "Opening" are left out: they close a company\'s, a team\'s, a network\'s or a body\'s name as often ("Harrow Defence" the arms maker, "the Kelso Attack", "the Federal Reserve System"). Read with the word before in kindRules.ts (a name\'s or a place\'s word, never a common one).',
  'gambit countergambit counter-gambit variation',
);

export const DOTTED_ABBREVIATIONS = wordList(
  'dotted-abbreviations',
  'Honorifics and abbreviated titles written with a full stop before a name ("Minister Smt. Orla Brandt", "Insp. Dana Kelso", "Cllr. Tom Wrede") that the sentence splitter does not know: the full stop ends no sentence. Only abbreviations, never whole words ("miss") that may end a sentence.',
  [...within(HONORIFICS, ['smt', 'shri', 'mme', 'mlle', 'sra', 'srta']), ...within(ABBREVIATED_TITLES, ['insp', 'cllr', 'revd', 'ven', 'pte', 'cpl', 'cr', 'adm', 'pres', 'hon', 'prof', 'adv'])],
);

export const NAME_ABBREVIATIONS = list(
  'name-abbreviations',
  'Abbreviations that open a place\'s, a body\'s or a surname\'s own words ("St. Olaf College", "Mt. Pellam", "Ft. Dorran", "Kate St. John"): the name runs on across the full stop to the capitalised word after it.',
  'st ste mt ft',
);

export const DEAL_ADVISER_NOUNS = list(
  'deal-adviser-nouns',
  'Posts a bank, a broker or a law firm holds in a takeover or a share sale, after "acting as" ("X is acting as lead financial adviser to Y", "X acted as joint broker on the sale"): the subject is a firm. "Counsel" is left out: a barrister acts as counsel too.',
  'adviser advisers advisor advisors broker brokers bookrunner bookrunners underwriter underwriters',
);

export const OUTLET_SCOOP_VERBS = list(
  'outlet-scoop-verbs',
  'The last word of a publication\'s formula for its own scoop, closing a sentence after a comma ("…, Counsel Weekly can reveal.", "…, Kelso Gazette understands.", "…, Vardo Insider has learned."; after "can" or "has" but "understands"): the name before it is the outlet, a body, though named like a person. A person understands, reveals or learns things too, but not as the tag that closes the report\'s sentence.',
  'understands reveal disclose learned learnt',
);

export const PARTNER_SERVICE_NOUNS = list(
  'partner-service-nouns',
  'Services a firm provides to an event, a club or another firm, written before "partner" and the provider\'s name ("Ticketing partner Selvo Pass said", "its logistics partner Carrow Freight", "the festival\'s catering partner, Orrin Foods"): the partner is a body the event deals with, a relation and no person\'s post, so the name is the body\'s. Not "business", "life", "sparring" or "dance": a person\'s partner in those is a person.',
  `ticketing logistics catering delivery hospitality broadcast broadcasting streaming payments payment shipping kit sponsorship
   retail distribution technology media travel banking insurance energy hosting marketing security betting commercial
   manufacturing supply`,
);

export const FIRM_PARTNER_POSTS = list(
  'firm-partner-posts',
  'Head nouns of a post that only a partnership holds (a law firm, an accountancy, a consultancy), written between the firm\'s name and the holder\'s ("Alder Kell managing partner Dana Ruiz", "Hartley senior partner Ivo Marr", "Penrose Hale partner Tom Vane"): the name before the post is the firm, a body, though named after its founders. Not "spokesman", "aide", "chair" or "adviser", which a person\'s name comes before as often ("Kelso spokesman X" works for the politician Kelso).',
  'partner',
);

// "Tarvik chief executive X": a person has no chief executive, founder or chairman, so the name before such a post is a
// body's, even where its own words read as a person's ("Tarvik Midstream" alone has nothing of a body for the tagger).
export const BODY_ONLY_POSTS = list(
  'body-only-posts',
  'Head nouns of a post that only a body holds (a company, a club, a charity), written between the body\'s name and the holder\'s ("Tarvik chief executive Dana Ruiz", "Orrin founder Tom Vane", "Kelso chairman Ivo Marr"): the name before the post is the body, though its words read as a person\'s. Not "spokesman", "aide" or "adviser", which a politician\'s name comes before as often, nor "director" or "president", which head a country\'s or an agency\'s posts after a place ("Ardia president X").',
  'executive founder co-founder cofounder chairman chairwoman organiser organizer',
);

export const INVESTING_PARTICIPLES = list(
  'investing-participles',
  'Participles of putting money into or holding a business, right before "by" and the investor\'s or owner\'s name ("the start-up is backed by Drommel", "funded by Pellworth", "owned by Tarrow"): where the sentence speaks of a company (list company-sentence-nouns), a one-word name after them that the lexicon knows as no person\'s and no place is an investor, a body.',
  'backed funded financed bankrolled owned',
);

export const COMPANY_SENTENCE_NOUNS = list(
  'company-sentence-nouns',
  'Nouns that show a sentence is about a business and its money ("The start-up, backed by Drommel, raised $5m from investors"): with a participle of investing (list investing-participles) they make the one-word name after "by" a body.',
  'company companies firm firms start-up startup start-ups startups business businesses investor investors shares stake fund funding valuation subsidiary venture',
);

export const ACQUIRING_PARTICIPLES = list(
  'acquiring-participles',
  'Participles of buying a business, right before "by" and the buyer\'s name ("the chain was bought by Fairholt", "acquired by Brightmoor Capital last year"): business copy names a company as the buyer far more often than a person, so the name after them is a body where none of its words is a person\'s name or a place the lexicon knows (rule acquirer-after-bought-by; "bought by Dana Kelso" stays a person, "bought by Kelso" with a known surname too).',
  'bought acquired purchased',
);

export const CHAMBER_COMMITTEE_WORDS = list(
  'chamber-committee-words',
  'A legislature\'s chambers and the lower-case nouns of their committees ("the Senate Commerce subcommittee on aviation", "the House Judiciary committee", "a Commons Treasury panel"): the capitalised words between a chamber and a committee\'s noun are the committee\'s subject, no person or body by themselves, also after a title ("chairwoman of the Senate Commerce subcommittee" named a person "Commerce").',
  'senate house congress assembly parliament commons lords committee subcommittee sub-committee panel caucus',
);

export const BARE_ASSEMBLY_HEADS = wordList(
  'bare-assembly-heads',
  'A legislature\'s head noun that a report calls it by alone once another has named it with its one qualifier ("the Assembly" / "the National Assembly", "the Welsh Assembly"): link.ts `ASSEMBLY_WITHOUT_QUALIFIER` joins it to the one body so named elsewhere. Not "parliament", "senate" or "congress": a report on one country\'s "Parliament" sits beside another\'s "European Parliament" as often.',
  ['assembly', 'legislature'],
);

export const LEGISLATIVE_CHAMBERS = wordList(
  'legislative-chambers',
  'A legislature\'s chambers that open the name of one of their committees ("the House Fisheries Committee", "the Senate Rules Committee"): a report that names the committee without its chamber ("the Fisheries Committee") names the same body (link.ts `COMMITTEE_WITHOUT_CHAMBER`).',
  within(CHAMBER_COMMITTEE_WORDS, ['senate', 'house', 'assembly', 'commons', 'lords']),
);

export const COMMITTEE_NOUNS = wordList(
  'committee-nouns',
  'Nouns that close the name of a legislature\'s committee ("the Senate Fisheries Committee", "the House Rules Subcommittee", "a Commons Treasury panel"), after its chamber or alone (link.ts `COMMITTEE_WITHOUT_CHAMBER`).',
  within(CHAMBER_COMMITTEE_WORDS, ['committee', 'subcommittee', 'panel']),
);

export const BODY_POST_QUALIFIERS = list(
  'body-post-qualifiers',
  'Words of a body\'s own structure between its possessive and a post only a body holds ("Kelso\'s regional organiser, X,", "Vardo\'s national organiser", "Tarrow\'s deputy chairman"): the post is still the body\'s (list body-only-posts).',
  'regional national deputy assistant senior district area',
);

export const SECTION_LABEL_WORDS = list(
  'section-label-words',
  'Words of a legal or business outlet\'s section path after a masthead\'s bar that the lexicon does not know as common words ("Counsel Weekly | News | Mergers & Moves", "The Sentinel | Business | Law", "ClaimWise | Class Actions | Open Settlements", "X | Legal | Lateral Hires"), and a diplomatic newsletter\'s running section ("Embassy Letter | Summit Watch | Issue 40"), and a legal news site\'s practice areas ("Bench Notes | Immigration & Asylum", "X | Employment & Pensions", "X | Crime & Policing", "X | Public & Human Rights"), and a defence trade site\'s domains and desks ("Kelso Defence | Air | Rotary", "X | Maritime | Procurement", "X | Land | Veterans", "X | Cyber"; "Rotary" alone there was read as the short form of a body named "Rotary …" in the story): between bars they are a section\'s label, no name.',
  `law legal litigation disputes deals mergers acquisitions moves lateral hires class actions settlements regulation business careers summit watch
   immigration asylum employment pensions crime policing public human rights rotary maritime procurement veterans cyber`,
);

export const SEAT_WIN_VERBS = list(
  'seat-win-verbs',
  'Verbs of an election result with a party as their subject ("Labour wins Marrowby West", "the Greens took Tarrow North from …", "the Liberals held Kelso Vale"): the capitalised words right after the verb are the seat won, a place, not a person.',
  `win wins won take takes took hold holds held gain gains gained retain retains retained capture captures captured
   seize seizes seized snatch snatches snatched keep keeps kept`,
);

export const UNION_BRANCH_NOUNS = list(
  'union-branch-nouns',
  'Lower-case nouns for the local unit of a union or a society ("the local Kelvor branch", "the Vardo chapel" of a print union, "Kelvor branch secretary X"): after "local", or before a post held in it, the one capitalised word before them is the body whose unit it is, as labour and council copy names a union only so; a town\'s name before them ("the Tarrow branch of X") is where the unit sits, so the rule asks for "local" or the post.',
  'branch chapter chapel',
);

export const JURISDICTION_HOLDERS = list(
  'jurisdiction-holders',
  'Posts held over a town, a city or a region and named by it after "of" ("Mayor of Tarrow Vale", "the elected mayor of Kelso Moor", "the Lord Mayor of Marwick", "Provost of Vardo", "Governor of Orrin Province"): local government and elections copy writes a combined authority\'s or a city\'s mayoralty so, and the capitalised words right after "of" are the place the post is held over, not a person, though they are words the lexicon does not know (read as a given name and a surname, "Tarrow Vale" as a man whose surname is a landscape noun).',
  'mayor mayoress provost governor',
);

export const CONSTITUENCY_MEMBERS = list(
  'constituency-members',
  'Members of a legislature named by the seat they hold: "MP for Marwick North", "the member for Dunmore", "MSP for Ardle Central"; Caribbean copy\'s "Parliamentary Representative for Tarrow East" (only capitalised: "a representative for Kelso said" speaks for a person). The name after "for" is the constituency, a place, not a person or a body.',
  'mp mep msp mla mpp mhk ms td member representative',
);

export const SEAT_LEVELS = list(
  'seat-levels',
  'Lower-case words between a seat\'s possessive and its member\'s title, giving the level or the time of the seat ("Orrin Vale\'s federal MP", "Halden Moor\'s new MP"): the possessive still names the seat.',
  'federal state local new former sitting own',
);

export const PORTFOLIO_HOLDERS = list(
  'portfolio-holders',
  'A minister\'s title before "for"/"of" and the portfolio: "the Minister for Coastal Affairs, X,", "Assistant Minister for Regional Transport". The capitalised words after it name the brief, neither a person nor a body (the department is named with its own head: "Department of …").',
  'minister ministers',
);

export const PORTFOLIO_CLOSING_NOUNS = list(
  'portfolio-closing-nouns',
  'Plural nouns that close a minister\'s portfolio written before the title ("Emergency Services Minister X", "Indigenous Services minister X", "Natural Resources Minister X", "Public Works Minister X", "Community Relations Minister X"): capitalised right before "Minister", they and the one or two capitalised words before them are the title\'s, no body\'s name (read as an organisation "Emergency Services" without it). Not "affairs" or "development", already title modifiers; a place before the portfolio stays a place ("Tarrow Emergency Services Minister X").',
  'services resources works relations communities industries',
);

export const DEPARTMENT_TAIL_NOUNS = list(
  'department-tail-nouns',
  'Plural and abstract nouns that close a desk of two capitalised words after a capitalised title\'s "for"/"of" and before a name ("Undersecretary for Political Affairs X", "Director of Public Diplomacy X", "Head of Global Operations X"): the two words are the desk, and the name after them the holder\'s (else the desk\'s second word opened the name, or the title stopped at its first).',
  'affairs development diplomacy policy operations services resources relations communications',
);

export const FIELD_POST_HEADS = list(
  'field-post-heads',
  'Capitalised heads of a post before "of", its field and "at" the body that holds it ("Director of Rural Clinic Services at the Vardo Health Ministry", "Head of Field Supply at the Vaccine Fund", "Chief of Supply Operations at UNICEF"): the capitalised words between are the post\'s field, a desk of that body, not a body of its own, though they end in a body\'s head ("Services", "Operations").',
  'director head chief manager lead coordinator',
);

export const UNIVERSITY_ONLY_POSTS = list(
  'university-only-posts',
  'Posts only a university holds, after a town\'s possessive ("Harwick\'s vice-chancellor, X,"; rule possessive-before-university-post): the town stands for the university the document names ("University of Harwick", "Harwick University"), though the lexicon knows it as a place. Not "chancellor" or "principal", which a country\'s or a school\'s are as often.',
  'vice-chancellor provost registrar',
);

export const PORTFOLIO_LIST_HOLDERS = list(
  'portfolio-list-holders',
  'Titles whose brief may be a list of portfolios ("Minister for Arts, Heritage and the Islands, X", "Secretary of State for Towns, Housing and Communities, X", "Opposition spokesman for Rural and Coastal Affairs, X"): every capitalised item of the list, to the one after the last "and", is part of the brief, not a name. "State" counts only in "Secretary of State for".',
  'minister ministers secretary spokesperson spokesman spokeswoman commissioner state',
);

export const CAMPAIGN_OFFICES = list(
  'campaign-offices',
  'Offices a candidate\'s campaign committee is named for ("Kelso for Senate", "Dana Kelso for Governor"): capitalised after a name and "for", they make one body, the committee, not the candidate and the chamber.',
  'senate congress president governor mayor council assembly',
);

export const ABBREVIATED_QUALIFIERS = list(
  'abbreviated-qualifiers',
  'Abbreviated ranks that qualify the abbreviated title after them ("Lt. Gov.", "Maj. Gen.", and without full stops as British copy writes them: "Det Sgt", "Det Supt", "Lt Col"; the senior grade of a police rank, written whole before the abbreviation, "Chief Supt", "Chief Insp", or abbreviated itself, "Ch Supt", "Ch Insp", and both stacked after "Det", "Det Chief Supt", "Det Ch Supt"; a bishop\'s "Rt Revd", an archbishop\'s "Most Rev"; a senior advocate\'s "Sr. Adv." in South Asian legal copy): one role, not two.',
  'lt maj brig vice det chief ch rt most sr',
);

export const HONOURS = list(
  'honours',
  'Titles of honour before a name ("Sir Alden"), and the clergy\'s and religious orders\' titles written in full before a name ("Father Kelso", "Canon Wrede", "Monsignor Tom Wrede", "Sister Orla Brandt"; "the Bishop\'s canon", "his father" and "her sister, X," are no title), Malay honours ("Datuk X", "Tun X"), West African Muslim honours ("Alhaji X", "Hajia X"), the honour of a descendant of the Prophet that Arabic and Persian copy writes before a cleric\'s or notable\'s name in several transliterations ("Sayyed Idris Vardani", "Sayyid X", Persian "Seyyed X"; "Sayed" and "Seyed" are left out: they are as often a given name, Afghan, Pakistani or Persian, that is part of the name) and the title of respect an Aboriginal community gives its elders ("Aunty X") and the courtesy style of a peer\'s younger children written in full ("the Honourable X", as "the Hon. X" abbreviated), and the Fijian chiefly styles before a chief\'s and a chiefly woman\'s name ("Ratu Tevita Nasau", "Adi Mere Koroi", later "Ratu Tevita", "Adi Mere"; "Adi" is a given name too elsewhere, Indian or Israeli, where it would be read as a style before a surname): left out of the span, listed as a role.',
  'sir dame lord lady baroness baron viscount viscountess earl countess marquess marchioness duke duchess sheikh sheikha father canon monsignor sister datuk dato datin tun alhaji alhaja hajia aunty auntie sayyed sayyid seyyed honourable honorable ratu adi',
);

export const POST_ENDING_HONOURS = wordList(
  'post-ending-honours',
  'Honours that also end the name of a post ("the First Sea Lord", "a Law Lord"): after the post\'s other capitalised words and before no name they head a title, not an honour.',
  within(HONOURS, ['lord']),
);

export const CRITIC_PORTFOLIOS = list(
  'critic-portfolios',
  'Portfolios of an opposition party\'s critics in Canadian parliamentary copy ("NDP education critic Dana Kelso", "the Liberal health critic, Tom Wrede,", "Conservative finance critic X"): in lower case right before "critic" they make it a post, the shadow minister\'s; "critic" alone stays out of the title heads, being a stance as often ("a critic of the deal", "a Kelso critic", "fierce critic X"). Each word is already a title modifier, so the portfolio stays in the role.',
  `education health finance justice environment energy transport defence defense immigration housing labour labor
   agriculture trade industry economy ethics treasury`,
);

export const UNDER_POST_HEADS = list(
  'under-post-heads',
  'Title heads that "Under", capitalised right before them, opens as the first word of the post ("Under Secretary Dana Kelso told reporters", "Under Secretary of State X", "Under Secretary-General X"), also where "Under" opens the sentence and reads as a preposition to the tagger. Only "secretary": before other heads a capitalised "Under" opening the sentence is the preposition ("Under President Kelso, the country …", "Under Coach Wrede the side won").',
  'secretary secretary-general',
);

export const POST_OPENING_HONOURS = wordList(
  'post-opening-honours',
  'Honours that also open the name of a post ("the Lord Lieutenant of Marwick", "the Lord Mayor of Vardo", "Lord Justice Kelso", "the county\'s Lord Lieutenant, X,"; an appeal court\'s women judges, "Lady Justice Kelso", as court copy writes them beside "Lord Justice X"): capitalised right before a capitalised title head they are the post\'s first word, part of the role; before a name they stay honours ("Lord Tom Wrede", "Lord Kelso", "Lady Kelso").',
  within(HONOURS, ['lord', 'lady']),
);

export const NOBLE_TITLE_HONOURS = wordList(
  'noble-title-honours',
  'Titles of nobility that also name their holder with no name after them ("the Duke of Tarrow opened the wing", "the Duchess said", "her husband, the Earl, …"): after "the" or a possessive ("his", "her") and before no capitalised word they head a title, like "the Bishop of Vardo", not a name; before a name they stay honours ("Baroness Kelso", "Duke Ivo"). "Lord" and "Lady" are left out: "the Lord" names God in quoted prayer, and "the Lady Chapel" a building.',
  within(HONOURS, ['duke', 'duchess', 'earl', 'countess', 'marquess', 'marchioness', 'viscount', 'viscountess', 'baron', 'baroness']),
);

export const CURRENCY_CODES = list(
  'currency-codes',
  'Currency codes written before a sum without a space ("RM10", "RM7.90", "USD40", "SGD4.20"): the sum is an amount of money, not an abbreviation of a body.',
  'rm rp usd sgd myr hkd jpy krw idr thb vnd php inr eur gbp cny rmb aud nzd twd chf',
);

export const PAIRED_HONOURS = phrases(
  'paired-honours',
  'Titles of honour of two words whose words alone are no honour ("Tan Sri Dana Kelso", "Datuk Seri Orla Brandt", "Puan Sri"): "Tan" is a surname and "Sri" opens place names ("Sri Vardo"), so only the pair before a name is an honour, left out of the span and listed as one role.',
  'tan sri|puan sri|datuk seri|dato seri|dato sri|datuk sri|toh puan',
);

export const ADDRESS_STYLES = wordList(
  'address-styles',
  'Heads of a style of address after "His"/"Her"/"Your" ("Her Excellency", "His Eminence", "His Majesty", "Her Royal Highness", "His Grace"): before a further title ("Her Excellency President X", "His Eminence Cardinal X") the style is a role of its own and the title another, not one post "Excellency President". Each is also a title head (title-heads).',
  within(TITLE_HEADS, ['excellency', 'majesty', 'highness', 'holiness', 'eminence', 'lordship', 'ladyship']),
);

export const COURTESY_STYLES = phrases(
  'courtesy-styles',
  'Styles of two words by which a court addresses a judge or magistrate, written before the title ("His Honour Judge Dana Kelso", "Her Honour Judge Orla Brandt", "His Worship Tom Wrede"): courtesy forms like "Mr" in "Mr Justice X", so neither a prefix of the title (the role is "Judge", not "Honour Judge") nor a role of their own; a post before its comma still reaches the title ("The Recorder of Vardo, His Honour Judge X").',
  'his honour|her honour|his worship|her worship',
);

export const FEMALE_HONORIFICS = list('female-honorifics', 'Honorifics that say the person is a woman.', 'mrs ms miss mme mlle frau sra srta dame lady baroness duchess');
export const MALE_HONORIFICS = list('male-honorifics', 'Honorifics that say the person is a man.', 'mr herr sr m sir lord baron duke earl father');

export const NAME_PARTICLES = list(
  'name-particles',
  'Lower-case particles inside personal names ("van der Lahn", "arap Kiptoo", "bin Tarik", Welsh "ap"/"ab" (son of) and "ferch" (daughter of), "Dafydd ap Ianto"; Malay "binti"/"binte" (daughter of) and Singapore and Malaysian Indian "s/o", "d/o", "a/l", "a/p" (son or daughter of), "Ravi s/o Kelso", "da Silva", "de los Ríos") and inside a body\'s name in its own language, Italian plural "of the" included ("Università degli Studi di Vardo", "Edizioni delle Marwick"; French "des" is left out: "Promenade des X" is a street: without them the name was cut and its last words read as a person).',
  'von van der den de del della di da dos das du la le los las al el bin ibn ben bint arap ter ten zu y af av abu degli dei delle dello ap ab ferch binti binte s/o d/o a/l a/p',
);

export const GIVEN_NAME_PARTICLES = wordList(
  'given-name-particles',
  'Name particles that are also short given names ("Ben", "Al", "Del", "Van"): written capitalised and apart, as the first of a name\'s words before a surname, they are the given name ("Ben Halvorsen", "Al Derrow", "Van Tessier"), so the name is a full name whose last word alone later names the person; a particle opening a surname is written in lower case, hyphenated or before another particle ("ben Yusuf", "Al-Marri", "Van der Lahn").',
  within(NAME_PARTICLES, ['al', 'ben', 'del', 'van']),
);

export const IRISH_SURNAME_PARTICLES = list(
  'irish-surname-particles',
  'Capitalised particles that open an Irish surname written in Irish ("Ó Duibhir", "Ní Chonaill", "Mac Lochlainn", "Nic Aodha", "Uí Bhriain", "Mhic Giolla Rua"): the particle and the words after it are the surname, so an initial before them ("C Ó Duibhir 1-4" in a scorers line) is that person\'s initial, as "I Penhale" is.',
  'ó o ní ni nic mac mhic uí ui ua',
);

export const KUNYA_OPENERS = wordList(
  'kunya-openers',
  'Words that open an Arabic kunya, the name "father of X" / "mother of X" a man or woman is known by ("Abu Tarek al-Wardi", "Umm Salma"): the word after them is the name outlets compare, as a given name is elsewhere ("Abu Tarek" and "Abu Tareq" are one man, "Abu Tarek" and "Abu Samir" two).',
  [...within(NAME_PARTICLES, ['abu']), 'abou', 'umm'],
);

export const ARABIC_COMPOUND_OPENERS = wordList(
  'arabic-compound-openers',
  'Words that open an Arabic compound name which outlets write apart or joined ("Abdel Aziz" / "Abdelaziz", "Abdul Karim" / "Abdulkarim", "Abu Zaytoun" / "Abuzaytoun"): a surname opened by one is compared whole, so "Walid Abdel Aziz" and "Walid Abdelaziz" are one man.',
  [...within(KUNYA_OPENERS, ['abu', 'abou']), 'abd', 'abdel', 'abdul', 'abdal', 'abdol', 'abdil'],
);

export const ARABIC_NAME_MARKERS = wordList(
  'arabic-name-markers',
  'Particles that mark a name as transliterated from Arabic ("al-Wardi", "el-Wardi", "bin Salem", "ibn Tarif", "Abu Tarek"): in such a name the surname\'s vowels may differ between outlets as a given name\'s do ("Abu Tarek al-Wardi" / "Abu Tareq el-Wardy", "Idris el-Ghaleb" / "Idris al-Ghalib").',
  [...within(NAME_PARTICLES, ['al', 'el', 'bin', 'ibn', 'bint']), ...within(ARABIC_COMPOUND_OPENERS, ['abu', 'abou', 'abd', 'abdel', 'abdul', 'abdal'])],
);

// A surname used alone may open with one particle ("al-Qarira", "de Vautrin", "von Alsen"). The particles left
// out here open it only after another particle ("von der", "van den") or are common words of other languages
// ("la", "le", "los", "y"), so alone they do not pull the word before a name into it.
export const LEADING_PARTICLES = wordList(
  'leading-particles',
  'Name particles that may open a surname used alone ("al-Qarira said", "de Vautrin\'s party").',
  without(NAME_PARTICLES, ['der', 'den', 'das', 'la', 'le', 'los', 'las', 'ter', 'ten', 'zu', 'y', 'af', 'av']),
);

/** The start of a party-and-state tag after a US politician's name ("D-Va.", "R-SC", "I-Vt."): never a name word. */
export const PARTY_TAG_START = /^[DRIL]-[A-Z]/;
/** A token that is such a tag and nothing more ("D-Va.", "R-S.C."): not a role; an appositive may come after it. */
export const PARTY_TAG = new RegExp(`${PARTY_TAG_START.source}[A-Za-z.]*$`);

export const UNLETTERED_NAME_WORDS = wordList(
  'unlettered-name-words',
  'Words that stand between the capitalised words of a body\'s name without giving a letter to its abbreviation ("the Court of Appeal for Rowing (CAR)", "Seeds and Fertiliser products Safety Agency (SFSA)"; runs.ts lowerCaseWordSpelledOut).',
  ['and', 'of', 'for', 'the', '&'],
);

export const BUSINESS_POSSESSIONS = list(
  'business-possessions',
  'Things only a business holds, after "its" in "X has its third star", "X lost its licence", "X closed its doors" (evidenceRules.ts subject-of-its): a restaurant or a shop named like a person is then the business; a town or a council "raises its budget", "buys its water".',
  `star stars licence license licences licenses rating ratings doors menu menus kitchen kitchens restaurant restaurants
   outlet outlets branch branches shop shops store stores`,
);

export const ORG_HEADS = list(
  'org-heads',
  'Nouns that end (or, before "of", start) the name of an organisation ("Senate Intelligence Committee", "Bank of England"); a league named "X Premiership" as one named "X League" ("the Northmoor Premiership"); a water utility ("Vardo Water"); an orchestra named in Italian ("Kelso Valley Sinfonia"), a hospice ("Tarrow Hospice") and a pub ("the Station Tavern"); a news agency ("Lakemoor Wire", "Harbour Newswire"); a guild, a co-operative in either spelling ("Kelso Farmers\' Co-operative": a hyphened head joins the name whole); a club named by its members\' pastime ("Kelso Wild Swimmers", "Marwick Ramblers", "Tarrow Anglers"); an investigating branch ("the Rail Accident Investigation Branch"); Indian parties and associations end in words of their own languages for party, front, league or council ("X Dal", "X Morcha", "X Paksha", "X Sangha", "X Samiti", "X Parishad"); a bank named in a Slavic language, where "Banka" ends the name ("Vardska Banka", "Kelska Banka"); a Scandinavian or central European club, whose name ends in the initials of its form ("Tarrow IF", "Kelso BK", "Vardo FF", "Marwick IK", "Dunmore SK", "Tarrow FK": list club-form-endings); a ratings agency, a fund manager and a brewer ("Tarrow Ratings", "Aldous Keane Investors", "Marwick Brewers" ("Brewing" is left out: a column head "What\'s Brewing" reads as a name)); a regiment named by its arm ("the Royal Kelderwick Fusiliers", "the Marwick Rifles", "the Tarrow Light Dragoons", "the Vardo Hussars"); an armed group named as brigades, in the plural as militias of the Middle East are ("the Vardo Brigades", "the Tarrow Martyrs Brigades": read as a person without it); a church weekly "X Messenger", as "X Tidings" is; a maker named for its goods ("Kelderwick Garden Products"); a worshipping body ("the Marwick Reform Congregation", as "X Synagogue" is); the travel trade\'s airport operators, tour operators and cruise lines ("Penrose Airports", "Kelso Holidays", "Marwick Cruises"), and the adventure trade\'s trekking, climbing and safari firms ("Kelso Peak Adventures", "Vardo Treks", "Marwick Expeditions", "Tarrow Safaris", "Dunmore Outfitters"), and the firms that run festivals and concerts ("Harbourline Events"); a motor-racing team named for its sponsor or constructor ("Tarrow Racing", "Marwick Motorsport"); the book and music trades\' publishers, bookshops and music shops ("Greyhound Books", "Farrant\'s Books", "Marr Music"); a parts maker named for what it makes ("Vardo Components", "Tarrow Castings", "Marwick Forgings", "Kelso Fasteners"); German trade words that end a firm\'s or foundation\'s name as English copy keeps them ("Kelso Werke", "Marwick Klassik" for a record label, "Tarrow Pumpen", "Vardo Verlag", "Marwick Stiftung"): without the legal form after them ("GmbH", "AG") these names were read as people; a lender named for its trade ("Tarrow Finance", "Marwick Lending", "Vardo Leasing"), lost after an appositive noun ("its rival, Tarrow Finance, said"); a roads authority in the plural ("Vardo County Highways", where a singular "Highway" is a road); shipping copy\'s shipowner, classification society and consultancy ("Kaldor Maritime", "Orrin Register", "Tarrow Advisory": "owned by Limassol-based Kaldor Maritime", "classed by Orrin Register", "the consultancy Tarrow Advisory"); energy and commodities copy\'s traders, offshore contractors and a state energy company named in a Nordic or Romance language ("Kelso Commodities, the Geneva-based trader,", "Vardo Subsea and Marwick Offshore won the contract", "Tarrow Energi", "Orrin Energia": read as people without them); a government\'s relief or enforcement unit ("the National Relief and Recovery Unit", "the Tarrow Fraud Unit"); US local copy\'s school named by its level alone ("Maple Crest Elementary", as "Maple Crest Elementary School"; not "Primary", which is also an election in US copy); the games trade\'s studios, publishers and esports organisations ("Tarrow Interactive", "Kelso Esports", "Marwick Gaming": read as people without it, "platform holder Vardo Interactive"); food-safety copy\'s auditors and compliance firms and a companies register ("the auditor Safeplate Assurance", "director of Tarrow Compliance", "accounts filed at Companies Registry"), read as people without it; a restaurant or travel guide that rates and publishes ("stars awarded by the Halden Guide", as "X Guides" is a youth movement); sport\'s integrity and anti-doping bodies and a police force\'s specialist units, named as bodies that act ("the Kelso Integrity Unit banned him", "the Athletics Integrity Unit (AIU) said", "the Serious Fraud Unit charged her": read as a person without the head); a zoo or an aquarium that announces and cares for its animals as a museum does its collection ("the Westfell Zoo said", "Harwick Aquarium", an animal sanctuary that rehomes them, "Dunmore Animal Sanctuary"; a research observatory, "the Kelso Observatory said"): missed, or read as a person, without the head); housing and construction copy\'s contractors, façade, roofing and scaffolding firms, developers, landlords and letting agents named for their trade ("Vardo Facades supplied the panels", "Tarrow Cladding", "Orrin Roofing", "Kelso Developments", "Dunholt Lettings", "Penrose Builders": read as people without it); combat sports\' promotional companies, named after their owners as often as not, and the gyms that fighters train at and are named after ("Kelso Promotions", "Tarrow Boxing", "the Marwick Street Gym", "Vardo MMA", "Orrin Kickboxing": "Ray Kelso, whose Kelso Promotions …" read the company as a person or found none); a picture agency named in a credit ("© Kelso Images", "Photo: Vardo Images"); media industry copy\'s publishers named after their founding family and the production companies that make programmes ("Harwood Newspapers, the family-owned publisher,", "Kelso Publications", "the film was made by Vardo Films": read as a person without the head, then the founder\'s great-grandson "Giles Harwood" took the whole company); a bookmaker named by a word and "Bet" ("Kelso Bet", "Vardo Betting", "Tarrow Casino"), as betting and sports copy names the firm that sponsors a tournament or flags a market; pharmaceutical and biotech copy\'s companies named "<word> Bio" or "<word> Biopharma", "<word> Biologics", and a Japanese drugmaker\'s own words for its trade as English copy keeps them ("Carradine Bio\'s injection", "Orrin Biopharma", "Tokyo\'s Kessho Seiyaku", "Marwa Yakuhin": read as people without them); rugby league\'s, rugby union\'s and Gaelic games\' clubs named by their town and the initials of their form ("Kelso RLFC", "Marwick ARLFC", "Tarrow RUFC", "Dunmore RFC", "Vardo GAA": read as people without them); a governing body\'s named panel ("the Match Review Panel charged him", "the Independent Appeals Panel"); automotive and business copy\'s research firms named for what they sell ("X, who tracks the car industry for Axlewood Insight,", "Kelso Insights": read as a person without it); energy copy\'s pipeline operators, refiners, drillers and renewable-power developers named for their trade ("a deal with Tarvik Midstream", "Orrin Pipelines", "Kelso Refining", "Vardo Drilling", "Marwick Renewables": read as people without it); rowing and sailing copy\'s clubs by the initials of their form ("learned to row at Kelso Vale RC", "sails for the Marwick YC": list club-form-endings) and a sports event\'s organising company ("Race organiser Vardo Sport Management said": read as a person after the title without it); rescue copy\'s volunteer teams by the initials of their kind after their place ("Kelso MRT" for a mountain rescue team, "the Vardo CRO" for a cave rescue organisation, "Tarrow SRT", "Marwick LSAR"; read as people without it) and rescue charities by what they do ("Open Sea Rescue", "Kelso Animal Rescue", "Vardo Mountain Rescue"; not before a number, a helicopter\'s call sign: "Rescue 116"); athletics copy\'s clubs by the initials of their form or their members\' pastime ("Laoise Kell (Tarrow AC) won", "Vardo Striders", "Kelso Road Runners", "Marwick Joggers": read as people without it, in results brackets and in prose); trade titles named for how often they appear, in prose as on their masthead ("X is news editor of Blue Kelso Weekly", "told Vardo Monthly", "Tarrow Law Quarterly": read as a headline\'s words or as a person without it); technology copy\'s artificial-intelligence companies named "<word> AI" ("the regulator fined Tarrow AI", "Kelso AI said": read as a person without it); a British secondary school named by its kind without "School" ("she joined from Kelso Grammar", "pupils at Tarrow Comprehensive"), as US copy\'s "Maple Crest Elementary" is; a regulator named by its field ("The Pensions Regulator said", "the Social Housing Regulator"): read as a work\'s title after a sentence\'s "The" without it; a production company ("the film was made by Kelso Lane Productions"), a police or border force\'s patrol ("the Vardo Highway Patrol closed the road") and an investigating agency named by its work ("Tarrow Fraud Investigations"): read as people, or missed, without them; defence copy\'s makers named for their trade ("built by Kelso Rotorcraft", "Vardo Avionics said", "Tarrow Munitions", "Marwick Ordnance", "Dunmore Shipbuilders", "Kelso Aeronautics": read as people without it); farming copy\'s producers and suppliers named for their trade, often after the family that owns them ("Marrow Poultry, which employs 30 people,", "Tarvin Eggs", "Kelso Farms", "Vardo Feeds", "Tarrow Seeds", "Orrin Hatcheries", "Dunmore Creamery", "Marwick Growers"): read as a person without it; a landowner\'s company in the plural ("the land is owned by Halvern Estates", "Kelso Estates Ltd": a housing estate is singular, "the Marwick Estate"), read as a place without it; an airline\'s operations unit, written short as the trade writes it ("the disruption is handled by KA Flight Ops", "Vardo Air Ground Ops"): read as a person without it. ports and shipping copy\'s salvors, tug operators, terminal operators, stevedores, tanker owners and dredging firms ("Tarrow Salvage refloated her", "a tug from Vardo Towage", "dockers employed by Kelso Terminals", "Orrin Stevedores", "Marwick Tankers", "Dunmore Dredging"): read as people, or missed, without it.',
  `weekly monthly quarterly committee commission council ministry department party bank regulator inc corp corporation ltd llc plc group
   university agency organisation organization association federation union institute institution foundation
   court parliament assembly congress senate service services authority administration board bureau command
   army navy police guard company co airlines airways club league premiership alliance front movement network news times
   post journal press telegraph herald tribune gazette television tv radio broadcasting fund trust reserve wire newswire newsline
   exchange tribunal cabinet secretariat coalition centre center hospital school college academy society elementary grammar comprehensive
   church brigade regiment battalion corps forces industries holding holdings partners capital ventures technologies
   systems motors pharmaceuticals laboratories laboratory labs lab media studios studio architects records publishing cooperative chamber
   directorate inspectorate mission watch international office bundestag duma knesset
   conference caucus fraction faction brotherhood guards militia brigades cartel solutions electric electronics
   power pharma biotech therapeutics logistics foods securities insurance telecom telecommunications images
   entertainment mobility automotive steelworkers workers sport sports fc afc cf sc cp if bk ff ik sk fk embassy
   consulate research calcio ultras branch hydraulics pneumatics industrie
   semiconductor semiconductors optics optical photonics chemicals chemical petroleum oil gas steel mining
   minerals metals materials resources shipping shipbuilding shipyard railway railways railroad airline
   aviation aerospace defense defence robotics devices instruments software microsystems displays batteries motor
   autos automobiles textiles cement mills brewery breweries beverages dairy apparel cosmetics fintech
   payments bancorp financial investments realty properties construction engineering infrastructure
   utilities energy communications pictures healthcare medical clinic biosciences diagnostics genomics
   enterprises trading retail stores freight transport lines refinery hotels resorts dal sangh morcha sangha paksha samiti parishad banka
   kazhagam force forum headquarters endowment programme program aero mutual nation rail trains buses ferries trams infirmary constabulary homes
   hospitals mosque synagogue cathedral gurdwara diocese archdiocese patriarchate synod dynamics analytics networks brands festival
   ceramics potteries plastics glassworks packaging orchestra choir sinfonia sinfonietta hospice tavern
   theatre theater theatres playhouse museum gallery galleries opera ballet philharmonic symphony
   adventures expeditions treks safaris outfitters events
   united rovers wanderers athletic albion hotspur
   ratings investors brewers insurers finance lending leasing highways
   chemists opticians solicitors haulage silicon coaches travel water
   bet betting casino
   airports holidays cruises zoo aquarium sanctuary observatory
   books music
   guild co-operative appliances bakeries creameries dairies pharmacy pharmacies
   swimmers ramblers anglers harriers rowers racing motorsport motorsports cycling
   ag gmbh nv bv ab asa spa oyj oy kk srl sarl aps llp pty bhd kgaa pac initiative project collective consulting consultants strategies associates
   broadband
   chronicle inquirer courier observer sentinel dispatch examiner enquirer magazine bulletin clarion ledger gleaner advertiser argus courant echo tidings daily
   messenger rifles fusiliers dragoons hussars lancers grenadiers highlanders
   products congregation components castings forgings fasteners
   werke klassik pumpen verlag stiftung
   maritime register advisory
   mrt cro srt lsar rescue
   commodities subsea offshore energi energia unit ops
   interactive esports gaming
   assurance compliance registry guide guides
   facades cladding scaffolding roofing glazing joinery interiors groundworks demolition developments lettings builders contractors
   promotions boxing gym mma kickboxing
   rotorcraft avionics munitions ordnance armaments shipbuilders aeronautics
   poultry eggs farms feeds seeds hatchery hatcheries creamery growers estates
   newspapers publications films
   bio biopharma biologics seiyaku yakuhin
   rlfc arlfc rufc rfc gaa panel
   insight insights midstream pipelines refining drilling renewables
   rc yc management
   ac striders runners joggers
   ai
   productions patrol investigations
   salvage towage terminals stevedores stevedoring tankers dredging`,
);

export const LANDSCAPE_SURNAMES = list(
  'landscape-surnames',
  'Nouns of the landscape that are as often English surnames ("Ivo Marsh said", "Kemi Field told the court", "X heard from Dana Heath, a former nurse,"): after a given name the lexicon lacks, a name that speaks or is described as a person is that person, though the tagger reads a place (kindRules.ts landscapeSurname).',
  `hill hills field fields marsh moor moore wood woods brook brooks ford heath park dale vale green lea leigh bank banks shaw
   holt cliff cliffe lake lakes rivers burn burns forest grove groves hurst ridge stone stones thorn wells combe dean
   meadows fell marsden hollow rock`,
);

export const LAW_FIRM_HEADS = list(
  'law-firm-heads',
  'Words that end a law firm\'s name ("Delaney\'s lawyer, X of Castlemoor Law, said", "Vardo Legal acted for the buyer"): after a word that is no given name and no field of law (list law-fields) the name is a firm, read as a person without it. Not in org-heads: after a given name "Law" is a surname, and after a field it is the field ("Family Law", "Company Law").',
  'law legal',
);

export const LAW_FIELDS = list(
  'law-fields',
  'Fields of law that open a capitalised "X Law" naming the field or a course, not a firm ("a specialist in Family Law", "taught Company Law"): see list law-firm-heads.',
  `family criminal civil company corporate commercial employment martial sharia canon common case international
   constitutional administrative public private contract tax immigration property planning environmental maritime
   competition media sports data medical health housing human european english scots roman islamic military space
   trade banking insurance charity education election electoral`,
);

export const HEALTH_FIELD_WORDS = list(
  'health-field-words',
  'Words that make "X Health" a field of care or study, not a provider ("a degree in Public Health", "Mental Health Awareness Week", "Global Health", "Home Health" as a kind of care): a name ending in "Health" is a health provider, a body, only when a word before "Health" is none of these ("Cascade Health runs the teams", "Summit Mental Health", "Pinecrest Home Health": read as people without it; evidenceRules.ts healthProviderName).',
  `public mental behavioral behavioural global community home women's men's child children's oral sexual reproductive
   occupational environmental planetary digital primary population veterans' animal rural urban maternal national
   state federal international social physical`,
);

export const LAW_FIRM_OPENERS = list(
  'law-firm-openers',
  'Words right before "X Law" that place a firm there ("Nadia Vell of Orrinford Law", "a partner at Orrinford Law", "instructed the firm Orrinford Law"): "Law" is a surname too ("Rafe Law, the centre back"), so without one of these a name ending in "Law" is left to the other rules (list law-firm-heads).',
  'of at from with by for firm',
);

export const MINE_COMPANY_HEADS = list(
  'mine-company-heads',
  'Plural nouns of a mine that end the name of the company working it, named after its mine (energy and mining copy: "a dam burst at Tarrow Nickel Mines", "Kelso Collieries laid off 200"): a name of two words or more ending so is a body, read as nothing without it. Not in org-heads: alone the word is a common noun or a minister\'s portfolio ("Mines and Minerals Minister X"), and the name\'s first word alone is the mine, a place ("the dam wall at Tarrow"), as for a body named after its town (orgForms.ts namedAfterTown). The singular "the Tarrow mine" is the site.',
  'mines collieries',
);

export const WARD_UNIT_WORDS = list(
  'ward-unit-words',
  'Words of a hospital\'s care that name a ward or department before "Unit" ("the Intensive Care Unit", "the Marwick Stroke Unit", "the Burns Unit", "the Special Care Baby Unit", "the Neonatal Unit at Kelso General"): a part of a hospital, a place, not a body, though "unit" ends a body\'s name elsewhere (list org-heads: "the Tarrow Fraud Unit charged him", "the Athletics Integrity Unit").',
  `care stroke burns maternity neonatal cardiac coronary trauma dialysis renal oncology cancer psychiatric spinal
   dependency assessment surgical paediatric pediatric respiratory isolation observation rehabilitation cardiology
   neurology orthopaedic orthopedic haematology hematology baby therapy`,
);

export const POSSESSIVE_WORK_HEADS = wordList(
  'possessive-work-heads',
  'Organisation heads that, after a possessive inside the name, end the title of a work, not a body ("A User\'s Guide", "The Diner\'s Guide to Vardo"): a guide that rates and publishes is named without one ("the Halden Guide").',
  within(ORG_HEADS, ['guide', 'guides']),
);

export const NUMBERED_BRANCH_NOUNS = list(
  'numbered-branch-nouns',
  'Nouns that name a union\'s branch by its number ("members of Local 312", "Lodge 751 of the Kelso Machinists"): capitalised before the number, the two words are the branch\'s name, a body.',
  'local lodge',
);

export const NUMBERED_STATION_NOUNS = list(
  'numbered-station-nouns',
  'Nouns by which a local TV station brands itself with its channel number ("told News 11", "NewsChannel 5 reported", "Watch the report on Kelso News 4"): capitalised right before the number, the two words are the station\'s name, a broadcaster, never a person called "News" (the number after a name otherwise reads as an age). "Channel" is left out: "Channel 4" is also a channel of a set, and "Route 66" a road.',
  'news newschannel',
);

export const WIRE_UPDATE_MARKERS = list(
  'wire-update-markers',
  'Words in capitals that open a news agency\'s headline with the story\'s version, a number and a hyphen after them ("UPDATE 2-", "WRAPUP 1-", "REFILE-"): a sport written next, glued by a hyphen to the headline\'s first word ("UPDATE 2-Soccer-Kelso Group-led consortium …", "UPDATE 1-Athletics-…"), is the agency\'s section slug, no word of the name after it (runs.ts `isWireSlug`).',
  'update wrapup refile corrected',
);

export const CLASS_LETTER_NOUNS = list(
  'class-letter-nouns',
  'Nouns that a single capital letter grades right after them ("a category C jail", "category B HMP Wendlow", "the Category A unit", "a grade D listing", "a class B drug"): prisons copy grades jails and prisoners so. The letter is the grade, never an initial or the first word of the name after it ("category B HMP X" is "HMP X"), and a capitalised "Category" opens no name with it.',
  'category class grade tier band',
);

export const NUMBER_SIGNS = list(
  'number-signs',
  'Abbreviations of "number" that stand capitalised before a number ("wear the No 9 shirt", "the No. 10 role", "Rovers\' new No 7", "Nos 4 and 5"): football copy names shirt numbers and positions so, and rankings do too ("the world No 1"). Before a number the word is a sign, never a name or a name\'s last word.',
  'no nos',
);

export const PEOPLE_PLURAL_HEADS = wordList(
  'people-plural-heads',
  'Organisation heads that are plurals of people ("Kelso Steel Workers", "Marwick Wild Swimmers", "Tarrow Ramblers"): capitalised alone, mostly at the opening of a sentence ("Swimmers said the water …"), they are those people, never the one body of the article so named, as "the Commission" is.',
  within(ORG_HEADS, ['workers', 'steelworkers', 'swimmers', 'ramblers', 'anglers', 'harriers', 'rowers', 'striders', 'runners', 'joggers', 'investors', 'brewers', 'insurers']),
);

/** Organisation head nouns that are also common English surnames: after a known first name they end a person's name. */
export const SURNAME_HEADS = wordList(
  'surname-heads',
  'Organisation head nouns that are also common surnames ("Dana Mills", "Tom Church", "Ana Court"): after a known first name, with nothing else showing a body, the name is a person\'s.',
  within(ORG_HEADS, ['mills', 'church', 'court', 'power', 'steel']),
);

export const APPOSITIVE_ONLY_HEADS = wordList(
  'appositive-only-heads',
  'Title heads of a member of the public that introduce a person as a role only when set off by a comma before the name ("One customer, Dana Kelso, posted a video", "A resident, Tom Wrede, said"), as "One student, X," does; right before the name with no comma they describe the person in passing ("Regular customer X told the paper", "long-time resident X"), no post (roleBeforeName.ts chainRoles).',
  within(TITLE_HEADS, ['customer', 'resident', 'holidaymaker', 'traveller', 'traveler', 'tourist']),
);

export const TOURISM_BOARD_OPENERS = wordList(
  'tourism-board-openers',
  'Verbs of an invitation that a regional or city tourism board is named by, before its place\'s name ("Visit Tarrona said bookings rose", "figures from Discover Kellan", "Explore Marvenshire, the county\'s tourism board,"): the verb is read as an imperative and dropped, so the board was missed or left as a lone place (words.ts isTourismBoard). Opening a sentence only before a speech verb or an appositive ("Visit Paris in spring" is an imperative).',
  ['visit', 'discover', 'explore'],
);

export const NATIONAL_BODY_HEADS = wordList(
  'national-body-heads',
  'Nouns of a public service that name a national body with the nation\'s name alone after them ("Police Scotland", "Sport '
    + 'Wales", "Transport Scotland", "Forestry England"). A body that is named by its noun alone ("Congress", "Parliament") is '
    + 'left out: "told Congress Ukraine needed help" is two names. A sport\'s national governing body is named so too ("Cycling '
    + 'Ireland", "Swimming Australia", "Athletics Kenya", "Rowing Canada"), the sport\'s name first. A national housing agency is named for what it funds ("grant from Homes Wales"); a '
    + 'public agency for the landscape, heritage, the arts, tourism or skills is named so by a word of its remit ("Natural '
    + 'England, the government\'s adviser on the landscape,", "Historic Wales", "Creative Scotland", "Visit Wales", "Skills '
    + 'England"): with a post in apposition after it, it was read as a person. So is a national auditor, tax collector or '
    + 'schools agency ("Audit Wales", "Audit Scotland\'s former head of procurement, X,", "Revenue Scotland", "Education '
    + 'Scotland"): read as a person before a post, or missed.',
  ['police', 'sport', 'transport', 'forestry', 'natural', 'historic', 'creative', 'visit', 'skills', 'homes', 'audit', 'revenue', 'education',
    'athletics', 'swimming', 'cycling', 'rowing', 'gymnastics', 'triathlon', 'sailing', 'canoeing', 'boxing', 'judo', 'fencing',
    'archery', 'badminton', 'diving', 'equestrian', 'hockey', 'netball', 'rugby', 'cricket', 'tennis', 'golf', 'squash'],
);

export const LONE_NAMED_BODIES = list(
  'lone-named-bodies',
  'Bodies named by their noun alone ("Congress", "Parliament", "the Senate"): after a verb of telling and before a capitalised word that a verb follows ("told Congress Vardo needed help"), the noun is the whole body and the word after it is the next clause\'s subject, not the rest of one name.',
  'congress parliament senate cabinet',
);

export const ROMANCE_BODY_PARTICLES = list(
  'romance-body-particles',
  'Particles of Spanish, Portuguese, Italian and French inside a body\'s name ("Proyecto de Defensa Legal Fronteriza", "Red Fronteriza de Derechos Humanos", "Casa del Migrante"): a name with one is written in that language, so a name without one in parentheses right after it is its translation (paragraph.ts, linkTranslatedNames). Only the Romance ones of name-particles: "Ten", "Den" or "Al" open or sit inside English names.',
  'de del della di da dos das du la le los las degli dei delle dello y',
);

export const FRENCH_BODY_ARTICLES = list(
  'french-body-articles',
  'French "of the" (plural) and "to the" inside a body\'s name after its head noun ("Bureau National des Vins de Tarrow", "Comité des Fêtes de Vardo", "Caisse des Dépôts"): left out of list name-particles, where "Promenade des X" (a street) would join too; read only after a head of org-heads-first (runs.ts frenchArticleAfter).',
  'des aux',
);

export const PLACE_NAME_JOINTS = list(
  'place-name-joints',
  'Lower-case words hyphened inside a town\'s name between capitalised words ("Stoke-on-Trent", "Newcastle-under-Lyme", "Berwick-upon-Tweed", "Barrow-in-Furness", "Weston-super-Mare", "Chapel-en-le-Frith", "Ashby-de-la-Zouch", "Kirkby-by-the-Sea"): the town\'s name, and a body named after it ("Stoke-on-Trent City Council"), go on across them (runs.ts placeJointAfter).',
  'on upon under in super en le de la by the sur am an der',
);

export const IRISH_BODY_OPENERS = list(
  'irish-body-openers',
  'Irish nouns that open the name of a body, a school, a broadcaster or a Gaelic games club named in Irish, the head first as in the Romance languages ("Comhairle na Cathrach", "Conradh na Gaeilge", "Foras na Mara", "Údarás na Tarrow", "Coimisiún Vardo", "Raidió na Kelso", "Ollscoil na Marwick", "Coláiste Bríde", "Gaelscoil Uí Kelso", "Cumann Peile Tarrow"; a club "Naomh Éanna", "Naomh Fionnbarra", Saint X, as a St X\'s club is; "CLG Cill Bhríde", the initials of a Gaelic games club): Irish and sports copy keeps these names untranslated, and without the head read first "Naomh Éanna" or "Comhairle na gCluichí Gaelacha" was a person. After the head, Irish "na" or "an" and the next word (capitalised, or with a mutation before its capital: "na gCluichí", "na hÉireann", "na nÓg") go on with the name (runs.ts). Each listed with and without its accents.',
  `comhairle cumann conradh foras údarás udaras coimisiún coimisiun raidió raidio teilifís teilifis roinn ollscoil
   coláiste colaiste gaelscoil gaelcholáiste gaelcholaiste scoil naomh clg`,
);

export const MAORI_BODY_OPENERS = list(
  'maori-body-openers',
  'Māori words that open the name of a tribe or a tribe\'s branch ("Ngāti Korowai", "Ngāi Tarrow": descendants of the ancestor named after them): New Zealand copy names an iwi or hapū as a body that claims, appeals and signs ("Ngāti Korowai has lodged a claim"), and the tagger read the name as a person\'s. Each listed with and without its macron.',
  'ngāti ngati ngāi ngai',
);

export const WELSH_BODY_OPENERS = list(
  'welsh-body-openers',
  'Welsh nouns that open the name of a council, a university, a school, a college, a centre, a society or a museum, the head first ("Cyngor Sir Vardo", county council; "Prifysgol Kelso", "Ysgol Tarrow", "Coleg Marwick", "Canolfan Hamdden Kelso", leisure centre; "Cymdeithas Vardo", "Amgueddfa Kelso"): Welsh copy names bodies in Welsh beside their English names, and the tagger read the words after the head as a person (after "Sir", as a knight).',
  'cyngor prifysgol ysgol coleg canolfan cymdeithas amgueddfa llyfrgell',
);

export const MAORI_INSTITUTION_NOUNS = list(
  'maori-institution-nouns',
  'Māori nouns of a council, a university or a health provider, right after "Te" opening a name ("Te Rūnanga o Ngāi Kelso", "Te Wānanga o Vardo", "Te Hauora o Tarrow"): the name is a body, with or without the Māori "o" (of) and the iwi or place after it (runs.ts joins those). "Te" alone opens given names too ("Te Ariki Kelso"), so only with these nouns, or with "o" inside the name. Each listed with and without its macron.',
  'rūnanga runanga rūnaka runaka wānanga wananga hauora kaunihera',
);

export const ORG_HEADS_FIRST = list(
  'org-heads-first',
  'Organisation nouns that open a name in the Romance languages and in Malay, where the head comes first ("Banco Kelso", "Credito Valtellinese", "Groupe Marlin", "Partido Popular", "Universidad de Kelso", a public hospital named for its region and a patron, "Hospital Regional Dana Kelso", as Spanish-speaking countries name them; Malay "Persatuan" association, "Kesatuan" union, "Majlis" council, "Jabatan" department, "Kementerian" ministry, "Lembaga" board, "Suruhanjaya" commission, "Yayasan" foundation: "Persatuan Pekerja Vardo"): the name is a body. So do the houses, orchestras and publishers of continental culture named in their own languages, whose head comes first ("Teatro Comunale di Vardo", short "Teatro Comunale"; "Théâtre du Marwick", "Opéra de Tarrow", "Opera Kelso"; each listed without its accents, as words are looked up; German "Staatsoper Kelso", "Staatstheater Vardo"; "Orchestre national de Marwick"; "Éditions du Lac", "Edizioni Tarrow"): English copy about European culture keeps these names untranslated, and without the head read first, "de Marwick" or "Éditions du Lac" was taken for a person. So does the cause of an English conservation project or charity, named "Rewilding X" after the land it restores ("Rewilding Tarrow said …"), and "HM" (His or Her Majesty\'s) before a British crown body ("HM Treasury", "HM Prison Tarrow"; a ship is "HMS", and a jail\'s designation, "HMP" or "HMYOI" (a young offender institution), before a name of two words, "HMP Whitlow Moor"). So does French "Maison" before a fashion or luxury house\'s name ("Maison Vellard", "its stablemate, Maison Kelder,"), which English copy keeps untranslated. So do the Spanish nouns of the shelters, clinics, parishes, congregations, networks and advocacy projects of US border and Latino-community copy, which English copy keeps untranslated ("Albergue Kelso", "Casa del Peregrino", "Centro de Vardo", "Hermanas de la Caridad", "Misioneras de San Tarrow", "Médicos del Sur", "Parroquia de Marwick", "Diócesis de Kelso", "Coalición de Vardo", "Asociación de Tarrow", "Alianza Kelso", "Colectivo Vardo", "Proyecto de Defensa Kelso", "Coordinación Estatal de Vardo", "Oficina de Tarrow"): without the head read first, "Casa del Peregrino" or "Médicos del Sur" was taken for a person named with a particle.',
  `banco banca banque credito crédito caja cassa caisse grupo gruppo groupe compagnie compagnia compañía compania
   societe société sociedad società societa industrias industrie aerolineas aerolíneas petroleos petróleos
   instituto istituto fundacion fundación fondazione fondation universidad universidade università universita
   université universite universitat partido partito movimiento movimento frente ministerio ministero ministère
   ministere consejo consiglio conseil comité comitato federación federacion federazione fédération
   confederación confederazione editora editorial construtora constructora empresa empresas compañia
   liga radio rádio hospital hôpital clínica clinica
   teatro theatre opera staatsoper staatstheater staatsballett orchestre editions edizioni
   rewilding persatuan kesatuan pertubuhan majlis jabatan kementerian lembaga suruhanjaya yayasan hm hmp hmyoi
   maison bureau domaine bodega bodegas weingut tenuta cantina
   albergue casa centro hermanas misioneras misioneros medicos parroquia diocesis coalicion asociacion alianza
   colectivo proyecto coordinacion oficina
   ${[...IRISH_BODY_OPENERS.words].join(' ')} ${[...MAORI_BODY_OPENERS.words].join(' ')} ${[...WELSH_BODY_OPENERS.words].join(' ')}`,
);

export const ROYAL_STYLE_OPENERS = wordList(
  'royal-style-openers',
  'The abbreviated royal style that opens a crown body\'s name ("HM Coastguard", "HM Prison Service") and, before a post\'s title and a name, the post itself ("HM Inspector of Policing Standards Dana Kelso", "HM Chief Inspector of Prisons Tom Wrede", "HM Senior Coroner X"): there it is part of the role, not a body named "HM" (names.ts `royalStyleOfPost`).',
  within(ORG_HEADS_FIRST, ['hm']),
);

export const SPANISH_PLURAL_BODY_OPENERS = list(
  'spanish-plural-body-openers',
  'Plural Spanish nouns that open the names of advocacy groups, networks and relief coalitions in US border and Latino-community copy, before a Romance particle and what they stand for ("Manos de Esperanza", "Voces del Valle", "Caminos de Vida", "Madres de Kelso"): English copy keeps the name untranslated and gives it no English head ("volunteers with Manos de Esperanza", "Voces del Valle is collecting blankets"), and the tagger read it as a person named with a particle. Only before a particle (list romance-body-particles): several are given names or surnames elsewhere ("Manos", "Puentes"), and "Manos Kelso" stays a person.',
  'puentes manos voces caminos brazos corazones semillas raices madres familias mujeres jovenes amigos hermanos derechos sembradores',
);

export const BODY_NAME_ADJECTIVES = list(
  'body-name-adjectives',
  'Lower-case adjectives that French and Italian write inside a body\'s name right after its head noun (list org-heads-first), before the particle and the place ("Orchestre national de Tarrow", "Opéra national du Marwick", "Orchestre philharmonique de Vardo", "Teatro comunale di Kelso", "Orchestra sinfonica di Tarrow"): the name goes on across them. Only after such a head at the start of the run and before a particle and a capitalised word: "the Opera national tour" or "Banque nationale said" stay as they were. Yes: "the Orchestre national de Marwick said" (one body). No: "Dana Kelso, national director of Vardo" (no head noun opens the run).',
  'national nationale nazionale comunale municipal municipale philharmonique symphonique sinfonica lyrique lirico regionale régional',
);

export const HOLDER_OFFICE_HEADS = list(
  'holder-office-heads',
  'Body nouns that name a body after the post of whoever heads it, joined by "of" ("the Office of the Vardo Data Commissioner said", "a report by the Office of the Schools Inspector", "the Office of the Director of Public Prosecutions"): the post after "of" is the rest of the body\'s name, nobody\'s title. Not a ministry or a department, whose "of" names a field ("Department of Coastal Affairs"), nor "Office of Vardo Planning Director X", where the post comes after the body\'s whole name and titles the person.',
  'office',
);

export const CLUB_PREFIXES = list(
  'club-prefixes',
  'Words that open a sports club\'s name ("FC Rostov", "AFC Ashby", "Sporting Lisbon", "Dynamo Kyiv"; the initials of a hockey, sports, basketball or racing club across Europe: "HC Vardo", "SK Kelso", "KK Tarrow", "RC Dunmore", "UD Marwick"; a Catalan club\'s "Atlètic", "Atlètic Montsant", read as a person without it; lexicon forms are written without accents): the name is a club, not a person or a place.',
  `fc afc cf sc sv ac hc sk kk bc rc ss ud cd rcd ogc vfb vfl fk nk sporting atletico atlético athletic dynamo dinamo olympique borussia deportivo
   real racing club eintracht werder arminia hertha fortuna hapoel maccabi beitar partizan lokomotiv spartak torpedo
   atletic`,
);

export const RESULT_VERBS = list(
  'result-verbs',
  'Verbs of a match result between two sides ("X beat Y 2-1", "X drew with Y", "X lost to Y"); with a score in the sentence they name teams.',
  `beat beats defeated defeat defeats edged edge thrashed routed hammered trounced stunned upset drew draw lost
   lose loses overcame overcome crushed eliminated knocked`,
);

export const UNIVERSITIES = list(
  'universities',
  'Universities known by one word (the Ivy League and other top-ranked universities of the US and Europe, as in the public QS and THE rankings), alone or before "Law", "Medical" …: organisations, never people. Place-named ones ("Oxford", "Columbia") are left out: the word alone is a place.',
  `harvard yale stanford princeton georgetown cornell dartmouth vanderbilt rutgers tufts brandeis caltech purdue emory
   sorbonne baylor villanova fordham gonzaga wharton`,
);

/**
 * Club prefixes that the club's short name drops ("FC Rostov" is called "Rostov"), and the head-first "group" of a
 * French, Italian, Spanish or Portuguese business group, which business copy drops the same way ("Groupe Ormel" is
 * "Ormel" in the next report, "Gruppo Tarrow" is "Tarrow"). A Catalan club's "Atlètic" goes the same way ("Atlètic
 * Montsant" is "Montsant" in the next paragraph: without it the short name was a second club).
 */
export const DROPPED_CLUB_PREFIXES: ReadonlySet<string> = new Set(['fc', 'afc', 'cf', 'sc', 'fk', 'nk', 'hc', 'sk', 'kk', 'bc', 'rc', 'ud', 'cd', 'atletic', 'groupe', 'gruppo', 'grupo']);

export const FOLLOWERS_BODY_WORDS = list(
  'followers-body-words',
  'Words of a body of a club\'s followers ("Kelso Supporters\' Trust", "Marwick Athletic Fans\' Forum"): such a body, named after the town or the club, is never what the town alone stands for; the club is ("Kelso supporters chanted", "added that Kelso had been …"). Motoring copy\'s owners\' clubs are so named after a brand ("the Kelso Owners Club"): the brand alone is the maker, never the club. Schools copy\'s groups of a school\'s parents and former pupils are so named after the school ("the Tarrow Parents\' Action Group", "the Vardo High Alumni Association"): the school\'s first word alone is the school ("staff at Tarrow").',
  'supporters fans owners parents alumni',
);

export const CLUB_USE_VERBS = list(
  'club-use-verbs',
  'Verbs after a town\'s name alone that British sports copy writes in the plural for its club ("Kelso are one point above", "Kelso were low on confidence", "Kelso have lost", "Kelso had been unlucky", and of the table, "Kelso sit bottom"); a town\'s own verb is singular ("Kelso is a market town", "Kelso sits on the river").',
  'are were have had sit',
);

export const CLUB_OWNERSHIP_WORDS = list(
  'club-ownership-words',
  'Verbs of buying, selling and owning that takeover copy writes right before a club\'s town alone ("bought Kelso in 2015", "agreed to sell Kelso", "who has owned Kelso since 2009"): the town stands for its club. Read only where the document names a club after that town ("Kelso Athletic", "Real Kelso"); elsewhere ("bought Kelso Holdings", a town bought nowhere) nothing changes.',
  'bought buy buys buying sold sell sells selling owned owns own owning',
);

export const CLUB_SALE_NOUNS = list(
  'club-sale-nouns',
  'Nouns of a sale that takeover copy writes before "of" and a club\'s town alone ("the takeover of Kelso", "his sale of Kelso", "ownership of Kelso"): the town stands for its club, read only where the document names a club after it (as club-ownership-words).',
  'takeover sale purchase ownership',
);

export const CLUB_TRAVEL_WORDS = list(
  'club-travel-words',
  'Words before "to" and a town\'s name alone that sports copy writes for an away fixture or a player\'s move ("Saturday\'s trip to Kelso", "travel to Kelso", "before moving to Kelso"): the town stands for its club. Read only where the document names a club after that town ("Kelso Rovers", "Real Kelso"); elsewhere ("a trip to Kelso", "moving to Kelso" in other copy) the town stays a place.',
  'trip trips travel travels travelled traveled journey visit visits move moving switch',
);

export const FIXTURE_WORDS = list(
  'fixture-words',
  'Words set between two clubs in a fixture ("Castlebrook v Hartwell", "Kelso vs Dunmore", "Kelso Town vs. Tarrow City"): two names with club endings joined by one are two clubs.',
  'v vs v. vs.',
);

export const FIXTURE_WHEN_WORDS = list(
  'fixture-when-words',
  'Words right after a visiting side that say when a fixture is played ("The Lions host Vardo next Friday", "… on Saturday", "… tonight"): with them, "host" between a side and a one-word name is the fixture\'s verb, not a title.',
  'next this on tonight tomorrow today at',
);

export const ACTING_FOR_PLURALS = list(
  'acting-for-plurals',
  'Plurals of those who act for a client, among the group members before "for" (list group-members-before-for): "Lawyers for Oberwald" are his lawyers; only a cause named by a common word ("Lawyers for Equal Rights") makes a group.',
  'lawyers attorneys',
);

export const FIXTURE_HOST_VERBS = list(
  'fixture-host-verbs',
  'Verbs of a fixture before the visiting club ("Wanderers host Ashby City on Saturday"), which the tagger reads as the title "host" of a person.',
  'host hosts hosted',
);

export const TRADE_PAIR_HEADS = wordList(
  'trade-pair-heads',
  'Trade words that may end a company\'s name alone ("Kelso Oil", "Vardo Power") but pair by "and" with a second trade word inside one name ("Kelso Oil and Gas Holdings", "Vardo Gas and Electric", "Tarrow Water and Power Company"): before "and" and another such word, or a common word and the name\'s own head, they do not close the name.',
  within(ORG_HEADS, ['oil', 'gas', 'power', 'electric', 'water', 'energy', 'steel', 'mining', 'minerals', 'petroleum', 'chemicals', 'rail', 'resources']),
);

export const COMMAND_NAME_VERBS = list(
  'command-name-verbs',
  'Verbs that open a charity\'s or a campaign\'s name as a command ("Rescue the Otters", "Feed the Valley", "Stop the Pylons") where the lexicon holds them as no verb: "Verb the X" is then one name, as "Save the Children" is (runs.ts campaignObjectAfter).',
  'rescue feed shelter house clothe protect restore reclaim return',
);

export const CAMPAIGN_CUE_WORDS = list(
  'campaign-cue-words',
  'Lower-case words that say a group campaigns, near its name ("Campaigners from Save Our Wards marched", "Concerned Parents of Arnfield, a campaign group, said", "the pressure group Keep Kelby Green"): within four words before the name or five after it, they make a name shaped as a command ("Save Our Wards") or as a mood and a plural of people ("Concerned Parents of Arnfield") a group, not a command, a place or some parents.',
  'campaign campaigners campaigner campaigning pressure protest protesters petition lobby',
);

export const FIXTURE_OPPONENT_VERBS = wordList(
  'fixture-opponent-verbs',
  'Verbs between a side and the side it plays ("The Lions host Vardo next Friday", "Kelso face Tarrow on Sunday", "The Hawks visit Marwick tonight"): with the day of the fixture after it, the one word they take is the other side, a team, not a person or a place.',
  [...FIXTURE_HOST_VERBS.words, 'face', 'faces', 'visit', 'visits', 'entertain', 'entertains', 'welcome', 'welcomes'],
);

export const CLUB_FORM_ENDINGS = wordList(
  'club-form-endings',
  'Endings that give a club\'s form, not which club: outlets write "Marwick Rovers Football Club", "Marwick Rovers FC" or '
    + '"Marwick Rovers" for one club; Scandinavian and central European clubs end in the initials of their sports '
    + 'club or football club ("Tarrow IF", "Kelso BK", "Vardo FF", "Marwick IK", "Dunmore SK", "Tarrow FK"), which wire '
    + 'copy writes or leaves off; rugby and Gaelic games clubs end in theirs ("Kelso RLFC", "Tarrow RUFC", "Dunmore RFC", '
    + '"Vardo GAA", "St Brigid\'s GAA Club"), left off as often ("Kelso", "St Brigid\'s"); rowing and sailing clubs in '
    + 'initials or in full ("Kelso Vale RC" and "Kelso Vale Rowing Club", "the Marwick YC" and "the Marwick Yacht Club"); athletics '
    + 'clubs likewise ("Tarrow AC", "Tarrow Athletic Club", "Tarrow").',
  ['fc', 'afc', 'cf', 'football club', 'if', 'bk', 'ff', 'ik', 'sk', 'fk', 'rlfc', 'arlfc', 'rufc', 'rfc', 'gaa', 'gaa club',
    'rc', 'rowing club', 'yc', 'yacht club', 'sailing club', 'ac', 'athletic club'],
);

export const TRUST_FORM_ENDINGS = wordList(
  'trust-form-endings',
  'Endings that give a public health body\'s legal form, not which body: outlets write "the Kelso and Vardo Hospitals NHS '
    + 'Foundation Trust" or "Kelso and Vardo Hospitals" for one trust, as they write a club with or without "FC".',
  ['nhs foundation trust', 'nhs trust', 'foundation trust'],
);

export const CLUB_NAME_PREFIXES = list(
  'club-name-prefixes',
  'Words that open a club\'s name in Spanish, Portuguese and Italian football and that reports leave out after the first '
    + 'mention ("Real Tornes" is "Tornes", "Club Deportivo Almenar" is "Almenar"), and "Team" before a sponsored team\'s '
    + 'name in cycling copy ("Team Vardo-Kelso" is "Vardo-Kelso").',
  'real deportivo club atletico atlético sporting racing unión union cd cf ud sd team',
);

export const INVERTIBLE_BODY_HEADS = list(
  'invertible-body-heads',
  'Government nouns that outlets put first with "of" or last without it, naming one body: "Department of Justice" is '
    + 'the "Justice Department", "Ministry of Defence" the "Defence Ministry". Not "university": "University of X" and '
    + '"X University" are often two schools.',
  'department ministry',
);

/** "department of justice" → justice department: a government head written first with "of", turned to its head-last order (list invertible-body-heads); undefined for any other name. */
export function headLastOfInvertible(nameWords: readonly string[]): string[] | undefined {
  const [head, joint, ...rest] = nameWords;
  return rest.length > 0 && joint === 'of' && has(INVERTIBLE_BODY_HEADS, head) ? [...rest, head] : undefined;
}

export const COUNTRY_ABBREVIATIONS = wordList(
  'country-abbreviations',
  'Countries written as initials before a body\'s name ("U.S. State Department", "UK Home Office"), as words after '
    + 'folding ("u s"); a report that names the body without them means the same body.',
  ['us', 'usa', 'uk', 'u s', 'u k', 'u s a'],
);

export const INTERNATIONAL_QUALIFIERS = wordList(
  'international-qualifiers',
  'An international body whose name opens the names of its agencies and offices ("United Nations Refugee Office", "UN '
    + 'Refugee Office"), as words after folding; a report that names the office without it, or as "the UN\'s Refugee '
    + 'Office", means the same office, as a report leaving out a country does.',
  ['united nations', 'un', 'u n'],
);

export const STANDING_QUALIFIERS = wordList(
  'standing-qualifiers',
  'Words that open the full, formal name of a commission, a tribunal or a watchdog and that another report leaves out ("Independent International Commission of Inquiry on Vardonia" / "the Commission of Inquiry on Vardonia", "Independent Harbour Complaints Commission" / "the Harbour Complaints Commission"), as words after folding: the shorter name of three words or more joins the one body of the other articles whose name is it after them.',
  ['independent international', 'independent', 'international'],
);

/** Fewest words of a body's name left after a standing qualifier (standing-qualifiers) for it to join the qualified name: "Olympic Committee" alone may be any of many. */
export const MIN_UNQUALIFIED_NAME_WORDS = 3;

export const GOVERNMENT_TIERS = list(
  'government-tiers',
  'Words that give a local authority\'s tier, which a local outlet leaves out ("Marwick Borough Council" is "Marwick Council" '
    + 'there); two tiers of one place ("X City Council", "X County Council") are two bodies, so only a name without a tier '
    + 'joins a name with one.',
  'borough district county city metropolitan municipal town parish regional',
);

/** Compared as written, not lower-cased: the lower-case forms are ordinary words ("fed up"). */
export const CAPITALISED_BODIES: ReadonlySet<string> = new Set(['Fed']);

export const NON_DEPARTMENT_INITIALS = list(
  'non-department-initials',
  'Initials written like a ministry\'s or department\'s with a lower-case "o" or "f" for "of"/"for" ("MoJ", "DfE": words.ts `isDepartmentInitials`) that name no body: a memorandum of understanding ("signed an MoU"), a vehicle test ("its MoT"), a denial-of-service attack ("a DoS attack"), a date of birth ("DoB").',
  'mou mot dos dob',
);

export const ORG_SUFFIXES = list(
  'org-suffixes',
  'Endings of one-word organisation nouns in German and Dutch names ("Deutscher Bauernverband", "Deutsche Bundesbank").',
  `verband partei ministerium gewerkschaft gesellschaft kammer gericht werke bahn bank versicherung konzern
   stiftung institut bund vereniging`,
);

export const EVENT_HEADS = list(
  'event-heads',
  'Capitalised words that open the name of a storm or an operation ("Cyclone X", "Operation Y"; Pacific and Indian Ocean copy\'s "TC X" for a tropical cyclone, "TC Liroa crossed the coast"): a thing, never a person.',
  'hurricane typhoon cyclone storm operation tc',
);

export const WORK_ORDINALS = list(
  'work-ordinals',
  'Ordinals that number a composer\'s works ("her Fourth Symphony", "the Second Piano Concerto"): with a work\'s noun last (list numbered-work-nouns) the name is a work, a thing. In lower case they also number a peerage ("the seventh Earl of Tarrow": words.ts `standsAsNobleTitle`).',
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth',
);

export const NUMBERED_WORK_NOUNS = list(
  'numbered-work-nouns',
  'Nouns of a numbered musical work after an ordinal ("the Fourth Symphony", "his Ninth Symphony", "the Second Piano Concerto", "a Third String Quartet"): "Symphony" also ends an orchestra\'s name ("the Kelso Symphony"), so without the ordinal first the name stays a body.',
  'symphony symphonies concerto concertos sonata sonatas quartet quartets quintet trio suite mass requiem',
);

export const GROUP_MEMBERS_BEFORE_FOR = list(
  'group-members-before-for',
  'Plural nouns of people that open an advocacy group\'s name joined by "for" ("Parents for Safe Streets", "Citizens for '
    + 'Clean Harbors", "Voters for Fair Maps"): capitalised, with a word after "for" that is no person\'s or place\'s name '
    + '("Voters for Kelso" are some voters).',
  `parents citizens voters americans mothers fathers families veterans patients doctors nurses teachers taxpayers
   students scientists physicians neighbors neighbours residents women lawyers attorneys journalists engineers artists
   workers farmers architects economists`,
);

export const CAUSE_NOUNS_BEFORE_FOR = list(
  'cause-nouns-before-for',
  'Nouns of what a campaign asks for that open its name joined by "for" and those it asks it for ("Fair Deal for Dairy", '
    + '"Justice for Growers", "A Future for Fishing", "Voice for Hill Farms"), as rural and workers\' protest groups are named: '
    + 'capitalised, with a word after "for" that is no person\'s or place\'s name ("Justice for Kelso" is a cry for someone), '
    + 'the group\'s name goes on over "for" (without it, only the words after "for" were kept, read as the body).',
  'deal justice future voice',
);

export const GROUP_MEMBERS_BEFORE_OF = list(
  'group-members-before-of',
  'Plural nouns of people that open a volunteer or campaign group\'s name joined by "of" ("Friends of Kelso Woods", "the '
    + 'Friends of Marwick Library"): capitalised, with a word after "of" that is no person\'s name ("Friends of Dana Kelso" are her friends).',
  `friends`,
);

export const ORG_HEADS_BEFORE_FOR = list(
  'org-heads-before-for',
  'Organisation nouns that start a name joined by "for" ("Centre for Policy Studies", "Ministry for Foreign Affairs", '
    + '"Bank for Regional Development", "Centers for Crop Research"; "Club for Fair Taxes", "Party for Vardo Freedom", "Academy for '
    + 'Coastal Studies", "Partnership for Rural Schools", "School for Social Studies", "Court of Appeals for the Fifth '
    + 'Circuit", "Clinic for the Elderly"; a government\'s regulators and secretariats, '
    + '"Authority for Consumers and Markets", "Directorate for Fisheries Control", "Secretariat for Migrant Affairs", "Bureau for '
    + 'Industry Standards"; a state administration, "State Administration for Market Supervision", cut into two bodies without it; '
    + 'international courts and armed movements, "Special Tribunal for Kelsoland", "Front for the Liberation of Vardo": cut to '
    + '"Special Tribunal" and a place or a person, or missed, without it).',
  `ministry department office commission committee centre center centres centers bank institute agency council organisation
   organization foundation society union association fund coalition campaign alliance movement network
   headquarters endowment club party academy partnership school court clinic authority bureau directorate
   secretariat inspectorate administration tribunal front`,
);

export const ORG_HEADS_BEFORE_FOR_CAUSE = wordList(
  'org-heads-before-for-cause',
  'Organisation nouns of org-heads-before-for that also stand before "for" with a place or a person after it outside any name '
    + '("left the Tarrow Party for Marwick", "played for Vardo"; "blamed the Kelso Administration for Vardo\'s debts"): they go on into a name over "for" only before a common word, '
    + 'the cause or the remit ("Club for Fair Taxes", "Party for Fair Wages", "School for Coastal Studies", "Clinic for the Elderly", "State Administration for Food Reserves").',
  within(ORG_HEADS_BEFORE_FOR, ['club', 'party', 'academy', 'partnership', 'school', 'court', 'clinic', 'administration']),
);

export const REMIT_GERUND_PARTICLES = wordList(
  'remit-gerund-particles',
  'Particles of a phrasal verb that a government names a department\'s remit by, capitalised after its gerund ("Department for Joining Up, Harbours and Parks", "Ministry of Scaling Down, Mines and Energy"): a word of the first subject like the gerund, so the listed remit after it stays one body\'s name, not a name cut at the particle.',
  ['up', 'down', 'out', 'back', 'forward'],
);

export const ORG_HEADS_BEFORE_TO = wordList(
  'org-heads-before-to',
  'Nouns of a campaigning body whose name goes on with "to" and a capitalised verb of its aim ("Campaign to Protect Rural '
    + 'Vardo", "Committee to Protect Tarrow Reporters", "Alliance to End Marwick Hunger"); a part of org-heads-before-for. '
    + 'A noun of a body that acts ("Council", "Union", "Ministry") is left out: "Vardo Council to Close Pool" is a headline\'s '
    + 'future, and "to" with a name after it ("the Committee to Vardo") is a direction.',
  within(ORG_HEADS_BEFORE_FOR, ['campaign', 'committee', 'coalition', 'alliance', 'movement', 'foundation', 'fund']),
);

export const MOVEMENT_HEADS_BEFORE_IN = wordList(
  'movement-heads-before-in',
  'Nouns of armed and political movements of org-heads-before-for whose name goes on, after its cause, with "in" and the country or region it fights in ("Front for Unity and Renewal in Vardonia", "Movement for Justice and Democracy in Kelsoland", abbreviated "FURV", "MJDK"): without the place the name is cut short and its abbreviation joins nothing. Only after a cause joined by "for": "the Front in Vardo" and "the Movement in March" stay apart.',
  within(ORG_HEADS_BEFORE_FOR, ['front', 'movement']),
);

export const ORG_HEADS_BEFORE_IN = wordList(
  'org-heads-before-in',
  'Nouns of a body whose name goes on with "in" and the place it serves, as peacekeeping and assistance missions are named ("United Nations Stabilization Mission in Vardonia", "the EU Training Mission in Kelsoland", abbreviated "MINUVAR", "EUTM-K"): without the place the name is cut short and its abbreviation joins nothing. A body that acts in a place named after it ("Kelso Council in Vardo") is left out.',
  within(ORG_HEADS, ['mission']),
);

export const AREA_AROUND_WORDS = list(
  'area-around-words',
  'Words that a body serving a town and the country around it puts after the town and "and" ("Kelso and District Mountain Rescue Team", "the Vardo and District Angling Club", "Tarrow and Area MRT"): one name, though a place stands before "and".',
  'district area',
);

export const ORG_ENDS_WITHOUT_HEAD = list(
  'org-ends-without-head',
  'Words of a public task that end a body\'s name joined by "and" without a head noun ("Fisheries and Tides Enforcement", "Kelso Parks and Recreation"): with common words on both sides of "and", the run is one name.',
  'enforcement recreation protection prevention conservation rehabilitation',
);

export const SECTION_PATH_SEPARATORS = wordList(
  'section-path-separators',
  'Marks that set a masthead\'s or a byline\'s parts apart on one line: a bar ("THE DAILY KESTREL | Showbiz"), a bullet or a middle dot ("THE KELSO LANTERN · News · Est. 1902", "VARDO ECHO · Wednesday, March 5") and a breadcrumb\'s chevrons ("KELSO WEEKLY › News › Science", "Home > World"): what stands before the first one is the outlet, each part a credit of its own.',
  ['|', '•', '·', '›', '»', '>'],
);

export const PRESS_HEADS = wordList(
  'press-heads',
  'Head nouns of newspapers\' names, two of which may be joined by "and" into one title ("the Times and Sentinel").',
  within(ORG_HEADS, ['post', 'news', 'daily', 'times', 'journal', 'herald', 'tribune', 'gazette', 'courier', 'observer', 'chronicle', 'sentinel', 'dispatch', 'examiner', 'inquirer', 'enquirer', 'bulletin', 'telegraph', 'press', 'clarion', 'ledger', 'gleaner', 'advertiser', 'argus', 'courant', 'echo', 'tidings', 'messenger',
    // A news agency named "X Wire" or "X Newswire" ("Lakemoor Wire called the race"), as "X Press" is.
    'wire', 'newswire',
    // A news service named "X Newsline" ("told Tasman Newsline", "(Kelso Newsline) —").
    'newsline']),
);

export const SPANISH_PRESS_HEADS = list(
  'spanish-press-heads',
  'Head nouns of Spanish-language newspapers\' names, which come first after the article "El" or "La" ("El Heraldo Fronterizo", "La Voz del Valle", "El Diario de Kelso", "La Opinión", "La Prensa Libre", "El Informador"): the name is an outlet, a body; "told La Voz" was read as a person. Listed without accents, as words are looked up.',
  'heraldo diario voz opinion prensa jornada cronica noticias periodico semanario informador',
);

export const PAPER_NAME_OPENERS = wordList(
  'paper-name-openers',
  'Words that open a newspaper\'s name on its masthead line with a word of its own after them and no head noun closing it ("The Daily Kestrel", "Daily Vardo"); only on a line of its own or before a section path, where no sentence is.',
  ['daily'],
);

export const PAPER_ISSUE_OPENERS = list(
  'paper-issue-openers',
  'Words of when a newspaper comes out that open its title before one word of its own ("the Daily Kestrel", "the Sunday Kestrel", "the Tarrow Evening Star", "the Morning Lantern"): after "the", the two words (or the town and the two) are a paper\'s name, a body, though neither is a body\'s head (evidenceRules.ts issuePaperName). Media copy names a group\'s titles so ("whose group owns the Daily Kestrel and the Sunday Kestrel"), missed without it.',
  'daily sunday evening morning weekend',
);

export const ISSUE_NON_PAPER_WORDS = list(
  'issue-non-paper-words',
  'Words after a word of paper-issue-openers that make the two a programme, a service or a gathering, not a newspaper ("the Morning Show", "the Daily Briefing", "the Sunday Service", "the Evening Session", "the Sunday Roast").',
  `show programme program briefing bulletin edition service services mass prayer prayers worship session sessions shift
   roast lunch brunch market league cup game match race run walk ride assembly school club special`,
);

export const CHANNEL_NUMBER_WORDS = list(
  'channel-number-words',
  'Numbers in words that, capitalised after a broadcaster\'s initials, name one of its channels ("aired on KBC One", "KBC Two\'s controller"; evidenceRules.ts broadcasterChannel): a body of its own, missed without it.',
  'one two three four five six seven eight nine ten',
);

export const BROADCAST_SERVICE_WORDS = list(
  'broadcast-service-words',
  'Words of a broadcaster\'s radio or TV service that, between its initials and the region or town served, name a regional service ("ran KBC Radio Western", "KBC TV Kelso"; evidenceRules.ts broadcasterChannel): one body, missed without it. Before a closing "News" ("Kelso TV News", a live page\'s masthead in capitals "KELSO TV NEWS | Live") they name the broadcaster\'s news service, the broadcaster itself (clusters.ts orgKey keys it without "News").',
  'radio tv television',
);

export const STATION_CUE_NOUNS = list(
  'station-cue-nouns',
  'Lower-case nouns of a radio or TV station right before its name ("the talk station Talk 99", "the music channel Vardo 24"): a capitalised word and a number after them are the station\'s name, closed by the number (runs.ts isNumberAfterStationNoun), not a person and an age.',
  'station channel',
);

export const PERIODICAL_HEADS = wordList(
  'periodical-heads',
  'Words of how often a periodical appears that end a trade title\'s name ("Kelso Practice Weekly") on its masthead line, and '
    + 'words that end a local paper\'s name there ("Vardo Evening Star", "Marwick Evening Standard", "Tarrow Express", "Kelso Mirror", "THE NORTHERN LANTERN", "Vardo Beacon", "Kelso Mail", "Marwick Mercury", "Dunmore Banner": a masthead of these was missed), '
    + 'and a trade title\'s ("Hospitality Record | Food Safety", "Catering Review", "Kitchen Trade Digest"); '
    + 'not body heads in general, since a programme is so named too (the podcast "Vardo Science Weekly"), and a star, a standard, '
    + 'a mirror, a record or a review is an ordinary thing in a sentence.',
  ['weekly', 'monthly', 'quarterly', 'star', 'standard', 'express', 'mirror', 'record', 'review', 'digest', 'lantern', 'beacon', 'mail', 'mercury', 'banner'],
);

export const PERIODICAL_FREQUENCY_HEADS = wordList(
  'periodical-frequency-heads',
  'Words of how often a periodical appears (list periodical-heads) that, capitalised right after a capitalised title word, make that word the first of a trade title\'s name ("Counsel Weekly can reveal", "Surveyor Monthly", "told Coroner Quarterly"), no title before a person: no one is named "Weekly". The papers\' other heads ("Star", "Standard", "Record") are left out: they are surnames too ("Judge Record", "Constable Star").',
  within(PERIODICAL_HEADS, ['weekly', 'monthly', 'quarterly']),
);

export const PRESS_COMMON_HEADS = wordList(
  'press-common-heads',
  'Newspaper head nouns that copy also capitalises as ordinary nouns ("the News at Ten", "freedom of the Press", a song "Down to the Wire"): alone after "the" they are no paper.',
  within(PRESS_HEADS, ['news', 'press', 'wire', 'newswire']),
);

export const OTHER_BODY_OPENINGS = wordList(
  'other-body-openings',
  'Names of two words or more that are a body of their own and also open the names of other, different bodies before "of" / "for" '
    + '("the Royal Society" is not "the Royal Society for the Protection of Marwick Birds"): never taken as the short form of such a longer name.',
  ['royal society', 'royal college', 'royal academy', 'royal institution', 'national academy', 'supreme court', 'high court'],
);

// A college is named after its town or its founder: only a first word no lexicon knows as a person's name is the town.
export const TOWN_OR_FOUNDER_HEADS = list(
  'town-or-founder-heads',
  'Last words of bodies named after either the town they serve or a person ("Dunholt College" in Dunholt; "Kelso College" after a founder Kelso): the first word alone is the town ("from Dunholt", "at Dunholt depot"), not a short form of the body, only when the lexicon does not know that word as a first name or a surname (a founder\'s surname alone stays with the person or the body).',
  'college',
);

export const TOWN_NAMED_HEADS = list(
  'town-named-heads',
  'Last words of bodies named after the town they serve: newspapers ("Kelso Evening Post", "Marwick Courier", "the Tarrow Daily Clarion", also on a masthead in capitals), councils, courts, hospitals, police, a US high school ("Corbin High"), an area\'s association of its residents, tenants or traders ("Kelso Residents\' Association", in "Homes for Kelso" the word is the town), and South Asian copy\'s village committee, a "samiti" ("the Vardo Jal Bachao Samiti … farmers from Vardo"); not "News" or "Press", which end brands\' names ("Vardo News"). A chamber of commerce is named so before its "of" ("Kelso Chamber of Commerce"). Such a body\'s first word alone is the town ("its Kelso plant", "staff at Kelso"), never a short form of the body, whose own short form keeps its head ("the Evening Post", "the Courier").',
  `post times journal herald tribune gazette courier observer chronicle sentinel dispatch examiner inquirer
   enquirer bulletin telegraph echo mail star advertiser argus mercury standard record
   council court infirmary hospital constabulary police high association chamber district samiti
   clarion courant gleaner messenger ledger tidings`,
);

export const PUBLIC_SERVICE_WORDS = list(
  'public-service-words',
  'Nouns of a public emergency or care service that, with a head after them (list public-service-heads), name a service covering the two towns or counties joined by "and" before them ("Kelso and Marwick Fire Service", "Tarrow and Vardo Ambulance Service", "Kelso and Vardo Probation Trust"): one body, not a town and a service (runs.ts townBodyForBoth).',
  'fire ambulance rescue police probation coastguard health',
);

export const PLACE_FIRST_HEADS = wordList(
  'place-first-heads',
  'Heads of a body named after its town that copy writes either way round ("the University of Harwick" and later "Harwick University"): the two forms are one body\'s name (clusters.ts orgKey). Colleges and schools are left out: "Kelso College" and "the College of Kelso" are as often two bodies.',
  within(ORG_HEADS, ['university']),
);

export const FORCE_HEADS = wordList(
  'force-heads',
  'Heads of a police force named after the two counties or towns it serves ("Avon and Vardo Police", "Kelso and Marwick Constabulary"): a force serves both, so the first word is a place of the force\'s name even where the lexicon knows the word as a company\'s (words.ts runs: forceForTwoPlaces). Councils are left out: "Kelso Mobile and Vardo Council signed a deal" is two parties as often.',
  within(TOWN_NAMED_HEADS, ['police', 'constabulary']),
);

export const SERVICE_SHORT_FORM_WORDS = wordList(
  'service-short-form-words',
  'Words of an emergency service that end its name when copy leaves out the closing "Service" ("Kelso Fire and Rescue" for "Kelso Fire and Rescue Service", "Tarrow Ambulance", "Vardo Police"): the same body across reports (link.ts SERVICE_WITHOUT_HEAD). Not "health": "Kelso Health" is as often a firm of its own.',
  within(PUBLIC_SERVICE_WORDS, ['fire', 'rescue', 'ambulance', 'police', 'coastguard', 'probation']),
);

export const PUBLIC_SERVICE_HEADS = wordList(
  'public-service-heads',
  'Heads that close a public service\'s name after a word of its service (list public-service-words): "Fire Service", "Fire Brigade", "Ambulance Trust", "Police Authority".',
  within(ORG_HEADS, ['service', 'brigade', 'trust', 'authority']),
);

export const TWO_PARTY_OPENERS = list(
  'two-party-openers',
  'Words that ask for two parties joined by "and" ("talks between Kelso and Vardo Council", "both Tarrow and Marwick Police"): the first town is one side and the body named after the second the other, not one body named for both towns (runs.ts townBodyForBoth).',
  'between both',
);

export const TOWN_SCHOOL_LEVELS = list(
  'town-school-levels',
  'Words of a school\'s level or kind before "School" that make it a town\'s school, named after its town ("Kelso Grammar School", "Tarrow Unified School", "Vardo Primary School"): its first word alone is the town, as for town-named-heads. A university\'s school ("the Marwick Law School", "Kelso Graduate School of Journalism") is named after the university, whose name alone stays its short form.',
  'unified primary grammar elementary middle secondary junior infant infants comprehensive',
);

export const PORT_SITE_WORDS = list(
  'port-site-words',
  'Nouns of a port, a harbour or an airport written after the first word of the name of the body that runs it ("the Kelso Port Authority", "Tarrow Harbour Commissioners", "the Vardo Airport Authority", "Marwick Docks Board"): the body is named after its town\'s port, so the first word alone is the town ("ships queued off Kelso", "goods that pass through Tarrow"), never a short form of the body. A company so named keeps its short form ("Kelso Port Holdings" … "Kelso said": its last word a company head).',
  'port harbour harbor docks airport',
);

export const FEATURE_NAMED_WORDS = list(
  'feature-named-words',
  'Nouns of a river, a coast or an upland written after the first word of a body\'s name ("the Tarrow Rivers Trust", "the Kelso Valley Society", "Marwick Hills Alliance"): the body is named after the river, valley or hills it looks after, so its first word alone is that place ("anglers on the Tarrow"), never a short form of the body, as a town-named body\'s first word is the town.',
  'river rivers lakes lake valley vale coast coastal hills fells moors moorland dales estuary wetlands marshes broads',
);

export const WATER_BODY_NOUNS = list(
  'water-body-nouns',
  'Nouns of a river or a lake that name it with one word of its own before or after them ("the River Ambry", "the Tarrow River", "Lake Orrin", "Loch Vardo"): that word alone elsewhere in the article ("sewage in the Ambry") is the river or the lake, never the short form of a body named after it ("the Ambry Dippers", a swimmers\' group).',
  'river lake loch lough',
);

export const TOWN_PAPER_HEADS = wordList(
  'town-paper-heads',
  'The newspapers\' heads of town-named-heads: a paper named with its town in one report ("Kelso Evening Post") may be named by its title alone in another ("the Evening Post"). Not "News", which ends networks\' and brands\' names ("Vardo News").',
  within(TOWN_NAMED_HEADS, ['post', 'times', 'journal', 'herald', 'tribune', 'gazette', 'courier', 'observer', 'chronicle', 'sentinel', 'dispatch', 'examiner',
    'inquirer', 'enquirer', 'bulletin', 'telegraph', 'echo', 'mail', 'star', 'advertiser', 'argus', 'mercury', 'standard', 'record']),
);

export const ORG_HEADS_BEFORE_ON = list(
  'org-heads-before-on',
  'Nouns of bodies that start a name joined by "on" ("Commission on Presidential Debates", "Subcommittee on Consumer Protection", "Committee on Foreign Relations"); research and watchdog bodies are named so too ("Center on Rural Schools", "Institute on Harbour Policy", "Project on Public Spending"); a commission of inquiry is named after the country or the conflict it looks into ("Commission of Inquiry on Vardonia", cut to "Commission of Inquiry" without it).',
  'committee subcommittee commission council conference panel center centre institute project inquiry',
);

/** The deliberating bodies among them: a run opened by a body's noun and closed by one is that body's committee. */
export const COMMITTEE_HEADS_BEFORE_ON = wordList(
  'committee-heads-before-on',
  'Nouns of deliberating bodies among those joined by "on": a run opened by a body\'s noun and closed by one ("Senate Harbours and Tidal Waters Committee") is that body\'s committee, whatever head nouns come between.',
  within(ORG_HEADS_BEFORE_ON, ['committee', 'subcommittee', 'commission', 'council', 'conference', 'panel']),
);

export const BODY_POSTS_BEFORE_OF = list(
  'body-posts-before-of',
  'Lower-case posts that only a body has, never a place ("founder of Safer Births Kelso", "a trustee of Homes for Vardo", '
    + '"a spokeswoman for …" aside): the capitalised name after them and "of" is that body, though no head noun ends it. '
    + 'Posts a town or a country also has ("mayor", "governor", "president", "leader") are left out. Media and business copy '
    + 'names a family firm\'s new head so ("named Ana Kell interim chief executive of Harwood" beside "Harwood Newspapers" '
    + 'and its chairman "Giles Harwood"): the word alone is then the firm, not the family\'s man.',
  'founder co-founder cofounder trustee trustees executive',
);

export const ORG_HEADS_BEFORE_OF = list(
  'org-heads-before-of',
  'Organisation nouns that start a name joined by "of" ("Ministry of Defence", "Bank of England", a periodical "Journal of Marine Ecology", a meeting of states "Forum of Baltic and Nordic Ports", a church "Diocese of Tarrow", "Patriarchate of Vellmar"; a union or an indigenous peoples\' body named as a congress, an assembly or a brotherhood, "Congress of Kelder Trade Unions", "Assembly of Tarrow Chiefs", "Brotherhood of Rail Stokers"; a state administration, "State Administration of Food Reserves": read as a lone "Congress" and a person without them; an inspectorate or a directorate named for what it inspects or directs, "Inspectorate of Policing Standards", "the Directorate of Vardo Roads": read without its head, "Policing Standards", or not at all, "Inspectorate of Prisons"); a research body named as an observatory or a laboratory of a place, "National Observatory of Tarrow", "Laboratory of Marine Biology", cut before "of" without it; a regulator named for the sector it regulates, "the Regulator of Kelso Water Services", "the Regulator of Social Housing": read as the sector\'s words alone, or as a person, without its head; a French state\'s administration of a département or a region named as its prefecture, "the Prefecture of the Vardo Coast said in a statement", "the Prefecture of Tarrow": read as a place without its head; a trade\'s guild named for its members, "the Guild of Barge Owners and Lightermen": read as a lone "Guild" without it).',
  `bank university ministry department house church court council board office institute college school museum
   federation union association league organisation organization commission committee agency bureau chamber
   academy society party fund secretariat centre center order confederation conference embassy government
   forces force army navy police guard service authority network foundation alliance coalition movement
   tribunal corps command consulate headquarters endowment community journal forum diocese archdiocese patriarchate
   congress assembly brotherhood sisterhood administration inspectorate directorate observatory laboratory regulator prefecture
   guild`,
);

export const POST_NOMINALS = list(
  'post-nominals',
  'Letters written after a British or Commonwealth name for a seat held, a rank at the bar or an honour ("Dana Kelso MP said", a member of the Welsh parliament "Dana Kelso MS", "Idris Penhale KC told the court", "Ivo Sandal OBE"): not part of the name (the mention is "Dana Kelso", and "Kelso" alone is the same person), and a reporting verb after them still has the name as its subject. Only in capitals and after a name; "MS", "AM", "PC" and "SC" are left out, being other words or abbreviations as often. An Irish deputy\'s "TD" is kept: after a name it is the seat ("Dana Kelso TD said"), and a touchdown is written after a possessive or a number ("Kelso\'s TD", "a 5-yard TD"). Planning, property and construction copy writes a professional body\'s membership and a first degree after the name ("the inspector, Dana Kelso BA MRTPI,", "Tom Vane FRICS, a partner at …", "Ivo Marr RIBA"; "MA" is left out, a US state\'s code as often).',
  'mp msp mep mla mpp mhk ms td kc qc obe mbe cbe kbe dbe gbe bem frs frse freng fba fmedsci frsa om vc gc ba frics mrics mrtpi frtpi riba friba mciob fciob',
);

export const COUNSEL_POST_NOMINALS = list(
  'counsel-post-nominals',
  'Letters of a senior barrister\'s rank that also end a sports club\'s name ("Margaret Hollis SC" in Australian, Irish or South African copy, beside "Kelso SC" the club): post-nominal only after a known given name and a surname ("Dana Kelso SC"), a distinction, no role.',
  'sc',
);

export const SEAT_POST_NOMINALS = wordList(
  'seat-post-nominals',
  'Post-nominal letters that name a seat held in a legislature ("Dana Kelso MP", "Orla Brandt MEP"): a post the text attaches to the person, so a role, as "MP" before the name is; the other letters (a rank at the bar, an honour) are distinctions, no role.',
  within(POST_NOMINALS, ['mp', 'msp', 'mep', 'mla', 'mpp', 'mhk', 'ms']),
);

/** Whether a word as written is post-nominal letters: in capitals, no full stops ("KC", not "Kc" or "kc"; "MRTPI" has five). */
export function isPostNominal(text: string): boolean {
  return /^[A-Z]{2,5}$/.test(text) && POST_NOMINALS.has(text.toLowerCase());
}

export const NAME_SUFFIXES = list(
  'name-suffixes',
  'Generational suffixes that end a personal name ("Calvin Lowell Bishop Jr", "Rashid II").',
  'jr sr ii iii iv v vi filho neto junior sobrinho',
);

/**
 * Common English given-name variants and the formal names they stand for ("Bob Hale" is "Robert J. Hale"),
 * from the usual diminutive lists of English names (the kind genealogy and record-linkage tools ship). General
 * knowledge of names, not names from articles. A variant may stand for more than one formal name.
 */
export const GIVEN_NAME_VARIANTS: ReadonlyMap<string, readonly string[]> = new Map(`
  bob:robert bobby:robert rob:robert robbie:robert bert:robert,albert,herbert bill:william billy:william will:william
  willie:william liam:william ted:edward,theodore teddy:edward,theodore ed:edward,edwin eddie:edward ned:edward
  tim:timothy timmy:timothy tom:thomas tommy:thomas jim:james jimmy:james jamie:james mike:michael mikey:michael
  mick:michael mickey:michael dick:richard rick:richard ricky:richard rich:richard richie:richard chuck:charles
  charlie:charles chas:charles joe:joseph joey:joseph dan:daniel danny:daniel dave:david davey:david steve:steven,stephen
  chris:christopher,christine,christina matt:matthew tony:anthony andy:andrew drew:andrew pat:patrick,patricia
  patty:patricia nick:nicholas nicky:nicholas sam:samuel,samantha ben:benjamin benny:benjamin jack:john johnny:john
  jon:jonathan hank:henry harry:henry,harold larry:lawrence,laurence jerry:gerald,jerome greg:gregory jeff:jeffrey
  ken:kenneth kenny:kenneth ron:ronald ronnie:ronald don:donald donny:donald doug:douglas fred:frederick
  freddie:frederick al:albert,alan,alfred alex:alexander,alexandra sandy:alexander,alexandra,sandra phil:philip,phillip
  ray:raymond gene:eugene walt:walter nate:nathan,nathaniel zach:zachary josh:joshua jake:jacob theo:theodore
  lou:louis vince:vincent vinny:vincent len:leonard lenny:leonard leo:leonard stan:stanley ernie:ernest herb:herbert
  abe:abraham gabe:gabriel frank:francis,franklin frankie:francis pete:peter marty:martin manny:manuel
  liz:elizabeth beth:elizabeth betty:elizabeth betsy:elizabeth lizzie:elizabeth kate:katherine,catherine
  katie:katherine,catherine kathy:katherine,kathleen cathy:catherine peggy:margaret maggie:margaret meg:margaret
  sue:susan susie:susan jenny:jennifer jen:jennifer debbie:deborah deb:deborah barb:barbara pam:pamela
  becky:rebecca vicky:victoria mandy:amanda abby:abigail cindy:cynthia patsy:patricia trish:patricia
  jan:janet,janice mel:melvin,melissa,melanie val:valerie tina:christina nan:nancy,ann annie:ann,anne
  molly:mary polly:mary sally:sarah kim:kimberly steph:stephanie
`.trim().split(/\s+/).map(pair => {
  const [variant, formal] = pair.split(':');
  return [variant, formal.split(',')] as const;
}));

/** The diminutives of each formal given name: GIVEN_NAME_VARIANTS read the other way ("robert" → bob, bobby, rob, robbie, bert). */
export const DIMINUTIVES_OF_GIVEN_NAME: ReadonlyMap<string, readonly string[]> = (() => {
  const byFormal = new Map<string, string[]>();
  for (const [variant, formals] of GIVEN_NAME_VARIANTS) {
    for (const formal of formals) {
      byFormal.set(formal, [...(byFormal.get(formal) ?? []), variant]);
    }
  }
  return byFormal;
})();

/** The given-name keys a first name matches by: itself and the formal names it may stand for. */
export function givenNameKeys(first: string): string[] {
  return [first, ...(GIVEN_NAME_VARIANTS.get(first) ?? [])];
}

export const KIND_ABBREVIATIONS = list(
  'kind-abbreviations',
  'Abbreviations that name a kind of body, not one body ("a super PAC", "the PAC\'s treasurer", "an NGO"; crypto copy\'s decentralised autonomous organisation, "the DAO paused its votes"; telecoms copy\'s kinds of operator, "its MVNO partners", "an MNO", "the ISP"): alone they are common nouns; inside a name they still end it ("Harbor Voters PAC", "Marrow DAO").',
  'dao pac ngo mno mnos mvno mvnos isp isps',
);

export const LISTED_SHORT_WORD_NAMES = list(
  'listed-short-word-names',
  'One-word names of three letters or fewer in the gazetteers that are words, not initials ("Kia" is left out: the lexicon knows it as a given name), so copy writes them in title case ("Eni reported", "an Eni refinery"); every other short listed name is an abbreviation and counts only in capitals ("UN", "AP"; "Who", "Un" are other words).',
  'eni',
);

export const TELLING_VERBS = list(
  'telling-verbs',
  'Verbs of telling whose listener, one capitalised common word after a lower-case "the", is a publication ("told the Lantern"; rule common-word-outlet). Not "asked" or "urged": "asked the House to judge them" asks a chamber.',
  'told tells telling informed',
);

export const WRITING_IN_VERBS = list(
  'writing-in-verbs',
  'Forms of "write" before "in" and one capitalised word the lexicon knows as no name, place, date or language: what is written in is a publication ("Oren Talby wrote in Baseline that …"; rule common-word-outlet).',
  'wrote writes write writing written',
);

export const OUTLET_REPORT_VERBS = list(
  'outlet-report-verbs',
  'Verbs a publication reports by, right after "the" and one capitalised word that is no title or body\'s head ("the Beacon reported that …", "the Lantern revealed"): the word is the outlet named by a common word (rule common-word-outlet).',
  'reported reports revealed reveals disclosed',
);

export const PUBLISHING_VERBS = list(
  'publishing-verbs',
  'Forms of "publish": a name of several words after "published … in the" or "published … in" is where the work appeared ("published on Wednesday in the Kelso Medical Review"), a journal or a paper.',
  'published publishes publish publishing',
);

export const NAMED_STUDY_NOUNS = list(
  'named-study-nouns',
  'Lower-case nouns after an abbreviation that make it the name of a clinical or research trial ("the VELTA trial", "the KORA trials"), a study, or of a gene ("the TRM4B gene"), a molecule: not a body. Not "study", "report" or "survey", which a body\'s abbreviation often stands before ("an ONS survey"); not "protein" or "variant" ("the WHO variant list").',
  'trial trials gene genes',
);

export const VACCINE_NOUNS = list(
  'vaccine-nouns',
  'Lower-case nouns of a vaccine and its doses after an abbreviation that make the abbreviation the vaccine\'s name ("the MMR vaccine", "her second MMR dose", "a BCG jab", "the HPV vaccination", "an OPV booster"), a thing, not a body: outbreak and vaccination copy names vaccines by their initials as it names agencies. Not "programme" or "campaign", which a body\'s abbreviation often stands before ("the WHO campaign"), nor "shot".',
  'vaccine vaccines jab jabs dose doses booster boosters vaccination vaccinations',
);

export const DATA_NOUNS = list(
  'data-nouns',
  'Lower-case nouns after a name that make it the vendor of the numbers cited ("according to Tickvane data", "Kelsoflow figures showed"): markets and crypto copy credit data firms so.',
  'data figures estimates calculations',
);

export const TOKEN_NOUNS = list(
  'token-nouns',
  'Lower-case nouns that make an all-capital word next to them a crypto asset\'s ticker, a thing that is traded, not a body: right after it ("its KVX token", "the USDK stablecoin", "a KVX coin"), one modifier between (list token-modifiers: "its KVX governance token"), or the head of an appositive set off by commas ("Its own token, KVX,", "KVX, the exchange\'s native token,"). Crypto copy prints tickers in capitals that look like a body\'s initials.',
  'token tokens coin coins stablecoin stablecoins memecoin memecoins altcoin altcoins cryptocurrency cryptocurrencies',
);

export const TOKEN_MODIFIERS = list(
  'token-modifiers',
  'Lower-case words crypto copy puts between a ticker and its token noun ("the KVX governance token", "its KVX utility token"): the kind of token, never a body\'s business ("an SEC token ruling" has none).',
  'governance utility native reward rewards staking wrapped meme gas exchange',
);

export const MALWARE_NOUNS = list(
  'malware-nouns',
  'Lower-case nouns of malicious software that make a one-word name right before them a program, a thing, not a body or a person: security copy names ransomware strains, stealers and loaders in camel case or like people ("the NightBolt encryptor", "the Hattie infostealer", "deployed Kestrel ransomware."). The noun must end its phrase: before another noun it modifies it, and a gang is named so ("the Marten ransomware gang", list crime-group-nouns).',
  `ransomware malware encryptor encryptors infostealer infostealers stealer loader trojan backdoor botnet wiper rootkit
   spyware implant dropper keylogger`,
);

export const PRODUCT_NOUNS = list(
  'product-nouns',
  'Lower-case nouns of network and computer hardware right after a name that make the name a product, a thing ("an Ostra Gatekeep VPN appliance", "the Kelvo X2 router,"): security copy names the device a flaw is in by its maker and model, capitalised words that read as a person\'s name without the noun; consumer and class-action copy names the household appliance recalled or sued over by its maker and model, often with the model\'s number between ("her Lumo CrispMax 6 fryer", "its AirChef 5 models", "a Brisa T200 heater").',
  `appliance appliances gateway gateways router routers firewall firewalls fryer fryers kettle kettles blender blenders dishwasher dishwashers heater heaters models
   console consoles handset handsets smartphone smartphones phone phones tablet tablets laptop laptops headset headsets earbuds smartwatch smartwatches
   chatbot chatbots`,
);

export const PRODUCT_NOUN_MODIFIERS = list(
  'product-noun-modifiers',
  'Lower-case words that stand between a model\'s name and a product noun (list product-nouns) in consumer-electronics copy ("the Vela games console", "its Orro smart speaker", "the Tarn flagship phone"): the name is still the model, a thing. Reason: launch and recall copy names a device by its model and what kind of device it is, often with the market it is for between.',
  'games gaming smart flagship budget folding foldable wireless streaming',
);

export const PRODUCT_GRADE_WORDS = list(
  'product-grade-words',
  'Capitalised words that grade a model within its line after its name or number ("the Vela 6 Pro Max", "a Tarn Lite", "the Orro 3 Ultra"): consumer-electronics copy writes them in every product name, and they read as a title ("Pro", a poker professional) or a given name ("Max") without the model before them. After a model\'s number, or closing a name whose other words are no given name, they make the name a product, a thing.',
  'pro max plus ultra lite mini',
);

export const ACADEMIC_FIELD_NOUNS = list(
  'academic-field-nouns',
  'Capitalised nouns that close the name of a field of study, which university copy writes for a subject or for the department that teaches it ("Forensic Anthropology will lose four posts", "cuts to Molecular Biology", "Media Studies"): a subject, a thing, not a person, though the words before it are unknown; a body\'s head inside keeps it a body ("the Kelso Archaeology Trust"). Beside "Department of …", "School of …" it is that body\'s short name (list academic-unit-heads; clusters.ts `academicUnitOfField`). Left out: fields that are common surnames or words of their own ("Law", "History", "Music") and those that close firms\' names as often ("X Economics", "X Engineering", "X Genetics", "X Sciences"), or outlets\' and polling sites\' names ("X Politics").',
  `archaeology anthropology sociology geography chemistry physics biology biochemistry mathematics philosophy
   linguistics psychology theology classics humanities studies astronomy geology zoology botany neuroscience
   pharmacology criminology microbiology astrophysics palaeontology egyptology musicology`,
);

export const ACADEMIC_UNIT_HEADS = wordList(
  'academic-unit-heads',
  'Heads of a university\'s unit named for the field it teaches ("the Department of Coastal Archaeology", "the School of Media Studies", "the Faculty of Physics", "the Kelso Institute" aside): the field\'s name alone is that unit\'s short name where the document names it so (list academic-field-nouns).',
  ['department', 'school', 'faculty', 'institute', 'centre', 'center', 'division'],
);

export const LAUNCH_EVENT_ENDS = list(
  'launch-event-ends',
  'Capitalised nouns that close the name of a company\'s launch event ("the Vela Showcase", "Tarn Expo 2026", "the Orro Keynote"): the event, a thing, not a person, though the maker\'s name before it is a body\'s word and both words are unknown to the lexicon.',
  'showcase showcases expo keynote',
);

export const MEETING_EVENT_ENDS = list(
  'meeting-event-ends',
  'Capitalised nouns that close the name of a meeting of leaders held under a name of its own ("ministers met at the Harbour Safety Summit", "leaders at the Kelso Summit"): the event, a thing, not a person, though the words before it are unknown to the lexicon; a body\'s head inside keeps it a body.',
  'summit',
);

export const NUMBERED_MEETING_STEMS = list(
  'numbered-meeting-stems',
  'Abbreviations of a recurring conference that climate and diplomatic copy numbers by its edition, fused with the number ("delegates at COP31", "ahead of CoP20", "the CMP16 session") and alone as the series ("COP is short for the conference of the parties"): the meeting, a thing, not a body that speaks, though the letters read as an abbreviation. Not "cma": alone it is as often a competition regulator.',
  'cop cmp chogm unoc',
);

export const NUMBERED_MEETING_NOUNS = list(
  'numbered-meeting-nouns',
  'Lower-case nouns of a meeting right after an abbreviation fused with its edition\'s number ("the SB64 session", "the KVR12 summit", "at the XYZ9 talks"): the numbered name is the meeting, a thing; a one-letter group ("the G20 summit") keeps its reading.',
  'summit summits talks conference session sessions meeting meetings negotiations congress plenary',
);

export const RESIDENT_ORIGIN_WORDS = list(
  'resident-origin-words',
  'Prepositions after a given name alone and its comma that open where the person lives or comes from, before a capitalised place and a closing comma ("Ellen, from Top Side Farm, drove …", "Joan, of Quarry Lane, said …": local and flood copy give residents\' streets so): the name is a person\'s (evidence rule given-name-before-origin).',
  'from of',
);

export const VEHICLE_NOUNS = list(
  'vehicle-nouns',
  'Nouns of a car\'s body style, a model\'s badge and a trim right after a name, or after one lower-case word after it, that make the name a car model, a thing ("2023-2024 Marlowe sedans", "the Aria SUV and Marlowe saloon", "the Marlowe GT-S performance trim", "the Marlowe nameplate", "Sable SUVs"): motoring and automotive industry copy names models with given names, surnames and common words that read as a person or a body without the noun. A brand before the noun ("Kelso pickups") is a body where another use shows it so (it speaks, heads a title, is a known body): the kind rule named-program keeps it. Not "estate" (a landed estate), "van" or "truck" (a firm\'s vans and trucks: "Kelso vans"), nor "vehicle" (a maker\'s "electric vehicles"). A recall\'s "the Veltra Aster model" names a car by "model" alone (read as a person without it); a thing named after a person ("the Kelso model of care") is no person either.',
  `suv suvs mpv mpvs sedan sedans saloon saloons hatchback hatchbacks pickup pickups pick-up pick-ups coupe coupes coupé coupés
   convertible convertibles crossover crossovers minivan minivans roadster roadsters supercar supercars nameplate nameplates
   trim trims model models`,
);

export const MILITARY_SERVICE_HEADS = list(
  'military-service-heads',
  'Heads of a military service\'s name ("the Royal Vardo Air Force", "the Kelso Army", "the Coast Guard", "the Marine Corps"): one capitalised word right after them that ends the run, after a service\'s name of two words or more, is the type of the craft the service flies or sails ("a Royal Vardo Air Force Hercules landed", "a Kelso Coast Guard Dolphin"), no word of the service\'s name (runs.ts `isCraftTypeAfterService`). A service of one word is left as it was before a word the lexicon knows ("an Army Chinook", "the Army Reserve"): "Army" alone may be a name\'s first word; opening the run before a word the lexicon does not know at all, it leaves that word the type ("Army Wyvern crashes", "a Navy Skua ditched": defence copy names aircraft after beasts and birds).',
  'force navy army corps guard',
);

export const CRAFT_NOUNS = list(
  'craft-nouns',
  'Lower-case nouns of an aircraft or a military vehicle right after a type\'s code of capitals and digits ("an NH90 helicopter", "two AW139 helicopters", "a Kelso Air Force KC30 tanker aircraft", "the A400 transporter"): the code is the type, a thing, not a body\'s abbreviation (read as one without it). Only after such a code: a body\'s name before the noun stays a body ("a Police Vardo helicopter").',
  `helicopter helicopters aircraft plane planes jet jets airlifter airlifters transporter transporters drone drones
   tanker tankers gunship gunships`,
);

export const VEHICLE_ABBREVIATIONS = list(
  'vehicle-abbreviations',
  'A car\'s body style written as capitals after a model\'s name ("Aria SUVs", "the Sable SUV", "a Kelso MPV"): no word of the name, which motoring copy writes before it (list vehicle-nouns makes the name the model).',
  'suv suvs mpv mpvs',
);

export const MALWARE_DEPLOY_VERBS = list(
  'malware-deploy-verbs',
  'Verbs of running malicious software on a victim\'s machines ("then deploy NightBolt at the weekend", "deployed Hattie on the servers"): the one capitalised word after them is a program, like a word before a malware noun (list malware-nouns); not a word in capitals (an alliance deploys troops: "deployed NATO forces").',
  'deploy deploys deployed deploying',
);

export const CRIME_GROUP_MODIFIERS = list(
  'crime-group-modifiers',
  'Lower-case words of a criminal trade that security copy puts between a gang\'s name and its group noun ("the Marten ransomware gang", "the Bracken extortion crew", "the Corvid hacking group"): the name before them is the gang, a body, though it is one common word or a given name.',
  'ransomware hacking hacker extortion cybercrime cybercriminal criminal',
);

export const CRIME_GROUP_NOUNS = list(
  'crime-group-nouns',
  'Lower-case nouns of a criminal group after a crime word (list crime-group-modifiers) and a gang\'s name ("the Marten ransomware gang", "Bracken ransomware operation", "a Corvid hacking crew"): they end the gang\'s description. "operation" and "crew" alone after a name say nothing ("the Kelso rescue operation", "the Vardo crew" of a ship).',
  'gang gangs group groups crew operation cartel outfit collective syndicate',
);

export const SELF_NAMING_VERBS = list(
  'self-naming-verbs',
  'Verbs of naming oneself before "itself" and a name ("a gang calling itself Marten", "a group that calls itself Bracken", "styling itself Corvid"): "itself" stands for a body (a person calls himself or herself), so the name is that body\'s.',
  'call calls calling called style styles styling styled dub dubs dubbing dubbed brand brands branding branded',
);

export const TRACKING_VERBS = list(
  'tracking-verbs',
  'Verbs with which threat-intelligence firms give their own name for a hacking group ("Weller, which tracks the gang as Amber Stoat,", "tracked by Kelso as Grey Marten"): the capitalised name after "as" that ends its clause is the group\'s other name, a body, though its two words read as a person\'s.',
  'track tracks tracked tracking',
);

export const QUALIFICATION_LEVEL_LETTERS = list(
  'qualification-level-letters',
  'The letters of school qualifications written before "-level" ("AS-level results", "the O-level syllabus", "T-level students", "A-levels"): the tagger splits a two-letter one at its hyphen and reads its letters as an abbreviation, a body; with "-level" after them they name a qualification, a thing (evidence rule letter-compound-noun). Alone ("AS said") the letters keep their reading.',
  'a as o t',
);

export const NON_ORG_ACRONYMS = list(
  'non-org-acronyms',
  'All-capital words that are not organisations (units, currencies, time zones, common abbreviations, school subjects, titles written as letters): "9:12 a.m. ET", "6:41 PM PDT" on a web page\'s time stamp (also Caribbean and Fijian copy\'s "Updated 11:42 p.m. AST", "ADT", "FJT"), "teaches PE" name no body; things written as letters name none either ("called for more CCTV", "an MRI scan", "HGV drivers"); nor do Indian copy\'s "CM" (chief minister) and Irish copy\'s "TD" (a member of the lower house); nor do energy and commodities copy\'s currency codes before a sum ("NOK 38 billion", "SEK 4 billion", "ZMW 2 million") and its units ("CO2 intensity", "110 million boe", "12 BCM a year", "per MWhthe games trade\'s and esports copy\'s jargon ("the QA team", "a 4.1 KDA", "voted MVP", "an open-world RPG", "new DLC, nor British food-safety copy\'s "EHO" (an environmental health officer: "a former EHO", "visits by EHOs"); nor housing, property and construction copy\'s materials, certificates, lettings and taxes ("its chosen ACM system", "HPL panels", "PIR insulation", "CLT frames", "MMC homes", "an EPC rating", "HMO licences", "a 90 per cent LTV", "SDLT relief"); nor security copy\'s technology and its scores ("a Gatekeep VPN appliance", "CVE-2026-1234", "(CVSS 9.8)", "the IOCs", "a DDoS attack", "MFA codes", "an exposed RDP port", "EDR tools"); nor pharmaceutical copy\'s filings, decisions, prices and trial measures ("ahead of the PDUFA date", "its NDA", "a BLA for X", "an sNDA", "a CRL", "the MAA", "a REMS programme", "the EUA", "WAC of $7,000"); nor the legal trade\'s measures of a firm\'s earnings ("PEP at X was £1.1m" for profit per equity partner, "RPL" for revenue per lawyer); nor business copy\'s London share index ("the FTSE 100 group that owns X", "FTSE 250-listed", "the FTSE fell"), a measure, not its provider); nor do rowing and sailing pages\' crew-list heading ("CREWS") and sailing\'s scoring codes in results tables ("RET" retired, "OCS" over the line at the start, "DNC" did not come to the start, "UFD"/"BFD" flag disqualifications, "RDG" redress given); nor do athletics and swimming copy\'s marks after a time and its event codes ("10.21 PB", "a PB by 0.1", "her SB", "56.40 NR", "a WR", "CR" for a championship record, "WL" for a world lead, "DQ" for a disqualification, "the SP title" for the shot put, "the 400 IM" for the individual medley); nor policing copy\'s equipment and the commissioner\'s post written alone as letters ("BWV activated in 88% of searches" for body-worn video, "ANPR cameras", "as PCC demands a plan" for the police and crime commissioner: before a name the post is a title, list chief-officer-initials). Telecoms copy\'s network parts and standards written as letters ("its IMS core", "the HSS", "FTTP broadband", "VoLTE calls", "rival RANs", "LTE coverage") name no body either (its kinds of operator are in list kind-abbreviations) (not "NOC", a national oil company or Olympic committee elsewhere). Data-protection copy\'s laws written as letters ("fined under the GDPR", "CCPA requests") are laws, not bodies. Nor do ice hockey\'s game state after regulation and its penalty minutes ("won it in OT", "fell in double OT", "12 PIM"); not "PPG", "APG" or "TOI", which name companies, a pension fund and a paper elsewhere. A university\'s posts written as letters ("the VC", "PVC", "DVC") are posts, no body (list title-heads); "a VC firm" for venture capital and "PVC piping" name none either. Nor do common terms written with an ampersand ("hours in A&E", "spending on R&D", "the M&A team", "run a B&B", "its P&L", "R&B singers"): a firm\'s letters joined by one ("M&S", "B&Q") stay a body\'s. Nor do aviation copy\'s heights and instruments written as letters ("went around at 200ft AGL", "3,000ft AMSL", "flew the ILS approach", "a TCAS alert", "set the QNH", "a NOTAM closed the runway"). Nor do ports and shipping copy\'s units and ship jargon ("a 14,000 TEU ship", "2,000 FEU", "a 300,000 DWT VLCC", "the ULCV class", "its VDR and AIS data").',
  `gdp ceo cfo coo cto pm am mp mep msp mla mpp tv ai it ok id dna rna hiv aids covid sars gmt bst utc est edt pst cet
   bc ad ce bce vip phd nft atm suv usd eur gbp uah rub uav icbm lgbt lgbtq faq pr hq hr iq ufo asap rsvp
   gps vat ipo etf esg ev api url pdf mw gw km mph kg usb lng lpg pc ii iii iv vi vii viii ix xi xii jr sr
   vc pvc dvc qc kc pov ceo's tba tbc dj mc rip btw lol omg fyi uk's ps pps nb op ed oped ok'd ama var cest
   et pt ct mt pdt cdt cst mdt mst hst akst akdt aest aedt nzst nzdt eet eest ast adt fjt pe ict pshe cm td
   cctv mri hgv gcse gcses ppe icu ivf adhd ptsd cpr ecg ekg sms dvd dui dwi gbh asbo eho ehos
   nok sek dkk chf zar zmw cad aud nzd jpy cny brl co2 boe bcm mwh twh mmbtu bpd
   qa q&a mvp kda rpg mmo mmorpg fps dlc vr
   a&e r&d m&a b&b p&l f&b r&b
   acm hpl eps pir clt mmc epc hmo ltv sdlt
   vpn vpns cve cves cvss ioc iocs ddos mfa rdp edr xdr siem
   pdufa wac nda bla anda snda sbla crl maa rems eua
   gdpr ccpa
   pep rpl
   ftse
   crews ret ocs dnc ufd bfd rdg
   pb pbs sb nr wr cr wl dq im sp
   ims hss fttp fttc ftth volte ran rans lte bgp dns esim gsm umts
   bwv anpr pcc
   ot pim

   agl amsl ils tcas qnh notam notams
   teu teus feu dwt grt vlcc ulcv vdr ais
`,
);

export const AWARD_ACRONYMS = wordList(
  'award-acronyms',
  'Awards written as letters (sports and esports copy\'s most valuable player) that close a distinction with the capitalised words before them ("was named Finals MVP", "Finals MVP Teodor Vranic said", "the Cup Final MVP"): the distinction is no name, and a name after it is the holder\'s, starting after the award. Not a post either: the holder is given no role by it.',
  within(NON_ORG_ACRONYMS, ['mvp']),
);

export const TITLE_INITIALS = list(
  'title-initials',
  'Initials of a US public office that copy writes alone for its holder or his office ("the DA said", "the DA\'s office", "the AG\'s office"): a title, never a body\'s name, though all in capitals.',
  'da ag ada',
);

export const PLACE_ACRONYMS = list(
  'place-acronyms',
  'All-capital abbreviations of countries, cities, (AP style, "Rep. Jane Doe (N.J.)") two-word US states and Australian states ("the NSW electorate of X"): places, not organisations.',
  `us usa uk gb uae ussr drc prc rok dprk nyc la dc sa nz car ksa rsa
   nc nd nh nj nm ny ri sc sd nsw qld`,
);

/**
 * US states as a dateline or an address writes them after a town ("Kelso, Ky.", "Marwick, Calif.", "Dunmore, TX"): the
 * AP abbreviations (written with a full stop; dots dropped here: "N.Y." is "ny", "W.Va." is "wva") and the postal codes
 * (two capitals). Read only after a town and a comma, or in brackets after a name ("Sen. X (Ky.)"), where they name a
 * place: alone many are words ("Pa", "Miss", "Wash", "OR", "ME").
 */
export const US_STATE_ABBREVIATIONS = list(
  'us-state-abbreviations',
  'US states abbreviated AP style ("Ky.", "Calif.", "N.Y.", dots dropped) after a town and a comma or in brackets after a name: places, not organisations or people.',
  `ala ariz ark calif cal colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nebr nev
   nh nj nm ny nc nd okla ore pa penn ri sc sd tenn tex vt va wash wva wis wisc wyo dc`,
);

export const US_STATE_CODES = list(
  'us-state-codes',
  'US postal codes of the states, in capitals after a town and a comma ("Dunmore, TX", "Kelso, OH,"): places, not organisations.',
  `al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok
   or pa ri sc sd tn tx ut vt va wa wv wi wy dc`,
);

export const SPEECH_VERBS = list(
  'speech-verbs',
  'Reporting verbs after a name ("X said") that show the name is a speaker, so a person or a body.',
  `said says told tells added adds wrote writes posted posts tweeted tweets stated states insisted insists
   warned warns claimed claims argued argues noted notes explained explains announced announces declared
   declares replied replies responded responds asked asks urged urges admitted admits acknowledged
   acknowledges suggested suggests recalled recalls conceded concedes stressed stresses emphasised emphasized
   emphasises emphasizes predicted predicts promised promises vowed vows confirmed confirms denied denies`,
);

export const ABSTRACT_NOUN_ENDINGS = list(
  'abstract-noun-endings',
  'Endings of English abstract nouns ("Protection", "Enforcement", "Security", "Equality", "Fairness"): a capitalised phrase ending in one names a policy, programme or body, never a person, even when the lexicon knows none of its words. Endings that English names share ("-ence" of Lawrence, "-ance" of Lance, "-acy" of Tracy) are left out.',
  'tion sion ment ness ship ism ity',
);

export const ADJECTIVE_OPENINGS = list(
  'adjective-openings',
  'Endings of English adjectives that open the names of bodies, programmes and places ("National …", "International …", "Federal …", "Central …"), never a given name.',
  'ional eral tral',
);

export const HEADLINE_AUXILIARIES = list(
  'headline-auxiliaries',
  'Auxiliary and reporting verbs that prose never capitalises mid-sentence but Title-Case headlines do ("X Was Headed To …", "X Says Y Is Right"); none is also a given name (unlike "Will", "May", "Can", "Said").',
  'is are was were been would could should must has have does did says',
);

export const SENTENCE_STARTERS = list(
  'sentence-starters',
  'Capitalised only because they open a sentence: never the start of a name. Greetings and farewells open a quoted message to someone named after them ("Goodbye, Dad.", "Farewell, old friend": tributes posted on social media), no name either. Court copy\'s participles of counsel\'s part open a sentence before the name of the party counsel acts for ("Defending Tom Pell, Dana Kell said …", "Prosecuting, X said", "Representing the family, X said"): they open no name either.',
  `the a an this that these those there here it its he she they we i you his her their our my your but and or
   so yet nor for if when while as after before since until although though because meanwhile afterwards
   however moreover also still then now today yesterday tomorrow last next in on at by from with without
   into onto over under about against between among during through across behind beyond within despite
   according some many most much more few several all both each every any no none other another such what
   which who whom whose where why how asked speaking earlier later instead indeed even only
   just once already again not nevertheless nonetheless overall separately similarly elsewhere further
   furthermore thus hence perhaps maybe finally first second third amid vs upon
   goodbye farewell hello bye defending prosecuting representing mitigating`,
);

export const CALL_TO_ACTION_VERBS = list(
  'call-to-action-verbs',
  'Imperatives that open a web page\'s closing line before the outlet\'s or a body\'s name ("Follow Vardo News on Facebook and WhatsApp", "Subscribe to Kelso Courier Daily"): the verb is no first word of the name, which keeps its own words ("Vardo News").',
  'follow subscribe',
);

export const TIME_ADVERB_OPENERS = wordList(
  'time-adverb-openers',
  'Adverbs of time that the tagger reads as adjectives ("later", "earlier", "soon"): opening a sentence right before a body\'s name without a comma ("Later Kelso Rovers toured Japan", "Soon Vardo Foods will close"), they say when, and are no first word of the name. Two of them are sentence starters already; "soon" is not one (a Korean given name "Soon" opens people\'s names), so it is read so only before a body\'s name.',
  [...within(SENTENCE_STARTERS, ['later', 'earlier']), 'soon'],
);

export const COMPOUND_NOUNS = list(
  'compound-nouns',
  'Nouns after a hyphenated pair of names that make it two names ("the Whitlock-Orlov summit", "US-China talks").',
  `talks summit meeting meetings deal call calls relationship relations ties agreement pact war border conflict
   negotiations accord treaty alliance rivalry partnership feud dispute clash debate race ticket
   administration era doctrine plan memo line route match game fight trade axis axes bromance phone encounter
   exchange détente detente standoff showdown tensions rift split interview press conference`,
);

export const MEMBER_VOICE_HEADS = wordList(
  'member-voice-heads',
  'Nouns that head a body only after a listed plural of its members in the possessive (list member-plurals): advocacy groups name themselves for whom they speak ("Swimmers\' Voice", "the Patients\' Voice Network"). Alone it is a common noun ("a Voice of the people", "the Voice said"), so it joins no other word.',
  ['voice'],
);

export const MEMBER_BODY_OPENERS = list(
  'member-body-openers',
  'Capitalised words that open a body\'s head after a listed plural of its members in the possessive (list member-plurals), naming what the body does for them: campaign groups name themselves so ("the Tarrow Parents\' Action Group", "the Vardo Tenants\' Rights Association", "the Kelso Residents\' Campaign Group", "the Families\' Support Network"). The apostrophe does not end the name before them; the head after them goes on with it as after any word.',
  'action rights campaign support liaison advisory welfare',
);

export const MEMBER_PLURALS = list(
  'member-plurals',
  'Plural nouns naming a body\'s members, written with the plural possessive inside its name ("the National Farmers\' Union", "the X Supporters\' Trust", "the Y Teachers\' Association", "Kelso Magistrates\' Court", and the trades of labour copy\'s unions, "the Kelso Machinists\' Alliance", "the Rail Signallers\' Association", the games trade\'s "the Game Developer; sports copy\'s unions and associations of players and officials, "the Professional Cyclists\' Association", "the Referees\' Union"; media copy\'s unions of the press and broadcasting trades, "the Printers\' Union", "the Musicians\' and Broadcasters\' Union"; the trades that sell a service, "the Kelso Tour Operators\' Association", "the Mountain Guides\' Union"; housing copy\'s unions and associations of those who rent, lease or own their homes, "the Vardo Renters\' Union", "the Kelso Leaseholders\' Association", "the Tarrow Homeowners\' Alliance"; university staff\'s unions, "the Lecturers\' and Tutors\' Union", "the Scottish Academics\' Association", "the Postgraduates\' Union"): the apostrophe after them does not end the name. Only listed plurals join, since a surname ending in "s" takes the same apostrophe ("Vellis\' Senate bid"). An association of bodies is named the same way by the bodies it joins ("the Vardo School Boards\' Association", "the Rural Councils\' Association", "the Kelso Colleges\' Federation")',
  `farmers teachers workers citizens students supporters fans members miners nurses parents veterans taxpayers
   residents employers physicians lawyers writers editors bankers doctors builders merchants owners landlords
   tenants pensioners consumers shareholders journalists firefighters officers seafarers dockers drivers
   growers producers manufacturers retailers traders carers patients victims survivors families magistrates
   performers players actors musicians artists dancers singers engineers pilots technicians
   breeders keepers beekeepers smallholders landowners crofters shepherds fishermen auctioneers grocers butchers bakers
   machinists signallers electricians welders fitters toolmakers porters cleaners clerks midwives paramedics
   autoworkers railworkers dockworkers mineworkers
   developers designers programmers animators gamers
   athletes swimmers cyclists footballers cricketers golfers rowers riders runners jockeys referees umpires coaches gymnasts boxers
   broadcasters printers presenters photographers
   boards councils colleges trustees governors
   operators guides agents brokers dealers contractors hauliers publishers
   renters leaseholders homeowners lodgers occupiers
   lecturers researchers academics scientists professors tutors librarians postgraduates`,
);

export const PLACE_OPENERS = list(
  'place-openers',
  'Nouns that open the two-word name of a place ("Port Ansel", "Fort Keller", "Mount Kelso", "Cape Vardo", "Lake Marwick", Irish copy\'s abbreviated county, "Co Vardo"; in Welsh "Ynys" island, "Porth" harbour, "Nant" stream: "Ynys Vardo", "Porth Kelso"; in Malay "Bukit" hill, "Kampung" village, "Pulau" island, "Sungai" river, "Tanjung" cape, "Teluk" bay: "Bukit Vardo"; in Spanish and Portuguese a saint\'s "San", "Santa", "São", the articles "Los", "Las", and "Puerto", "Villa", "Ciudad", "Plaza": "San Tarrow", "Los Vardos", "Villa Kelso", "Plaza de Marwick", the last with a particle between; French, Italian, Spanish and Portuguese streets, quays and squares kept untranslated in English copy, "Quai de Tarrow", "Ponte Kelso", "Piazza Vardo", "Viale Marwick", "Calle de Kelso", "Rua Vardo", "Avenida Kelso"; a stadium in Spanish and Portuguese, "Estadio Vardo", "the Estádio do Kelso") and are nobody\'s given name: such a name is a place, never a person, whatever the word after it looks like.; Scottish, Irish and Welsh hill and water words that no one bears as a given name ("Loch Tarvie", "Lough Kelso", "Llyn Vardo", "Strath Marwick", "Cwm Tarrow", "Beinn Vardo", "Sgurr Kelso", "Slieve Marwick"): read as people, every one, without them.',
  'port fort mount cape lake isle co estadio bukit kampung kampong pulau sungai tanjung teluk san santa são sao los las puerto villa ciudad plaza\n   quai ponte piazza piazzale viale calle rua avenida loch lochan lough llyn strath cwm ynys porth nant beinn sgurr meall stob coire bealach slieve sliabh',
);

export const MOUNTAIN_OPENERS = list(
  'mountain-openers',
  'Words of the Romance languages that open the two-word name of a mountain or a pass as cycling, climbing and skiing copy keeps them ("Monte Tarrow", "Mont Vardo", "Passo Kelso", "Colle Marwick", "Cima Vardo", "Alpe Tarrow"): such a name is a place, not a person ("the climb to Monte Tarrow"), when the word after the opener is no given name or surname the lexicon knows. Unlike the place-openers, "Monte" is also a given name ("Monte Ellis"); a person so named keeps the evidence of a title or an appositive ("said Monte Dace, the club\'s director").',
  'monte mont passo colle cima alpe',
);

export const MOUNTAIN_ROUTE_WORDS = list(
  'mountain-route-words',
  'Words of a route or a climb that put a mountain or a pass after them ("the climb to Monte Tarrow", "wins on Monte Kelso", "over Passo Vardo", "the foot of Colle Marwick"): a two-word name opened by a mountain-opener is a place only after one of them, since "Monte" is also a given name.',
  'to on up over atop of from towards toward onto above below via',
);

export const PEAK_CLIMBING_VERBS = list(
  'peak-climbing-verbs',
  'Verbs of reaching a mountain\'s top in climbing and expedition copy ("the pair summited Tarlo Kang", "she climbed Vardo Ri in 2019", "they scaled Kelso Peak"): a name of one to three words right after one, none of them a given name or a surname the lexicon knows, is the peak, a place, though written with no "Mount" (evidenceRules.ts summitedPeak).',
  'summited summitted climbed scaled',
);

export const HILL_GIVEN_NAME_OPENERS = list(
  'hill-given-name-openers',
  'Scottish words for a mountain and a valley that are also given names ("Ben Corrie", "Glen Tarvie" as hill and glen; "Ben Vane", "Glen Marr" as men): the two-word name is a place only where hill-walking copy puts it, after a climb\'s word (list mountain-route-words other than "to", "of", "from", "on", which name a person as often: "spoke to Ben Vane", "the son of Glen Marr") or after "of" following a hill\'s part ("the summit of Ben Corrie", "the slopes of Glen Tarvie"; list hill-part-nouns), and when the word after it is no given name or surname the lexicon knows.',
  'ben glen',
);

export const PERSON_ROUTE_WORDS = wordList(
  'person-route-words',
  'Words of list mountain-route-words that put a person after them as often as a hill ("spoke to Ben Vane", "the son of Glen Marr", "a pass from Ben Vane", "on Glen Marr\'s farm"): not enough for list hill-given-name-openers.',
  within(MOUNTAIN_ROUTE_WORDS, ['to', 'of', 'from', 'on']),
);

export const HILL_PART_NOUNS = list(
  'hill-part-nouns',
  'Parts of a hill or a glen before "of" that put a place after them ("the summit of Ben Corrie", "the head of Glen Tarvie"), for list hill-given-name-openers.',
  'summit slopes slope foot top flanks flank shoulder ridge head mouth floor side',
);

export const CLOCK_WORDS = list(
  'clock-words',
  'Capitalised words of a time of day on a web page\'s date line ("Updated: 9:12 PM EST", "at 6:05 AM CEST"): the half of the day and the time zone, never a person or a body.',
  'am pm et ct mt pt edt est cdt cst mdt mst pdt pst akdt akst hdt hst gmt bst utc cet cest eet eest aest aedt ist jst nzst nzdt',
);

export const COMPASS_WORDS = list(
  'compass-words',
  'Words of a compass point that, before a nationality, name a region\'s people ("South American states", "West African leaders", "North Korean officials"): two such words are a nationality, a place word, never a body that speaks.',
  'north south east west central northern southern eastern western',
);

export const DISTRICT_CLOSING_COMPASS_WORDS = wordList(
  'district-closing-compass-words',
  'Compass words that close a constituency\'s, a district\'s or a station\'s name after a town\'s ("Tarrow Central", "the people of Kelso Central", "has represented Vardo Central since 2014"): no surname, so the name is a place, not a person. Not "north", "south", "east" or "west", which are surnames too ("Dana West") and close a regional body\'s name ("Passenger Voice North").',
  within(COMPASS_WORDS, ['central']),
);

export const PLACE_HEADS = list(
  'place-heads',
  'Nouns that end the name of a place or a thing ("Kherson Oblast", "Red Sea", "Parliament Square", "Kelso Prize"; a Dutch or German town\'s market square, kept untranslated in English copy, "the Oude Markt", "Alter Markt"; the subdivisions of an Indian district, "Vardo taluk", "Kelso tehsil"; a town\'s police station in Irish copy, "Kelso Garda station", the force\'s own name having more words; a golf course, named like a person as often as for its place, "the Lachlan Course", "the Old Course"; a sports and esports venue, "the Gangwon Dome", "Tarrow Arena"; Spanish "Viejo"/"Vieja", old, after a border town\'s name, "Presidio Viejo", "Laredo Vieja"; environment and utilities copy\'s bathing beaches, coves, reservoirs, estuaries and treatment works, named after places and people alike, "Carrow Sands", "Polwenna Cove", "the Edwin Marsh Treatment Works"; caverns and the fell country\'s landforms that rescue copy names, "Kelso Cavern", "Vardo Pothole", "Tarrow Ghyll", "Marwick Crag"; a rocket launch site, named like an airport after the headland or town it stands on, "Kelso Point Spaceport", "the Vardo Cosmodrome" (read as a person "Spaceport" titled by the words before it), and a lighthouse named after its headland, "Farrow Head Lighthouse"; not "cave", "gill" or "scar", which end people\'s names as surnames, "Dana Gill", nor "pot", which ends a known dictator\'s name, nor "tarn", a surname too; a pipeline named as a project, "the Tarrow Pipeline", its operator being "X Pipelines", and a residence named as a house, "Harwood Mansion"): never a person or a body; a prison or a jail, the place a prison service runs, "Tarrow Prison was locked down" (the service itself is named "X Prison Service", "HMP X" is the prison\'s own style and stays a body); a rowing course\'s landmark ("from Kelso Steps the crew moved away"); a high mountain\'s glaciers and landmarks, which expedition copy names after people and places alike ("through the Vardo Icefall", "Marwick Glacier", "the Tarrow Couloir"; not "step", a surname too).',
  `oblast province region county district city town village river sea ocean island islands mountains mountain
   valley strip street square avenue road bridge airport station stadium park lake bay gulf peninsula desert creek
   coast canal border plain plateau heights hills forest straits strait channel harbour harbor port taluk taluka tehsil garda
   prison jail gaol penitentiary
   treaty agreement accord act convention protocol declaration charter doctrine reef shoal atoll
   trophy prize award medal
   quay quays wharf marina pier embankment constituency
   arena dome course steps pipeline mansion
   viejo vieja markt
   sands cove beach reservoir estuary works
   cavern caverns pothole ghyll crag gorge isle isles
   glacier icefall couloir col
   spaceport cosmodrome lighthouse`,
);

/**
 * Place heads of a site run by an operator that speaks for it ("Tarnby Airport said its runway was closed", "Kelso
 * Port says berths reopened"): news copy quotes the operator by the site's name, so a name ending in one of these
 * that reports words is the operating body (kindRules.ts, rule `operated-site-that-speaks`). Not "station" or
 * "stadium": "Tarrow Station said" is as often a radio or police station's own name, and a stadium is no speaker.
 */
export const OPERATED_SITE_HEADS = wordList(
  'operated-site-heads',
  'Place heads of a site whose operator news copy quotes by the site\'s own name ("Tarnby Airport said", "Kelso Port says"; a rocket launch site, "Kelso Point Spaceport said the pad was intact"; a works, named like a utility\'s treatment works but run by a firm that hires and builds: "Kelso Marine Works said it would hire forty staff"): a name ending so that reports words is the operating body, not the place.',
  within(PLACE_HEADS, ['airport', 'port', 'works', 'spaceport']),
);

/**
 * The word that ends an airline's name after its own ("Ostra Air", "Kelso Air"; "Air" opening one, "Air Kelso", is a
 * body by the lexicon): the name is a body (evidenceRules.ts, `hasOrgHead`). Kept out of org-heads: alone, "Air" is
 * no short form of the airline ("By X, Air Transport Editor" beside "Ostra Air"), as "the Commission" is of a commission.
 * Two words only, the first no common word ("Clean Air", "Fresh Air" are a scheme's or a show's).
 */
export const LINE_CARRIER_TRADES = list(
  'line-carrier-trades',
  'Words of a carrier\'s trade before "Line" that closes its name ("operated by Kelso Shipping Line", "Orrin Container Line said", "Tarrow Ferry Line"): the name is the carrier, a body; without the trade word "Line" names a railway\'s or a metro\'s route or a boundary ("the Vardo Line", "the Northern Line", "the Line of Control"), no body, so "line" is no org head alone. The plural "Lines" is one (list org-heads).',
  'shipping container cargo ferry steamship cruise tanker freight',
);

export const AIRLINE_ENDINGS = wordList(
  'airline-endings',
  'The word that ends an airline\'s name after its own ("a jet operated by Ostra Air", "Kelso Air cancelled flights"): without it the name had no evidence at all and was dropped. Not an org head: alone it is no short form of the airline.',
  ['air'],
);

export const HEADLAND_TITLE_WORDS = wordList(
  'headland-title-words',
  'Title words that are also a headland\'s noun, between a place word and a place head that ends the run ("Farrow Head Lighthouse", "Kelso Head Harbour", "Vardo Head Spaceport"): the whole run is the place named after the headland, no person titled "Kelso Head"; only right before the run\'s last word, a place head (list place-heads), so "Kelso Head Coach Dana Bridge" keeps its title.',
  ['head'],
);

export const AIRLINE_PLACE_NOUNS = list(
  'airline-place-nouns',
  'Nouns of a coast\'s or a headland\'s feature that the lexicon knows as common words, in the middle of a regional airline\'s three-word name after its place word and before "Air" ("Keel Point Air", "Tarrow Ness Air", "Kelby Sound Air"): the name is the airline named after the headland or the strait it serves, not a place; "Point Air" alone or "Fresh Point Air" after an adjective are not.',
  'point ness sound haven bay island isles valley coast',
);

/**
 * The two words that end the name of a national relief society of the Red Cross movement ("the Varnish Red Crescent",
 * "the Kelso Red Cross"): the tagger reads "Crescent" as a street and a nationality before it as a place, so the
 * name was read as a place and dropped; it is a body (evidenceRules.ts, `hasOrgHead`).
 */
export const RELIEF_SOCIETY_ENDINGS = wordList(
  'relief-society-endings',
  'Two-word endings of a national relief society\'s name ("the Varnish Red Crescent said", "the Kelso Red Cross"): a body, though "Crescent" alone ends a street\'s name.',
  ['red crescent', 'red cross', 'red crystal'],
);

export const AWARD_HEADS = wordList(
  'award-heads',
  'Place heads that end an award\'s name ("Young Chef Award", "Best Newcomer Prize", "Chairman\'s Trophy"): the words before them often read as a title ("Young Chef", "Chairman"), and the head alone after such a title is no person\'s name.',
  within(PLACE_HEADS, ['award', 'prize', 'trophy', 'medal']),
);

/**
 * Housing copy names blocks of flats, estates and residential streets after people: "Winifred Cole House", "the Albert
 * Dunn Estate", "Cecil Ward Lane". Kept out of place-heads: after a given name alone most of these are surnames as often
 * ("Dana Lane", "Ivo Close"), so the kind rule `dwelling-named-after-person` asks for a given name and a surname
 * before them.
 */
export const DWELLING_HEADS = list(
  'dwelling-heads',
  'Nouns that end the name of a block of flats, a housing estate or a residential street named after a person ("Winifred Cole House", "the Albert Dunn Estate", "Edith Rowe Court", "Cecil Ward Lane"): after a given name and a surname the whole is a building or a street, a place, not the person nor a body ("court" included: a court of law is not named after a given name and a surname).',
  'house court tower towers estate lane close crescent terrace gardens mews row drive way place walk lodge buildings meadows fields heights rise grange',
);

export const SURNAME_DWELLING_HEADS = wordList(
  'surname-dwelling-heads',
  'Dwelling heads that are also common surnames ("Mary Ellen Lane", "Sarah Jane Fields", "Anna May Close"): after two words the last of which is itself a given name they end a person\'s name (a double given name and the surname), not a street\'s.',
  within(DWELLING_HEADS, ['lane', 'close', 'fields', 'meadows', 'way']),
);

export const ESTATE_NAME_HEADS = wordList(
  'estate-name-heads',
  'Plural landscape and garden nouns, and the estate nouns, that end a new housing estate\'s name after one word ("Hartley Meadows", "Oakfield Gardens", "Bramley Fields", "Kelso Grange", "the Vardo Estate"): after a word that is no known given name, with nothing of a person about it (no title, honorific or reported words), the name is the estate, a place.',
  within(DWELLING_HEADS, ['meadows', 'fields', 'gardens', 'grange', 'mews', 'crescent', 'terrace', 'estate', 'rise']),
);

export const VENUE_PLACE_HEADS = wordList(
  'venue-place-heads',
  'Place heads of a built venue or a thoroughfare, named after a sponsor or a body as often as after a place ("Bank of Kelso Stadium", "Bank of Vardo Arena"): after "Bank of X" the name is still the venue\'s, a place, where "University of Marwick Bay" is a body named after a place.',
  within(PLACE_HEADS, ['stadium', 'airport', 'station', 'bridge', 'square', 'street', 'avenue', 'road', 'quay', 'wharf', 'marina', 'pier', 'embankment']),
);

/**
 * Nouns after a region's own name ("Ekiti State", "Vardo Province", "Kelso County"): the one word before them, alone
 * elsewhere in the document ("Vardo's governor", "the will of Vardo people"), names the same region (kindRules.ts,
 * rule `region-before-region-head`). "state" is no place head (a university or a team may end so: "Kelso State beat …"),
 * but the word before it is still the place the name is taken from.
 */
export const REGION_HEADS = list(
  'region-heads',
  'Nouns after a region\'s own name ("Ekiti State", "Vardo Province", "Kelso County"): the one word before them, alone elsewhere in the document, is the region, a place, not a body.',
  'state province county region oblast prefecture governorate territory',
);

export const TOWN_PART_HEADS = wordList(
  'town-part-heads',
  'Organisation heads that also end the name of a part of a town after the town\'s name ("Kelso City Centre", "the Vardo Harbour Front", "Marwick Town Center"): after a place of two words they keep the whole a place (see `place-named-body`).',
  within(ORG_HEADS, ['centre', 'center', 'front']),
);

/**
 * A count, a rally or a hearing held "at Penhale Leisure Centre": the building is where it happened, no body that acts
 * or speaks. A facility word right before "Centre"/"Center" makes the name a venue, a place (evidence rule
 * `place-words`); a body whose name ends so without one ("the Kelso Policy Centre", "the Carter Center") stays a body.
 */
export const SHOW_COURT_OPENERS = wordList(
  'show-court-openers',
  'Words before a capitalised "Court" that name a tennis venue\'s main show court ("the final on Centre Court", "under the Center Court roof"): a place, no court of law.',
  ['centre', 'center'],
);

export const VENUE_WORDS = list(
  'venue-words',
  'Words of a public facility right before "Centre"/"Center" ("Penhale Leisure Centre", "the Marwick Sports Centre", "Tarrow Civic Centre", "the Vardo Conference Center"): the whole names a building or a venue, a place, not a body.',
  'leisure sports sport community civic shopping conference convention exhibition events visitor visitors swimming aquatic aquatics recreation retail',
);

export const FOUNDER_NAMED_INSTITUTION_HEADS = list(
  'founder-named-institution-heads',
  'Heads of an institution that copy calls by its first word alone also where that word is the surname of a person it names in full, its founder or benefactor ("Kelso University" and "Kelso" beside "Edith Kelso, who founded the college in 1889"): a university or a college is called so ("a gift to Kelso", "Kelso has 21,000 students"), where a family firm, a foundation or a school named after a person is called by its full name (clusters.ts findOrgShort).',
  'university college',
);

export const INSTITUTION_HEADS = list(
  'institution-heads',
  'Nouns that end the name of a school, a hospital, a research body, a political party, a charity or an arts venue and never a place\'s ("Carrow State University", '
    + '"Dunmore Valley College", "the Marwick Country Party", "the Tarrow Rivers Trust", "the Tarrow Gallery", "the Vardo Playhouse"): the tagger reads a place word '
    + 'inside such a name ("State", "Valley", "Country", "Rivers") or the venue noun itself as making the whole a place; the head still makes it a body.',
  // A charity's noun too: "the Tarrow Rivers Trust", "the Kelso Lakes Society" (a river or a lake in a charity's name).
  'university college institute academy hospital school polytechnic seminary party trust foundation society alliance association coalition theatre theater playhouse museum gallery galleries',
);

export const SERVICE_DISTRICT_WORDS = list(
  'service-district-words',
  'Nouns before "District" at the end of a name that make the district a public body which runs a service, not an area '
    + '("Dunmore Unified School District", "Kelso Valley Water District", "Marwick Fire Protection District"): US school, '
    + 'water and fire districts hire, sue, are sued and speak. "District" alone ("the Kelso District") stays a place.',
  'school water fire sanitation utility transit irrigation library hospital protection',
);

export const RESEARCH_STATION_WORDS = list(
  'research-station-words',
  'Words of a science before "Station" at the end of a name that make the station a research body, not a stop or a '
    + 'place ("the Kelso Marine Station", "Marwick Field Station", "the Vardo Biological Research Station"): such a station '
    + 'runs studies, employs wardens and publishes. "Station" alone ("Kelso Station", "Marwick Bus Station") stays a place.',
  `marine research field biological experimental agricultural polar antarctic arctic fisheries ecological freshwater
   ornithological bird seismological geophysical hydrological oceanographic zoological forestry`,
);

export const SERVICE_STATION_WORDS = list(
  'service-station-words',
  'Words of an emergency or rescue service before "Station" at the end of a name that make the station the service\'s unit, an organisation (as a club or a school is): "Whitby Lifeboat Station", "Kelso Fire Station", "Ardmore Coastguard Station", "Tarrow Ambulance Station", "Vardo Police Station": local and rescue copy names the crew that answered a call by it, and the station issues statements. "Kelso Bus Station" stays a place.',
  'lifeboat fire coastguard ambulance police rescue',
);

export const INSTITUTION_SHORT_FORM_HEADS = list(
  'institution-short-form-heads',
  'Last words of a school\'s or a hospital\'s name that copy drops once the full name is given ("Hollins Park Academy", then "staff at Hollins Park"; "Kelso General Hospital", then "Kelso General"): the words left read as a place, yet stand for the institution. Not a university\'s, council\'s or court\'s head, whose words alone are the town or the area.',
  'academy school college hospital infirmary',
);

export const STREET_FIRM_ENDINGS = list(
  'street-firm-endings',
  'Street words that end the first part of a fund\'s or a firm\'s name ("Tarrow Street Partners", "Kelso Lane Capital"), which copy then shortens to that part ("Tarrow Street had written to the board"): the words left read as a street, yet stand for the firm named in full in the article, when one firm of a company head (list `company-heads`) carries them and no use puts them round a place ("offices in Kelso Lane"). A developer named after a waterfront site is shortened so too ("Marrow Quay Developments" … "Marrow Quay\'s managing director", "Marrow Quay bought the block").',
  'street lane road square avenue row wharf yard place quay',
);

export const UNIVERSITY_SHORT_FORM_ENDINGS = list(
  'university-short-form-endings',
  'Last words of a US university\'s name before "University" that copy keeps when it drops the head ("Marwick State University", then "left Marwick State in June", "Marwick State president X"): the words left end in a word no town ends in, so they stand for the university; "Kelso University", then "Kelso", stays the town (list `institution-short-form-heads`).',
  'state tech',
);

export const PLACE_NOUNS_BEFORE_OF = list(
  'place-nouns-before-of',
  'Lower-case nouns that name a place by "of" ("the resort of X", "the city of X"; plurals before a list, "the Mexican states of X and Y", where X may be a surname too): what follows is a place.',
  `city town village resort port isle bay region province district state island islands capital suburb outskirts
   enclave neighbourhood neighborhood municipality county commune prefecture governorate oblast emirate
   kingdom republic electorate constituency riding
   states provinces cities towns villages regions districts municipalities counties`,
);

export const PLACE_SHORT_FORMS = wordList(
  'place-short-forms',
  'Place nouns before "of" (list place-nouns-before-of) that, capitalised and alone, are only the short form of a place\'s name or of a body named after it ("through the Port of Vardo", "The Port added", "the Isle said"), never a body\'s own name. Not "City", "Town", "County" (a club\'s short name in sports copy: "City were the better side"), "State" (a university\'s team) or "Republic" and "Capital" (words of outlets\' names).',
  within(PLACE_NOUNS_BEFORE_OF, ['port', 'isle', 'bay', 'village', 'resort', 'island', 'municipality']),
);

export const BAND_WORDS = list(
  'band-words',
  'Words of music copy that show a group of players ("the band", "their new album", "a reunion tour", "the drummer", a festival\'s "headliners"): in a sentence with one, "the <Town> <plural noun>" is a band, a group like a team, not a person. Not "single" or "record", which election and business copy use as often.',
  `band bands album albums gig gigs concert concerts tour tours frontman frontwoman drummer bassist guitarist
   keyboardist vocalist singer songwriter line-up setlist ep eps headliner headliners headlining`,
);

export const WORK_TITLE_NOUNS = list(
  'work-title-nouns',
  'Nouns of a work right before its title ("the album The Drowned Towns", "the novel The Tarrow Streets"): a capital "The" after one opens the work\'s title, a thing, not a band\'s name (gazetteer.ts bandsCapitalThe).',
  `album albums record single ep song track book novel memoir film movie play musical show series documentary`,
);

export const FICTION_CHARACTER_CUES = list(
  'fiction-character-cues',
  'Lower-case words right before a name that make it a character of a series, a film or a book ("the character Lorna Vale", "characters Frank Tull and Ida Marr", "the fictional Pell Maddox"): a made-up person, a thing of the work, not a person the news is about (evidence rule fictional-character). A person\'s real name after "played by" stays a person.',
  'character characters fictional',
);

export const CASTING_VERBS = list(
  'casting-verbs',
  'Verbs by which an actor takes a part ("Anton Vesk played Pell Maddox", "she portrays Lorna Vale"), and the words that give the part after "as" ("the film stars Anton Vesk as Pell Maddox", "starring X as Y", "cast as Y"): in a sentence about a screen or stage work (list fiction-work-nouns) the name after them is the character, not a person (evidence rule fictional-character). Sport plays too ("Kelso played Vardo on Saturday"): the work noun decides.',
  'played plays playing portrayed portrays portraying starring stars starred cast',
);

export const FICTION_WORK_NOUNS = list(
  'fiction-work-nouns',
  'Nouns of a screen, stage or printed work that has characters ("in the series", "the film", "a sitcom", "the novel", "the role"): a sentence with one gives a casting verb its acting sense (list casting-verbs).',
  'film films movie movies series show shows sitcom drama dramas novel novels play musical episode episodes role roles biopic miniseries',
);

export const PROGRAMME_TITLE_HEADS = list(
  'programme-title-heads',
  'Capitalised nouns that end a programme\'s own title, named after its host ("told listeners of “The Dana Wrell Show”", "“The Tom Brisk Hour”"): inside a quotation the classifier reads as a work\'s title, the name with such a head is the programme, not its host, though it opens with a given name (evidence rule quoted-work-title). The host named outside the marks stays a person.',
  'show hour podcast',
);

export const PEOPLE_GROUP_WORDS = list(
  'people-group-words',
  'Words naming people by faith, ethnicity or generation ("Latinos said …", "Jewish leaders", "Millennials\'"), a church\'s members among them (a headline\'s "Marwick Anglicans elect bishop": a place and a faith\'s people, no name): a group, never a person or a body by itself, however often it speaks or owns. The lexicon knows few of them as demonyms. Irish copy capitalises the police\'s word for its members ("Garda", plural "Gardaí") and uses it for the force\'s staff and premises ("Garda management", "Kelso Garda station", "Gardaí said"): a group of people too, no one\'s name; the force\'s own name has more words.',
  `latino latinos latina latinas latinx hispanics jewish jews muslim muslims islam catholics protestants evangelicals
   mormons hindus sikhs buddhists millennials boomers garda gardaí gardai
   anglicans methodists lutherans baptists presbyterians pentecostals episcopalians quakers christians adventists
   copts sunnis shias`,
);

/** Lower-case nouns after a possessive name that make it an eponym, not a person or a body ("Alzheimer's disease"). */
export const EPONYM_NOUNS = list(
  'eponym-nouns',
  'Nouns after a possessive name that make the name part of a condition\'s name ("X\'s disease", "X\'s syndrome"), not a person or a body.',
  'disease syndrome',
);

export const EPONYM_CONDITIONS = list(
  'eponym-conditions',
  'Surnames that health copy writes alone, in the possessive, for the condition named after them ("diagnosed with Alzheimer\'s", "people living with Parkinson\'s", "her Crohn\'s flared"): the condition, a thing, not the physician nor a body, unless a capitalised word after the possessive opens a body\'s name ("the Parkinson\'s Research Trust"). Only names whose possessive alone says the condition: not "Bell\'s" (palsy needs its noun), nor "Graves\'".',
  `alzheimer parkinson huntington crohn hodgkin tourette asperger addison cushing raynaud meniere paget`,
);

export const CONDITION_CUES = list(
  'condition-cues',
  'Words right before a possessive eponym that make it the condition ("diagnosed with Alzheimer\'s", "suffers from Crohn\'s", "a drug for Parkinson\'s", "the fight against Alzheimer\'s", "research into Huntington\'s", "she has Parkinson\'s"): a possessive after them owns nothing, where "Parkinson\'s goal" opening a sentence is a player\'s.',
  `with from for against into of has have had treat treats treating cure curing and or like`,
);

/** Endings of international non-proprietary drug names (INN stems) that a capitalised one-word name ends in ("Dalcimab", "Velotinib"). */
export const DRUG_NAME_STEMS = list(
  'drug-name-stems',
  'Endings of the generic names of medicines (the WHO\'s INN stems: "-mab" monoclonal antibodies, "-tinib" and "-ciclib" kinase inhibitors, "-parib", "-lisib", "-sartan", "-pril", "-olol", "-statin", "-gliflozin", "-gliptin", "-glutide", "-previr", "-buvir", "-tegravir", "-ciclovir", "-xaban", "-gatran", "-parin", "-platin", "-rubicin", "-taxel", "-oxacin", "-mycin", "-cillin", "-prazole", "-triptan", "-setron", "-lukast", "-dronate", "-afil", "-degib", "-rafenib", "-siran" for RNA drugs; "-cept" is left out, "Intercept" is a name, and so is "-gene" for gene therapies, "Eugene"). A capitalised one-word name of seven letters or more ending so, where it opens a sentence or a headline ("Dalcimab did not slow decline", "Velotinib, from Kelso Bio,"), or in the possessive ("Dalcimab\'s maker"), is a medicine, a thing: no person and no body.',
  `mab tinib ciclib parib lisib sartan pril olol statin gliflozin gliptin glutide previr buvir tegravir ciclovir xaban gatran
   parin platin rubicin taxel oxacin mycin cillin prazole triptan setron lukast dronate afil degib rafenib siran`,
);

/** Head nouns of an appositive that describe a medicine or a medical product ("X, the company's once-daily pill for gout,"). */
export const MEDICINE_NOUNS = list(
  'medicine-nouns',
  'Nouns that head an appositive describing a medicine or a medical product ("Corvana, Tarrow Pharma\'s once-daily pill for gout,", "Velmaris, the company\'s injection", "Ostrel, a nasal spray approved in May"): the name before it is the product\'s brand, a thing, not the company that makes it, though a company\'s name stands in the appositive. Not "treatment centre" or "drug maker": the noun must end the appositive\'s noun phrase.',
  `pill pills tablet tablets capsule capsules drug drugs medicine medicines injection injections jab jabs vaccine vaccines
   antibody antibodies infusion inhaler spray patch implant gel cream ointment drops treatment therapy biosimilar generic`,
);

export const VESSEL_NOUNS = list(
  'vessel-nouns',
  'Nouns that head an appositive describing a ship or a train ("X, a Dutch-flagged tanker,", "X, the cargo ship", "X, a steam locomotive,", also with its operator after it: "X, a ro-pax ferry operated by Y,"), come right before a naming verb ("a ferry named X", "a locomotive called the X") or right before the name ("the ro-pax X", "the tanker X"): the name is a vessel, a thing. Trade copy\'s ship types count ("ro-pax", "ro-ro", "bulker"). Not "carrier": an airline is one; not "unit" (a company\'s subsidiary, "X, a software unit,"), nor "service", "express" or "coach", also said of a company or a person\'s job.',
  `ship vessel tanker freighter ferry trawler yacht frigate warship destroyer submarine boat liner barge tug dredger lifeboat
   ro-pax ro-ro bulker catamaran icebreaker schooner steamer steamship gunboat minesweeper hovercraft train locomotive
   railcar tram`,
);

/** Abbreviations of a ship's type or navy written before its name ("the MV Kestrel Dawn", "HMS Tarrow"). */
export const SHIP_PREFIXES = list(
  'ship-prefixes',
  'Abbreviations, in capitals, of a ship\'s type or its navy that maritime and rescue copy writes right before the ship\'s name ("the MV Kestrel Dawn", "the rescue ship MT Orrin Lass", "HMS Tarrow", "the research ship RRS Vardo"): no word of the name, which is a vessel\'s, a thing, though named after a person ("the MV Dana Kelso"); the name alone later ("the Dana Kelso") is the same ship. Not "MS" (read as the honorific "Ms" in capitals), nor "SS", also a wartime body\'s initials before a rank, nor "SV" and "MY", which open football clubs\' and headlines\' words as often; a body\'s head after the letters ("the MS Society", "MT Bank") keeps them a body\'s name.',
  'mv mt fv rv hms hmy rms rrs uss usns hmas hmcs hmnzs msv',
);

export const PERSON_CLAUSE_WORDS = list(
  'person-clause-words',
  'Lower-case words after "the" and a given name and a surname that go on with a relative clause, a comparison or an "of" about a person ("the Dana Kelso who …", "the Dana Kelso we knew", "the Dana Kelso of old"): the name stays a person\'s, not a ship\'s named after one (evidence rule named-vessel).',
  'who whom whose that of we i you they he she',
);

export const AUXILIARIES_AFTER_NAME = list(
  'auxiliaries-after-name',
  'Auxiliaries that may follow "the" and a ship\'s name as its verb ("the Dana Kelso had docked", "the Dana Kelso will sail"), beside inflected verbs; a verb\'s plain form after a name is as often a noun the tagger misread ("the Dana Kelso campaign").',
  'had will would could can must may might',
);

export const NAME_GIVING_VERBS = list(
  'name-giving-verbs',
  'Verbs by which a person gives a reporter a name of their own ("a woman who gave her name only as X", "giving his first name as X"): the one name after "as" is a person\'s, as migration and rescue copy name people who give no surname.',
  'gave gives give giving given',
);

export const OWN_NAME_POSSESSIVES = list(
  'own-name-possessives',
  'Possessive pronouns of a person between a name-giving verb and "name" ("gave her name as X"; list name-giving-verbs); a body\'s "its" is left out ("the firm gave its name as X").',
  'her his their',
);

/** Verbs that give a thing its name right before the name ("a ferry named X", "a train called the X"). */
export const NAMING_VERBS = list(
  'naming-verbs',
  'Past participles that give a name right after a noun ("a ferry named X", "a locomotive called the X", "a trawler christened X"): with a vessel noun before them (vessel-nouns) the name is a ship\'s or a train\'s. A person is "named" too ("a boy named Tom"), so the noun before decides.',
  'named called christened renamed dubbed',
);

/** Words before a ship's name that put people on it or in charge of it ("aboard the X", "the crew of the X"). */
export const VESSEL_CUES = list(
  'vessel-cues',
  'Words right before a ship\'s name, with or without "the" ("aboard the X", "the crew of the X"): the name is a vessel. Not a captain or a skipper: a team has them too; not "on board", also said of joining a cause ("came on board X\'s bid").',
  'aboard crew crews',
);

export const DEMONYM_PLURAL_ENDINGS = list(
  'demonym-plural-endings',
  'Endings of a people\'s plural name ("the Ardians", "the Eritreans"): after "the", a nationality, not a team\'s nickname.',
  'ians eans',
);

export const NICKNAME_LEAD_VERBS = wordList(
  'nickname-lead-verbs',
  'Plural verbs of a side\'s standing in a match that a match report writes right after a club\'s bare plural nickname opening the sentence with a capital "The" ("The Kestrels lead again", "The Ambers have had the better of it", "The Glassmen were two down"): a side, not a band\'s or a family\'s name, which takes other verbs ("The Kestrels could be without him" stays unread). The plural club verbs (list club-use-verbs) and the verbs of leading and trailing.',
  [...within(CLUB_USE_VERBS, ['are', 'were', 'have', 'had']), 'lead', 'led', 'trail', 'trailed'],
);

export const COLOUR_PLURALS = list(
  'colour-plurals',
  'Plural colour words by which sports copy calls a club after its shirts ("the Greys", "The Ambers, who …"): with a capital "The" opening a sentence too, unlike other plurals, which there may open a band\'s or a family\'s name.',
  'whites blues reds greens blacks yellows maroons clarets purples violets greys ambers scarlets golds',
);

export const FOLLOWER_NOUNS = list(
  'follower-nouns',
  'Plural nouns for a team\'s followers after its nickname ("Wheelwrights fans", "Kestrels supporters").',
  'fans supporters',
);

export const WORK_TITLE_VERBS = list(
  'work-title-verbs',
  'Verbs that give a work its title or perform it ("a review titled “Living With Tides”", "a report entitled “Kelso Rivers Trust”", "the band performed “Harbour Lights Water”"): capitalised words filling the quotation after them are the work, a thing, whatever noun ends them. Not "called" or "named", which name bodies too ("a charity called “Kelso Wings”").',
  'titled entitled headlined subtitled perform performs performed performing sang sing sings singing',
);

export const DISEASE_NAMES = list(
  'disease-names',
  'One-word names of diseases and of the germs and pests that carry them, of people, livestock and crops, capitalised only where they open a headline or a sentence ("Bluetongue confirmed in Vardo herd", "Anthrax has been found on a farm near Kelso"): a thing, never a person or a body, though a headline\'s verb after them ("confirmed", "warns") reads as speech.',
  `bluetongue anthrax brucellosis tuberculosis scrapie myxomatosis rabies distemper botulism salmonella listeria
   campylobacter legionella norovirus rotavirus ebola zika mpox covid covid-19 measles mumps rubella cholera typhoid
   diphtheria polio tetanus malaria dengue smallpox leptospirosis schmallenberg mildew`,
);

export const ROOM_NOUNS = list(
  'room-nouns',
  'Nouns that end the name of a room or a wing inside a building, named after the building\'s owner in the possessive ("the museum\'s Long Gallery", "the hotel\'s Crystal Ballroom", "the palace\'s Throne Room", "the Vardo Museum\'s Penhale Wing"): a room is a thing, neither a body nor a person. "Hall" is left out: a hall is as often a venue with a body of its own.',
  'gallery galleries room rooms wing ballroom suite foyer atrium',
);

export const PENSION_SCHEME_WORDS = list(
  'pension-scheme-words',
  'Words before a capitalised "Scheme" that make it a pension scheme, a body with trustees that writes to its members ("Trustees of the Kelso Steel Pension Scheme warned", "the Vardo Council Superannuation Scheme"): a scheme of another kind is a plan, no body ("the Kelso Housing Scheme was opened in 1960").',
  'pension pensions superannuation retirement',
);

export const NAMED_ROOM_NOUNS = wordList(
  'named-room-nouns',
  'Room nouns (list room-nouns) that close the name of a wing or a room named after the person it honours, with "the" before it and no owner ("The Marta Lisle Wing has 12 beds", "in the Dana Kelso Suite", "the Tom Vale Room"): hospital, hospice and charity copy names its new wings so, a thing, not the person (who is named there only as its honour). Not "gallery", which closes an art gallery\'s name, a body ("the Kelso Gallery said").',
  within(ROOM_NOUNS, ['room', 'wing', 'ballroom', 'suite', 'foyer', 'atrium']),
);

export const FIND_HEADS = list(
  'find-heads',
  'Capitalised nouns that close the name of an archaeological find or a museum object, named after the place it was found or the man or body it is kept by ("the Stainley Hoard", "the Kelso Bronzes", "the Vardo Torc", "the Tarrow Psalter", "the Marwick Gospels", "the Dunmore Marbles"), and the noun alone capitalised for the object ("the Bronzes"): archaeology, museum and heritage copy writes them like a person\'s or a body\'s name, but the object is a thing, and the place or person it is named after is no mention. Not "stone" or "cross" (common surnames), nor "man" ("the Fellwick Man", a bog body, is as often a title of a work or a film), nor "collection" (a museum is named so as often: "the Kelso Collection said"), nor "cup", "shield" or "medal" (trophy-heads read them).',
  `hoard hoards bronzes marbles torc torcs helmet brooch chalice reliquary psalter gospels codex tapestry casket
   scrolls treasure`,
);

export const ERA_MARKERS = list(
  'era-markers',
  'Abbreviations of a calendar era written in capitals beside a year or a century ("AD 43", "c. AD 43–47", "55 BC", "the 3rd century BCE", "1200 CE"): history, archaeology and heritage copy dates finds and reigns so. Beside a number the abbreviation is the era, never a body, though "AD 43–47" reads as a side and a score of a match result.',
  'ad bc bce ce',
);

export const FUNDING_INSTRUMENT_HEADS = list(
  'funding-instrument-heads',
  'Capitalised last words of the name of a funding instrument or a financing channel of a fund, a bank or an alliance ("its Rapid Relief Window", "the Rapid Financing Facility", "the Crisis Response Mechanism"): the name is the instrument, a thing, neither a person nor a body of its own; global-health and development copy names them so beside the bodies that run them.',
  'window facility mechanism',
);

export const SCHEME_NOUNS = list(
  'scheme-nouns',
  'Lower-case nouns after a capitalised name of two or more words with no first name that make it the name of a public scheme, a thing ("the Vardo Heritage programme", "the Tarrow Warm Homes scheme"): no person and no body. Not "plan" nor "campaign", which follow a person\'s surname as often ("the Kelso plan").',
  `programme program scheme initiative`,
);

export const DONOR_GIFT_HEADS = list(
  'donor-gift-heads',
  'Capitalised nouns that close the name of a gift named after its donor or the person it honours ("forty Kelso Scholarships", "the Dana Marr Bursary", "a Vardo Studentship", "the Tarrow Professorship", "the Edith Appeal", "the Kelso Memorial Lecture"): philanthropy, university and charity copy names scholarships, endowed posts, lectures and fundraising appeals so, a thing, neither the donor (a mention of no one) nor a body. Not "Fellowship" (a church\'s or a society\'s own name as often), nor "Fund" or "Trust" (bodies that hold money), nor "Prize" or "Award" (list trophy-heads and the award rules).',
  'scholarship scholarships bursary bursaries studentship studentships professorship professorships lectureship lectureships lecture lectures appeal',
);

export const NAMED_CHAIR_TITLES = list(
  'named-chair-titles',
  'Titles that close an endowed post named after its donor before "of" and the subject ("the Dana Marr Professor of Economics", "the first Kelso Chair of Surgery", "the inaugural Vardo Lecturer in Law"), after "the", "first", "inaugural" or "new": the donor\'s name is part of the post\'s name, a role of its holder, not a mention of the donor.',
  'professor chair lecturer reader',
);

export const ENDOWED_POST_OPENERS = list(
  'endowed-post-openers',
  'Words right before an endowed post named after its donor ("was named the first Dana Marr Professor of Geology", "the inaugural Kelso Chair of Surgery", "endows the Vardo Lecturer in Law"): with a title closing the name and "of" or "in" after it (list named-chair-titles), the name is the post\'s, not a person\'s.',
  'the first inaugural new',
);

export const GRADING_VERBS = list(
  'grading-verbs',
  'Verbs by which a regulator or an inspector gives a grade, written right before a grade\'s code of a capital and a digit or two, "to" or "as" between or not ("was graded C2 at its last inspection", "downgraded to G3", "rated V1 for viability"): the code is the grade, no body\'s initials.',
  `graded regraded downgraded upgraded rated rerated`,
);

export const FIRM_DEAL_VERBS = list(
  'firm-deal-verbs',
  'Verbs of buying, selling and serving notice that property copy writes right after a developer\'s or a landlord\'s name ("Marrow Quay bought the block", "Tarrow Street served notices", "Kelso Wharf withdrew the notices"): a street or a waterfront site does none of these, so a name of a street\'s or a site\'s words before them acts as a body (rule street-named-firm-at-work).',
  `bought buys sold sells acquired acquires served serves withdrew withdraws evicted evicts`,
);

/** The posts of list body-only-posts that are also a company's before "of": an event has organisers too ("the organisers of Tarrow Street's fair"). */
export const EVENT_HELD_POSTS = ['organiser', 'organizer'];

export const COMPANY_POST_NOUNS = wordList(
  'company-post-nouns',
  'Posts that only a company or a body holds, written before "of" and its name ("the managing director of Marrow Quay", "the chief executive of Tarrow Street", "the owner of Kelso Wharf"): a street or a site has none, so the name after them acts as a body (rule street-named-firm-at-work). Derived from list body-only-posts, which must agree (a post only a body holds before its holder\'s name is one after "of" too), less its event organisers, plus posts that a country or an agency also has before a name ("director") and a company\'s owners.',
  [...without(BODY_ONLY_POSTS, EVENT_HELD_POSTS), 'director', 'owner', 'shareholders'],
);

export const NAMED_THING_HEADS = list(
  'named-thing-heads',
  'Last words of a capitalised name of a system, a standard, an index or an allowance that copy abbreviates in parentheses as it does a body ("the Vardo Hazard Rating System (VHRS)", "the Decent Kitchens Standard (DKS)", "the Kelso Rents Index (KRI)", "the Local Fuel Allowance (LFA)"): the initials spell the name of a thing, not of a body, so neither is an organisation. Housing and regulation copy names its rating systems and standards so; not where the words around the name show a body ("the Evening Standard", a paper).',
  `system standard index framework scale allowance formula methodology`,
);

export const THING_NOUNS = list(
  'thing-nouns',
  'Lower-case nouns before a capitalised name that make it a thing, not a person ("the warship X", "storm X", "flight TW 218"), also with a naming verb between (list naming-verbs: "a gene called X", "a drug named X"). Science copy names natural objects and molecules so ("the asteroid X", "the comet X", "a gene called X", "the protein X"); not "star" (a celebrity is one: "the pop star X"), nor "probe" (an inquiry is one: "the probe X ordered"). Energy copy names its licences by a code and its rigs so ("licence PL 1187", "the rig Deep Norne"). Media copy names a quiz or a current affairs strand so, often with a title that looks like a person\'s name ("Saturday night quiz Big Harry", "the current affairs strand Nightwatch").',
  `warship ship vessel tanker frigate destroyer submarine boat ferry aircraft jet flight drone missile rocket satellite
   spacecraft hurricane storm typhoon cyclone operation festival film movie album song book novel series show
   programme program podcast app brand drug vaccine virus variant strain reef shoal island atoll mountain river
   resolution bill law treaty asteroid asteroids comet comets exoplanet meteorite telescope rover lander
   gene genes protein enzyme drama sitcom thriller documentary memoir musical
   licence license rig semi-submersible
   quiz gameshow game-show strand`,
);

export const THING_NOUN_VERBS = wordList(
  'thing-noun-verbs',
  'Thing nouns (list thing-nouns) that are also plain present-tense verbs: after a plural subject or a year ("The accounts for 2025-26 show X received …", "Records show X was paid", "Fans storm Y") the word is the verb and the name after it its object or the subject of a clause, no show, film or storm named so.',
  within(THING_NOUNS, ['show', 'film', 'ship', 'storm', 'book', 'brand', 'programme', 'program', 'strain', 'rocket']),
);

export const PROGRAMME_NOUNS = list(
  'programme-nouns',
  'Nouns of a broadcast or streamed programme between the channel or service that shows it and its title ("the Tidewell drama Low Tide", "the Kelso TV series Harbour", "the Streamwell hit Ferrymen"): the name before the noun is the body that shows it.',
  `drama series show sitcom soap hit thriller documentary docuseries miniseries quiz`,
);

export const RELEASE_MODIFIERS = list(
  'release-modifiers',
  'Words before "single" that make it a record, not the adjective ("her debut single X", "the new single X"; "a single Vardo player" is one player): the name after them is the record\'s title, a thing.',
  `debut new hit lead latest comeback breakout solo first second third`,
);

export const WORK_MAKER_NOUNS = list(
  'work-maker-nouns',
  'Nouns after a work\'s title that name its maker, as showbiz copy calls a singer by her hit ("the Paper Kite hitmaker"): the title before them is a thing, not a person or a body.',
  `hitmaker hit-maker`,
);

export const COURT_PANEL_WORDS = list(
  'court-panel-words',
  'Words that, before a capitalised "Bench", name the judges sitting on a case in South Asian court copy ("A Division Bench of Justices Dana Kelso and Tom Wrede", "a Full Bench", "the Constitution Bench"); "the Bench" alone is the same panel ("told the Bench", "the Bench observed"). A panel is no person and no named body: the court is named as itself.',
  'division full constitution special larger vacation',
);

export const SECTOR_WORDS_BEFORE_BODY_NOUNS = wordList(
  'sector-words-before-body-nouns',
  'Common nouns of a field or a trade that open a headline, a crosshead or a sentence before a lower-case noun of a body ("Space agency backs plan", "Health board apologises", "Water company fined", "Aviation regulator grounds jet"): the capital is the line\'s and the pair is a description of a body of that field, no body named "Space"; a one-word name so placed is no organisation (evidence rule body-noun-after). Only at the opening of a line or sentence and only for these dictionary nouns, which name no town or party: "Vardo party" or "Tarrow council" there stays the body named after the place.',
  ['space', 'health', 'water', 'energy', 'rail', 'aviation', 'transport', 'education', 'trade', 'finance', 'farming', 'food',
    'environment', 'housing', 'safety', 'privacy', 'data', 'media', 'telecoms', 'broadband', 'defence', 'defense', 'competition',
    'consumer', 'gambling', 'pensions', 'banking', 'fisheries', 'shipping', 'mining', 'climate', 'science', 'tech', 'technology', 'charity', 'sports', 'football'],
);

export const PARTY_STANDING_WORDS = list(
  'party-standing-words',
  'Capitalised words that give a party\'s standing, not its name, before "party" ("The main Opposition party, the Kelso Party, …"; Westminster-style copy capitalises "the Opposition"): no party is named by them.',
  'opposition',
);

export const RESULT_STATUS_LABELS = wordList(
  'result-status-labels',
  'Labels of a results list\'s lines for those who did not finish or start, or were disqualified, written before a colon ("DNF: KELSO Dana, NOR", "DSQ: Ivo Brandt") or, in athletics tables, before the name with no colon ("DQ Kelso Harriers (R24.7)"): like a rank, they open an entry whose name follows.',
  ['dnf', 'dns', 'dsq', 'dnq', 'ret', 'dq'],
);

export const MODIFIER_SUFFIXES = list(
  'modifier-suffixes',
  'Lower-case endings that turn a name into a modifier ("Nato-like", "Kremlin-backed"; a town\'s surroundings, "a Vardo-area school", and where someone grew up, "the Kelso-raised singer"): the name ends at the hyphen.',
  `like led backed based era style linked owned run made friendly born funded controlled allied aligned occupied area raised bred headquartered
   held bound wide specific related focused oriented centric sponsored appointed affiliated supported inspired
   dominated leaning type proof free ish esque ist ism ite ites brokered imposed designated listed registered
   educated trained dependent backed-up skeptic sceptic sceptics skeptics`,
);

export const CONTRACTED_HAS_IS_VERBS = list(
  'contracted-has-is-verbs',
  'Verbs after a name\'s "\'s" that make it "has"/"is" ("X\'s been", "X\'s going"): the name is a person\'s, not a chain named in the possessive ("Macy\'s said").',
  'been got gotten going gone getting being done',
);

export const HOLDING_NOUNS = list(
  'holding-nouns',
  'Nouns of owning part of a company, before "in"/"of" and its name ("shares in Tarvo", "a stake in Brenmoor", "stock of X"): the name is a company.',
  'shares share stock stocks stake stakes holding holdings',
);

export const STAKE_DEAL_VERBS = list(
  'stake-deal-verbs',
  'Verbs of buying, selling or holding part of a company, right before a share of it given as a percentage and "of" ("agreed to buy 70% of Tarvo", "sold 40 per cent of Brenmoor", "owns 12 percent of X"): what the share is of is a company, not a person.',
  'buy buys buying bought sell sells selling sold acquire acquires acquiring acquired own owns owning owned hold holds holding held take takes taking took',
);

export const FOUNDING_PARTICIPLES = list(
  'founding-participles',
  'Participles of founding a body, after a name and a comma and before "by"/"in"/"as" ("Tarvo, founded by Dana Kelso in 1951,", "Brenmoor, established in 1920,"), or after "was" ("Tarvo was founded in 1951"): a body is founded, a person is not, so the name is the body, also where it is the founder\'s surname.',
  'founded co-founded cofounded established',
);

export const MEMBERS_BODY_VERBS = list(
  'members-body-verbs',
  'Verbs of speaking for members, after a name, a comma and "which" ("Vardex, which represents 4,000 nurses,", "Kelsa, which speaks for cabin crew,", "Ostra, which lobbies for small brewers,"): a union, a trade body or a campaign, never a person ("who represents"), nor a place a reader would call "which" (a town does not represent members).',
  'represents represented speaks spoke lobbies lobbied campaigns campaigned organises organizes organised organized',
);

export const BUSINESS_ACTIVITY_VERBS = list(
  'business-activity-verbs',
  'Verbs of a business\'s trade, after a name, a comma and "which" ("Tarsk, which makes sensors for cars,", "Dunmarl, which owns three quarries,", "Kelvane, which employs 900 people,"): a company, never a person ("who makes"); not "produces" or "builds", which a town or a region does as often ("Vardo, which produces wine"), and a place the lexicon knows is left alone.',
  'makes manufactures sells supplies distributes designs develops operates owns employs brews exports imports retails',
);

export const TRADE_AGENT_NOUNS = list(
  'trade-agent-nouns',
  'Nouns of a trade\'s agent heading an appositive before "of" and what is traded ("Kelvane, a maker of pumps,", "Tarsk, the largest supplier of sensors,"): a company, as "X, a pump maker," is; not "producer" or "publisher" ("a producer of the film", "the publisher of the Gazette" are people as often), nor "owner" or "builder".',
  'maker manufacturer supplier distributor provider operator retailer wholesaler exporter importer',
);

export const RUNNING_PARTICIPLES = list(
  'running-participles',
  'Participles of running or owning a business, after a name and a comma and before "by" ("Camoletti, run by the chef Idris Camoletti,", "Big Tony, owned by Brightfork,"): a restaurant, a shop or a chain is run or owned, a person is not, so the name is the business, also where it is its chef\'s or founder\'s surname. Only in that shape: "X was run over" is a person; not "operated by" or "managed by", which follow a ship\'s name as often ("The MV X, operated by Y,").',
  'run owned co-owned',
);

export const SUBJECT_VERB_ADVERBS = list(
  'subject-verb-adverbs',
  'Adverbs between a one-word subject and its verb before "its" ("Rosalind finally lands its first star", "Varrow now has its second"): the name is still the subject whose "its" shows a body or a business.',
  'finally now already still also again at last just quickly duly',
);

export const ONE_NAME_ADVERBS = list(
  'one-name-adverbs',
  'Adverbs between "known" and "as" before the one name a person goes by ("the consultant chef known simply as Ottaro", "a singer known only as Vessa").',
  'simply only just mononymously universally widely',
);

export const ANONYMISED_PARTY_NOUNS = list(
  'anonymised-party-nouns',
  'Nouns for the people court and migration copy may name only by the initials an anonymity order gives them, right before the initials ("The lead claimant, AB,", "the appellant XY said", "a second applicant, CD, 29,"; rule anonymised-initials): a body is no claimant, no man and no woman.',
  `claimant claimants appellant appellants applicant applicants respondent complainant petitioner plaintiff detainee
   man woman boy girl teenager child mother father`,
);

export const IDENTIFYING_PARTICIPLES = list(
  'identifying-participles',
  'Participles before "as" and initials that stand for a person\'s name in court and migration copy ("who can only be identified as AB", "a woman referred to as XY", "named in court only as KL"; rule anonymised-initials); "known" needs "only" between ("known only as AB"): "a group known as ABC" is a body.',
  'identified referred named designated',
);

export const FOUNDING_LINKS = list(
  'founding-links',
  'Words after a founding participle that read a body\'s founding (list founding-participles): by whom, when or where, as what ("founded by Dana Kelso", "established in 1920", "founded as a workshop").',
  'by in as',
);

export const HOUSE_TRADE_WORDS = list(
  'house-trade-words',
  'Trades whose firms are called houses, before a lower-case "house" and a name ("the Paris fashion house Maison Vellard", "the couture house Tarrow", "the auction house Kelderwick", "the champagne house Marwick", "the publishing house Vardo Books"): the name is the firm. "house" alone before a name is no body noun (a capitalised "House" opening a sentence is a chamber of a legislature, "House Republicans").',
  'fashion couture luxury design auction publishing jewellery jewelry perfume fragrance champagne cognac leather tailoring',
);

export const PRICE_MOVE_VERBS = list(
  'price-move-verbs',
  'Past-tense verbs of a price going up or down that markets copy writes right after a company\'s name, before a percentage ("Vardo slid 6 per cent", "Kelso Bank AG (KLB.S) rose 2.1%"): what moves by a share of its price is a company or an index, never a person. "won" is left out: a candidate wins a share of the vote.',
  `rose fell slid slipped slumped jumped dropped climbed tumbled plunged plummeted surged soared sank gained lost shed
   added advanced declined eased rallied firmed dipped edged sagged retreated rebounded recovered`,
);

export const PRICE_MOVE_FILLERS = list(
  'price-move-fillers',
  'Words between a price-move verb and its percentage ("fell almost 18 per cent", "edged up 0.4%", "lost as much as 5%"): they neither end nor change the move.',
  'almost nearly about around roughly some just over under more than by as much up down higher lower a further another',
);

export const PRICE_MOVE_MEASURES = list(
  'price-move-measures',
  'Nouns of a figure that open a sentence or a bullet before a price-move verb ("Revenue rose 6% to …", "Profit slumped 12%"): the capital is the sentence\'s, the word no company.',
  `revenue revenues sales profit profits earnings income turnover output inflation exports imports prices growth spending
   unemployment production demand margins costs volumes orders deposits lending`,
);

export const ORG_NOUNS_AFTER = list(
  'org-nouns-after',
  'Lower-case nouns after a capitalised name that make it an organisation ("the Fidesz party", "the Wagner group", a dairy farmers\' "the Kelso co-op"); before it they do too ("the charity Kelso Wings", "in the journal Tarrow Bird Letters"); a legal directory that ranks firms is a publication as a journal is ("ranked by Whitcombe, the legal directory,", "the Kelso directory").',
  `party group movement militia faction alliance bloc agency company firm newspaper broadcaster network channel
   outlet bank union coalition platform conglomerate airline carrier insurer lender retailer manufacturer
   startup start-up regulator watchdog ministry daily weekly tabloid magazine charity journal co-op co-operative
   cooperative directory`,
);

export const COALITION_BUSINESS_NOUNS = wordList(
  'coalition-business-nouns',
  'Nouns after "coalition" or "party" that make the pair the business of forming and running a government, not a body ("Vardo coalition talks", "the Tarrow coalition negotiations", "Kelso party politics"): the capitalised word before is the country they happen in, a place (evidenceRules.ts body-noun-after).',
  ['talks', 'negotiations', 'politics', 'arithmetic', 'wrangling', 'crisis', 'deadlock'],
);

// Kept apart from ORG_NOUNS_AFTER: "the Kelso body" or "the Kelso foundation" right after a name is rarely a body's
// description, but in apposition ("X, a trade body whose …", "X, an industry association,") the noun heads it.
export const WATERWAY_NOUNS_AFTER = wordList(
  'waterway-nouns-after',
  'Nouns of org-nouns-after that also name a waterway after a place\'s name ("the Kelso channel" is a broadcaster, but "the tanker blocked the Tarrow channel", "dredging of the Vardo channel for bigger ships"): in a sentence about a vessel (a noun of vessel-nouns in it) the name before them is the place the waterway runs to, no body.',
  within(ORG_NOUNS_AFTER, ['channel']),
);

export const ORG_APPOSITIVE_NOUNS = list(
  'org-appositive-nouns',
  'Lower-case nouns that, heading an appositive after a name ("Digital Retail Britain, a trade body whose members …", "Kelso Forward, a consumer association,", "Vardo Aid, the island\'s relief society,"), make the name a body like the nouns of org-nouns-after; not after the name itself ("the Kelso body"). Energy and mining copy\'s joint ventures are so introduced ("Orsund-Kell, the Stavanger-based venture that holds the rest,", "Tarrow, a joint venture between X and Y,"); food copy\'s restaurants named like people ("Rosalind, the Tarrow counter restaurant from chef X,", "Big Tony, a burger bistro,"); and news outlets named like people or things ("The Kelso Tab, a student newspaper,", "Marwick Pulse, a local news website,", "Tarrow Talk, a podcast about the town,": read as a person with a role, or missed, without them). A restaurant is also "a dining room" or "a wine bar" ("Perdita, the Marwick dining room Lena Voss named after her aunt,", "Hobbs, a wine bar in Leith,"); security copy introduces a criminal group so ("Bracken, a crew whose leak site was seized,", "Marten, a gang that …"); business and motoring copy a young company or a maker named after its founder ("Revik, the EV upstart whose …", "Kelso, the electric-truck start-up,", "Vardo, a carmaker based in …"), and any company by a trade no person holds ("Norvel, the chipmaker, said", "Brask, the Danish brewer,", "Tarrow, the housebuilder,"); public copy a body by its service or authority ("talks at Kelvar, the conciliation service", "Vardo, the port authority,": missed at a sentence\'s start without them).',
  `body association federation organisation organization consortium nonprofit non-profit foundation institute society venture partnership
   restaurant restaurants bistro brasserie cafe café eatery bakery pub gastropub trattoria pizzeria diner chain
   newspaper tabloid broadsheet magazine website podcast blog newsletter broadcaster
   room bar gang crew upstart start-up startup carmaker automaker
   chipmaker drugmaker planemaker steelmaker shipbuilder housebuilder homebuilder supermarket utility brokerage
   refiner reinsurer brewer bookmaker consultancy wholesaler distributor haulier service authority`,
);

export const PERSON_PLIED_TRADES = wordList(
  'person-plied-trades',
  'Nouns of org-appositive-nouns for a trade one person also plies on their own ("Gary, a haulier from Barnsley, said", "Lena, a brewer in Tarrow,", "Ray, a bookmaker for 30 years,"): in the appositive after a name that opens with a given name the lexicon knows ("Gary", "Gary Pike"), the noun heads the person\'s post (words.ts isGivenNamesTrade), not a firm\'s kind; before a name or after a firm\'s ("the haulier Corbel", "Corbel, a haulier based in Hull,") it stays the firm\'s trade.',
  within(ORG_APPOSITIVE_NOUNS, ['haulier', 'brewer', 'bookmaker']),
);

// Kept apart from ORG_NOUNS_AFTER: after a name these read as people's trades or things ("the Kelso maker"), and
// trades a person also holds ("producer", "developer") are left out: "the producer Tomas Vane" is a person ("broker" is in, as the
// given-name check of occupationBeforePerson keeps "the broker Dana Kelso" a person).
export const TRADE_NOUNS_BEFORE = list(
  'trade-nouns-before',
  'Nouns of a company\'s trade right before its name that make the name a company ("the port operator Marwick Ports", "the haulier Corbel", "the music site Tunewire", "the record label Kestrel Sound", "the promoter Brightgate Events"; media copy\'s "Broadcaster Telmarra said 2 million watched", "the broadcaster Telmarra" (a person\'s full name after it stays a person, "broadcaster Dana Kelso"); showbiz copy\'s "the streamer Tidewell", "the studio Drommel Pictures", "court jewellers X"; "the consultancy Tarrow Advisory"; technology copy\'s young companies by their sector or their age, in a headline too: "Fintech Norla raises $40m", "the start-up Norla"; food and hospitality copy\'s "grill chain Big Tony", "the burger chain Marlo", "the bakery Dunmore", "delivery platforms Plattr and FoodHop", "delivery apps Plattr and FoodHop" (the singular "app" names the thing, list thing-nouns): a chain named after a founder\'s nickname, "Big Tony", read as a person without it); business and fintech copy\'s "the payments giant Kovane", "the fraud prevention service Safeguard Kelso", "the streaming service Tidewell"; media copy\'s "the talk station Talk 99", "the local radio station Tarrow Sound" (before a first name and a surname the lexicon knows, "the jazz giant Dana Kelso", the noun is the person\'s, as bodyNounBefore reads it)); sports copy\'s "tournament sponsor X", "Sponsors X have offered …" and "bookmakers X" (a betting firm); automotive copy\'s suppliers by what they make ("battery maker Tarrant Cell", "the seat maker Kelso Trim": read as a person without it; a film maker\'s given name keeps the person); online copy\'s marketplaces, named in lower or mixed case as often as not ("the online marketplace tRadely", "second-hand marketplace Kelvo"); finance copy\'s "an analyst at the broker Kelso Vane" and motorsport copy\'s racing teams, "joined from rival outfit Marr Dunholt" (before a given name the lexicon knows and a surname, "the broker Dana Kelso", the person stays: occupationBeforePerson)',
  `operator haulier hauler supplier distributor wholesaler exporter importer refiner carmaker automaker
   chipmaker drugmaker shipowner utility brokerage supermarket shipbuilder housebuilder homebuilder planemaker
   steelmaker insurer reinsurer lender retailer manufacturer brewer bookmaker website site label promoter
   streamer studio jeweller jeweler consultancy fintech insurtech proptech start-up startup maker
   chain chains bakery platforms apps giant service station stations sponsor sponsors bookmakers broadcaster
   marketplace broker outfit`,
);

export const BODY_KIND_OPENERS = wordList(
  'body-kind-openers',
  'Nouns of a public body\'s or an outlet\'s kind that, capitalised as a sentence\'s first word right before a name, are the common noun placing the body, no word of its name ("Regulator Ofwax said prices would rise", "Watchdog Safeline said", "Tabloid Vexo said"; as "the regulator Ofwax" mid-sentence, rule body-noun-before). The tagger knows none of them, so they were read into a person\'s name. Not "agency", "union", "group" or "network", which open bodies\' own names ("Network Rail").',
  within(ORG_NOUNS_AFTER, ['regulator', 'watchdog', 'tabloid']),
);

export const PUBLIC_BODY_NOUNS_BEFORE = list(
  'public-body-nouns-before',
  'Nouns heading a description of a public or research body that, with a comma, introduces the body\'s name ("according to the national statistics office, Tallby Norr.", "the competition authority, Rekka Vass, said", "a report by the research institute, Halden Vass,"): economics and policy copy names foreign agencies so, and their names read as people\'s. Only set off by commas and closed by punctuation ("the office, Dana Kelso said" opens a clause); not after the name itself ("the Kelso office" is a place\'s office), which is why they are not in org-nouns-after.',
  `office bureau authority commission institute inspectorate directorate secretariat`,
);

export const FIRM_TRADE_PLURALS = list(
  'firm-trade-plurals',
  'Professional trades in the plural that British property, planning and construction copy writes before one firm\'s name, its partners\' surnames ("estate agents Penley Harcourt, which has three branches", "chartered surveyors Orrin Dale", "fire engineers Kelso Tate"): the plural trade of one name is the firm, which reads as a person\'s name without it. Only after a word that qualifies the trade (list firm-trade-qualifiers): "agents Dale and Tate" may be two people.',
  'agents surveyors engineers architects consultants valuers auctioneers conveyancers planners',
);

export const FIRM_TRADE_QUALIFIERS = list(
  'firm-trade-qualifiers',
  'Words that make a plural trade of list firm-trade-plurals a firm\'s trade ("estate agents", "letting agents", "chartered surveyors", "quantity surveyors", "fire engineers", "planning consultants").',
  'estate letting lettings managing land property chartered quantity building fire structural consulting planning conveyancing commercial residential',
);

export const FIRM_TRADES_ALONE = list(
  'firm-trades-alone',
  'Plural trades that financial and business copy writes before one firm\'s name with no qualifier ("Telecoms analyst X, of stockbrokers Penley Harcourt,", "brokers Orrin Dale cut the shares", "accountants Kelso Tate were appointed"): the plural of one name is the firm, which reads as its founders\' names without it, as list firm-trade-plurals after a qualifier. Insolvency copy names the firm a company appoints to wind it up so, also opening a sentence ("Administrators Tarven Holt said the business had run out of cash", "the board appointed liquidators Selby Marr", "Receivers Brell Catto were called in"): read as a person listed after a plural title without it.',
  'stockbrokers brokers accountants auditors solicitors administrators liquidators receivers',
);

export const FIRM_OR_PERSON_TRADES = list(
  'firm-or-person-trades',
  'Trades held by a person or by a firm, kept out of trade-nouns-before because "the producer Tomas Vane" is a person: opening a sentence before a name that ends in a company\'s head ("Developer Kelso Homes said …", "Broker Marwick Securities cut …"), the trade is a common noun before the firm\'s name, not its first word.',
  'developer producer broker publisher builder contractor',
);

export const STUDIO_NAME_ENDINGS = list(
  'studio-name-endings',
  'Workshop nouns that end a games studio\'s or a maker\'s name after a trade a person also holds (list firm-or-person-trades): "Arcfront developer Kelso Forge confirmed the dates", "the Californian developer Kelso Forge", "publisher Tarrow Foundry", "developer Marwick Works": the name is the firm\'s. Only after such a trade, since alone these end places ("Valley Forge") and surnames ("Tom Forge"), and "the producer Tomas Vane" stays a person.',
  'forge foundry works workshop games',
);

// A list, not a test on the lexicon's tags: the tagger gives "rival" and "angry" the same Adjective tag as "real",
// "royal", "green", "free" and "united", and knows "beleaguered", "resurgent", "embattled" and "furious" no more than
// "national", "sporting" or "athletic"; nor does a participle's ending set them apart ("United", "Allied",
// "Associated", "Sporting" open bodies' names). Words that open well-known names are left out: "popular" (a party),
// "proud", "wounded", "mighty", "fearless", "inspired". A hyphenated
// opener whose second half is in lower case ("Title-chasing", "In-form", "Cash-strapped") needs no entry: the
// lower-case half already ends the capitalised run, so the name starts after it.
export const EVALUATIVE_OPENERS = list(
  'evaluative-openers',
  'Adjectives and participles of mood, form or fortune that sports and news copy puts before a name opening the sentence ("Struggling Vardo Rovers sacked their manager", "Resurgent Tarrow United are unbeaten", "Rival Kelso Rovers fans clashed", "Furious Dana Kelso left the hall"): they describe the team or person, are no word of the name, and, unlike "former", "acting" or "interim", no word of a post either ("Embattled Vardo chief executive X": the role is "Vardo chief executive"). Names opened by an adjective keep it ("Real Tornes", "Royal Vardo Mail", "Green Party", "Free Church", "New Labour": none of those words is listed).',
  `struggling beleaguered embattled resurgent rival angry furious troubled stricken ailing hapless lowly
   battling buoyant jubilant delighted frustrated disgruntled defiant unbeaten winless injured disgraced
   revitalised revitalized rejuvenated`,
);

export const STANDING_OPENERS = list(
  'standing-openers',
  'Nouns of the part a side, a band or a firm plays in the event, mostly plural, that sports, arts and business copy puts before its name opening the sentence ("Holders Tarrow United were knocked out", "Champions Kelso Rovers lost again", "Hosts Vardo drew", "Headliners Glass Orchard pulled out", "Organisers Kelby Events apologised", "Newcomers Vela Labs raised £2m"): they say what the named side is, as "rival" does, and are no word of its name. The singular of a firm\'s part in an event reads the same way ("Organiser Tessel Events said"). Only capitalised at the sentence\'s start; "Champions League" and other names they open keep them, having no name after.',
  'holders champions hosts headliners organisers organizers newcomers favourites favorites underdogs leaders strugglers finalists promoters organiser organizer promoter',
);

export const STATUS_OPENERS = list(
  'status-openers',
  'Participles of what befell someone or a side, opening the sentence before a name ("Jailed Dana Kelso appealed", "Relegated Tarrow United sold their captain", "Sacked Vardo Rovers manager X", "Ousted Vardo chief executive X"): no word of the name, like the words of list `evaluative-openers`; but, like "former", they may stay in the post after it as written ("Ousted Vardo chief executive"), so the role keeps them.',
  `jailed sacked ousted axed suspended banned convicted exiled detained arrested accused indicted deposed
   dismissed impeached promoted relegated`,
);

export const WORKS_SITE_NOUNS = list(
  'works-site-nouns',
  'Lower-case nouns of a company\'s works or an armed force\'s site right after a name that follows "its" or "their" ("its Kelso yard", "their Vardo plant", "its Tarrow base"): the owner is the possessive, so the name is the town the site stands in, a place (shipbuilding, manufacturing and defence copy names a yard, a plant or a base by its town, and the bare town later stands for it: "Kelso would take on 400 apprentices").',
  'yard yards shipyard dockyard plant plants factory factories works site sites depot base facility mill hangar warehouse',
);

export const PREMISES_NOUNS = list(
  'premises-nouns',
  'Lower-case nouns of a business\'s premises after a brand of two words or more and "the" ("the Zippo Fuel station", "the Crispy Hut restaurant", "the Vardo Mart store"): local crime and business copy names a shop or a filling station by its brand; border and migration copy names a charity\'s shelter or clinic the same way, often in Spanish ("the Casa Amparo shelter", "the Puerta del Sol Kelso clinic").',
  'station store shop restaurant diner cafe café supermarket dealership franchise pharmacy showroom forecourt shelter clinic',
);

export const ROLE_AS_VERBS = list(
  'role-as-verbs',
  'Verbs that give a post through "as" to their subject or object ("X works as a cashier", "named X as chairman", "X will stay on as chief"), also in the bare form after a modal or "to" ("X will take over as acting treasurer", "would step down as leader", "will act as caretaker manager"); verbs of leaving a post give the post held, in every form ("X will step down as chairman", "X is stepping down as chief executive", "X will retire as head"); verbs of removing someone from a post give the post held too ("the federation dismissed X as head coach of the national team", "the board sacked X as chair", "Y replaced X as captain"); verbs of keeping or restoring someone in a post give the post kept ("the board voted to retain X as treasurer", "X was reappointed as chair").',
  `named name names naming appointed appoint appoints appointing elected elect elects electing re-elected re-elect
   re-elects re-electing reelected nominated nominate nominates nominating tapped taps picked picks chose chosen
   choose chooses selected selects installed installs confirmed confirms hired hires promoted promotes sworn
   serves served serving serve works worked working work stays stayed staying stay remains remained remaining
   remain acts acted continue continues continued continuing joined joins began begins started starts resigned resigns
   stepped steps quit quits retired retires took takes taking returned returns rejoined rejoins dismissed dismisses
   sacked sacks fired fires removed removes ousted ousts axed replaced replaces take step join resign retire return
   act begin start rejoin replace resigning stepping retiring retain retains retained retaining reappointed reappoint
   reappoints reinstated reinstates`,
);

export const ROLE_PREDICATE_VERBS = list(
  'role-predicate-verbs',
  'Verbs after a name that give it the post that follows ("X is a greeter at the store", "X was elected chairman of …").',
  `is was became becomes remains remained been named appointed elected re-elected reelected nominated promoted tapped
   confirmed installed made`,
);

export const ROLE_OBJECT_VERBS = list(
  'role-object-verbs',
  'Verbs whose object names the post a person holds ("X, who chairs the committee", "who co-chairs the Kelso Forum", "who represents San Francisco"); the role is the verb and its object, as written. Defence copy gives an officer\'s post by the unit commanded ("Lt Col X, who commands the Kelso Rifles,", "who commanded the brigade").',
  `chairs chaired heads headed leads led runs ran directs directed manages managed represents represented oversees
   oversaw owns owned founded co-founded coaches coached co-chairs co-chaired commands commanded`,
);

export const DESCRIBED_HEADING_VERBS = wordList(
  'described-heading-verbs',
  'Verbs of list role-object-verbs that state a standing post in a relative clause closing a description after the name ("X, the economist who chaired the inquiry,", "X, a chief inspector who heads the traffic unit,"): the description gave a post already, and after it "founded", "led", "represents", "owns" or "coaches" more often tell of an act or a client ("a lawyer who represents Y", "a senator who led the observer mission", "an engineer who founded the firm in his garage").',
  within(ROLE_OBJECT_VERBS, ['chairs', 'chaired', 'co-chairs', 'co-chaired', 'heads', 'headed', 'runs', 'directs', 'directed', 'oversees', 'manages']),
);

export const RELATION_NOUNS = list(
  'relation-nouns',
  'Nouns that place a person by a named other ("Mr. X\'s wife", "X ally Y", "widow of X"): a role only with that named owner.',
  `wife husband widow widower son daughter mother father brother sister spouse partner ally fiancee fiancée fiance
   girlfriend boyfriend nephew niece cousin uncle aunt grandson granddaughter grandmother grandfather stepson
   stepdaughter stepfather stepmother co-defendant`,
);

export const SPEAKER_RELATION_NOUNS = list(
  'speaker-relation-nouns',
  'Nouns that place a speaker by a person named before them after a reporting verb ("said Marrow constituent X", "said Kelso neighbour X"): the person after the noun speaks. Not roles (no post is held), so only the speaker phrase reads them.',
  `constituent constituents supporter backer donor friend neighbour neighbor classmate colleague confidant
   confidante biographer admirer introducer`,
);

export const BODY_RIVAL_NOUNS = list(
  'body-rival-nouns',
  'Nouns of a rival in trade or sport after "its" and right before a name, with or without a comma ("Its rival Vardomark said sales rose", "its competitor, Tarrow Labs,"): "its" is a body\'s, and a body\'s rival is a body of its kind, even a lone word the lexicon does not know (read as no one\'s without it). Not after "his", "her" or "their": a person\'s or a team\'s rival may be a person ("her rival Dana Kelso"). Not "counterpart" or "partner": a body\'s counterpart is as often its head.',
  'rival rivals competitor competitors',
);

export const RIVAL_NOUN_MODIFIERS = list(
  'rival-noun-modifiers',
  'Adjectives that may stand between "its" and a rival\'s noun of list body-rival-nouns ("its main rival, Tarrow Labs,", "its biggest competitor Vardomark", "its nearest rivals"): they rank the rival and leave it a body of the owner\'s kind, as "its rival" does.',
  'main biggest largest closest nearest chief fiercest bitter traditional smaller larger bigger better-known younger older',
);

export const COMPANION_NOUNS = wordList(
  'companion-nouns',
  'Nouns of a companion at work, at home or in the street ("Her colleague Ivo, 52,", "his neighbour Greta"): after a possessive determiner and right before a name they say it is a person\'s, even a lone given name, as kin nouns do; not roles (no post is held). Only the singular nouns of list speaker-relation-nouns that are never a body\'s ("supporter", "backer", "donor" may be a company\'s).',
  within(SPEAKER_RELATION_NOUNS, ['friend', 'neighbour', 'neighbor', 'classmate', 'colleague', 'confidant', 'confidante']),
);

export const PEER_NOUNS = wordList(
  'peer-nouns',
  'Nouns of a person\'s peer at work or across the floor, right after "his", "her" or "their" and before a name, with or without a comma ("Her colleague Ivo Brandt said …", "His shadow, Dana Kelso, said …"): the relation places the person, a role as the corpus conventions count one ("a relation that places the person"), as "His sister, X," is. Only before a name: "a colleague said", "the shadow of the tower" place no one. Only the singular nouns of list speaker-relation-nouns that are never a body\'s and "shadow" (the opposition\'s holder of a portfolio); not "friend" or "neighbour", who hold no post.',
  ['colleague', 'shadow'],
);

export const RELATION_DURATION_UNITS = wordList(
  'relation-duration-units',
  'Units of time after "of" and a number that date a relation before a comma and a first name ("her husband of 40 years, Aldo,", "his partner of 18 months, Ivo,"; rule relation-before): the name after the comma is the relative.',
  ['years', 'months', 'decades'],
);

export const KIN_NOUNS = wordList(
  'kin-nouns',
  'Relation nouns of family and household: a possessive determiner places the person by them ("His sister, X"); an ally, partner or co-defendant after "their" may be a body ("their partner, Vardo Holdings").',
  without(RELATION_NOUNS, ['ally', 'partner', 'co-defendant']),
);

export const SPOUSE_NOUNS = wordList(
  'spouse-nouns',
  'Kin nouns of a spouse: a person has one, so "his wife Patricia" names her by the relation as "his wife, Patricia," does (the comma left out); "his son Rohan" only tells one son from another and stays a plain word.',
  within(KIN_NOUNS, ['wife', 'husband', 'widow', 'widower', 'spouse', 'fiancee', 'fiancée', 'fiance']),
);

export const PERSONAL_STAFF_NOUNS = list(
  'personal-staff-nouns',
  'Nouns of the people who work for one person or share a person\'s life outside the family, as celebrity copy names them after a star\'s possessive ("Vessa\'s publicist", "Vessa\'s mentor", "her co-star", "his ex-wife"): a body has no publicist, mentor, co-star or former spouse, so the owner is a person (rule possessor-of-staff). Not "manager", "agent", "lawyer" or "spokesman": a club, an agency or a company has one too.',
  `publicist mentor co-star costar stylist bodyguard ex-wife ex-husband ex-girlfriend ex-boyfriend ex-partner`,
);

export const SHARED_SURNAME_CUES = list(
  'shared-surname-cues',
  'Words that say two given names before one surname name two people ("The couple, Yusra and Kemal Dogan,", "siblings Anouk and Teodor Brell", "Yusra and Kemal Dogan said they had moved"): a noun of a pair or a family within three words before the first name, or a plural pronoun within three words after the surname. With one, a first given name the lexicon does not know is a person\'s too (evidence rule given-name-before-shared-surname); without, "Vardo and Jem Halloran" may be a firm and a man.',
  'couple pair parents siblings brothers sisters twins spouses partners grandparents they their both',
);

export const BODY_SOURCE_NOUNS = list(
  'body-source-nouns',
  'Nouns of an unnamed person who speaks from inside a body, right after its initials ("a KFA source said", "an NKA insider said"): like a post ("a KVPD officer"), they make the initials after "a"/"an" the body the person belongs to, not a kind of thing ("a KVR launcher").',
  'source insider',
);

export const KIN_LIST_NOUNS = list(
  'kin-list-nouns',
  'Kin nouns that head a list of family members named by their first names alone, as obituaries and death notices write them ("father of Ivo and Marta", "their children, Ivo and Marta", "husband of Greta"): each listed name is a person, even a lone given name. The singular kin nouns of list kin-nouns and their plurals.',
  `wife husband widow widower son daughter mother father brother sister spouse nephew niece cousin uncle aunt
   grandson granddaughter grandmother grandfather stepson stepdaughter stepfather stepmother
   wives husbands sons daughters mothers fathers brothers sisters nephews nieces cousins uncles aunts
   grandsons granddaughters grandchildren children parents grandparents stepchildren`,
);

export const FEMALE_KIN_NOUNS = wordList(
  'female-kin-nouns',
  'Kin nouns for women only: a full name they introduce ("His wife, Maris Rusk, said", "his widow Maris Rusk") is a woman\'s, whatever the lexicon knows of the given name, so a later "Mrs Rusk" is she and not her husband.',
  within(KIN_LIST_NOUNS, ['wife', 'widow', 'mother', 'daughter', 'sister', 'niece', 'aunt', 'grandmother', 'granddaughter', 'stepdaughter', 'stepmother']),
);

export const MALE_KIN_NOUNS = wordList(
  'male-kin-nouns',
  'Kin nouns for men only: a full name they introduce ("Her husband, Aled Rusk, said") is a man\'s, so a later "Mr Rusk" is he.',
  within(KIN_LIST_NOUNS, ['husband', 'widower', 'father', 'son', 'brother', 'nephew', 'uncle', 'grandfather', 'grandson', 'stepson', 'stepfather']),
);

export const BIRTH_NAME_MARKERS = wordList(
  'birth-name-markers',
  'Phrases between a name a person is known by and the full name given at birth, as celebrity copy writes a star known by one name ("Vessa - real name Vessandra Kole -", "Vessa, born Vessandra Kole,", "Vessa (real name Vessandra Kole)", "Vessa, whose real name is Vessandra Kole,"): the full name is the same person, and the name before it a person\'s, though the lexicon knows neither word.',
  ['real name', 'born', 'birth name', 'full name', 'real-life name', 'whose real name is', 'whose birth name is', 'whose full name is'],
);

export const MAIDEN_NAME_MARKERS = list(
  'maiden-name-markers',
  'Words before a woman\'s maiden name ("Edith (née Brandt)"): the name after them is a person\'s surname, never a place or a body.',
  'née nee',
);

export const PLURAL_ABBREVIATED_TITLES = list(
  'plural-abbreviated-titles',
  'Plural abbreviated titles before a list of names ("Reps. X (Calif.) and Y (Wis.)", "Sens. X and Y"): each listed person\'s title, as written.',
  'reps sens govs drs profs gens',
);

export const PANEL_MEMBER_TITLES = wordList(
  'panel-member-titles',
  'Titles held by the members of one sitting body (a bench, a board, a council, a commission): written in the plural before a list of names ("Justices X, Y and Z dissented", "Supervisors X and Y cast the no votes", "Councillors X and Y voted against"), the title is each listed colleague\'s post, as written. A head of state\'s or government\'s title in the plural ("Presidents X and Y met") pairs leaders of different countries and stays evidence only.',
  within(TITLE_HEADS, ['justice', 'judge', 'magistrate', 'councillor', 'councilmember', 'supervisor', 'commissioner', 'alderman', 'alderwoman', 'selectman', 'selectwoman', 'trustee', 'regent', 'senator']),
);

export const SHARED_POST_TITLES = wordList(
  'shared-post-titles',
  'Titles that each person listed after their plural holds in their own right, as panel members hold theirs ("Ministers X and Y toured the site", "Directors X and Y resigned", "Pacers X and Y took the field through halfway", "Detectives X and Y arrested him", "Coaches X and Y"), also in lower case mid-sentence and after a capitalised modifier: an insolvency\'s officers ("Joint administrators X and Y said"), a broadcast\'s people ("moderated by anchors X and Y", "presenters X and Y"), a firm\'s founders and owners, and professions each listed person practises ("lawyers X and Y", "researchers X and Y", "paramedics X and Y"): the plural title is each listed person\'s role, as written. Not a head of state\'s or government\'s (see panel-member-titles).',
  within(TITLE_HEADS, ['minister', 'director', 'pacer', 'pacemaker', 'detective', 'constable', 'sergeant', 'coach', 'co-founder',
    'administrator', 'receiver', 'anchor', 'moderator', 'presenter', 'host', 'co-host', 'founder', 'owner', 'lawyer', 'attorney', 'researcher',
    'scientist', 'economist', 'analyst', 'officer', 'inspector', 'reporter', 'correspondent', 'journalist', 'firefighter', 'paramedic', 'nurse', 'surgeon']),
);

export const PARTY_NOUNS = list(
  'party-nouns',
  'Party members\' nouns: a party label, not a role ("X, a Democrat of Ohio and …"), unless a rank makes it a post ("the top Democrat").',
  'democrat democrats republican republicans independent tory conservative',
);

export const ROLE_APPOSITIVE_STOPS = list(
  'role-appositive-stops',
  'Words that end an appositive role ("X, the party leader, who …"): a relative clause, a verb or a concessive ("X, even as a candidate,") starts.',
  'who whom whose which that said says told and but while as even when where because although if has have had is was are were will would',
);

export const NEEDS_COMPLEMENT = list(
  'needs-complement',
  'Heads that name a post only with their "of" ("head of retail", not "his golden head").',
  'head member',
);

export const STATUS_HEADS = list(
  'status-heads',
  'Candidacy is a status, not a post, when a clause states it ("X is the nominee", "X was a candidate").',
  'candidate nominee challenger contender frontrunner front-runner hopeful',
);

export const CANDIDACY_HEADS = wordList(
  'candidacy-heads',
  'Status heads that only say someone stands for election ("the Green candidate for mayor, X,", "Labour\'s candidate X", "mayoral hopeful X", "front-runner X", with or without a party\'s label: a standing in a race, never a post, in an election or in a sport): candidacy status is no role (the corpus conventions), so a role they head is dropped, while the title still says the name is a person\'s. "nominee" and "challenger" are left out: a nomination is a post a party gives, and a challenger is one side of a bout or a race, both kept as roles as written.',
  within(STATUS_HEADS, ['candidate', 'hopeful', 'frontrunner', 'front-runner']),
);

export const PARTY_RACE_HEADS = wordList(
  'party-race-heads',
  'Status heads that name one side of a race or a bout, kept as roles in a bout ("the challenger, X,", "title challenger X"), but only a candidacy status after a party\'s label in the same title ("Republican challenger X", "the Labour challenger, X,", "Green contender X"; a front-runner is a candidacy status always, list candidacy-heads): an election, so no role (the corpus conventions; list candidacy-heads). A party\'s nominee keeps the role: a nomination is a post the party gives.',
  within(STATUS_HEADS, ['challenger', 'contender']),
);

export const TITLE_STRETCH_ENDS = wordList(
  'title-stretch-ends',
  'Words that end the opening stretch of a title whose head is read for candidacy ("fellow Democratic candidate X" reads "candidate"; "candidate for mayor", "spokesman for the candidate", "senator and candidate" stop before them): the office sought, the body after the post, or a second post.',
  ['of', 'for', 'in', 'at', 'to', 'from', 'with', 'on', 'and', 'or', '&'],
);

export const LEGAL_FORMS = list(
  'legal-forms',
  'Company legal forms, which may be left off a name and leave even a one-word name ("BBK Ltd" is "BBK", "Pellow & Marsh LLP" is "Pellow & Marsh"; an Indian private company\'s "Pvt Ltd": "Vardo Infratech Pvt Ltd" is "Vardo Infratech"; a Japanese "KK", an Italian "Srl", a French "SARL", a Danish "ApS", a Finnish "Oy": "Kasuro KK" is "Kasuro").',
  'corp corporation inc incorporated ltd limited plc co llc llp ag gmbh nv bv asa oyj oy kk srl sarl aps pty bhd kgaa pvt',
);

// British copy writes "plc" in lower case ("Vardo Holdings plc"), so it would end the run of capitals before it.
export const LOWER_CASE_LEGAL_FORMS = list(
  'lower-case-legal-forms',
  'Company legal forms written in lower case after the name, which still end the name ("Marwick Ports plc").',
  'plc',
);

// Legal forms that are English words or a place's abbreviation in lower case or alone ("sa", "se"), so they head
// a company's name only in capitals after another capitalised word ("Vardo SA").
export const COUNCIL_FORM_INITIALS = list(
  'council-form-initials',
  'A British council\'s kind in capitals after its town\'s name ("Tarrow DC" for Tarrow District Council, "Kelso BC", "Marwick MBC", "Vardo CC"; a metropolitan, royal or county borough\'s "MDC", "RBC", "CBC"), as planning and property copy shortens it once the full name is given: the whole is the council. Only after words the lexicon does not know as a place ("Washington DC", "Vancouver BC" are places).',
  'dc bc cc mbc mdc rbc cbc',
);

export const CAPITAL_LEGAL_FORMS = list(
  'capital-legal-forms',
  'Company legal forms that head a name only written in capitals after it ("Corbel SA", "Vardo Logistik SE", a Norwegian or Danish "Nordsvale AS", which in lower case is "as").',
  'sa se as',
);

// "SA", "SE" and "Society" also end company names without changing which company is meant. "Society" is left on a
// one-word name ("Royal Society" keeps its noun); "SA" / "SE" go from a one-word name too ("Corvalis SA" is the
// "Corvalis" of another report: capital-legal-forms), but a name that is only "SA" stays whole (a place, an acronym).
export const COMPANY_DESIGNATORS = wordList(
  'company-designators',
  'Company-form endings that do not change which company is meant ("Hinode Motor Corp" is "Hinode Motor Corporation").',
  [...LEGAL_FORMS.words, ...CAPITAL_LEGAL_FORMS.words, 'society'],
);

export const BODY_APPOSITIVE_CLAUSE_OPENERS = list(
  'body-appositive-clause-openers',
  'Participles and relative pronouns that carry an appositive body noun on to what describes it ("Frontline, the buyers\' coalition backed by two banks, has …", "Lumen, a rights group founded in 2010, said …", "Parity, a trade body which speaks for retailers, said …"): the one word opening the sentence is still that body (names.ts introducedAsBody).',
  'backed based founded formed funded set run led owned which that whose representing made created established',
);

export const TITLE_TAIL_STARTS = list(
  'title-tail-starts',
  'Words after a title\'s head that may carry its post ("chairman of …", "envoy for Yemen", "cashier at the store").',
  'of for to at in with from',
);

// The test of what may follow a title's head before the name (roles.ts) takes "on" ("member on the board") and
// not "from"; the clause rules (rolePhrase.ts) take "from" ("an envoy from the ministry"). The two drifted apart;
// bringing them together changes analyses, so it is left to the accuracy issue.
export const TITLE_HEAD_FOLLOWERS = wordList(
  'title-head-followers',
  'Words that may follow a title\'s head inside a title before a name ("head of delegation in Yemen", "member on the board").',
  [...without(TITLE_TAIL_STARTS, ['from']), 'on'],
);

export function has(words: WordList, word: string): boolean {
  return words.has(word);
}

export const SEAT_PREPOSITIONS = list(
  'seat-prepositions',
  'Prepositions that put a seat\'s or a district\'s name right after them ("the MP for Tarrow—Morgan Lakes", "the riding of Harlow—Kelly Ridge", "voters in Marwick—Ashley Vale", "a candidate from Dunmore—Vale Heights"): there an unspaced em dash between two capitalised words joins two places\' names into one compound district (runs.ts), as Canadian ridings are named.',
  'for of in from',
);

export const AREA_PLURAL_NOUNS = list(
  'area-plural-nouns',
  'Lower-case plurals of parts of a town or a country after two names joined by "and" ("in the Westmoor and Dunhill areas", "the Kelso and Tarrow districts", "the Ashby and Marwick estates"): both names are places, though the lexicon knows one as a company\'s.',
  'areas districts suburbs estates wards neighbourhoods neighborhoods parishes',
);

export const PLACE_PREPOSITIONS = list(
  'place-prepositions',
  'Prepositions of place: a name right after one is used as a place ("in Port Salvo", "near Kelso"), a hint that it is not a person.',
  'in at near across outside inside around throughout within',
);

export const NAME_PRONOUNS = list(
  'name-pronouns',
  'Personal pronouns right after a name\'s reporting verb ("Ostrander said he …"): the name is a person\'s.',
  'he she his her him',
);

export const OUTLET_NOUNS = list(
  'outlet-nouns',
  'Nouns that follow "news" in the description of a news outlet after its name ("Vardo news agency"): the name is a body.',
  'agency outlet channel site website network service portal',
);

export const SCORE_VERBS = list(
  'score-verbs',
  'Verbs a side takes right before the score it holds ("Kelso led 24-14 at halftime", "Kelso won 2-1", "Kelso trailed 0-2"): the subject is a side of the match; a person\'s own win is told with an opponent ("Brandt beat Kelso 6-3").',
  'led leads trailed trails won lost drew',
);

export const RESULT_LINKS = list(
  'result-links',
  'Prepositions joining a result verb to the other side of a match ("drew with X", "lost to X", "beaten by X").',
  'with to against by',
);

export const LEGISLATURE_HEADS = wordList(
  'legislature-heads',
  'Head nouns of a legislature that foreign and election copy writes alone, capitalised, after "the" ("the Assembly", "the 150-seat Assembly", "the Parliament"): the country\'s legislature, a body, though no full name ("National Assembly") is given (evidenceRules.ts legislature-head-after-the). Each is also an organisation head (derived from org-heads). "Chamber" is left out: "the Chamber" of court copy is a tribunal\'s trial chamber, the short form of the court named in full.',
  within(ORG_HEADS, ['assembly', 'parliament', 'senate', 'congress']),
);

export const GOVERNMENT_HEADS = wordList(
  'government-heads',
  'Head nouns of government bodies that never end a place\'s name (unlike "Bank" in "West Bank"): "State Department", "Justice Ministry" are bodies even when the tagger reads their words as places. Each is also an organisation head (derived from org-heads).',
  within(ORG_HEADS, ['department', 'ministry', 'agency', 'office', 'committee', 'commission', 'council', 'bureau', 'authority', 'administration',
    'directorate', 'secretariat']),
);

export const GOVERNMENT_HEADS_BEFORE_OF = wordList(
  'government-heads-before-of',
  'Head nouns of government bodies named by "of" and a place ("the Prefecture of Tarrow", "the Ministry of Vardo", "the Directorate of Kelso Roads"), which the tagger may read whole as a place as it reads "the Province of X": the head before "of" makes a body (derived from org-heads-before-of).',
  within(ORG_HEADS_BEFORE_OF, ['ministry', 'prefecture', 'directorate', 'inspectorate', 'secretariat']),
);

export const LICENSED_COMPANY_NOUNS = list(
  'licensed-company-nouns',
  'Nouns that close a utility\'s licensed company\'s legal name before its form ("Kelvar Water Services Ltd", "Orrin Gas Utilities plc"), the brand it trades as being the name without them ("Kelvar Water", "which trades as Kelvar Water"): with a legal form written in the name, the brand joins the one such company (orgForms.ts mergeCompanyStems). Kept out of company-heads: alone, "Social Services", "Kelso Health Services" are bodies whose first word is no short form.',
  'services utilities',
);

// A company is called by the first word of its name far more often than a school, a charity or a body named after
// a town: "Kelso" alone is Kelso Bancorp, but the Kelso Foundation's founder and the town of the Kelso Gazette.
export const DROPPED_ENSEMBLE_HEADS = wordList(
  'dropped-ensemble-heads',
  'Last words of an ensemble\'s full name that arts copy drops after the first mention, the word before them naming the body on its own ("the Kelderwick Philharmonic" for "Kelderwick Philharmonic Orchestra", "the Vardo Symphony" for "Vardo Symphony Orchestra", "the Tarrow Bach Choir" stays whole): the name without it joins the one longer name, as a company\'s name without its form does (orgForms.ts mergeCompanyStems).',
  within(ORG_HEADS, ['orchestra']),
);

export const DROPPED_SCHOOL_KINDS = list(
  'dropped-school-kinds',
  'Words of a school\'s kind before "School" that copy keeps when it drops "School" after the first mention ("Tarrow High" for "Tarrow High School", "Vardo Grammar" for "Vardo Grammar School", "St Ebba\'s Primary"): the name without "School" joins the one longer name, as a company\'s name without its form does (orgForms.ts mergeCompanyStems).',
  'high grammar primary secondary comprehensive junior elementary middle',
);

export const RACING_TEAM_HEADS = wordList(
  'racing-team-heads',
  'Last words of a motor-racing team\'s entry name, which joins a sponsor\'s name and a constructor\'s ("Orrin Vardel Racing", "Tarrow Kelso Motorsport"): race copy calls the team by either word alone ("Vardel lodged an appeal", "Orrin said nothing"), the constructor\'s as often as the sponsor\'s, so every word before the head names the team, not the first alone as a company\'s does (list company-heads).',
  within(ORG_HEADS, ['racing', 'motorsport', 'motorsports']),
);

export const COMPANY_HEADS = wordList(
  'company-heads',
  'Last words of a company\'s name (a legal form or a trade noun) after which the name\'s first word alone names the company, also where it reads as a surname ("Kessler Bancorp" … "shares in Kessler"); not a foundation, a school or a town\'s paper, named after a person or a place.',
  within(ORG_HEADS, ['inc', 'corp', 'corporation', 'ltd', 'llc', 'llp', 'plc', 'co', 'ag', 'gmbh', 'nv', 'bv', 'asa', 'oyj', 'pty', 'bhd', 'kgaa', 'spa', 'ab',
    'group', 'holding', 'holdings', 'bancorp', 'financial', 'securities', 'capital', 'partners', 'investments', 'industries', 'technologies',
    'systems', 'motors', 'pharmaceuticals', 'foods', 'enterprises', 'airlines', 'airways', 'logistics', 'shipping', 'insurance', 'resources',
    'mining', 'properties', 'realty', 'energy', 'retail', 'stores',
    // a lender named for its trade ("Tarrow Finance" … "a spokesman for Tarrow said")
    'finance', 'lending', 'leasing',
    'dynamics', 'analytics', 'networks', 'brands', 'labs', 'mutual',
    // a telecoms firm named for its service ("Tarvel Broadband" … "Tarvel said its bid was cheaper")
    'broadband',
    // a car maker named for its trade ("Revik Automotive" … "shares in Revik")
    'automotive',
    // a defence contractor ("Kelso Defence" … "shares in Kelso"), in both spellings
    'defence', 'defense', 'trains', 'buses', 'ferries', 'trams', 'coaches', 'travel',
    // a maker named for its trade in the plural (feature copy: "Dunmore Ceramics" … "38 years at Dunmore")
    'ceramics', 'potteries', 'plastics', 'glassworks', 'packaging',
    // a law firm named for its trade ("Marr Vane Solicitors" … "her firm, Marr Vane,")
    'solicitors',
    // a parts maker named for what it makes (labour copy: "Vardo Components" … "a spokesperson for Vardo said")
    'components', 'castings', 'forgings', 'fasteners',
    // a maker of household goods or a food processor ("Halden Appliances" … "Halden's managing director")
    'appliances', 'bakeries', 'creameries', 'dairies',
    // a maker or supplier named for its goods (trade copy: "Kelderwick Garden Products" … "Kelderwick said")
    'products',
    // a housebuilder or landlord named "<words> Homes" (planning copy: "Orrin Marsh Homes" … "Orrin Marsh said")
    'homes',
    // a ratings agency, a fund manager, a brewer ("Tarrow Ratings" … "Tarrow said"; "Aldous Keane Investors";
    // "Kelso Brewery" … "shares in Kelso")
    'ratings', 'investors', 'brewery', 'breweries', 'brewers', 'beverages',
    // a rail operator named for the places it serves, and an insurer ("Dale and Fell Railways" … "Dale and Fell said",
    // where both words are also landscape nouns the tagger reads as a place; "Orrin General Insurers")
    'railway', 'railways', 'insurers',
    // a drug or biotech company named for its trade (health copy: "Pellan Therapeutics" … "the company said", "Pellan's
    // trial"; "Orrin Biosciences", "Kelso Pharma")
    'therapeutics', 'biotech', 'pharma', 'biosciences', 'diagnostics',
    // … and "<word> Bio", "<word> Biopharma", a Japanese drugmaker's "Seiyaku" or "Yakuhin" ("Carradine Bio" … "Carradine said")
    'bio', 'biopharma', 'biologics', 'seiyaku', 'yakuhin',
    // the travel trade: an airport operator, a tour operator, a cruise line ("Penrose Airports", "Kelso Holidays",
    // "Marwick Cruises" … "Kelso said it would fly customers home")
    'airports', 'holidays', 'cruises',
    // shipping copy's shipowner and consultancy ("Kaldor Maritime" … "Kaldor-owned"; "Tarrow Advisory" … "Tarrow said")
    'maritime', 'advisory',
    // energy and commodities copy's producer, trader, contractor and state energy company ("Brendan Petroleum" …
    // "Brendan said", where "Brendan" reads as a given name; "Kelso Commodities" … "buys most of the mine's copper, Kelso
    // said"; "Vardo Subsea", "Marwick Offshore", "Tarrow Energi", "Orrin Energy Trading"). Not "minerals" nor "metals": a
    // miner is named after its town as often ("Kelso Minerals" … "the Member for Kelso").
    'petroleum', 'commodities', 'subsea', 'offshore', 'energi', 'energia', 'trading',
    // the games trade's studios and esports organisations ("Tarrow Interactive" … "staff at Tarrow"; "Kelso Esports" … "Kelso said")
    'interactive', 'esports', 'gaming',
    // housing and construction copy's trades ("Vardo Facades" … "a Vardo spokesperson"; "Kelso Developments" … "Kelso said")
    'facades', 'cladding', 'scaffolding', 'roofing', 'glazing', 'joinery', 'interiors', 'groundworks', 'demolition', 'developments',
    'lettings', 'builders', 'contractors',
    // media industry copy's publishers and production companies ("Harwood Newspapers" … "Harwood owns 49% of the station";
    // "Kelso Publications", "Vardo Films" … "Vardo said it stood by its team")
    'newspapers', 'publications', 'films',
    // energy copy's pipeline operators, refiners, drillers and renewable-power developers ("Tarvik Midstream" … "Tarvik
    // chief executive X"; "Orrin Pipelines" … "Orrin said")
    'midstream', 'pipelines', 'refining', 'drilling', 'renewables',
    // utilities copy's water company named for its trade, as an energy company is ("Kelvar Water" … "Kelvar's chief
    // executive", "Kelvar said"; beside its holding company, "Kelvar Group Holdings Ltd", the first word is the company
    // named first)
    'water',
    // ports and shipping copy's salvors, tug and terminal operators and stevedores ("Tarrow Salvage" … "Tarrow said";
    // "Kelso Terminals" … "dockers at Kelso"; "Orrin Stevedores", "Marwick Tankers")
    'salvage', 'towage', 'terminals', 'stevedores', 'stevedoring', 'tankers']),
);

export const ENERGY_TRADE_WORDS = wordList(
  'energy-trade-words',
  'Words of the energy a company makes or sells, before the part of the trade it names last ("Orrin Nuclear Generation", "Kelso Gas Distribution", "Vardo Energy Supply"; list energy-company-tails).',
  ['nuclear', 'power', 'energy', 'gas', 'electricity', 'electric', 'wind', 'solar', 'hydro', 'renewable'],
);

export const ENERGY_COMPANY_TAILS = wordList(
  'energy-company-tails',
  'The part of the energy trade that ends a generator\'s, a network\'s or a retailer\'s full name after an energy word (list energy-trade-words): copy drops it after the first mention, and another outlet may never write it ("Orrin Nuclear Generation" is "Orrin Nuclear" and "Orrin"; "Kelso Gas Distribution" is "Kelso Gas"), so the name without it is the one company (orgForms.ts mergeCompanyStems, link.ts linkCompanyStems). Not after another word: "the Windrush Generation", "the Kelso Supply" stay as they are.',
  ['generation', 'supply', 'distribution', 'transmission'],
);

/** Whether a company's lower-case name words end in an energy word and the part of the trade ("… Nuclear Generation"), which copy drops. */
export function endsInEnergyTrade(nameWords: readonly string[]): boolean {
  return nameWords.length > 2 && has(ENERGY_COMPANY_TAILS, nameWords[nameWords.length - 1]) && has(ENERGY_TRADE_WORDS, nameWords[nameWords.length - 2]);
}

export const OFFICE_SERVICE_ENDINGS = wordList(
  'office-service-endings',
  'Nouns that end a public office\'s full name after its office-body head ("the Local Services Ombudsman Service", "the Kelso Rail Ombudsman Service"), which copy then drops ("the Local Services Ombudsman found …"): the name without it is the same body (orgForms.ts mergeCompanyStems), not a second one.',
  within(ORG_HEADS, ['service']),
);

// A group's regional companies are named "<group> <region> <legal form>"; the group's own word alone, named before
// such a unit, is the group (the parent), not the unit.
export const REGIONAL_ARM_WORDS = wordList(
  'regional-arm-words',
  'Regions that, between a company\'s first word and its legal form, name a regional unit of a group ("Parcelly Europe Ltd", "Vardo UK Ltd", "Kelso Asia Pacific Pte"): "Parcelly" alone, named before the unit, is the parent, so it does not join the unit (a country\'s name does the same; gazetteer-countries).',
  ['europe', 'uk', 'us', 'usa', 'america', 'americas', 'asia', 'africa', 'emea', 'apac', 'pacific', 'north', 'south', 'latin', 'middle', 'east', 'nordic', 'nordics', 'benelux', 'dach'],
);

export const REGIONAL_POST_HEADS = wordList(
  'regional-post-heads',
  'Heads of a post that a company gives to the head of its regional arm, written after the company\'s possessive and the region ("Tarven Holt\'s Europe president", "Kelmar Drey\'s Asia chief", "Orrin Vale\'s UK managing director"): the name before such a post is the company, though its words read as a person\'s. Not "envoy", "adviser" or "ambassador", which a politician gives for a region ("the president\'s Europe envoy").',
  ['president', 'chief', 'head', 'boss', 'director', 'chairman', 'chairwoman', 'manager', 'ceo', 'md', 'managing', 'general'],
);

export const INSTALLATION_NOUNS = wordList(
  'installation-nouns',
  'Nouns of an energy or mining installation that, after "the", a name and up to two lower-case words of its trade, make the name the installation\'s, a place ("the Halvik A platform", "the Orsund copper mine", "the Tarrow gas export pipeline"): energy and mining copy names its fields, platforms, mines and pipelines after places. Not "plant" nor "project", which follow a company\'s name as often ("the Kelso plant").',
  ['platform', 'platforms', 'field', 'fields', 'mine', 'mines', 'pipeline', 'pipelines', 'rig', 'terminal', 'refinery', 'smelter', 'cable',
    'interconnector', 'tieback', 'well', 'wells', 'deposit', 'concession', 'shaft', 'pit', 'quarry'],
);

export const WORKPLACE_PLURALS = wordList(
  'workplace-plurals',
  'People of a trade in the plural before "at" and the body they work for ("Analysts at Harrow Bryce raised their target", "Campaigners at Nordvik Klima said", "economists at Kelso Bank"): the name after "at" is a body, as after a singular occupation ("an analyst at X"); a crowd\'s noun ("Crowds at X\'s rally") is none.',
  ['analysts', 'campaigners', 'activists', 'economists', 'strategists', 'researchers', 'scientists', 'engineers', 'lawyers', 'traders', 'bankers', 'brokers', 'executives', 'officials'],
);

export const PEOPLE_AT_PLACES = wordList(
  'people-at-places',
  'Title heads of people who are somewhere rather than employed there: travellers, road users, passers-by and people described by age or household ("Passengers at Kelso were stranded", "Commuters at Tarrow faced delays", "pensioners at Vardo"). After "at" such a word names the place they are at, an airport, a station or a town, not a workplace, so workplace-after-occupation gives the name no body\'s evidence. Not "shopper", whose "at" names a store as often as a town.',
  within(TITLE_HEADS, ['passenger', 'commuter', 'motorist', 'motorcyclist', 'pedestrian', 'cyclist', 'jogger', 'bystander', 'villager', 'eyewitness',
    'pensioner', 'teenager', 'schoolboy', 'schoolgirl', 'homeowner', 'dad', 'mum', 'grandmother', 'grandma']),
);

export const SHARE_CLASS_NOUNS = wordList(
  'share-class-nouns',
  'Nouns of a company\'s shares after the letter of their class ("Kelso B shares jumped", "Marwick\'s A shares", "its class C stock"): the letter is the class, not an initial of a name, so the company\'s name ends before it.',
  ['shares', 'share', 'stock', 'stocks', 'units', 'ordinary', 'ordinaries', 'preference', 'prefs', 'adrs', 'adss'],
);

export const STOCK_EXCHANGES = wordList(
  'stock-exchanges',
  'Exchanges whose short names stand before a ticker in wire copy ("(NYSE: VLM)"): the name before such a bracket is a listed company. Europe\'s and Asia-Pacific\'s exchanges as pharmaceutical and markets copy writes them ("Halvik Pharma AG (SIX: HLV)", "(ASX: KEL)", "(HKEX: 2891)", "(OSE: NORD)"): only in that bracket, where "SIX" is no number.',
  ['nyse', 'nasdaq', 'lse', 'tsx', 'amex', 'six', 'asx', 'hkex', 'sgx', 'jse', 'nse', 'bse', 'ose', 'xetra', 'euronext'],
);

export const DESCRIPTION_PLACING_WORDS = wordList(
  'description-placing-words',
  'Prepositions that end a body\'s description before the place it is in ("the Kelso Research Foundation, a state laboratory in Lisbon known as Kelfo"): the place closes the description, so what "known as" names is the body.',
  ['in', 'at', 'near', 'outside'],
);

/**
 * Nouns of the people who call a person by a nickname, after "to" and an optional determiner, right after the nickname
 * set off by commas ("Dani Kerrow, Dazza to the terraces,", "Ines Vale, Nessie to her teammates,"): the short name is
 * the person's (paragraph.ts `isAudienceNickname`), a second name as "known as" gives one.
 */
export const NICKNAME_AUDIENCE_NOUNS = list(
  'nickname-audience-nouns',
  'Nouns of those who call a person by a nickname, after "to" right after the nickname in commas ("Dani Kerrow, Dazza to the terraces, missed"; "Ines Vale, Nessie to her teammates,"): the nickname is the person\'s other name, not a second person, and later alone still the same person.',
  'fans supporters terraces teammates friends colleagues crowd regulars',
);

export const FORMER_NAME_PHRASES = wordList(
  'former-name-phrases',
  'Phrases between a name and a name the same person or body went by before ("the Kelso Channel, once known as Kelso Headline Television,", "Vardo Freight, formerly known as VF Haulage,"): the other name is an alias, whichever of the two is the longer.',
  ['once known as', 'formerly known as', 'previously known as', 'originally known as', 'formerly called', 'once called', 'previously called'],
);

export const KNOWN_AS_PHRASES = wordList(
  'known-as-phrases',
  'Phrases between a full name and a shorter name for the same person or body ("Ana Ruiz, better known as Nana"; a body abroad named in English and abbreviated in its own language, "the Vardo Relief Office, known by its Spanish initials OVAR,", the language\'s word left out; a body\'s brand or trading name, "the Kelso Rowing Association, which brands itself RowKelso,", "Vardo Holdings, trading as Vardo Fresh"; an airline\'s two-letter code, "Tarn Air, which flies under the code TQ,"): the second name is an alias of the first, not a second person.',
  ['known as', 'also known as', 'better known as', 'popularly known as', 'widely known as', 'nicknamed', 'dubbed',
    'known by its initials', 'known by its acronym', 'known by the initials', 'known by the acronym',
    'which brands itself', 'which calls itself', 'which styles itself', 'which trades as', 'trading as',
    'which flies under the code', 'flying under the code', 'which operates under the code', 'which trades under the code'],
);

export const PEOPLE_POSSESSIVE_OPENERS = list(
  'people-possessive-openers',
  'Irregular plurals of people that open a body\'s name in the possessive with "\'s" ("the Women\'s Rowing Association", "the Men\'s Sheds Forum", "the Children\'s Reading Trust", "the People\'s Housing Federation"): the possessive describes whom the body serves, so the name goes on past it to the body\'s head, as it does after a listed members\' plural ("Farmers\'").',
  'women men children people girls boys',
);

export const CAMPAIGN_MEMBER_PLURALS = list(
  'campaign-member-plurals',
  'Plural nouns of a campaign\'s or a group\'s people right after its name when the name opens the sentence as a command ("Stop the Bypass campaigners gathered", "Save the Meadow volunteers said"): "Verb the X" then names the group (runs.ts actsAsSubject), as a reporting verb after it does; a command would not be followed by its own people.',
  'campaigners activists supporters volunteers protesters protestors members organisers organizers',
);

export const CAMPAIGN_NAME_ADJECTIVES = list(
  'campaign-name-adjectives',
  'Adjectives that open a campaign\'s or a charity\'s name before a common noun of its cause ("Cold Homes Action warned", "Fair Fares Now said", "Clean Rivers Trust said", "Safe Streets Alliance said"): at the sentence\'s start before a reporting verb the name keeps the adjective (names.ts opensCampaignName); before a name\'s word ("Cold Kelso Council") it stays no word of the name.',
  'cold warm fair clean safe free open green better decent affordable equal living healthy',
);

export const OUTLET_BRAND_ENDINGS = list(
  'outlet-brand-endings',
  'Words that close a local news site\'s or a programme\'s brand after a place\'s name ("Marrow Now reported", "she told Kelby Live", "Tarrow Today revealed"): after one capitalised word, before a verb a publication reports by (list outlet-report-verbs) or a reporting verb, or after a verb of telling (list telling-verbs), the two words are the outlet, a body; the tagger reads "Today" as a date and "Now" as an adverb.',
  'now live today tonight online',
);
