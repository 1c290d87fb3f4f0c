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

// Round 15 (fresh26): North American playing positions and college posts. Invented sentences.
describe('sports copy: North American positions', () => {
  it('reads a one-word position before a name as a post, also opening a sentence', () => {
    assert.deepStrictEqual(rolesOf('Kicker Dana Kelso made a 41-yard field goal with a minute left.', 'Dana Kelso'), ['Kicker']);
    assert.deepStrictEqual(rolesOf('The Marwick Comets lost goaltender Ivo Darrel to injury.', 'Ivo Darrel'), ['goaltender']);
  });
  it('reads a team before "safety" as the team and the whole as the post', () => {
    assert.deepStrictEqual(rolesOf('Castor was hit by Marwick safety Tam Orley in the third quarter.', 'Tam Orley'), ['Marwick safety']);
  });
  it('does not read a word before a post that a question mark ends as a club', () => {
    assert.deepStrictEqual(kinds('The flyer asked: “Trade safety? Trade pensions? Vote no.”'), []);
    assert.ok(kinds('Earlier in the match the Dunmore captain, Tam Orley, had made 40 runs.').includes('org:Dunmore'));
  });
  it('reads a listed two-word position as one post, in lower case or opening a sentence', () => {
    assert.deepStrictEqual(rolesOf('The Comets lost tight end Mira Solt to a knee injury.', 'Mira Solt'), ['tight end']);
    assert.deepStrictEqual(rolesOf('Running back Ola Brisk carried the ball 22 times.', 'Ola Brisk'), ['Running back']);
    assert.deepStrictEqual(rolesOf('The team will miss point guard Tam Orley for a month.', 'Tam Orley'), ['point guard']);
  });
  it('does not read "end" or "back" alone before a name as a post', () => {
    assert.deepStrictEqual(rolesOf('At the end Dana Kelso said the talks had failed.', 'Dana Kelso'), []);
    assert.deepStrictEqual(rolesOf('He wrote back Dana Kelso on Tuesday.', 'Dana Kelso'), []);
  });
  it('keeps a capitalised "Safety" or "Receiver" a word of a body\'s name', () => {
    assert.ok(kinds('The Kelso Safety Board said it would look into the crash.').includes('org:Kelso Safety Board'));
  });
  it('reads "athletic director" as one post, and "Athletic" capitalised as a club\'s name word', () => {
    assert.deepStrictEqual(rolesOf('The search will be led by deputy athletic director Mira Solt.', 'Mira Solt'), ['deputy athletic director']);
    assert.deepStrictEqual(rolesOf('Kelso Athletic manager Tam Orley said the side was tired.', 'Tam Orley'), ['Kelso Athletic manager']);
  });
});

describe('sports copy: college programmes', () => {
  it('joins "X State" to "X State University" named earlier, and leaves "Kelso" of "Kelso University" the town', () => {
    const a = analyzeText('Dana Kelso joined Marwick State University in 2019. She left Marwick State in June.');
    const university = a.entities.find(e => e.name === 'Marwick State University');
    assert.ok(university && university.kind === 'org');
    assert.strictEqual(university.mentions.length, 2);
    assert.ok(!kinds('Tam Orley teaches at Dunmore University. He moved to Dunmore in May.').includes('org:Dunmore'));
  });
  it('does not read a sport opening a sentence before a post as a club', () => {
    assert.deepStrictEqual(kinds('Football coach Tam Orley, who was hired in 2021, was cleared.'), ['person:Tam Orley']);
    assert.ok(kinds('Kelso coach Tam Orley said the side was tired after the match.').includes('org:Kelso'));
  });
});
