// newsLens.aliases and newsLens.ignore are resource-scoped: each document is analysed with the values of
// its own folder (in a multi-root workspace a folder's .vscode/settings.json wins over the workspace's).
// The test workspace has one folder, so the store is also checked with a reader that answers per document.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { AnalyzeOptions, DocumentAnalysis } from '../../src/core/model';
import type { NewsLensApi } from '../../src/extension';
import { AnalysisStore } from '../../src/services/analysisStore';
import { activeExtension, openSample, SAMPLE_A, SAMPLE_B, SAMPLES_DIR, waitFor } from './util';

const NEVER: vscode.Event<never> = () => ({ dispose: () => undefined });

function namesOf(analysis: DocumentAnalysis | undefined): string[] {
  return analysis?.entities.map(entity => entity.name) ?? [];
}

describe('settings read per document (resource scope)', function () {
  this.timeout(120_000);
  let api: NewsLensApi;
  let documentA: vscode.TextDocument;
  let documentB: vscode.TextDocument;
  const settingsDir = path.join(SAMPLES_DIR, '.vscode');
  let settingsDirExisted = false;

  before(async () => {
    settingsDirExisted = fs.existsSync(settingsDir);
    documentA = (await openSample(SAMPLE_A)).document;
    api = (await activeExtension()).exports as NewsLensApi;
    documentB = (await openSample(SAMPLE_B, vscode.ViewColumn.Two)).document;
    await waitFor(() => api.deps.store.get(documentA) && api.deps.store.get(documentB), 60_000, 'both samples analysed');
  });

  after(async () => {
    await vscode.workspace.getConfiguration('newsLens', documentA.uri).update('ignore', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    if (!settingsDirExisted && fs.existsSync(settingsDir)) {
      fs.rmSync(settingsDir, { recursive: true, force: true });
    }
  });

  it('reads a folder-level ignore entry with the document\'s resource and drops the name from its analysis', async () => {
    const name = namesOf(api.deps.store.get(documentA))[0];
    assert.ok(name, 'the sample has a name to ignore');
    await vscode.workspace.getConfiguration('newsLens', documentA.uri).update('ignore', [name], vscode.ConfigurationTarget.WorkspaceFolder);
    assert.deepStrictEqual(api.deps.settings.analysisOptionsFor(documentA.uri).ignore, [name]);
    await waitFor(() => !namesOf(api.deps.store.get(documentA)).includes(name), 30_000, `${name} ignored`);
    await vscode.workspace.getConfiguration('newsLens', documentA.uri).update('ignore', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    await waitFor(() => namesOf(api.deps.store.get(documentA)).includes(name), 30_000, `${name} back`);
  });

  it('analyses each document with the options of its own resource, and re-runs only the ones whose options changed', async () => {
    const name = namesOf(api.deps.store.get(documentA))[0];
    const ignoredIn = new Map<string, readonly string[]>([[documentA.uri.toString(), [name]]]);
    const optionsFor = (resource: vscode.Uri): AnalyzeOptions => ({ aliases: {}, ignore: ignoredIn.get(resource.toString()) ?? [] });
    const settingsChanged = new vscode.EventEmitter<ReturnType<typeof api.deps.settings.get>>();
    const store = new AnalysisStore(api.analyzer, api.deps.settings.get, NEVER, optionsFor);
    const storeWithEvents = new AnalysisStore(api.analyzer, api.deps.settings.get, settingsChanged.event, optionsFor);
    try {
      const [analysisA, analysisB] = await Promise.all([store.ensure(documentA), store.ensure(documentB)]);
      assert.ok(!namesOf(analysisA).includes(name), `${name} ignored in its own folder's document`);
      assert.deepStrictEqual(namesOf(analysisB), namesOf(api.deps.store.get(documentB)), 'the other document keeps its names');

      await Promise.all([storeWithEvents.ensure(documentA), storeWithEvents.ensure(documentB)]);
      const runsBefore = storeWithEvents.stats.runs;
      ignoredIn.set(documentB.uri.toString(), [name]);
      settingsChanged.fire(api.deps.settings.get());
      await waitFor(() => storeWithEvents.get(documentB) && storeWithEvents.stats.runs === runsBefore + 1, 30_000, 'only B re-analysed');
      assert.ok(storeWithEvents.get(documentA), 'A kept its analysis: its options did not change');
    } finally {
      store.dispose();
      storeWithEvents.dispose();
      settingsChanged.dispose();
    }
  });
});
