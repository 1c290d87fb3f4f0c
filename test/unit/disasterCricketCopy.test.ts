// Disaster-abroad wire and local-daily copy and South Asian franchise cricket copy (round 19, test/fixtures/fresh47):
// Spanish and Portuguese place names, a public hospital named head first, a relief society set off by an appositive
// that names a kind of body, franchise sides whose nickname is a plural title. Every sentence and name is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { mentionLabels, rolesOf } from './support/entityQueries';

describe('disaster-abroad and franchise cricket copy (round 19)', () => {
  it('reads a name opened by "San", "Villa", "Los" or "Puerto" as a place, not a person', () => {
    assert.deepStrictEqual(mentionLabels('Rescuers reached San Marwick and Villa Tarrow on Tuesday, and the road to Los Vardos reopened.'), []);
    assert.deepStrictEqual(mentionLabels('The ferry from Puerto Kelso was cancelled.'), []);
  });

  it('reads "Plaza de X" as a place, but a given name before a particle stays a person', () => {
    assert.deepStrictEqual(mentionLabels('Hundreds gathered in the Plaza de Marwick on Sunday.'), []);
    assert.deepStrictEqual(mentionLabels('Dana de Vardo said the shelters were full.'), ['p:Dana de Vardo']);
  });

  it('reads a public hospital named head first after its region and a patron as a body', () => {
    assert.deepStrictEqual(mentionLabels('Doctors at the Hospital Regional Idris Penhale treated 40 people overnight.'), ['o:Hospital Regional Idris Penhale']);
  });

  it('reads a name set off by "the country\'s volunteer relief society" as a body with no role', () => {
    const text = 'Vardo Aid, the island\'s main volunteer relief society, said it had opened nine shelters.';
    assert.deepStrictEqual(mentionLabels(text), ['o:Vardo Aid']);
    assert.deepStrictEqual(rolesOf('Tom Wrede, a volunteer firefighter, said the wall fell at dawn.', 'Tom Wrede'), ['volunteer firefighter']);
  });

  it('reads franchise sides whose nickname is a plural title ("Kings", "Strikers") as teams', () => {
    assert.deepStrictEqual(mentionLabels('Tarrow Kings beat the Vardo Strikers by six wickets on Friday.'), ['o:Tarrow Kings', 'o:Vardo Strikers']);
    assert.deepStrictEqual(mentionLabels('Kelso Challengers will meet Marwick Sultans in the final.'), ['o:Kelso Challengers', 'o:Marwick Sultans']);
  });

  it('reads a franchise nickname of two words after an unknown town as a team in a sentence of sport', () => {
    assert.deepStrictEqual(mentionLabels('The winners meet Dunmere Super Falcons, who face relegation.'), ['o:Dunmere Super Falcons']);
  });

  it('reads the name after the writer and a separator at the end of a byline as the outlet', () => {
    assert.deepStrictEqual(mentionLabels('By Orla Brandt | Wicket Watch\nKelso won the toss.'), ['p:Orla Brandt', 'o:Wicket Watch']);
  });

  it('joins an abbreviation given "known by its Spanish initials" to the body named before it', () => {
    const a = analyzeText('The Vardo Relief Office, known by its Spanish initials OVAR, said 300 homes fell. OVAR asked for tents.');
    const bodies = a.entities.filter(e => e.kind === 'org');
    assert.strictEqual(bodies.length, 1);
    assert.deepStrictEqual(bodies[0].mentions.map(m => m.text), ['Vardo Relief Office', 'OVAR', 'OVAR']);
  });

  it('reads "rescuer", the cricket crafts and "Monsignor" before a name as roles', () => {
    assert.deepStrictEqual(rolesOf('Rescuer Ivo Sandal said the girl was alive.', 'Ivo Sandal'), ['Rescuer']);
    assert.deepStrictEqual(rolesOf('Dana Kelso, a 23-year-old legspinner from Vardo, took four wickets.', 'Dana Kelso'), ['23-year-old legspinner from Vardo']);
    assert.deepStrictEqual(rolesOf('He shared a stand of 80 with Tom Wrede, the Kelso allrounder.', 'Tom Wrede'), ['Kelso allrounder']);
    assert.deepStrictEqual(rolesOf('Vardo pacer Idris Penhale took two wickets.', 'Idris Penhale'), ['Vardo pacer']);
    assert.deepStrictEqual(rolesOf('Monsignor Orla Brandt will say a Mass on Sunday.', 'Orla Brandt'), ['Monsignor']);
  });
});
