#!/usr/bin/env node
// Times News Lens's analysis against compromise's own parse of the same text, in one run.
//   npm run bench            (builds first)     node tools/bench.mjs [--json] [--save FILE.json] [--quick] [--runs N]
//                            corpus mode: [--no-corpus] [--corpus-jobs N] [--corpus-repeat R] [--corpus-runs K] [--no-corpus-ceiling]
//                            (corpus mode alone: node tools/benchCorpus.mjs, see there)
// Every figure is a median over several runs; ratios are to compromise's parse of the same text
// (nlp(text) + people(), organizations(), quotations(), offsets computed once with doc.compute('offset')).
import fs from 'fs';
import path from 'path';
import { createRequire } from 'module';
import { performance } from 'perf_hooks';
import { fileURLToPath } from 'url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const quick = args.includes('--quick');
const runsArg = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : undefined;
const log = asJson ? () => undefined : (...a) => console.error(...a);

const core = require(path.join(root, 'dist/bench/core.js'));
// A separate compromise instance: the baseline must not see our plugin's words and rules.
const nlp = require('compromise');

const median = xs => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const now = () => performance.now();
/** CPU time of this process (its threads, GC helpers included): unlike wall time, barely moved by other processes' load. */
const cpuNow = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
function time(fn, runs) {
  const times = [];
  const cpus = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const t = now();
    const c = cpuNow();
    result = fn(i);
    cpus.push(cpuNow() - c);
    times.push(now() - t);
  }
  return { ms: median(times), cpuMs: median(cpus), runs: times, result };
}

function baselineParse(text) {
  const doc = nlp(text);
  doc.compute('offset');
  const spans = view => view.json({ offset: false, terms: { offset: true } }).map(m => {
    const first = m.terms[0].offset, last = m.terms[m.terms.length - 1].offset;
    return [first.start, last.start + last.length];
  });
  return { people: spans(doc.people()), orgs: spans(doc.organizations()), quotes: spans(doc.quotations()) };
}

const runs = size => runsArg ?? (quick ? (size > 500_000 ? 1 : 3) : size > 500_000 ? 3 : size > 50_000 ? 5 : 15);
const rows = [];
const raw = { node: process.version, date: new Date().toISOString(), measures: {} };
function row(name, ms, baseMs, target, extra = {}) {
  rows.push({ name, ms, baseMs, target, cpuRatio: extra.cpuMs && extra.baselineCpuMs ? extra.cpuMs / extra.baselineCpuMs : undefined });
  raw.measures[name] = { ms, baselineMs: baseMs, ratio: baseMs ? ms / baseMs : undefined, target, ...extra };
}

// ---- texts ----------------------------------------------------------------------------------------
// A fixed set of fixture folders (see BENCH_FIXTURE_FOLDERS): new annotated sets leave the benchmark's text alone.
const sources = core.loadFixtureArticles(root, core.BENCH_FIXTURE_FOLDERS);
const samples = fs.readdirSync(path.join(root, 'samples')).filter(f => f.endsWith('.txt')).sort();
const text64k = core.buildArticle(sources, 64_000, 64);
const text1m = core.buildArticle(sources, 1_000_000, 1000);
const text1mB = core.buildArticle(sources, 1_000_000, 2000);
raw.sources = sources.length;
raw.loadAverage = (await import('os')).loadavg();
log(`News Lens benchmark: ${sources.length} source articles, 64 KB = ${text64k.length} chars, 1 MB = ${text1m.length} chars (${process.version})`);

// Warm both engines (module initialisation, JIT) before timing anything: a few runs over every sample, so
// neither side's first timed run pays for compiling code the other has already compiled.
for (let i = 0; i < 3; i++) {
  for (const f of samples) {
    const text = fs.readFileSync(path.join(root, 'samples', f), 'utf8');
    baselineParse(text);
    core.analyzeText(text, {});
  }
}

// ---- full analysis at every size -------------------------------------------------------------------
const full = {};
// The 1 MB article's paragraph results, kept from its first timed run for the document-level passes below.
const paragraphs1m = new Map();
const texts = [
  ...samples.map(f => [`sample ${f.slice(0, 3)} (${(fs.statSync(path.join(root, 'samples', f)).size / 1000).toFixed(1)} KB)`, fs.readFileSync(path.join(root, 'samples', f), 'utf8')]),
  ['64 KB article', text64k],
  ['1 MB article', text1m],
];
for (const [label, text] of texts) {
  log(`  timing ${label}…`);
  // Alternate the two so that both see the same machine load (other processes, GC, thermal state).
  const baseTimes = [];
  const baseCpu = [];
  const ourTimes = [];
  const ourCpu = [];
  let analysis;
  for (let i = 0; i < runs(text.length); i++) {
    const base = time(() => baselineParse(text), 1);
    baseTimes.push(base.ms);
    baseCpu.push(base.cpuMs);
    const ours = time(() => core.analyzeText(text, {}, label === '1 MB article' && i === 0 ? paragraphs1m : undefined), 1);
    ourTimes.push(ours.ms);
    ourCpu.push(ours.cpuMs);
    analysis = ours.result;
  }
  full[label] = { ours: median(ourTimes), base: median(baseTimes), cpu: median(ourCpu), analysis };
  row(`full analysis, ${label}`, median(ourTimes), median(baseTimes), '≤ 1.5×', {
    chars: text.length, runs: ourTimes, baselineRuns: baseTimes, cpuMs: median(ourCpu), baselineCpuMs: median(baseCpu),
  });
}
const growth = full['1 MB article'].ours / full['64 KB article'].ours;
const growthCpu = full['1 MB article'].cpu / full['64 KB article'].cpu;
raw.measures['growth 1 MB / 64 KB'] = { ratio: growth, cpuRatio: growthCpu, target: '≤ ~16 (×' + (text1m.length / text64k.length).toFixed(1) + ' the text)' };

// ---- incremental re-analysis after a one-character edit ---------------------------------------------
{
  log('  timing incremental re-analysis…');
  const inc = new core.IncrementalAnalyzer();
  const first = time(() => inc.analyze('bench', text1m, {}), 1);
  row('first analysis via the incremental path, 1 MB', first.ms, full['1 MB article'].base, '≤ 1.5×');
  const positions = [0.5, 0.2, 0.8, 0.35, 0.65, 0.05, 0.95].slice(0, quick ? 3 : 7);
  let current = text1m;
  const edit = time(i => {
    // Insert one letter inside a word, the commonest edit while typing.
    let at = Math.floor(current.length * positions[i]);
    while (at < current.length && !/[a-z]/.test(current[at])) {
      at++;
    }
    current = current.slice(0, at) + 'e' + current.slice(at);
    return inc.analyze('bench', current, {});
  }, positions.length);
  row('re-analysis after a 1-character edit, 1 MB', edit.ms, full['1 MB article'].base, '≤ 5 % of full', {
    shareOfFull: edit.ms / full['1 MB article'].ours, cpuShareOfFull: edit.cpuMs / full['1 MB article'].cpu, cpuMs: edit.cpuMs,
  });
}

// ---- the document-level passes alone: how they grow with the text ------------------------------------
// Every paragraph cached, analyzeText runs only what reads the whole document (grouping names into entities, kinds,
// roles, quotations and speakers): what the extension re-runs after every edit. A pass that scans the text once per
// word, name or candidate grows with (distinct words × length) and shows here as growth well above the text's.
const docLevel = documentLevelGrowth();
row('document-level passes (paragraphs cached), 256 KB', docLevel.small.ms, undefined, '—', { cpuMs: docLevel.small.cpuMs, chars: docLevel.small.chars });
row('document-level passes (paragraphs cached), 1 MB vs 256 KB', docLevel.large.ms, docLevel.small.ms, '≤ ~6× (linear ≈ 4×)', {
  cpuMs: docLevel.large.cpuMs, baselineCpuMs: docLevel.small.cpuMs, chars: docLevel.large.chars,
});
raw.measures['growth of the document-level passes 1 MB / 256 KB'] = {
  ratio: docLevel.large.ms / docLevel.small.ms, cpuRatio: docLevel.large.cpuMs / docLevel.small.cpuMs, textRatio: docLevel.large.chars / docLevel.small.chars, target: '≤ ~6× (linear ≈ 4×)',
};

/** The document-level passes on the 1 MB article and on its first quarter (whole paragraphs, so cached too), alternated. */
function documentLevelGrowth() {
  // The opening paragraphs of the same article: the same kind of text, and every paragraph already in the cache.
  const text256k = text1m.slice(0, text1m.indexOf('\n\n', 256_000));
  const passes = text => () => core.analyzeText(text, {}, paragraphs1m);
  passes(text256k)();
  const small = { runs: [], cpu: [] };
  const large = { runs: [], cpu: [] };
  for (let i = 0; i < (quick ? 3 : 5); i++) {
    for (const [text, into] of [[text256k, small], [text1m, large]]) {
      const t = time(passes(text), 1);
      into.runs.push(t.ms);
      into.cpu.push(t.cpuMs);
    }
  }
  const summary = (into, text) => ({ ms: median(into.runs), cpuMs: median(into.cpu), chars: text.length });
  return { small: summary(small, text256k), large: summary(large, text1m) };
}

// ---- hover and references on the cached analysis -------------------------------------------------
{
  log('  timing hover and references…');
  const analysis = full['1 MB article'].analysis;
  const index = time(() => core.entityAt(analysis, 1), 1);
  raw.measures['position index build (first lookup), 1 MB'] = { ms: index.ms };
  const offsets = Array.from({ length: 2000 }, (_, i) => Math.floor((i * 7919 * 131) % text1m.length));
  const mentionOffsets = analysis.entities.flatMap(e => e.mentions.map(m => m.start + 1));
  const hoverTimes = offsets.map(o => { const t = now(); core.entityAt(analysis, o, true); return now() - t; });
  row('hover lookup (position → entity), 1 MB', median(hoverTimes), undefined, '≤ 1 ms', { maxMs: Math.max(...hoverTimes) });
  const refTimes = mentionOffsets.filter((_, i) => i % Math.max(1, Math.floor(mentionOffsets.length / 2000)) === 0).map(o => {
    const t = now();
    const hit = core.entityAt(analysis, o, true);
    const refs = hit ? core.mentionsOf(analysis, hit.entity.id).map(m => [m.start, m.end]) : [];
    void refs;
    return now() - t;
  });
  row('find all references (position → every mention), 1 MB', median(refTimes), undefined, '≤ 1 ms', { maxMs: Math.max(...refTimes) });
}

// ---- compareDocuments ------------------------------------------------------------------------------
{
  log('  timing compareDocuments…');
  full.analysis1mB = core.analyzeText(text1mB, {});
  const cmp = time(() => core.compareDocuments(full['1 MB article'].analysis, full.analysis1mB), quick ? 1 : 3);
  row('compareDocuments, two 1 MB articles', cmp.ms, full['1 MB article'].base, '—');
}

// ---- compareClaims (Compare Claims: split, read numbers, align) ---------------------------------------
{
  log('  timing compareClaims…');
  const other64k = core.buildArticle(sources, 64_000, 65);
  core.compareClaims(text64k.slice(0, 8000), other64k.slice(0, 8000));
  const claims = time(() => core.compareClaims(text64k, other64k), quick ? 3 : 7);
  row('compareClaims, two 64 KB articles', claims.ms, undefined, '< 1000 ms', { cpuMs: claims.cpuMs });
}

// ---- the worker: how long the extension host's thread is blocked ------------------------------------
{
  log('  timing the worker path…');
  const client = new core.AnalysisWorkerClient(path.join(root, 'dist/analysisWorker.js'));
  // A gap between ticks is wall time, which on a loaded machine is mostly other processes' turns; what this
  // thread computed in the gap (receiving the result included) is its CPU time, read from Linux's
  // schedstat, or else the event loop's active time (which still counts the OS's interruptions).
  const schedstat = `/proc/self/task/${process.pid}/schedstat`;
  const cpuMs = fs.existsSync(schedstat)
    ? () => Number(fs.readFileSync(schedstat, 'utf8').split(' ')[0]) / 1e6
    : undefined;
  let maxGap = 0;
  let maxBusy = 0;
  let last = now();
  let lastCpu = cpuMs?.() ?? 0;
  let elu = performance.eventLoopUtilization();
  const ticker = setInterval(() => {
    const t = now();
    const next = performance.eventLoopUtilization();
    const cpu = cpuMs?.() ?? 0;
    maxBusy = Math.max(maxBusy, cpuMs ? cpu - lastCpu : performance.eventLoopUtilization(next, elu).active);
    maxGap = Math.max(maxGap, t - last);
    elu = next;
    lastCpu = cpu;
    last = t;
  }, 1);
  const t = now();
  const a = await client.analyze('w', text1m, {}).result;
  const total = now() - t;
  await new Promise(resolve => setTimeout(resolve, 20));
  const analysisStall = maxBusy;
  maxBusy = 0;
  // As in the editor, the compared analyses are ones the worker produced.
  const b = await client.analyze('wb', text1mB, {}).result;
  await new Promise(resolve => setTimeout(resolve, 20));
  maxBusy = 0;
  const tc = now();
  await client.compare(a, b, { a: text1m, b: text1mB }).result;
  const compareTotal = now() - tc;
  await new Promise(resolve => setTimeout(resolve, 20));
  clearInterval(ticker);
  client.dispose();
  const measuredAs = cpuMs ? 'thread CPU time' : 'event-loop active time';
  row('worker: 1 MB analysis round trip (cold worker)', total, full['1 MB article'].base, '—', { maxTimerGapMs: maxGap });
  raw.measures['worker: longest host-thread stall during it'] = { ms: analysisStall, measuredAs, maxTimerGapMs: maxGap, target: '≤ 50 ms' };
  row('worker: compareDocuments round trip, two 1 MB articles', compareTotal, full['1 MB article'].base, '—');
  raw.measures['worker: longest host-thread stall during the comparison'] = { ms: maxBusy, measuredAs, target: '≤ 50 ms' };
}

// ---- whole processes: the CLI against compromise alone, start-up included ---------------------------
const { wholeProcessRatios } = await import('./benchProcess.mjs');
const { corpusThroughput, describeCorpus } = await import('./benchCorpus.mjs');
const sample6k = texts.find(([label]) => label.startsWith('sample')) ?? texts[0];
raw.wholeProcess = wholeProcessRatios({
  root,
  texts: [[`6 KB article (${sample6k[0].replace(/^sample /, 'sample ')})`, sample6k[1]], ['64 KB article', text64k], ['1 MB article', text1m]],
  runsFor: size => runsArg ?? (quick ? (size > 500_000 ? 1 : 3) : size > 500_000 ? 3 : size > 50_000 ? 7 : 15),
  log,
});

// ---- corpus mode: articles per second with 1 and N jobs, the machine's own ceiling, peak memory ------
{
  const corpusDir = path.join(root, '..', 'shared', 'corpus', 'polnear', 'train', 'text');
  const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
  if (args.includes('--no-corpus') || !fs.existsSync(corpusDir)) {
    log('  corpus mode: skipped (--no-corpus, or ../shared/corpus/polnear/train absent)');
  } else {
    raw.corpus = await corpusThroughput({
      root,
      dir: corpusDir,
      jobs: option('--corpus-jobs', (await import('os')).availableParallelism()),
      repeat: option('--corpus-repeat', 1),
      runs: option('--corpus-runs', quick ? 1 : 3),
      ceiling: !args.includes('--no-corpus-ceiling'),
      log,
    });
  }
}

// ---- activation and bundles ------------------------------------------------------------------------
{
  log('  timing activation…');
  const act = (await import('./benchActivation.mjs')).measureActivation(path.join(root, 'dist/extension.js'));
  raw.measures['activation: load dist/extension.js'] = { ms: act.loadMs };
  raw.measures['activation: activate()'] = { ms: act.activateMs };
  const sizes = {};
  const { builds } = require(path.join(root, 'esbuild.js'));
  for (const label of ['dist/extension.js', 'dist/analysisWorker.js', 'dist/web/extension.js']) {
    const config = builds.find(b => b.outfile === label);
    if (!config || !config.entryPoints.every(e => fs.existsSync(path.join(root, e)))) {
      continue;
    }
    const out = await build({ ...config, absWorkingDir: root, minify: true, sourcemap: false, write: false, logLevel: 'silent', plugins: config.plugins.filter(p => p.name !== 'problem-matcher'), define: { ...config.define, ...(config.platform === 'browser' ? { 'process.env.NODE_ENV': '"production"' } : {}) } });
    sizes[label] = { devBytes: fs.existsSync(path.join(root, label)) ? fs.statSync(path.join(root, label)).size : null, minifiedBytes: /** @type {import('esbuild').OutputFile[]} */ (out.outputFiles)[0].contents.length };
  }
  raw.bundles = sizes;
}

// ---- report ----------------------------------------------------------------------------------------
if (args.includes('--save')) {
  fs.writeFileSync(args[args.indexOf('--save') + 1], JSON.stringify(raw, null, 2));
}
if (asJson) {
  console.log(JSON.stringify(raw, null, 2));
} else {
  const fmt = ms => (ms === undefined ? '' : ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(1) : ms.toFixed(4));
  const lines = [['measure', 'News Lens ms', 'compromise ms', 'ratio', 'CPU ratio', 'target']];
  for (const r of rows) {
    lines.push([r.name, fmt(r.ms), fmt(r.baseMs), r.baseMs ? (r.ms / r.baseMs).toFixed(2) + '×' : '', r.cpuRatio ? r.cpuRatio.toFixed(2) + '×' : '', r.target]);
  }
  const widths = lines[0].map((_, c) => Math.max(...lines.map(l => l[c].length)));
  for (const [i, l] of lines.entries()) {
    console.log(l.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
    if (i === 0) {
      console.log(widths.map(w => '-'.repeat(w)).join('  '));
    }
  }
  const m = raw.measures;
  const cores = (await import('os')).cpus().length;
  console.log('');
  console.log(`machine: ${cores} cores, load average ${raw.loadAverage.map(x => x.toFixed(1)).join(' / ')} at the start (ratios are fairer than times on a busy machine)`);
  console.log(`growth 1 MB / 64 KB: ${growth.toFixed(1)}× wall, ${growthCpu.toFixed(1)}× CPU, for ${(text1m.length / text64k.length).toFixed(1)}× the text (target ≤ ~16)`);
  const edit = m['re-analysis after a 1-character edit, 1 MB'];
  const docGrowth = m['growth of the document-level passes 1 MB / 256 KB'];
  const docFlag = Math.min(docGrowth.ratio, docGrowth.cpuRatio) > 6 ? '  ← ABOVE 6×: a document-level pass grows faster than the text (one scan per word or candidate?)' : '';
  console.log(`growth of the document-level passes 1 MB / 256 KB: ${docGrowth.ratio.toFixed(1)}× wall, ${docGrowth.cpuRatio.toFixed(1)}× CPU, for ${docGrowth.textRatio.toFixed(1)}× the text (linear ≈ 4×, flag above ~6×)${docFlag}`);
  console.log(`re-analysis after a 1-character edit: ${(edit.shareOfFull * 100).toFixed(1)} % of a full analysis (${(edit.cpuShareOfFull * 100).toFixed(1)} % in CPU time; target ≤ 5 %)`);
  console.log(`worker: longest extension-host stall while a 1 MB analysis ran: ${m['worker: longest host-thread stall during it'].ms.toFixed(1)} ms of ${m['worker: longest host-thread stall during it'].measuredAs} (target ≤ 50; longest timer gap ${m['worker: longest host-thread stall during it'].maxTimerGapMs.toFixed(0)} ms wall)`);
  console.log(`worker: longest extension-host stall while comparing two 1 MB articles: ${m['worker: longest host-thread stall during the comparison'].ms.toFixed(1)} ms (target ≤ 50)`);
  console.log(`position index build on first lookup: ${fmt(m['position index build (first lookup), 1 MB'].ms)} ms`);
  console.log(`activation: loading dist/extension.js ${fmt(m['activation: load dist/extension.js'].ms)} ms, activate() ${fmt(m['activation: activate()'].ms)} ms`);
  console.log('');
  console.log('whole process (node dist/cli.js analyze FILE --format json vs compromise alone: parse, people, organisations, quotations, JSON out):');
  for (const [label, w] of Object.entries(raw.wholeProcess)) {
    console.log(`  ${label}: ${fmt(w.ms)} ms vs ${fmt(w.baselineMs)} ms, ratio ${w.ratio.toFixed(2)}× wall (paired median ${w.pairedRatio.toFixed(2)}×), ${w.cpuRatio.toFixed(2)}× CPU (target ≤ 1.0×)`);
  }
  if (raw.corpus) {
    console.log(describeCorpus(raw.corpus).join('\n'));
  }
  for (const [label, s] of Object.entries(raw.bundles)) {
    console.log(`bundle ${label}: ${(s.minifiedBytes / 1024).toFixed(0)} KB minified (${s.devBytes ? (s.devBytes / 1024).toFixed(0) + ' KB development build' : 'not built'})`);
  }
}
