import * as assert from 'assert';
import type { CrossReference, DocumentAnalysis, Quote } from '../../src/core/model';
import { buildQuoteRows } from '../../src/core/quoteRows';

function q(text: string, start: number, speakerId: string | null): Quote {
  return { text, start, end: start + text.length, speakerId };
}

function doc(quotes: Quote[], people: [string, string][]): DocumentAnalysis {
  return { textLength: 1000, quotes, entities: people.map(([id, name]) => ({ id, kind: 'person' as const, name, aliases: [], roles: [], mentions: [] })) };
}

describe('buildQuoteRows', () => {
  const a1 = q('We will win this war', 50, 'p1');
  const a2 = q('Only here', 10, null);
  const b1 = q('We will surely win the war', 70, 'p2');
  const b2 = q('Elsewhere only', 5, 'p2');
  const xref: CrossReference = {
    a: doc([a2, a1], [['p1', 'Jane Doe']]),
    b: doc([b2, b1], [['p2', 'John Roe']]),
    entities: [],
    quoteMatches: [{ a: a1, b: b1, kind: 'reworded', similarity: 0.7, speakerMismatch: true }],
    unmatchedQuotes: { a: [a2], b: [b2] },
  };

  it('puts matches first, then the quotes of each side alone', () => {
    const rows = buildQuoteRows(xref);
    assert.deepStrictEqual(rows.map(r => r.kind), ['reworded', 'onlyA', 'onlyB']);
    assert.strictEqual(rows[0].speakerMismatch, true);
    assert.strictEqual(rows[0].a?.speaker, 'Jane Doe');
    assert.strictEqual(rows[0].b?.speaker, 'John Roe');
    assert.strictEqual(rows[1].a?.speaker, null);
    assert.strictEqual(rows[1].b, undefined);
    assert.strictEqual(rows[2].a, undefined);
  });

  it('gives each side its own text back from its tokens, with the differences marked', () => {
    const [row] = buildQuoteRows(xref);
    assert.strictEqual(row.a?.tokens.map(t => t.text).join(''), a1.text);
    assert.strictEqual(row.b?.tokens.map(t => t.text).join(''), b1.text);
    assert.ok(row.a?.tokens.some(t => t.kind === 'removed'));
    assert.ok(row.b?.tokens.some(t => t.kind === 'added'));
    assert.ok(!row.a?.tokens.some(t => t.kind === 'added'));
  });

  it("shows each side's own spelling of the words both share", () => {
    const x: CrossReference = { ...xref, quoteMatches: [{ a: q('We WILL win.', 0, null), b: q('we will win, surely', 0, null), kind: 'reworded', similarity: 0.8, speakerMismatch: false }], unmatchedQuotes: { a: [], b: [] } };
    const [row] = buildQuoteRows(x);
    assert.strictEqual(row.a?.tokens.map(t => t.text).join(''), 'We WILL win.');
    assert.strictEqual(row.b?.tokens.map(t => t.text).join(''), 'we will win, surely');
  });

  it('uses the diff function it is given', () => {
    const [row] = buildQuoteRows(xref, () => [{ text: 'x', kind: 'same' }]);
    assert.deepStrictEqual(row.b?.tokens, [{ text: 'x', kind: 'same' }]);
  });

  it('gives each quotation the words that credit it, as written, and marks weak credits', () => {
    const textA = '"We will win this war," she said on Monday.';
    const cued: Quote = { ...q('We will win this war', 1, 'p1'), attribution: { start: 24, end: 32 }, basis: 'pronoun' };
    const named: Quote = { ...q('We will surely win the war', 1, 'p2'), attribution: { start: 30, end: 43 }, basis: 'cue' };
    const textB = '"We will surely win the war," John Roe said.';
    const x: CrossReference = { ...xref, quoteMatches: [{ a: cued, b: named, kind: 'reworded', similarity: 0.7, speakerMismatch: false, sameSource: true }], unmatchedQuotes: { a: [], b: [] } };
    const [row] = buildQuoteRows(x, undefined, (side, span) => (side === 'a' ? textA : textB).slice(span.start, span.end));
    assert.deepStrictEqual([row.a?.cue, row.a?.weakCredit?.startsWith('a pronoun')], ['she said', true]);
    assert.deepStrictEqual([row.b?.cue, row.b?.weakCredit], ['John Roe said', undefined]);
    assert.strictEqual(row.sameSource, true);
    const [plain] = buildQuoteRows(x);
    assert.strictEqual(plain.a?.cue, undefined, 'no texts, no cue');
  });
});
