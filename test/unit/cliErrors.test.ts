// The CLI (dist/cli.js, built by `npm run build`) on files it cannot read: one clear line on stderr per bad
// file, no stack trace, a non-zero exit, and every other file of the same run still analysed.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve(__dirname, '../../..');
const cli = path.join(root, 'dist', 'cli.js');
const sample = path.join(root, 'samples', '004_4d10fd835b947f25.txt');

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderrLines: string[];
}

function run(args: readonly string[], input?: string): Run {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderrLines: r.stderr.split('\n').filter(l => l.length > 0) };
}

function documentsOf(r: Run): string[] {
  return (JSON.parse(r.stdout) as { documents: { path: string }[] }).documents.map(d => path.basename(d.path));
}

describe('news-lens CLI on bad files', function () {
  this.timeout(180_000);
  let dir: string;
  const bad: Record<string, string> = {};

  before(function () {
    if (!fs.existsSync(cli)) {
      throw new Error(`${cli} is missing: run npm run build first`);
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-cli-'));
    bad.missing = path.join(dir, 'no-such-article.txt');
    bad.directory = path.join(dir, 'a-folder.txt');
    fs.mkdirSync(bad.directory);
    bad.binary = path.join(dir, 'picture.txt');
    fs.writeFileSync(bad.binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    bad.undecodable = path.join(dir, 'latin1.txt');
    fs.writeFileSync(bad.undecodable, Buffer.concat([Buffer.from('Angela Markwart sagte: '), Buffer.from([0xe4, 0xf6, 0xfc, 0xc3, 0x28])]));
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports each bad file in one line, exits non-zero, and still analyses every good file', () => {
    const empty = path.join(dir, 'empty.txt');
    fs.writeFileSync(empty, '');
    const kinds = ['missing', 'directory', 'binary', 'undecodable'];
    const r = run(['analyze', bad.missing, sample, bad.directory, bad.binary, empty, bad.undecodable, '--format', 'eval']);
    assert.notStrictEqual(r.status, 0);
    assert.strictEqual(r.stderrLines.length, kinds.length, r.stderrLines.join('\n'));
    kinds.forEach((kind, i) => assert.ok(r.stderrLines[i].startsWith(`news-lens: ${bad[kind]}: `), `the ${kind} file is named: ${r.stderrLines[i]}`));
    assert.deepStrictEqual(documentsOf(r), [path.basename(sample), 'empty.txt']);
  });

  it('analyses an empty file and whitespace from standard input without complaint', () => {
    const empty = path.join(dir, 'blank.txt');
    fs.writeFileSync(empty, '\r\n\r\n   \n');
    const r = run(['analyze', empty, '-', '--format', 'json'], '\n\t\n');
    assert.strictEqual(r.status, 0, r.stderrLines.join('\n'));
    assert.deepStrictEqual(r.stderrLines, []);
    assert.strictEqual(documentsOf(r).length, 2);
  });

  it('keeps the error to one line when the file name itself holds a line break', () => {
    const r = run(['analyze', path.join(dir, 'two\nlines.txt'), sample, '--format', 'json']);
    assert.notStrictEqual(r.status, 0);
    assert.strictEqual(r.stderrLines.length, 1, r.stderrLines.join('\n'));
  });

  it('compare: names the unreadable file in one line and exits non-zero', () => {
    const r = run(['compare', sample, bad.binary]);
    assert.notStrictEqual(r.status, 0);
    assert.strictEqual(r.stderrLines.length, 1, r.stderrLines.join('\n'));
    assert.ok(r.stderrLines[0].includes(bad.binary));
  });

  it('answers a wrong command line with usage, not a stack trace', () => {
    for (const args of [['compare', sample], ['analyze', sample, '--format', 'yaml']]) {
      const r = run(args);
      assert.strictEqual(r.status, 2, args.join(' '));
      assert.ok(!r.stderrLines.some(l => /^\s+at /.test(l)), 'no stack trace');
      assert.match(r.stderrLines[0], /^news-lens: /);
    }
  });
});
