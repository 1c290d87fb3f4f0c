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
});
