// Emergency, transport and public-service copy (round 17, lead): British crown bodies opened by "HM", a national
// body named by a public service's noun and a nation ("Police Scotland"), an investigating "Branch", and a control
// room's "controller". Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';
import { entityKinds } from '../support/entityQueries';

describe('public-service copy: bodies', () => {
  it('reads "HM" before a crown body as the body\'s first word, no person', () => {
    assert.deepStrictEqual(entityKinds('HM Treasury said it would respond within a week.'), ['org:HM Treasury']);
    assert.deepStrictEqual(entityKinds('Inmates at HM Prison Tarrow were moved on Sunday.'), ['org:HM Prison Tarrow']);
  });

  it('reads a public service\'s noun and a nation\'s name as a national body, opening a sentence or inside one', () => {
    assert.deepStrictEqual(entityKinds('Police Scotland said there was no suggestion of criminality.'), ['org:Police Scotland']);
    assert.deepStrictEqual(entityKinds('Officers from Police Scotland were called to the harbour.'), ['org:Police Scotland']);
    assert.deepStrictEqual(entityKinds('Grants from Sport Wales will rise next year.'), ['org:Sport Wales']);
  });

  it('does not read a service noun and a town, or two words that are no national body, as one', () => {
    assert.deepStrictEqual(entityKinds('Officers from Police Kelso were called to the harbour.'), []);
    assert.ok(!entityKinds('Staff at Parliament Vardo Street were told.').includes('org:Parliament Vardo'));
  });

  it('reads a name ending in "Branch" as a body', () => {
    assert.deepStrictEqual(entityKinds('The Rail Accident Investigation Branch has sent a team to Marwick.'), ['org:Rail Accident Investigation Branch']);
  });
});

describe('public-service copy: posts', () => {
  it('reads a controller\'s post before a name as a role', () => {
    const entity = analyzeText('Duty controller Ivo Sandal said conditions were extremely poor.').entities.find(e => e.name === 'Ivo Sandal');
    assert.ok(entity, 'Ivo Sandal found');
    assert.deepStrictEqual(entity.roles.map(role => role.text), ['Duty controller']);
  });
});
