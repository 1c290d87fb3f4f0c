// The editor features in a real VS Code on the two samples: highlights, hover cards, references,
// definition, Outline, mention navigation, and updates after edits. Assertions hold for whatever the
// engine finds, plus names any engine must find in these articles (Koravsky, Brant).
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import type { DocumentAnalysis } from '../../src/core/model';
import { entityAt, firstFullMention, mentionAt, mentionsIn } from '../../src/core/query';
import type { NewsLensApi } from '../../src/extension';
import { EDIT_DEBOUNCE_MS } from '../../src/services/analysisStore';
import { SAMPLE_A, SAMPLE_B, activeExtension, openSample, positionOf, waitFor } from './util';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap(h => h.contents).map(c => (typeof c === 'string' ? c : c.value)).join('\n\n');
}

/** The Markdown escape of a file name as the card writes it. */
function escaped(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

describe('editor features', function () {
  this.timeout(90000);
  let api: NewsLensApi;
  let docA: vscode.TextDocument;
  let docB: vscode.TextDocument;
  let analysisA: DocumentAnalysis;
  /** A person both articles mention, mentioned most often in sample A: the subject of the name tests. */
  let subject: { id: string; offset: number; mentionsA: number; mentionsB: number; name: string };

  const analysed = (doc: vscode.TextDocument): Promise<DocumentAnalysis> =>
    waitFor(() => api.deps.store.get(doc), 30000, `analysis of ${path.basename(doc.uri.fsPath)}`);

  before(async () => {
    docA = (await openSample(SAMPLE_A)).document;
    api = (await activeExtension()).exports as NewsLensApi;
    docB = (await openSample(SAMPLE_B, vscode.ViewColumn.Two)).document;
    await api.deps.comparison.setPair(docA.uri, docB.uri);
    analysisA = await analysed(docA);
    await analysed(docB);
    await vscode.window.showTextDocument(docA, vscode.ViewColumn.One);
    const xref = await api.deps.comparison.crossReference();
    assert.ok(xref, 'the two samples form a comparison');
    const shared = xref.entities.filter(e => e.presence === 'both' && e.kind === 'person' && e.a && e.b)
      .sort((x, y) => y.a!.mentionCount - x.a!.mentionCount)[0];
    assert.ok(shared?.a && shared.b, 'a person appears in both samples');
    subject = { id: shared.id, offset: shared.a.entity.mentions[0].start, mentionsA: shared.a.mentionCount, mentionsB: shared.b.mentionCount, name: shared.name };
  });

  it('finds the names every engine must find in the samples', () => {
    for (const name of ['Brant', 'Koravsky']) {
      assert.ok(mentionAt(analysisA, docA.offsetAt(positionOf(docA, name)) + 1), `${name} in sample A`);
    }
  });

  it('highlights people, organisations and quotes in the visible editors', async () => {
    const counts = await waitFor(() => {
      const c = api.highlights.countsFor(docA.uri);
      return c && c.person > 0 && c.quote + c.unattributedQuote > 0 ? c : undefined;
    }, 20000, 'highlights in sample A');
    const persons = analysisA.entities.filter(e => e.kind === 'person').reduce((n, e) => n + e.mentions.length, 0);
    assert.strictEqual(counts.person, persons);
    assert.strictEqual(counts.quote + counts.unattributedQuote, analysisA.quotes.length);
    assert.ok(api.highlights.countsFor(docB.uri), 'the second visible editor is highlighted too');
    const speakerNames = analysisA.quotes.flatMap(q => (q.attribution && q.speakerId ? mentionsIn(analysisA, q.attribution).filter(m => m.entityId === q.speakerId) : []));
    assert.strictEqual(counts.speaker, speakerNames.length, 'speaker names emphasised in attributions');
  });

  it('honours the per-kind highlight settings', async () => {
    const config = vscode.workspace.getConfiguration('newsLens');
    await config.update('highlight.people', false, vscode.ConfigurationTarget.Global);
    try {
      const counts = await waitFor(() => {
        const c = api.highlights.countsFor(docA.uri);
        return c && c.person === 0 ? c : undefined;
      }, 10000, 'people highlights off');
      assert.ok(counts.org > 0 || !analysisA.entities.some(e => e.kind === 'org'), 'organisations still highlighted');
      assert.ok(counts.quote + counts.unattributedQuote > 0, 'quotes still highlighted');
    } finally {
      await config.update('highlight.people', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor(() => (api.highlights.countsFor(docA.uri)?.person ?? 0) > 0, 10000, 'people highlights back');
  });

  it('turns all highlights off and on with newsLens.toggleHighlights', async () => {
    await vscode.commands.executeCommand('newsLens.toggleHighlights');
    assert.strictEqual(api.highlights.enabled, false);
    await waitFor(() => api.highlights.countsFor(docA.uri)?.person === 0, 5000, 'highlights removed');
    await vscode.commands.executeCommand('newsLens.toggleHighlights');
    assert.strictEqual(api.highlights.enabled, true);
    await waitFor(() => (api.highlights.countsFor(docA.uri)?.person ?? 0) > 0, 5000, 'highlights back');
  });

  it('shows a card on a name with kind, roles, counts and the compared article', async () => {
    const position = docA.positionAt(subject.offset);
    const hit = entityAt(analysisA, subject.offset);
    assert.ok(hit, `the engine finds ${subject.name} in sample A`);
    const card = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', docA.uri, position));
    assert.ok(card.includes(`**${escaped(hit.entity.name)}** · person · ${hit.entity.mentions.length} mention`), card);
    for (const role of hit.entity.roles.slice(0, 4)) {
      assert.ok(card.includes(escaped(role.text)), `role ${role.text} listed`);
    }
    assert.ok(card.includes(hit.entity.roles.length ? 'Roles:' : 'No role found'), 'the roles section');
    assert.match(card, /\nWhy: person — [a-z ]+ \([a-z\\-]+\)\n/, `the rule that made it a person, from the worker:\n${card}`);
    assert.ok(card.includes(`**In ${escaped(SAMPLE_B)}:** present, ${subject.mentionsB} mention`), `presence in the other article:\n${card}`);
    assert.match(card, /\[Find all mentions\]\(command:newsLens\.findAllMentions\?/);
    assert.match(card, /\[Reveal in cross\\-reference\]\(command:newsLens\.revealInPanel\?/);
  });

  it("runs the card's links as a click would, with their encoded arguments", async () => {
    const card = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', docA.uri, docA.positionAt(subject.offset)));
    const argsOf = (command: string): unknown[] => JSON.parse(decodeURIComponent(new RegExp(`command:${command.replace('.', '\\.')}\\?([^ )]+)`).exec(card)![1])) as unknown[];
    assert.strictEqual(await vscode.commands.executeCommand('newsLens.revealInPanel', ...argsOf('newsLens.revealInPanel')), true, 'revealed in the panel');
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('newsLens.findAllMentions', ...argsOf('newsLens.findAllMentions'));
    assert.strictEqual(locations.length, subject.mentionsA + subject.mentionsB);
    await vscode.commands.executeCommand('closeReferenceSearch');
    await vscode.window.showTextDocument(docA, vscode.ViewColumn.One);
  });

  it('shows a card on a quote with its speaker', async () => {
    const quote = analysisA.quotes.find(q => q.speakerId !== null) ?? analysisA.quotes[0];
    assert.ok(quote, 'the engine finds quotes in sample A');
    let offset = quote.start + 1;
    while (mentionAt(analysisA, offset) && offset < quote.end - 1) {
      offset++;
    }
    const card = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', docA.uri, docA.positionAt(offset)));
    const speaker = analysisA.entities.find(e => e.id === quote.speakerId);
    assert.ok(card.includes(speaker ? `said by **${escaped(speaker.name)}**` : '*unattributed*'), card);
    assert.ok(card.includes(`**In ${escaped(SAMPLE_B)}:**`), 'whether the other article carries it');
  });

  it('finds references to a name in both articles', async () => {
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', docA.uri, docA.positionAt(subject.offset));
    const inA = locations.filter(l => l.uri.toString() === docA.uri.toString());
    const inB = locations.filter(l => l.uri.toString() === docB.uri.toString());
    assert.strictEqual(inA.length, subject.mentionsA, 'every mention in sample A');
    assert.strictEqual(inB.length, subject.mentionsB, 'every mention in sample B');
    const surname = subject.name.split(' ').pop()!;
    assert.ok(inB.some(l => docB.getText(l.range).includes(surname)), `mentions of ${subject.name} in sample B`);
  });

  it('findAllMentions accepts the hover link argument and returns both articles', async () => {
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('newsLens.findAllMentions', { uri: docA.uri.toString(), offset: subject.offset });
    assert.strictEqual(locations.length, subject.mentionsA + subject.mentionsB);
    assert.ok(locations.some(l => l.uri.toString() === docB.uri.toString()));
    await vscode.commands.executeCommand('closeReferenceSearch');
  });

  it('goes to the first full-name mention', async () => {
    const hit = entityAt(analysisA, subject.offset)!;
    const last = hit.entity.mentions[hit.entity.mentions.length - 1];
    const result = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', docA.uri, docA.positionAt(last.start));
    const range = 'range' in result[0] ? result[0].range : result[0].targetRange;
    assert.strictEqual(docA.offsetAt(range.start), firstFullMention(hit.entity)!.start);
  });

  it('lists People, Organisations and Quotes in the Outline', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', docA.uri);
    const groups = new Map(symbols.map(s => [s.name, s]));
    for (const name of ['People', 'Organisations', 'Quotes']) {
      assert.ok(groups.get(name)?.children.length, `group ${name}`);
    }
    assert.ok(groups.get('People')!.children.some(c => c.name === subject.name || /Koravsky|Brant/.test(c.name)));
    for (const q of groups.get('Quotes')!.children) {
      assert.match(q.name, /^.+: “.+”$/);
      assert.strictEqual(q.children.length, 0, 'a quotation is no container');
    }
    // No symbol spans lines: sticky scroll and breadcrumbs would treat it as a container of paragraphs.
    const all = symbols.flatMap(s => [s, ...s.children]);
    assert.ok(all.every(s => s.range.isSingleLine), 'every symbol is one line');
    const kinds = (group: string) => new Set(groups.get(group)!.children.map(c => c.kind));
    assert.deepStrictEqual([kinds('People'), kinds('Organisations'), kinds('Quotes')].map(k => [...k]),
      [[vscode.SymbolKind.Variable], [vscode.SymbolKind.Class], [vscode.SymbolKind.String]], 'one icon per kind');
    assert.ok(symbols.every(s => s.kind === vscode.SymbolKind.Package));
  });

  it('moves to the next and previous mention of the same entity', async () => {
    const editor = await vscode.window.showTextDocument(docA, vscode.ViewColumn.One);
    const entity = analysisA.entities.find(e => e.mentions.length > 1);
    assert.ok(entity, 'some name is mentioned twice in sample A');
    const start = docA.positionAt(entity.mentions[0].start);
    editor.selection = new vscode.Selection(start, start);
    await vscode.commands.executeCommand('newsLens.nextMention');
    const next = docA.offsetAt(editor.selection.active);
    assert.ok(next > docA.offsetAt(start), 'moved forward');
    assert.strictEqual(entityAt(analysisA, next)?.entity.id, entity.id, 'to the same entity');
    await vscode.commands.executeCommand('newsLens.previousMention');
    assert.strictEqual(docA.offsetAt(editor.selection.active), docA.offsetAt(start), 'and back');
  });

  describe('after edits (an untitled copy)', () => {
    let doc: vscode.TextDocument;
    let editor: vscode.TextEditor;

    before(async () => {
      doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: docA.getText() });
      editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
      await analysed(doc);
    });

    after(async () => {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    it('updates highlights, hover and Outline when a sentence adds a new name', async () => {
      const before = api.highlights.countsFor(doc.uri)?.person ?? 0;
      await editor.edit(b => b.insert(doc.positionAt(doc.getText().length), '\n\nGerman Chancellor Angela Markwart also met Koravsky.\n'));
      const analysis = await waitFor(() => {
        const a = api.deps.store.get(doc);
        return a && a.entities.some(e => e.mentions.some(m => /Markwart/.test(m.text))) ? a : undefined;
      }, 20000, 'analysis with the new name');
      await waitFor(() => (api.highlights.countsFor(doc.uri)?.person ?? 0) > before, 10000, 'more person highlights');
      const card = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'Markwart')));
      assert.match(card, /Markwart/);
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      assert.ok(symbols.find(s => s.name === 'People')?.children.some(c => /Markwart/.test(c.name)), 'Outline lists the new name');
      assert.ok(analysis.textLength === doc.getText().length);
    });

    it('analyses a burst of edits once, after the debounce', async () => {
      await analysed(doc);
      const runs = api.deps.store.stats.runs;
      const changes: number[] = [];
      const listener = vscode.workspace.onDidChangeTextDocument(e => e.document === doc && changes.push(Date.now()));
      try {
        // Eight separate edits (eight versions), sent without waiting for each other, as fast typing does.
        const edits = Array.from({ length: 8 }, (_, i) => {
          const edit = new vscode.WorkspaceEdit();
          edit.insert(doc.uri, new vscode.Position(0, 0), `W${i} `);
          return vscode.workspace.applyEdit(edit);
        });
        assert.ok((await Promise.all(edits)).every(Boolean), 'edits applied');
        await analysed(doc);
      } finally {
        listener.dispose();
      }
      assert.strictEqual(changes.length, 8);
      // On a loaded machine two edits may land further apart than the debounce; each such pause may
      // legitimately start one more analysis, and nothing else may.
      const pauses = changes.slice(1).filter((t, i) => t - changes[i] >= EDIT_DEBOUNCE_MS).length;
      assert.ok(api.deps.store.stats.runs - runs <= 1 + pauses, `${api.deps.store.stats.runs - runs} analyses for 8 edits with ${pauses} pauses`);
      assert.strictEqual(api.deps.store.get(doc)?.textLength, doc.getText().length);
    });
  });

  after(async () => {
    await api.deps.comparison.clear();
  });
});
