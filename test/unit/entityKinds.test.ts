// Names and kinds on sentences of several outlets' styles (invented names): places are never people,
// titles stay outside names, and bodies named in news copy's usual forms are organisations.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';

type Expected = 'person' | 'org' | null;

function kindOf(text: string, name: string): Expected {
  const e = analyzeText(text).entities.find(x => x.mentions.some(m => m.text === name));
  return e ? e.kind : null;
}

describe('names and kinds', () => {
  const cases: [why: string, text: string, name: string, expected: Expected][] = [
    // Cities, states and regions are never people, however much their words look like a name.
    ['a city after "in" (AP style)', 'Attorney General Ron Pike said at a news conference in Jackson. "We are not done," Pike said.', 'Jackson', null],
    ['a two-word capital used with "in" and "to" (AFP style)', 'The envoy to Port Salvo, Wen Daoming, said he was pleased. The deal was well publicised in Port Salvo.', 'Port Salvo', null],
    ['a listed city whose first word reads as a given name (wire style)', 'Talks hosted in Abu Dhabi ended with a deal, the envoy Dana Pike said.', 'Abu Dhabi', null],
    ['a given name and a surname after "with" stay a person', 'Talks with Abu Karim ended with a deal, the envoy Dana Pike said.', 'Abu Karim', 'person'],
    ['a person after "in" with a first name stays a person', 'Voters put their faith in Dana Velkova, who won easily.', 'Dana Velkova', 'person'],
    ['"Port X" is a place, whatever X looks like (AP style)', 'The ferry sailed from Port Ansel on Monday. Port Ansel was quiet.', 'Port Ansel', null],
    ['"Fort X" opening a sentence is a place', 'Fort Keller said it was ready for the storm.', 'Fort Keller', null],
    ['a team named after such a place stays a team', 'The Port Ansel Mariners beat the Kingsford Bulls 24-17 on Sunday.', 'Port Ansel Mariners', 'org'],
    // A plural possessive inside a body's name ("Farmers' Union") keeps the name whole.
    ['a plural possessive inside a body\'s name (British style)', "The Hartwell Supporters' Trust said members had been told to wait.", "Hartwell Supporters' Trust", 'org'],
    ['a union named by its members in the plural possessive', "The National Farmers' Union said prices fell.", "National Farmers' Union", 'org'],
    ['a surname\'s possessive before a body word stays the person', "Dana Vellis' Senate bid ended in May.", 'Dana Vellis', 'person'],
    ['a magistrates\' court keeps its plural possessive (British court copy)', "He appeared at Tarlow Magistrates' Court on Monday.", "Tarlow Magistrates' Court", 'org'],
    ['a saint\'s possessive, a word and a body\'s head are one school', "She was head of St Edwy's Primary School for years.", "St Edwy's Primary School", 'org'],
    ['a saint\'s possessive before a head stays one hospital', "He was treated at St Olave's General Hospital in Tarlow.", "St Olave's General Hospital", 'org'],
    ['"Former" opening a sentence is no part of a club\'s short name before a post', 'Kelso Rovers lost again.\n\nFormer Rovers captain Tom Wrede is the favourite.', 'Former Rovers', null],
    ['"Ex-" opening a sentence is no part of a club\'s short name before a post', 'Kelso Rovers lost again.\n\nEx-Rovers striker Tom Wrede joined the board.', 'Ex-Rovers', null],
    ['the short name after "Former" is the club', 'Kelso Rovers lost again.\n\nFormer Rovers captain Tom Wrede is the favourite.', 'Rovers', 'org'],
    ['a research centre named for its remit after "on", joined by "and"', 'Analysts at the Center on Rural Schools and Transport Policy disagreed.', 'Center on Rural Schools and Transport Policy', 'org'],
    ['a committee\'s remit after "on" joins two subjects by "and"', 'Dana Kelso testified before the House Committee on Harbours and Shipping on Monday.', 'House Committee on Harbours and Shipping', 'org'],
    ['a watchdog "Project on X" is one body, not a project and a person', 'Ivo Sandal of the Project on Public Spending said so.', 'Project on Public Spending', 'org'],
    ['a company ending in a trade word like "Dynamics" (US business copy)', 'The contract went to Kelmar Dynamics on Monday.', 'Kelmar Dynamics', 'org'],
    // Transport operators (British labour copy): "X Buses", "X Coaches", "X Travel", and the first word alone after them.
    ['a bus operator ending in "Buses"', 'Drivers employed by Dunhollow Buses will strike. Dunhollow, which is owned by the Vardo Group, was disappointed.', 'Dunhollow Buses', 'org'],
    ['the bus operator\'s first word alone is the operator', 'Drivers employed by Dunhollow Buses will strike. Dunhollow, which is owned by the Vardo Group, was disappointed.', 'Dunhollow', 'org'],
    ['coach and travel operators named together', 'The authority hired Kelso Coaches and Marwick Travel to run 40 routes.', 'Marwick Travel', 'org'],
    ['"Buses minister X": the portfolio before "minister" is no short name of a bus operator', 'Drivers employed by Dunhollow Buses will strike.\n\nBuses minister Alun Prothero declined to act.', 'Buses', null],
    ['a town\'s possessive before "MP", beside the council named after it, is neither person nor body', "Rubbish piled up on some Dunhollow streets, Dunhollow Borough Council heard.\n\nDunhollow's MP, Dana Kelso, wrote to the council.", 'Dunhollow', null],
    ['the council named after the town stays a body', "Rubbish piled up on some Dunhollow streets, Dunhollow Borough Council heard.\n\nDunhollow's MP, Dana Kelso, wrote to the council.", 'Dunhollow Borough Council', 'org'],
    ['a road user\'s descriptor capitalised inside a sentence opens a campaign group\'s name', 'Mona Rill of the campaign group Passenger Voice South said so.', 'Passenger Voice South', 'org'],
    ['the same descriptor opening a sentence stays a title before a person', 'Passenger Dana Kelso, 34, said the bus never came.', 'Dana Kelso', 'person'],
    ['"steward" as a title head leaves a surname "Steward" in the name', 'Dana Steward said the deal was fair.', 'Dana Steward', 'person'],
    ['a maker named for its trade in the plural (feature copy)', 'The town lost more than jobs after Dunmore Ceramics shut its doors.', 'Dunmore Ceramics', 'org'],
    ['such a maker\'s first word alone is the maker', 'Dunmore Ceramics closed in May. She gave 38 years to Dunmore.', 'Dunmore', 'org'],
    ['a person\'s name before a trade word in the singular stays a person', 'The potter Dana Ceramic said so.', 'Dana Ceramic', 'person'],
    ['"When" opening the sentence is no part of a company\'s name (feature copy)', 'Closure\n\nWhen Dunmore Ceramics shut its doors, the town lost more than jobs.', 'When Dunmore Ceramics', null],
    ['the company after such a "When" keeps its name', 'Closure\n\nWhen Dunmore Ceramics shut its doors, the town lost more than jobs.', 'Dunmore Ceramics', 'org'],
    ['"Where" opening the sentence is no part of a group\'s name', 'Closure\n\nWhere Vardo Group once stood, there are flats.', 'Vardo Group', 'org'],
    ['a youth orchestra is a body', 'The Kelso Youth Orchestra played on Sunday.', 'Kelso Youth Orchestra', 'org'],
    ['"Band" is no body\'s head: a surname after a first name and an initial stays a person', 'The plan was drawn up by Dana J. Band, an adviser.', 'Dana J. Band', 'person'],
    ['a town that shares a club\'s name is no body outside sports copy', 'Her daughter is a nurse in Aberdeen now.', 'Aberdeen', null],
    ['such a town after "its plant in"', 'The firm offered every worker a place at its plant in Stoke, 90 miles away.', 'Stoke', null],
    ['a mosque named after its town is a congregation, like a church', 'Worshippers at Marwick Central Mosque were moved out.', 'Marwick Central Mosque', 'org'],
    ['a synagogue is no person, whatever its first words look like', 'Members of Beth Arden Synagogue held a vigil.', 'Beth Arden Synagogue', 'org'],
    ['a hospital group in the plural (British health copy)', 'Patients at Kelso Teaching Hospitals were moved.', 'Kelso Teaching Hospitals', 'org'],
    ['a place\'s possessive before a council stays outside it', "Tarlow's City Council met on Monday.", 'City Council', 'org'],
    // Local news: police forces, road numbers, bylines in capitals, a descriptor opening the sentence.
    ['a county police force named "Constabulary" (British local copy)', 'Tarlow Constabulary said the road would stay shut.', 'Tarlow Constabulary', 'org'],
    ['a British road number is no body', 'The plan adds a junction on the B4117 near Tarlow.', 'B4117', null],
    ['a byline in capitals after "By" names the writer (tabloid style)', 'Driver charged after crash\n\nBy DANA MARR FOR KELSO ONLINE\n\nA driver was charged on Monday.', 'DANA MARR', 'person'],
    ['the outlet after "FOR" in a capitals byline', 'Driver charged after crash\n\nBy DANA MARR FOR KELSO ONLINE\n\nA driver was charged on Monday.', 'KELSO ONLINE', 'org'],
    ['a name alone on its line in capitals is a byline, not an attach-only headline name', 'Driver charged after crash\n\nSOPHIE TARROW\nCourt Reporter\n\nA driver was charged on Monday.', 'SOPHIE TARROW', 'person'],
    ['a capitals headline with a verb keeps its names attach-only', 'DANA MARR QUITS\n\nThe club said on Monday it had a new coach.', 'DANA MARR', null],
    ['a descriptor opening the sentence stays outside the name (local copy)', 'Cyclist Geoffrey Tarrow, 71, died two days later.', 'Geoffrey Tarrow', 'person'],
    // A title before the name stays outside it, also when a phrase after the name lends an organisation tag.
    ['"President-elect" before a name with a middle initial (NYT style)', 'He promised to act as a check on President-elect Jane R. Doe’s agenda.', 'Jane R. Doe', 'person'],
    ['"President-elect" before a possessive name', 'Aides to President-elect Tomas Brandt’s transition team met on Monday.', 'Tomas Brandt', 'person'],
    ['a capital in a closed appositive (BBC style)', 'The session ended in the country\'s capital, Port Salvo, last Wednesday.', 'Port Salvo', null],
    // AP-style state abbreviations after lawmakers' names are places, not bodies or people.
    ['a state after a lawmaker (HuffPost style)', 'Backers include Gail Moreno (Wis.), Tom Pascoe (N.J.) and Jim Corbin (S.C.), aides said.', 'S.C', null],
    ['a lawmaker before a state stays a person', 'Backers include Gail Moreno (Wis.), Tom Pascoe (N.J.) and Jim Corbin (S.C.), aides said.', 'Tom Pascoe', 'person'],
    // Firms named after partners are one organisation.
    ['a law firm of partners (NYT style)', 'He is represented by Pryor, Vance, Lodge & Marsh, the firm said.', 'Pryor, Vance, Lodge & Marsh', 'org'],
    // A nationality before a first name and a surname stays outside the name.
    ['"the Italian X" (sports wire)', 'The Italian Marco Bellini won the stage in a sprint.', 'Marco Bellini', 'person'],
    ['"Americans X and Y" (AP sports)', 'Americans Jake Dorsey and Tim Holt finished second and third.', 'Jake Dorsey', 'person'],
    ['"another Italian, X," (Guardian style)', 'Another Italian, Lucia Ferro, was fourth.', 'Lucia Ferro', 'person'],
    ['a nationality before a body\'s name stays in it', 'Italian Airlines cut fares on Monday.', 'Italian Airlines', 'org'],
    ['a party label before a name (AP style)', 'Republican Dana Velkov said the plan would fail.', 'Dana Velkov', 'person'],
    ['"Democrat X" (Breitbart style)', 'She met Democrat John Roe on Monday.', 'John Roe', 'person'],
    ['a chamber and a party label before a name (Breitbart style)', 'Assembly Republican Dana Velkov used to back the plan, but now said it would fail.', 'Dana Velkov', 'person'],
    ['a state and a party label before a name (Politico style)', 'The letter was signed by Texas Democrat John Roe and two others.', 'John Roe', 'person'],
    ['a committee word and a party label before a name', 'Later, Judiciary Republican Mike Dorsey agreed with that point.', 'Mike Dorsey', 'person'],
    ['a state party before its officer\'s title stays a body', 'The Ardia Republican Party chair Dana Velkov said it.', 'Ardia Republican Party', 'org'],
    ['a service before a rank abbreviation is no person (AP style)', '"We are ready," said defence spokesman Marine Maj. Dana Velkov.', 'Marine', null],
    ['the person after the service and rank stays a person', '"We are ready," said defence spokesman Marine Maj. Dana Velkov.', 'Dana Velkov', 'person'],
    ['a known body before a rank abbreviation stays a body', '"We are ready," said Air Force Col. Mike Dorsey.', 'Air Force', 'org'],
    // Title-Case headline lines are not names, also when they end in a full stop.
    ['a Title-Case headline ending in a full stop (Fox style)', 'Tom Reyes Fully Embraced The Plan When He Became The Nominee.', 'Tom Reyes Fully Embraced The Plan When He Became The Nominee', null],
    ['a Title-Case headline with a quoted verb phrase', 'Dana Velkov Responds To Question About Wages By Saying We Need Fewer Lawyers.', 'Dana Velkov Responds To Question About Wages By Saying We Need Fewer Lawyers', null],
    ['a headline naming a person found in the article is kept as that person', 'Senator Says That The Plan Will Fail\n\nSenator Ana Ruiz said the plan would fail.', 'Ana Ruiz', 'person'],
    // Universities and their schools.
    ['a university known by one word (NYT style)', 'He has taught at Stanford since 2010. Stanford said he would stay.', 'Stanford', 'org'],
    ['a law school by the university\'s one word', 'She studied at Yale Law before joining the firm.', 'Yale Law', 'org'],
    ['a state after "Senator X of"', 'Senator Dan Okoro of Arizona, the chairman of the panel, said no.', 'Arizona', null],
    // Clubs and teams.
    ['a club with a prefix (BBC Sport style)', 'Ashford United beat FC Rostov 2-1. Rostov replied late.', 'FC Rostov', 'org'],
    ['a club\'s short name after its prefixed name', 'Ashford United beat FC Rostov 2-1. Rostov replied late.', 'Rostov', 'org'],
    ['a club ending in "United"', 'Ashford United beat FC Rostov 2-1. Rostov replied late.', 'Ashford United', 'org'],
    ['a one-word side of a match result with a score', 'Kelso beat Dunmore 2-1 on Saturday. Dunmore had won four in a row.', 'Dunmore', 'org'],
    ['a side written beside the score (live-blog style)', 'Full time: Aston Vale 2-2 Dunmore (agg 3-4). Dunmore go through.', 'Dunmore', 'org'],
    ['a tennis player in a result with set scores stays out of the teams', 'Nina Alvarez beat Petra Kovac 6-4, 6-3. Alvarez won again in May.', 'Alvarez', 'person'],
    // A surname ending in an organisation-like word ("-bank") after a given name is a person's; a whole body noun still makes a body.
    ['a given name before a surname ending in "-bank", with an appositive', 'Gregor Ashbank, a teacher, said the river rose fast. Mr Ashbank said the wall failed.', 'Gregor Ashbank', 'person'],
    ['a given name before such a surname, with a reporting verb', 'Lena Fairbank told the hearing she had been ignored.', 'Lena Fairbank', 'person'],
    ['a body named after such a surname stays a body', 'Ashbank Holdings said it would rebuild the mill. Lena Fairbank told the hearing she had been ignored.', 'Ashbank Holdings', 'org'],
    // A common noun for the speaker's own body opening a sentence before a sports post is no club.
    ['"Squad captain X said" opening a sentence', 'Squad captain Orrin Vell said the pitch was flooded.', 'Squad', null],
    ['the person after it keeps the post', 'Squad captain Orrin Vell said the pitch was flooded.', 'Orrin Vell', 'person'],
    ['a town\'s club before the same post stays a club', 'Marbeck captain Orrin Vell said the pitch was flooded.', 'Marbeck', 'org'],
    ['a trust named after such a person stays a body', 'The Lena Fairbank Trust said it would pay for the repairs.', 'Lena Fairbank Trust', 'org'],
    // Environment and natural-science copy (round 16): research stations, journals, charities named after a river, utilities, clubs.
    ['a research station named "X Marine Station" is a body, not a place', 'Researchers at the Tarlow Marine Station counted 400 nests.', 'Tarlow Marine Station', 'org'],
    ['a field station opening a sentence is a body', 'Orrin Field Station said the count would go on.', 'Orrin Field Station', 'org'],
    ['a station named after a town alone stays a place', 'Crowds waited at Kelderwick Station on Monday.', 'Kelderwick Station', null],
    ['a bus station stays a place', 'Crowds waited at Kelderwick Bus Station on Monday.', 'Kelderwick Bus Station', null],
    ['a journal after "in the journal"', 'The paper appeared on Monday in the journal Tarrow Bird Letters.', 'Tarrow Bird Letters', 'org'],
    ['a journal after "published … in" without "the"', 'The census, published this week in Marwick Ornithology Review, found 400 nests.', 'Marwick Ornithology Review', 'org'],
    ['a place after "published … in" stays a place', 'The census, published this week in New York, found 400 nests.', 'New York', null],
    ['a rivers trust whose name the tagger reads as a place stays a body', 'The Tarlow Rivers Trust spent a year taking samples.', 'Tarlow Rivers Trust', 'org'],
    ['a lakes society likewise', 'The Vardo Lakes Society said the water was clean.', 'Vardo Lakes Society', 'org'],
    ['the river a trust is named after, alone, is the river, not the trust', 'The Tarlow Rivers Trust took samples. Anglers on the Tarlow said fish had gone.', 'Tarlow', null],
    ['a water utility "X Water"', 'Overflows from Dunhallow Water outlets ran for days. Dunhallow Water said it would spend more.', 'Dunhallow Water', 'org'],
    ['a club named by its members\' pastime in the plural', 'Members of Orrin Wild Swimmers say they fell ill.', 'Orrin Wild Swimmers', 'org'],
    ['that plural alone opening a sentence is those people, not the club', 'Swimmers and anglers met on Monday. Members of Orrin Wild Swimmers say they fell ill.', 'Swimmers', null],
    ['a report\'s title in quotation marks after "titled" is no body, though it ends in "Water"', 'A long-awaited review titled "Living With Tides Water" is due next month.', 'Living With Tides Water', null],
    ['a song\'s title in quotation marks after "perform" is no body', 'Then the choir went on to perform “Over Kelso Water.”', 'Over Kelso Water', null],
    ['a charity "called" so in quotation marks stays a body', 'She set up a charity called “Kelso Rivers Trust” in May.', 'Kelso Rivers Trust', 'org'],
    ['a rewilding project named "Rewilding X" is a body, not a person', 'Rewilding Tarlow, which restores wetland, said reed beds were thriving.', 'Rewilding Tarlow', 'org'],
  ];
  for (const [why, text, name, expected] of cases) {
    it(`${why}: "${name}" is ${expected ?? 'no entity'}`, () => {
      assert.strictEqual(kindOf(text, name), expected);
    });
  }
});

/** The kind of the entity that holds the mention of `name` starting at or after `from`. */
function kindAt(text: string, name: string, from: number): Expected {
  const start = text.indexOf(name, from);
  const e = analyzeText(text).entities.find(x => x.mentions.some(m => m.start === start && m.text === name));
  return e ? e.kind : null;
}

describe('a lone surname beside a firm named after it (round 13)', () => {
  const shop = 'Dana Orlby, the owner of Orlby Chemists in Mill Street, was fined. The prosecutor said Orlby had ignored three alerts.';
  it('a shop named "<Surname> Chemists" is one organisation', () => {
    assert.strictEqual(kindOf(shop, 'Orlby Chemists'), 'org');
  });
  it('the surname alone is the one person named in full with it, not the shop', () => {
    assert.strictEqual(kindAt(shop, 'Orlby', shop.indexOf('prosecutor')), 'person');
  });
  const family = 'Mara Quenby and her son Tobin Quenby sold Quenby Group to a rival. Quenby employs 900 people.';
  it('where two of the family are named, the surname alone is the family firm', () => {
    assert.strictEqual(kindAt(family, 'Quenby', family.indexOf('people') - 20), 'org');
  });
  const speaking = 'Mara Quenby and her son Tobin Quenby sold Quenby Group to a rival. "It was time," Quenby said.';
  it('… unless it speaks as a person somewhere', () => {
    assert.strictEqual(kindAt(speaking, 'Quenby', speaking.indexOf('time')), 'person');
  });
});

describe('a surname ending in an organisation-like word', () => {
  it('the given name and the honorific form of the surname make one person, with the appositive\'s role', () => {
    const entities = analyzeText('Gregor Ashbank, a teacher, said the river rose fast. Mr Ashbank said the wall failed.').entities;
    const ashbanks = entities.filter(e => e.mentions.some(m => m.text.includes('Ashbank')));
    assert.strictEqual(ashbanks.length, 1);
    assert.strictEqual(ashbanks[0].kind, 'person');
    assert.ok(ashbanks[0].roles.some(r => r.text === 'teacher'), JSON.stringify(ashbanks[0].roles));
  });
});

describe('a club named by its town alone beside its supporters\' trust (round 13b)', () => {
  const text = 'Dunmore Athletic lost 4-0 at home to Ashby Rovers on Tuesday. The Dunmore Athletic Supporters\' Trust called for change. '
    + 'Around 2,000 Dunmore fans stayed to the end. Rovers boss Tam Orley added that Dunmore had been unlucky. '
    + 'Orley, a Dunmore lad, went back to Dunmore after the game.';
  const club = () => analyzeText(text).entities.find(e => e.name === 'Dunmore Athletic');
  const at = (phrase: string, nth = 0): number => {
    let index = -1;
    for (let i = 0; i <= nth; i++) {
      index = text.indexOf(phrase, index + 1);
    }
    return index;
  };
  it('the town before "fans" or a plural verb is the club, not its supporters\' trust', () => {
    const starts = club()?.mentions.map(m => m.start) ?? [];
    assert.ok(starts.includes(at('Dunmore fans')), JSON.stringify(starts));
    assert.ok(starts.includes(at('Dunmore had')), JSON.stringify(starts));
  });
  it('the town as a modifier of a person or after "to" stays the town', () => {
    const starts = club()?.mentions.map(m => m.start) ?? [];
    assert.ok(!starts.includes(at('Dunmore lad')), JSON.stringify(starts));
    assert.ok(!starts.includes(at('Dunmore after')), JSON.stringify(starts));
  });
});

describe('"host <Town> City" is a fixture, not a title (round 13b)', () => {
  it('the club after "host" is an organisation in sports copy', () => {
    const text = 'Ashby Rovers lost 2-1 to Dunmore United on Tuesday. Rovers, who sit 19th, host Marwick City on Saturday.';
    assert.strictEqual(analyzeText(text).entities.find(e => e.name === 'Marwick City')?.kind, 'org');
  });
});

describe('a post-time word opening a sentence before a club', () => {
  it('leaves the short name to the club named in full before', () => {
    const a = analyzeText('Kelso Rovers lost again.\n\nFormer Rovers captain Tom Wrede is the favourite. Rovers chairman Neil Carrow said nothing.');
    assert.deepStrictEqual(a.entities.filter(e => e.kind === 'org').map(e => [e.name, e.mentions.length]), [['Kelso Rovers', 3]]);
  });
});

describe('a remit after "on" joined by "and"', () => {
  it('does not take a person named after "and" into the body', () => {
    const a = analyzeText('The Commission on Harbours and Tom Wrede met on Monday.');
    assert.ok(a.entities.some(e => e.name === 'Tom Wrede' && e.kind === 'person'), JSON.stringify(a.entities.map(e => e.name)));
  });
});

describe('a surname-like word before a post, opening the one company named after it', () => {
  it('is the company\'s short form, not a person of its own', () => {
    const a = analyzeText('The deal went to Jensen Holdings on Monday.\n\nJensen spokesman Tom Wrede said the deal would close.');
    const firm = a.entities.find(e => e.name === 'Jensen Holdings');
    assert.deepStrictEqual(firm?.mentions.map(m => m.text), ['Jensen Holdings', 'Jensen']);
    assert.ok(!a.entities.some(e => e.kind === 'person' && e.name === 'Jensen'));
  });
  it('stays the person when someone of that surname is named', () => {
    const a = analyzeText('Ola Jensen founded Jensen Holdings in 1990.\n\nJensen spokesman Tom Wrede said the deal would close.');
    assert.ok(!a.entities.find(e => e.name === 'Jensen Holdings')?.mentions.some(m => m.text === 'Jensen'));
  });
});
