import * as assert from 'assert';
import { articleChoices, BROWSE_LABEL, headlineOf, type OpenDocument } from '../../src/services/articlePicks';

function doc(key: string, languageId = 'plaintext', isClosed = false): OpenDocument<string> {
  const scheme = key.slice(0, key.indexOf(':'));
  const path = key.slice(key.indexOf(':') + 1).replace(/^\/\/[^/]*/, '');
  return { uri: key, key, scheme, path, languageId, isClosed };
}

const file = (key: string) => ({ uri: key, key, path: key.replace(/^file:\/\//, '') });
const where = (uri: string) => uri.slice(0, uri.indexOf(':'));
const articles = (choices: ReturnType<typeof articleChoices<string>>) => choices.flatMap(c => (c.kind === 'article' ? [c.uri] : []));

describe('Compare With… choices', () => {
  it('offers open articles of every URI scheme, not only files', () => {
    const open = [
      doc('file:///news/a.txt'),
      doc('untitled:Untitled-1'),
      doc('vscode-vfs://github/org/repo/b.md', 'markdown'),
      doc('vscode-remote://ssh-remote+box/home/me/c.txt'),
      doc('newslens-memfs:/news/d.md', 'markdown'),
      doc('git:/news/e.txt'),
    ];
    assert.deepStrictEqual(articles(articleChoices(open, [], undefined, where)), open.map(d => d.key));
  });

  it('leaves out what is not an article: other languages, closed documents, the workbench\'s own text', () => {
    const open = [
      doc('file:///src/x.ts', 'typescript'),
      doc('file:///news/closed.txt', 'plaintext', true),
      doc('output:extension-output-news-lens'),
      doc('debug:console'),
      doc('vscode-scm:input'),
      doc('vscode-userdata:/settings.json', 'jsonc'),
      doc('newslens-memfs:/news/kept.txt'),
    ];
    assert.deepStrictEqual(articles(articleChoices(open, [], undefined, where)), ['newslens-memfs:/news/kept.txt']);
  });

  it('lists open articles first, then workspace files by path, each once, without the excluded article', () => {
    const open = [doc('file:///w/z.txt'), doc('file:///w/a.txt'), doc('ssh:/far/m.md', 'markdown')];
    const files = [file('file:///w/y.md'), file('file:///w/a.txt'), file('file:///w/b/c.txt'), file('file:///w/z.txt')];
    const choices = articleChoices(open, files, 'file:///w/a.txt', where);
    assert.deepStrictEqual(articles(choices), ['file:///w/z.txt', 'ssh:/far/m.md', 'file:///w/b/c.txt', 'file:///w/y.md']);
    const first = choices[0];
    assert.ok(first.kind === 'article' && first.label === 'z.txt' && first.description === 'open · file');
  });

  it('always ends with Browse…, even when nothing else is open or found', () => {
    for (const choices of [articleChoices([], [], undefined, where), articleChoices([doc('file:///a.txt')], [], undefined, where)]) {
      const last = choices[choices.length - 1];
      assert.strictEqual(last.kind, 'browse');
      assert.strictEqual(last.label, BROWSE_LABEL);
      assert.strictEqual(choices.filter(c => c.kind === 'browse').length, 1);
    }
  });

  it('names an article without a file name by its whole URI', () => {
    const choices = articleChoices([doc('newslens-virtual:/')], [], undefined, () => '');
    assert.ok(choices[0].kind === 'article' && choices[0].label === 'newslens-virtual:/' && choices[0].description === 'open');
  });

  it("shows each article's headline under its name, and its folder beside it", () => {
    const open = [{ ...doc('file:///news/port/a.txt'), headline: 'Dockers strike at the port' }];
    const [choice] = articleChoices(open, [{ ...file('file:///news/b.txt'), headline: 'Talks resume' }], undefined, () => 'news/port');
    assert.deepStrictEqual(choice, { kind: 'article', uri: 'file:///news/port/a.txt', label: 'a.txt', description: 'open · news/port', detail: 'Dockers strike at the port' });
  });

  const headlines: [string, string | undefined][] = [
    ['Dockers strike at the port\nBy a reporter\n', 'Dockers strike at the port'],
    ['\r\n\r\n  # Talks   resume  \r\nText', 'Talks resume'],
    ['   \n\n', undefined],
    [`${'word '.repeat(40)}`, `${'word '.repeat(20).slice(0, 99)}…`],
  ];
  for (const [opening, want] of headlines) {
    it(`reads the headline of ${JSON.stringify(opening.slice(0, 24))}`, () => assert.strictEqual(headlineOf(opening), want));
  }
});
