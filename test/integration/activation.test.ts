import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, SAMPLE_A, activeExtension, openSample, waitFor } from './util';

interface Manifest {
  activationEvents: string[];
  contributes: { commands: { command: string }[] };
}

describe('activation', () => {
  it('activates when a sample article is opened', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded`);
    const editor = await openSample(SAMPLE_A);
    assert.strictEqual(editor.document.languageId, 'plaintext');
    await activeExtension();
  });

  it('never activates on startup for every file type', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as Manifest;
    assert.ok(!manifest.activationEvents.includes('*'));
  });

  it('registers every command contributed in package.json', async () => {
    const extension = await activeExtension();
    const contributed = (extension.packageJSON as Manifest).contributes.commands.map(c => c.command);
    const unregistered = async () => {
      const registered = new Set(await vscode.commands.getCommands(true));
      return contributed.filter(id => !registered.has(id));
    };
    await waitFor(async () => (await unregistered()).length === 0, 10000, 'registration of all contributed commands')
      .catch(() => undefined); // the assertion below names the missing commands
    assert.deepStrictEqual(await unregistered(), [], 'contributed commands without a registration');
  });
});
