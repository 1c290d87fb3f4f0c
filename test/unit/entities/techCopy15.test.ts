// Technology and tech-policy copy (round 15, test/fixtures/fresh22/README.md): a company whose name opens with a
// lower-case letter, a fund whose name holds a street word, a trade body named after a region in apposition, an
// outlet after "for" in a picture credit, a web page's time zone, a start-up called by the first word of "X Labs",
// a regional unit beside its group, and a company credited by "the company wrote". Invented sentences.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';

const entities = (text: string): { kind: string; mentions: string[] }[] => analyzeText(text).entities
  .map(entity => ({ kind: entity.kind, mentions: entity.mentions.map(mention => text.slice(mention.start, mention.end)) }));
const named = (text: string, kind: string): string[][] => entities(text).filter(entity => entity.kind === kind).map(entity => entity.mentions);

describe('technology copy (round 15)', () => {
  it('finds a company whose name opens with a lower-case letter ("iVenta"), not products written so ("nestPay")', () => {
    const text = 'The complaint came from the Dutch marketplace iVenta BV.\n\nThe law firm acting for iVenta said its client lost sales. iVenta\'s chief executive agreed.';
    assert.deepStrictEqual(named(text, 'org'), [['iVenta BV', 'iVenta', 'iVenta']]);
    const product = 'Vardo Systems said its payment app, nestPay, was safe.';
    assert.ok(!entities(product).some(entity => entity.mentions.includes('nestPay')), JSON.stringify(entities(product)));
  });
  it('reads a fund whose name holds a street word as a company, not a place', () => {
    const text = 'The round was led by Pinecrest Ventures, with Birch Lane Capital and Mill Road Partners also taking part.';
    assert.deepStrictEqual(named(text, 'org'), [['Pinecrest Ventures'], ['Birch Lane Capital'], ['Mill Road Partners']]);
  });
  it('reads a name ending in a region as a body where an appositive calls it a trade body', () => {
    const text = 'Digital Retail Britain, a trade body whose members include Vardo Systems, warned that the rules were unclear.';
    assert.ok(named(text, 'org').some(mentions => mentions.includes('Digital Retail Britain')), JSON.stringify(entities(text)));
    assert.deepStrictEqual(named('Tom Halder, a body shop owner in Kelso, declined to comment.', 'org'), []);
  });
  it('credits the outlet after "for" in a picture credit, and reads no body in a time stamp\'s zone', () => {
    const text = 'By Dana Kelso | Updated Oct. 14, 2026, 9:12 a.m. ET\n\nThe chief executive at a conference last year. (Photo: Jordan Pell for Wirefront)';
    assert.deepStrictEqual(named(text, 'org'), [['Wirefront']]);
  });
  it('reads the first word of a company named "X Labs" alone as the company', () => {
    const text = 'Quorvel Labs said on Monday it had closed the server.\n\nQuorvel said it would write to users. A partner who sits on Quorvel\'s board said the fund stood behind the founders.';
    assert.deepStrictEqual(named(text, 'org'), [['Quorvel Labs', 'Quorvel', 'Quorvel']]);
  });
  it('keeps a group named first by its word alone apart from its regional unit', () => {
    const text = 'Regulators fined Parcelly on Monday.\n\nParcelly runs its European business through Parcelly Europe Ltd, which employs 900 people. Parcelly said it would appeal.';
    const orgs = named(text, 'org');
    assert.ok(orgs.some(mentions => mentions.includes('Parcelly Europe Ltd') && !mentions.includes('Parcelly')), JSON.stringify(orgs));
    assert.ok(orgs.some(mentions => mentions.includes('Parcelly') && !mentions.includes('Parcelly Europe Ltd')), JSON.stringify(orgs));
  });
  it('still joins a unit\'s first word to the unit where the unit is named first', () => {
    const text = 'Vardo UK Ltd will close two depots, it said on Monday.\n\nVardo said 300 jobs would go.';
    assert.deepStrictEqual(named(text, 'org'), [['Vardo UK Ltd', 'Vardo']]);
  });
  it('credits "the company wrote" to the one company named with its legal form', () => {
    const text = 'Regulators fined Vardo Systems Inc. on Monday.\n\nIn a blog post, Vardo Systems said it would appeal. "We will fight this ruling," the company wrote.';
    const analysis = analyzeText(text);
    const quote = analysis.quotes.find(q => text.slice(q.start, q.end).startsWith('We will fight'));
    const speaker = analysis.entities.find(entity => entity.id === quote?.speakerId);
    assert.strictEqual(speaker?.name, 'Vardo Systems Inc');
  });
});
