// Sports and local-paper copy (round 12, fresh13): papers named short, teams named by a town and a nickname, split
// hyphenated posts and the posts of the transfer market. Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';

function kinds(text: string): string[] {
  return analyzeText(text).entities.map(e => `${e.kind}:${e.name}`).sort();
}

function rolesOf(text: string, name: string): string[] {
  const e = analyzeText(text).entities.find(x => x.name === name);
  assert.ok(e, `no entity ${name}`);
  return e.roles.map(r => r.text);
}

describe('sports copy: papers named short', () => {
  it('reads "told the Gazette" as the paper', () => {
    assert.deepStrictEqual(kinds('Tam Orley told the Gazette that he would stay at the club.'), ['org:Gazette', 'person:Tam Orley']);
  });
  it('ends a paper\'s name in "Clarion" and joins the short name to it', () => {
    const a = analyzeText('Tam Orley spoke to the Marlow Clarion on Monday. He told the Clarion he would stay.');
    const paper = a.entities.find(e => e.name === 'Marlow Clarion');
    assert.ok(paper && paper.kind === 'org');
    assert.strictEqual(paper.mentions.length, 2);
  });
  it('leaves "the News" alone', () => {
    assert.deepStrictEqual(kinds('Tam Orley said he saw it on the News at six.'), ['person:Tam Orley']);
  });
});

describe('sports copy: a town and a nickname', () => {
  it('types "<unknown town> <plural nickname>" as a team in a sentence of sport, without "the"', () => {
    assert.deepStrictEqual(kinds('Dunmore sit a point above Tollbridge Falcons, who face relegation.'), ['org:Dunmore', 'org:Tollbridge Falcons']);
  });
  it('keeps a first name and a plural surname a person', () => {
    assert.ok(kinds('The striker thanked Tara Falcons, who scored twice in the match.').includes('person:Tara Falcons'));
  });
  it('reads a "-men" nickname alone after "the" as a team, not a plural in "-s"', () => {
    assert.ok(kinds('Orley scored twice as the Quarrymen took the derby.').includes('org:Quarrymen'));
    assert.ok(!kinds('The rebels say their goals are clear and the Kurds agree.').some(k => k.endsWith(':Kurds')));
  });
});

describe('sports copy: posts', () => {
  it('reads a hyphenated post the tagger splits ("centre-back", "full-back")', () => {
    assert.deepStrictEqual(rolesOf('Ivo Darrel, the Welsh centre-back, said the side would recover.', 'Ivo Darrel'), ['Welsh centre-back']);
    assert.deepStrictEqual(rolesOf('Ivo Darrel, the full-back, said the side would recover.', 'Ivo Darrel'), ['full-back']);
  });
  it('reads an agent and a top scorer as posts', () => {
    assert.deepStrictEqual(rolesOf('Agent Mira Solt said the talks were over.', 'Mira Solt'), ['Agent']);
    assert.deepStrictEqual(rolesOf("Ola Brisk, the club's top scorer last season, was injured.", 'Ola Brisk'), ["club's top scorer last season"]);
  });
  it('does not read a plural "Agents" in a law\'s name as a title', () => {
    assert.ok(!kinds('He was charged under the Overseas Agents Registration Act on Friday.').some(k => k.startsWith('person:')));
  });
});
