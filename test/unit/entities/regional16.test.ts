// Regional English-language copy outside the UK and the US (round 16, fresh31): Indian papers and wires, Irish local
// papers and broadcasters. Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';
import { linkAnalyses } from '../../../src/core/link';

function kinds(text: string): string[] {
  return analyzeText(text).entities.map(e => `${e.kind}:${e.name}`).sort();
}

function rolesOf(text: string, name: string): string[] {
  const e = analyzeText(text).entities.find(x => x.name === name);
  assert.ok(e, `no entity ${name} in ${kinds(text).join(', ')}`);
  return e.roles.map(r => r.text);
}

describe('regional copy: Indian honorifics and titles', () => {
  it('leaves "Shri" and "Smt." out of the name, as "Mr" and "Mrs" are', () => {
    assert.deepStrictEqual(kinds('Shri Tom Wrede said the dam was safe. Smt. Orla Brandt disagreed.'), ['person:Orla Brandt', 'person:Tom Wrede']);
  });
  it('reads "District Collector X" as a post, not a body', () => {
    assert.deepStrictEqual(kinds('District Collector Dana Kelso said 12 camps were open.'), ['person:Dana Kelso']);
    assert.deepStrictEqual(rolesOf('District Collector Dana Kelso said 12 camps were open.', 'Dana Kelso'), ['District Collector']);
  });
  it('reads "CM" in a headline as the chief minister\'s title, no body', () => {
    assert.deepStrictEqual(kinds('Floods in Vardo: CM orders inquiry\n\nIdris Penhale said the canal had failed.'), ['person:Idris Penhale']);
  });
  it('ends a party\'s or an association\'s name in "Paksha", "Sangha", "Samiti", "Parishad"', () => {
    assert.deepStrictEqual(kinds('Members of the ruling Marwick Jana Paksha walked out.'), ['org:Marwick Jana Paksha']);
    assert.deepStrictEqual(kinds('Ivo Sandal, president of the Tarrow Raitha Sangha, said crops were lost.'), ['org:Tarrow Raitha Sangha', 'person:Ivo Sandal']);
  });
  it('reads "X taluk" as a place, so the town is no short form of a body named after it', () => {
    const a = analyzeText('Water entered 14 villages in Vardo taluk on Monday. The Vardo Irrigation Corporation Ltd said repairs had begun.');
    assert.deepStrictEqual(a.entities.map(e => `${e.kind}:${e.name}:${e.mentions.length}`), ['org:Vardo Irrigation Corporation Ltd:1']);
  });
});

describe('regional copy: Irish titles, county and police', () => {
  it('reads "Cathaoirleach of X Council" as a post', () => {
    assert.deepStrictEqual(rolesOf('Cllr Orla Brandt, Cathaoirleach of Marwick County Council, said the vote was clear.', 'Orla Brandt'),
      ['Cllr', 'Cathaoirleach of Marwick County Council']);
  });
  it('does not read "TD" as a body', () => {
    assert.ok(!kinds('Tom Wrede, a TD for the area, said he would raise it.').some(k => k.startsWith('org:')));
  });
  it('reads "Co X" as a county, no body', () => {
    assert.deepStrictEqual(kinds('Councillors in Co Marwick opposed the plan, Dana Kelso said.'), ['person:Dana Kelso']);
  });
  it('reads "Garda" before a noun as the police\'s word, no person', () => {
    assert.deepStrictEqual(kinds('Kelderwick Garda station will close at night. The move was confirmed by Garda management, Dana Kelso said.'),
      ['person:Dana Kelso']);
  });
  it('keeps a chamber of commerce\'s town its own: the town alone is no short form of the chamber', () => {
    const a = analyzeText('Tarrow will see more patrols, Dana Kelso said. The Tarrow Chamber of Commerce will meet on Tuesday.');
    const chamber = a.entities.find(e => e.name === 'Tarrow Chamber of Commerce');
    assert.ok(chamber && chamber.mentions.length === 1, kinds('x').join());
  });
});

describe('regional copy: a police rank\'s senior grade before its abbreviation', () => {
  it('reads "Chief Supt X" as one role', () => {
    assert.deepStrictEqual(rolesOf('Chief Supt Orla Brandt told the meeting that patrols would rise.', 'Orla Brandt'), ['Chief Supt']);
  });
});

describe('regional copy: an Indian private company\'s legal form', () => {
  it('joins "X Pvt Ltd" in one report to "X" in another', () => {
    const [a, b] = linkAnalyses([
      analyzeText('The canal was repaired in May by Kelderwick Infratech Pvt Ltd under a contract, Dana Kelso said.'),
      analyzeText('The firm Kelderwick Infratech carried out the works in May, Dana Kelso said.'),
    ]);
    const idOf = (analysis: typeof a, name: string): string | undefined => analysis.entities.find(e => e.name.startsWith(name))?.id;
    assert.ok(idOf(a, 'Kelderwick Infratech'), 'the company is found');
    assert.strictEqual(idOf(a, 'Kelderwick Infratech'), idOf(b, 'Kelderwick Infratech'));
  });
});
