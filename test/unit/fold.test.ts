// Names spelt with and without letters that Unicode does not decompose are the same name.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { compareDocuments } from '../../src/core/compare';
import { foldLetters } from '../../src/core/fold';

describe('foldLetters', () => {
  const cases: [string, string][] = [
    ['Yalın', 'Yalin'], ['Jałęka', 'Jaleka'], ['Søren Kierkegaard', 'Soren Kierkegaard'], ['Straße', 'Strasse'],
    ['Đoković', 'Dokovic'], ['Ægir', 'AEgir'], ['Sébastien', 'Sebastien'],
  ];
  for (const [input, expected] of cases) {
    it(`${input} → ${expected}`, () => assert.strictEqual(foldLetters(input), expected));
  }
});

describe('links across spellings', () => {
  it('links "Hakan Firat"/"Hakan Fırat" and "Lech Jałęka"/"Lech Jaleka" between two articles', () => {
    const a = analyzeText('Foreign Minister Hakan Fırat met Lech Jałęka in Gdańsk.');
    const b = analyzeText('Turkish Foreign Minister Hakan Firat met former president Lech Jaleka.');
    const x = compareDocuments(a, b);
    const both = x.entities.filter(e => e.presence === 'both').map(e => e.name).sort();
    assert.strictEqual(both.length, 2, JSON.stringify(x.entities.map(e => [e.name, e.presence])));
  });
});
