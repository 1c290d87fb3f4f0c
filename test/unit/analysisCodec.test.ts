import * as assert from 'assert';
import * as path from 'path';
import { packAnalysis, packCrossReference, unpackAnalysis, unpackCrossReference } from '../../src/worker/codec';
import { compareDocuments } from '../../src/core/compare';
import { analyzeText } from '../../src/core/analyze';
import type { DocumentAnalysis } from '../../src/core/model';
import { buildArticle, loadFixtureArticles } from '../bench/articleBuilder';

const articles = loadFixtureArticles(path.resolve(__dirname, '../../..'));

/** Packs and unpacks through a structured clone, as the trip between threads does. */
function roundTrip(analysis: DocumentAnalysis, text: string): { result: DocumentAnalysis; transferred: number } {
  const { packed, transfer } = packAnalysis(analysis, text);
  return { result: unpackAnalysis(structuredClone(packed, { transfer }), text), transferred: transfer.length };
}

describe('analysisCodec', () => {
  it('round-trips real analyses exactly, with every span list transferred', function () {
    this.timeout(60_000);
    for (const text of [...articles.slice(0, 6), buildArticle(articles, 20_000, 3), '']) {
      const analysis = analyzeText(text, {});
      const { result, transferred } = roundTrip(analysis, text);
      assert.deepStrictEqual(result, analysis);
      assert.strictEqual(transferred, analysis.entities.length + 1, 'one buffer per entity, one for the quotes');
    }
  });

  it('round-trips cross-references exactly, comparisons pointing into their own analyses', function () {
    this.timeout(60_000);
    for (let i = 0; i + 1 < Math.min(articles.length, 8); i += 2) {
      const texts = { a: articles[i], b: articles[i + 1] };
      const xref = compareDocuments(analyzeText(texts.a, {}), analyzeText(texts.b, {}));
      const packed = packCrossReference(xref, texts);
      assert.ok(packed, 'a cross-reference from compareDocuments packs');
      const back = unpackCrossReference(structuredClone(packed.packed, { transfer: packed.transfer }), texts);
      assert.deepStrictEqual(back, xref);
      for (const c of back.entities) {
        assert.ok(!c.a || back.a.entities.includes(c.a.entity));
        assert.ok(!c.b || (back.b.entities.includes(c.b.entity) && c.b.quotes.every(q => back.b.quotes.includes(q))));
      }
      assert.ok(back.quoteMatches.every(m => back.a.quotes.includes(m.a) && back.b.quotes.includes(m.b)));
    }
  });

  it('declines to pack a cross-reference whose comparisons point outside its analyses', () => {
    const xref = compareDocuments(analyzeText(articles[0], {}), analyzeText(articles[1], {}));
    const c = xref.entities.find(e => e.a)!;
    const stray = { ...xref, entities: [{ ...c, a: { ...c.a!, entity: { ...c.a!.entity } } }] };
    assert.strictEqual(packCrossReference(stray, { a: articles[0], b: articles[1] }), undefined);
  });

  const text = 'Ann Lee said "we will go" and Lee left.';
  const base: DocumentAnalysis = {
    textLength: text.length,
    entities: [{ id: 'ann-lee', kind: 'person', name: 'Ann Lee', aliases: ['Lee'], roles: [], mentions: [
      { start: 0, end: 7, text: 'Ann Lee', entityId: 'ann-lee' },
      { start: 30, end: 33, text: 'Lee', entityId: 'ann-lee' },
    ] }],
    quotes: [{ start: 14, end: 24, text: 'we will go', speakerId: 'ann-lee', attribution: { start: 0, end: 12 } }],
  };

  const oddities: [string, DocumentAnalysis][] = [
    ['a mention whose text is not the text at its span', { ...base, entities: [{ ...base.entities[0], mentions: [{ start: 0, end: 7, text: 'ANN LEE', entityId: 'ann-lee' }] }] }],
    ['a mention with a field the codec does not know', { ...base, entities: [{ ...base.entities[0], mentions: [{ ...base.entities[0].mentions[0], extra: 1 } as never] }] }],
    ['a quote without an attribution', { ...base, quotes: [{ start: 14, end: 24, text: 'we will go', speakerId: null }] }],
    ['a quote whose attribution key is present but undefined', { ...base, quotes: [{ ...base.quotes[0], attribution: undefined }] }],
    ['a quote with an attribution basis', { ...base, quotes: [{ ...base.quotes[0], basis: 'pronoun' }, { start: 28, end: 33, text: 'd Lee', speakerId: 'ann-lee', basis: 'inherited' }] }],
    ['a quote whose basis key is present but undefined', { ...base, quotes: [{ ...base.quotes[0], basis: undefined }] }],
    ['a quote with a field the codec does not know', { ...base, quotes: [{ ...base.quotes[0], kind: 'speech' } as never] }],
    ['an entity with a field the model may gain later', { ...base, entities: [{ ...base.entities[0], salience: 0.5 } as never] }],
  ];
  for (const [name, analysis] of oddities) {
    it(`stays exact for ${name}`, () => {
      assert.deepStrictEqual(roundTrip(analysis, text).result, analysis);
    });
  }
});
