// Corrections across the compared articles in a real VS Code: "Merge with…" of an organisation's short
// name in article B into the long name article A uses writes newsLens.aliases, keeps the organisation an
// organisation and moves it to "in both" (the export's JSON says so), and "Undo Last Correction" puts it
// back. The articles are invented, written the way two outlets would report one strike.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { CrossReferenceExport, ExportEntity } from '../../src/core/exportShape';
import type { NewsLensApi } from '../../src/extension';
import { Commands } from '../../src/ids';
import { SAMPLES_DIR, activeExtension, waitFor } from './util';

const LONG_NAME = 'Kelderwick Shipping Corporation';
const SHORT_NAME = 'Kelderwick';
const ARTICLE_A = [
  `Harbour workers walked out on Tuesday at the ${LONG_NAME} terminal.`,
  '',
  `${LONG_NAME} said talks with the union would resume. "We want a fair deal," said Mara Ostend, a union organiser.`,
  '',
].join('\n');
const ARTICLE_B = [
  `Dockers struck on Tuesday at a terminal run by ${SHORT_NAME}.`,
  '',
  `${SHORT_NAME} said it would meet the union again. ${SHORT_NAME}'s shares fell.`,
  '',
].join('\n');

function exported(): Thenable<CrossReferenceExport | undefined> {
  return vscode.commands.executeCommand<CrossReferenceExport | undefined>(Commands.exportCrossReference, { format: 'json' });
}

function organisations(data: CrossReferenceExport | undefined, stem: string): ExportEntity[] {
  return (data?.entities ?? []).filter(e => e.kind === 'org' && e.name.startsWith(stem));
}

describe('corrections across the compared articles', function () {
  this.timeout(120000);
  let api: NewsLensApi;
  const settingsDir = path.join(SAMPLES_DIR, '.vscode');
  let settingsDirExisted = false;
  const opened: vscode.TextDocument[] = [];

  before(async () => {
    settingsDirExisted = fs.existsSync(settingsDir);
    for (const [content, column] of [[ARTICLE_A, vscode.ViewColumn.One], [ARTICLE_B, vscode.ViewColumn.Two]] as const) {
      const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content });
      await vscode.window.showTextDocument(document, { viewColumn: column, preview: false });
      opened.push(document);
    }
    api = (await activeExtension()).exports as NewsLensApi;
    assert.strictEqual(await vscode.commands.executeCommand(Commands.compareWith, opened[0].uri, opened[1].uri), true);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('newsLens').update('aliases', undefined, vscode.ConfigurationTarget.Workspace);
    if (!settingsDirExisted && fs.existsSync(settingsDir)) {
      fs.rmSync(settingsDir, { recursive: true, force: true });
    }
    await vscode.commands.executeCommand(Commands.clearComparison);
    for (const document of opened) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it("merges B's short name of an organisation into A's long name: one organisation in both, undoable", async () => {
    const before = await waitFor(async () => {
      const data = await exported();
      return organisations(data, SHORT_NAME).length === 2 ? data : undefined;
    }, 30000, 'the long name only in A and the short name only in B');
    const long = organisations(before, SHORT_NAME).find(e => e.presence === 'onlyA');
    const short = organisations(before, SHORT_NAME).find(e => e.presence === 'onlyB');
    assert.ok(long && short, JSON.stringify(organisations(before, SHORT_NAME).map(e => [e.name, e.presence])));
    assert.strictEqual(long.name, LONG_NAME);

    const added = await vscode.commands.executeCommand<Record<string, string>>(Commands.mergeEntity, { id: short.id, into: long.id });
    assert.deepStrictEqual(added, { [SHORT_NAME]: LONG_NAME });
    const aliases = vscode.workspace.getConfiguration('newsLens').inspect<Record<string, string>>('aliases')?.workspaceValue;
    assert.strictEqual(aliases?.[SHORT_NAME], LONG_NAME, 'the merge is written to newsLens.aliases');

    const merged = await waitFor(async () => {
      const data = await exported();
      return organisations(data, SHORT_NAME).length === 1 ? data : undefined;
    }, 30000, 'one organisation after the merge');
    const [one] = organisations(merged, SHORT_NAME);
    assert.deepStrictEqual([one.name, one.kind, one.presence], [LONG_NAME, 'org', 'both']);
    assert.ok(one.b?.names.includes(SHORT_NAME), `B's name for it: ${JSON.stringify(one.b?.names)}`);
    assert.ok(!merged?.entities.some(e => e.kind === 'person' && e.name.includes(SHORT_NAME)), 'no person made of the organisation');

    assert.ok(await vscode.commands.executeCommand<string>(Commands.undoCorrection), 'the merge is undone');
    assert.strictEqual(vscode.workspace.getConfiguration('newsLens').inspect('aliases')?.workspaceValue, undefined);
    await waitFor(async () => organisations(await exported(), SHORT_NAME).length === 2, 30000, 'the two organisations apart again after the undo');
    assert.ok(api.deps.comparison.pair, 'the pair stays');
  });
});
