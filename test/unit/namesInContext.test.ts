// Names read in their context (invented headlines and copy): Title Case headlines inside an article's text, whose
// capitals prove nothing, so the names in them are the people and bodies they mention, never the whole line; and a
// named person's surname used as a modifier, which is that person, not a body.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';

function names(text: string): string[] {
  return analyzeText(text).entities.map(entity => entity.name).sort();
}

describe('Title Case headlines in the text', () => {
  it('a fully capitalised line with one headline verb after a name is a headline ("X Wins …", "X Ties Y With Z")', () => {
    const text = 'Maria Lopez Wins Harbour County Primary.\n\nPoll: Dana Whitcombe Ties Ola Berg With Sam Ortiz in a Three-Way Contest.\n\n'
      + 'Maria Lopez said on Monday that she was pleased. Dana Whitcombe did not comment, and neither did Ola Berg or Sam Ortiz.\n';
    assert.deepStrictEqual(names(text), ['Dana Whitcombe', 'Maria Lopez', 'Ola Berg', 'Sam Ortiz']);
  });

  it('a long unpunctuated headline line does not join the capitalised line after it into one name', () => {
    const text = 'Posted 9:09PM Tomas Lindqvist Hints Rival Would Win Harbour Contract\nDana Whitcombe often takes credit for the harbour plan, and has promised to build it.\n';
    const found = names(text);
    assert.ok(found.includes('Dana Whitcombe'), found.join(' | '));
    assert.ok(found.every(name => !/\n/.test(name) && !/Contract/.test(name)), found.join(' | '));
  });

  it('prose that names people with capitalised titles stays prose', () => {
    const text = 'Prime Minister Ana Ruiz met Foreign Minister Ola Berg and Mayor Dana Whitcombe in Harbourton.\n';
    assert.deepStrictEqual(names(text), ['Ana Ruiz', 'Dana Whitcombe', 'Ola Berg']);
  });
});

describe('a named person\'s surname used as a modifier', () => {
  it('"the Kelso movement", "Kelso aides": the surname of someone named in full stays that person, not a body', () => {
    const text = 'Nina Kelso won the primary on Tuesday. Leaders of the Kelso movement said the result would hold, '
      + 'and Kelso aides said she would speak on Friday.\n\nKelso said she was grateful.\n';
    const entities = analyzeText(text).entities;
    const kelso = entities.filter(entity => /Kelso/.test(entity.name));
    assert.deepStrictEqual(kelso.map(entity => [entity.name, entity.kind]), [['Nina Kelso', 'person']]);
    assert.ok(kelso[0].mentions.length >= 3, `mentions: ${kelso[0].mentions.length}`);
  });

  it('a word the lexicon knows as a body stays the body ("Henry Ford" and "the Ford company")', () => {
    const text = 'Henry Ford spoke first. Leaders of the Ford company said he was tired, and Ford shares fell.\n';
    const kinds = analyzeText(text).entities.map(entity => [entity.name, entity.kind]);
    assert.ok(kinds.some(([name, kind]) => name === 'Ford' && kind === 'org'), JSON.stringify(kinds));
  });
});

describe('a lone first name', () => {
  it('that speaks is a person, not a body ("Marta said …" twice)', () => {
    const text = '"We are ready," Marta said on Monday.\n\nThe plan was late. "It will work," Marta said.\n';
    const kinds = analyzeText(text).entities.map(entity => [entity.name, entity.kind]);
    assert.deepStrictEqual(kinds, [['Marta', 'person']]);
  });

  it('used only in the possessive is no body ("Harriet\'s plan", "Harriet\'s donors")', () => {
    const text = 'Critics attacked Harriet\'s plan on Monday. Harriet\'s donors stayed loyal, the filings show.\n';
    const kinds = analyzeText(text).entities.map(entity => [entity.name, entity.kind]);
    assert.ok(kinds.every(([, kind]) => kind !== 'org'), JSON.stringify(kinds));
  });

  it('that is also a place in the text is no person ("says Ashley blast …", "in Ashley")', () => {
    const text = 'Mayor says Ashley blast was deliberate.\n\nNine people were hurt in a crowded Ashley street on Friday. '
      + 'At a briefing in Ashley, the mayor said it was too early to say more.\n';
    const kinds = analyzeText(text).entities.map(entity => [entity.name, entity.kind]);
    assert.ok(kinds.every(([name]) => name !== 'Ashley'), JSON.stringify(kinds));
  });
});

describe('words that name no one entity', () => {
  function kinds(text: string): string[][] {
    return analyzeText(text).entities.map(entity => [entity.name, entity.kind]);
  }

  it('a group of people by faith, ethnicity or generation is no body ("Latinos said", "Millennials\' votes")', () => {
    const found = kinds('Latinos said the debate ignored them. Millennials\' votes split, and Latinos\' turnout rose. Millennials said little.\n');
    assert.deepStrictEqual(found, []);
  });

  it('a plural abbreviation is a kind of body, not one ("PACs spent …", "the PACs\' ads")', () => {
    const found = kinds('PACs spent heavily in March. The PACs\' ads ran nightly, and PACs said they would spend more.\n');
    assert.deepStrictEqual(found, []);
  });

  it('a named person\'s surname in the plural is the family, not a body ("the Kelsos")', () => {
    const found = kinds('Nina Kelso met donors in May. The Kelsos\' home was sold, and the Kelsos said nothing. The Kelsos\' lawyer declined.\n');
    assert.deepStrictEqual(found, [['Nina Kelso', 'person']]);
  });

  it('a possessive name before a condition is the condition\'s name ("Alzheimer\'s disease")', () => {
    const found = kinds('Spending on Marlowe\'s disease rose. Marlowe\'s disease research grew, and Marlowe\'s disease drugs sold well.\n');
    assert.deepStrictEqual(found, []);
  });
});

describe('party members in the plural', () => {
  it('"fellow Senate Democrats", "Harbour County Republicans" are some of a party\'s members: no person, no body', () => {
    const text = 'Senator Dana Whitcombe met fellow Senate Democrats on Monday. Harbour County Republicans said they would vote no, '
      + 'and Whitcombe said the talks would go on.\n';
    assert.deepStrictEqual(names(text), ['Dana Whitcombe']);
  });
});
