// The command-line tool: its output on samples/ against checked-in expected output, and its error handling.
// After a deliberate change to the rules, regenerate the expected files with UPDATE_EXPECTED=1.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main, type Engine } from '../../src/cli';
import { analyzeText } from '../../src/core/analyze';
import { compareDocuments } from '../../src/core/compare';

const root = path.join(__dirname, '..', '..', '..');
const samples = path.join(root, 'samples');
const expectedDir = path.join(root, 'test', 'fixtures', 'expected');
const sampleFiles = fs.readdirSync(samples).filter(f => f.endsWith('.txt')).sort().map(f => path.join(samples, f));

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '', err = '';
  const code = main(args, { out: t => { out += t; }, err: t => { err += t.endsWith('\n') ? t : t + '\n'; } });
  // Paths in the output are shown relative to the project, whatever the machine.
  return { code, out: out.split(samples + path.sep).join('samples/'), err };
}

function expectFile(name: string, actual: string): void {
  const file = path.join(expectedDir, name);
  if (process.env.UPDATE_EXPECTED) {
    fs.mkdirSync(expectedDir, { recursive: true });
    fs.writeFileSync(file, actual);
  }
  assert.strictEqual(actual, fs.readFileSync(file, 'utf8'), `${name} differs (UPDATE_EXPECTED=1 regenerates it after a deliberate change)`);
}

describe('news-lens CLI', function () {
  this.timeout(120_000);

  it('analyze prints a readable table for each sample (the default format)', () => {
    const { code, out, err } = run(['analyze', ...sampleFiles]);
    assert.strictEqual(err, '');
    assert.strictEqual(code, 0);
    expectFile('samples-analyze.out', out);
  });

  it('fits its tables in 100 columns, wrapping long cells, and prints every cell whole with --wide', () => {
    for (const args of [['analyze', ...sampleFiles], ['compare', ...sampleFiles]]) {
      const fitted = run(args).out.split('\n');
      const tooWide = fitted.filter(line => line.length > 100);
      assert.deepStrictEqual(tooWide, [], `${args[0]}: lines over 100 columns`);
      const wide = run([...args, '--wide']).out;
      assert.ok(wide.split('\n').some(line => line.length > 100), `${args[0]} --wide keeps long cells on one line`);
    }
    const longest = [...fs.readFileSync(sampleFiles[0], 'utf8').matchAll(/“([^”]{120,})”/g)].map(m => m[1].replace(/\s+/g, ' '))[0];
    if (longest) {
      assert.ok(run(['analyze', sampleFiles[0], '--wide']).out.includes(longest), 'a long quotation in full with --wide');
    }
  });

  it('analyze --format eval prints the scorer\'s predictions with ids shared across files', () => {
    const { code, out } = run(['analyze', ...sampleFiles, '--format', 'eval']);
    assert.strictEqual(code, 0);
    expectFile('samples-eval.json', out);
    const docs = JSON.parse(out).documents as { entities: { id: string; name: string }[] }[];
    const idsOf = (name: string) => docs.map(d => d.entities.find(e => e.name === name)?.id);
    assert.deepStrictEqual(idsOf('Donald Brant'), ['donald-brant', 'donald-brant']);
  });

  it('compare prints the cross-reference as a table, Markdown or JSON', () => {
    const table = run(['compare', ...sampleFiles]);
    assert.strictEqual(table.code, 0);
    expectFile('samples-compare.out', table.out);
    const markdown = run(['compare', ...sampleFiles, '--format', 'markdown']);
    assert.match(markdown.out, /^# /m);
    const json = JSON.parse(run(['compare', ...sampleFiles, '--format=json']).out);
    assert.ok(json.entities.some((e: { id: string; presence: string }) => e.id === 'donald-brant' && e.presence === 'both'));
  });

  describe('errors: one line on stderr, non-zero exit, the other files still analysed', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-cli-'));
    const binary = path.join(dir, 'image.png');
    const latin1 = path.join(dir, 'latin1.txt');
    fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    fs.writeFileSync(latin1, Buffer.from('Caf\xe9 owner Jos\xe9 spoke.', 'latin1'));
    const cases: [string, string, RegExp][] = [
      ['a missing file', path.join(dir, 'missing.txt'), /missing\.txt: no such file/],
      ['a directory', dir, /is a directory/],
      ['a binary file', binary, /binary file/],
      ['text that is not UTF-8', latin1, /not valid UTF-8/],
    ];
    for (const [what, file, message] of cases) {
      it(what, () => {
        const { code, out, err } = run(['analyze', file, sampleFiles[0], '--format', 'eval']);
        assert.strictEqual(code, 1);
        assert.strictEqual(err.trim().split('\n').length, 1, err);
        assert.match(err, message);
        assert.strictEqual(JSON.parse(out).documents.length, 1, 'the readable file is still analysed');
      });
    }
    after(() => fs.rmSync(dir, { recursive: true, force: true }));
  });

  describe('engine errors: one line naming what failed, exit code 1, no stack trace', () => {
    const boom = (): never => {
      throw new Error('engine bug\n  at somewhere');
    };
    const runWith = (engine: Engine, args: string[]): { code: number; out: string; err: string } => {
      let out = '', err = '';
      const code = main(args, { out: t => { out += t; }, err: t => { err += t; } }, engine);
      return { code, out, err };
    };
    const cases: [string, Engine, RegExp][] = [
      ['analysis fails', { analyzeText: boom, compareDocuments }, /^news-lens: .+: analysis failed \(engine bug at somewhere\)$/],
      ['comparison fails', { analyzeText, compareDocuments: boom }, /^news-lens: .+ and .+: comparison failed \(engine bug at somewhere\)$/],
    ];
    for (const [what, engine, message] of cases) {
      it(`compare when the ${what}`, () => {
        const { code, out, err } = runWith(engine, ['compare', sampleFiles[0], sampleFiles[1], '--format', 'json']);
        assert.deepStrictEqual([code, out], [1, '']);
        assert.match(err, message);
      });
    }

    it('analyze when the analysis of every file fails', () => {
      const { code, err } = runWith({ analyzeText: boom, compareDocuments }, ['analyze', sampleFiles[0], '--format', 'eval']);
      assert.strictEqual(code, 1);
      assert.match(err, /^news-lens: .+: analysis failed \(engine bug at somewhere\)$/);
    });
  });

  it('rejects bad usage with exit code 2 and prints help and version', () => {
    assert.strictEqual(run(['analyze']).code, 2);
    assert.strictEqual(run(['compare', sampleFiles[0]]).code, 2);
    assert.strictEqual(run(['analyze', sampleFiles[0], '--format', 'xml']).code, 2);
    assert.strictEqual(run(['frobnicate']).code, 2);
    assert.match(run(['--help']).out, /news-lens analyze FILE/);
    assert.match(run(['--version']).out, /^\d+\.\d+\.\d+\n$/);
  });

  it('reads standard input for "-"', () => {
    const cli = path.join(root, 'out', 'src', 'cli.js');
    const r = spawnSync(process.execPath, [cli, 'analyze', '-', '--format', 'eval'], { input: 'Chancellor Olaf Hessel said no.', encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    const doc = JSON.parse(r.stdout).documents[0];
    assert.strictEqual(doc.path, '-');
    assert.deepStrictEqual(doc.entities.map((e: { name: string }) => e.name), ['Olaf Hessel']);
  });
});
