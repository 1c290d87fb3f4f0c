// Kinds left open by round 31's invented sets: family lists after a possessive, portfolios listed with "and", … Every
// sentence and name is invented.
import * as assert from 'assert';
import { mentionLabels, rolesOf } from './support/entityQueries';

describe('round 32 kinds: family lists, portfolios with "and", …', () => {
  it('reads each given name of a family list after a possessive and a plural kin noun as a person with the relation', () => {
    const sons = 'Ola Brandt moved to Hull, where their sons, Finn and Joseph, went to school.';
    assert.deepStrictEqual(mentionLabels(sons), ['p:Ola Brandt', 'p:Finn', 'p:Joseph']);
    assert.deepStrictEqual(rolesOf(sons, 'Finn'), ['their sons']);
    const daughters = 'Tobin Varrow said his daughters Mae and Rosa were safe.';
    assert.deepStrictEqual(mentionLabels(daughters), ['p:Tobin Varrow', 'p:Mae', 'p:Rosa']);
    assert.deepStrictEqual(rolesOf(daughters, 'Rosa'), ['his daughters']);
  });

  it('still reads a nationality noun after a determiner and a modifier as no name', () => {
    assert.deepStrictEqual(mentionLabels('Sandell lost, and his fellow Dane left the court early.'), []);
  });

  it('reads a portfolio listed with "and" before a name of two words as the title, the name after it a person', () => {
    const pensions = 'Secretary of State for Work and Pensions Orla Vesk said the rules would change.';
    assert.deepStrictEqual(mentionLabels(pensions), ['p:Orla Vesk']);
    assert.deepStrictEqual(rolesOf(pensions, 'Orla Vesk'), ['Secretary of State for Work and Pensions']);
    const sport = 'Minister for Culture, Media and Sport Orla Vesk said the grant would go ahead.';
    assert.deepStrictEqual(rolesOf(sport, 'Orla Vesk'), ['Minister for Culture, Media and Sport']);
    assert.deepStrictEqual(rolesOf('Minister for Health and Social Care Orla Vesk said so.', 'Orla Vesk'), ['Minister for Health and Social Care']);
    assert.deepStrictEqual(mentionLabels('The Department for Culture, Media and Sport said it would review the case.'), ['o:Department for Culture, Media and Sport']);
  });

  it('reads a lower-case word after a body\'s kind noun as that body, and its later uses; not a word of the body\'s own', () => {
    const text = 'The Austrian privacy group vurdo said it had filed a complaint.\n\nA lawyer for vurdo said the firm broke the law.';
    assert.deepStrictEqual(mentionLabels(text), ['o:vurdo', 'o:vurdo']);
    assert.deepStrictEqual(mentionLabels('Online marketplace tRadely said it would remove the listings.'), ['o:tRadely']);
    assert.deepStrictEqual(mentionLabels('The union leadership said no.'), []);
    assert.deepStrictEqual(mentionLabels('The campaign group website said so.'), []);
  });

  it('keeps a sports star\'s descriptive head and a hyphened place of origin in the role before the name', () => {
    assert.deepStrictEqual(rolesOf('The Leeds-born ace Tom Rudd won in three sets.', 'Tom Rudd'), ['Leeds-born ace']);
    assert.deepStrictEqual(rolesOf('Tom Rudd, a Berlin-based director, said the film was finished.', 'Tom Rudd'), ['Berlin-based director']);
    assert.deepStrictEqual(rolesOf('Veteran striker Kevan Droop scored twice.', 'Kevan Droop'), ['Veteran striker']);
  });

  it('reads a masthead in capitals with a possessive or a local paper\'s older head as the outlet, no person', () => {
    const text = (masthead: string) => `${masthead}\n\nCouncil tax will rise next year, the leader of the council said.\n\n"We have no choice," said Dana Kelso.`;
    assert.deepStrictEqual(mentionLabels(text('DEAN\'S DIGEST')), ['o:DEAN\'S DIGEST', 'p:Dana Kelso']);
    assert.deepStrictEqual(mentionLabels(text('THE NORTHERN LANTERN')), ['o:NORTHERN LANTERN', 'p:Dana Kelso']);
    assert.deepStrictEqual(mentionLabels(text('The Tarrow Beacon')), ['o:Tarrow Beacon', 'p:Dana Kelso']);
  });

  it('gives a post held between dates, or since a date, without the dates', () => {
    assert.deepStrictEqual(rolesOf('Ilsa Marwick served as chief executive between 2004 and 2011.', 'Ilsa Marwick'), ['chief executive']);
    assert.deepStrictEqual(rolesOf('Oren Talby had been chairman since 1997.', 'Oren Talby'), ['chairman']);
  });
});
