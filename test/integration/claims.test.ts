// Compare Claims in a real VS Code on the two samples: the panel opens beside the articles with the aligned
// claims, only-in-A/B and number conflicts; clicking reveals a claim; the export returns news-lens/claims@1;
// a hover shows a sentence's counterpart; the unique-claims highlight follows its setting.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ClaimsExport } from '../../src/core/claims/claimsExport';
import { escapeMarkdown } from '../../src/core/markdown';
import type { NewsLensApi } from '../../src/extension';
import { Commands } from '../../src/ids';
import type { ClaimsHostMessage, ShowClaimsMessage } from '../../src/webview/claimsProtocol';
import { SAMPLE_A, SAMPLE_B, activeExtension, openSample, positionOf, waitFor } from './util';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

describe('compare claims', function () {
  this.timeout(120000);
  let api: NewsLensApi;
  let docA: vscode.TextDocument;
  let docB: vscode.TextDocument;

  before(async () => {
    docA = (await openSample(SAMPLE_A)).document;
    api = (await activeExtension()).exports as NewsLensApi;
    docB = (await openSample(SAMPLE_B, vscode.ViewColumn.Two)).document;
    assert.strictEqual(await vscode.commands.executeCommand(Commands.compareWith, docA.uri, docB.uri), true);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('newsLens').update('highlight.uniqueClaims', undefined, vscode.ConfigurationTarget.Global);
  });

  it('opens the Compare Claims panel beside the articles with the claims of both', async () => {
    const message = await vscode.commands.executeCommand<ClaimsHostMessage>(Commands.showClaimComparison);
    assert.strictEqual(message.type, 'showClaims');
    const shown = message as ShowClaimsMessage;
    assert.deepStrictEqual(shown.articles, { a: SAMPLE_A, b: SAMPLE_B });
    assert.ok(shown.aligned.some(p => p.a.text.includes('Article 5-like') && p.b.text.includes('Article 5-like')), 'the security offer in both');
    assert.ok(shown.onlyA.some(c => c.text.includes('killed or wounded')), 'the toll only in A');
    assert.ok(shown.aligned.every(p => p.diff.length > 0));
    await waitFor(() => vscode.window.tabGroups.all.some(g => g.tabs.some(t => t.label === 'Compare Claims')), 15000, 'a Compare Claims tab');
    assert.strictEqual(api.claims.panel.lastMessage?.type, 'showClaims');
  });

  it('reveals a claim chosen in the panel and rejects malformed messages', async () => {
    const shown = api.claims.panel.lastMessage as ShowClaimsMessage;
    const target = shown.onlyB[0];
    assert.strictEqual(await api.claims.panel.handleMessage({ type: 'revealClaim', side: 'b', start: target.start, end: target.end }), true);
    const editor = await waitFor(() => vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === docB.uri.toString()
      && e.document.offsetAt(e.selection.start) === target.start), 15000, 'the claim selected in B');
    assert.strictEqual(editor.document.offsetAt(editor.selection.end), target.end);
    const rejected = api.claims.panel.rejected;
    assert.strictEqual(await api.claims.panel.handleMessage({ type: 'revealClaim', side: 'c', start: 0, end: 1 }), false);
    assert.strictEqual(await api.claims.panel.handleMessage({ type: 'revealClaim', side: 'a', start: 5, end: 1 }), false);
    assert.strictEqual(api.claims.panel.rejected, rejected + 2);
  });

  it('exports the comparison as news-lens/claims@1', async () => {
    const data = await vscode.commands.executeCommand<ClaimsExport>(Commands.exportClaims, { format: 'json' });
    assert.strictEqual(data.schema, 'news-lens/claims@1');
    assert.deepStrictEqual(data.articles, { a: SAMPLE_A, b: SAMPLE_B });
    const textA = docA.getText();
    for (const p of data.aligned) {
      assert.strictEqual(textA.slice(p.a.start, p.a.end), p.a.text);
    }
    assert.ok(data.onlyA.length > 0 && data.onlyB.length > 0);
  });

  it('shows a sentence\'s counterpart in a hover', async () => {
    const position = positionOf(docA, 'Article 5-like').translate(0, 2);
    const text = await waitFor(async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', docA.uri, position);
      const value = hoverText(hovers);
      return value.includes('Also reported in') ? value : undefined;
    }, 30000, 'a counterpart hover');
    assert.ok(text.includes(`Also reported in ${escapeMarkdown(SAMPLE_B)}`), text);
  });

  it('marks the sentences the other article does not report when newsLens.highlight.uniqueClaims is on', async () => {
    assert.strictEqual(api.claims.highlight.countFor(docA.uri), 0, 'off by default');
    await vscode.workspace.getConfiguration('newsLens').update('highlight.uniqueClaims', true, vscode.ConfigurationTarget.Global);
    const count = await waitFor(() => api.claims.highlight.countFor(docA.uri), 30000, 'unique claims marked in A');
    assert.strictEqual(count, (api.claims.panel.lastMessage as ShowClaimsMessage).onlyA.length);
    await vscode.workspace.getConfiguration('newsLens').update('highlight.uniqueClaims', false, vscode.ConfigurationTarget.Global);
    await waitFor(() => api.claims.highlight.countFor(docA.uri) === 0, 30000, 'the marks cleared');
  });
});
