#!/usr/bin/env node
// Mines paraphrase word pairs for claim alignment from reports of one event by different outlets: PolNeAR's
// train split only (../shared/corpus/polnear/train; the four real pairs stay the test). Articles of two outlets
// within --days days of each other whose whole texts are alike (cosine of rarity-weighted content words at least
// --doc-cosine) are taken as reports of one event; their claims are aligned by the aligner as it is, and in each
// aligned pair the lower-case content words only one claim has are paired with those only the other has. A word
// pair is listed when it co-occurs so more than chance (Dunning's log-likelihood ratio over the aligned pairs, at
// least --min-llr; or, with --ibm, IBM Model 1 translation probabilities both ways, geometric mean at least
// --min-ibm), at least --min-count times in --min-events event pairs, and both words are ordinary lower-case
// English: written lower-case inside sentences nearly always in the corpus, not a title or an honorific, not a
// function word. Measured in round 18 and not kept (README, Compare Claims): no table it makes at any floor
// finds a missed pair of the four real pairs, and the larger ones lose precision. Prints the table (score,
// count, events, expected count, the pair) to the terminal; --out FILE writes it as JSON, outside the repository.
//   node tools/mine-claim-paraphrases.mjs [--days N] [--doc-cosine X] [--min-count N] [--min-events N]
//     [--min-llr X | --ibm [--min-ibm X]] [--top N] [--out FILE]
import fs from 'fs';
import os from 'os';
import path from 'path';
import { createRequire } from 'module';
import { fileURLToPath } from 'url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const train = path.join(root, '..', 'shared', 'corpus', 'polnear', 'train', 'text');
const args = process.argv.slice(2);
const option = (flag, fallback) => (args.includes(flag) ? Number(args[args.indexOf(flag) + 1]) : fallback);
const MIN_COUNT = option('--min-count', 3);
const MIN_EVENTS = option('--min-events', 3);
const MIN_LLR = option('--min-llr', 10.83); // p < 0.001 for one degree of freedom
const TOP = option('--top', 200);
const DOC_COSINE = option('--doc-cosine', 0.05);
/** With --ibm: the least geometric mean of the two directions' translation probabilities. */
const MIN_IBM = option('--min-ibm', 0.05);
/** Days apart two reports of one event may be (follow-ups of a story the next day). */
const DAYS = option('--days', 1);
/** A stem written capitalised inside sentences more often than this is a name's, not ordinary English. */
const MAX_CAPITALISED = 0.1;

const entry = `
export { compareClaims } from './src/core/claims/compareClaims';
export { contentWords, stem } from './src/core/claims/claimWords';
export { CLAIM_STOPWORDS } from './src/core/lexicon/claims';
export { TITLE_HEADS, HONORIFICS } from './src/core/lexicon/entities';
`;
const out = await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs',
  target: 'node20', write: false, logLevel: 'silent',
});
const bundlePath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mine-claim-paraphrases-')), 'bundle.cjs');
fs.writeFileSync(bundlePath, /** @type {import('esbuild').OutputFile[]} */ (out.outputFiles)[0].contents);
const core = createRequire(import.meta.url)(bundlePath);

const wordsOf = list => [...(list.words ?? list)].map(w => String(w).toLowerCase());
const excluded = new Set([...wordsOf(core.TITLE_HEADS), ...wordsOf(core.HONORIFICS)].map(core.stem));

const docs = fs.readdirSync(train).filter(f => f.endsWith('.txt')).sort().map(f => {
  const [outlet, date] = f.split('_');
  const text = fs.readFileSync(path.join(train, f), 'utf8');
  return { outlet, date, text, words: core.contentWords(text) };
});

// How each stem is written (inside a sentence, capitalised or not) and its commonest lower-case form.
const written = new Map();
const forms = new Map();
for (const doc of docs) {
  for (const m of doc.text.matchAll(/(?<=[\p{L}\p{N},;’'"”)]\s+)(\p{L}+)/gu)) {
    const word = m[1];
    const key = core.stem(word);
    const counts = written.get(key) ?? written.set(key, { upper: 0, lower: 0 }).get(key);
    if (word[0] === word[0].toLowerCase()) {
      counts.lower++;
      const f = forms.get(key) ?? forms.set(key, new Map()).get(key);
      f.set(word, (f.get(word) ?? 0) + 1);
    } else {
      counts.upper++;
    }
  }
}
const ordinary = key => {
  const counts = written.get(key);
  return counts !== undefined && counts.lower >= 5 && counts.upper <= MAX_CAPITALISED * (counts.lower + counts.upper)
    && !excluded.has(key) && /^[a-z]+$/.test(key);
};
const formOf = key => [...(forms.get(key) ?? new Map())].sort((x, y) => y[1] - x[1])[0]?.[0] ?? key;

// Same-day pairs of different outlets, alike by rarity-weighted content words: reports of one event.
const df = new Map();
docs.forEach(doc => doc.words.forEach(word => df.set(word, (df.get(word) ?? 0) + 1)));
const weight = word => Math.log(docs.length / df.get(word)) ** 2;
const norms = docs.map(doc => Math.sqrt([...doc.words].reduce((sum, word) => sum + weight(word), 0)));
const eventPairs = [];
docs.forEach((doc, x) => docs.forEach((other, y) => {
  if (y > x && Math.abs(Date.parse(doc.date) - Date.parse(other.date)) <= DAYS * 86400000 && doc.outlet !== other.outlet) {
    const dot = [...doc.words].filter(word => other.words.has(word)).reduce((sum, word) => sum + weight(word), 0);
    const cosine = dot / (norms[x] * norms[y]);
    if (cosine >= DOC_COSINE) {
      eventPairs.push({ x, y, cosine });
    }
  }
}));

// Aligned claims of each event pair: the lower-case content words only one side has.
const samples = [];
for (const [event, pair] of eventPairs.entries()) {
  const comparison = core.compareClaims(docs[pair.x].text, docs[pair.y].text);
  for (const aligned of comparison.aligned) {
    const a = core.contentWords(aligned.a.text);
    const b = core.contentWords(aligned.b.text);
    const onlyA = [...a].filter(w => !b.has(w) && ordinary(w) && !core.CLAIM_STOPWORDS.has(w));
    const onlyB = [...b].filter(w => !a.has(w) && ordinary(w) && !core.CLAIM_STOPWORDS.has(w));
    samples.push({ event, onlyA, onlyB });
  }
}
console.error(`${docs.length} train articles, ${eventPairs.length} cross-outlet pairs within ${DAYS} day(s) at cosine >= ${DOC_COSINE}, ${samples.length} aligned claim pairs`);

const keyOf = (u, v) => (u < v ? `${u} ${v}` : `${v} ${u}`);
const joint = new Map();
const events = new Map();
const marginal = new Map();
for (const sample of samples) {
  const seen = new Set([...sample.onlyA, ...sample.onlyB]);
  seen.forEach(w => marginal.set(w, (marginal.get(w) ?? 0) + 1));
  const pairs = new Set();
  for (const u of sample.onlyA) {
    for (const v of sample.onlyB) {
      pairs.add(keyOf(u, v));
    }
  }
  for (const key of pairs) {
    joint.set(key, (joint.get(key) ?? 0) + 1);
    (events.get(key) ?? events.set(key, new Set()).get(key)).add(sample.event);
  }
}

const xlogx = x => (x > 0 ? x * Math.log(x) : 0);
/** Dunning's G² of a 2×2 table (k11 both, k12 first only, k21 second only, k22 neither). */
function llr(k11, k12, k21, k22) {
  const n = k11 + k12 + k21 + k22;
  return 2 * (xlogx(k11) + xlogx(k12) + xlogx(k21) + xlogx(k22) + xlogx(n)
    - xlogx(k11 + k12) - xlogx(k21 + k22) - xlogx(k11 + k21) - xlogx(k12 + k22));
}
/**
 * IBM Model 1 translation probabilities t(target | source) over the aligned samples, source words plus NULL,
 * trained by expectation maximisation from uniform: a word explained by another word of its own claim pair is not
 * counted for the others, unlike the co-occurrence counts.
 */
function model1(pairsOf, iterations = 8) {
  let t = new Map();
  for (let it = 0; it < iterations; it++) {
    const counts = new Map();
    const totals = new Map();
    for (const [source, target] of pairsOf) {
      const sources = ['\0', ...source];
      for (const v of target) {
        const z = sources.reduce((sum, u) => sum + (t.get(`${u} ${v}`) ?? 1), 0);
        for (const u of sources) {
          const c = (t.get(`${u} ${v}`) ?? 1) / z;
          counts.set(`${u} ${v}`, (counts.get(`${u} ${v}`) ?? 0) + c);
          totals.set(u, (totals.get(u) ?? 0) + c);
        }
      }
    }
    t = new Map([...counts].map(([key, c]) => [key, c / totals.get(key.slice(0, key.indexOf(' ')))]));
  }
  return t;
}
const ibm = args.includes('--ibm')
  ? model1([...samples.map(s => [s.onlyA, s.onlyB]), ...samples.map(s => [s.onlyB, s.onlyA])])
  : undefined;
const n = samples.length;
const table = [];
for (const [key, k11] of joint) {
  if (ibm) {
    const [u, v] = key.split(' ');
    const score = Math.sqrt((ibm.get(`${u} ${v}`) ?? 0) * (ibm.get(`${v} ${u}`) ?? 0));
    if (k11 >= MIN_COUNT && events.get(key).size >= MIN_EVENTS && score >= MIN_IBM) {
      table.push({ pair: [formOf(u), formOf(v)], stems: [u, v], count: k11, events: events.get(key).size, expected: 0, llr: Math.round(score * 1000) / 1000 });
    }
    continue;
  }
  const [u, v] = key.split(' ');
  const nu = marginal.get(u);
  const nv = marginal.get(v);
  const expected = (nu * nv) / n;
  if (k11 < MIN_COUNT || events.get(key).size < MIN_EVENTS || k11 <= expected) {
    continue;
  }
  const score = llr(k11, nu - k11, nv - k11, n - nu - nv + k11);
  if (score >= MIN_LLR) {
    table.push({ pair: [formOf(u), formOf(v)], stems: [u, v], count: k11, events: events.get(key).size, expected: Math.round(expected * 100) / 100, llr: Math.round(score * 10) / 10 });
  }
}
table.sort((p, q) => q.llr - p.llr);
const kept = table.slice(0, TOP);
if (args.includes('--out')) {
  fs.writeFileSync(args[args.indexOf('--out') + 1], JSON.stringify(kept, null, 1));
}
for (const row of kept) {
  console.log(`${row.llr}\t${row.count}\t${row.events}\t${row.expected}\t${row.pair.join(' = ')}`);
}
