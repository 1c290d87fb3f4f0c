import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeText } from '../../src/core/analyze';
import { compareDocuments } from '../../src/core/compare';
import { AnalysisCancelledError, AnalysisWorkerClient } from '../../src/services/workerClient';

// The worker compiled by tsc next to this test (out/src/worker/analysisWorker.js) runs the same code as the
// bundled dist/analysisWorker.js, without needing a build before the unit tests.
const workerScript = path.resolve(__dirname, '../../src/worker/analysisWorker.js');
const repo = path.resolve(__dirname, '../../..');
const sample = fs.readFileSync(path.join(repo, 'samples/000_e9c3a88e7f0cde5b.txt'), 'utf8');
const other = fs.readFileSync(path.join(repo, 'samples/004_4d10fd835b947f25.txt'), 'utf8');
/** Long enough to be sliced (so cancellation has a point to stop at) yet quick on a busy machine. */
const long = [sample, other, sample.replace(/\bthe\b/g, 'a'), other.replace(/\bthe\b/g, 'a')].join('\n\n');

describe('AnalysisWorkerClient', function () {
  this.timeout(60_000);
  // One worker for the tests that do not count restarts: each start loads compromise, which is slow.
  let client: AnalysisWorkerClient;

  before(() => {
    client = new AnalysisWorkerClient(workerScript);
  });
  after(() => client.dispose());

  it('returns the same analysis as analyzeText on the calling thread', async () => {
    const fromWorker = await client.analyze('a', sample, {}).result;
    assert.deepStrictEqual(fromWorker, analyzeText(sample, {}));
  });

  it('keeps a text that UTF-8 cannot carry (a lone surrogate) exact', async () => {
    const broken = sample.replace('Marco Rocha', 'Marco \ud800Rubio');
    assert.deepStrictEqual(await client.analyze('surrogate', broken, {}).result, analyzeText(broken, {}));
  });

  it('passes the options through', async () => {
    const options = { ignore: ['White House'], aliases: { Brant: 'Donald Brant' } };
    assert.deepStrictEqual(await client.analyze('a', other, options).result, analyzeText(other, options));
  });

  it('compares two analyses in the worker with the same result as compareDocuments', async () => {
    const a = analyzeText(sample, {});
    const b = analyzeText(other, {});
    const xref = await client.compare(a, b, { a: sample, b: other }).result;
    assert.deepStrictEqual(xref, compareDocuments(a, b));
    const side = xref.entities.find(e => e.a)!.a!;
    assert.ok(xref.a.entities.includes(side.entity), 'a comparison points into the cross-reference\'s own analysis, as compareDocuments\' does');
  });

  it('compares analyses that came from the worker, again and again (their packed forms are reused)', async () => {
    const a = await client.analyze('cmp-a', sample, {}).result;
    const b = await client.analyze('cmp-b', other, {}).result;
    for (let i = 0; i < 2; i++) {
      assert.deepStrictEqual(await client.compare(a, b, { a: sample, b: other }).result, compareDocuments(a, b));
    }
  });

  it('compares exactly even when a text is not the one analysed (nothing packs; all travels as is)', async () => {
    const a = analyzeText(sample, {});
    const b = analyzeText(other, {});
    assert.deepStrictEqual(await client.compare(a, b, { a: other, b: sample }).result, compareDocuments(a, b));
  });

  it('never starts a queued job that is cancelled, and still runs the one before it', async () => {
    const first = client.analyze('a', sample, {});
    const queued = client.analyze('b', other, {});
    queued.cancel();
    await assert.rejects(queued.result, AnalysisCancelledError);
    assert.ok((await first.result).entities.length > 0);
  });

  it('stops a running job between slices and then serves the next request', async () => {
    await client.analyze('warm-up', sample, {}).result;
    const starts = client.starts;
    const running = client.analyze('stopped', long, {});
    setTimeout(() => running.cancel(), 5);
    await assert.rejects(running.result, AnalysisCancelledError);
    const next = await client.analyze('stopped', sample, {}).result;
    assert.deepStrictEqual(next, analyzeText(sample, {}));
    assert.strictEqual(client.starts, starts, 'the worker stopped on its own; no restart needed');
  });

  it('lets a much shorter document go first, then finishes the long one exactly', async () => {
    await client.analyze('warm-up', sample, {}).result;
    const finished: string[] = [];
    const longJob = client.analyze('long', long, {});
    const longDone = longJob.result.then(a => (finished.push('long'), a));
    await new Promise(resolve => setTimeout(resolve, 30));
    const short = sample.slice(0, sample.indexOf('\n', 1000));
    const shortDone = client.analyze('short', short, {}).result.then(a => (finished.push('short'), a));
    const [longResult, shortResult] = await Promise.all([longDone, shortDone]);
    assert.deepStrictEqual(finished, ['short', 'long']);
    assert.deepStrictEqual(longResult, analyzeText(long, {}));
    assert.deepStrictEqual(shortResult, analyzeText(short, {}));
  });

  it('restarts the worker when a cancelled job does not stop within the grace period', async () => {
    const impatient = new AnalysisWorkerClient(workerScript, { cancelGraceMs: 0 });
    try {
      const running = impatient.analyze('a', long, {});
      setTimeout(() => running.cancel(), 5);
      await assert.rejects(running.result, AnalysisCancelledError);
      assert.deepStrictEqual(await impatient.analyze('a', sample, {}).result, analyzeText(sample, {}));
      assert.strictEqual(impatient.starts, 2);
    } finally {
      impatient.dispose();
    }
  });

  it('rejects (does not hang) when the worker cannot start, and tries again for the next job', async () => {
    const broken = new AnalysisWorkerClient(path.join(__dirname, 'no-such-worker.js'));
    try {
      await assert.rejects(broken.analyze('a', sample, {}).result);
      await assert.rejects(broken.analyze('a', sample, {}).result);
      assert.strictEqual(broken.starts, 2);
    } finally {
      broken.dispose();
    }
  });

  it('cancels the jobs of a document it is told to forget', async () => {
    const first = client.analyze('keep', sample, {});
    const forgotten = client.analyze('gone', other, {});
    client.forget('gone');
    await assert.rejects(forgotten.result, AnalysisCancelledError);
    assert.ok((await first.result).entities.length > 0);
  });

  it('counts the documents the worker holds state for until they are forgotten', async () => {
    const before = client.documentCount;
    await client.analyze('count-a', sample, {}).result;
    await client.analyze('count-b', other, {}).result;
    await client.analyze('count-a', other, {}).result;
    assert.strictEqual(client.documentCount, before + 2);
    client.forget('count-a');
    client.forget('count-b');
    assert.strictEqual(client.documentCount, before);
  });

  it('rejects new work after dispose', async () => {
    const disposed = new AnalysisWorkerClient(workerScript);
    disposed.dispose();
    await assert.rejects(disposed.analyze('a', sample, {}).result, /disposed/);
  });
});
