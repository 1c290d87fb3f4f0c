// Settings edited by hand can hold anything. Invalid values must fall back to the defaults (with a warning),
// and the extension must keep analysing.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { DEFAULT_SETTINGS } from '../../src/services/settingsSchema';
import { activeExtension, openSample, SAMPLE_B, waitFor } from './util';

const INVALID: Record<string, unknown> = {
  'highlight.people': 'yes',
  aliases: ['not', 'an', 'object'],
  ignore: { not: 'a list' },
  maxFileSize: -5,
};

describe('invalid settings', function () {
  this.timeout(120_000);
  let api: NewsLensApi;

  before(async () => {
    await openSample(SAMPLE_B);
    api = (await activeExtension()).exports as NewsLensApi;
  });

  after(async () => {
    const config = vscode.workspace.getConfiguration('newsLens');
    for (const key of [...Object.keys(INVALID), 'highlight.quotes']) {
      await config.update(key, undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('fall back to the defaults and the article is still analysed', async () => {
    const config = vscode.workspace.getConfiguration('newsLens');
    for (const [key, value] of Object.entries(INVALID)) {
      await config.update(key, value, vscode.ConfigurationTarget.Global);
    }
    await waitFor(() => vscode.workspace.getConfiguration('newsLens').get('maxFileSize') === -5, 10_000, 'the invalid values written');
    const settings = api.deps.settings.get();
    assert.deepStrictEqual(settings, DEFAULT_SETTINGS);
    // One warning per invalid value, naming the setting (shown with showWarningMessage, once each).
    for (const key of Object.keys(INVALID)) {
      assert.ok(api.deps.settings.warnings.some(w => w.includes(`newsLens.${key}`)), `a warning about newsLens.${key}: ${JSON.stringify(api.deps.settings.warnings)}`);
    }
    const warned = api.deps.settings.warnings.length;
    await config.update('highlight.quotes', false, vscode.ConfigurationTarget.Global);
    await waitFor(() => !api.deps.settings.get().highlight.quotes, 10_000, 'a valid change read');
    assert.strictEqual(api.deps.settings.warnings.length, warned, 'the same invalid values are not warned about again');
    await config.update('highlight.quotes', undefined, vscode.ConfigurationTarget.Global);
    // An untitled copy: edits to a sample file could be saved by auto-save.
    const sample = (await openSample(SAMPLE_B)).document.getText();
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'plaintext', content: sample }));
    await waitFor(() => api.deps.store.get(editor.document), 60_000, 'the analysis of the article');
    const runs = api.deps.store.stats.runs;
    await editor.edit(b => b.insert(new vscode.Position(0, 0), 'Update: '));
    const analysis = await waitFor(() => (api.deps.store.stats.runs > runs ? api.deps.store.get(editor.document) : undefined), 60_000, 'the analysis after an edit');
    assert.ok(analysis.entities.length > 0);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
