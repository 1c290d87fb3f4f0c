// International wire copy of round 14 (test/fixtures/fresh19/README.md): a dateline with the agency's credit in
// brackets, names from other languages, a forum of states, a region's people before "states", a person of one name
// who speaks after "said", and a minister placed by the one met. Invented sentences and names.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';

function kindOf(text: string, name: string): string | undefined {
  return analyzeText(text).entities.find(entity => entity.name === name || entity.aliases.includes(name))?.kind;
}

function rolesOf(text: string, name: string): string[] {
  return analyzeText(text).entities.find(entity => entity.name === name)?.roles.map(role => role.text) ?? [];
}

describe('international wire copy (round 14)', () => {
  it('reads the place of a dateline "KERAVO (AFP) -" as a place, and the agency as a body', () => {
    const entities = analyzeText('KERAVO (AFP) - Rescuers dug through the night. Aid reached Keravo on Thursday, officials said.').entities;
    assert.deepStrictEqual(entities.map(entity => [entity.name, entity.kind]), [['AFP', 'org']]);
  });

  it('keeps Spanish "de los" inside a personal name, in full and alone', () => {
    const a = analyzeText('The foreign minister, Lucia de los Montes, spoke first. "We are ready," de los Montes said.');
    const person = a.entities.find(entity => entity.name === 'Lucia de los Montes');
    assert.strictEqual(person?.kind, 'person');
    assert.strictEqual(person?.mentions.length, 2);
  });

  it('reads "Forum of X and Y States" as one body, and a compass word before a nationality as no body', () => {
    const text = 'Ministers from Gulf and West African states met. The Forum of Gulf and West African States (FGWAS) said it agreed.';
    const bodies = analyzeText(text).entities.filter(entity => entity.kind === 'org').map(entity => entity.name);
    assert.deepStrictEqual(bodies, ['Forum of Gulf and West African States']);
  });

  it('finds a person of one name who speaks after "said" with an age and a trade after the name', () => {
    const text = 'The water rose fast. "We lost the boat and the nets," said Sumarni, 58, a fish seller from the port.';
    assert.strictEqual(kindOf(text, 'Sumarni'), 'person');
    assert.deepStrictEqual(rolesOf(text, 'Sumarni'), ['fish seller from the port']);
    const quote = analyzeText(text).quotes[0];
    assert.ok(quote.speakerId, 'the quotation has a speaker');
  });

  it('gives "his Vardish counterpart X" as a role', () => {
    assert.deepStrictEqual(rolesOf('The minister met his Vardish counterpart Tomas Rell on Monday.', 'Tomas Rell'), ['Vardish counterpart']);
  });
});
