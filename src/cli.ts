// news-lens: the command-line face of the analysis core.
//   news-lens analyze FILE... [--format eval|json|table] [--explain]
//   news-lens compare A B [--format table|markdown|json|csv]
//   news-lens analyze FILE... [--files-from LIST|-] --format jsonl [--jobs N] [--progress]   (corpus mode, src/cli/corpus.ts)
//   news-lens claims A B [--format table|markdown|json]
//   news-lens coverage A B C... [--format table|markdown|csv|json]
// A file that cannot be read gives one line on stderr and exit code 1; the other files are still analysed.
import * as nodePath from 'path';
import { isMainThread } from 'worker_threads';
import { analyzeText } from './cli/lazyCore';
import { compareDocuments } from './core/compare';
import type { CrossReference, DocumentAnalysis } from './core/model';
import { compareArticles } from './core/coverage';
import { distinctFileNames } from './core/coverageExport';
import { COVERAGE_FORMATS, renderCoverage, type CoverageFormat } from './core/coverageReport';
import { linkAnalyses } from './core/link';
import { renderCrossReference } from './core/report';
import { claimContextOf, renderClaims, toClaimsExport, type ClaimsFormat } from './core/claims/claimsExport';
import { compareClaims } from './core/claims/compareClaims';
import { analysisTable, compareTable, evalPredictions, type AnalysedFile, type TableOptions } from './cli/format';
import { DEFAULT_WIDTH } from './cli/layout';
import { readArticle, shown } from './cli/readArticle';
import { CorpusUsageError, isCorpusRun, processCorpusIo, runCorpus } from './cli/corpus';
import { explanationText, reasonsOfRules } from './cli/explain';
import { withTrail } from './core/rules/trail';
import { version } from '../package.json';

const USAGE = `Usage:
  news-lens analyze FILE... [--format eval|json|table] [--wide] [--explain]
                                                         people, organisations, roles and quotes of each article
  news-lens compare A B [--format table|markdown|json|csv] [--wide] what two articles share and where they differ
  news-lens analyze FILE... [--files-from LIST|-] --format jsonl [--jobs N] [--progress]
                                                         corpus mode: one JSON line per article, in input order
  news-lens claims A B [--format table|markdown|json]     facts both report, facts only one reports, numbers that disagree
  news-lens coverage A B C... [--format table|markdown|csv|json]
                                                         who and what each of several reports of one story carries
  news-lens --help | --version

FILE "-" reads standard input. --format eval prints the accuracy scorer's predictions (ids shared across files).
Corpus mode: --jobs N worker threads (default: the number of cores), --files-from a list of paths, one a line
("-": standard input), --progress for the progress line when stderr is not a terminal.
Tables fit 100 columns, long cells wrapped; --wide prints every cell whole on one line.
--explain (analyze, table or json): the rules that decided each entity's kind, each role and each quote's speaker.`;

const ANALYZE_FORMATS = ['table', 'json', 'eval'] as const;
const COMPARE_FORMATS = ['table', 'markdown', 'json', 'csv'] as const;
const CLAIMS_FORMATS = ['table', 'markdown', 'json'] as const;

interface Io {
  out(text: string): void;
  err(text: string): void;
}

class UsageError extends Error {}

/** The core functions the CLI runs; tests pass a failing engine to check how errors are reported. */
export interface Engine {
  readonly analyzeText: typeof analyzeText;
  readonly compareDocuments: typeof compareDocuments;
}

const CORE_ENGINE: Engine = { analyzeText, compareDocuments };

/**
 * Runs one engine step; an engine bug becomes one line on stderr naming what failed (like a bad file),
 * never a stack trace, and the step's result is undefined.
 */
function attempt<T>(what: string, io: Io, step: () => T): T | undefined {
  try {
    return step();
  } catch (e) {
    io.err(`news-lens: ${what} failed (${String((e as Error)?.message ?? e).replace(/\s+/g, ' ')})`);
    return undefined;
  }
}

interface ParsedArgs {
  readonly files: string[];
  readonly format: string;
  readonly table: TableOptions;
  readonly explain: boolean;
}

/** `explains`: the command takes --explain (analyze). */
function parseArgs(args: readonly string[], formats: readonly string[], explains = false): ParsedArgs {
  const files: string[] = [];
  let format = 'table';
  let width = DEFAULT_WIDTH;
  let explain = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--wide') {
      width = Infinity;
    } else if (a === '--explain' && explains) {
      explain = true;
    } else if (a === '--format' || a.startsWith('--format=')) {
      const value = a === '--format' ? args[++i] : a.slice('--format='.length);
      if (!value || !formats.includes(value)) {
        throw new UsageError(`--format must be one of ${formats.join(', ')}`);
      }
      format = value;
    } else if (a.startsWith('--') && a !== '-') {
      throw new UsageError(`unknown option ${a}`);
    } else {
      files.push(a);
    }
  }
  return { files, format, table: { width }, explain };
}

function analyze(args: readonly string[], io: Io, engine: Engine): number {
  const { files, format, table, explain } = parseArgs(args, ANALYZE_FORMATS, true);
  if (!files.length) {
    throw new UsageError('analyze needs at least one file');
  }
  // Explained: the analysis runs on a decision trail and its entities, roles and quotes carry a `why`.
  const analyse = (text: string) => (explain ? withTrail(() => engine.analyzeText(text)).result : engine.analyzeText(text));
  let failed = false;
  const read: AnalysedFile[] = [];
  for (const path of files) {
    const r = readArticle(path);
    if (!r.ok) {
      io.err(`news-lens: ${r.error}`);
      failed = true;
      continue;
    }
    // An engine bug on one article must not cost the others their analysis.
    const analysis = attempt(`${shown(r.path)}: analysis`, io, () => analyse(r.text));
    if (analysis) {
      read.push({ path: r.path, analysis });
    } else {
      failed = true;
    }
  }
  const linked = linkAnalyses(read.map(f => f.analysis));
  const analysed = read.map((f, i) => ({ path: f.path, analysis: linked[i] }));
  if (format === 'eval') {
    io.out(JSON.stringify(evalPredictions(analysed), null, 1) + '\n');
  } else if (format === 'json') {
    const rules = explain ? { rules: reasonsOfRules(analysed.map(f => f.analysis)) } : {};
    io.out(JSON.stringify({ documents: analysed.map(f => ({ path: f.path, ...f.analysis })), ...rules }, null, 2) + '\n');
  } else {
    io.out(analysed.map(file => analysisTable(file, table) + (explain ? explanationText(file.analysis) : '')).join('\n'));
  }
  return failed ? 1 : 0;
}

/** The two articles of `compare` and `claims`, read, analysed and cross-referenced; undefined after an error line. */
function comparedPair(files: readonly string[], io: Io, engine: Engine): { a: { path: string; text: string }; b: { path: string; text: string }; xref: CrossReference } | undefined {
  const [a, b] = files.map(file => readArticle(file));
  if (!a.ok || !b.ok) {
    for (const read of [a, b]) {
      if (!read.ok) {
        io.err(`news-lens: ${read.error}`);
      }
    }
    return undefined;
  }
  const analysisA = attempt(`${shown(a.path)}: analysis`, io, () => engine.analyzeText(a.text));
  const analysisB = analysisA && attempt(`${shown(b.path)}: analysis`, io, () => engine.analyzeText(b.text));
  const xref = analysisA && analysisB && attempt(`${shown(a.path)} and ${shown(b.path)}: comparison`, io, () => engine.compareDocuments(analysisA, analysisB));
  return xref && { a, b, xref };
}

function compare(args: readonly string[], io: Io, engine: Engine): number {
  const { files, format, table } = parseArgs(args, COMPARE_FORMATS);
  if (files.length !== 2) {
    throw new UsageError('compare needs exactly two files');
  }
  const pair = comparedPair(files, io, engine);
  if (!pair) {
    return 1;
  }
  const { a, b, xref } = pair;
  const names = { a: nodePath.basename(a.path), b: nodePath.basename(b.path) };
  io.out(format === 'table' ? compareTable(xref, names, table) : renderCrossReference(xref, format as 'markdown' | 'json' | 'csv', names));
  return 0;
}

function claims(args: readonly string[], io: Io, engine: Engine): number {
  const { files, format } = parseArgs(args, CLAIMS_FORMATS);
  if (files.length !== 2) {
    throw new UsageError('claims needs exactly two files');
  }
  const pair = comparedPair(files, io, engine);
  if (!pair) {
    return 1;
  }
  const { a, b, xref } = pair;
  const comparison = attempt(`${shown(a.path)} and ${shown(b.path)}: claims`, io, () => compareClaims(a.text, b.text, claimContextOf(xref)));
  if (!comparison) {
    return 1;
  }
  io.out(renderClaims(toClaimsExport(comparison, { a: nodePath.basename(a.path), b: nodePath.basename(b.path) }), format as ClaimsFormat));
  return 0;
}

function coverage(args: readonly string[], io: Io, engine: Engine): number {
  const { files, format } = parseArgs(args, COVERAGE_FORMATS);
  if (files.length < 2) {
    throw new UsageError('coverage needs at least two files');
  }
  const read = files.map(f => readArticle(f));
  const texts: string[] = [];
  const paths: string[] = [];
  for (const r of read) {
    if (!r.ok) {
      io.err(`news-lens: ${r.error}`);
      continue;
    }
    texts.push(r.text);
    paths.push(r.path);
  }
  if (texts.length !== files.length) {
    return 1;
  }
  const analyses: DocumentAnalysis[] = [];
  for (const [index, text] of texts.entries()) {
    const analysis = attempt(`${shown(paths[index])}: analysis`, io, () => engine.analyzeText(text));
    if (!analysis) {
      return 1;
    }
    analyses.push(analysis);
  }
  const result = attempt('coverage', io, () => compareArticles(analyses));
  if (!result) {
    return 1;
  }
  io.out(renderCoverage(result, format as CoverageFormat, distinctFileNames(paths)));
  return 0;
}

export function main(argv: readonly string[], io: Io, engine: Engine = CORE_ENGINE): number {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      io.out(USAGE + '\n');
      return command ? 0 : 2;
    }
    if (command === '--version' || command === '-v') {
      io.out(`${version}\n`);
      return 0;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(USAGE + '\n');
      return 0;
    }
    if (command === 'analyze' || command === 'analyse') {
      return analyze(rest, io, engine);
    }
    if (command === 'compare') {
      return compare(rest, io, engine);
    }
    if (command === 'claims') {
      return claims(rest, io, engine);
    }
    if (command === 'coverage') {
      return coverage(rest, io, engine);
    }
    throw new UsageError(`unknown command ${command}`);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`news-lens: ${e.message}\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}

/** Corpus mode runs asynchronously (worker threads, a streamed file list); everything else through main(). */
function runCorpusMode(args: readonly string[]): void {
  runCorpus(args, processCorpusIo()).then(code => { process.exitCode = code; }, e => {
    if (!(e instanceof CorpusUsageError)) {
      throw e;
    }
    process.stderr.write(`news-lens: ${e.message}\n${USAGE}\n`);
    process.exitCode = 2;
  });
}

/** Runs the command line of this process (process.argv); dist/cli.js calls it after loading the bundle. */
export function runCommandLine(): void {
  const [command, ...rest] = process.argv.slice(2);
  if ((command === 'analyze' || command === 'analyse') && isCorpusRun(rest) && !rest.includes('--help') && !rest.includes('-h')) {
    runCorpusMode(rest);
  } else {
    process.exitCode = main(process.argv.slice(2), {
      out: text => process.stdout.write(text),
      err: text => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
    });
  }
}

export { setWorkerEntry } from './cli/corpusPool';

// Run directly (not through dist/cli.js's loader). A corpus worker thread loads this same bundle: it must not
// run the command line again.
if (require.main === module && isMainThread) {
  runCommandLine();
}
