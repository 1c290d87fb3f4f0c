// Kinds the lead's probes of round 26 found in invented space-industry and antipodean political copy: a title written
// with a prefix the tagger keeps in one word ("co-leader", "ex-minister"), which gave the person no role; and a body's
// trade noun written with a hyphen ("the start-up X"), which the tagger splits and the body-noun rule missed; an
// association named by the bodies it joins ("School Boards' Association"); two peoples' adjectives opening a body's name
// ("the British and Irish …"); and "the club said", "the zoo said" after a club or a zoo named before, left without a
// speaker. Every sentence and name is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { entityKinds, mentionLabels, rolesOf } from './support/entityQueries';

function speakers(text: string): (string | null)[] {
  const analysis = analyzeText(text);
  return analysis.quotes.map(quote => analysis.entities.find(entity => entity.id === quote.speakerId)?.name ?? null);
}

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

  it('keeps the plural possessive of the bodies an association joins inside its name', () => {
    assert.deepStrictEqual(mentionLabels('The Vardo Rural Councils\' Association welcomed the move.'), ['o:Vardo Rural Councils\' Association']);
    assert.deepStrictEqual(mentionLabels('The Kelso School Boards\' Association said no.'), ['o:Kelso School Boards\' Association']);
  });

  it('reads two peoples\' adjectives joined by "and" before a body\'s name as one body', () => {
    assert.deepStrictEqual(mentionLabels('The Welsh and Cornish Rowing Union said no.'), ['o:Welsh and Cornish Rowing Union']);
    assert.deepStrictEqual(mentionLabels('The Danish and Dutch Association of Ferry Operators said no.'), ['o:Danish and Dutch Association of Ferry Operators']);
  });

  it('credits "the club said" to a club named before, and "the zoo said" to the zoo', () => {
    assert.deepStrictEqual(speakers('Marwick Rovers sacked their coach on Monday. The club said it was "a hard call but the right one".'), ['Marwick Rovers']);
    assert.deepStrictEqual(speakers('Keepers at Tarrow Zoo were told to pack. The zoo said the animals would be "far better off in a herd".'), ['Tarrow Zoo']);
  });

  it('leaves "the club said" unresolved when no body named before is a club', () => {
    assert.deepStrictEqual(speakers('Kelso Council closed the ground on Monday. The club said it was "a hard call but the right one".'), [null]);
  });

  it('reads American local and state titles spelt their own way ("councilor", "Assemblywoman") as roles, not name words', () => {
    assert.deepStrictEqual(rolesOf('Her challenger, city councilor Dario Mbeki, said the homes were the wrong kind.', 'Dario Mbeki'), ['challenger', 'city councilor']);
    assert.deepStrictEqual(mentionLabels('State Assemblywoman Rosa Quillan, a Democrat, said no.'), ['p:Rosa Quillan']);
    assert.deepStrictEqual(rolesOf('Assemblyman Teo Varga said the bill would pass.', 'Teo Varga'), ['Assemblyman']);
  });

  it('reads a British police community officer\'s rank, a priest\'s style and service ranks before a name as roles', () => {
    assert.deepStrictEqual(rolesOf('PCSO Dev Harland said the patrols would go on.', 'Dev Harland'), ['PCSO']);
    assert.deepStrictEqual(rolesOf('Mgr Tomas Brell led the funeral Mass.', 'Tomas Brell'), ['Mgr']);
    assert.deepStrictEqual(rolesOf('Sapper Ollie Venn, 22, was hurt in the blast.', 'Ollie Venn'), ['Sapper']);
  });

  it('leaves "PC" before a shop\'s name alone', () => {
    assert.ok(!mentionLabels('PC Warehouse said sales rose.').includes('p:Warehouse'));
  });
});

