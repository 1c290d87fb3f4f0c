#!/usr/bin/env node
// Scores the claim comparison of the four real pairs against the hand annotation (test/fixtures/claims/pairN.json):
// alignment and number-conflict precision and recall per pair, and with --errors each pair's misses and wrong
// alignments (offsets and the first words of each claim, to the terminal only). Bundles the sources with esbuild
// in memory, so it needs no `npm run build`.
//   node tools/score-claims.mjs [--errors [--full]] [--json] [NAME=value …]   (--full: whole claims instead of their
//       first words; NAME=value sets an ALIGNMENT_RULES value for the run)
//   node tools/score-claims.mjs --invented [--errors [--full]] [--json]   the invented development pairs instead
//       (test/fixtures/claims/invented/SET-PAIR.json: fresh45–fresh58, 28 pairs, each set annotated blind and scored
//       once as held out, development pairs since: fresh45–47 from round 21, fresh48–58 from round 22), per pair and
//       pooled (over all pairs' predictions and annotations)
//   node tools/score-claims.mjs --heldout [--errors [--full]] [--json]   the held-out pairs instead
//       (test/fixtures/claims/heldout3/ to heldout21/SET-PAIR.json: invented articles of the repo, annotated blind, never
//       tuned on by the rules), per pair and pooled per folder; says so and stops when the folders are missing or
//       empty. Since round 32, heldout3 … heldout13 are training data of the learned model (tools/train-claim-model.mjs),
//       heldout14 too since round 33: their figures with the model are in-sample, and only heldout15 and later still judge
//       it blind.
//   node tools/score-claims.mjs --dev [...]   the 32 development pairs: the real ones and the invented ones, with
//       each group pooled
//   node tools/score-claims.mjs [--invented | --dev] --loo NAME=v1,v2,… [NAME=…]   leave-one-pair-out: for each pair,
//       picks the values of the named ALIGNMENT_RULES (src/core/claims/alignClaims.ts) best on the other pairs of the
//       selection (mean of min(precision, recall), ties to the higher mean of precision and recall) and reports the
//       held-out pair with them, next to the values best on all of them. Not with --heldout: the rules are never tuned on those pairs.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { createRequire } from 'module';
import { fileURLToPath } from 'url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.join(root, '..', 'shared', 'corpus', 'real');
const args = process.argv.slice(2);
// The invented and held-out annotations name their articles relative to the repo root; the real pairs, inside ../shared.
const heldout = args.includes('--heldout');
const invented = args.includes('--invented');
const dev = args.includes('--dev');
if (heldout && args.includes('--loo')) {
  throw new Error('--loo tunes on the pairs it reads: not on the held-out pairs');
}
const claimsDir = path.join(root, 'test', 'fixtures', 'claims');
/** The groups of pairs read: each a folder of annotations, the files it holds, and where its articles are. */
const groups = heldout ? [
  { name: 'heldout3', dir: path.join(claimsDir, 'heldout3'), files: /^[\w-]+\.json$/, texts: root },
  { name: 'heldout4', dir: path.join(claimsDir, 'heldout4'), files: /^[\w-]+\.json$/, texts: root },
  { name: 'heldout5', dir: path.join(claimsDir, 'heldout5'), files: /^[\w-]+\.json$/, texts: root },
  { name: 'heldout6', dir: path.join(claimsDir, 'heldout6'), files: /^[\w-]+\.json$/, texts: root },
  { name: 'heldout7', dir: path.join(claimsDir, 'heldout7'), files: /^[\w-]+\.json$/, texts: root },
  { name: 'heldout8', dir: path.join(claimsDir, 'heldout8'), files: /^[\w-]+\.json$/, texts: root },
  { name: 'heldout9', dir: path.join(claimsDir, 'heldout9'), files: /^[\w-]+\.json$/, texts: root },
  { name: 'heldout10', dir: path.join(claimsDir, 'heldout10'), files: /^[\w-]+\.json$/, texts: root },
  { name: 'heldout11', dir: path.join(claimsDir, 'heldout11'), files: /^[\w-]+\.json$/, texts: root },
  { name: 'heldout12', dir: path.join(claimsDir, 'heldout12'), files: /^[\w-]+\.json$/, texts: root },
  { name: 'heldout13', dir: path.join(claimsDir, 'heldout13'), files: /^[\w-]+\.json$/, texts: root },
  { name: 'heldout14', dir: path.join(claimsDir, 'heldout14'), files: /^[\w-]+\.json$/, texts: root },
  { name: 'heldout15', dir: path.join(claimsDir, 'heldout15'), files: /^[\w-]+\.json$/, texts: root },
  { name: 'heldout16', dir: path.join(claimsDir, 'heldout16'), files: /^[\w-]+\.json$/, texts: root },
  { name: 'heldout17', dir: path.join(claimsDir, 'heldout17'), files: /^[\w-]+\.json$/, texts: root },
  { name: 'heldout18', dir: path.join(claimsDir, 'heldout18'), files: /^[\w-]+\.json$/, texts: root },
  { name: 'heldout19', dir: path.join(claimsDir, 'heldout19'), files: /^[\w-]+\.json$/, texts: root },
  { name: 'heldout20', dir: path.join(claimsDir, 'heldout20'), files: /^[\w-]+\.json$/, texts: root },
  { name: 'heldout21', dir: path.join(claimsDir, 'heldout21'), files: /^[\w-]+\.json$/, texts: root },
]
  : [
    ...(invented ? [] : [{ name: 'real', dir: claimsDir, files: /^pair\d+\.json$/, texts: corpus }]),
    ...(invented || dev ? [{ name: 'invented', dir: path.join(claimsDir, 'invented'), files: /^[\w-]+\.json$/, texts: root }] : []),
  ];

const entry = `
export { analyzeText } from './src/core/analyze';
export { compareDocuments } from './src/core/compare';
export { claimContextOf } from './src/core/claims/claimsExport';
export { compareClaims } from './src/core/claims/compareClaims';
export { ALIGNMENT_RULES } from './src/core/claims/alignClaims';
export { scoreAlignment, scoreConflicts, alignmentErrors, pooledScore } from './test/unit/support/claimsScore';
`;
const out = await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs',
  target: 'node20', write: false, logLevel: 'silent',
});
const bundlePath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'score-claims-')), 'bundle.cjs');
fs.writeFileSync(bundlePath, /** @type {import('esbuild').OutputFile[]} */ (out.outputFiles)[0].contents);
const core = createRequire(import.meta.url)(bundlePath);

const pairs = groups.flatMap(group => (fs.existsSync(group.dir) ? fs.readdirSync(group.dir) : []).filter(f => group.files.test(f)).sort().map(file => {
  const gold = JSON.parse(fs.readFileSync(path.join(group.dir, file), 'utf8'));
  const [textA, textB] = [gold.a, gold.b].map(f => fs.readFileSync(path.join(group.texts, f), 'utf8'));
  const context = core.claimContextOf(core.compareDocuments(core.analyzeText(textA), core.analyzeText(textB)));
  return { name: file.replace(/\.json$/, ''), group: group.name, gold, textA, textB, context };
}));
if (!pairs.length) {
  console.log(`no annotated pairs in ${groups.map(group => path.relative(root, group.dir)).join(', ')}`);
  process.exit(0);
}

function run(pair) {
  const comparison = core.compareClaims(pair.textA, pair.textB, pair.context);
  return { comparison, alignment: core.scoreAlignment(comparison, pair.gold), conflicts: core.scoreConflicts(comparison, pair.gold) };
}

const show = (text, span) => `[${span.start}-${span.end}] ${text.slice(span.start, span.end).replace(/\s+/g, ' ').slice(0, args.includes('--full') ? undefined : 110)}`;
const f2 = x => x.toFixed(2);

const line = (name, alignment, conflicts) => `${name}: alignment P ${f2(alignment.precision)} R ${f2(alignment.recall)} (${alignment.predicted} found, ${alignment.annotated} annotated); `
  + `number conflicts P ${f2(conflicts.precision)} R ${f2(conflicts.recall)} (${conflicts.predicted} found, ${conflicts.annotated} annotated)`;

if (args.includes('--loo')) {
  /** @type {[string, number[]][]} */
  const grid = args.filter(a => a.includes('=')).map(a => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1).split(',').map(Number)]);
  const settings = grid.reduce((acc, [name, values]) => acc.flatMap(s => values.map(v => ({ ...s, [name]: v }))), [{}]);
  const original = Object.fromEntries(grid.map(([name]) => [name, core.ALIGNMENT_RULES[name].value]));
  const apply = s => Object.entries(s).forEach(([name, v]) => { core.ALIGNMENT_RULES[name].value = v; });
  const results = settings.map(s => {
    apply(s);
    return { s, scores: pairs.map(p => run(p).alignment) };
  });
  apply(original);
  const objective = (r, which) => which.reduce((sum, k) => sum + Math.min(r.scores[k].precision, r.scores[k].recall), 0);
  // Ties (common: a change moves one pair's precision above its recall) go to the higher mean of precision and
  // recall, then to the first setting of the grid.
  const secondary = (r, which) => which.reduce((sum, k) => sum + r.scores[k].precision + r.scores[k].recall, 0);
  const better = (r, top, which) => objective(r, which) > objective(top, which) + 1e-9
    || (Math.abs(objective(r, which) - objective(top, which)) <= 1e-9 && secondary(r, which) > secondary(top, which) + 1e-9);
  const best = which => results.reduce((top, r) => better(r, top, which) ? r : top);
  const all = best(pairs.map((_, k) => k));
  console.log(`tuned on all ${pairs.length}: ${JSON.stringify(all.s)}`);
  pairs.forEach((p, k) => {
    const held = best(pairs.map((_, j) => j).filter(j => j !== k));
    console.log(`${p.name}: tuned P ${f2(all.scores[k].precision)} R ${f2(all.scores[k].recall)}; leave-one-out ${JSON.stringify(held.s)} P ${f2(held.scores[k].precision)} R ${f2(held.scores[k].recall)}`);
  });
} else {
  // NAME=value sets an alignment rule for this run (as tools/claims-cross-outlet.mjs does).
  for (const setting of args.filter(a => a.includes('=') && !a.startsWith('--'))) {
    const [name, value] = setting.split('=');
    if (!(name in core.ALIGNMENT_RULES)) {
      throw new Error(`no alignment rule ${name}`);
    }
    core.ALIGNMENT_RULES[name].value = Number(value);
  }
  const rows = [];
  for (const pair of pairs) {
    const { comparison, alignment, conflicts } = run(pair);
    rows.push({ pair: pair.name, alignment, conflicts });
    if (!args.includes('--json')) {
      console.log(line(pair.name, alignment, conflicts));
    }
    if (args.includes('--errors')) {
      const errors = core.alignmentErrors(comparison, pair.gold);
      const similarity = (a, b) => comparison.aligned.find(x => x.a.start === a.start && x.b.start === b.start)?.similarity;
      errors.missed.forEach(m => console.log(`  missed A ${show(pair.textA, m.a)}\n         B ${show(pair.textB, m.b)}`));
      errors.wrong.forEach(w => console.log(`  wrong  A ${show(pair.textA, w.a)}\n         B ${show(pair.textB, w.b)}  (${similarity(w.a, w.b)})`));
    }
  }
  // Pooled figures: the invented and held-out pairs always; the real pairs (each reported on its own) when read beside the invented ones.
  for (const group of groups.filter(one => one.name !== 'real' || groups.length > 1)) {
    const own = rows.filter(row => pairs.find(p => p.name === row.pair)?.group === group.name);
    if (own.length) {
      rows.push({ pair: `pooled ${group.name}`, alignment: core.pooledScore(own.map(r => r.alignment)), conflicts: core.pooledScore(own.map(r => r.conflicts)) });
      if (!args.includes('--json')) {
        console.log(line(`pooled ${group.name}`, rows[rows.length - 1].alignment, rows[rows.length - 1].conflicts));
      }
    }
  }
  if (args.includes('--json')) {
    console.log(JSON.stringify(rows, null, 2));
  }
}
