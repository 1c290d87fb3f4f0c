// Gazetteers and results lines (issue 13): clubs, teams, companies, outlets, international bodies and parties
// from the documented lists in src/core/lexicon/gazetteer/ are organisations; a side of a sports results line is a
// team unless it is a country; a web address is a body. Invented sentences in the style of Reuters sports results,
// company news and political news (the club, team and company names come from the public lists, not from articles).
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { registeredWordLists } from '../../src/core/lexicon/wordList';
import '../../src/core/lexicon/gazetteer';

type Expected = 'person' | 'org' | null;

function kindOf(text: string, name: string): Expected {
  const e = analyzeText(text).entities.find(x => x.mentions.some(m => m.text === name));
  return e ? e.kind : null;
}

describe('gazetteers and results lines', () => {
  const cases: [why: string, text: string, name: string, expected: Expected][] = [
    // Football clubs by one word, with no other evidence (Reuters sports style).
    ['a one-word club with no other evidence', 'Arsenal signed the defender on a three-year deal on Friday.', 'Arsenal', 'org'],
    ['a one-word Italian club', 'The midfielder joined Juventus in 2019 and stayed four seasons.', 'Juventus', 'org'],
    ['a club named like a city, in a results line', 'Results of English matches on Saturday:\n\nLiverpool 2 Hallam Vale 0', 'Liverpool', 'org'],
    ['a club named like a city, in a sentence about sport', 'Barcelona scored twice in the second half to win the match.', 'Barcelona', 'org'],
    ['a city named like a club stays a place outside sport', 'The summit opened in Barcelona on Monday, and delegates toured Barcelona later.', 'Barcelona', null],
    // The side after a fixture's verb and before the day it is played; a medium's word before a title takes no verb.
    ['the visiting side after "host" and the day', 'The Lions host Ferrowby next Friday.', 'Ferrowby', 'org'],
    ['the side after a plural "face" and the day', 'Dunmore face Tarrow on Sunday.', 'Tarrow', 'org'],
    ['a person hosted on a day stays a person', 'The Lions host Dana Corrow next Friday.', 'Dana Corrow', 'person'],
    ['a medium\'s word before a title and its name is no body', 'Radio host Devlin Marsh said the show would end.', 'Radio', null],
    ['a one-word side before a plural "host" and a fixture stays a body', 'Kelso host Vardo on Friday.', 'Kelso', 'org'],
    ['a club named like a first name, in sports copy', 'Chelsea won the league title on Sunday.', 'Chelsea', 'org'],
    ['a first name that is also a club is a person with her surname', 'Chelsea Marlowe said on Friday that the league title was deserved.', 'Chelsea Marlowe', 'person'],
    // Results lines: city-named sides are teams, countries stay places, unknown sides are teams too.
    ['a city in a baseball results line (CoNLL convention)', 'MAJOR LEAGUE BASEBALL RESULTS\n\nChicago 5 Boston 3', 'Chicago', 'org'],
    ['the other side of the results line', 'MAJOR LEAGUE BASEBALL RESULTS\n\nChicago 5 Boston 3', 'Boston', 'org'],
    ['results lines one per line in one paragraph', 'Results on Sunday:\nSeattle 7 Denver 2\nMiami 4 Houston 1', 'Houston', 'org'],
    ['an unknown club in a results line', 'Dutch first division results:\n\nKorvelde 2 Haarstad 1', 'Haarstad', 'org'],
    ['a national team in a results line stays a place', 'World Cup qualifier results:\n\nBrazil 2 Peru 0', 'Brazil', null],
    ['a score in running text is no results line', 'In 2 years Lisbon grew by 3 percent.', 'Lisbon', null],
    ['a city opening a standings row (Reuters baseball tables)', 'EASTERN DIVISION\nW L PCT GB\nPortland 75 48 .610 -\nTulsa 66 57 .537 9', 'Tulsa', 'org'],
    ['a table header of capital abbreviations is no name', 'EASTERN DIVISION\nW L PCT GB\nPortland 75 48 .610 -', 'W L PCT GB', null],
    ['a golfer opening a row of round scores stays a person', 'Leading scores after the first round:\nDale Corvin 68 70\nNils Ambrose 69 71', 'Dale Corvin', 'person'],
    ['a country opening a group table row stays a place', 'Group standings:\nBrazil 3 2 1 0 7\nItaly 3 1 1 1 4', 'Italy', null],
    // US teams by nickname and city + nickname.
    ['a team by city and nickname', 'The New York Yankees beat the Red Sox 5-3 on Sunday.', 'New York Yankees', 'org'],
    ['a team by a distinctive nickname alone', 'The Red Sox traded their catcher on Monday.', 'Red Sox', 'org'],
    // Chains and agencies whose listed name is a possessive; a surname's possessive that owns a noun stays a person's.
    ['a rating agency named in the possessive, before its verb', 'Moody\'s downgraded the port authority on Friday.', 'Moody', 'org'],
    ['a chain named like a surname, before its verb', 'Macy\'s said holiday sales fell 3 percent.', 'Macy', 'org'],
    ['a chain named like a surname, after "at" at the end', 'The porcelain vase sold for $2 million at Christie\'s.', 'Christie', 'org'],
    ['a name of several words with an ampersand, opening a sentence', 'Standard & Poor\'s cut the city\'s outlook to negative.', 'Standard & Poor', 'org'],
    ['a surname\'s possessive owning a noun stays a person', 'Councillor Tom Lowe chaired the meeting. Lowe\'s warm words calmed the room.', 'Lowe', 'person'],
    ['a surname\'s contracted "has" stays a person', 'Councillor Tom Lowe chaired the meeting. Lowe\'s been away since Friday.', 'Lowe', 'person'],
    ['a place before "-area" is no body', 'He said a Kelderwick-area company sued the exchange on Monday.', 'Kelderwick-area', null],
    ['an ambiguous nickname outside sport is not a team', 'The Senators voted against the bill on Tuesday.', 'Senators', null],
    // Companies, outlets, bodies and parties (company and political news styles).
    ['a company by its usual short name', 'Shares of Carrefour fell after the retailer cut its forecast.', 'Carrefour', 'org'],
    ['an outlet after the verb', '"The deal is off," said Politico, citing two aides.', 'Politico', 'org'],
    ['an outlet that needs "the" with it', 'The Hill reported the vote on Tuesday.', 'Hill', 'org'],
    ['a surname that is an outlet without "the" stays a person', 'Senator Dana Hill said the vote would fail. Hill said she was sure.', 'Dana Hill', 'person'],
    ['a listed name opening a sentence keeps its first word', 'Real Madrid drew 1-1 with Getafe on Sunday.', 'Real Madrid', 'org'],
    ['an outlet after "the" whose word is also a first name', '"We will not back down," The Blaze reported, quoting an aide.', 'Blaze', 'org'],
    ['an international body by name', 'The mission was funded by the Asian Development Bank and Unesco.', 'Asian Development Bank', 'org'],
    ['a party named like a group of people', 'The Christian Democrats and the Social Democrats agreed a coalition.', 'Christian Democrats', 'org'],
    ['a title still makes a person', 'Coach Mara Juventus said the side was tired.', 'Mara Juventus', 'person'],
    ['a short name in lower-case letters is another word', 'Who said the deal was done? Nobody at the Brightwater Group.', 'Who', null],
    // Websites as sources.
    ['a web address that reports', 'Tallwater.com reported that the plan would fail, and Tallwater.com said it stood by the story.', 'Tallwater.com', 'org'],
    ['a .org site that speaks', '"It was rigged," Votewatch.org said on Friday.', 'Votewatch.org', 'org'],
  ];
  for (const [why, text, name, expected] of cases) {
    it(`${why}: ${name} → ${expected ?? 'nothing'}`, () => {
      assert.strictEqual(kindOf(text, name), expected);
    });
  }

  it('quotes an outlet as the speaker of a quotation it said', () => {
    const a = analyzeText('"The deal is off," said Politico, citing two aides.');
    const speaker = a.entities.find(e => e.id === a.quotes[0]?.speakerId);
    assert.strictEqual(speaker?.kind, 'org');
  });

  it('registers every gazetteer as a word list with entries', () => {
    const gazetteers = registeredWordLists().filter(list => list.id.startsWith('gazetteer-'));
    assert.ok(gazetteers.length >= 8, `only ${gazetteers.length} gazetteer lists`);
    for (const list of gazetteers) {
      assert.ok(list.words.size > 10, `${list.id} is nearly empty`);
    }
  });
});

describe('team nicknames', () => {
  it('merges a nickname into the one team named in full (AP sports style)', () => {
    const a = analyzeText('The New York Yankees beat the Orioles 4-2 on Sunday. The Yankees have won six straight.');
    const team = a.entities.find(e => e.mentions.some(m => m.text === 'New York Yankees'));
    assert.ok(team?.mentions.some(m => m.text === 'Yankees'), 'the nickname joins the full name');
  });
});
