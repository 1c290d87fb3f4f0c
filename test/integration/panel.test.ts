// The cross-reference panel in a real VS Code on the two samples: the tree's groups, export, quote
// alignment, revealing mentions, swap/clear, filter, merge and ignore settings, and the quotes webview's
// message validation. Assertions name only people any engine must find in these articles.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { CrossReferenceExport } from '../../src/core/exportShape';
import { escapeMarkdown } from '../../src/core/report';
import type { NewsLensApi } from '../../src/extension';
import type { EntityNode, GroupNode, TreeNode } from '../../src/features/crossReferenceTree';
import { automaticPairMessage } from '../../src/features/crossReferenceView';
import { Commands } from '../../src/ids';
import { SAMPLES_DIR, SAMPLE_A, SAMPLE_B, activeExtension, openSample, waitFor } from './util';

type Tree = NewsLensApi['crossReference'];

function groups(tree: Tree): GroupNode[] {
  return tree.getChildren() as GroupNode[];
}

function group(tree: Tree, presence: GroupNode['presence']): GroupNode {
  const g = groups(tree).find(x => x.presence === presence);
  assert.ok(g, `group ${presence}`);
  return g;
}

function labelOf(tree: Tree, node: TreeNode): string {
  const label = tree.getTreeItem(node).label;
  return typeof label === 'string' ? label : label?.label ?? '';
}

function entityLabels(tree: Tree, presence: GroupNode['presence']): string[] {
  return group(tree, presence).entities.map(e => labelOf(tree, e));
}

function findEntity(tree: Tree, presence: GroupNode['presence'], surname: string): EntityNode | undefined {
  return group(tree, presence).entities.find(e => e.entity.name.includes(surname));
}

/** Waits until the tree shows the pair with `surname` in the given group. */
function treeShows(tree: Tree, presence: GroupNode['presence'], surname: string, message: string): Promise<EntityNode> {
  return waitFor(() => (tree.status === 'ready' && groups(tree).length === 3 ? findEntity(tree, presence, surname) : undefined), 30000, message);
}

describe('cross-reference panel', function () {
  this.timeout(120000);
  let api: NewsLensApi;
  let tree: Tree;
  let uriA: vscode.Uri;
  let uriB: vscode.Uri;
  const settingsDir = path.join(SAMPLES_DIR, '.vscode');
  let settingsDirExisted = false;

  before(async () => {
    settingsDirExisted = fs.existsSync(settingsDir);
    uriA = (await openSample(SAMPLE_A)).document.uri;
    api = (await activeExtension()).exports as NewsLensApi;
    uriB = (await openSample(SAMPLE_B, vscode.ViewColumn.Two)).document.uri;
    tree = api.crossReference;
    assert.strictEqual(await vscode.commands.executeCommand(Commands.compareWith, uriA, uriB), true);
    await treeShows(tree, 'both', 'Brant', 'Brant in both articles');
  });

  after(async () => {
    const config = vscode.workspace.getConfiguration('newsLens');
    await config.update('aliases', undefined, vscode.ConfigurationTarget.Workspace);
    await config.update('ignore', undefined, vscode.ConfigurationTarget.Workspace);
    if (!settingsDirExisted && fs.existsSync(settingsDir)) {
      fs.rmSync(settingsDir, { recursive: true, force: true });
    }
  });

  it('groups entities: in both, only in A, only in B (named by file)', () => {
    assert.deepStrictEqual(groups(tree).map(g => labelOf(tree, g)), ['In both articles', `Only in ${SAMPLE_A}`, `Only in ${SAMPLE_B}`]);
    const both = entityLabels(tree, 'both');
    for (const surname of ['Brant', 'Koravsky', 'Kazlov', 'Dorval']) {
      assert.ok(both.some(l => l.includes(surname)), `${surname} in both: ${both.join(', ')}`);
    }
    assert.ok(entityLabels(tree, 'onlyA').some(l => l.includes('Ulitkin')), 'Ulitkin only in A');
    assert.ok(entityLabels(tree, 'onlyB').some(l => l.includes('Hulst')), 'Hulst only in B');
  });

  it('shows kind icons, mention counts per side, and per-side names, roles and quotes', () => {
    const brant = findEntity(tree, 'both', 'Brant');
    assert.ok(brant);
    const item = tree.getTreeItem(brant);
    assert.strictEqual((item.iconPath as vscode.ThemeIcon).id, 'person');
    // The articles by the names the groups use (file stems, shortened), never a bare "A" / "B".
    const stem = (name: string): string => name.replace(/\.txt$/, '').slice(0, 15);
    assert.match(String(item.description), new RegExp(`^\\d+ in ${stem(SAMPLE_A)}\\S* · \\d+ in ${stem(SAMPLE_B)}\\S*$`));
    const sides = tree.getChildren(brant);
    assert.deepStrictEqual(sides.map(s => labelOf(tree, s)), [SAMPLE_A, SAMPLE_B]);
    for (const side of sides) {
      const details = tree.getChildren(side);
      assert.ok(details.some(d => d.type === 'name'), 'names per side');
      assert.ok(details.every(d => tree.getTreeItem(d).command?.command === Commands.revealMention), 'every detail reveals its span');
      assert.strictEqual(tree.getParent(side), brant);
    }
  });

  it('exportCrossReference {format: "json"} returns what the tree shows', async () => {
    const data = await vscode.commands.executeCommand<CrossReferenceExport>(Commands.exportCrossReference, { format: 'json' });
    assert.ok(data && Array.isArray(data.entities));
    assert.deepStrictEqual(data.articles, { a: SAMPLE_A, b: SAMPLE_B });
    for (const presence of ['both', 'onlyA', 'onlyB'] as const) {
      assert.deepStrictEqual(data.entities.filter(e => e.presence === presence).map(e => e.name), entityLabels(tree, presence), presence);
    }
    const brant = data.entities.find(e => e.name.includes('Brant'));
    const node = findEntity(tree, 'both', 'Brant');
    assert.strictEqual(brant?.a?.mentionCount, node?.entity.a?.mentionCount);
    assert.strictEqual(brant?.b?.mentionCount, node?.entity.b?.mentionCount);
  });

  it('exports Markdown to a new editor and CSV to a file without prompting', async () => {
    const target = await vscode.commands.executeCommand(Commands.exportCrossReference, { format: 'markdown', target: 'editor' });
    assert.strictEqual(target, 'editor');
    const editor = await waitFor(() => (vscode.window.activeTextEditor?.document.isUntitled ? vscode.window.activeTextEditor : undefined), 10000, 'the export editor');
    assert.strictEqual(editor.document.languageId, 'markdown');
    assert.ok(editor.document.getText().startsWith(`# News Lens cross-reference\n\nArticles: ${escapeMarkdown(SAMPLE_A)} and ${escapeMarkdown(SAMPLE_B)}.`));
    assert.strictEqual(api.deps.store.isAnalysable(editor.document), false, 'the export is not analysed as an article');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    const file = vscode.Uri.file(path.join(os.tmpdir(), `news-lens-export-${process.pid}.csv`));
    try {
      await vscode.commands.executeCommand(Commands.exportCrossReference, { format: 'csv', target: file });
      const csv = fs.readFileSync(file.fsPath, 'utf8');
      assert.ok(csv.startsWith('record,article,file,entity_id,'));
      assert.ok(csv.includes('\r\nentity,A,' + SAMPLE_A + ','));
    } finally {
      fs.rmSync(file.fsPath, { force: true });
    }
  });

  it('refuses malformed export arguments with a usage message, for the pair and the coverage export alike', async () => {
    for (const command of [Commands.exportCrossReference, Commands.exportCoverage]) {
      await assert.rejects(Promise.resolve(vscode.commands.executeCommand(command, { format: 'pdf' })), /expected \{ format\?/);
      await assert.rejects(Promise.resolve(vscode.commands.executeCommand(command, { format: 'json', target: 42 })), /expected \{ format\?/);
      await assert.rejects(Promise.resolve(vscode.commands.executeCommand(command, 'json')), /expected \{ format\?/);
    }
  });

  it('opens the quotes comparison in the editor area, as a tab of the active group', async () => {
    await openSample(SAMPLE_A);
    const message = await vscode.commands.executeCommand<{ type: string }>(Commands.openQuotesInEditor);
    try {
      assert.strictEqual(message?.type, 'showComparison');
      assert.ok(api.quotes.panelOpen, 'the editor panel is open');
      const tab = await waitFor(() => vscode.window.tabGroups.all.flatMap(g => g.tabs).find(t => t.label === 'News Lens: Quotes'), 10000, 'the quotes tab');
      assert.ok(tab.input instanceof vscode.TabInputWebview, 'a webview tab in the editor area');
      assert.strictEqual(tab.group.viewColumn, vscode.ViewColumn.One, 'in the group that was active');
    } finally {
      const tabs = vscode.window.tabGroups.all.flatMap(g => g.tabs).filter(t => t.label === 'News Lens: Quotes');
      await vscode.window.tabGroups.close(tabs);
    }
    await waitFor(() => !api.quotes.panelOpen, 10000, 'the panel closed');
  });

  it('aligns the two quotes both samples carry', async () => {
    const data = await vscode.commands.executeCommand<CrossReferenceExport>(Commands.exportCrossReference, { format: 'json' });
    for (const words of ['BIG PROGRESS ON RUSSIA', 'We were able to win the following concession']) {
      const match = data.quoteMatches.find(m => m.a.text.includes(words) && m.b.text.includes(words));
      assert.ok(match, `quote "${words}…" matched across the articles`);
    }
    const message = await api.quotes.update();
    assert.strictEqual(message.type, 'showComparison');
    if (message.type === 'showComparison') {
      const aligned = message.rows.filter(r => r.a && r.b && r.a.text.includes('BIG PROGRESS ON RUSSIA'));
      assert.strictEqual(aligned.length, 1);
      assert.ok(['identical', 'reworded'].includes(aligned[0].kind));
    }
  });

  it('reveals a mention when an entry is executed', async () => {
    const kazlov = findEntity(tree, 'both', 'Kazlov');
    assert.ok(kazlov);
    const sideB = tree.getChildren(kazlov)[1];
    const name = tree.getChildren(sideB).find(d => d.type === 'name');
    assert.ok(name);
    const command = tree.getTreeItem(name).command;
    assert.ok(command?.arguments);
    await vscode.commands.executeCommand(command.command, ...command.arguments);
    const editor = await waitFor(() => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.toString() === uriB.toString() && !e.selection.isEmpty ? e : undefined;
    }, 10000, 'sample B active with a selection');
    const selected = editor.document.getText(editor.selection);
    assert.ok(kazlov.entity.b?.entity.mentions.some(m => m.text === selected), `selected "${selected}" is a mention of Kazlov`);
  });

  it('rejects malformed messages from the quotes webview and accepts a valid reveal', async () => {
    const before = api.quotes.rejected;
    for (const bad of [null, 'revealQuote', { type: 'revealQuote', side: 'x', start: 0, end: 1 }, { type: 'revealQuote', side: 'a', start: 9, end: 1 }, { type: 'run', command: 'x' }]) {
      assert.strictEqual(await api.quotes.handleMessage(bad), false, JSON.stringify(bad));
    }
    assert.strictEqual(api.quotes.rejected, before + 5);
    assert.strictEqual(await api.quotes.handleMessage({ type: 'revealQuote', side: 'a', start: 0, end: 5 }), true);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), uriA.toString());
  });

  it('filters by kind', async () => {
    await vscode.commands.executeCommand(Commands.filterByKind, 'person');
    assert.ok(groups(tree).every(g => g.entities.every(e => e.entity.kind === 'person')));
    await vscode.commands.executeCommand(Commands.filterByKind, 'org');
    assert.ok(groups(tree).every(g => g.entities.every(e => e.entity.kind === 'org')));
    await vscode.commands.executeCommand(Commands.filterByKind, 'all');
    assert.ok(findEntity(tree, 'both', 'Brant'));
  });

  it('reveals an entity in the panel by id', async () => {
    const brant = findEntity(tree, 'both', 'Brant');
    assert.ok(brant);
    assert.strictEqual(await vscode.commands.executeCommand(Commands.revealInPanel, { id: brant.entity.id }), true);
  });

  it('swaps and clears the pair', async () => {
    await vscode.commands.executeCommand(Commands.swapComparison);
    await treeShows(tree, 'onlyA', 'Hulst', 'Hulst only in the first article after swapping');
    assert.strictEqual(labelOf(tree, group(tree, 'onlyA')), `Only in ${SAMPLE_B}`);
    assert.ok(findEntity(tree, 'onlyB', 'Ulitkin'));
    await vscode.commands.executeCommand(Commands.clearComparison);
    await waitFor(() => tree.status === 'noPair' && tree.getChildren().length === 0, 10000, 'an empty tree after clearing');
    assert.strictEqual(api.deps.comparison.pair, undefined);
    await vscode.commands.executeCommand(Commands.compareWith, uriA, uriB);
    await treeShows(tree, 'onlyA', 'Ulitkin', 'the pair restored');
  });

  it('follows edits of an article without reloading (an untitled copy of B)', async () => {
    const copy = await vscode.workspace.openTextDocument({ language: 'plaintext', content: (await vscode.workspace.openTextDocument(uriB)).getText() });
    await vscode.window.showTextDocument(copy, vscode.ViewColumn.Two);
    try {
      await vscode.commands.executeCommand(Commands.compareWith, uriA, copy.uri);
      await treeShows(tree, 'onlyB', 'Hulst', 'the copy of B paired');
      const edit = new vscode.WorkspaceEdit();
      edit.insert(copy.uri, new vscode.Position(0, 0), 'Rebecca Rawiri, the former New Zealand prime minister, was also invited.\n\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await treeShows(tree, 'onlyB', 'Rawiri', 'a name added to B in the panel');
    } finally {
      await vscode.window.showTextDocument(copy, vscode.ViewColumn.Two);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.commands.executeCommand(Commands.compareWith, uriA, uriB);
    }
    await treeShows(tree, 'onlyB', 'Hulst', 'the pair restored');
  });

  it('says when the pair was formed automatically, and opens "In both articles" for each new pair', async () => {
    const view = api.crossReference;
    await openSample(SAMPLE_A); // B must not be the active editor already, or opening it changes nothing
    await vscode.commands.executeCommand(Commands.clearComparison);
    try {
      await openSample(SAMPLE_B, vscode.ViewColumn.Two);
      await openSample(SAMPLE_A);
      await waitFor(() => api.deps.comparison.pair && !api.deps.comparison.isExplicit && view.status === 'ready', 15000, 'an automatic pair');
      const both = group(view, 'both');
      const item = view.getTreeItem(both);
      assert.strictEqual(item.collapsibleState, vscode.TreeItemCollapsibleState.Expanded);
      assert.ok(String(item.id).includes(api.deps.comparison.pair!.a.toString()), 'group ids belong to the pair');
      assert.match(automaticPairMessage(api.deps, view.status) ?? '', /^Automatic pair: .*Compare With…/);
      await vscode.commands.executeCommand(Commands.compareWith, uriA, uriB);
      assert.strictEqual(automaticPairMessage(api.deps, view.status), undefined, 'a chosen pair is not called automatic');
    } finally {
      await vscode.commands.executeCommand(Commands.compareWith, uriA, uriB);
    }
    await treeShows(tree, 'onlyA', 'Ulitkin', 'the explicit pair restored');
  });

  it('forms an implicit pair from the last two active articles, keeping its order when switching between them', async () => {
    const pairOf = (): string | undefined => {
      const p = api.deps.comparison.pair;
      return p && `${path.basename(p.a.fsPath)} ${path.basename(p.b.fsPath)}`;
    };
    await openSample(SAMPLE_A);
    await vscode.commands.executeCommand(Commands.clearComparison);
    try {
      await openSample(SAMPLE_B, vscode.ViewColumn.Two);
      await openSample(SAMPLE_A);
      await waitFor(() => pairOf() === `${SAMPLE_B} ${SAMPLE_A}`, 10000, 'the implicit pair B, A');
      assert.strictEqual(api.deps.comparison.isExplicit, false);
      await openSample(SAMPLE_B, vscode.ViewColumn.Two);
      await openSample(SAMPLE_A);
      assert.strictEqual(pairOf(), `${SAMPLE_B} ${SAMPLE_A}`, 'switching between the two keeps the order');
      const untitled = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'A third report.' });
      await vscode.window.showTextDocument(untitled, vscode.ViewColumn.Two);
      await waitFor(() => pairOf() === `${SAMPLE_A} ${path.basename(untitled.uri.fsPath)}`, 10000, 'a third article replacing the less recently active one');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } finally {
      await vscode.commands.executeCommand(Commands.compareWith, uriA, uriB);
    }
    await treeShows(tree, 'onlyA', 'Ulitkin', 'the explicit pair restored');
  });

  it('applies a merge (newsLens.aliases) and an ignore (newsLens.ignore) to the panel', async () => {
    const ulitkin = findEntity(tree, 'onlyA', 'Ulitkin');
    const kazlov = findEntity(tree, 'both', 'Kazlov');
    assert.ok(ulitkin && kazlov);
    const added = await vscode.commands.executeCommand<Record<string, string>>(Commands.mergeEntity, { id: ulitkin.entity.id, into: kazlov.entity.id });
    assert.ok(added && Object.values(added).every(v => v === kazlov.entity.name), JSON.stringify(added));
    const aliases = vscode.workspace.getConfiguration('newsLens').inspect<Record<string, string>>('aliases')?.workspaceValue;
    assert.strictEqual(aliases?.[ulitkin.entity.name], kazlov.entity.name);
    await waitFor(() => tree.status === 'ready' && groups(tree).length === 3 && !findEntity(tree, 'onlyA', 'Ulitkin'), 30000, 'Ulitkin merged away');
    await vscode.workspace.getConfiguration('newsLens').update('aliases', undefined, vscode.ConfigurationTarget.Workspace);
    const back = await treeShows(tree, 'onlyA', 'Ulitkin', 'Ulitkin back after removing the alias');

    const ignored = await vscode.commands.executeCommand<string[]>(Commands.ignoreEntity, { id: back.entity.id });
    assert.ok(ignored?.includes(back.entity.name));
    await waitFor(() => tree.status === 'ready' && groups(tree).length === 3 && !findEntity(tree, 'onlyA', 'Ulitkin'), 30000, 'Ulitkin ignored');
    await vscode.workspace.getConfiguration('newsLens').update('ignore', undefined, vscode.ConfigurationTarget.Workspace);
    await treeShows(tree, 'onlyA', 'Ulitkin', 'Ulitkin back after removing the ignore entry');
  });
});
