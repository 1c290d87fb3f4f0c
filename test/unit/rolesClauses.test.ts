// Roles that real news states with more than a title next to the name: appositives after an age, a party tag or
// a home state, "as" and predicate posts, relative clauses, relations placed by a named other, split and plural
// abbreviated titles. Invented sentences in several outlets' styles; rows are [outlet, text, person, expected roles].
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { ROLE_CUES } from '../../src/core/entities/roleCues';

/** The clause rules of the role-cues table: their examples hold for the whole analysis, not only for their own rule. */
const CLAUSE_RULES = ROLE_CUES.rules.filter(rule => ['as-post', 'predicate-post', 'relative-post', 'become-post'].includes(rule.id));

function rolesOf(text: string, name: string): string[] {
  const a = analyzeText(text);
  const e = a.entities.find(x => x.name === name);
  assert.ok(e, `no entity named ${name} in ${JSON.stringify(a.entities.map(x => x.name))}`);
  for (const r of e.roles) {
    assert.strictEqual(text.slice(r.start, r.end), r.text, 'a role is exactly its span');
  }
  return e.roles.map(r => r.text);
}

function allRoles(text: string): string[] {
  return analyzeText(text).entities.flatMap(e => e.roles.map(r => `${e.name}: ${r.text}`));
}

type Row = [outlet: string, text: string, person: string, expected: string[]];

function table(rows: readonly Row[]): void {
  for (const [outlet, text, person, expected] of rows) {
    it(`${outlet}: ${text}`, () => assert.deepStrictEqual(rolesOf(text, person), expected));
  }
}

describe('roles stated by clauses and appositives', () => {
  describe('appositives after an age, a party tag or a home state', () => {
    table([
      ['NYT', 'Senator Mark Ellery of Arizona, the chairman of the Senate Armed Services Committee, said so.', 'Mark Ellery', ['Senator', 'chairman of the Senate Armed Services Committee']],
      ['AP', 'Jane Doral, 43, a former chief of staff to the mayor, said so.', 'Jane Doral', ['former chief of staff to the mayor']],
      ['NYT', 'Representative James Q. Cole, 76, of South Carolina, the assistant Democratic leader, spoke first.', 'James Q. Cole', ['Representative', 'assistant Democratic leader']],
      ['USA Today', 'Jane Dorsey of Tampa, Fla., a deputy sheriff, said so.', 'Jane Dorsey', ['deputy sheriff']],
      ['HuffPost', 'Rep. Tim Rowan (Ohio), the lone challenger, lost.', 'Tim Rowan', ['Rep.', 'lone challenger']],
      ['AP', '"Four people are dead," said Sen. Maria Hughes, D-N.M., the committee\'s top Democrat.', 'Maria Hughes', ['Sen.', "committee's top Democrat"]],
      ['NYT', 'Senator Maria Hughes, Democrat of Ohio and the committee’s ranking member, pressed Mr. Park.', 'Maria Hughes', ['Senator', 'committee’s ranking member']],
      ['NYT', 'The win over Representative Tim Rowan, a 43-year-old congressman from a district anchored in Akron, Ohio, was clear.', 'Tim Rowan', ['Representative', '43-year-old congressman from a district']],
      ['Reuters', '"It will cost jobs," said Gary Rufford, head of retail services at consulting group BKB Ltd.', 'Gary Rufford', ['head of retail services at consulting group BKB Ltd']],
      ['Reuters', 'Gary Rufford, head of retail services at consulting group BKB said the deal was good.', 'Gary Rufford', ['head of retail services at consulting group BKB']],
    ]);
    it('gives a name inside the reported clause no post from the attribution after it', () => {
      // "X, his manager said." closes a sentence whose verb came before the name: the post is the attribution's subject.
      for (const text of [
        'The winner came from Dana Kelso, his manager said.',
        'Vardo City clinched the title with a win over Marwick Town, their coach said on Sunday.',
        'The club will appeal against the ban on Tom Wrede, its chairman told reporters.',
      ]) {
        assert.deepStrictEqual(allRoles(text), [], text);
      }
      assert.strictEqual(analyzeText('Vardo City clinched the title with a win over Marwick Town, their coach said on Sunday.').entities.find(e => e.name === 'Marwick Town')?.kind, 'org');
      // The name that opens its sentence keeps the post, the comma after it left out.
      assert.deepStrictEqual(rolesOf('Dana Kelso, head of sales at Vardo Mills said the deal was good.', 'Dana Kelso'), ['head of sales at Vardo Mills']);
    });
    it('gives the state after "of" no role and no person', () => {
      const a = analyzeText('Senator Mark Ellery of Arizona, the chairman of the panel, said so.');
      assert.deepStrictEqual(a.entities.filter(e => e.roles.length).map(e => e.name), ['Mark Ellery']);
    });
  });

  describe('a post that serves another post, before a comma and the name', () => {
    table([
      ['NYT', 'A spokeswoman for the mayor, Dana Kelso, said the city was ready.', 'Dana Kelso', ['spokeswoman for the mayor']],
      ['AP', 'An adviser to the governor, Piet Ostrander, declined to comment.', 'Piet Ostrander', ['adviser to the governor']],
      ['BBC', 'The mayor, Orla Brandt, said no.', 'Orla Brandt', ['mayor']],
      ['Guardian', 'The president of the club, Tom Wrede, said no.', 'Tom Wrede', ['president of the club']],
    ]);
  });

  describe('coordinated posts are two roles', () => {
    table([
      ['AP', 'Bruno Vella, a Denver attorney and legalization advocate who wrote the measure, said so.', 'Bruno Vella', ['Denver attorney', 'legalization advocate']],
      ['BBC', 'Alan Lacey, vice-chairman and managing director of the combined bank, spoke first.', 'Alan Lacey', ['vice-chairman', 'managing director of the combined bank']],
      ['Reuters', 'Parliamentary speaker and Hale ally Josias Mori blocked the bid.', 'Josias Mori', ['Parliamentary speaker', 'Hale ally']],
      ['Premium Times', 'Mrs Jane Okafor, 54, is a medical doctor and a former commissioner for health in the state.', 'Jane Okafor', ['medical doctor', 'former commissioner for health in the state']],
    ]);
  });

  describe('"as" and predicate posts', () => {
    table([
      ['Reuters', 'Jane Dorsey was nominated as transport commissioner on Monday.', 'Jane Dorsey', ['transport commissioner']],
      ['CNN', 'The board named Tom Halder as chief executive.', 'Tom Halder', ['chief executive']],
      ['AP', 'Maria Lopes works as a cashier at the store.', 'Maria Lopes', ['cashier at the store']],
      ['HuffPost', 'Maria Lopes is a greeter at the store.', 'Maria Lopes', ['greeter at the store']],
      ['NYT', 'Representative Joseph Crane of Vermont was then elected treasurer of the Farm Caucus, while Ann Bell lost.', 'Joseph Crane', ['Representative', 'treasurer of the Farm Caucus']],
      ['BBC', 'Mr Lambert would stay on as chairman of the new shipping group, which keeps its name.', 'Lambert', ['chairman of the new shipping group']],
      ['NYT', 'Democrats re-elected Representative Nora Pell of California to a ninth term as House leader on Wednesday.', 'Nora Pell', ['Representative', 'House leader']],
      ['Fox', 'The caucus also picked Representative Stan Hoyle, 68, of Nevada as whip, the second-ranking job.', 'Stan Hoyle', ['Representative', 'whip']],
      ['NYT', 'Senator Ana Ruiz of Oregon defeated her colleague, Senator Joan Hale, to become vice chairwoman.', 'Ana Ruiz', ['Senator', 'vice chairwoman']],
      ['NYT', 'Senator Ana Ruiz of Oregon defeated her colleague, Senator Joan Hale, to become vice chairwoman.', 'Joan Hale', ['Senator']],
    ]);
  });

  describe('posts of Westminster-system copy and trades', () => {
    table([
      ['BBC', 'Sir Anton Pell, a backbencher from the governing Civic Party, said no.', 'Anton Pell', ['Sir', 'backbencher from the governing Civic Party']],
      ['Guardian', 'Petra Lund, a Marwick frontbencher, said no.', 'Petra Lund', ['Marwick frontbencher']],
      ['BBC', 'Tomas Brell, a former miner, said the pit had closed.', 'Tomas Brell', ['former miner']],
    ]);
  });

  describe('relative clauses', () => {
    table([
      ['BBC', 'Tom Halder, who chairs the committee, said no.', 'Tom Halder', ['chairs the committee']],
      ['NYT', 'Ms. Pell, 76, who represents San Francisco, said so.', 'Pell', ['represents San Francisco']],
      ['NYT', 'Dr. Lieke Dam, who directs the agency’s immunization department, said so.', 'Lieke Dam', ['Dr.', 'directs the agency’s immunization department']],
      ['CNN', 'Ann Bello, who is the company’s chief executive, agreed.', 'Ann Bello', ['company’s chief executive']],
    ]);
  });

  describe('relations placed by a named other', () => {
    table([
      ['NYT', 'Mr. Cowley’s wife, Ellen Cowley, said he was tired.', 'Ellen Cowley', ['Cowley’s wife']],
      ['AP', 'Jane Cho, widow of plant technician Daniel Cho, testified.', 'Jane Cho', ['widow of plant technician Daniel Cho']],
      ['CNN', 'Tom Halder’s longtime chief of staff, Ann Bello, resigned.', 'Ann Bello', ['Tom Halder’s longtime chief of staff']],
      // The owner opening the sentence, with its possessive (a bare capital there may be any word).
      ['BBC', 'Tansy Wrede died at home. Wrede’s brother, Corin Albay, said the family was shattered.', 'Corin Albay', ['Wrede’s brother']],
      ['AP', 'The pastor spoke. (Halloran’s niece, Ines Tobar, also works at the church.)', 'Ines Tobar', ['Halloran’s niece']],
    ]);
  });

  describe('split and plural abbreviated titles', () => {
    table([
      ['AP', 'Lt. Gov. Jane Doral spoke on Monday.', 'Jane Doral', ['Lt. Gov.']],
      ['Fox', 'Maj. Gen. Tom Halder briefed reporters.', 'Tom Halder', ['Maj. Gen.']],
      ['HuffPost', 'Reps. Adam Kerrigan (Calif.), Gina Moss (Wis.) and Ben Hartley (Texas) spoke for her.', 'Gina Moss', ['Reps.']],
      ['HuffPost', 'Reps. Adam Kerrigan (Calif.), Gina Moss (Wis.) and Ben Hartley (Texas) spoke for her.', 'Ben Hartley', ['Reps.']],
      ['Fox', 'Sens. Adam Kerrigan and Gina Moss objected.', 'Adam Kerrigan', ['Sens.']],
      // A sitting body's members listed after their plural title: each gets it, as written.
      ['AP', 'Justices Adam Kerrigan, Gina Moss and Ben Hartley dissented.', 'Ben Hartley', ['Justices']],
      ['Ledger', 'Supervisors Orla Tandy and Amos Quell cast the no votes.', 'Orla Tandy', ['Supervisors']],
      ['BBC', 'Councillors Rhys Dorran and Mora Vell voted against.', 'Mora Vell', ['Councillors']],
    ]);
  });

  describe('false positives', () => {
    const cases: [outlet: string, text: string][] = [
      ['Reuters', 'Tom Halder left as the president arrived.'],
      ['Fox', 'Maria Lopes was described as a hero by neighbours.'],
      ['NYT', 'They met, as Secretary of State Ana Ruizo said, for an hour.'],
      ['HuffPost', 'Maria Lopes is not a candidate.'],
      ['CNN', 'Tom Halder, who leads the race, said no.'],
      ['BBC', 'Ann Bello, who is known for her temper, agreed.'],
      ['Politico', 'Bas Tielman, who led the Parliament’s work on the 2023 file, said so.'],
      ['AP', 'He turned to his son Rohan Varma, who has run the firm since 2019.'],
      ['Reuters', 'Mr Pavlov briefed his close ally, Belarusian leader Ivan Lukin, about the talks.'],
      ['Fox', 'Tom Halder, a Republican, said no.'],
      ['Reuters', 'Family friend Ines Tobar said no.'],
      ['NYT', 'Tom Halder, 52, said the plan would fail.'],
      ['AP', 'The plan, Tom Halder said, was a failure as far as he could tell.'],
      ['Breitbart', 'Ted Crane is protesting Dunmore’s executive orders on fishing.'],
      ['HuffPost', 'Then the mayor named the head of the builders union his deputy.'],
      ['Washington Post', 'When told that Marlow had served in President Dunmore’s Cabinet, Hale shrugged.'],
      ['NYT', 'She served as counsel to Vice President Lena Ardent and acted as press secretary during the race.'],
      ['Politico', 'In a sharp attack on the developer, Sen. Marta Quill (I-Me.) called him reckless.'],
      ['West Journal', 'The poll showed that Jane Corlis remains the leader among female voters.'],
      ['USA Today', 'I think Bernard Sandler is that candidate, he said.'],
      ['USA Today', 'Ted Crane, who leads Dunmore in the latest Nevada surveys, spoke.'],
      ['NYT', 'She was born in Porto, Portugal, the daughter of a Portuguese father and a Kenyan mother.'],
    ];
    for (const [outlet, text] of cases) {
      it(`${outlet}: ${text}`, () => {
        const unexpected = allRoles(text).filter(r => !/Secretary of State|Belarusian leader|: (?:Vice President|Sen\.|President)$/.test(r));
        assert.deepStrictEqual(unexpected, []);
      });
    }
    it('never gives a title before the next name to the person named before it', () => {
      assert.deepStrictEqual(rolesOf('Tom Halder, former Treasury Secretary Ana Ruizo and others came.', 'Tom Halder'), []);
      assert.deepStrictEqual(rolesOf('The panel heard Tom Halder and former Treasury Secretary Ana Ruizo.', 'Ana Ruizo'), ['former Treasury Secretary']);
      assert.deepStrictEqual(rolesOf('The panel heard Tom Halder and former Treasury Secretary Ana Ruizo.', 'Tom Halder'), []);
    });
    it('reads no title before another name as a second post ("adviser to President X and President Y")', () => {
      assert.deepStrictEqual(rolesOf('Gene Sperber, a former aide to President Carla Dunmore and President Hal Ives, said so.', 'Gene Sperber'),
        ['former aide to President Carla Dunmore and President Hal Ives']);
    });
    it('ends a post before a clause ("governor of Arkansas before he ran")', () => {
      assert.deepStrictEqual(rolesOf('Mr. Tom Halder was governor of Arkansas before he ran.', 'Tom Halder'), ['governor of Arkansas']);
    });
    it('keeps written-out plural titles without a role ("Presidents X and Y")', () => {
      assert.deepStrictEqual(allRoles('Presidents Pavlov and Halder walking'), []);
      // A sitting body's plural title before one name alone lists no colleagues.
      assert.deepStrictEqual(allRoles('Councillors Rhys Dorran said no.'), []);
    });
  });

  describe('every clause rule holds for its own examples', () => {
    it('finds the four clause rules in the table', () => assert.strictEqual(CLAUSE_RULES.length, 4));
    for (const rule of CLAUSE_RULES) {
      for (const yes of rule.examples.yes) {
        it(`${rule.id} finds a role: ${yes}`, () => assert.ok(allRoles(yes).length > 0, `no role in ${yes}`));
      }
      for (const no of rule.examples.no) {
        it(`${rule.id} finds none: ${no}`, () => {
          const unexpected = allRoles(no).filter(r => !/Secretary of State/.test(r));
          assert.deepStrictEqual(unexpected, []);
        });
      }
      it(`${rule.id} says why`, () => assert.ok(rule.reason.length > 20));
    }
  });
});

describe('roles stated in a later sentence of the paragraph', () => {
  const rows: Row[] = [
    ['AP', 'Peter Kamali lost his house in the flood. The 52-year-old farmer said he would rebuild.', 'Peter Kamali', ['52-year-old farmer']],
    ['CNN', 'Jane Dorsey arrived late. She is the company’s chief executive.', 'Jane Dorsey', ['company’s chief executive']],
    ['BBC', 'Jane Dorsey met Mr Tom Halder on Monday. She is the agency’s director of operations.', 'Jane Dorsey', ['agency’s director of operations']],
    ['Fox', 'Mr. Tom Halder met Jane Dorsey. He was the chairman of the board.', 'Tom Halder', ['chairman of the board']],
  ];
  table(rows);
  it('gives a pronoun\'s post to no one of the other gender', () => {
    assert.deepStrictEqual(rolesOf('Jane Dorsey met Mr Tom Halder on Monday. She is the agency’s director of operations.', 'Tom Halder'), []);
  });
  it('gives nothing when no person was named before in the paragraph', () => {
    assert.deepStrictEqual(allRoles('Acme Corp shares fell. She is a nurse.'), []);
    assert.deepStrictEqual(allRoles('Acme Corp shares fell.\n\nThe 52-year-old farmer said he would rebuild.'), []);
  });
  it('reads no description without an age as a back reference ("The president said")', () => {
    assert.deepStrictEqual(allRoles('Jane Dorsey met the press. The president said no.'), []);
  });
});
