// Roles of round 13: a post given by "as" past the body joined, a byline's post on its own line or before a
// separator, and heads the title list lacked (an assistant, a tycoon, a club legend). Invented sentences.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';

/** The roles of the one entity named `name`. */
function rolesOf(text: string, name: string): string[] {
  return analyzeText(text).entities.find(entity => entity.name === name)?.roles.map(role => role.text) ?? [];
}

/** Names of the document's people. */
function people(text: string): string[] {
  return analyzeText(text).entities.filter(entity => entity.kind === 'person').map(entity => entity.name);
}

describe('roles: a post given by "as" past the body joined', () => {
  it('gives the post to the subject of "joined", not to the body between', () => {
    const text = 'Dana Kelso joined Vardo Holdings as chief operating officer in 2019.';
    assert.deepStrictEqual(rolesOf(text, 'Dana Kelso'), ['chief operating officer']);
    assert.deepStrictEqual(rolesOf(text, 'Vardo Holdings'), []);
  });

  it('passes over a year after the body, and reads "rejoined" and "returned to" alike', () => {
    assert.deepStrictEqual(rolesOf('Piet Marwick rejoined the club in 2019 as head coach.', 'Piet Marwick'), ['head coach']);
    assert.deepStrictEqual(rolesOf('Piet Marwick returned to Rovers as assistant manager.', 'Piet Marwick'), ['assistant manager']);
  });

  it('finds no post when "as" opens a clause or the object is no post', () => {
    assert.deepStrictEqual(rolesOf('Dana Kelso joined the march as a teenager.', 'Dana Kelso'), []);
    assert.deepStrictEqual(rolesOf('Dana Kelso joined the board, and Tam Orley stayed on as a director.', 'Dana Kelso'), []);
  });
});

describe('roles: a byline\'s post', () => {
  it('reads a newsroom post on the line under a byline as the post of its one name', () => {
    assert.deepStrictEqual(rolesOf('By Tam Orley\nChief Sports Writer\n\nThe minister Dana Kelso said no.', 'Tam Orley'), ['Chief Sports Writer']);
    const text = 'Marieke Lund\nDiplomatic Editor, Marwick\n\nThe minister Dana Kelso said no.';
    assert.deepStrictEqual(rolesOf(text, 'Marieke Lund'), ['Diplomatic Editor']);
    // The place after the post line's comma is nobody.
    assert.deepStrictEqual(people(text), ['Marieke Lund', 'Dana Kelso']);
  });

  it('gives a post line no holder when the line above names two people or is no byline', () => {
    const two = 'By Tam Orley and Ann Bell\nPolitical Correspondent\n\nDana Kelso said no.';
    assert.deepStrictEqual(rolesOf(two, 'Tam Orley'), []);
    assert.deepStrictEqual(rolesOf(two, 'Ann Bell'), []);
    assert.deepStrictEqual(rolesOf('Dana Kelso said no to the plan.\n\nPolitical Staff\n\nTam Orley left.', 'Dana Kelso'), []);
  });

  it('ends a byline\'s post at a separator before the time', () => {
    assert.deepStrictEqual(rolesOf('By Tam Orley, Chief Sports Writer | Updated: 10:15\n\nDana Kelso said no.', 'Tam Orley'), ['Chief Sports Writer']);
  });
});

describe('roles: heads the title list lacked', () => {
  it('reads an assistant, a tycoon and a club legend before a name as posts', () => {
    assert.deepStrictEqual(rolesOf('Alun Brode and his assistant Cato Venn were sacked.', 'Cato Venn'), ['assistant']);
    assert.deepStrictEqual(rolesOf('The sale to American tycoon Carl Brede is on hold.', 'Carl Brede'), ['American tycoon']);
    assert.deepStrictEqual(rolesOf('The bid features Kelso Athletic legend Bryn Hollis.', 'Bryn Hollis'), ['Kelso Athletic legend']);
  });

  it('keeps "assistant" a modifier before a title, and a capitalised "Legend" a word of a name', () => {
    assert.deepStrictEqual(rolesOf('The assistant coach Cato Venn left.', 'Cato Venn'), ['assistant coach']);
    assert.deepStrictEqual(people('Mira Tollan was honoured with the Harbour Legend Award on Friday.'), ['Mira Tollan']);
  });

  it('reads a lower-case observer as a post and keeps a paper named "Observer" a body', () => {
    assert.deepStrictEqual(rolesOf('The bloc\'s chief observer, Hanne Dufort, said it was too soon.', 'Hanne Dufort'), ['bloc\'s chief observer']);
    assert.deepStrictEqual(people('The Marwick Observer reported that Dana Kelso had resigned.'), ['Dana Kelso']);
  });

  it('keeps a body owned by a title holder a body ("the tycoon\'s company, Vardo")', () => {
    const found = analyzeText('Officials said the tycoon\'s company, Vardo, had dumped steel.').entities.find(entity => entity.name === 'Vardo');
    assert.strictEqual(found?.kind, 'org');
    assert.deepStrictEqual(found?.roles, []);
  });
});
