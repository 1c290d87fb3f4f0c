// Writes VS Code's own default keybindings (the "Default Keyboard Shortcuts (JSON)" document of the host
// it runs in) to test/fixtures/vscodeDefaultKeybindings.json, which test/unit/keybindings.test.ts reads
// to prove News Lens takes no key away from VS Code. Run by tools/dump-default-keybindings.mjs.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

const FIXTURE = path.resolve(__dirname, '../../../../test/fixtures/vscodeDefaultKeybindings.json');

interface DefaultBinding {
  readonly key: string;
  readonly command: string;
  readonly when?: string;
}

/** The document is JSON with comments (line comments only, never inside a string of it). */
function parseJsonWithComments(text: string): unknown {
  return JSON.parse(text.replace(/^\s*\/\/.*$/gm, '').replace(/,(\s*[\]}])/g, '$1'));
}

describe('VS Code default keybindings', () => {
  it('are written to the fixture', async () => {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse('vscode://defaultsettings/keybindings.json'));
    const bindings = (parseJsonWithComments(document.getText()) as DefaultBinding[])
      .filter(b => !b.command.startsWith('-') && !b.command.startsWith('newsLens.')) // ours are what is checked
      .map(b => ({ key: b.key, command: b.command, ...(b.when ? { when: b.when } : {}) }));
    assert.ok(bindings.length > 500, `only ${bindings.length} default keybindings`);
    const fixture = { source: `VS Code ${vscode.version} (${process.platform}), Default Keyboard Shortcuts (JSON)`, bindings };
    fs.writeFileSync(FIXTURE, `${JSON.stringify(fixture, null, 1)}\n`);
  });
});
