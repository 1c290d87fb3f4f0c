// Bad input in the editor itself: the unit tests prove the engine's offsets; these prove that what
// VS Code shows (ranges, hovers, the Outline, highlights) lands on the same characters when the text is
// blank, full of astral characters, CRLF, quotation marks only, or binary junk.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { DocumentAnalysis } from '../../src/core/model';
import type { NewsLensApi } from '../../src/extension';
import { SYMBOL_GROUPS } from '../../src/features/symbols';
import { toRange } from '../../src/services/ranges';
import { activeExtension, openSample, SAMPLE_A, waitFor } from './util';

const CASES: [string, string][] = [
  ['an empty document', ''],
  ['whitespace only', ' \n\t\n\u00a0\u3000\n'],
  ['astral characters around names', '👍🏽 Angela Markwart 🎉 met Emmanuel Dorval 🇫🇷 in Berlin.\n\n“We agreed 🤝,” Ms Markwart 😀 said.\n'],
  ['CRLF line endings', 'Angela Markwart met Emmanuel Dorval in Berlin.\r\n\r\n"We agreed," Ms Markwart said.\r\n'],
  ['quotation marks only', '"""""\n“”“”“”\n\'\'\'\n«»«»\n'],
  ['thousands of unbalanced quotes', '“Angela Markwart said '.repeat(2000)],
  ['binary junk', 'MZ\u0000\u0003\u0000\u0000\u0000\u0004\uFFFD\uFFFD PE\u0000\u0000 Angela Markwart \u0000\u0001\u0002\n'],
];

/** The Outline's groups for an analysis: [group name, number of items], empty groups left out. */
function expectedOutline(analysis: DocumentAnalysis): [string, number][] {
  const people = analysis.entities.filter(entity => entity.kind === 'person' && entity.mentions.length > 0).length;
  const organisations = analysis.entities.filter(entity => entity.kind !== 'person' && entity.mentions.length > 0).length;
  const groups: [string, number][] = [
    [SYMBOL_GROUPS.people, people],
    [SYMBOL_GROUPS.organizations, organisations],
    [SYMBOL_GROUPS.quotes, analysis.quotes.length],
  ];
  return groups.filter(([, count]) => count > 0);
}

describe('bad input in the editor', function () {
  this.timeout(120_000);
  let api: NewsLensApi;

  before(async () => {
    await openSample(SAMPLE_A);
    api = (await activeExtension()).exports as NewsLensApi;
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  for (const [label, content] of CASES) {
    it(`${label}: analysed, every range on the characters it names, hover and Outline answer`, async () => {
      const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content });
      await vscode.window.showTextDocument(document, { preview: false });
      const analysis = await waitFor(() => api.deps.store.get(document), 60_000, `analysis of ${label}`);
      assert.strictEqual(analysis.textLength, document.getText().length);
      for (const entity of analysis.entities) {
        for (const m of entity.mentions) {
          assert.strictEqual(document.getText(toRange(document, m)), m.text, `mention of ${entity.name} at ${m.start}`);
        }
      }
      for (const q of analysis.quotes) {
        assert.strictEqual(document.getText(toRange(document, q)), q.text, `quote at ${q.start}`);
      }
      const names = analysis.entities.map(e => e.name);
      if (content.includes('Ms Markwart')) {
        assert.ok(names.includes('Angela Markwart'), `Angela Markwart found: ${names.join(', ')}`);
      }
      if (/^[\s"“”'«»]*$/.test(content)) {
        assert.deepStrictEqual([names, analysis.quotes.length], [[], 0], 'nothing found in blank text or bare quotation marks');
      }
      const first = analysis.entities[0]?.mentions[0];
      const at = document.positionAt(first ? first.start + 1 : 0);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at);
      assert.strictEqual(hovers.length > 0, !!first, first ? 'a card on the first name' : 'no card where there is no name');
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
      // VS Code orders the groups by position in the text, so compare them as sets.
      assert.deepStrictEqual(
        (symbols ?? []).map((group): [string, number] => [group.name, group.children.length]).sort(),
        expectedOutline(analysis).sort(),
        'the Outline lists exactly the people, organisations and quotes found',
      );
      await waitFor(() => api.highlights.countsFor(document.uri), 10_000, 'highlights drawn (possibly none)');
    });
  }
});
