// Untrusted article text in a real VS Code: an article full of Markdown, HTML, command links and CSP-bypass
// attempts must show as text in hover cards and the Outline, and the Quotes webview must be locked down
// and reject malformed messages.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { CARD_COMMANDS } from '../../src/core/hoverCard';
import type { NewsLensApi } from '../../src/extension';
import { hostileArticle } from '../unit/support/hostile';
import { readMarkdown } from '../unit/support/markdownInert';
import { activeExtension, waitFor } from './util';

// eslint-disable-next-line no-control-regex -- control, bidi and zero-width characters must not reach a name
const INVISIBLE_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]/;

function markdownOf(content: vscode.MarkdownString | vscode.MarkedString): vscode.MarkdownString {
  if (content instanceof vscode.MarkdownString) {
    return content;
  }
  return typeof content === 'string' ? new vscode.MarkdownString(content) : new vscode.MarkdownString(`\`\`\`${content.language}\n${content.value}\n\`\`\``);
}

function enabledCommands(md: vscode.MarkdownString): readonly string[] {
  const trust = md.isTrusted;
  return typeof trust === 'object' ? trust.enabledCommands : [];
}

/** Every symbol below the News Lens groups (other providers, e.g. Markdown headings, are not ours). */
function ourSymbols(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.filter(s => ['People', 'Organisations', 'Quotes'].includes(s.name)).flatMap(s => [s, ...s.children]);
}

describe('untrusted article text in VS Code', function () {
  this.timeout(180_000);
  let api: NewsLensApi;
  let dir: string;
  const text = hostileArticle();

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-hostile-'));
    fs.writeFileSync(path.join(dir, 'hostile.txt'), text);
    fs.writeFileSync(path.join(dir, 'hostile.md'), text);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(dir, 'hostile.txt'))));
    api = (await activeExtension()).exports as NewsLensApi;
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  for (const file of ['hostile.txt', 'hostile.md']) {
    it(`${file}: every hover card is text, trusted only for our own commands`, async () => {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(dir, file)));
      await vscode.window.showTextDocument(document);
      const analysis = await waitFor(() => api.deps.store.get(document), 60_000, `analysis of ${file}`);
      const offsets = [
        ...analysis.entities.flatMap(e => e.mentions.map(m => m.start + 1)),
        ...analysis.quotes.map(q => q.start + 1),
      ];
      assert.ok(offsets.length > 10, `the engine found names and quotes to hover (${offsets.length})`);
      let cards = 0;
      for (const offset of offsets) {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
        for (const content of hovers.flatMap(h => h.contents)) {
          const md = markdownOf(content);
          const where = `hover at ${offset}:\n${md.value}`;
          assert.notStrictEqual(md.isTrusted, true, `blanket trust in ${where}`);
          assert.ok(enabledCommands(md).every(c => CARD_COMMANDS.includes(c)), `commands beyond the allow-list in ${where}`);
          assert.notStrictEqual(md.supportHtml, true, `HTML enabled in ${where}`);
          assert.deepStrictEqual(readMarkdown(md.value, enabledCommands(md)).problems, [], where);
          cards++;
        }
      }
      assert.ok(cards > 0, 'hover cards were shown');
    });

    it(`${file}: Outline names are plain one-line text`, async () => {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(dir, file)));
      await waitFor(() => api.deps.store.get(document), 60_000, `analysis of ${file}`);
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
      const ours = ourSymbols(symbols ?? []);
      assert.ok(ours.length > 3, 'the Outline lists News Lens groups and items');
      for (const symbol of ours) {
        assert.ok(symbol.name.trim().length > 0, 'a symbol without a name');
        assert.ok(!INVISIBLE_OR_BREAK.test(symbol.name) && !INVISIBLE_OR_BREAK.test(symbol.detail), `line break or invisible character in ${JSON.stringify(symbol.name)} / ${JSON.stringify(symbol.detail)}`);
        // Plain text, not Markdown: escapes a renderer would add are not in the name.
        assert.ok(!/\\[[\]()<>*_`!]/.test(symbol.name) || text.includes(symbol.name.match(/\\[[\]()<>*_`!]/)![0]), `Markdown escapes in ${JSON.stringify(symbol.name)}`);
      }
    });
  }

  it('the Cross-Reference panel labels hostile names, roles and quotes as one line of plain text', async () => {
    await api.deps.comparison.setPair(vscode.Uri.file(path.join(dir, 'hostile.txt')), vscode.Uri.file(path.join(dir, 'hostile.md')));
    const tree = api.crossReference;
    const labels: string[] = [];
    await waitFor(async () => {
      await tree.refresh();
      labels.length = 0;
      const walk = (nodes: ReturnType<typeof tree.getChildren>): void => {
        for (const node of nodes) {
          const item = tree.getTreeItem(node);
          const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
          labels.push(label, String(item.description ?? ''), typeof item.tooltip === 'string' ? item.tooltip : '');
          assert.ok(!(item.tooltip instanceof vscode.MarkdownString), `a Markdown tooltip on ${label}`);
          walk(tree.getChildren(node));
        }
      };
      walk(tree.getChildren());
      return labels.length > 30;
    }, 60_000, 'the panel filled with the hostile pair');
    for (const label of labels) {
      assert.ok(!INVISIBLE_OR_BREAK.test(label), `line break or invisible character in ${JSON.stringify(label)}`);
    }
    await api.deps.comparison.clear();
  });

  describe('the Quotes webview', () => {
    it('rejects malformed messages from the webview', async () => {
      const before = api.quotes.rejected;
      const malformed: unknown[] = [
        null, 'ready', 42, [], {}, { type: 'executeCommand', command: 'workbench.action.terminal.new' },
        { type: 'revealQuote', side: 'a', start: -1, end: 2 }, { type: 'revealQuote', side: 'z', start: 0, end: 1 },
        { type: 'revealQuote', side: 'a', start: 0, end: 1e20 }, { type: 'revealQuote', side: 'a', start: '0', end: '1' },
        { type: 'revealQuote', side: 'b', start: 9, end: 3 }, JSON.parse('{"__proto__": {"type": "ready"}}'),
        { type: 'ready ', extra: '<script>' },
      ];
      for (const message of malformed) {
        assert.strictEqual(await api.quotes.handleMessage(message), false, JSON.stringify(message));
      }
      assert.strictEqual(api.quotes.rejected - before, malformed.length);
    });

    it('is built with a strict CSP, a fresh random nonce, no command links and limited resource roots', () => {
      const pages: { html: string; options: vscode.WebviewOptions }[] = [];
      // The provider keeps the view it resolved; put the real one (if any) back after the stand-ins.
      const provider = api.quotes as unknown as { view: unknown; ready: boolean };
      const saved = { view: provider.view, ready: provider.ready };
      for (let i = 0; i < 2; i++) {
        const disposers: (() => void)[] = [];
        const event = (listener: () => void) => {
          disposers.push(listener);
          return { dispose: () => undefined };
        };
        const webview = {
          options: {} as vscode.WebviewOptions, html: '', cspSource: 'https://webview.test',
          asWebviewUri: (u: vscode.Uri) => u, onDidReceiveMessage: () => ({ dispose: () => undefined }), postMessage: async () => true,
        };
        const view = { webview, visible: false, onDidChangeVisibility: () => ({ dispose: () => undefined }), onDidDispose: event };
        api.quotes.resolveWebviewView(view as unknown as vscode.WebviewView);
        pages.push({ html: webview.html, options: webview.options });
        disposers.forEach(d => d());
      }
      Object.assign(provider, saved);
      const nonces = pages.map(p => {
        const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(p.html)?.[1] ?? '';
        assert.match(csp, /default-src 'none'/);
        assert.ok(!/unsafe-inline|unsafe-eval|\*/.test(csp), csp);
        const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1] ?? '';
        assert.ok(nonce.length >= 16, 'a nonce of at least 16 characters');
        const scripts = p.html.match(/<script\b[^>]*>/g) ?? [];
        assert.ok(scripts.length > 0 && scripts.every(s => s.includes(`nonce="${nonce}"`)), 'every script carries the nonce');
        assert.strictEqual(p.options.enableCommandUris ?? false, false);
        const roots = (p.options.localResourceRoots ?? []).map(u => u.path);
        assert.ok(roots.length > 0 && roots.every(r => /\/(dist\/webview|media)$/.test(r)), `resource roots ${roots.join(', ')}`);
        return nonce;
      });
      assert.notStrictEqual(nonces[0], nonces[1], 'a new nonce for every page');
    });
  });
});
