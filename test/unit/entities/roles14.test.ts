// Roles of round 14: a spouse named without a comma, a post with "at the hearing" before a comma, "one of" a
// plural post, medical specialists, a second verb sharing the subject, and a verb after an age that is no
// appositive. Invented sentences.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';

/** The roles of the one entity named `name`. */
function rolesOf(text: string, name: string): string[] {
  return analyzeText(text).entities.find(entity => entity.name === name)?.roles.map(role => role.text) ?? [];
}

describe('roles: a spouse named without a comma', () => {
  it('reads "his wife X" and "her husband X" as the relation, comma or not', () => {
    assert.deepStrictEqual(rolesOf('Tam Orley, pictured with his wife Mara, was kind.', 'Mara'), ['wife']);
    assert.deepStrictEqual(rolesOf('Her husband Cato Venn spoke first.', 'Cato Venn'), ['husband']);
  });

  it('leaves a child or sibling without a comma a plain name, as before', () => {
    assert.deepStrictEqual(rolesOf('Tam Orley thanked his son Cato Venn.', 'Cato Venn'), []);
    assert.deepStrictEqual(rolesOf('Her brother Cato Venn spoke first.', 'Cato Venn'), []);
  });
});

describe('roles: a post with a place or occasion before a comma', () => {
  it('reads "<owner>\'s lawyer at the hearing, X" whole', () => {
    assert.deepStrictEqual(rolesOf('Vardo\'s lawyer at the hearing, Tam Orley, said the panel erred.', 'Tam Orley'), ['Vardo\'s lawyer at the hearing']);
  });

  it('still ends a post at a verb in "-ing" with no article before it', () => {
    assert.deepStrictEqual(rolesOf('Dana Kelso, the man running the meeting, left.', 'Dana Kelso'), []);
  });
});

describe('roles: "one of" a plural post', () => {
  it('reads "one of the four dissenting judges" as the role, up to a relative clause', () => {
    assert.deepStrictEqual(rolesOf('Judge Tam Orley, one of the four dissenting judges, wrote that it was wrong.', 'Tam Orley'), ['Judge', 'one of the four dissenting judges']);
    assert.deepStrictEqual(rolesOf('Ann Bell, one of three directors who resigned, said no.', 'Ann Bell'), ['one of three directors']);
  });

  it('reads a post after "and" as a second role', () => {
    assert.deepStrictEqual(rolesOf('Tam Orley, one of Vardo\'s founders and its chief executive, said no.', 'Tam Orley'), ['one of Vardo\'s founders', 'its chief executive']);
  });

  it('finds no role when the plural is no post', () => {
    assert.deepStrictEqual(rolesOf('Ann Bell, one of the victims, said no.', 'Ann Bell'), []);
  });
});

describe('roles: a student\'s stage before the head', () => {
  it('keeps "graduate" in the post', () => {
    assert.deepStrictEqual(rolesOf('The study was led by graduate student Ann Bell.', 'Ann Bell'), ['graduate student']);
  });
});

describe('roles: medical specialists', () => {
  it('reads a cardiologist appositive after an honour', () => {
    assert.deepStrictEqual(rolesOf('Prof Mara Quint, a cardiologist at Marwick Royal Infirmary who led the study, said so.', 'Mara Quint'),
      ['Prof', 'cardiologist at Marwick Royal Infirmary']);
  });
});

describe('roles: a second verb sharing the subject', () => {
  it('reads "and later chaired the X Club" as the opening subject\'s post', () => {
    assert.deepStrictEqual(rolesOf('Mr Tam Orley was head of Marwick Primary School for 22 years and later chaired the Marwick Cycling Club.', 'Tam Orley'),
      ['head of Marwick Primary School', 'chaired the Marwick Cycling Club']);
    assert.deepStrictEqual(rolesOf('Ann Bell trained as a nurse and now runs a bakery on Mill Lane.', 'Ann Bell'), ['runs a bakery on Mill Lane']);
  });

  it('gives no post when another clause or subject stands before "and"', () => {
    assert.deepStrictEqual(rolesOf('Dana Kelso said Ann Bell was tired and later chaired the committee.', 'Ann Bell'), []);
    assert.deepStrictEqual(rolesOf('Dana Kelso said Ann Bell was tired and later chaired the committee.', 'Dana Kelso'), []);
    assert.deepStrictEqual(rolesOf('Dana Kelso was late and Ann Bell chaired the committee.', 'Dana Kelso'), []);
  });
});

describe('roles: a verb after an age', () => {
  it('keeps "X, 52, joined Rovers as coach" to the "as" post, not an appositive', () => {
    assert.deepStrictEqual(rolesOf('Dana Kelso, 52, joined Rovers as coach in May.', 'Dana Kelso'), ['coach']);
    assert.deepStrictEqual(rolesOf('Tam Orley, 41, a deputy sheriff, said no.', 'Tam Orley'), ['deputy sheriff']);
  });
});

describe('roles: a byline\'s post in sentence case', () => {
  it('reads "Political reporter, <outlet>" under a byline as the post, and the outlet as no person', () => {
    const text = 'By Tam Orley\nPolitical reporter, Marwick Today\n\nA plan was approved. Dana Kelso said it was fair.';
    assert.deepStrictEqual(rolesOf(text, 'Tam Orley'), ['Political reporter']);
    assert.deepStrictEqual(analyzeText(text).entities.filter(entity => entity.kind === 'person').map(entity => entity.name), ['Tam Orley', 'Dana Kelso']);
  });
});
