// Corpus mode's stream linker and linkAnalyses read the same short-form rules (link.ts SHORT_FORM_RULES): a team's
// nickname, a body's first remit and a body's opening words link in both, in either order of the documents, and two
// bodies that give one short form link in neither. Invented names and sentences only.
import * as assert from 'assert';
import { assertSameLinks } from './support/linkParity';

describe('corpus mode links as analyze does: the short-form rules', () => {
  it('links a team\'s nickname alone and a body\'s first remit alone to the full name, in either order', () => {
    const groups = assertSameLinks([
      'The Dunmore Otters beat the Marlow Hawks 98-91.\n\nThe Prison and Probation Service said the inmate was found.',
      'The Otters beat the Hawks 98-91 on Saturday.\n\nThe Prison Service said the inmate was found.',
    ]);
    assert.ok(groups.includes('0:Dunmore Otters = 1:Otters'), groups.join(' | '));
    assert.ok(groups.includes('0:Prison and Probation Service = 1:Prison Service'), groups.join(' | '));
  });

  it('links a body named by the opening words of its full name, in either order', () => {
    const groups = assertSameLinks([
      'The Central Bank of Vellmark raised its main rate to 6 per cent on Thursday.',
      'The Central Bank said inflation would fall next year.',
    ]);
    assert.ok(groups.includes('0:Central Bank of Vellmark = 1:Central Bank'), groups.join(' | '));
  });

  it('links neither of two teams with one nickname, nor a name whose longer form adds a head noun', () => {
    const teams = assertSameLinks([
      'The Dunmore Otters beat the Tarrow Otters 98-91.',
      'The Otters beat the Hawks 98-91 on Saturday.',
    ]);
    assert.ok(teams.includes('1:Otters'), teams.join(' | '));
    const council = assertSameLinks([
      'Dunmore City Council approved the new stand on Tuesday.',
      'Dunmore City won 2-0 at home on Saturday.',
    ]);
    assert.ok(council.every(group => !group.includes(' = ')), council.join(' | '));
  });

  it('links full names, surnames and abbreviations as before', () => {
    const groups = assertSameLinks([
      'Ines Castellanos, who chairs the Northern Rivers Authority, said the banks would hold.',
      'Ms Castellanos said the NRA had spent £4m on the defences.',
    ]);
    assert.ok(groups.includes('0:Ines Castellanos = 1:Castellanos'), groups.join(' | '));
  });
});
