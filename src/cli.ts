// news-lens: the command-line face of the analysis core.
//   news-lens analyze FILE... [--format eval|json|table]
//   news-lens compare A B [--format table|markdown|json|csv]
// A file that cannot be read gives one line on stderr and exit code 1; the other files are still analysed.
import * as nodePath from 'path';
import { analyzeText } from './core/analyze';
import { compareDocuments } from './core/compare';
import { linkAnalyses } from './core/link';
import { renderCrossReference } from './core/report';
import { analysisTable, compareTable, evalPredictions, type AnalysedFile, type TableOptions } from './cli/format';
import { DEFAULT_WIDTH } from './cli/layout';
import { readArticle, shown } from './cli/readArticle';
import { version } from '../package.json';

const USAGE = `Usage:
  news-lens analyze FILE... [--format eval|json|table] [--wide]   people, organisations, roles and quotes of each article
  news-lens compare A B [--format table|markdown|json|csv] [--wide] what two articles share and where they differ
  news-lens --help | --version

FILE "-" reads standard input. --format eval prints the accuracy scorer's predictions (ids shared across files).
Tables fit 100 columns, long cells wrapped; --wide prints every cell whole on one line.`;

const ANALYZE_FORMATS = ['table', 'json', 'eval'] as const;
const COMPARE_FORMATS = ['table', 'markdown', 'json', 'csv'] as const;

interface Io {
  out(text: string): void;
  err(text: string): void;
}

class UsageError extends Error {}

function parseArgs(args: readonly string[], formats: readonly string[]): { files: string[]; format: string; table: TableOptions } {
  const files: string[] = [];
  let format = 'table';
  let width = DEFAULT_WIDTH;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--wide') {
      width = Infinity;
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
  return { files, format, table: { width } };
}

function analyze(args: readonly string[], io: Io): number {
  const { files, format, table } = parseArgs(args, ANALYZE_FORMATS);
  if (!files.length) {
    throw new UsageError('analyze needs at least one file');
  }
  let failed = false;
  const read: AnalysedFile[] = [];
  for (const path of files) {
    const r = readArticle(path);
    if (!r.ok) {
      io.err(`news-lens: ${r.error}`);
      failed = true;
      continue;
    }
    try {
      read.push({ path: r.path, analysis: analyzeText(r.text) });
    } catch (e) {
      // An engine bug on one article must not cost the others their analysis.
      io.err(`news-lens: ${shown(r.path)}: analysis failed (${String((e as Error)?.message ?? e).replace(/\s+/g, ' ')})`);
      failed = true;
    }
  }
  const linked = linkAnalyses(read.map(f => f.analysis));
  const analysed = read.map((f, i) => ({ path: f.path, analysis: linked[i] }));
  if (format === 'eval') {
    io.out(JSON.stringify(evalPredictions(analysed), null, 1) + '\n');
  } else if (format === 'json') {
    io.out(JSON.stringify({ documents: analysed.map(f => ({ path: f.path, ...f.analysis })) }, null, 2) + '\n');
  } else {
    io.out(analysed.map(file => analysisTable(file, table)).join('\n'));
  }
  return failed ? 1 : 0;
}

function compare(args: readonly string[], io: Io): number {
  const { files, format, table } = parseArgs(args, COMPARE_FORMATS);
  if (files.length !== 2) {
    throw new UsageError('compare needs exactly two files');
  }
  const [a, b] = files.map(f => readArticle(f));
  if (!a.ok || !b.ok) {
    for (const r of [a, b]) {
      if (!r.ok) {
        io.err(`news-lens: ${r.error}`);
      }
    }
    return 1;
  }
  const xref = compareDocuments(analyzeText(a.text), analyzeText(b.text));
  const names = { a: nodePath.basename(a.path), b: nodePath.basename(b.path) };
  io.out(format === 'table' ? compareTable(xref, names, table) : renderCrossReference(xref, format as 'markdown' | 'json' | 'csv', names));
  return 0;
}

export function main(argv: readonly string[], io: Io): number {
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
      return analyze(rest, io);
    }
    if (command === 'compare') {
      return compare(rest, io);
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

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2), {
    out: text => process.stdout.write(text),
    err: text => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
  });
}
