// Five 64 KB articles compared in a real VS Code: the coverage is computed in the analysis worker, so the
// extension host keeps answering (command round trips, its own timers) while it runs.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { Commands } from '../../src/ids';
import { buildArticle, loadFixtureArticles } from '../bench/articleBuilder';
import { activeExtension, waitFor } from './util';

const repo = path.resolve(__dirname, '../../..');

describe('comparing five 64 KB articles', function () {
  this.timeout(600_000);
  let dir: string;
  let api: NewsLensApi;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-coverage-'));
  });

  after(async () => {
    await api?.deps.coverage.clear();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the extension host responsive while the coverage is computed', async () => {
    const articles = loadFixtureArticles(repo);
    const uris = [1, 2, 3, 4, 5].map(seed => {
      const file = path.join(dir, `report-${seed}.txt`);
      fs.writeFileSync(file, buildArticle(articles, 64_000, seed));
      return vscode.Uri.file(file);
    });
    const docs = await Promise.all(uris.map(u => vscode.workspace.openTextDocument(u)));
    api = (await activeExtension()).exports as NewsLensApi;
    // The analyses first (the worker's, measured elsewhere): this test is about the comparison.
    await Promise.all(docs.map(d => api.deps.store.ensure(d)));
    assert.strictEqual(await vscode.commands.executeCommand(Commands.compareArticles, { uris }), true);
    const started = Date.now();
    let maxGap = 0;
    let last = Date.now();
    const lag = setInterval(() => {
      const now = Date.now();
      maxGap = Math.max(maxGap, now - last - 10);
      last = now;
    }, 10);
    const roundTrips: number[] = [];
    const coverage = api.deps.coverage.coverage();
    let done = false;
    void coverage.finally(() => (done = true));
    try {
      for (let i = 0; !done; i++) {
        const t = Date.now();
        await vscode.commands.executeCommand('setContext', 'newsLensTest.coveragePing', i);
        roundTrips.push(Date.now() - t);
        await new Promise(resolve => setTimeout(resolve, 10));
      }
    } finally {
      clearInterval(lag);
    }
    const result = await coverage;
    const ms = Date.now() - started;
    const median = [...roundTrips].sort((a, b) => a - b)[Math.floor(roundTrips.length / 2)];
    console.log(`      5 × 64 KB: coverage in ${ms} ms; ${roundTrips.length} command round trips meanwhile (median ${median} ms); longest timer gap ${maxGap} ms`);
    assert.ok(result, 'a coverage');
    assert.strictEqual(result.analyses.length, 5);
    assert.ok(result.entities.some(e => e.presence === 'all'), 'entities in all five');
    // A coverage computed on the host thread would hold every timer and round trip for its whole length.
    assert.ok(median < 100, `command round trip median ${median} ms`);
    await waitFor(() => api.coverage.tree.status === 'ready', 60_000, 'the tree to show the coverage');
  });
});
