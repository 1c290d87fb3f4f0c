import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { attributeQuotes, findQuotes } from '../../../src/core/quotes';
import { buildEntities, slug, type EntitySpec } from './entityBuilder';

interface FixtureSpec {
  readonly entities: readonly EntitySpec[];
  /** Every speech quote in order: [start of its text, speaker's canonical name or null]. */
  readonly quotes: readonly [string, string | null][];
  /** Quoted text that is a title, nickname, term or scare quote: must not be reported as speech. */
  readonly notSpeech: readonly string[];
}

const dir = path.resolve(__dirname, '../../../../test/fixtures/quotes');

describe('quotes on fixture articles in several outlets\u2019 styles', () => {
  for (const file of fs.readdirSync(dir).filter(f => f.endsWith('.txt'))) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const spec = JSON.parse(fs.readFileSync(path.join(dir, file.replace(/\.txt$/, '.json')), 'utf8')) as FixtureSpec;
    const entities = buildEntities(text, spec.entities);
    const quotes = attributeQuotes(text, findQuotes(text), entities);

    it(`${file}: finds exactly the speech quotes`, () => {
      const got = quotes.map(q => q.text);
      assert.strictEqual(got.length, spec.quotes.length, `got:\n${got.join('\n')}`);
      spec.quotes.forEach(([prefix], i) => assert.ok(got[i].startsWith(prefix), `quote ${i}: ${got[i]} should start with ${prefix}`));
      for (const s of spec.notSpeech) {
        assert.ok(!got.some(g => g.startsWith(s)), `${s} is not speech`);
      }
    });

    it(`${file}: credits each quote to its speaker`, () => {
      const got = quotes.map(q => [q.text.slice(0, 30), q.speakerId]);
      const want = spec.quotes.map(([prefix, speaker]) => [prefix.slice(0, 30), speaker === null ? null : slug(speaker)]);
      assert.deepStrictEqual(got.map(([, s]) => s), want.map(([, s]) => s), JSON.stringify(got, null, 1));
    });

    it(`${file}: quote spans are the text between the marks`, () => {
      for (const q of quotes) {
        assert.strictEqual(text.slice(q.start, q.end), q.text);
        assert.ok(!/^[\s"“”'‘’«»„]|[\s"“”«»„]$/.test(q.text), `span includes a mark or space: ${q.text}`);
      }
    });
  }
});
