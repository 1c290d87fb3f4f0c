// Kinds of local government and local elections copy found by round 34's unseen set (r34-councils, fresh105): a
// region or a city named after a mayor's post ("Mayor of Tarrow Dale") whose unknown words read as a person, also where
// another use "says" something; the plural of a body's head opening sentences ("Councils' spending …") read as a body;
// a party's group named between a title and "group" read as a person; a union named once before its local branch; a
// post as the whole subject of a copula before the name ("The lead commissioner will be X"); a possessive's span of
// years "as" a post; leading a council's opposition as a post; a broadcaster's masthead with "News" kept apart from
// the broadcaster. Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { mentionLabels, rolesOf } from './support/entityQueries';

describe('local government and local elections copy kinds of round 34 (r34-councils)', () => {
  it('reads the words after a mayor\'s or a governor\'s post and "of" as the place, in every use', () => {
    const text = 'Rosalind Penhaligon was sworn in as Mayor of Tarrow Dale on Monday.\n\nThe result in Tarrow Dale says a lot about the suburbs, and the Tarrow Dale mayoralty now has a budget of £90m.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Rosalind Penhaligon']);
    assert.deepStrictEqual(mentionLabels('Corwen Ashby, the former governor of Kelsby Moor, said the roads were a disgrace.'), ['p:Corwen Ashby']);
  });

  it('keeps a body named after "Governor of" with a body\'s head, and a person after another post and "of"', () => {
    assert.ok(mentionLabels('Corwen Ashby was named Governor of Kelsby Reserve Bank in May.').includes('o:Kelsby Reserve Bank'));
    assert.ok(mentionLabels('Corwen Ashby, the chief of staff of Tamsin Okereke, said no.').includes('p:Tamsin Okereke'));
  });

  it('reads the plural of a body\'s head opening sentences as the common noun, not a body', () => {
    const text = 'Charities\' incomes have fallen for three years.\n\nCharities cannot plan beyond March, said Ifeoma Brackley.\n\nAuthorities\' reserves are lower. Authorities say the grant is too small.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Ifeoma Brackley']);
  });

  it('reads a party label between a title and "group" as the party\'s group, not a person holding the title', () => {
    const text = 'The leader of the opposition Conservative group, Cllr Ambrose Tilling, walked out of the meeting.';
    assert.ok(!mentionLabels(text).some(label => label.startsWith('p:Conservative')), mentionLabels(text).join(', '));
    assert.ok(mentionLabels(text).includes('p:Ambrose Tilling'), mentionLabels(text).join(', '));
  });

  it('reads a one-word union before its local branch as a body, though it is named once', () => {
    assert.ok(mentionLabels('Wenna Trago, chair of the local Corvane branch, said staff would ballot.').includes('o:Corvane'));
    assert.ok(mentionLabels('"Nobody was consulted," said Wenna Trago, Corvane branch secretary.').includes('o:Corvane'));
    assert.ok(!mentionLabels('Wenna Trago, chair of the Penzance branch, said staff would ballot.').some(label => label.startsWith('o:')));
  });

  it('gives the post that is the whole subject of a copula to the name after it', () => {
    const text = 'The interim chief executive will be Lowenna Carbis, a former finance director.';
    assert.ok(rolesOf(text, 'Lowenna Carbis').includes('interim chief executive'), rolesOf(text, 'Lowenna Carbis').join(', '));
    assert.deepStrictEqual(rolesOf('The new chair met Lowenna Carbis on Monday.', 'Lowenna Carbis'), []);
  });

  it('gives a post held for a span of years after a possessive to its holder', () => {
    const text = 'The defeat ended Lowenna Carbis\'s twelve years as leader of Penrock District Council.';
    assert.ok(rolesOf(text, 'Lowenna Carbis').some(role => role.startsWith('leader of Penrock')), rolesOf(text, 'Lowenna Carbis').join(', '));
  });

  it('reads leading a council\'s opposition or a caucus in a relative clause as a post', () => {
    const text = 'Jago Pellow, who leads the Green opposition on the council, called the plan reckless.';
    assert.ok(rolesOf(text, 'Jago Pellow').some(role => role.includes('leads the Green opposition')), rolesOf(text, 'Jago Pellow').join(', '));
  });

  it('reads a broadcaster\'s masthead with "News" and the broadcaster\'s own name as one body', () => {
    const text = 'PENROCK RADIO NEWS | Live | Count night\n\nThe winner told Penrock Radio she would start work on Monday.';
    const bodies = analyzeText(text).entities.filter(entity => entity.kind === 'org');
    assert.strictEqual(bodies.length, 1, bodies.map(body => body.name).join(', '));
  });
});
