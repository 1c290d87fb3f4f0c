import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeText } from '../../src/core/analyze';
import { AnalysisCancelledError, AnalysisWorkerClient } from '../../src/services/workerClient';

// The worker compiled by tsc next to this test (out/src/analysisWorker.js) runs the same code as the
// bundled dist/analysisWorker.js, without needing a build before the unit tests.
const workerScript = path.resolve(__dirname, '../../src/analysisWorker.js');
const repo = path.resolve(__dirname, '../../..');
const sample = fs.readFileSync(path.join(repo, 'samples/000_e9c3a88e7f0cde5b.txt'), 'utf8');
const other = fs.readFileSync(path.join(repo, 'samples/004_4d10fd835b947f25.txt'), 'utf8');
/** Long enough to be sliced (so cancellation has a point to stop at) yet quick on a busy machine. */
const long = [sample, other, sample.replace(/\bthe\b/g, 'a'), other.replace(/\bthe\b/g, 'a')].join('\n\n');

describe('AnalysisWorkerClient', function () {
  this.timeout(60_000);
  let client: AnalysisWorkerClient;

  beforeEach(() => {
    client = new AnalysisWorkerClient(workerScript);
  });
  afterEach(() => client.dispose());

  it('returns the same analysis as analyzeText on the calling thread', async () => {
    const fromWorker = await client.analyze('a', sample, {}).result;
    assert.deepStrictEqual(fromWorker, analyzeText(sample, {}));
  });

  it('passes the options through', async () => {
    const options = { ignore: ['White House'], aliases: { Trump: 'Donald Trump' } };
    assert.deepStrictEqual(await client.analyze('a', other, options).result, analyzeText(other, options));
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
    const running = client.analyze('a', long, {});
    setTimeout(() => running.cancel(), 5);
    await assert.rejects(running.result, AnalysisCancelledError);
    const next = await client.analyze('a', sample, {}).result;
    assert.deepStrictEqual(next, analyzeText(sample, {}));
    assert.strictEqual(client.starts, 1, 'the worker stopped on its own; no restart needed');
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
    await client.analyze('a', sample, {}).result;
    await client.analyze('b', other, {}).result;
    await client.analyze('a', other, {}).result;
    assert.strictEqual(client.documentCount, 2);
    client.forget('a');
    client.forget('b');
    assert.strictEqual(client.documentCount, 0);
  });

  it('rejects new work after dispose', async () => {
    client.dispose();
    await assert.rejects(client.analyze('a', sample, {}).result, /disposed/);
  });
});
