// Articles that are not files on disk: untitled editors, a read-only TextDocumentContentProvider scheme
// and a virtual file system (what a virtual workspace such as a remote repository looks like). News Lens
// only reads TextDocuments, so analysis, hovers, the Outline and the comparison must work on all of them.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';
import { articleCandidates } from '../../src/services/articleCandidates';
import { activeExtension, openSample, SAMPLE_A, waitFor } from './util';

const ARTICLE = [
  'Angela Markwart met Emmanuel Dorval in Berlin on Monday, the German government said.',
  '“We agreed on the next steps,” Ms Markwart told reporters after the meeting.',
  'Mr Dorval said the two leaders would meet again in Paris next month.',
].join('\n\n') + '\n';

/** A read-only in-memory file system with one folder of articles. */
class MemoryFileSystem implements vscode.FileSystemProvider {
  private readonly emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.emitter.event;
  constructor(private readonly files: ReadonlyMap<string, string>) {}
  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }
  stat(uri: vscode.Uri): vscode.FileStat {
    const isDir = uri.path === '/' || uri.path === '/news';
    if (!isDir && !this.files.has(uri.path)) {
      throw vscode.FileSystemError.FileNotFound(uri);
    }
    return { type: isDir ? vscode.FileType.Directory : vscode.FileType.File, ctime: 0, mtime: 0, size: isDir ? 0 : this.files.get(uri.path)!.length };
  }
  readDirectory(): [string, vscode.FileType][] {
    return [...this.files.keys()].map(p => [p.slice(p.lastIndexOf('/') + 1), vscode.FileType.File]);
  }
  readFile(uri: vscode.Uri): Uint8Array {
    const content = this.files.get(uri.path);
    if (content === undefined) {
      throw vscode.FileSystemError.FileNotFound(uri);
    }
    return new TextEncoder().encode(content);
  }
  createDirectory(): void {
    throw vscode.FileSystemError.NoPermissions('read-only');
  }
  writeFile(): void {
    throw vscode.FileSystemError.NoPermissions('read-only');
  }
  delete(): void {
    throw vscode.FileSystemError.NoPermissions('read-only');
  }
  rename(): void {
    throw vscode.FileSystemError.NoPermissions('read-only');
  }
}

describe('articles outside the file system', function () {
  this.timeout(120_000);
  let api: NewsLensApi;
  const registrations: vscode.Disposable[] = [];

  before(async () => {
    await openSample(SAMPLE_A);
    api = (await activeExtension()).exports as NewsLensApi;
    registrations.push(
      vscode.workspace.registerTextDocumentContentProvider('newslens-virtual', { provideTextDocumentContent: () => ARTICLE }),
      vscode.workspace.registerFileSystemProvider('newslens-memfs', new MemoryFileSystem(new Map([
        ['/news/report.md', ARTICLE], ['/news/other.txt', ARTICLE.replace('Berlin', 'Brussels')],
      ])), { isReadonly: true }),
    );
  });

  after(async () => {
    await api.deps.comparison.clear();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    registrations.forEach(r => r.dispose());
  });

  /** Opens the document, waits for its analysis, and checks that hover and Outline answer on it. */
  async function checkArticle(document: vscode.TextDocument): Promise<void> {
    await vscode.window.showTextDocument(document, { preview: false });
    assert.ok(['plaintext', 'markdown'].includes(document.languageId), `language ${document.languageId}`);
    const analysis = await waitFor(() => api.deps.store.get(document), 60_000, `analysis of ${document.uri.toString()}`);
    assert.strictEqual(analysis.textLength, document.getText().length);
    const name = analysis.entities.find(e => e.kind === 'person');
    assert.ok(name, `a person found in ${document.uri.scheme}: ${analysis.entities.map(e => e.name).join(', ')}`);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(name.mentions[0].start + 1));
    assert.ok(hovers.length > 0, 'a hover card on the name');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.ok((symbols ?? []).some(s => s.name === 'People'), 'the Outline lists people');
  }

  it('analyses an untitled document', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: ARTICLE });
    assert.strictEqual(document.uri.scheme, 'untitled');
    await checkArticle(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('analyses a document of a TextDocumentContentProvider scheme', async () => {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse('newslens-virtual:/reports/article.txt'));
    await checkArticle(document);
  });

  it('analyses and compares documents of a virtual file system', async () => {
    const a = await vscode.workspace.openTextDocument(vscode.Uri.parse('newslens-memfs:/news/report.md'));
    const b = await vscode.workspace.openTextDocument(vscode.Uri.parse('newslens-memfs:/news/other.txt'));
    await checkArticle(a);
    await checkArticle(b);
    await api.deps.comparison.setPair(a.uri, b.uri);
    const xref = await waitFor(() => api.deps.comparison.crossReference(), 60_000, 'the cross-reference of two virtual documents');
    assert.ok(xref.entities.some(e => e.presence === 'both'), 'entities found in both');
    const exported = await vscode.commands.executeCommand<{ articles: { a: string; b: string } }>('newsLens.exportCrossReference', { format: 'json' });
    assert.deepStrictEqual(exported.articles, { a: 'report.md', b: 'other.txt' });
  });

  it('offers open articles of any scheme in Compare With…, and Browse…', async () => {
    const memfs = await vscode.workspace.openTextDocument(vscode.Uri.parse('newslens-memfs:/news/report.md'));
    const provided = await vscode.workspace.openTextDocument(vscode.Uri.parse('newslens-virtual:/reports/article.txt'));
    const sample = (await openSample(SAMPLE_A)).document;
    const choices = await articleCandidates(sample.uri);
    const offered = choices.flatMap(c => (c.kind === 'article' ? [c.uri.toString()] : []));
    for (const uri of [memfs.uri, provided.uri]) {
      assert.ok(offered.includes(uri.toString()), `${uri.toString()} offered (got ${offered.join(', ')})`);
    }
    assert.ok(!offered.includes(sample.uri.toString()), 'the article being compared is not offered');
    assert.strictEqual(choices[choices.length - 1].kind, 'browse');
    const memfsChoice = choices.find(c => c.kind === 'article' && c.uri.toString() === memfs.uri.toString());
    assert.strictEqual(memfsChoice?.description, 'open · newslens-memfs:/news');
  });
});
