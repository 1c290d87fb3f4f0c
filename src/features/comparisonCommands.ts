// Choosing the two compared articles: Compare With…, Open Comparison, Swap, Clear.
import * as vscode from 'vscode';
import { Commands, Views } from '../ids';
import { isArticle } from '../services/ranges';
import { articleCandidates } from '../services/articleCandidates';
import { asUri } from '../services/revealSpan';
import type { ArticleChoice } from '../services/articlePicks';
import type { FeatureDeps } from './deps';

interface ArticlePick extends vscode.QuickPickItem {
  readonly choice: ArticleChoice<vscode.Uri>;
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}

function activeArticle(): vscode.Uri | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor && isArticle(editor.document) ? editor.document.uri : undefined;
}

async function browseForArticle(title: string, near: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  const folder = near && near.scheme !== 'untitled' ? vscode.Uri.joinPath(near, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
  const chosen = await vscode.window.showOpenDialog({
    title, defaultUri: folder, canSelectFiles: true, canSelectFolders: false, canSelectMany: false, openLabel: 'Compare',
    filters: { Articles: ['txt', 'md', 'markdown'], 'All files': ['*'] },
  });
  return chosen?.[0];
}

async function pickArticle(title: string, exclude: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  const picks: ArticlePick[] = (await articleCandidates(exclude)).map(choice => ({
    choice, label: choice.label, description: choice.description, detail: choice.kind === 'article' ? choice.detail : undefined,
  }));
  const picked = await vscode.window.showQuickPick(picks, {
    title, placeHolder: 'Article to compare (open, in the workspace, or browse): type words of its file, folder or headline', matchOnDescription: true, matchOnDetail: true,
  });
  if (!picked) {
    return undefined;
  }
  return picked.choice.kind === 'article' ? picked.choice.uri : browseForArticle(title, exclude);
}

/** Opens A and B side by side (A left, B right) and shows the panel. */
async function showPair(deps: FeatureDeps): Promise<boolean> {
  const pair = deps.comparison.pair;
  if (!pair) {
    return false;
  }
  // Opening the comparison is a choice: fix the pair, so focusing either editor does not change it.
  if (!deps.comparison.isExplicit) {
    await deps.comparison.setPair(pair.a, pair.b);
  }
  try {
    const [docA, docB] = await Promise.all([vscode.workspace.openTextDocument(pair.a), vscode.workspace.openTextDocument(pair.b)]);
    await vscode.window.showTextDocument(docA, { viewColumn: vscode.ViewColumn.One, preview: false });
    await vscode.window.showTextDocument(docB, { viewColumn: vscode.ViewColumn.Two, preview: false, preserveFocus: true });
  } catch {
    void vscode.window.showWarningMessage('News Lens: one of the compared articles cannot be opened.');
    return false;
  }
  await vscode.commands.executeCommand(`${Views.crossReference}.focus`);
  return true;
}

/**
 * newsLens.compareWith(uriA?, uriB?). With two URIs (or the explorer's two selected files) it sets the
 * pair without prompting or opening editors (for code and tests). With one URI it pairs the active
 * article with it. Without arguments it asks, then opens the two side by side.
 */
async function compareWith(deps: FeatureDeps, arg0?: unknown, arg1?: unknown): Promise<boolean> {
  const selected = Array.isArray(arg1) ? arg1.map(asUri).filter((u): u is vscode.Uri => !!u) : [];
  if (selected.length === 2) {
    await deps.comparison.setPair(selected[0], selected[1]);
    return true;
  }
  const given0 = asUri(arg0);
  const given1 = asUri(arg1);
  if (given0 && given1) {
    await deps.comparison.setPair(given0, given1);
    return true;
  }
  let a = activeArticle();
  let b = given0;
  if (b && !a) {
    a = b;
    b = undefined;
  }
  if (!a) {
    a = await pickArticle('News Lens: Choose the first article', undefined);
  }
  if (a && !b) {
    b = await pickArticle(`News Lens: Compare ${baseName(a)} with…`, a);
  }
  if (!a || !b) {
    return false;
  }
  await deps.comparison.setPair(a, b);
  return showPair(deps);
}

export function registerComparisonCommands(context: vscode.ExtensionContext, deps: FeatureDeps): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.compareWith, (arg0?: unknown, arg1?: unknown) => compareWith(deps, arg0, arg1)),
    vscode.commands.registerCommand(Commands.openComparison, async () => (deps.comparison.pair ? showPair(deps) : compareWith(deps))),
    vscode.commands.registerCommand(Commands.swapComparison, async () => {
      await deps.comparison.swap();
      return deps.comparison.pair !== undefined;
    }),
    vscode.commands.registerCommand(Commands.clearComparison, async () => {
      await deps.comparison.clear();
      return true;
    }),
  );
}
