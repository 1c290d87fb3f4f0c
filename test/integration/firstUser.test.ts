// What a first-time user meets before any comparison: articles wrap (one line per paragraph is how news
// text files come), and files that are no articles (README, CHANGELOG, LICENSE, dependencies, News
// Lens's own reports) are never analysed.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { Commands } from '../../src/ids';
import { SAMPLE_A, activeExtension, openSample } from './util';

const ARTICLE = 'Nadia Verhoeven, the port authority chief, said on Monday the strike would end. "We are close," Verhoeven said.\n';

describe('a first-time user', function () {
  this.timeout(120000);
  let api: NewsLensApi;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-first-user-'));

  before(async () => {
    await openSample(SAMPLE_A);
    api = (await activeExtension()).exports as NewsLensApi;
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeEditorsInOtherGroups');
    fs.rmSync(folder, { recursive: true, force: true });
  });

  async function openFile(name: string): Promise<vscode.TextDocument> {
    const file = path.join(folder, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, ARTICLE);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Two, preview: false });
    return document;
  }

  it('reads articles wrapped: editor.wordWrap resolves to on for plain text and Markdown', () => {
    for (const languageId of ['plaintext', 'markdown']) {
      assert.strictEqual(vscode.workspace.getConfiguration('editor', { languageId }).get('wordWrap'), 'on', languageId);
    }
  });

  it('analyses an article but not a README, CHANGELOG, LICENSE or a file under node_modules', async () => {
    const article = await openFile('port-strike.txt');
    assert.ok(await api.deps.store.ensure(article), 'an ordinary article is analysed');
    for (const name of ['README.md', 'CHANGELOG.md', 'LICENSE.txt', 'node_modules/pkg/notes.txt']) {
      const document = await openFile(name);
      assert.strictEqual(api.deps.store.isAnalysable(document), false, name);
      assert.strictEqual(await api.deps.store.ensure(document), undefined, name);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });

  it('opens the two bundled sample articles side by side as unsaved editors, compared', async () => {
    const uris = await vscode.commands.executeCommand<string[]>(Commands.openSamples);
    assert.strictEqual(uris?.length, 2);
    try {
      assert.ok(uris.every(u => vscode.Uri.parse(u).scheme === 'untitled'), JSON.stringify(uris));
      assert.deepStrictEqual(vscode.window.visibleTextEditors.filter(e => uris.includes(e.document.uri.toString())).map(e => e.viewColumn).sort(), [1, 2]);
      const pair = api.deps.comparison.pair;
      assert.deepStrictEqual([pair?.a.toString(), pair?.b.toString()], uris);
      const xref = await api.deps.comparison.crossReference();
      assert.ok(xref?.entities.some(e => e.presence === 'both'), 'the samples share people');
      assert.ok(xref?.quoteMatches.some(m => m.sameSource), 'the samples show a quotation credited to a person and to her firm');
    } finally {
      for (const uri of uris) {
        await vscode.window.showTextDocument(vscode.Uri.parse(uri));
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
      await vscode.commands.executeCommand(Commands.clearComparison);
    }
  });

  it('follows newsLens.exclude: an empty list analyses a README', async () => {
    const config = vscode.workspace.getConfiguration('newsLens');
    await config.update('exclude', [], vscode.ConfigurationTarget.Global);
    try {
      const readme = await openFile('README.md');
      assert.ok(await api.deps.store.ensure(readme), 'a README is analysed when nothing is excluded');
    } finally {
      await config.update('exclude', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
