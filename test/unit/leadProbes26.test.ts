// Kinds the lead's probes of round 26 found in invented space-industry and antipodean political copy: a title written
// with a prefix the tagger keeps in one word ("co-leader", "ex-minister"), which gave the person no role; and a body's
// trade noun written with a hyphen ("the start-up X"), which the tagger splits and the body-noun rule missed. Every
// sentence and name is invented.
import * as assert from 'assert';
import { entityKinds, mentionLabels, rolesOf } from './support/entityQueries';

describe('round 26 lead probes: prefixed titles, hyphenated trade nouns', () => {
  it('reads a title written "co-" or "ex-" before its head as the role', () => {
    assert.deepStrictEqual(rolesOf('Kelso Party co-leader Nia Farrant said the party would seek a debate.', 'Nia Farrant'), ['Kelso Party co-leader']);
    assert.deepStrictEqual(rolesOf('The club\'s co-owner, Dev Harland, said it would appeal.', 'Dev Harland'), ['club\'s co-owner']);
    assert.deepStrictEqual(rolesOf('Ex-minister Orla Bramwell said the plan would fail.', 'Orla Bramwell'), ['Ex-minister']);
  });

  it('leaves a prefixed word that is no title alone', () => {
    assert.deepStrictEqual(rolesOf('The co-op Nia Farrant ran said it would close.', 'Nia Farrant'), []);
  });

  it('reads a name after "the start-up" as a company, whatever its last word', () => {
    assert.deepStrictEqual(entityKinds('A rocket built by the start-up Tervane Space broke apart. Tervane said it would investigate.'), ['org:Tervane Space']);
    assert.deepStrictEqual(mentionLabels('Funds went to the Oslo start-up Brisk Orbit last year.'), ['o:Brisk Orbit']);
  });

  it('leaves a person after a hyphenated word that is no trade noun a person', () => {
    assert.deepStrictEqual(mentionLabels('The follow-up Dana Kelso wrote was short.'), ['p:Dana Kelso']);
  });
});
