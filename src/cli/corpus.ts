// Corpus mode: `news-lens analyze FILE... [--files-from LIST|-] --format jsonl [--jobs N] [--progress]`.
// One JSON line per article (the fields of one `--format eval` document), in input order, each written as
// soon as it and every article before it are done; ids linked across the run (core/linkStream.ts). Articles
// are analysed on N worker threads (corpusPool.ts); at most a few per worker are outstanding at any time,
// and the file list is read as it is needed, so memory does not grow with the number of articles.
import * as fs from 'fs';
import * as os from 'os';
import * as readline from 'readline';
import { InProcessAnalyzer, WorkerPool, type ArticleAnalyzer, type ArticleJob } from './corpusPool';
import { OrderedCorpusWriter } from './corpusWriter';
import { ProgressLine } from './progressLine';
import { readArticle } from './readArticle';
import { heapTrimmer } from './heapTrim';

export class CorpusUsageError extends Error {}

export interface CorpusIo {
  /** Writes to standard output; false when the caller should wait for `drain` before writing more. */
  out(text: string): boolean | void;
  /** Writes to standard error as it is (the caller ends lines; a terminal's progress line is redrawn with \r). */
  err(text: string): void;
  /** Resolves when standard output can take more (a pipe's reader caught up). */
  drain?(): Promise<void>;
  /** Standard input, for `--files-from -`. */
  stdin?(): NodeJS.ReadableStream;
  /** Standard input's bytes, for an article named "-". */
  stdinBytes?(): Buffer;
  /** Whether stderr is a terminal: the progress line is then on by default. */
  errIsTTY?: boolean;
  /** Progress lines are stamped with this clock (tests); performance.now by default. */
  now?(): number;
}

export interface CorpusOptions {
  readonly files: readonly string[];
  readonly filesFrom: string | undefined;
  readonly jobs: number;
  readonly progress: boolean;
}

/** The main thread's heap above this runs a full collection after a line (with workers only; heapTrim.ts says why). */
const MAIN_HEAP_BUDGET_BYTES = 48 * 1024 * 1024;
/** Jobs outstanding per worker: enough to keep every worker busy while a slow article holds the output back. */
const AHEAD_PER_JOB = 4;

const CORPUS_FLAGS = ['--jobs', '--files-from', '--progress'];

function isFlag(arg: string, flag: string): boolean {
  return arg === flag || arg.startsWith(flag + '=');
}

/** Whether `analyze` arguments ask for corpus mode (jsonl output, or one of its own flags). */
export function isCorpusRun(args: readonly string[]): boolean {
  return args.some((arg, i) => CORPUS_FLAGS.some(flag => isFlag(arg, flag)) || arg === '--format=jsonl' || (arg === '--format' && args[i + 1] === 'jsonl'));
}

export function defaultJobs(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

export function parseCorpusArgs(args: readonly string[]): CorpusOptions {
  const files: string[] = [];
  let format: string | undefined;
  let filesFrom: string | undefined;
  let jobs = defaultJobs();
  let progress = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = (flag: string): string | undefined => (arg === flag ? args[++i] : arg.slice(flag.length + 1));
    if (isFlag(arg, '--format')) {
      format = value('--format');
    } else if (isFlag(arg, '--files-from')) {
      filesFrom = value('--files-from');
      if (!filesFrom) {
        throw new CorpusUsageError('--files-from needs a file (or - for standard input)');
      }
    } else if (isFlag(arg, '--jobs')) {
      const text = value('--jobs') ?? '';
      jobs = Number(text);
      if (!/^\d+$/.test(text) || jobs < 1) {
        throw new CorpusUsageError('--jobs must be a whole number of at least 1');
      }
    } else if (arg === '--progress') {
      progress = true;
    } else if (arg.startsWith('--')) {
      throw new CorpusUsageError(`unknown option ${arg}`);
    } else {
      files.push(arg);
    }
  }
  if (format !== 'jsonl') {
    throw new CorpusUsageError('--jobs, --files-from and --progress go with --format jsonl');
  }
  if (!files.length && filesFrom === undefined) {
    throw new CorpusUsageError('analyze needs at least one file (or --files-from)');
  }
  if (filesFrom === '-' && files.includes('-')) {
    throw new CorpusUsageError('standard input cannot hold both the file list and an article');
  }
  return { files, filesFrom, jobs, progress };
}

/** A list's lines as paths: blank lines skipped, a Windows line ending dropped. */
async function* linesOf(stream: NodeJS.ReadableStream): AsyncGenerator<string> {
  for await (const line of readline.createInterface({ input: stream, crlfDelay: Infinity })) {
    if (line.trim()) {
      yield line.replace(/\r$/, '');
    }
  }
}

/** How many paths a list file names (a quick pass before the run, for the progress line's ETA). */
async function countPaths(file: string): Promise<number> {
  let count = 0;
  for await (const line of linesOf(fs.createReadStream(file))) {
    count += line ? 1 : 0;
  }
  return count;
}

async function* pathsOf(options: CorpusOptions, io: CorpusIo): AsyncGenerator<string> {
  yield* options.files;
  if (options.filesFrom === '-') {
    yield* linesOf(io.stdin?.() ?? process.stdin);
  } else if (options.filesFrom !== undefined) {
    yield* linesOf(fs.createReadStream(options.filesFrom));
  }
}

/** The job for a path: an article on standard input is read here, once, and handed over as text. */
function jobOf(path: string, io: CorpusIo): ArticleJob | { readonly path: string; readonly error: string } {
  if (path !== '-') {
    return { path };
  }
  const read = readArticle('-', io.stdinBytes);
  return read.ok ? { path, text: read.text } : { path, error: read.error };
}

function checkListReadable(file: string | undefined): void {
  if (file !== undefined && file !== '-') {
    try {
      fs.accessSync(file, fs.constants.R_OK);
    } catch {
      throw new CorpusUsageError(`--files-from: cannot read ${file}`);
    }
  }
}

/** Runs corpus mode; resolves to the exit code (1 when an article failed, as `analyze` does). */
export async function runCorpus(args: readonly string[], io: CorpusIo): Promise<number> {
  const options = parseCorpusArgs(args);
  checkListReadable(options.filesFrom);
  const listed = options.filesFrom === undefined ? 0 : options.filesFrom === '-' ? undefined : await countPaths(options.filesFrom);
  const progress = new ProgressLine({
    write: text => io.err(text),
    terminal: io.errIsTTY === true,
    enabled: options.progress || io.errIsTTY === true,
    total: listed === undefined ? undefined : options.files.length + listed,
    now: io.now,
  });
  const writer = new OrderedCorpusWriter({
    line: text => io.out(text) !== false,
    error: text => progress.interrupt(() => io.err(`news-lens: ${text}\n`)),
  });
  const analyzer: ArticleAnalyzer = options.jobs === 1 ? new InProcessAnalyzer() : new WorkerPool(options.jobs);
  // With workers, the main thread only links and writes: its heap is kept near its live size as theirs are.
  const trimHeap = options.jobs === 1 ? () => false : heapTrimmer(MAIN_HEAP_BUDGET_BYTES);
  const outstanding = new Set<Promise<void>>();
  const ahead = options.jobs * AHEAD_PER_JOB;
  let index = 0;
  try {
    for await (const path of pathsOf(options, io)) {
      const position = index++;
      const job = jobOf(path, io);
      const done = ('error' in job ? Promise.resolve({ ok: false as const, error: job.error }) : analyzer.analyze(job)).then(result => {
        writer.accept(position, result);
        progress.update(writer.written);
        trimHeap();
      });
      outstanding.add(done);
      void done.finally(() => outstanding.delete(done));
      while (index - writer.written >= ahead && outstanding.size) {
        await Promise.race(outstanding);
      }
      if (!writer.flowing) {
        await io.drain?.();
        writer.flowing = true;
      }
    }
    await Promise.all(outstanding);
  } finally {
    await analyzer.close();
  }
  progress.finish(writer.written);
  if (index === 0) {
    io.err('news-lens: the file list named no files\n');
    return 1;
  }
  return writer.failed ? 1 : 0;
}

/** The process's own streams, with a pipe's back-pressure honoured. */
export function processCorpusIo(): CorpusIo {
  return {
    out: text => process.stdout.write(text),
    err: text => void process.stderr.write(text),
    drain: () => new Promise(resolve => process.stdout.once('drain', () => resolve())),
    stdin: () => process.stdin,
    stdinBytes: () => fs.readFileSync(0),
    errIsTTY: process.stderr.isTTY === true,
  };
}
