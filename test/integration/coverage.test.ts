// Comparing three articles in a real VS Code (invented reports in test/fixtures/coverage/): Compare
// Articles… from code fills the Cross-Reference view's groups, the coverage webview gets its matrix,
// Not the Same and Merge write their settings and the tree follows, Export Coverage returns the JSON, and
// the hover presents the other articles.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { CoverageExport } from '../../src/core/coverageExport';
import type { NewsLensApi } from '../../src/extension';
import type { CoverageGroupNode } from '../../src/features/coverageTree';
import { Commands } from '../../src/ids';
import { SAMPLES_DIR, activeExtension, positionOf, waitFor } from './util';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/coverage');
const FILES = ['harbour-wire.txt', 'harbour-daily.txt', 'harbour-herald.txt'];

type Tree = NewsLensApi['coverage']['tree'];

function label(tree: Tree, node: CoverageGroupNode): string {
  const l = tree.getTreeItem(node).label;
  return typeof l === 'string' ? l : l?.label ?? '';
}

function groupOf(tree: Tree, entityName: string): string | undefined {
  const group = tree.roots.find(g => g.entities.some(e => e.entity.name === entityName));
  return group && label(tree, group);
}

function halePair(tree: Tree) {
  return tree.roots.flatMap(g => g.suggestions).find(s => [s.suggestion.a.name, s.suggestion.b.name].sort().join('|') === 'Ed Hale|Robert J. Hale');
}

describe('comparing three articles', function () {
  this.timeout(120000);
  let api: NewsLensApi;
  let tree: Tree;
  let uris: vscode.Uri[];
  const settingsDir = path.join(SAMPLES_DIR, '.vscode');
  let settingsDirExisted = false;

  before(async () => {
    settingsDirExisted = fs.existsSync(settingsDir);
    uris = FILES.map(f => vscode.Uri.file(path.join(FIXTURES, f)));
    for (const [i, uri] of uris.entries()) {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { viewColumn: i + 1, preview: false });
    }
    api = (await activeExtension()).exports as NewsLensApi;
    tree = api.coverage.tree;
  });

  after(async () => {
    const config = vscode.workspace.getConfiguration('newsLens');
    await config.update('aliases', undefined, vscode.ConfigurationTarget.Workspace);
    await config.update('distinct', undefined, vscode.ConfigurationTarget.Workspace);
    await api.deps.coverage.clear();
    if (!settingsDirExisted && fs.existsSync(settingsDir)) {
      fs.rmSync(settingsDir, { recursive: true, force: true });
    }
  });

  it('compares three open articles from code ({ uris }) and fills the view\'s groups', async () => {
    assert.strictEqual(await vscode.commands.executeCommand(Commands.compareArticles, { uris }), true);
    await waitFor(() => tree.status === 'ready' && groupOf(tree, 'Marta Ilves'), 60000, 'the coverage tree');
    assert.deepStrictEqual(tree.roots.map(g => label(tree, g)), ['In all 3 articles', 'In some articles', ...FILES.map(f => `Only in ${f}`), 'Possibly the same']);
    assert.strictEqual(groupOf(tree, 'Marta Ilves'), 'In all 3 articles');
    assert.strictEqual(groupOf(tree, 'Nadia Okafor'), 'Only in harbour-herald.txt');
    assert.strictEqual(groupOf(tree, 'Ed Hale'), 'Only in harbour-wire.txt');
    // The view itself shows the coverage tree: revealing an entity finds it there.
    assert.strictEqual(await vscode.commands.executeCommand(Commands.revealInPanel, { id: 'marta-ilves' }), true);
  });

  it('expands an entity into what each article calls it, with mention counts', () => {
    const ilves = tree.roots[0].entities.find(e => e.entity.name === 'Marta Ilves')!;
    const sides = tree.getChildren(ilves);
    assert.strictEqual(sides.length, 3);
    const details = tree.getChildren(sides[0]).map(n => tree.getTreeItem(n));
    assert.ok(details.some(d => d.description === 'name' && d.command?.command === Commands.revealMention));
  });

  it('Filter by Kind filters the coverage tree too, and the palette offers it while only a set is compared', async () => {
    const manifest = (await activeExtension()).packageJSON as { contributes: { menus: { commandPalette: { command: string; when?: string }[] } } };
    const palette = manifest.contributes.menus.commandPalette.find(entry => entry.command === Commands.filterByKind);
    assert.match(palette?.when ?? '', /newsLens\.hasCoverage/);
    assert.strictEqual(await vscode.commands.executeCommand(Commands.filterByKind, 'org'), 'org');
    await waitFor(() => tree.status === 'ready' && groupOf(tree, 'Marta Ilves') === undefined, 30000, 'people filtered out');
    const kinds = new Set(tree.roots.flatMap(g => g.entities.map(e => e.entity.kind)));
    assert.ok(!kinds.has('person'), [...kinds].join(', '));
    assert.strictEqual(await vscode.commands.executeCommand(Commands.filterByKind, 'all'), 'all');
    await waitFor(() => tree.status === 'ready' && groupOf(tree, 'Marta Ilves') === 'In all 3 articles', 30000, 'people back');
  });

  it('exportCoverage { format: "json" } returns news-lens/coverage@1', async () => {
    const data = await vscode.commands.executeCommand<CoverageExport>(Commands.exportCoverage, { format: 'json' });
    assert.strictEqual(data.schema, 'news-lens/coverage@1');
    assert.deepStrictEqual(data.articles.map(a => a.file), FILES);
    assert.deepStrictEqual(data.entities.find(e => e.name === 'Marta Ilves')?.presentIn, FILES);
    assert.ok(data.quotes.some(g => g.files.length === 2));
    assert.ok(data.suggestions.some(s => s.reason === 'surname'));
  });

  it('draws the coverage webview\'s matrix and validates its messages', async () => {
    const message = await vscode.commands.executeCommand<{ type: string; model?: { articles: string[]; entities: { name: string; cells: { count: number }[] }[] } }>(Commands.showCoverage);
    assert.strictEqual(message.type, 'showCoverage');
    assert.deepStrictEqual(message.model!.articles, FILES);
    const ilves = message.model!.entities.find(e => e.name === 'Marta Ilves')!;
    assert.ok(ilves.cells.every(c => c.count > 0));
    const before = api.coverage.panel.rejected;
    assert.strictEqual(await api.coverage.panel.handleMessage({ type: 'reveal', article: 0, start: 5, end: 2 }), false);
    assert.strictEqual(await api.coverage.panel.handleMessage({ type: 'merge', a: 'x', b: 'x' }), false);
    assert.strictEqual(api.coverage.panel.rejected, before + 2);
    assert.strictEqual(await api.coverage.panel.handleMessage({ type: 'reveal', article: 1, start: 0, end: 4 }), true);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), uris[1].toString());
  });

  it('presents the other compared articles in the hover', async () => {
    const doc = await vscode.workspace.openTextDocument(uris[2]);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'Marta Ilves'));
    const text = hovers.flatMap(h => h.contents).map(c => (typeof c === 'string' ? c : c.value)).join('\n');
    assert.match(text, /In the other 2 compared articles/);
    // File names are article-controlled text: escaped in the card.
    assert.match(text, /harbour\\-daily\\\.txt/);
  });

  it('Not the Same remembers the pair in newsLens.distinct and the suggestion goes', async () => {
    const node = halePair(tree);
    assert.ok(node, 'Ed Hale / Robert J. Hale is suggested');
    const pair = await vscode.commands.executeCommand<[string, string]>(Commands.rejectSuggestion, node);
    assert.deepStrictEqual([...pair].sort(), ['ed-hale', 'robert-j-hale']);
    await waitFor(() => !halePair(tree), 30000, 'the suggestion to go');
    await vscode.workspace.getConfiguration('newsLens').update('distinct', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor(() => halePair(tree), 30000, 'the suggestion to come back');
  });

  it('Merge writes newsLens.aliases and the entity moves to In some', async () => {
    const node = halePair(tree)!;
    const added = await vscode.commands.executeCommand<Record<string, string>>(Commands.mergeSuggestion, { a: node.suggestion.a.id, b: node.suggestion.b.id });
    assert.strictEqual(added['Ed Hale'], 'Robert J. Hale');
    assert.strictEqual(vscode.workspace.getConfiguration('newsLens').get<Record<string, string>>('aliases')?.['Ed Hale'], 'Robert J. Hale');
    await waitFor(() => groupOf(tree, 'Robert J. Hale') === 'In some articles', 60000, 'Robert J. Hale in some articles');
    assert.strictEqual(groupOf(tree, 'Ed Hale'), undefined);
    assert.ok(!halePair(tree));
  });
});
