// The per-paragraph cache of analyzeText and the paragraph cutting it relies on.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeText, type ParagraphCache } from '../../src/core/analyze';
import { segmentText } from '../../src/core/paragraphs';
import type { ParagraphEntities } from '../../src/core/entities/types';

const sample = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'samples', '000_e9c3a88e7f0cde5b.txt'), 'utf8');

class CountingCache extends Map<string, ParagraphEntities> implements ParagraphCache {
  sets = 0;
  override set(key: string, value: ParagraphEntities): this {
    this.sets++;
    return super.set(key, value);
  }
}

describe('analyzeText with a paragraph cache', function () {
  this.timeout(60_000);

  it('gives the same analysis with or without a cache', () => {
    assert.deepStrictEqual(analyzeText(sample, {}, new Map()), analyzeText(sample));
  });

  it('parses nothing again when the text is unchanged, and only the edited paragraph after an edit', () => {
    const cache = new CountingCache();
    analyzeText(sample, {}, cache);
    const paragraphs = cache.sets;
    assert.ok(paragraphs > 10);
    analyzeText(sample, {}, cache);
    assert.strictEqual(cache.sets, paragraphs);
    const edited = sample.replace('The war has killed', 'The war has now killed');
    const analysis = analyzeText(edited, {}, cache);
    assert.strictEqual(cache.sets, paragraphs + 1);
    assert.deepStrictEqual(analysis, analyzeText(edited));
  });

  it('serves several documents and option sets from one cache (results do not depend on options)', () => {
    const cache = new Map<string, ParagraphEntities>();
    const plain = analyzeText(sample, {}, cache);
    const ignoring = analyzeText(sample, { ignore: ['CNN'] }, cache);
    assert.ok(plain.entities.some(e => e.name === 'CNN'));
    assert.ok(!ignoring.entities.some(e => e.name === 'CNN'));
  });
});

describe('segmentText', () => {
  it('cuts one paragraph per line and never across a blank line', () => {
    const text = 'First line.\nCaption without a stop\n\nSecond block.';
    assert.deepStrictEqual(segmentText(text).map(s => s.text), ['First line.', 'Caption without a stop', 'Second block.']);
  });

  it('runs hard-wrapped lines together', () => {
    const text = 'The Federal Reserve held interest rates steady on Wednesday, with Fed\nChair Jerome Pollard saying policymakers needed greater confidence.\n\nNext.';
    assert.deepStrictEqual(segmentText(text).map(s => s.text), [
      'The Federal Reserve held interest rates steady on Wednesday, with Fed\nChair Jerome Pollard saying policymakers needed greater confidence.',
      'Next.',
    ]);
    const a = analyzeText(text);
    assert.ok(a.entities.some(e => e.name === 'Jerome Pollard'), 'a name across a wrapped line is found');
  });

  it('cuts a block the same way whatever surrounds it, with offsets into the text', () => {
    const block = 'Mr Brant spoke.\nA caption\nlower-case run-on line.';
    const alone = segmentText(block).map(s => s.text);
    const text = `Before.\n\n${block}\n\nAfter.`;
    const inside = segmentText(text);
    assert.deepStrictEqual(inside.map(s => s.text).slice(1, -1), alone);
    for (const s of inside) {
      assert.strictEqual(text.slice(s.start, s.start + s.text.length), s.text);
    }
  });
});
