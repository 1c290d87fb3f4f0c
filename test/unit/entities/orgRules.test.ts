// Organisations named in news copy's usual forms, one kind of name per group of cases (invented names, several
// outlets' styles): each kind has cases that must be found as organisations and near misses that must not.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';

type Expected = 'person' | 'org' | null;

function kindOf(text: string, name: string): Expected {
  const entity = analyzeText(text).entities.find(found => found.mentions.some(mention => mention.text === name));
  return entity ? entity.kind : null;
}

const cases: [why: string, text: string, name: string, expected: Expected][] = [
  // A plural title before the organisation noun that ends the name names the body's members, not people.
  ['a union named after its members (AP style)', 'The Kelso Teachers Union said it would strike on Monday.', 'Kelso Teachers Union', 'org'],
  ['a national union of an occupation (Fox style)', 'The National Farmers Union sided with the senator.', 'National Farmers Union', 'org'],
  ['an association of officers (NYT style)', 'The Police Officers Association called the ruling a disgrace.', 'Police Officers Association', 'org'],
  ['names after a plural title stay people', 'Officials said Governors Kelso and Brandt would attend.', 'Brandt', 'person'],
  // Clubs in sports copy: before a player's or coach's post, joined or left in a move, or a British club's ending.
  ['a club before "manager" (Reuters sport)', 'Stockwell manager Terry Ames said the side would recover.', 'Stockwell', 'org'],
  ['a club before "striker" (BBC Sport)', 'Harlow City striker Ian Roe scored twice on Saturday.', 'Harlow City', 'org'],
  ['a national side before "coach" stays a place', 'England coach Terry Ames named his squad on Monday.', 'England', null],
  ['the club a player signs for (Guardian style)', 'The defender Ian Roe signed for Stockwell on Friday.', 'Stockwell', 'org'],
  ['the club a player leaves', 'Ian Roe joined Kelso Rovers from Dunmore for an undisclosed fee.', 'Dunmore', 'org'],
  ['a club ending in "Town" in a results report', 'Dunmore Town lost 2-1 at home to the leaders.', 'Dunmore Town', 'org'],
  ['a city ending in "City" after "in" stays a place', 'The final will be played in Harlow City in May.', 'Harlow City', null],
  ['someone joined in politics stays a person', 'Senator Ann Ruiz joined Dana Whitlock in opposing the deal.', 'Dana Whitlock', 'person'],
  // Company forms: a legal form at the end, a Romance organisation noun at the start, a club's prefix.
  ['a Swedish company with its legal form (Reuters business)', 'Kestrel said it would buy Norrland Kraft AB for $300 million.', 'Norrland Kraft AB', 'org'],
  ['an Italian bank by its head noun first (CoNLL-style wire)', 'Analysts at Credito Vardese said the figures were in line.', 'Credito Vardese', 'org'],
  ['a Spanish party (AFP style)', 'The Partido Renovador won 40 seats on Sunday.', 'Partido Renovador', 'org'],
  ['a person with the same surname stays a person', 'Analysts met Dana Vardese on Monday.', 'Dana Vardese', 'person'],
  ['a club with a prefix (AP sport)', 'Eintracht Kelso beat the leaders 2-0 on Saturday.', 'Eintracht Kelso', 'org'],
  // Clubs named after their town or county: the club in sports copy, the place elsewhere.
  ['an English league club named after its town (Reuters results)', 'Stockport beat Grimsby 2-0 in the second division on Saturday.', 'Grimsby', 'org'],
  ['the same town in a news report stays a place', 'The factory in Grimsby will close next year, the company said.', 'Grimsby', null],
  ['a cricket county in a match report (CoNLL-style wire)', 'Essex beat Kent by an innings and 40 runs, taking nine wickets.', 'Kent', 'org'],
  ['a county in a weather report stays a place', 'Heavy rain flooded roads across Kent on Monday.', 'Kent', null],
  // US political bodies named by the noun that ends them.
  ['a political action committee (Politico style)', 'Spending by Kelso Forward PAC doubled in March.', 'Kelso Forward PAC', 'org'],
  ['a charity\'s initiative (NYT style)', 'The Whitlock Global Initiative raised $2 million last year.', 'Whitlock Global Initiative', 'org'],
  ['a consulting firm (HuffPost style)', 'She founded Brenmoor Strategies after the campaign.', 'Brenmoor Strategies', 'org'],
  // A first name the lexicon knows opens a person's name, whatever the tagger guesses in context.
  ['a player with a first name the tagger reads as a place (CNN sport)', 'The Hawks won, as quarterback Devin Marsh threw for three touchdowns. Marsh said he was happy.', 'Devin Marsh', 'person'],
  ['a country opening with a word that is also a first name stays a place', 'Talks in Sri Lanka resumed on Monday.', 'Sri Lanka', null],
  // Newspapers named by their city and a paper's noun.
  ['a city paper ending in "Observer" (AP style)', 'The Kelso Observer reported the vote first.', 'Kelso Observer', 'org'],
  ['a paper opening with a first name ending in "Enquirer"', 'The story ran in the Dana Enquirer on Sunday.', 'Dana Enquirer', 'org'],
];

describe('organisation names (invented sentences)', () => {
  for (const [why, text, name, expected] of cases) {
    it(`${why}: "${name}" is ${expected ?? 'no entity'}`, () => {
      assert.strictEqual(kindOf(text, name), expected);
    });
  }
});
