// A word of mood, form or fortune opening the sentence before a name ("Struggling Vardo Rovers sacked …", "Furious
// Dana Kelso left …") describes the side or the person: no word of the name, nor of the post after it (lexicon
// `evaluative-openers`). Names an adjective opens keep it. Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';

function named(text: string): string[] {
  return analyzeText(text).entities.map(found => `${found.kind}:${found.name}`);
}

function rolesOf(text: string, name: string): string[] {
  const entity = analyzeText(text).entities.find(found => found.name === name);
  return entity ? entity.roles.map(role => (typeof role === 'string' ? role : role.text)) : [];
}

describe('a word of mood or fortune opening the sentence before a name', () => {
  const organisations: [string, string][] = [
    ['Struggling Vardo Rovers sacked their manager on Monday.', 'Vardo Rovers'],
    ['Beleaguered Tarrow United lost again at home.', 'Tarrow United'],
    ['Resurgent Marwick Athletic are unbeaten in five games.', 'Marwick Athletic'],
    ['Rival Kelso Rovers fans clashed with police after the game.', 'Kelso Rovers'],
    ['Angry Kelso Rovers fans booed the players off.', 'Kelso Rovers'],
    ['Lowly Kelderwick Town held the leaders to a draw.', 'Kelderwick Town'],
  ];
  for (const [sentence, name] of organisations) {
    it(sentence, () => assert.deepStrictEqual(named(sentence), [`org:${name}`]));
  }

  it('leaves it out of a person\'s name', () => {
    assert.deepStrictEqual(named('Furious Dana Kelso left the hall before the vote.'), ['person:Dana Kelso']);
    assert.deepStrictEqual(named('Embattled Idris Penhale refused to step down.'), ['person:Idris Penhale']);
  });

  it('leaves it out of the post before a name, which keeps "former"', () => {
    assert.deepStrictEqual(rolesOf('Embattled Vardo chief executive Orla Brandt resigned on Friday.', 'Orla Brandt'), ['Vardo chief executive']);
    assert.deepStrictEqual(rolesOf('Embattled chief executive Orla Brandt resigned on Friday.', 'Orla Brandt'), ['chief executive']);
    assert.deepStrictEqual(rolesOf('Injured Vardo Rovers striker Dana Kelso will miss the game.', 'Dana Kelso'), ['Vardo Rovers striker']);
    assert.deepStrictEqual(rolesOf('Former Vardo chief executive Orla Brandt resigned on Friday.', 'Orla Brandt'), ['Former Vardo chief executive']);
  });

  it('keeps an adjective that opens a body\'s name', () => {
    assert.deepStrictEqual(named('Real Tornes have sacked their coach.'), ['org:Real Tornes']);
    assert.deepStrictEqual(named('National Vardo Trust will sell the house.'), ['org:National Vardo Trust']);
    assert.deepStrictEqual(named('General Vardo Motors cut 300 jobs.'), ['org:General Vardo Motors']);
    assert.deepStrictEqual(named('Free Church ministers in Tarrow met on Monday.'), ['org:Free Church']);
    assert.deepStrictEqual(named('United Marwick Airlines cut three routes this winter.'), ['org:United Marwick Airlines']);
    assert.deepStrictEqual(named('Green Party councillors in Tarrow voted against the plan.'), ['org:Green Party']);
  });
});

describe('a participle of what befell someone opening the sentence before a name', () => {
  it('leaves it out of the name', () => {
    assert.deepStrictEqual(named('Jailed Dana Kelso appealed on Monday.'), ['person:Dana Kelso']);
    assert.deepStrictEqual(named('Relegated Tarrow United sold their captain.'), ['org:Tarrow United']);
  });

  it('keeps it in the post, as "former" is kept', () => {
    assert.deepStrictEqual(rolesOf('Ousted Vardo chief executive Orla Brandt sued the board.', 'Orla Brandt'), ['Ousted Vardo chief executive']);
  });
});
