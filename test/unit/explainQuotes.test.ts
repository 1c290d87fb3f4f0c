// Every attributed quotation says why: by the rule of its own cue (speaker-cues) or, without one, by the
// convention that credited it (speaker-conventions: the sentence, quotation or paragraph before or after).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeText } from '../../src/core/analyze';
import type { DocumentAnalysis } from '../../src/core/model';
import { withTrail } from '../../src/core/rules/trail';

const root = path.join(__dirname, '..', '..', '..');
const DIRS = ['samples', 'test/fixtures/articles', 'test/fixtures/gold', 'test/fixtures/gold2', 'test/fixtures/quotes'];

function explained(text: string): DocumentAnalysis {
  return withTrail(() => analyzeText(text)).result;
}

describe('explained quotations', () => {
  it('credits a quotation without a cue of its own by a named convention, recorded at its span', () => {
    const text = 'Ilsa Marrow said: "The storm took every pier and every boat that we had.\n\n"We will rebuild them all before the winter comes, whatever it costs."';
    const analysis = explained(text);
    assert.strictEqual(analysis.quotes.length, 2);
    const [first, second] = analysis.quotes;
    assert.strictEqual(second.speakerId, first.speakerId);
    assert.deepStrictEqual(second.why?.map(why => `${why.table}/${why.rule} → ${why.outcome}`), ['speaker-conventions/quotation-before → inherited']);
    assert.deepStrictEqual(first.why?.map(why => `${why.table}/${why.rule}`), ['speaker-cues/cue-before']);
  });

  it('records nothing when not explaining, and the analysis is the same either way but for the why', () => {
    const text = '"The storm took every pier and every boat that we had," Ilsa Marrow said.\n\n"We will rebuild them all before the winter comes."';
    const plain = analyzeText(text);
    const withWhy = explained(text);
    assert.ok(plain.quotes.every(quote => quote.why === undefined));
    assert.deepStrictEqual(withWhy.quotes.map(({ why: _why, ...quote }) => quote), plain.quotes);
  });

  for (const dir of DIRS) {
    it(`${dir}: no attributed quotation lacks a why`, () => {
      const files = fs.readdirSync(path.join(root, dir)).filter(file => file.endsWith('.txt')).sort();
      assert.ok(files.length > 0, `no articles in ${dir}`);
      const lacking: string[] = [];
      let attributed = 0;
      for (const file of files) {
        for (const quote of explained(fs.readFileSync(path.join(root, dir, file), 'utf8')).quotes) {
          if (quote.speakerId !== null) {
            attributed++;
            if (!quote.why?.length) {
              lacking.push(`${file}@${quote.start}`);
            }
          }
        }
      }
      assert.ok(attributed > 0, `no attributed quotation in ${dir}`);
      assert.deepStrictEqual(lacking, []);
    });
  }
});
