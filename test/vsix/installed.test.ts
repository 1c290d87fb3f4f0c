import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, SAMPLE_A, activeExtension, openSample, positionOf, waitFor } from '../integration/util';

const repositoryRoot = path.resolve(__dirname, '../../..');

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap(h => h.contents).map(c => (typeof c === 'string' ? c : c.value)).join('\n');
}

describe('the installed VSIX', () => {
  it('is the packaged copy, not the working tree', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    assert.notStrictEqual(path.resolve(extension.extensionPath), repositoryRoot);
    // .vscodeignore keeps sources, tests and dependencies out of the package.
    for (const absent of ['src', 'test', 'node_modules', 'tsconfig.json']) {
      assert.ok(!fs.existsSync(path.join(extension.extensionPath, absent)), `${absent} is not in the VSIX`);
    }
    assert.ok(fs.existsSync(path.join(extension.extensionPath, 'dist', 'extension.js')), 'dist/extension.js is in the VSIX');
  });

  it('activates on a sample article', async () => {
    await openSample(SAMPLE_A);
    await activeExtension();
  });

  it('shows a hover card on a person\'s name', async () => {
    const editor = await openSample(SAMPLE_A);
    await activeExtension();
    // A surname that appears in every sentence style of the sample; the card names the person.
    const position = positionOf(editor.document, 'Koravsky').translate(0, 2);
    const text = await waitFor(async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
      return hoverText(hovers ?? []);
    }, 30000, 'a hover on "Koravsky"');
    assert.match(text, /Koravsky/);
  });
});
