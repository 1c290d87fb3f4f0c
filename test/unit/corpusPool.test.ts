// The corpus run's worker pool (src/cli/corpusPool.ts): each worker holds up to JOBS_PER_WORKER articles, so
// it starts the next without waiting for the main thread; every article comes back to its own promise, and a
// worker that dies fails only the article it was analysing while the ones it held go to another worker.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Worker } from 'worker_threads';
import { JOBS_PER_WORKER, WorkerPool } from '../../src/cli/corpusPool';
import { analyzeArticleFile } from '../../src/cli/corpusArticle';

const fixtureDir = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'articles');
const articles = fs.readdirSync(fixtureDir).filter(f => f.endsWith('.txt')).sort().map(f => path.join(fixtureDir, f)).slice(0, 6);

/** The pool's workers, read from outside the way a test may: their threads, and the jobs each holds. */
function workersOf(pool: WorkerPool): { thread: Worker; sent: unknown[] }[] {
  return (pool as unknown as { workers: { thread: Worker; sent: unknown[] }[] }).workers;
}

describe('corpus worker pool', function () {
  this.timeout(120_000);

  it('gives each worker up to JOBS_PER_WORKER articles at once, the idle ones first, and answers each with its own article', async () => {
    assert.ok(articles.length >= 6, 'enough fixture articles');
    const pool = new WorkerPool(2);
    try {
      const results = articles.map(file => pool.analyze({ path: file }));
      assert.deepStrictEqual(workersOf(pool).map(w => w.sent.length), [JOBS_PER_WORKER, JOBS_PER_WORKER]);
      const done = await Promise.all(results);
      assert.deepStrictEqual(done, articles.map(file => analyzeArticleFile(file)));
    } finally {
      await pool.close();
    }
  });

  it('fails only the article a dying worker was analysing; the one waiting behind it is analysed by another', async () => {
    const pool = new WorkerPool(2);
    try {
      const results = articles.slice(0, 4).map(file => pool.analyze({ path: file }));
      // Worker 0 holds articles 0 and 2 (one each first, then a second each).
      await workersOf(pool)[0].thread.terminate();
      const done = await Promise.all(results);
      assert.strictEqual(done[0].ok, false);
      assert.match(done[0].ok ? '' : done[0].error, /: analysis failed \(worker exited with code \d+\)$/);
      assert.ok(!done[0].ok && done[0].error.startsWith(articles[0]), 'the error names the article it was analysing');
      assert.deepStrictEqual(done.slice(1), articles.slice(1, 4).map(file => analyzeArticleFile(file)));
      assert.strictEqual(workersOf(pool).length, 2, 'the dead worker was replaced');
    } finally {
      await pool.close();
    }
  });
});
