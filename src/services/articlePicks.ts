// What Compare With… offers: every open article whatever its URI scheme, the workspace's article files,
// and a way to browse for any other file. Pure (no vscode import) so the list is unit-tested in Node.

/** An open document, reduced to what the list needs. `uri` is whatever the caller keeps (a vscode.Uri). */
export interface OpenDocument<U> {
  readonly uri: U;
  /** The URI as a string: the identity used to drop duplicates and the excluded article. */
  readonly key: string;
  readonly scheme: string;
  readonly path: string;
  readonly languageId: string;
  readonly isClosed: boolean;
}

export interface WorkspaceFile<U> {
  readonly uri: U;
  readonly key: string;
  readonly path: string;
}

export type ArticleChoice<U> =
  | { readonly kind: 'article'; readonly uri: U; readonly label: string; readonly description?: string }
  | { readonly kind: 'browse'; readonly label: string; readonly description: string };

/**
 * Schemes of the workbench's own text (output channels, the debug console, input boxes): plain text,
 * but never an article someone wants to compare. Every other scheme is offered: files, untitled
 * editors, remote and virtual file systems, content providers.
 */
const WORKBENCH_SCHEMES = new Set(['output', 'debug', 'vscode-scm', 'comment', 'vscode-terminal', 'walkThroughSnippet']);

const ARTICLE_LANGUAGES = new Set(['plaintext', 'markdown']);

export const BROWSE_LABEL = '$(folder-opened) Browse…';

function baseName(path: string, key: string): string {
  return path.slice(path.lastIndexOf('/') + 1) || key;
}

/**
 * The choices in display order: open articles (in the order VS Code lists them), then workspace files
 * sorted by path, then Browse…. `where(uri)` describes an article's location (a workspace-relative
 * folder, or its scheme and authority outside the workspace); `exclude` is the article already chosen.
 */
export function articleChoices<U>(
  open: readonly OpenDocument<U>[],
  files: readonly WorkspaceFile<U>[],
  exclude: string | undefined,
  where: (uri: U) => string,
): ArticleChoice<U>[] {
  const seen = new Set<string>(exclude !== undefined ? [exclude] : []);
  const choices: ArticleChoice<U>[] = [];
  const add = (uri: U, key: string, path: string, isOpen: boolean): void => {
    if (seen.has(key)) {
      return;
    }
    seen.add(key);
    const description = [isOpen ? 'open' : '', where(uri)].filter(Boolean).join(' · ');
    choices.push({ kind: 'article', uri, label: baseName(path, key), description: description || undefined });
  };
  for (const doc of open) {
    if (!doc.isClosed && ARTICLE_LANGUAGES.has(doc.languageId) && !WORKBENCH_SCHEMES.has(doc.scheme)) {
      add(doc.uri, doc.key, doc.path, true);
    }
  }
  for (const file of [...files].sort((x, y) => x.path.localeCompare(y.path))) {
    add(file.uri, file.key, file.path, false);
  }
  choices.push({ kind: 'browse', label: BROWSE_LABEL, description: 'Choose an article file anywhere' });
  return choices;
}
