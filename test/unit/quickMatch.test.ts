// Every bundle carries compromise with a quicker matcher (esbuild.js: compromise-quick-match), which skips the
// starts of a match whose first word cannot match. It must find exactly what compromise's own matcher finds:
// this bundles compromise/two with and without that plugin and compares, on the samples and the fixture
// articles, every term's tags (the tagger runs hundreds of matches) and the results of matches whose first
// word is each kind of test (word, tag, or-block, optional, negative, anything, start, end).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { build, type Plugin } from 'esbuild';

const root = path.join(__dirname, '..', '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build script is CommonJS, outside the TypeScript project
const { builds } = require(path.join(root, 'esbuild.js')) as { builds: { outfile: string; plugins: Plugin[] }[] };

type Run = (text: string, patterns: readonly string[]) => { tags: string[][]; matches: string[][] };

/** compromise/two bundled with `plugins`, as a function from a text and match patterns to tags and matches. */
async function compromiseWith(plugins: readonly Plugin[]): Promise<Run> {
  const contents = [
    "import nlp from 'compromise/two';",
    'module.exports = (text, patterns) => {',
    '  const doc = nlp(text);',
    "  const tags = doc.json().flatMap(s => s.terms.map(t => [t.text, ...t.tags].join(' ')));",
    "  const matches = patterns.map(p => doc.match(p).out('array').concat(doc.match(p, 0).out('array')));",
    '  return { tags, matches };',
    '};',
  ].join('\n');
  const out = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'silent', plugins: [...plugins],
  });
  const module = { exports: {} as Run };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, require);
  return module.exports;
}

/** Match patterns whose first word is each kind of test the plugin handles or leaves alone. */
const PATTERNS = [
  'the [#Noun]', '#Honorific #Person', '(said|says|told) #Person', '(#Determiner|#Adjective) #Noun+',
  '(the|a) [.]', '#ProperNoun+ (said|says)', 'said?', '!#Verb #Noun', '!the', '.+ said', '. #Person',
  '^#ProperNoun', '#Noun$', '#Noun+$', '(minister|president) of? #Place', '(#Value && #Noun)', '[#Person] (has|was)',
  '~sayed~', '/^[A-Z]{2,}$/', '@hasComma #Noun', '(a b|the #Noun) #Verb', '#Person* #Verb',
];

function texts(): string[] {
  const dirs = [path.join(root, 'samples'), path.join(root, 'test', 'fixtures', 'articles')];
  return dirs.flatMap(dir => (fs.existsSync(dir) ? fs.readdirSync(dir).filter(f => f.endsWith('.txt')).sort().map(f => fs.readFileSync(path.join(dir, f), 'utf8')) : []));
}

describe('compromise in every bundle: the quick matcher', function () {
  this.timeout(120000);

  it('every bundle that carries the core uses it', () => {
    for (const outfile of ['dist/cli/main.js', 'dist/analysisWorker.js', 'dist/extension.js', 'dist/web/extension.js', 'dist/bench/core.js']) {
      const names = builds.find(b => b.outfile === outfile)?.plugins.map(p => p.name) ?? [];
      assert.ok(names.includes('compromise-quick-match'), `${outfile}: ${names.join(', ')}`);
    }
  });

  it('tags and matches exactly as compromise\'s own matcher does', async () => {
    const quick = builds.find(b => b.outfile === 'dist/cli/main.js')?.plugins.filter(p => p.name === 'compromise-quick-match') ?? [];
    assert.strictEqual(quick.length, 1);
    const [plain, patched] = await Promise.all([compromiseWith([]), compromiseWith(quick)]);
    const all = texts();
    assert.ok(all.length >= 5, `only ${all.length} texts`);
    let found = 0;
    for (const text of all) {
      const expected = plain(text, PATTERNS);
      assert.deepStrictEqual(patched(text, PATTERNS), expected);
      found += expected.matches.filter(list => list.length > 0).length;
    }
    // The patterns do match things, so the comparison compares something.
    assert.ok(found > all.length * 5, `${found} non-empty pattern results`);
  });
});
