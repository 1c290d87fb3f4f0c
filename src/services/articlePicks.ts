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
  /** The article's first line (its headline in a news text file), when known. */
  readonly headline?: string;
}

export interface WorkspaceFile<U> {
  readonly uri: U;
  readonly key: string;
  readonly path: string;
  readonly headline?: string;
}

export type ArticleChoice<U> =
  | { readonly kind: 'article'; readonly uri: U; readonly label: string; readonly description?: string; readonly detail?: string }
  | { readonly kind: 'browse'; readonly label: string; readonly description: string };

/**
 * Schemes of the workbench's own text (output channels, the debug console, input boxes): plain text,
 * but never an article someone wants to compare. Every other scheme is offered: files, untitled
 * editors, remote and virtual file systems, content providers.
 */
const WORKBENCH_SCHEMES = new Set(['output', 'debug', 'vscode-scm', 'comment', 'vscode-terminal', 'walkThroughSnippet']);

const ARTICLE_LANGUAGES = new Set(['plaintext', 'markdown']);

export const BROWSE_LABEL = '$(folder-opened) Browse…';

/** Longest headline shown under an article's name. */
const HEADLINE_MAX = 100;

/**
 * The headline as a picker shows it: the first line with text, Markdown heading marks and surrounding
 * space dropped, one line, cut at HEADLINE_MAX characters.
 */
export function headlineOf(firstLines: string): string | undefined {
  const line = firstLines.split(/\r\n|[\n\r\u2028\u2029]/).map(l => l.replace(/^\s*#+\s*/, '').replace(/\s+/g, ' ').trim()).find(l => l.length > 0);
  if (!line) {
    return undefined;
  }
  return line.length > HEADLINE_MAX ? `${line.slice(0, HEADLINE_MAX - 1)}…` : line;
}

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
  const add = (uri: U, key: string, path: string, isOpen: boolean, headline: string | undefined): void => {
    if (seen.has(key)) {
      return;
    }
    seen.add(key);
    const description = [isOpen ? 'open' : '', where(uri)].filter(Boolean).join(' · ');
    choices.push({ kind: 'article', uri, label: baseName(path, key), description: description || undefined, ...(headline ? { detail: headline } : {}) });
  };
  for (const doc of open) {
    if (!doc.isClosed && ARTICLE_LANGUAGES.has(doc.languageId) && !WORKBENCH_SCHEMES.has(doc.scheme)) {
      add(doc.uri, doc.key, doc.path, true, doc.headline);
    }
  }
  for (const file of [...files].sort((x, y) => x.path.localeCompare(y.path))) {
    add(file.uri, file.key, file.path, false, file.headline);
  }
  choices.push({ kind: 'browse', label: BROWSE_LABEL, description: 'Choose an article file anywhere' });
  return choices;
}
