// Kinds left open by earlier rounds (round 38): posts after "as" or "named" past an object, a department title before a
// surname that is also a body's head noun, a plural title set off before a list of names. Every sentence and name is
// invented.
import * as assert from 'assert';
import { mentionLabels, rolesOf } from './support/entityQueries';

describe('round 38 open kinds', () => {
  it('gives the post after "as" to the object of a verb of keeping or restoring, and after "whom … named" to the name', () => {
    assert.deepStrictEqual(rolesOf('The board voted to retain Lena Varga as treasurer.', 'Lena Varga'), ['treasurer']);
    assert.deepStrictEqual(rolesOf('The club has reinstated Tomas Brill as captain.', 'Tomas Brill'), ['captain']);
    assert.deepStrictEqual(rolesOf('Ola Brik, whom the president named informateur, said talks would begin.', 'Ola Brik'), ['informateur']);
    assert.deepStrictEqual(rolesOf('Ola Brik, whom the board appointed as chairman last year, said no.', 'Ola Brik'), ['chairman']);
    // "who" is the clause's subject: the post named is someone else's.
    assert.deepStrictEqual(rolesOf('Ola Brik, who named Pia Lund chairman, said no.', 'Ola Brik'), []);
    // "whom" with a verb of no appointing gives nothing.
    assert.deepStrictEqual(rolesOf('Ola Brik, whom the president met as mayor, said no.', 'Ola Brik'), []);
  });

  it('reads a department title before a given name and a surname that is a body\'s head noun as the person\'s post', () => {
    assert.deepStrictEqual(mentionLabels('Chief of Staff Tom Mills said the office was closed.'), ['p:Tom Mills']);
    assert.deepStrictEqual(rolesOf('Chief of Staff Tom Mills said the office was closed.', 'Tom Mills'), ['Chief of Staff']);
    assert.deepStrictEqual(rolesOf('The mayor said Secretary of State Ana Banks was tired.', 'Ana Banks'), ['Secretary of State']);
    // A firm named after its town and its mills stays a firm.
    assert.deepStrictEqual(mentionLabels('Kelso Mills said the plant would close.'), ['o:Kelso Mills']);
  });

  it('gives a plural title set off by a comma before a list of names to each listed person', () => {
    const text = 'Green co-leaders, Ana Pike and Joel Brandt, said the plan was wrong.';
    assert.deepStrictEqual(rolesOf(text, 'Ana Pike'), ['Green co-leaders']);
    assert.deepStrictEqual(rolesOf(text, 'Joel Brandt'), ['Green co-leaders']);
    assert.deepStrictEqual(rolesOf('The two senior ministers, Ana Pike and Joel Brandt, met the press.', 'Joel Brandt'), ['senior ministers']);
    // One name after the comma is no list of holders; nor is a list that runs on into a clause.
    assert.deepStrictEqual(rolesOf('Several ministers, Ana Pike among them, said no.', 'Ana Pike'), []);
    assert.deepStrictEqual(rolesOf('He thanked the ministers, Ana Pike and Joel Brandt said later.', 'Ana Pike'), []);
  });
});
