// Defence and church copy (round 16, fresh30): defence firms in the British spelling, a portfolio's modifiers opening a
// sentence before a lower-case title, clergy's styles and titles before a name, church bodies. Invented names throughout.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';

function entityOf(text: string, name: string) {
  return analyzeText(text).entities.find(x => x.mentions.some(m => m.text === name));
}

function rolesOf(text: string, name: string): string[] {
  const e = analyzeText(text).entities.find(x => x.name === name);
  assert.ok(e, `no entity ${name}`);
  return e.roles.map(r => r.text);
}

describe('defence firms and portfolios (round 16)', () => {
  it('"X Defence" is a company, in both spellings, and its first word alone is the company', () => {
    const text = 'The hulls are built by Kelmarsh Defence at Tarrow. Shares in Kelmarsh fell 2%.';
    assert.strictEqual(entityOf(text, 'Kelmarsh Defence')?.kind, 'org');
    assert.strictEqual(entityOf(text, 'Kelmarsh')?.kind, 'org');
    assert.strictEqual(entityOf('The radar was made by Orvane Defense in Ohio.', 'Orvane Defense')?.kind, 'org');
  });

  it('two firms joined by "and" stay two firms', () => {
    const e = analyzeText('It is a joint venture between Kelmarsh Defence and Orvane Dynamics.').entities;
    assert.ok(e.some(x => x.name === 'Kelmarsh Defence' && x.kind === 'org'));
    assert.ok(e.some(x => x.name === 'Orvane Dynamics' && x.kind === 'org'));
  });

  it('"Defence procurement minister X" is one role, and "Defence" opening the sentence no short form of a committee', () => {
    const text = 'The Defence Committee met on Tuesday.\n\nDefence procurement minister Dana Kelso said the ships were late.';
    assert.deepStrictEqual(rolesOf(text, 'Dana Kelso'), ['Defence procurement minister']);
    const committee = entityOf(text, 'Defence Committee');
    assert.ok(committee);
    assert.deepStrictEqual(committee.mentions.map(m => m.text), ['Defence Committee']);
  });

  it('"Health minister X" opening a sentence leaves "Health" out of a body named with it', () => {
    const text = 'The Health Committee sat late.\n\nHealth minister Orla Brandt said the wards were full.';
    assert.deepStrictEqual(entityOf(text, 'Health Committee')?.mentions.map(m => m.text), ['Health Committee']);
  });

  it('"Veterans minister X": another portfolio\'s modifier opens the role', () => {
    assert.deepStrictEqual(rolesOf('Veterans minister Tom Wrede spoke first.', 'Tom Wrede'), ['Veterans minister']);
  });
});

describe('clergy\'s styles and titles (round 16)', () => {
  it('"the Rt Revd", "the Ven", "the Revd Canon" stay out of the name and are its roles', () => {
    const text = 'The Rt Revd Dana Kelso led the service. The Ven Orla Brandt read. The Revd Canon Tom Wrede preached.';
    assert.deepStrictEqual(rolesOf(text, 'Dana Kelso'), ['Rt Revd']);
    assert.deepStrictEqual(rolesOf(text, 'Orla Brandt'), ['Ven']);
    assert.deepStrictEqual(rolesOf(text, 'Tom Wrede'), ['Revd', 'Canon']);
  });

  it('"Father X" and "Canon X" are titles before the name', () => {
    const text = 'Father Ivo Sandal said mass. Canon Orla Brandt spoke after him.';
    assert.deepStrictEqual(rolesOf(text, 'Ivo Sandal'), ['Father']);
    assert.deepStrictEqual(rolesOf(text, 'Orla Brandt'), ['Canon']);
  });

  it('"his father" stays a relation, and a lone "Canon" before a verb is no title', () => {
    assert.deepStrictEqual(rolesOf('His father, Idris Penhale, founded the firm.', 'Idris Penhale'), ['father']);
    assert.ok(entityOf('Kelso Optics and Canon said profits rose.', 'Canon'));
  });

  it('a post before a comma and "the" + style still belongs to the name', () => {
    const text = 'The Archbishop of Vardo, the Most Rev Idris Penhale, wrote to every parish. The Archdeacon of Tarrow, the Ven Orla Brandt, agreed.';
    assert.deepStrictEqual(rolesOf(text, 'Idris Penhale'), ['Archbishop of Vardo', 'Most Rev']);
    assert.deepStrictEqual(rolesOf(text, 'Orla Brandt'), ['Archdeacon of Tarrow', 'Ven']);
  });

  it('a diocese and a synod are bodies', () => {
    const text = 'A member of the General Synod, Tom Wrede, said the Diocese of Tarrow would close six parishes.';
    assert.strictEqual(entityOf(text, 'General Synod')?.kind, 'org');
    assert.strictEqual(entityOf(text, 'Diocese of Tarrow')?.kind, 'org');
  });
});

describe('church press and desks (round 16)', () => {
  it('a paper named "X Tidings" is an outlet, on its dateline line and after "told"', () => {
    const text = 'By Ivo Sandal\n\nParish Tidings, 3 March 2026\n\nThe vicar, Dana Kelso, told Parish Tidings the roof would be mended.';
    const outlet = entityOf(text, 'Parish Tidings');
    assert.strictEqual(outlet?.kind, 'org');
    assert.strictEqual(outlet?.mentions.length, 2);
  });

  it('"Religious Affairs Correspondent" under a byline is the writer\'s post, no name of its own', () => {
    const text = 'Bishop says sorry\n\nOrla Brandt\nReligious Affairs Correspondent\n\nThe regulator said so.';
    assert.deepStrictEqual(analyzeText(text).entities.map(e => e.name), ['Orla Brandt']);
    assert.deepStrictEqual(rolesOf(text, 'Orla Brandt'), ['Religious Affairs Correspondent']);
  });

  it('"Affairs" and "Veterans" inside a department\'s name leave the department whole', () => {
    const text = 'The Department of Veterans Affairs said so. The Ministry of Home Affairs agreed.';
    assert.strictEqual(entityOf(text, 'Department of Veterans Affairs')?.kind, 'org');
    assert.strictEqual(entityOf(text, 'Ministry of Home Affairs')?.kind, 'org');
  });
});
