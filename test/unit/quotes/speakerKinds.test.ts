// Kinds of attribution found on real news (issue 13), each with invented sentences in several outlets'
// styles, and the false positives each rule must leave alone.
import * as assert from 'assert';
import { attributeQuotes, findQuotes } from '../../../src/core/quotes';
import { buildEntities, slug, type EntitySpec } from './entityBuilder';

const CAST: readonly EntitySpec[] = [
  { names: ['Marta Alvarez', 'Ms. Alvarez', 'Alvarez'] },
  { names: ['Tom Okafor', 'Mr. Okafor', 'Okafor'] },
  { names: ['Jane Whitcombe', 'Whitcombe'] },
  { names: ['Dale Prentiss', 'Prentiss'] },
  { names: ['Rosa Lindqvist', 'Lindqvist'] },
  { kind: 'org', names: ['Harbor News Network', 'HNN'] },
  { kind: 'org', names: ['Kestrel Mining'] },
  { kind: 'org', names: ['Springfield Gazette'] },
  { kind: 'org', names: ['Orland Harbour', 'OH'] },
];

function speakers(text: string): (string | null)[] {
  return attributeQuotes(text, findQuotes(text), buildEntities(text, CAST)).map(q => q.speakerId);
}

/** [text, the speaker of its last quotation (null: none), or undefined when the last quotation must not count as speech] */
function check(rows: readonly (readonly [string, string | null])[]): void {
  for (const [text, want] of rows) {
    it(`${JSON.stringify(text).slice(0, 100)} → ${want ?? 'null'}`, () => {
      const found = speakers(text);
      assert.ok(found.length > 0, 'a quotation is found');
      assert.strictEqual(found[found.length - 1], want === null ? null : slug(want));
    });
  }
}

describe('speaker kinds on real news', () => {
  describe('any verb: the clause opens with a named subject', () => {
    check([
      ['Alvarez also bemoaned a climate in which voters “literally cannot stand one another.”', 'Marta Alvarez'],
      ['On Tuesday, Okafor went further, endorsing candidates “who share our vision for the valley.”', 'Tom Okafor'],
      ['But Whitcombe would not comment on a report that she had “lost confidence in the board.”', 'Jane Whitcombe'],
      ['In the depths of the recession, Prentiss worried that the safety net was becoming “a trap for the able.”', 'Dale Prentiss'],
      ['Kestrel Mining cautioned investors that output would be “materially lower than planned this year.”', 'Kestrel Mining'],
      ['Lindqvist, who chairs the committee, gushed about the plan, calling it “the best thing we have done in years.”', 'Rosa Lindqvist'],
    ]);
  });

  describe('any verb: no named subject, no speaker', () => {
    check([
      ['The committee later bemoaned a climate in which voters “literally cannot stand one another.”', null],
      ['Supporters of Okafor bemoaned a climate in which voters “literally cannot stand one another.”', null],
    ]);
    it('does not make a short scare quote speech', () => {
      assert.deepStrictEqual(speakers('Okafor defended the “tough love” approach on Monday.'), []);
    });
  });

  describe('a bracketed party and state before the verb', () => {
    check([
      ['“We will not be silent,” Rep. Jane Whitcombe (D-Wis.) said Friday.', 'Jane Whitcombe'],
      ['“Our assumption is that the bill will pass,” Senate Majority Leader Dale Prentiss, R-Ky., said Tuesday.', 'Dale Prentiss'],
      ['“They would just go and get them,” Rep. Tom Okafor (R-Ohio), a member of the oversight panel, said in a phone interview.', 'Tom Okafor'],
      ['Speaking in Marwick after the vote, Gov. Jane Whitcombe (R-Ohio), said, “We are going to win this state and the next one.”', 'Jane Whitcombe'],
      ['Speaking at the Orland Harbour (OH) yard after the vote, Gov. Jane Whitcombe (R-OH), said, “We are going to win this state and the next one.”', 'Jane Whitcombe'],
      ['After a long night of counting, Rep. Tom Okafor (D-N.Y.), said, “We are going to win this state and the next one.”', 'Tom Okafor'],
      // A bracket that is no party tag stays the body's short name inside the appositive.
      ['After the vote, Marta Alvarez, the anchor of the Harbor News Network (HNN), said, “We are going to cover every count.”', 'Marta Alvarez'],
    ]);
  });

  describe('a signature after a horizontal bar', () => {
    check([
      ['“I am afraid for the future of my children.” ― Rosa Lindqvist', 'Rosa Lindqvist'],
      ['“I am afraid for the future.”― Rosa Lindqvist “We cannot go on like this.” ― Marta Alvarez', 'Marta Alvarez'],
    ]);
  });

  describe('a person after a body and a post ("said <network> host X")', () => {
    check([
      ['“He looked like a grown-up tonight,” said Harbor News Network host Tom Okafor.', 'Tom Okafor'],
      ['Okafor was asked by HNN moderator Jane Whitcombe whether the plan would risk “adding another expensive program.”', 'Jane Whitcombe'],
      ['“The numbers do not add up,” said Springfield Gazette columnist Dale Prentiss.', 'Dale Prentiss'],
    ]);
  });

  describe('an unnamed source passing on a named person\'s words', () => {
    check([
      ['“We got wiped out in the suburbs,” aides said Mr. Okafor told his colleagues before the vote.', 'Tom Okafor'],
      ['“The deal is off,” people familiar with the talks said Whitcombe told the board on Friday.', 'Jane Whitcombe'],
    ]);
    check([
      ['“The deal is off,” aides said on Friday.', null],
    ]);
  });

  describe('an appositive that lost its closing comma', () => {
    check([
      ['Dale Prentiss, head of retail services at consulting group Kestrel Mining said the deal “looks good for both sides.”', 'Dale Prentiss'],
      ['Marta Alvarez, an analyst with the Springfield Gazette said the plan was “far too timid for the moment.”', 'Marta Alvarez'],
    ]);
    check([
      ['After meeting Okafor, officials at Kestrel Mining said the plan was “far too timid for the moment.”', null],
    ]);
  });

  describe('a short whole sentence after an attributed quotation', () => {
    it('keeps "“Ultimately, we are responsible.”" as the same speaker\'s speech', () => {
      const text = '“We lost the rural vote badly,” Okafor told colleagues. “Ultimately, we’re responsible.” Then he left.';
      assert.deepStrictEqual(speakers(text), [slug('Tom Okafor'), slug('Tom Okafor')]);
    });
    it('still drops a short scare quote', () => {
      const text = '“We lost the rural vote badly,” Okafor told colleagues. The result was “a disgrace.”';
      assert.deepStrictEqual(speakers(text), [slug('Tom Okafor')]);
    });
  });

  describe('a person credited mid-sentence is the subject pronouns return to', () => {
    it('"X’s guards stopped him, Y added, …" then "he said" → Y', () => {
      const text = 'Okafor’s guards stopped the envoy, Prentiss added, but did not touch him. “This is a personal insult,” he said.';
      assert.deepStrictEqual(speakers(text), [slug('Dale Prentiss')]);
    });
  });

  describe('transcript labels inside the quotation', () => {
    check([
      ['Tom Okafor spoke to the minister. Partial transcript as follows:\n\n"OKAFOR: Let us start with the news of the day. What happened on Monday?"', 'Tom Okafor'],
      ['Tom Okafor hosted Jane Whitcombe.\n\n"OKAFOR: Will you run?"\n\n"WHITCOMBE: Well, look, we have not decided anything yet, and I will not decide today."', 'Jane Whitcombe'],
      ['“Whitcombe: We have not decided anything yet, and we will not decide today.”', 'Jane Whitcombe'],
    ]);
    check([
      ['“Note: the figures below have not been checked by anyone at all.”', null],
    ]);
  });

  describe('a headline that opens with its speaker and a colon', () => {
    check([
      ['Prentiss: Whitcombe should ‘stop talking about herself and start talking about the harbour’ at rallies', 'Dale Prentiss'],
      ['Gov. Marta Alvarez: Okafor Is ‘Trying To Campaign As A Healer,’ Aides Say', 'Marta Alvarez'],
    ]);
  });

  describe('reporting verbs of retort and insistence after a fronted phrase', () => {
    check([
      ['In pressing for a recount, Harbor News Network asserted that “the tallies cannot be trusted.”', 'Harbor News Network'],
      ['When the chair moved on, Okafor interjected: “That is simply not what happened.”', 'Tom Okafor'],
      ['Asked about the delay, Alvarez retorted: “Ask the contractor, not me.”', 'Marta Alvarez'],
      ['Pressed on the budget, Okafor responded by calling the plan “a fantasy with a price tag.”', 'Tom Okafor'],
      ['Lindqvist, however, interjected by hitting Okafor for a deal made to “turn the pier into a car park.”', 'Rosa Lindqvist'],
      ['Minutes after the verdict, Prentiss exclaimed, “We did it at last!”', 'Dale Prentiss'],
      ['Okafor spoke first. He asserted that the council was “asleep at the wheel.”', 'Tom Okafor'],
      ['She said the figures were sound, to which Okafor interjected: “They are not.”', 'Tom Okafor'],
    ]);
  });

  describe('any verb inverted before a name that closes the clause', () => {
    check([
      ['“That lead has barely moved in three weeks of counting,” reported Springfield Gazette.', 'Springfield Gazette'],
      ['“I would not have done it that way at all,” quipped Whitcombe, laughing.', 'Jane Whitcombe'],
      ['“This is a waste of time for everyone involved,” said Del. Rosa Lindqvist of the Virgin Islands.', 'Rosa Lindqvist'],
    ]);
  });

  describe('a closing ", X said" credits the quotation inside its sentence', () => {
    check([
      ['A cashier who “steals a handful of notes from the till” is held accountable, Alvarez said on Monday.', 'Marta Alvarez'],
      ['Okafor arrived. A voter who “just wants the roads fixed this year” is not asking much, he said.', 'Tom Okafor'],
    ]);
  });

  describe('more clause shapes with any verb', () => {
    check([
      ['9 p.m. Okafor is again disputing the tally, asking his volunteers to check that every ballot box is “sealed and signed.”', 'Tom Okafor'],
      ['Lindqvist was tired, and as Okafor went on about “how the whole system is rigged against us,” she left.', 'Tom Okafor'],
      ['In March, Gov. Marta Alvarez of Northfield praised the scheme in her speech for bringing “fresh and practical answers.”', 'Marta Alvarez'],
      ['The advert closes with footage of Whitcombe saying during the debate, “That makes me smart, frankly.”', 'Jane Whitcombe'],
    ]);
  });

  describe('an -s reporting word after an adjective is a plural noun', () => {
    check([
      ['Alvarez says Okafor’s flurry of late-night tweets about the mayor was “unhinged, even for him.”', 'Marta Alvarez'],
    ]);
  });

  describe('"Name, Outlet:" round-ups give the person', () => {
    check([
      ['What the papers say.\n\nMarta Alvarez, Springfield Gazette: “The plan is a mess and everyone in town knows it.”', 'Marta Alvarez'],
      ['Tom Okafor, HNN: “Nobody expected the vote to be this close tonight.”', 'Tom Okafor'],
      ['Springfield Gazette: “The plan is a mess and everyone in town knows it.”', 'Springfield Gazette'],
    ]);
  });

  describe('a document a body issued speaks for the body', () => {
    check([
      ['“The impact of the shock remains very unclear,” the Kestrel Mining report stated on Tuesday.', 'Kestrel Mining'],
      ['“Output will fall by a fifth,” a new Kestrel Mining study said.', 'Kestrel Mining'],
      ['The HNN annual survey found that viewers were “tired of the same old faces.”', 'Harbor News Network'],
      ['“We stand by our reporting,” the Springfield Gazette’s statement said.', 'Springfield Gazette'],
      ['The vote was close. A report from Kestrel Mining said output would “fall by a fifth this year.”', 'Kestrel Mining'],
      ['The vote was close. A study by the struggling Kestrel Mining said output would “fall by a fifth this year.”', 'Kestrel Mining'],
      ['Then came a headline from the Springfield Gazette: “Council sinks the pier plan.”', 'Springfield Gazette'],
      // A document from a person is not that person's words (it may be a report about them).
      ['The vote was close. A report from Whitcombe said output would “fall by a fifth this year.”', null],
    ]);
    it('a document is not a person’s words (often it is a report about the person)', () => {
      const found = speakers('Alvarez resigned. “Serious failings were found,” the Whitcombe report said.');
      assert.strictEqual(found[found.length - 1], null);
    });
  });

  describe('a colon introduction that ends in a relative clause reads the phrase before the clause', () => {
    check([
      ['Consider the front-page headline from the Springfield Gazette, which the mayor will not enjoy: “Pier plan sinks.”', 'Springfield Gazette'],
      ['The hall fell silent. Then came Marta Alvarez, who has run the pier for years: “We will rebuild every plank of it.”', 'Marta Alvarez'],
      ['Okafor lashed out at Whitcombe, who chairs the board: “She has wrecked the harbour.”', 'Tom Okafor'],
      ['The hall fell silent. Then came a letter, which nobody had expected: “We will rebuild every plank of it.”', null],
    ]);
  });

  describe('"X had this to say": the subject of "have" speaks the words that follow', () => {
    check([
      ['The vote was close. Alvarez had this to say about the plan: “It will cost twice the estimate.”', 'Marta Alvarez'],
      ['A new paper from the cautious Kestrel Mining had this to say on the levy: “Families at the top would gain the most.”', 'Kestrel Mining'],
      ['The vote was close. The plan had this to say about piers: “It will cost twice the estimate.”', null],
    ]);
  });

  describe('a short quoted title inside the speaker\'s own clause', () => {
    check([
      ['Jane Whitcombe, star of the drama “Harbor Lights,” thanked Okafor for “making the streets safer for all of us.”', 'Jane Whitcombe'],
      ['Later on Sunday, Okafor shared a reading list for a class called “Tides” on his page, writing “Here are the notes for the course you say I never taught.”', 'Tom Okafor'],
      ['Lindqvist, the co-author of "Going Under," about the decline of the fishing trade, said the days when the town had "a single shared story" were over.', 'Rosa Lindqvist'],
      ['Prentiss, the host of “Night Harbor,” said the station had been “starved of money for a decade.”', 'Dale Prentiss'],
    ]);
    check([
      ['The voters in a town called “Low Water” were, by all accounts, “tired of the same old faces at every meeting.”', null],
    ]);
  });

  describe('a title-case quotation that labels the noun after it is no speech ("a “Vote X” hat")', () => {
    check([
      ['“We have had better weeks than this one,” harbour delegate Dale Prentiss, wearing a straw hat and “Vote Whitcombe” campaign pins, said as the lights went down.', 'Dale Prentiss'],
    ]);
    it('reads the label as a name', () => {
      const text = 'Alvarez was showing off her “Save the Pier” hat, and the “Vote Okafor” campaign was out in force.';
      assert.deepStrictEqual(findQuotes(text).map(q => q.kind), ['title', 'title']);
    });
  });

  describe('a quoted fragment earlier in the sentence does not hide its cue', () => {
    check([
      ['At 6:10 a.m. Marta Alvarez says her “neighbour and ally” Tom Okafor led “a hopeful drive for the harbour and the jobs it might bring back.”', 'Marta Alvarez'],
      ['Prentiss says his “old friend and rival” Whitcombe ran “a campaign the whole valley can be proud of, start to finish.”', 'Dale Prentiss'],
    ]);
    check([
      ['Alvarez says the plan was “a disgrace to the town.” Okafor led “a hopeful drive for the harbour and the jobs it might bring back.”', 'Tom Okafor'],
    ]);
  });

  describe('a number with a slash opens a description ("said 9/11 widow X")', () => {
    check([
      ['“The reasons do not hold. They are wrong,” said 9/11 widow Rosa Lindqvist.', 'Rosa Lindqvist'],
      ['“We were never told,” said 24/7 hotline volunteer Dale Prentiss on Sunday.', 'Dale Prentiss'],
    ]);
  });

  describe('a signature after a dash: a middle initial does not end the name', () => {
    const roundUp = (name: string): string =>
      `Readers wrote in.\n\n“Nobody expected the vote to be this close tonight.” ― Jane Whitcombe\n“The plan is a mess and everyone in town knows it.” ― ${name}.\n\nPhoto: Getty.`;
    it('credits the person signed after the quotation, not the signature before it', () => {
      const text = roundUp('Victor P. Quarles');
      const found = attributeQuotes(text, findQuotes(text), buildEntities(text, [...CAST, { names: ['Victor P. Quarles'] }])).map(q => q.speakerId);
      assert.deepStrictEqual(found, [slug('Jane Whitcombe'), slug('Victor P. Quarles')]);
    });
    check([
      ['“We will not back down, not now and not ever.” — Tom Okafor, chief executive', 'Tom Okafor'],
    ]);
  });
  describe('a speech noun or a framing phrase names whose words follow, without a verb', () => {
    check([
      ['Okafor was asked about the pier. Okafor’s response was: “Ask the contractor, not me, about that delay.”', 'Tom Okafor'],
      ['Alvarez spoke after the vote. Her reply was: “We will build the pier whatever the council says.”', 'Marta Alvarez'],
      ['Alvarez spoke after the vote. In Alvarez’s words, “the pier is the only thing this town still agrees on.”', 'Marta Alvarez'],
      ['Okafor spoke after the vote. But in his view, “the pier is the only thing this town still agrees on.”', 'Tom Okafor'],
      ['The pier is “the only thing this town still agrees on,” in Whitcombe’s view.', 'Jane Whitcombe'],
      ['Kestrel Mining replied at once. In its own words, “no ore will leave the valley this year.”', 'Kestrel Mining'],
      ['Alvarez wrote a book. In Alvarez’s book, “the pier is the only thing this town still agrees on.”', null],
      ['Okafor spoke after the vote. His plan was: “Build the pier first and argue about the cost later.”', null],
      ['Okafor spoke after the vote. The pier is “the only thing this town still agrees on,” in Whitcombe’s book.', null],
    ]);
  });
});
