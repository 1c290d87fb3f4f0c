// Kinds of error found by reading the analysis of unlabelled real news (names, kinds, boundaries, roles), each
// fixed by a general rule and checked here on invented sentences of several outlets' styles.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';

type Expected = 'person' | 'org' | null;

/** The kind of the entity with a mention written exactly so, or null when no mention is. */
function kindOf(text: string, name: string): Expected {
  const entity = analyzeText(text).entities.find(found => found.mentions.some(mention => mention.text === name));
  return entity ? entity.kind : null;
}

describe('names, kinds and boundaries on wire copy', () => {
  const cases: [why: string, text: string, name: string, expected: Expected][] = [
    // A title word after an organisation's "of"/"for" is the rest of its name.
    ['a union named for its members (AP style)', 'Dana Marr, a spokeswoman for the American Federation of Teachers, said no.', 'American Federation of Teachers', 'org'],
    ['not cut before the title word', 'Dana Marr, a spokeswoman for the American Federation of Teachers, said no.', 'American Federation of', null],
    ['a department named for a title word (NYT style)', 'The Kelso Department of Justice is investigating the shooting.', 'Kelso Department of Justice', 'org'],
    ['a conference of office holders (Reuters style)', 'Proponents, including the Ruritanian Conference of Mayors, urged a vote.', 'Ruritanian Conference of Mayors', 'org'],
    ['a plural title ending a body\'s name after "of"', 'The Association of Flight Attendants called her a champion.', 'Association of Flight Attendants', 'org'],
    ['a body before a title still leaves the title to the person after it', 'Bank of Kelso Governor Ana Ruiz spoke on Monday.', 'Ana Ruiz', 'person'],
    // A Title-Case headline ending in a full stop shows itself by capitalised verbs prose never capitalises.
    ['a headline with a capitalised auxiliary (Breitbart style)', 'Quiet Exit: Dana Marr Was Driven to Clinic Then Sent Home to Dodge Cameras.\n\nDana Marr was driven to a clinic.', 'Dana Marr Was Driven', null],
    ['the name in that headline is the person found in the text', 'Quiet Exit: Dana Marr Was Driven to Clinic Then Sent Home to Dodge Cameras.\n\nDana Marr was driven to a clinic.', 'Dana Marr', 'person'],
    ['a headline ending in "X Says." (HuffPost style)', 'Tom Reyes Could Address Clean Energy, Lina Okafor Says.\n\nSen. Lina Okafor spoke on Thursday.', 'Lina Okafor Says', null],
    ['a headline with a capitalised copula after a colon (Fox style)', 'Factcheck: Tom Reyes Is Right, Thousands of Shootings in Kelso.\n\nTom Reyes said so.', 'Tom Reyes Is Right', null],
    ['a headline verb glued to a name and a body (NYT style)', 'Lina Okafor Hammers Brenmoor Bank Chief Over Fees.\n\nSen. Lina Okafor grilled the chief.', 'Lina Okafor Hammers Brenmoor Bank', null],
    ['prose with a capitalised title in it is no headline (HuffPost style)', 'It is a bitter pill. Tom Reyes\u2019s new book Listen, Voter Or, Whatever Happened to the Party? documents decades of work.', 'Tom Reyes', 'person'],
    ['a short prose sentence of names is no headline', 'Tom Baker and Ruth Hunter met Will Mason and Bill Price.', 'Will Mason', 'person'],
    ['a speaker label opening a headline keeps a common word ("Crane: …")', 'Crane: Nora Vale Won\u2019t Be at Debate, Tom Reyes Was Mocking Her.\n\nMike Crane says too much is made of it.', 'Crane', 'person'],
    // Capitalised phrases of English abstract nouns and adjectives name policies, programmes and places, not people.
    ['a department\'s short name as a modifier (Reuters style)', 'It was a Homeland Security memo, the agency said.', 'Homeland Security', null],
    ['a policy area in a section heading (NYT style)', 'Gender Equality. The gap goes on, the report said.', 'Gender Equality', null],
    ['a place named with "National" (AP style)', 'Thousands watched from the National Mall as the band played.', 'National Mall', null],
    ['given names ending like nouns stay people', 'Laurence Mott and Felicity Brandt signed the letter.', 'Felicity Brandt', 'person'],
    // "on" joins a deliberating body's name to its subject.
    ['a commission named for its subject (Politico style)', 'The Commission on Presidential Debates chose three moderators.', 'Commission on Presidential Debates', 'org'],
    ['a subcommittee named for its subject (HuffPost style)', 'She testified before the Senate Subcommittee on Rural Transport in March.', 'Senate Subcommittee on Rural Transport', 'org'],
    ['a day after "on" is not the subject', 'The Kelso Commission on Tuesday said it would act.', 'Kelso Commission', 'org'],
    // A party label alone names the party's members; a place keeps its kind under a role.
    ['"fellow Republicans" (HuffPost style)', 'The senator called on fellow Republicans to drop the plan.', 'Republicans', null],
    ['"Republican of Iowa" after a senator (NYT style)', 'Senators Carl Grass, Republican of Iowa, and Pat Leary, Democrat of Vermont, agreed.', 'Republican', null],
    ['the senators themselves stay people', 'Senators Carl Grass, Republican of Iowa, and Pat Leary, Democrat of Vermont, agreed.', 'Pat Leary', 'person'],
    ['a country in apposition (Reuters style)', 'Lars Tveit, the trade minister of Norway, a founding member of the alliance, said no.', 'Norway', null],
    ['a country after a common-noun title', 'Critics called NATO member Estonia a small state.', 'Estonia', null],
    ['a state after a hyphenated title (Reuters style)', 'Twenty states led by coal-producer West Virginia sued the agency.', 'West Virginia', null],
    ['a surname that is also a place stays a person under a role', 'Jackson, the mayor, said no. Mayor Jackson agreed.', 'Jackson', 'person'],
    // Sports results and business wire (Reuters style).
    ['a results line is no headline: its sides are teams', 'Results of Ruritanian first division matches on Thursday:\nKelso City 0 Vardo United 3\nNorville Wanderers 1 Kelso Town 1', 'Vardo United', 'org'],
    ['a side ending in a place noun on a results line', 'Results of Ruritanian first division matches on Thursday:\nKelso City 0 Vardo United 3\nNorville Wanderers 1 Kelso Town 1', 'Kelso City', 'org'],
    ['a club opening with "Athletic"', 'Dorn, 24, joined from Athletic Norville last season.', 'Athletic Norville', 'org'],
    ['"shares in X" at the start of a sentence', 'Shares in Tarvo rose 3 percent after the company said profits doubled.', 'Tarvo', 'org'],
    ['"a stake in X" mid-sentence', 'The fund sold its stake in Brenmoor last year.', 'Brenmoor', 'org'],
    ['"prices in X" is no company', 'Prices in Tarvo rose 3 percent last year.', 'Tarvo', null],
    ['a maker named with "Aero"', 'Kelso Airways said it would buy four jets from Vardo Aero.', 'Vardo Aero', 'org'],
    // A given name that is also a common word, opening a sentence before a surname.
    ['"Hope X, a spokeswoman," opening a sentence (NYT style)', 'The deal was done. Hope Varley, a club spokeswoman, did not respond.', 'Hope Varley', 'person'],
    ['"Will X said" opening a sentence (AP style)', 'Will Dunmore said the vote would pass.', 'Will Dunmore', 'person'],
    ['a short form of a given name that is also a word, before an appositive (Politico style)', 'It is an open question. Dick Dunmore, who was on the slate, told the Gazette he would wait.', 'Dick Dunmore', 'person'],
    ['"Sandy X said" opening a sentence', 'The families met. Sandy Collins said the law had failed them.', 'Sandy Collins', 'person'],
    ['"Will X win?" is a question, not a name', 'Will Dunmore win the vote? Dunmore said he would.', 'Will Dunmore', null],
    ['a pageant title after "Miss" stays outside the name (AP style)', 'He mocked former Miss Universe Marisol Vardo on Friday. Vardo said so.', 'Marisol Vardo', 'person'],
    ['not glued to the name', 'He mocked former Miss Universe Marisol Vardo on Friday. Vardo said so.', 'Universe Marisol Vardo', null],
  ];
  for (const [why, text, name, expected] of cases) {
    it(`${why}: "${name}" is ${expected ?? 'no entity'}`, () => {
      assert.strictEqual(kindOf(text, name), expected);
    });
  }
});

describe('roles around abbreviated titles', () => {
  function rolesOf(text: string, name: string): string[] {
    const entity = analyzeText(text).entities.find(found => found.mentions.some(mention => mention.text === name));
    return entity ? entity.roles.map(role => role.text) : [];
  }
  it('a title chain ending in "Gov." before a name is that name\'s, not an appositive of the name before (Fox style)', () => {
    const text = 'On Kelso Weekly, Republican vice-presidential nominee Gov. Dana Marr said his running mate was right.';
    assert.deepStrictEqual(rolesOf(text, 'Kelso Weekly'), []);
    assert.ok(rolesOf(text, 'Dana Marr').includes('Republican vice-presidential nominee'));
  });
  it('an appositive that ends in "Sen." goes on through the senator\'s name (AP style)', () => {
    assert.deepStrictEqual(rolesOf('Dana Marr, a former aide to Sen. Tom Reyes, said no.', 'Dana Marr'), ['former aide to Sen. Tom Reyes']);
  });
  it('an abbreviated title alone is no person (Breitbart style)', () => {
    const text = 'GOV. DANA MARR: We will win.\n\nRepublican nominee Gov. Dana Marr said so on Sunday.';
    assert.ok(!analyzeText(text).entities.some(entity => entity.name === 'Gov' || entity.name === 'GOV'));
  });
});
