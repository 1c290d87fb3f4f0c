// Whole-process figures for tools/bench.mjs: what a user of the CLI waits for, start-up included.
//  - wholeProcessRatios: `node dist/cli.js analyze FILE --format json` against compromise alone
//    (tools/benchBaseline.cjs) on the same file, runs paired (one of each, alternating) so both see the
//    same machine load; medians of wall time and of CPU time (every thread of the process).
// Corpus mode's figures are in tools/benchCorpus.mjs.
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

const median = xs => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

/** Runs `node ARGS` with stdout to a file; wall ms, CPU ms and peak RSS (KB) of the whole process. */
function timeProcess(root, args, outFile) {
  const usageFile = path.join(os.tmpdir(), `news-lens-bench-usage-${process.pid}.json`);
  const out = fs.openSync(outFile, 'w');
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--require', path.join(root, 'tools/benchUsage.cjs'), ...args], {
    stdio: ['ignore', out, 'pipe'], env: { ...process.env, NEWS_LENS_BENCH_USAGE: usageFile }, maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - started;
  fs.closeSync(out);
  if (run.status !== 0) {
    throw new Error(`node ${args.join(' ')} exited ${run.status}: ${String(run.stderr).slice(-500)}`);
  }
  const usage = JSON.parse(fs.readFileSync(usageFile, 'utf8'));
  fs.rmSync(usageFile, { force: true });
  return { wallMs, cpuMs: usage.cpuMs, maxRssKB: usage.maxRssKB };
}

/** [label, text] pairs → per size: medians of paired whole-process runs and their ratios. */
export function wholeProcessRatios({ root, texts, runsFor, log }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-bench-'));
  const sink = path.join(dir, 'out');
  const results = {};
  try {
    for (const [label, text] of texts) {
      const file = path.join(dir, `${label.replace(/\W+/g, '-')}.txt`);
      fs.writeFileSync(file, text);
      const runs = runsFor(text.length);
      log(`  timing whole processes, ${label} (${runs} pairs)…`);
      const base = [], ours = [];
      for (let i = 0; i < runs; i++) {
        base.push(timeProcess(root, [path.join(root, 'tools/benchBaseline.cjs'), file], sink));
        ours.push(timeProcess(root, [path.join(root, 'dist/cli.js'), 'analyze', file, '--format', 'json'], sink));
      }
      const pick = (runsOf, key) => median(runsOf.map(r => r[key]));
      results[label] = {
        chars: text.length,
        ms: pick(ours, 'wallMs'), baselineMs: pick(base, 'wallMs'),
        cpuMs: pick(ours, 'cpuMs'), baselineCpuMs: pick(base, 'cpuMs'),
        ratio: pick(ours, 'wallMs') / pick(base, 'wallMs'),
        cpuRatio: pick(ours, 'cpuMs') / pick(base, 'cpuMs'),
        pairedRatio: median(ours.map((r, i) => r.wallMs / base[i].wallMs)),
        runs: ours.map(r => r.wallMs), baselineRuns: base.map(r => r.wallMs),
      };
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
