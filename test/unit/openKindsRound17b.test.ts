// Open kinds of round 17's new sets (obituaries, US local government, result tables): a US town's "Council Member"
// title, a results table's surname written first in capitals, family members named by their first names alone after a
// kin noun, a maiden name after "née". Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { namedMentionLabels, rolesOf } from './support/entityQueries';

describe('open kinds of round 17\'s new sets (r17b-open)', () => {
  it('reads "Town Council Member X" as a title after a place: no body "Town Council"', () => {
    const text = 'Kelderwick Council Member Orla Brandt asked for a delay. Kelderwick buys its water from the county.';
    assert.deepStrictEqual(namedMentionLabels(text), ['p:Orla Brandt:Orla Brandt']);
    assert.deepStrictEqual(rolesOf(text, 'Orla Brandt'), ['Kelderwick Council Member']);
  });

  it('keeps a council named before a verb a body', () => {
    const text = 'The Kelderwick Council met on Monday. Its member Orla Brandt asked for a delay.';
    assert.ok(namedMentionLabels(text).includes('o:Kelderwick Council:Kelderwick Council'));
  });

  it('keeps "Group" in a body\'s name before a title, and in the title after a title word', () => {
    const text = 'Kelderwick Group Chief Executive Dana Kelso said the plan would work.';
    assert.deepStrictEqual(namedMentionLabels(text), ['o:Kelderwick Group:Kelderwick Group', 'p:Dana Kelso:Dana Kelso']);
    assert.deepStrictEqual(rolesOf(text, 'Dana Kelso'), ['Kelderwick Group Chief Executive']);
  });

  it('keeps a university\'s name its school\'s short form, and a town\'s name apart from its grammar school', () => {
    const found = namedMentionLabels('Staff at the Brennick Law School met. A Brennick pollster, Dana Kelso, said the course would grow.\n\nPupils of Tarrow Grammar School met. Tarrow is a market town.');
    assert.ok(found.includes('o:Brennick Law School:Brennick'), found.join(' | '));
    assert.ok(!found.some(label => label.endsWith(':Tarrow')), found.join(' | '));
  });

  it('reads "the Town co-op" as the co-operative, by its first word before the lower-case noun', () => {
    const text = 'Idris Penhale, who sells his milk through the Tarrow co-op, said prices fell. The Tarrow Dairy Co-operative met on Monday.';
    assert.deepStrictEqual(namedMentionLabels(text), ['p:Idris Penhale:Idris Penhale', 'o:Tarrow Dairy Co-operative:Tarrow', 'o:Tarrow Dairy Co-operative:Tarrow Dairy Co-operative']);
  });

  it('reads a results table\'s "SURNAME Given (LABEL) - votes" line as the person named in full elsewhere', () => {
    const text = 'Results so far, as announced at the collation centre:\nTARROW Ivo Bennet (VPP) - 51,204\nSANDAL Idris (TDA) - 40,118\n\n'
      + 'Ivo Bennet Tarrow, a former mayor, said he was confident. Idris Sandal did not comment.';
    const found = namedMentionLabels(text);
    assert.ok(found.includes('p:Ivo Bennet Tarrow:TARROW Ivo Bennet'), found.join(' | '));
    assert.ok(found.includes('p:Idris Sandal:SANDAL Idris'), found.join(' | '));
  });

  it('leaves a line opening with an abbreviation and a common word alone', () => {
    const found = namedMentionLabels('NOTICE Roads Closed\nThe bridge shuts on Monday.');
    assert.ok(!found.some(label => label.startsWith('p:')), found.join(' | '));
  });

  it('finds family members named by their first names alone after a kin noun, and not a town so placed', () => {
    const text = 'Tom Wrede died on Monday, aged 88. He was the beloved husband of Greta and a devoted father of Ivo and Marta. '
      + 'He was a true son of Kelderwick all his life.';
    const found = namedMentionLabels(text);
    assert.ok(found.includes('p:Greta:Greta'), found.join(' | '));
    assert.ok(found.includes('p:Marta:Marta'), found.join(' | '));
    assert.ok(!found.some(label => label.includes('Kelderwick')), found.join(' | '));
  });

  it('finds a list of children after a plural kin noun and a comma', () => {
    const found = namedMentionLabels('Orla Brandt leaves her husband and their children, Helen and Marta, who live abroad.');
    assert.ok(found.includes('p:Helen:Helen'), found.join(' | '));
    assert.ok(found.includes('p:Marta:Marta'), found.join(' | '));
  });

  it('joins a maiden name after "née" to the woman named before it', () => {
    const text = 'His mother, Edith (née Brandt), was a nurse.';
    const people = analyzeText(text).entities.filter(e => e.kind === 'person');
    assert.strictEqual(people.length, 1);
    assert.deepStrictEqual(people[0].mentions.map(m => m.text).sort(), ['Brandt', 'Edith']);
  });
});
