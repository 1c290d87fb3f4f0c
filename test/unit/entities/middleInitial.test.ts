// A one-letter middle initial that is also an honorific ("M." for Monsieur) stays inside the name after a
// given name: one person, not a given name and a "Monsieur" (invented names, several outlets' styles).
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';

function people(text: string): string[] {
  return analyzeText(text).entities.filter(entity => entity.kind === 'person').map(entity => entity.name);
}

describe('a middle initial "M." after a given name', () => {
  it('keeps "Harold M. Brisco" one person (Washington Post style, title before)', () => {
    assert.deepStrictEqual(people('Senate Minority Leader Harold M. Brisco (D-Nev.) said the bill was shameful.'), ['Harold M. Brisco']);
  });

  it('keeps a name opening a sentence whole, and its later honorific form joins it (NYT style)', () => {
    const entities = analyzeText('Rosalind M. Lerida, 63, said she wanted change. Ms. Lerida works as a secretary.').entities;
    const lerida = entities.find(entity => entity.name === 'Rosalind M. Lerida');
    assert.ok(lerida, 'the full name is found');
    assert.ok(lerida.aliases.includes('Ms. Lerida'));
  });

  it('still reads "M." before a surname as an honorific', () => {
    assert.deepStrictEqual(people('President Dorval met M. Dupuis on Friday.').sort(), ['Dorval', 'Dupuis']);
  });
});
