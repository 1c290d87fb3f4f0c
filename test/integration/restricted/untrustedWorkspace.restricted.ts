// Restricted Mode: VS Code runs this with workspace trust enabled and restricted/workspace/ NOT trusted
// (tools/run-integration.mjs, step "restricted"). package.json declares untrustedWorkspaces
// { supported: true } with no restricted settings, and the README says everything works and the
// workspace's News Lens settings still apply. This checks exactly that, through the real workbench.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../../src/extension';
import { activeExtension, waitFor } from '../util';

/** The untrusted folder this VS Code opened (out/test/integration/restricted → the repository). */
const WORKSPACE = path.resolve(__dirname, '../../../../test/integration/restricted/workspace');

/** What restricted/workspace/.vscode/settings.json sets. */
const WORKSPACE_SETTINGS = {
  ignore: ['Ministry of Transport'],
  aliases: { 'Tom Brennan': 'Maria Okafor' },
  maxFileSize: 20000,
};

async function open(name: string, column = vscode.ViewColumn.One): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(WORKSPACE, name)));
  return vscode.window.showTextDocument(document, { viewColumn: column, preview: false });
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap(h => h.contents).map(c => (typeof c === 'string' ? c : c.value)).join('\n');
}

describe('Restricted Mode (an untrusted workspace)', function () {
  this.timeout(180_000);
  let api: NewsLensApi;
  let extension: vscode.Extension<unknown>;
  let strike: vscode.TextEditor;

  before(async () => {
    strike = await open('port-strike.txt');
    extension = await activeExtension();
    api = extension.exports as NewsLensApi;
  });

  after(async () => {
    await api.deps.comparison.clear();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('runs in a folder VS Code does not trust, as package.json declares', () => {
    // Without this the rest would prove nothing: the run must really be in Restricted Mode.
    assert.strictEqual(vscode.workspace.isTrusted, false, 'the workspace is untrusted');
    assert.strictEqual(vscode.workspace.workspaceFolders?.[0]?.uri.fsPath, WORKSPACE);
    const declared = (extension.packageJSON as { capabilities?: { untrustedWorkspaces?: unknown } }).capabilities?.untrustedWorkspaces;
    // Supported, and no restrictedConfigurations: no setting of ours is ignored in Restricted Mode.
    assert.deepStrictEqual(declared, { supported: true });
  });

  it('reads the untrusted workspace\'s News Lens settings', async () => {
    const config = vscode.workspace.getConfiguration('newsLens');
    assert.deepStrictEqual(config.inspect('ignore')?.workspaceValue, WORKSPACE_SETTINGS.ignore);
    assert.deepStrictEqual(config.inspect('aliases')?.workspaceValue, WORKSPACE_SETTINGS.aliases);
    assert.strictEqual(config.inspect('maxFileSize')?.workspaceValue, WORKSPACE_SETTINGS.maxFileSize);
    assert.strictEqual(config.inspect('highlight.quotes')?.workspaceValue, false);
    const settings = api.deps.settings.get();
    assert.deepStrictEqual(settings.ignore, WORKSPACE_SETTINGS.ignore);
    assert.deepStrictEqual(settings.aliases, WORKSPACE_SETTINGS.aliases);
    assert.strictEqual(settings.maxFileSize, WORKSPACE_SETTINGS.maxFileSize);
    assert.strictEqual(settings.highlight.quotes, false);
  });

  it('analyses, highlights, hovers and outlines with the workspace\'s ignore list, aliases and highlight settings', async () => {
    const document = strike.document;
    const analysis = await waitFor(() => api.deps.store.get(document), 90_000, 'analysis of port-strike.txt');
    const names = analysis.entities.map(e => e.name);
    assert.ok(!names.includes('Ministry of Transport'), `the ignored name is left out: ${names.join(', ')}`);
    assert.ok(!names.includes('Tom Brennan'), `the alias is merged away: ${names.join(', ')}`);
    const okafor = analysis.entities.find(e => e.name === 'Maria Okafor');
    assert.ok(okafor, `Maria Okafor found: ${names.join(', ')}`);
    assert.ok(okafor.aliases.includes('Tom Brennan'), `Tom Brennan is a name of Maria Okafor: ${JSON.stringify(okafor?.aliases)}`);
    assert.ok(analysis.quotes.length >= 2, 'quotes are found');

    // Quotes found but not drawn (newsLens.highlight.quotes is false in the workspace); people drawn.
    const counts = await waitFor(() => {
      const c = api.highlights.countsFor(document.uri);
      return c && c.person > 0 ? c : undefined;
    }, 30_000, 'highlights of port-strike.txt');
    assert.strictEqual(counts.quote + counts.unattributedQuote, 0, `no quote highlighted: ${JSON.stringify(counts)}`);

    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(okafor.mentions[0].start + 1));
    const card = hoverText(hovers);
    assert.match(card, /Maria Okafor/, 'the hover card names the person');
    assert.match(card, /Tom Brennan/, 'and lists the merged name');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.ok((symbols ?? []).some(s => s.name === 'People'), 'the Outline lists people');
  });

  it('compares two articles in the Cross-Reference panel and exports the comparison', async () => {
    const deal = await open('dock-deal.txt', vscode.ViewColumn.Two);
    assert.strictEqual(await vscode.commands.executeCommand('newsLens.compareWith', strike.document.uri, deal.document.uri), true);
    const tree = api.crossReference;
    await waitFor(() => tree.status === 'ready' && tree.getChildren().length === 3, 60_000, 'the panel showing the pair');
    const xref = await waitFor(() => api.deps.comparison.crossReference(), 60_000, 'the cross-reference');
    const both = xref.entities.filter(e => e.presence === 'both').map(e => e.name);
    assert.ok(both.includes('Maria Okafor'), `Maria Okafor in both articles: ${both.join(', ')}`);
    assert.ok(xref.entities.every(e => e.name !== 'Ministry of Transport'), 'the ignored name is in neither article');
    const exported = await vscode.commands.executeCommand<{ articles: { a: string; b: string } }>('newsLens.exportCrossReference', { format: 'json' });
    assert.deepStrictEqual(exported.articles, { a: 'port-strike.txt', b: 'dock-deal.txt' });
  });

  it('keeps the workspace\'s size limit: a longer article waits for Analyse Anyway', async () => {
    const text = 'The minister, Jane Roe, said the port would stay open. '.repeat(Math.ceil((WORKSPACE_SETTINGS.maxFileSize + 1000) / 55));
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: text });
    await vscode.window.showTextDocument(document, { preview: false });
    await waitFor(() => api.deps.store.isTooLarge(document), 10_000, 'the article over the workspace limit');
    assert.strictEqual(api.deps.store.get(document), undefined, 'not analysed automatically');
    await vscode.commands.executeCommand('newsLens.analyzeAnyway', document.uri);
    const analysis = await waitFor(() => api.deps.store.get(document), 90_000, 'analysis after Analyse Anyway');
    assert.strictEqual(analysis.textLength, text.length);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
