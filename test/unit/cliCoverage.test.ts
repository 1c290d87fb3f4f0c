// news-lens coverage A B C …: the N-article comparison on the command line, over three invented reports.
import * as assert from 'assert';
import * as path from 'path';
import { main } from '../../src/cli';

const dir = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'coverage');
const files = ['harbour-wire.txt', 'harbour-daily.txt', 'harbour-herald.txt'].map(f => path.join(dir, f));

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '', err = '';
  const code = main(args, { out: t => { out += t; }, err: t => { err += t; } });
  return { code, out, err };
}

describe('news-lens coverage', function () {
  this.timeout(120_000);

  it('--format json lists every entity with the files that name it, shared quotations and suggestions', () => {
    const { code, out, err } = run(['coverage', ...files, '--format', 'json']);
    assert.strictEqual(err, '');
    assert.strictEqual(code, 0);
    const data = JSON.parse(out);
    assert.strictEqual(data.schema, 'news-lens/coverage@1');
    assert.deepStrictEqual(data.articles.map((a: { file: string }) => a.file), ['harbour-wire.txt', 'harbour-daily.txt', 'harbour-herald.txt']);
    const presentIn = (name: string): string[] => data.entities.find((e: { name: string }) => e.name === name)?.presentIn;
    assert.deepStrictEqual(presentIn('Marta Ilves'), ['harbour-wire.txt', 'harbour-daily.txt', 'harbour-herald.txt']);
    assert.deepStrictEqual(presentIn('Nadia Okafor'), ['harbour-herald.txt']);
    assert.deepStrictEqual(presentIn('Tomas Brandt'), ['harbour-daily.txt', 'harbour-herald.txt']);
    for (const e of data.entities) {
      assert.deepStrictEqual(Object.keys(e.perFile), e.presentIn, e.name);
    }
    const group = data.quotes.find((g: { variants: { text: string }[] }) => g.variants.some(v => v.text.includes('smaller sea')));
    assert.deepStrictEqual(group.files, ['harbour-wire.txt', 'harbour-daily.txt']);
    const names = data.suggestions.map((s: { a: { name: string }; b: { name: string } }) => [s.a.name, s.b.name].sort().join(' / '));
    assert.ok(names.includes('Ed Hale / Robert J. Hale'), names.join(', '));
  });

  it('prints a table by default, and Markdown or CSV on request', () => {
    const table = run(['coverage', ...files]);
    assert.strictEqual(table.code, 0);
    assert.match(table.out, /^ENTITY\s+KIND\s+IN\s+#1\s+#2\s+#3$/m);
    assert.match(table.out, /Possibly the same: [1-9]/);
    assert.match(run(['coverage', ...files, '--format=markdown']).out, /^# Coverage: 3 articles/);
    assert.match(run(['coverage', ...files, '--format', 'csv']).out, /^record,file,entity_id/);
  });

  it('needs two files or more, a known format, and readable files', () => {
    assert.strictEqual(run(['coverage', files[0]]).code, 2);
    assert.strictEqual(run(['coverage', ...files, '--format', 'xml']).code, 2);
    const missing = run(['coverage', files[0], path.join(dir, 'no-such-file.txt')]);
    assert.strictEqual(missing.code, 1);
    assert.match(missing.err, /no-such-file/);
  });
});
