// Linking across files may give the same entity one id everywhere, but it must never change what an
// article's own analysis says: kinds, names, mentions, roles, quotations and speakers. Each article is
// analysed alone and in one batch with its set; everything but the ids must be identical.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeText } from '../../src/core/analyze';
import { linkAnalyses } from '../../src/core/link';
import type { DocumentAnalysis } from '../../src/core/model';

const root = path.join(__dirname, '..', '..', '..');
const shared = path.join(root, '..', 'shared', 'corpus');

/** The sets checked; the shared corpus is read at run time (it never enters the repository). */
const SETS: [label: string, dir: string][] = [
  ['corpus/real', path.join(shared, 'real')],
  ['fixtures/gold', path.join(root, 'test', 'fixtures', 'gold')],
  ['fixtures/gold2', path.join(root, 'test', 'fixtures', 'gold2')],
  ['fixtures/articles', path.join(root, 'test', 'fixtures', 'articles')],
  ['samples', path.join(root, 'samples')],
];

/** The analysis with every id replaced by the entity's position, so only what ids point at is compared. */
function withoutIds(a: DocumentAnalysis): unknown {
  const position = new Map(a.entities.map((e, i) => [e.id, `#${i}`]));
  return {
    textLength: a.textLength,
    entities: a.entities.map(e => ({
      ...e,
      id: position.get(e.id),
      mentions: e.mentions.map(m => ({ ...m, entityId: position.get(m.entityId) })),
    })),
    quotes: a.quotes.map(q => ({ ...q, speakerId: q.speakerId === null ? null : position.get(q.speakerId) ?? `missing ${q.speakerId}` })),
  };
}

describe('batch independence (linking never changes an analysis but its ids)', function () {
  this.timeout(300000);
  for (const [label, dir] of SETS) {
    it(`${label}: each article alone equals the same article in one batch, ids aside`, function () {
      if (!fs.existsSync(dir)) {
        this.skip(); // ../shared is beside the repository on CI and developers' machines
      }
      const files = fs.readdirSync(dir).filter(f => f.endsWith('.txt')).sort();
      const analyses = files.map(f => analyzeText(fs.readFileSync(path.join(dir, f), 'utf8')));
      const batch = linkAnalyses(analyses);
      files.forEach((file, i) => {
        const [alone] = linkAnalyses([analyses[i]]);
        assert.deepStrictEqual(withoutIds(batch[i]), withoutIds(alone), `${label}/${file} differs when analysed in a batch`);
      });
    });
  }

  it('keeps a one-word body an organisation when another article names a person with that surname', () => {
    const a = analyzeText('Parliament heard from Dana Velkov, the minister, on Tuesday. Dana Velkov said she would resign.');
    const b = analyzeText('The budget will pass, Velkov said on Monday. Critics doubted Velkov\'s plan.');
    const [linkedA, linkedB] = linkAnalyses([a, b]);
    assert.deepStrictEqual(withoutIds(linkedB), withoutIds(linkAnalyses([b])[0]));
    // Still the same entity across the two articles: the ids meet.
    assert.strictEqual(linkedB.entities[0].id, linkedA.entities.find(e => e.name === 'Dana Velkov')?.id);
  });
});
