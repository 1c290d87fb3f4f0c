// A 1 MB article in a real VS Code: the editor keeps answering while it is analysed, the highlights
// arrive, an edit is re-analysed incrementally, the size limit is visible and can be lifted, and opening
// and closing hundreds of articles leaves no state behind.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { buildArticle, loadFixtureArticles } from '../bench/articleBuilder';
import { activeExtension, waitFor } from './util';

const repo = path.resolve(__dirname, '../../..');

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function openFile(file: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  return vscode.window.showTextDocument(document, { preview: false });
}

async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

function documentCount(api: NewsLensApi): number | undefined {
  const analyzer = api.analyzer as { documentCount?: number };
  return analyzer.documentCount;
}

describe('large articles', function () {
  this.timeout(300_000);
  let api: NewsLensApi;
  let dir: string;
  /** A small article, analysed, kept open beside the big one: hovers on it must answer at once. */
  let small: vscode.TextDocument;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-large-'));
    const warm = path.join(dir, 'warm-up.txt');
    fs.writeFileSync(warm, loadFixtureArticles(repo)[0]);
    const editor = await openFile(warm);
    small = editor.document;
    api = (await activeExtension()).exports as NewsLensApi;
    // The worker starts and loads compromise on the first analysis; time that apart from the big one.
    await waitFor(() => api.deps.store.get(small), 60_000, 'analysis of the warm-up article');
  });

  after(async () => {
    await closeAllEditors();
    await vscode.workspace.getConfiguration('newsLens').update('maxFileSize', undefined, vscode.ConfigurationTarget.Global);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stays responsive while a 1 MB article is analysed, then highlights it', async () => {
    const file = path.join(dir, 'one-megabyte.txt');
    fs.writeFileSync(file, buildArticle(loadFixtureArticles(repo), 1_000_000, 42));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.file(file)), { viewColumn: vscode.ViewColumn.Two, preview: false });
    const document = editor.document;
    assert.ok(document.getText().length >= 1_000_000);
    const started = Date.now();

    // While the analysis runs: round trips through the workbench and back (setContext), hovers on the
    // small article beside it (a provider call from the workbench into this extension host), and the
    // extension host's own event-loop lag. A blocked extension host shows in all three.
    const commandTimes: number[] = [];
    const hoverTimes: number[] = [];
    // Between two timer ticks, what this thread computed is its CPU time (Linux schedstat; elsewhere the
    // event loop's active time); the wall-clock gap also counts other processes' turns on a loaded machine.
    const schedstat = `/proc/self/task/${process.pid}/schedstat`;
    const cpuMs = fs.existsSync(schedstat) ? (): number => Number(fs.readFileSync(schedstat, 'utf8').split(' ')[0]) / 1e6 : undefined;
    let maxBusy = { ms: 0, at: 0 };
    let maxGap = 0;
    let last = Date.now();
    let lastCpu = cpuMs?.() ?? 0;
    let elu = performance.eventLoopUtilization();
    const lag = setInterval(() => {
      const now = Date.now();
      const next = performance.eventLoopUtilization();
      const cpu = cpuMs?.() ?? 0;
      const busy = cpuMs ? cpu - lastCpu : performance.eventLoopUtilization(next, elu).active;
      lastCpu = cpu;
      // Once the result is in, the features' own reaction to it (decorations, outline) is not analysis.
      if (!api.deps.store.get(document)) {
        if (busy > maxBusy.ms) {
          maxBusy = { ms: busy, at: now - started };
        }
        maxGap = Math.max(maxGap, now - last - 10);
      }
      elu = next;
      last = now;
    }, 10);
    const smallAnalysis = api.deps.store.get(small);
    const mention = smallAnalysis?.entities[0]?.mentions[0];
    assert.ok(mention, 'the small article has a name to hover');
    const onName = small.positionAt(mention.start + 1);
    try {
      for (let i = 0; !api.deps.store.get(document) && Date.now() - started < 240_000; i++) {
        let t = Date.now();
        await vscode.commands.executeCommand('setContext', 'newsLensTest.ping', i);
        commandTimes.push(Date.now() - t);
        t = Date.now();
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', small.uri, onName);
        hoverTimes.push(Date.now() - t);
        assert.ok(hovers.length > 0, 'a card for the name in the small article');
        await new Promise(resolve => setTimeout(resolve, 20));
      }
    } finally {
      clearInterval(lag);
    }
    const analysis = await waitFor(() => api.deps.store.get(document), 10_000, 'analysis of the 1 MB article');
    const analysisMs = Date.now() - started;
    const p90 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)];
    console.log(`      1 MB: analysis ${analysisMs} ms; during it ${commandTimes.length} command round trips ` +
      `(median ${median(commandTimes)} ms, 90th percentile ${p90(commandTimes)} ms, max ${Math.max(...commandTimes)} ms), ` +
      `hovers median ${median(hoverTimes)} ms, 90th percentile ${p90(hoverTimes)} ms, max ${Math.max(...hoverTimes)} ms; ` +
      `extension host busiest ${maxBusy.ms.toFixed(0)} ms at ${maxBusy.at} ms, longest timer gap ${maxGap} ms`);
    assert.ok(commandTimes.length >= 5, `the analysis ran long enough to sample (${commandTimes.length} round trips)`);
    // A blocked extension host would make every one of these wait for the whole analysis (a minute here).
    assert.ok(median(commandTimes) < 100, `command round trip median ${median(commandTimes)} ms`);
    assert.ok(median(hoverTimes) < 100, `hover round trip median ${median(hoverTimes)} ms`);
    assert.ok(p90(commandTimes) < 1000 && p90(hoverTimes) < 1000, 'nine requests in ten answered within a second');
    // News Lens's own share of the host's time here is posting the text and receiving progress and the
    // result: npm run bench measures it (under 50 ms). The same thread also runs VS Code's own work on a new
    // 1 MB document (receiving its text, finding links in it) and other extensions (git), so this bound
    // tells "never blocked by the analysis" (tens of seconds of CPU) from "blocked by it".
    assert.ok(maxBusy.ms < 500, `extension host busy for ${maxBusy.ms.toFixed(0)} ms at a stretch while analysing`);

    assert.strictEqual(analysis.textLength, document.getText().length);
    assert.ok(analysis.entities.length > 50, `${analysis.entities.length} entities found`);
    await waitFor(() => (api.highlights.countsFor(document.uri)?.person ?? 0) > 0, 30_000, 'highlights in the 1 MB article');

    // One typed character: the re-analysis reuses every other paragraph.
    const runs = api.deps.store.stats.runs;
    const at = document.getText().indexOf(' said', document.getText().length / 2);
    const t = Date.now();
    await editor.edit(b => b.insert(document.positionAt(at), 'e'));
    const reanalysed = await waitFor(() => api.deps.store.get(document), 120_000, 're-analysis after a one-character edit');
    const editMs = Date.now() - t;
    console.log(`      1 MB: re-analysis after a one-character edit ${editMs} ms (300 ms of it is the edit debounce)`);
    assert.ok(api.deps.store.stats.runs > runs);
    assert.strictEqual(reanalysed.textLength, document.getText().length);
    assert.ok(editMs < analysisMs / 2, `re-analysis (${editMs} ms) much quicker than the first analysis (${analysisMs} ms)`);
  });

  it('says when an article is over newsLens.maxFileSize and analyses it on request', async () => {
    await vscode.workspace.getConfiguration('newsLens').update('maxFileSize', 5000, vscode.ConfigurationTarget.Global);
    await waitFor(() => api.deps.settings.get().maxFileSize === 5000, 10_000, 'the new size limit');
    const file = path.join(dir, 'over-the-limit.txt');
    fs.writeFileSync(file, buildArticle(loadFixtureArticles(repo), 20_000, 5));
    const skipped = new Promise<vscode.TextDocument>(resolve => {
      const listener = api.deps.store.onDidSkipLargeDocument(d => {
        if (d.uri.fsPath === file) {
          listener.dispose();
          resolve(d);
        }
      });
    });
    const { document } = await openFile(file);
    assert.strictEqual((await skipped).uri.toString(), document.uri.toString());
    assert.ok(api.deps.store.isTooLarge(document));
    assert.strictEqual(api.deps.store.get(document), undefined);
    // Visible: the status-bar item while the article is active, and one message with the button.
    await waitFor(() => /not analysed \(\d+ KB\)/.test(api.largeFiles.status ?? ''), 10_000, `the status-bar item (${api.largeFiles.status})`);
    assert.ok(api.largeFiles.trackedDocuments().includes(document.uri.toString()), 'the message shown for this article');
    // Asked again (an edit, a hover, the panel): still skipped, but the message is not repeated. (The
    // count is global: other open articles over the new limit got their own message when it changed.)
    const messages = api.largeFiles.messages;
    assert.strictEqual(await api.deps.store.ensure(document), undefined);
    assert.strictEqual(await api.deps.store.ensure(document), undefined);
    assert.strictEqual(api.largeFiles.messages, messages, 'the message appears once per document');
    await vscode.commands.executeCommand('newsLens.analyzeAnyway', document.uri);
    const analysis = await waitFor(() => api.deps.store.get(document), 60_000, 'analysis after Analyse Anyway');
    assert.strictEqual(analysis.textLength, document.getText().length, 'the whole text, not a truncated part');
    assert.ok(!api.deps.store.isTooLarge(document));
    await waitFor(() => api.largeFiles.status === undefined, 10_000, 'the status-bar item gone once analysed');
    await closeAllEditors();
    await vscode.workspace.getConfiguration('newsLens').update('maxFileSize', undefined, vscode.ConfigurationTarget.Global);
  });

  it('leaves no analysis state behind after opening and closing hundreds of articles', async function () {
    this.timeout(600_000);
    await closeAllEditors();
    await waitFor(() => api.deps.store.stats.entries === 0, 30_000, 'an empty store once every editor is closed')
      .catch(() => undefined); // documents VS Code keeps open in the background count in the baseline
    const baseline = { entries: api.deps.store.stats.entries, listeners: api.deps.store.stats.listeners, documents: documentCount(api) };
    const sources = loadFixtureArticles(repo);
    const count = 200;
    const batch = 20;
    const started = Date.now();
    for (let i = 0; i < count; i += batch) {
      // vscode.open, not openTextDocument: the latter keeps a document alive for minutes after its
      // editor closes, and only a closed document may be expected to leave the store.
      let document: vscode.TextDocument | undefined;
      for (let j = i; j < i + batch; j++) {
        const file = path.join(dir, `article-${j}.txt`);
        fs.writeFileSync(file, `${sources[j % sources.length].slice(0, 1500)}\n\nReport ${j}.\n`);
        await vscode.commands.executeCommand('vscode.open', vscode.Uri.file(file), { preview: false });
        document = await waitFor(() => {
          const active = vscode.window.activeTextEditor?.document;
          return active?.uri.fsPath === file ? active : undefined;
        }, 10_000, `editor of article ${j}`);
      }
      await waitFor(() => api.deps.store.get(document!), 60_000, `analysis of article ${i + batch - 1}`);
      await closeAllEditors();
    }
    console.log(`      opened and closed ${count} articles in ${Date.now() - started} ms`);
    const peak = api.deps.store.stats.runs;
    assert.ok(peak >= 10, `the store analysed articles during the run (${peak} runs)`);
    // VS Code keeps a document open for up to three minutes after an extension opened it with
    // openTextDocument (the comparison does, for the compared pair), so the count to compare with is the
    // number of article documents still open, not zero: no entry may outlive its document.
    const openArticles = (): number => vscode.workspace.textDocuments.filter(d => !d.isClosed && ['plaintext', 'markdown'].includes(d.languageId)).length;
    await waitFor(() => api.deps.store.stats.entries <= Math.max(openArticles(), baseline.entries), 60_000,
      `store entries (${api.deps.store.stats.entries}) no more than the open articles (${openArticles()})`);
    console.log(`      after closing: ${api.deps.store.stats.entries} store entries, ${openArticles()} article documents still open in VS Code, ${documentCount(api)} worker caches (baseline ${JSON.stringify(baseline)})`);
    assert.ok(openArticles() < 20, `VS Code closed the documents (${openArticles()} still open)`);
    assert.strictEqual(api.deps.store.stats.listeners, baseline.listeners, 'no subscriptions to the store left behind');
    if (baseline.documents !== undefined) {
      await waitFor(() => (documentCount(api) ?? 0) <= Math.max(openArticles(), baseline.documents!), 30_000,
        `worker paragraph caches (${documentCount(api)}) no more than the open articles (${openArticles()})`);
    }
  });
});
