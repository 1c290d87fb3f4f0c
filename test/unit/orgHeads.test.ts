// Organisations recognised by the shape of their names: an industry noun at the end ("… Semiconductor"),
// a German or Dutch compound ending in an organisation noun, and named storms and operations that are things.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';

function kinds(text: string): string[] {
  return analyzeText(text).entities
    .flatMap(e => e.mentions.map(m => ({ start: m.start, label: `${e.kind === 'person' ? 'p' : 'o'}:${m.text}` })))
    .sort((x, y) => x.start - y.start)
    .map(m => m.label);
}

describe('organisations named by their shape', () => {
  const cases: [string, string[]][] = [
    ['Daewon Semiconductor said on Monday it would buy Marusei Optics for $2bn.', ['o:Daewon Semiconductor', 'o:Marusei Optics']],
    ['Shares in Kavali Petroleum and Oyelaran Textiles fell.', ['o:Kavali Petroleum', 'o:Oyelaran Textiles']],
    ['Investors sold Tata Steel and bought Rongsheng Chemicals.', ['o:Tata Steel', 'o:Rongsheng Chemicals']],
    ['The Biju Janata Dal walked out of the assembly.', ['o:Biju Janata Dal']],
    ['The Deutscher Bauernverband rejected the plan.', ['o:Deutscher Bauernverband']],
    ['A spokesman for Hessische Landesbank declined to comment.', ['o:Hessische Landesbank']],
  ];
  for (const [sentence, expected] of cases) {
    it(sentence, () => assert.deepStrictEqual(kinds(sentence), expected));
  }

  it('keeps the short form of an industry-named company with the company, not as a person', () => {
    const a = analyzeText('Daewon Semiconductor will pay in cash. Daewon said the deal would close in May.');
    const daewon = a.entities.filter(e => e.mentions.some(m => m.text === 'Daewon'));
    assert.strictEqual(daewon.length, 1);
    assert.strictEqual(daewon[0].kind, 'org');
    assert.strictEqual(daewon[0].mentions.length, 2);
  });

  it('still reads a title before a department as a title, not an organisation', () => {
    assert.deepStrictEqual(kinds('Energy Secretary Chris Wright met Secretary of Energy Jennifer Granholm.'), ['p:Chris Wright', 'p:Jennifer Granholm']);
  });
});

describe('named storms and operations are not people', () => {
  const cases: [string, string[]][] = [
    ['Cyclone Remal hit the coast on Sunday, officials said.', []],
    ['Typhoon Gaemi forced Taiwan Power to cut supplies.', ['o:Taiwan Power']],
    ['Operation Sindoor began at dawn, Anil Chauhan said.', ['p:Anil Chauhan']],
  ];
  for (const [sentence, expected] of cases) {
    it(sentence, () => assert.deepStrictEqual(kinds(sentence), expected));
  }
});
