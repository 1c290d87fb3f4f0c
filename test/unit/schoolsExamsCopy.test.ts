// Kinds of schools and exams copy found by round 37's unseen set (r37-schools, fresh114): a qualification written as a
// letter and "-level" ("A-level", "AS-level") read as a body after "share of"; a parents' or tenants' campaign group whose
// name goes on past the members' plural possessive ("X Parents' Action Group") split in two; a school's name without its
// closing "School" ("X High" beside "X High School") kept apart; a school's first word alone lost to a parents' group
// named after the school; and a regulator's head, "chief regulator", missed as a post. Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { mentionLabels, namedMentionLabels, rolesOf } from './support/entityQueries';

/** How many entities the analysis finds. */
function entityCount(text: string): number {
  return analyzeText(text).entities.length;
}

describe('schools and exams copy kinds of round 37 (r37-schools)', () => {
  it('reads a letter glued by a hyphen to a lower-case word as a common noun, no body', () => {
    assert.deepStrictEqual(mentionLabels('The proportion of O-level passes fell, and a share of X-ray appointments was cancelled.'), []);
    assert.deepStrictEqual(mentionLabels('Sales of T-shirts doubled after the share of T-level places rose.'), []);
  });

  it('reads a qualification\'s letters before "-level" as the qualification, no abbreviation of a body', () => {
    assert.deepStrictEqual(mentionLabels('Entries for AS-level physics rose, the Tarrow Exams Council said.'), ['o:Tarrow Exams Council']);
  });

  it('keeps a letter before a capitalised word, and the letters alone, as they were', () => {
    assert.ok(mentionLabels('Shares in V-Tarrow Networks rose after the deal.').some(label => label.startsWith('o:V-Tarrow')));
  });

  it('reads a campaign group\'s name on past its members\' plural possessive', () => {
    assert.deepStrictEqual(mentionLabels('The Marwick Tenants\' Rights Association said the rents were unfair.'), ['o:Marwick Tenants\' Rights Association']);
    assert.deepStrictEqual(mentionLabels('Members of the Kelso Residents\' Campaign Group met the council.'), ['o:Kelso Residents\' Campaign Group']);
  });

  it('joins a school\'s name without its closing "School" to the full name', () => {
    const text = 'Pupils at Vardo Grammar School sat the papers in May.\n\nTeachers at Vardo Grammar said the results were strong.';
    assert.deepStrictEqual(namedMentionLabels(text), ['o:Vardo Grammar School:Vardo Grammar School', 'o:Vardo Grammar School:Vardo Grammar']);
  });

  it('reads a school\'s first word alone as the school, not the parents\' group named after it', () => {
    const text = 'Inspectors visited Orrinford Academy in June. The Orrinford Parents\' Action Group called a meeting.\n\n"Staff at Orrinford deserve better," the group said.';
    assert.deepStrictEqual(namedMentionLabels(text), [
      'o:Orrinford Academy:Orrinford Academy', 'o:Orrinford Parents\' Action Group:Orrinford Parents\' Action Group', 'o:Orrinford Academy:Orrinford',
    ]);
    assert.strictEqual(entityCount(text), 2);
  });

  it('reads "chief regulator" before or after a name as the post, and "the regulator" alone as no post', () => {
    const text = 'The Office for Vocational Standards said it would act. Its chief regulator, Dr Imelda Prosser, said so.';
    assert.deepStrictEqual(rolesOf(text, 'Imelda Prosser'), ['chief regulator', 'Dr']);
    assert.deepStrictEqual(rolesOf('Chief regulator Imelda Prosser said the marks stood.', 'Imelda Prosser'), ['Chief regulator']);
    assert.deepStrictEqual(rolesOf('The regulator said Imelda Prosser was wrong.', 'Imelda Prosser'), []);
  });
});
