// The benchmark's texts come from a fixed list of fixture folders, so that adding an annotated set does not
// change what `npm run bench` times (round 15's name-dense sets moved its ratios with no change of code).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { BENCH_FIXTURE_FOLDERS, loadFixtureArticles } from '../bench/articleBuilder';

const root = path.resolve(__dirname, '..', '..', '..');
const fixtures = path.join(root, 'test', 'fixtures');

describe('benchmark text sources', () => {
  it('names only folders that exist', () => {
    for (const folder of BENCH_FIXTURE_FOLDERS) {
      assert.ok(fs.statSync(path.join(fixtures, folder)).isDirectory(), folder);
    }
  });

  it('reads the listed folders and leaves a folder outside the list out', () => {
    const outside = fs.readdirSync(fixtures).filter(f => fs.statSync(path.join(fixtures, f)).isDirectory() && !BENCH_FIXTURE_FOLDERS.includes(f));
    assert.ok(outside.length > 0, 'the fixtures hold sets added after the list was fixed');
    const fixed = new Set(loadFixtureArticles(root, BENCH_FIXTURE_FOLDERS));
    const all = loadFixtureArticles(root);
    assert.ok(all.length > fixed.size);
    const outsideTexts = outside.flatMap(folder => fs.readdirSync(path.join(fixtures, folder))
      .filter(f => f.endsWith('.txt')).map(f => fs.readFileSync(path.join(fixtures, folder, f), 'utf8').replace(/\r\n?/g, '\n')))
      .filter(t => t.trim().length > 200);
    assert.ok(outsideTexts.length > 0);
    for (const text of outsideTexts) {
      assert.ok(!fixed.has(text), `a later set's article is not a benchmark source: ${text.slice(0, 60)}`);
    }
  });
});
