// East and Southeast Asian English-language copy (round 16, test/fixtures/fresh33): a name written family name first
// in one outlet and given name first in another, Malay honours of one and two words ("Datuk", "Tan Sri"), a post
// "Minister of State for X", "a warehouse supervisor", a sum after a currency's code, Malay bodies whose head noun comes first and Malay place
// names opening with "Bukit" or "Pulau". Every sentence and name is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { namedMentionLabels, rolesOf } from './support/entityQueries';
import { linkAnalyses, nameOrderKeys } from '../../src/core/link';
import type { DocumentAnalysis } from '../../src/core/model';

function idOf(a: DocumentAnalysis, mention: string): string | undefined {
  return a.entities.find(e => e.mentions.some(m => m.text === mention))?.id;
}

describe('East and Southeast Asian copy (round 16)', () => {
  it('links a two-word name written family name first in one report and given name first in another', () => {
    const [a, b] = linkAnalyses([analyzeText('Veyama Ren, 58, the company\'s president, said he would resign.'),
      analyzeText('The company\'s president, Ren Veyama, said he would resign.')]);
    assert.strictEqual(idOf(a, 'Veyama Ren'), idOf(b, 'Ren Veyama'));
  });

  it('keys only two-word names by their words in either order, not three-word names or initials', () => {
    assert.deepStrictEqual(nameOrderKeys(['veyama', 'ren']), nameOrderKeys(['ren', 'veyama']));
    assert.deepStrictEqual(nameOrderKeys(['tarn', 'wei', 'lok']), []);
    assert.deepStrictEqual(nameOrderKeys(['jd', 'kelso']), []);
  });

  it('leaves Malay honours of one and two words out of the name and lists each as one role', () => {
    const text = 'Its chairman, Tan Sri Idris Penhale, said the unit lost money. Datuk Seri Orla Brandt and Datuk Tom Wrede agreed.';
    assert.deepStrictEqual(namedMentionLabels(text), ['p:Idris Penhale:Idris Penhale', 'p:Orla Brandt:Orla Brandt', 'p:Tom Wrede:Tom Wrede']);
    assert.deepStrictEqual(rolesOf(text, 'Idris Penhale'), ['chairman', 'Tan Sri']);
    assert.deepStrictEqual(rolesOf(text, 'Orla Brandt'), ['Datuk Seri']);
  });

  it('keeps "Tan" a surname where no "Sri" follows it', () => {
    assert.deepStrictEqual(namedMentionLabels('Dana Tan said the fare was fair.'), ['p:Dana Tan:Dana Tan']);
  });

  it('reads "Minister of State for X" and "Secretary of State for X" before a name as one post', () => {
    assert.deepStrictEqual(rolesOf('Senior Minister of State for Transport Orla Brandt said the rise would hurt.', 'Orla Brandt'),
      ['Senior Minister of State for Transport']);
    assert.deepStrictEqual(rolesOf('Secretary of State for Health Ivo Sandal said no.', 'Ivo Sandal'), ['Secretary of State for Health']);
  });

  it('reads "a warehouse supervisor" after a name and its age as the person\'s role', () => {
    assert.deepStrictEqual(rolesOf('"It is dear," said Mr Tom Wrede, 41, a warehouse supervisor who lives in Marwick.', 'Tom Wrede'), ['warehouse supervisor']);
  });

  it('does not read a sum after a currency\'s code as a body', () => {
    assert.deepStrictEqual(namedMentionLabels('The fare will rise from RM7.90 to RM10, and the unit lost SGD41 million.'), []);
    assert.deepStrictEqual(namedMentionLabels('The KVR said the talks failed.'), ['o:KVR:KVR']);
  });

  it('reads a Malay body whose head noun comes first as a body, and a Malay place opening with "Bukit" as a place', () => {
    assert.deepStrictEqual(namedMentionLabels('Persatuan Pekerja Vardo, a workers\' group, will gather on Saturday.'),
      ['o:Persatuan Pekerja Vardo:Persatuan Pekerja Vardo']);
    assert.deepStrictEqual(namedMentionLabels('The link between Bukit Vardo and Marwick North opens in May.'), []);
  });
});
