// Open kinds left from round 16's sets (round 17, r17-gaps): offices named as bodies, a post ending in an honour, a
// bracketed status inside a rank, a participle inside a post, unknown towns after "lives in", dotted honorifics the
// sentence splitter did not know. Invented names throughout.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { entityWithMention, rolesOf } from './support/entityQueries';

describe('offices named as bodies (round 17)', () => {
  it('"the X Y Executive" and "the X Y Ombudsman" are bodies, whole', () => {
    const text = 'Staff were told on Monday.\n\nDana Kelso, who heads the Coastal Works Executive, said costs had risen. Tenants wrote to the Harbour Services Ombudsman in May.';
    assert.strictEqual(entityWithMention(text, 'Coastal Works Executive')?.kind, 'org');
    assert.strictEqual(entityWithMention(text, 'Harbour Services Ombudsman')?.kind, 'org');
    assert.strictEqual(entityWithMention(text, 'Harbour Services'), undefined);
  });

  it('opening a sentence after "The", with its abbreviation in brackets', () => {
    const text = 'Staff were told on Monday.\n\nThe Coastal Works Executive (CWE) has confirmed that the contract was late.';
    const body = entityWithMention(text, 'Coastal Works Executive');
    assert.strictEqual(body?.kind, 'org');
    assert.ok(body.mentions.some(m => m.text === 'CWE'));
  });

  it('a rank before the head, or a name after it, keeps the title a person\'s', () => {
    const text = 'Staff were told on Monday.\n\nThe Works Executive Orla Brandt spoke first. The Vardo Group Chief Executive said little.';
    assert.strictEqual(entityWithMention(text, 'Orla Brandt')?.kind, 'person');
    assert.ok(!analyzeText(text).entities.some(e => /Chief Executive$/.test(e.name)));
  });
});

describe('a post ending in an honour, a bracketed status (round 17)', () => {
  it('"X, the Second Harbour Lord," is the person\'s post; "Dana Lord" stays a name', () => {
    const text = 'Officials met on Monday.\n\nAdmiral Sir Dana Kelso, the Second Harbour Lord, told the hearing that ships were late. Dana Lord said nothing.';
    assert.ok(rolesOf(text, 'Dana Kelso').includes('Second Harbour Lord'));
    assert.strictEqual(entityWithMention(text, 'Dana Lord')?.kind, 'person');
  });

  it('"Colonel (retired) X" and "Colonel (retd) X" keep the rank with its bracket as the role', () => {
    const text = 'Officials met.\n\nColonel (retired) Tom Wrede, a fellow at the Vardo Institute, said the plan failed.\n\nHis colleague Colonel (retd) Ivo Sandal said the report should be published.';
    assert.ok(rolesOf(text, 'Tom Wrede').includes('Colonel (retired)'));
    assert.ok(rolesOf(text, 'Ivo Sandal').includes('Colonel (retd)'));
  });

  it('a bracket that is no status gives no role through it', () => {
    const text = 'Officials met.\n\nColonel (pictured) Tom Wrede said the plan failed.';
    assert.ok(!rolesOf(text, 'Tom Wrede').some(r => r.includes('(')));
  });

  it('"X, who is also Vicar of Y,": an adverb after the copula is no part of the post', () => {
    const text = 'Officials met.\n\nCanon Tom Wrede, who is also Vicar of Marwick, said he was sorry.';
    assert.ok(rolesOf(text, 'Tom Wrede').includes('Vicar of Marwick'));
  });

  it('"a former armoured squadron commander": a participle before a noun is no verb of a clause', () => {
    const text = 'Officials met.\n\nIdris Penhale, a former armoured squadron commander, said the vehicles were late.';
    assert.deepStrictEqual(rolesOf(text, 'Idris Penhale'), ['former armoured squadron commander']);
  });
});

describe('towns and dotted honorifics (round 17)', () => {
  it('two unknown capitalised words after "lives in" are a town, not a person', () => {
    const text = 'Officials met.\n\nDana Kelso, 41, a driver who lives in Kaja Vellamo, said the fare was too high.';
    assert.strictEqual(entityWithMention(text, 'Kaja Vellamo'), undefined);
  });

  it('"Minister Smt. X": the honorific\'s full stop ends no sentence, and the title is the person\'s', () => {
    const text = 'Officials met.\n\nHousing Minister Smt. Orla Brandt, who came with him, said the wall had been fixed.';
    assert.deepStrictEqual(rolesOf(text, 'Orla Brandt'), ['Housing Minister']);
  });
});
