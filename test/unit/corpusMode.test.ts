// Corpus mode (`analyze --format jsonl`): one line per article in input order, the same bytes whatever
// --jobs, file lists from a file or standard input, one error line per bad file, ids that never change once
// written. Articles are the repository's own samples and fixtures, plus invented ones.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Readable } from 'stream';
import { CorpusUsageError, isCorpusRun, runCorpus, type CorpusIo } from '../../src/cli/corpus';
import { main } from '../../src/cli';
import { ProgressLine } from '../../src/cli/progressLine';

const root = path.join(__dirname, '..', '..', '..');
const fixtureDir = path.join(root, 'test', 'fixtures', 'articles');
const sampleDir = path.join(root, 'samples');

function articlesIn(dir: string): string[] {
  return fs.readdirSync(dir).filter(f => f.endsWith('.txt')).sort().map(f => path.join(dir, f));
}

/** Largest first: with two workers the first article finishes last, so order must be restored. */
const articles = [...articlesIn(fixtureDir), ...articlesIn(sampleDir)].sort((a, b) => fs.statSync(b).size - fs.statSync(a).size);

interface Captured {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

async function corpus(args: string[], stdin?: string): Promise<Captured> {
  let out = '', err = '';
  const io: CorpusIo = {
    out: text => { out += text; },
    err: text => { err += text; },
    stdin: () => Readable.from([stdin ?? '']),
    stdinBytes: () => Buffer.from(stdin ?? ''),
  };
  const code = await runCorpus(args, io);
  return { code, out, err };
}

function linesOf(out: string): { path: string; entities: { id: string; name: string; type: string }[]; quotes: { speaker: string | null }[] }[] {
  assert.ok(out.endsWith('\n'), 'every line is ended');
  return out.trimEnd().split('\n').map(line => JSON.parse(line));
}

describe('corpus mode (analyze --format jsonl)', function () {
  this.timeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-corpus-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  let single: Captured;
  before(async () => {
    single = await corpus([...articles, '--format', 'jsonl', '--jobs', '1']);
  });

  it('writes one line per article, in input order, with the fields of an eval document', () => {
    assert.strictEqual(single.code, 0);
    assert.strictEqual(single.err, '');
    const lines = linesOf(single.out);
    assert.deepStrictEqual(lines.map(l => l.path), articles);
    for (const line of lines) {
      assert.deepStrictEqual(Object.keys(line), ['path', 'entities', 'quotes']);
    }
  });

  it('is byte-identical with two worker threads', async () => {
    const parallel = await corpus([...articles, '--format', 'jsonl', '--jobs', '2']);
    assert.strictEqual(parallel.code, 0);
    assert.strictEqual(parallel.out, single.out);
  });

  it('gives an article alone the same document as --format eval', () => {
    let evalOut = '';
    main(['analyze', articles[0], '--format', 'eval'], { out: text => { evalOut += text; }, err: () => undefined });
    const [alone] = JSON.parse(evalOut).documents;
    assert.deepStrictEqual(linesOf(single.out)[0], alone);
  });

  it('links ids across the run: the samples\' shared people get one id', () => {
    const lines = linesOf(single.out).filter(l => l.path.startsWith(sampleDir));
    const ids = lines.map(l => new Set(l.entities.filter(e => e.type === 'person').map(e => e.id)));
    assert.ok([...ids[0]].some(id => ids[1].has(id)), 'a person named in both samples has the same id in both lines');
  });

  it('never changes a line once written: a longer run starts with the shorter run\'s lines', async () => {
    const lines = single.out.split('\n');
    const shorter = await corpus([...articles.slice(0, 5), '--format', 'jsonl', '--jobs', '2']);
    assert.strictEqual(shorter.out, lines.slice(0, 5).join('\n') + '\n');
  });

  it('reads the file list from --files-from, a file or standard input', async () => {
    const list = path.join(dir, 'list.txt');
    fs.writeFileSync(list, articles.join('\r\n') + '\r\n\r\n');
    const fromFile = await corpus(['--files-from', list, '--format=jsonl', '--jobs=2']);
    assert.strictEqual(fromFile.out, single.out);
    const fromStdin = await corpus(['--files-from', '-', '--format', 'jsonl', '--jobs', '1'], articles.join('\n'));
    assert.strictEqual(fromStdin.out, single.out);
    const mixed = await corpus([articles[0], '--files-from', '-', '--format', 'jsonl'], articles.slice(1).join('\n'));
    assert.strictEqual(mixed.out, single.out);
  });

  it('reads an article named "-" from standard input', async () => {
    const text = 'Inspector Lena Marsh of the Harbour Police said: "We are looking at every boat."';
    const result = await corpus(['-', '--format', 'jsonl', '--jobs', '2'], text);
    const [line] = linesOf(result.out);
    assert.strictEqual(line.path, '-');
    assert.ok(line.entities.some(e => e.name === 'Lena Marsh'));
  });

  for (const jobs of ['1', '2']) {
    it(`gives a bad file one error line and goes on (--jobs ${jobs})`, async () => {
      const binary = path.join(dir, 'photo.jpg');
      fs.writeFileSync(binary, Buffer.from([0xff, 0xd8, 0x00, 0x00, 0x10]));
      const missing = path.join(dir, 'missing.txt');
      const result = await corpus([articles[1], missing, articles[2], binary, articles[3], '--format', 'jsonl', '--jobs', jobs]);
      assert.strictEqual(result.code, 1);
      const errors = result.err.trimEnd().split('\n');
      assert.strictEqual(errors.length, 2, result.err);
      assert.match(errors[0], /missing\.txt: no such file/);
      assert.match(errors[1], /photo\.jpg: binary file/);
      assert.deepStrictEqual(linesOf(result.out).map(l => l.path), [articles[1], articles[2], articles[3]]);
      // The bad files take no id: the good ones' lines are those of a run without them, from their own start.
      const withoutBad = await corpus([articles[1], articles[2], articles[3], '--format', 'jsonl', '--jobs', jobs]);
      assert.strictEqual(result.out, withoutBad.out);
    });
  }

  it('runs from the built CLI, whose worker threads load the same bundle (dist/cli.js)', function () {
    const cli = path.join(root, 'dist', 'cli.js');
    if (!fs.existsSync(cli)) {
      this.skip(); // built by `npm run build`
    }
    const run = spawnSync(process.execPath, [cli, 'analyze', ...articles, '--format', 'jsonl', '--jobs', '2', '--progress'], { encoding: 'utf8', timeout: 120_000 });
    assert.strictEqual(run.status, 0, run.stderr);
    assert.strictEqual(run.stdout, single.out);
    assert.match(run.stderr, new RegExp(`news-lens: ${articles.length}/${articles.length} articles, [\\d.]+/s\n$`));
  });

  it('loads the analysis core (and compromise) only when it analyses: a --jobs N run\'s main thread never does', () => {
    // A fresh process: which modules the CLI's main graph loads, before and after one analysis.
    const script = `
      const loaded = () => Object.keys(require.cache).filter(k => /compromise|core[\\\\/]analyze/.test(k)).length > 0;
      require(${JSON.stringify(path.join(__dirname, '..', '..', 'src', 'cli'))});
      require(${JSON.stringify(path.join(__dirname, '..', '..', 'src', 'cli', 'corpus'))});
      const before = loaded();
      require(${JSON.stringify(path.join(__dirname, '..', '..', 'src', 'cli', 'lazyCore'))}).analyzeText('Jane Doe said so.');
      console.log(JSON.stringify({ before, after: loaded() }));`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000 });
    assert.strictEqual(run.status, 0, run.stderr);
    assert.deepStrictEqual(JSON.parse(run.stdout), { before: false, after: true });
  });

  it('refuses bad option values with a usage error', async () => {
    const refused: string[][] = [
      [articles[0], '--format', 'jsonl', '--jobs', '0'],
      [articles[0], '--format', 'jsonl', '--jobs', 'two'],
      [articles[0], '--format', 'json', '--jobs', '2'],
      ['--format', 'jsonl'],
      ['--files-from', path.join(dir, 'no-such-list.txt'), '--format', 'jsonl'],
      ['-', '--files-from', '-', '--format', 'jsonl'],
    ];
    for (const args of refused) {
      await assert.rejects(corpus(args), CorpusUsageError, args.join(' '));
    }
  });

  it('is chosen by --format jsonl or one of its own flags', () => {
    assert.ok(isCorpusRun(['a.txt', '--format', 'jsonl']));
    assert.ok(isCorpusRun(['a.txt', '--format=jsonl']));
    assert.ok(isCorpusRun(['--files-from', 'list.txt', '--format', 'eval']));
    assert.ok(!isCorpusRun(['a.txt', '--format', 'eval']));
    assert.ok(!isCorpusRun(['jsonl']));
  });
});

describe('corpus progress line', () => {
  function progress(terminal: boolean, total: number | undefined) {
    let clock = 0;
    const written: string[] = [];
    const line = new ProgressLine({ write: text => written.push(text), terminal, enabled: true, total, now: () => clock });
    return { line, written, advance: (ms: number) => { clock += ms; } };
  }

  it('says articles done, the rate and the time left', () => {
    const { line, advance } = progress(true, 40);
    advance(5000);
    assert.strictEqual(line.describe(10), '10/40 articles, 2.0/s, ETA 0:15');
    assert.strictEqual(line.describe(40), '40/40 articles, 8.0/s');
  });

  it('has no ETA when the list length is unknown (a list on standard input)', () => {
    const { line, advance } = progress(false, undefined);
    advance(2000);
    assert.strictEqual(line.describe(30), '30 articles, 15.0/s');
  });

  it('redraws in place on a terminal and clears itself before an error line', () => {
    const { line, written, advance } = progress(true, 3);
    advance(500);
    line.update(1);
    advance(10);
    line.update(2); // too soon to redraw
    line.interrupt(() => written.push('error\n'));
    advance(1000);
    line.finish(3);
    assert.deepStrictEqual(written.map(w => w.replace(/\d+(?:[.:/]\d+)*/g, 'N')), [
      '\r\x1b[Knews-lens: N articles, N/s, ETA N',
      '\r\x1b[K',
      'error\n',
      '\r\x1b[Knews-lens: N articles, N/s',
      '\n',
    ]);
  });

  it('writes whole lines, a few seconds apart, when stderr is not a terminal', () => {
    const { line, written, advance } = progress(false, 100);
    line.update(1);
    advance(1000);
    line.update(2);
    advance(5000);
    line.update(50);
    assert.strictEqual(written.length, 2);
    assert.ok(written.every(w => w.endsWith('\n') && !w.includes('\r')));
  });
});
