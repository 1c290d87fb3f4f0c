#!/usr/bin/env node
// Corpus-mode figures for tools/bench.mjs (and on their own: `node tools/benchCorpus.mjs [DIR] [--jobs N]
// [--repeat R] [--runs K] [--json]`): `analyze --files-from LIST --format jsonl` on a folder of articles.
//  - one:     `--jobs 1` on the whole list;
//  - many:    `--jobs N` on the whole list;
//  - ceiling: the machine's own parallel ceiling, N independent `--jobs 1` processes at once, each on every
//             N-th article of the list. No engine can split the work more cheaply than separate processes,
//             so `one / ceiling` is the most `--jobs N` could gain on this machine at this moment (on a VM
//             whose virtual cores share physical ones with other guests it can be far below N).
// The three run in turn, the order rotating each round, so all see the same machine load; figures are medians
// over the rounds, and the speed-ups medians of each round's own ratios (paired). CPU is every thread of the
// process(es), peak memory the largest resident set of one process. Every `--jobs` run's output is compared
// byte for byte.
import { spawn } from 'child_process';
import { createHash } from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { fileURLToPath } from 'url';

const median = xs => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

/**
 * Starts `node dist/cli.js analyze --files-from LIST --format jsonl --jobs J` with stdout to `outFile`;
 * resolves to its wall ms, CPU ms (every thread) and peak resident KB.
 */
function corpusProcess(root, list, jobs, outFile) {
  const usageFile = path.join(os.tmpdir(), `news-lens-corpus-usage-${process.pid}-${path.basename(outFile)}.json`);
  const out = fs.openSync(outFile, 'w');
  const started = performance.now();
  const child = spawn(process.execPath, [
    '--require', path.join(root, 'tools/benchUsage.cjs'),
    path.join(root, 'dist/cli.js'), 'analyze', '--files-from', list, '--format', 'jsonl', '--jobs', String(jobs),
  ], { stdio: ['ignore', out, 'pipe'], env: { ...process.env, NEWS_LENS_BENCH_USAGE: usageFile } });
  let stderr = '';
  child.stderr?.on('data', chunk => { stderr = (stderr + chunk).slice(-2000); });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', code => {
      const wallMs = performance.now() - started;
      fs.closeSync(out);
      if (code !== 0) {
        reject(new Error(`corpus run --jobs ${jobs} exited ${code}: ${stderr.slice(-500)}`));
        return;
      }
      const usage = JSON.parse(fs.readFileSync(usageFile, 'utf8'));
      fs.rmSync(usageFile, { force: true });
      resolve({ wallMs, cpuMs: usage.cpuMs, maxRssKB: usage.maxRssKB });
    });
  });
}

/** N processes at once, one per list: wall until the last ends, CPU summed, peak the largest of one process. */
async function independentProcesses(root, lists, work) {
  const started = performance.now();
  const runs = await Promise.all(lists.map((list, i) => corpusProcess(root, list, 1, path.join(work, `part-${i}.jsonl`))));
  return {
    wallMs: performance.now() - started,
    cpuMs: runs.reduce((sum, r) => sum + r.cpuMs, 0),
    maxRssKB: Math.max(...runs.map(r => r.maxRssKB)),
    partWallMs: runs.map(r => r.wallMs),
  };
}

const digestOf = file => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Corpus mode over every .txt of `dir` (the list repeated `repeat` times): one, many and ceiling, `runs` rounds. */
export async function corpusThroughput({ root, dir, jobs, repeat = 1, runs = 1, ceiling = true, log }) {
  const files = fs.readdirSync(dir).filter(f => f.endsWith('.txt')).sort().map(f => path.join(dir, f));
  const all = Array.from({ length: repeat }, () => files).flat();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-corpus-bench-'));
  const list = path.join(work, 'list.txt');
  fs.writeFileSync(list, all.join('\n') + '\n');
  // Every N-th article to each part, so the parts are alike in length and in kind.
  const partLists = Array.from({ length: jobs }, (_, p) => {
    const part = path.join(work, `list-${p}.txt`);
    fs.writeFileSync(part, all.filter((_, i) => i % jobs === p).join('\n') + '\n');
    return part;
  });
  const articles = all.length;
  const kinds = ['one', 'many', ...(ceiling && jobs > 1 ? ['ceiling'] : [])];
  /** @type {Record<string, { wallMs: number, cpuMs: number, maxRssKB: number }[]>} */
  const byKind = Object.fromEntries(kinds.map(k => [k, []]));
  const digests = new Set();
  const loads = [os.loadavg()[0]];
  try {
    for (let i = 0; i < runs; i++) {
      const order = kinds.map((_, k) => kinds[(k + i) % kinds.length]);
      for (const kind of order) {
        log(`  corpus mode, ${articles} articles, ${kind === 'one' ? '--jobs 1' : kind === 'many' ? `--jobs ${jobs}` : `${jobs} independent --jobs 1 processes`} (round ${i + 1} of ${runs})…`);
        if (kind === 'ceiling') {
          byKind.ceiling.push(await independentProcesses(root, partLists, work));
          continue;
        }
        const out = path.join(work, `out-${kind}.jsonl`);
        byKind[kind].push(await corpusProcess(root, list, kind === 'one' ? 1 : jobs, out));
        digests.add(digestOf(out));
      }
      loads.push(os.loadavg()[0]);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  /** @param {{ wallMs: number, cpuMs: number, maxRssKB: number }[]} runsOf */
  const summary = runsOf => ({
    seconds: median(runsOf.map(r => r.wallMs)) / 1000,
    articlesPerSecond: articles / (median(runsOf.map(r => r.wallMs)) / 1000),
    cpuSeconds: median(runsOf.map(r => r.cpuMs)) / 1000,
    peakMB: Math.max(...runsOf.map(r => r.maxRssKB)) / 1024,
    runsSeconds: runsOf.map(r => r.wallMs / 1000),
  });
  const paired = kind => byKind.one.map((r, i) => r.wallMs / byKind[kind][i].wallMs);
  const pairedCpu = kind => byKind.one.map((r, i) => byKind[kind][i].cpuMs / r.cpuMs);
  return {
    articles, jobs, rounds: runs, loadAverages: loads,
    one: summary(byKind.one),
    many: summary(byKind.many),
    speedup: median(paired('many')),
    pairedSpeedups: paired('many'),
    cpuRatio: median(pairedCpu('many')),
    ...(byKind.ceiling ? {
      ceiling: { ...summary(byKind.ceiling), speedup: median(paired('ceiling')), pairedSpeedups: paired('ceiling'), cpuRatio: median(pairedCpu('ceiling')) },
    } : {}),
    identicalOutput: digests.size === 1,
  };
}

/** The report's lines for a corpusThroughput result. */
export function describeCorpus(c) {
  const lines = [
    `corpus mode on polnear/train (${c.articles} articles, ${c.rounds} round${c.rounds === 1 ? '' : 's'}, load average ${c.loadAverages.map(x => x.toFixed(1)).join(' → ')}):`,
    `  --jobs 1: ${c.one.articlesPerSecond.toFixed(1)} articles/s, CPU ${c.one.cpuSeconds.toFixed(1)} s, peak ${c.one.peakMB.toFixed(0)} MB`,
    `  --jobs ${c.jobs}: ${c.many.articlesPerSecond.toFixed(1)} articles/s, CPU ${c.many.cpuSeconds.toFixed(1)} s, peak ${c.many.peakMB.toFixed(0)} MB: ` +
      `${c.speedup.toFixed(2)}× --jobs 1 (paired median; target ≥ 1.8× with 2 jobs), ${c.cpuRatio.toFixed(2)}× its CPU`,
  ];
  if (c.ceiling) {
    lines.push(`  machine's ceiling, ${c.jobs} independent --jobs 1 processes on 1/${c.jobs} each: ${c.ceiling.articlesPerSecond.toFixed(1)} articles/s, ` +
      `CPU ${c.ceiling.cpuSeconds.toFixed(1)} s: ${c.ceiling.speedup.toFixed(2)}× --jobs 1, ${c.ceiling.cpuRatio.toFixed(2)}× its CPU; ` +
      `--jobs ${c.jobs} reaches ${(100 * c.speedup / c.ceiling.speedup).toFixed(0)} % of the ceiling`);
  }
  lines.push(`  paired speed-ups: --jobs ${c.jobs} ${c.pairedSpeedups.map(x => x.toFixed(2)).join(' ')}` +
    (c.ceiling ? `; ceiling ${c.ceiling.pairedSpeedups.map(x => x.toFixed(2)).join(' ')}` : '') +
    `; outputs ${c.identicalOutput ? 'byte-identical' : 'DIFFER'}`);
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const valued = new Set(['--jobs', '--repeat', '--runs']);
  const dir = args.find((a, i) => !a.startsWith('--') && !valued.has(args[i - 1])) ?? path.join(root, '..', 'shared', 'corpus', 'polnear', 'train', 'text');
  const result = await corpusThroughput({
    root, dir, jobs: option('--jobs', os.availableParallelism()), repeat: option('--repeat', 1), runs: option('--runs', 3),
    ceiling: !args.includes('--no-ceiling'), log: (...a) => console.error(...a),
  });
  console.log(args.includes('--json') ? JSON.stringify(result, null, 2) : describeCorpus(result).join('\n'));
}
