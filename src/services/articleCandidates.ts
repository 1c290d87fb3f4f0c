// The articles a picker offers (Compare With…, Compare Articles…): open documents of any scheme, the workspace's
// article files, then Browse…, each with its headline and folder. Shared by the pair and the N-article commands.
import * as vscode from 'vscode';
import { articleChoices, headlineOf, type ArticleChoice } from './articlePicks';

/** Article files offered by Compare With… (besides open documents). */
const ARTICLE_GLOB = '**/*.{txt,md,markdown}';
const EXCLUDE_GLOB = '{**/node_modules/**,**/.git/**,**/dist/**,**/out/**,**/build/**,**/.vscode-test/**,**/.vscode-host/**}';
const MAX_FILES = 500;

/** Where an article is: its folder in the workspace, or its scheme and folder outside it. */
function where(uri: vscode.Uri): string {
  if (vscode.workspace.getWorkspaceFolder(uri)) {
    const rel = vscode.workspace.asRelativePath(uri, true);
    return rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
  }
  if (uri.scheme === 'untitled') {
    return 'unsaved';
  }
  const dir = uri.path.slice(0, uri.path.lastIndexOf('/'));
  return uri.scheme === 'file' ? dir : `${uri.scheme}:${uri.authority ? '//' + uri.authority : ''}${dir}`;
}

/** Characters read from the start of an article for its headline. */
const HEADLINE_WINDOW = 400;

/** The first lines of an open document, without copying its whole text. */
function openingOf(document: vscode.TextDocument): string {
  return document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, 5), 0)).slice(0, HEADLINE_WINDOW);
}

/** The opening of a file on disk (or any file system), or '' when it cannot be read. */
async function openingOfFile(uri: vscode.Uri): Promise<string> {
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return new TextDecoder().decode(bytes.subarray(0, HEADLINE_WINDOW * 4));
  } catch {
    return '';
  }
}

/** Every open article (any URI scheme), the workspace's article files, then Browse…; each with its headline. */
export async function articleCandidates(exclude: vscode.Uri | undefined): Promise<ArticleChoice<vscode.Uri>[]> {
  const open = vscode.workspace.textDocuments.map(d => ({
    uri: d.uri, key: d.uri.toString(), scheme: d.uri.scheme, path: d.uri.path, languageId: d.languageId, isClosed: d.isClosed,
    headline: d.isClosed ? undefined : headlineOf(openingOf(d)),
  }));
  let files: vscode.Uri[] = [];
  try {
    files = await vscode.workspace.findFiles(ARTICLE_GLOB, EXCLUDE_GLOB, MAX_FILES);
  } catch {
    // Some virtual file systems cannot search; open documents and Browse… are still offered.
  }
  const openKeys = new Set(open.map(d => d.key));
  const withHeadlines = await Promise.all(files.map(async uri => {
    const key = uri.toString();
    return { uri, key, path: uri.path, headline: openKeys.has(key) ? undefined : headlineOf(await openingOfFile(uri)) };
  }));
  return articleChoices(open, withHeadlines, exclude?.toString(), where);
}
