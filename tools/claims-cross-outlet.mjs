#!/usr/bin/env node
// False-positive check of claim alignment on real text nobody annotated: 30 pairs of PolNeAR articles
// (../shared/corpus/polnear dev and train) from different outlets on the same day, most alike first (cosine of the
// whole articles' content words weighted by rarity over the 1,000 articles; each article in one pair only), so most
// pairs report one event and some report two. A rule that adds pairs here should add the same fact told twice;
// read every added pair. Prints to the terminal only (the corpus' text stays out of the repository).
//   node tools/claims-cross-outlet.mjs [NAME=value …] [--pairs N] [--save FILE] [--diff FILE]
//     --pairs N   the N most alike pairs instead of 30
//     NAME=value  sets an ALIGNMENT_RULES value (src/core/claims/alignClaims.ts) for this run
//     --save FILE writes the aligned pairs (offsets, similarity) as JSON; --diff FILE prints the pairs added and
//                 lost against such a file (the whole claims of both articles)
// The pair list and each pair's analysis are cached in the system's temporary directory (about 25 s the first time).
import fs from 'fs';
import os from 'os';
import path from 'path';
import { createRequire } from 'module';
import { fileURLToPath } from 'url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const polnear = path.join(root, '..', 'shared', 'corpus', 'polnear');
const cache = path.join(os.tmpdir(), 'news-lens-claims-cross-outlet');
const args = process.argv.slice(2);
const valueOf = flag => args[args.indexOf(flag) + 1];
/** How many pairs: 30, or --pairs N (each count cached apart). */
const PAIRS = args.includes('--pairs') ? Number(valueOf('--pairs')) : 30;
const cacheName = name => PAIRS === 30 ? name : name.replace('.json', `-${PAIRS}.json`);

const entry = `
export { analyzeText } from './src/core/analyze';
export { compareDocuments } from './src/core/compare';
export { claimContextOf } from './src/core/claims/claimsExport';
export { compareClaims } from './src/core/claims/compareClaims';
export { contentWords } from './src/core/claims/claimWords';
export { ALIGNMENT_RULES } from './src/core/claims/alignClaims';
`;
const out = await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs',
  target: 'node20', write: false, logLevel: 'silent',
});
fs.mkdirSync(cache, { recursive: true });
const bundlePath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'claims-cross-outlet-')), 'bundle.cjs');
fs.writeFileSync(bundlePath, /** @type {import('esbuild').OutputFile[]} */ (out.outputFiles)[0].contents);
const core = createRequire(import.meta.url)(bundlePath);

for (const setting of args.filter(a => a.includes('=') && !a.startsWith('--'))) {
  const [name, value] = setting.split('=');
  if (!(name in core.ALIGNMENT_RULES)) {
    throw new Error(`no alignment rule ${name}`);
  }
  core.ALIGNMENT_RULES[name].value = Number(value);
}

/** outlet_date_slug.txt → its outlet and date. */
function describe(file) {
  const [outlet, date] = path.basename(file).split('_');
  return { file, outlet, date };
}

/** The PAIRS most alike same-day pairs from different outlets, each article in one pair only. */
function choosePairs() {
  const files = ['dev', 'train'].flatMap(split => {
    const dir = path.join(polnear, split, 'text');
    return fs.readdirSync(dir).filter(f => f.endsWith('.txt')).sort().map(f => path.join(dir, f));
  });
  const docs = files.map(file => ({ ...describe(file), words: core.contentWords(fs.readFileSync(file, 'utf8')) }));
  const df = new Map();
  docs.forEach(doc => doc.words.forEach(word => df.set(word, (df.get(word) ?? 0) + 1)));
  const weight = word => Math.log(docs.length / df.get(word)) ** 2;
  const norms = docs.map(doc => Math.sqrt([...doc.words].reduce((sum, word) => sum + weight(word), 0)));
  const candidates = [];
  docs.forEach((doc, x) => docs.slice(x + 1).forEach((other, k) => {
    if (doc.date === other.date && doc.outlet !== other.outlet) {
      const dot = [...doc.words].filter(word => other.words.has(word)).reduce((sum, word) => sum + weight(word), 0);
      candidates.push({ a: doc.file, b: other.file, cosine: dot / (norms[x] * norms[x + 1 + k]) });
    }
  }));
  candidates.sort((one, other) => other.cosine - one.cosine);
  const used = new Set();
  const pairs = [];
  for (const pair of candidates) {
    if (pairs.length < PAIRS && !used.has(pair.a) && !used.has(pair.b)) {
      used.add(pair.a);
      used.add(pair.b);
      pairs.push(pair);
    }
  }
  return pairs;
}

/** Reads a JSON cache file, or computes and writes it. */
function cached(name, compute) {
  const file = path.join(cache, name);
  if (fs.existsSync(file)) {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  }
  const value = compute();
  fs.writeFileSync(file, JSON.stringify(value));
  return value;
}

const pairs = cached(cacheName('pairs.json'), choosePairs).map(pair => ({ ...pair, textA: fs.readFileSync(pair.a, 'utf8'), textB: fs.readFileSync(pair.b, 'utf8') }));
// The context's shape is in the name: a cache written before quotations' speakers were part of it (round 27,
// quotedSpeakers) would leave that rule without evidence.
const contexts = cached(cacheName('contexts-v2.json'), () => pairs.map(pair => core.claimContextOf(core.compareDocuments(core.analyzeText(pair.textA), core.analyzeText(pair.textB)))));
const aligned = pairs.flatMap((pair, k) => core.compareClaims(pair.textA, pair.textB, contexts[k]).aligned
  .map(x => ({ pair: k, a: { start: x.a.start, end: x.a.end }, b: { start: x.b.start, end: x.b.end }, similarity: x.similarity })));
console.log(`${pairs.length} same-day pairs from different outlets: ${aligned.length} aligned claim pairs`);
if (args.includes('--save')) {
  fs.writeFileSync(valueOf('--save'), JSON.stringify(aligned, null, 1));
}
if (args.includes('--diff')) {
  const before = JSON.parse(fs.readFileSync(valueOf('--diff'), 'utf8'));
  const key = x => `${x.pair}:${x.a.start}:${x.b.start}`;
  const show = (sign, x) => console.log(`${sign} pair ${x.pair} (${x.similarity}) ${path.basename(pairs[x.pair].a)} / ${path.basename(pairs[x.pair].b)}\n`
    + `    A ${pairs[x.pair].textA.slice(x.a.start, x.a.end).replace(/\s+/g, ' ')}\n    B ${pairs[x.pair].textB.slice(x.b.start, x.b.end).replace(/\s+/g, ' ')}`);
  const keysBefore = new Set(before.map(key));
  const keysNow = new Set(aligned.map(key));
  aligned.filter(x => !keysBefore.has(key(x))).forEach(x => show('+', x));
  before.filter(x => !keysNow.has(key(x))).forEach(x => show('-', x));
}
