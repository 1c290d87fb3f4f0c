// The CLI's bundle carries compromise's tagger model computed at build time (esbuild.js: compromise-prebuilt-model)
// and merges plugins with plain assignments (compromise-quick-merge). Both must leave compromise's world exactly
// as compromise builds it: this bundles compromise with and without those plugins and compares the two worlds'
// models value by value, key order, regular expressions, undefined values and shared arrays included.
// And dist/cli.js loads that bundle with V8's code cache, which the build writes: the cache must fit the bundle.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { build, type Plugin } from 'esbuild';

const root = path.join(__dirname, '..', '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build script is CommonJS, outside the TypeScript project
const { builds } = require(path.join(root, 'esbuild.js')) as { builds: { outfile: string; plugins: Plugin[] }[] };

interface World {
  model: Record<string, unknown>;
  hooks: string[];
}

/** compromise/two bundled as the CLI is (with `plugins`), evaluated; its world. */
async function worldOf(plugins: readonly Plugin[]): Promise<World> {
  const out = await build({
    stdin: { contents: "import nlp from 'compromise/two'; module.exports = nlp.world();", resolveDir: root, loader: 'js' },
    bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'silent', plugins: [...plugins],
  });
  const module = { exports: {} as World };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, require);
  return module.exports;
}

/** Walks two values side by side; the first difference as a path and a description, or undefined. */
function firstDifference(left: unknown, right: unknown, at: string, pairs: Map<object, object>): string | undefined {
  if (typeof left !== typeof right) {
    return `${at}: ${typeof left} vs ${typeof right}`;
  }
  if (left === null || right === null || typeof left !== 'object' || typeof right !== 'object') {
    return Object.is(left, right) || (typeof left === 'function' && String(left) === String(right)) ? undefined : `${at}: ${String(left)} vs ${String(right)}`;
  }
  // Shared objects stay shared, and only with the same partner.
  const partner = pairs.get(left);
  if (partner !== undefined) {
    return partner === right ? undefined : `${at}: shared differently`;
  }
  pairs.set(left, right);
  if (left instanceof RegExp || right instanceof RegExp) {
    return String(left) === String(right) && left instanceof RegExp && right instanceof RegExp ? undefined : `${at}: ${String(left)} vs ${String(right)}`;
  }
  if (Array.isArray(left) !== Array.isArray(right) || Object.getPrototypeOf(left) !== Object.getPrototypeOf(right)) {
    return `${at}: different kinds of object`;
  }
  const keys = Object.keys(left);
  const otherKeys = Object.keys(right);
  if (keys.join('\u0000') !== otherKeys.join('\u0000')) {
    const missing = keys.find((key, i) => otherKeys[i] !== key);
    return `${at}: keys differ (${keys.length} vs ${otherKeys.length}, first at ${JSON.stringify(missing)})`;
  }
  for (const key of keys) {
    const difference = firstDifference((left as Record<string, unknown>)[key], (right as Record<string, unknown>)[key], `${at}.${key}`, pairs);
    if (difference) {
      return difference;
    }
  }
  return undefined;
}

describe('compromise in the CLI bundle: the prebuilt model', function () {
  this.timeout(120000);

  it('the CLI build uses the prebuilt model and the quick merge', () => {
    const cli = builds.find(b => b.outfile === 'dist/cli/main.js');
    const names = cli?.plugins.map(p => p.name) ?? [];
    assert.ok(names.includes('compromise-prebuilt-model') && names.includes('compromise-quick-merge'), names.join(', '));
  });

  it('leaves compromise\'s world as compromise builds it', async () => {
    const cli = builds.find(b => b.outfile === 'dist/cli/main.js');
    const ours = (cli?.plugins ?? []).filter(p => p.name.startsWith('compromise-'));
    const [built, prebuilt] = await Promise.all([worldOf([]), worldOf(ours)]);
    assert.strictEqual(firstDifference(built.model, prebuilt.model, 'model', new Map()), undefined);
    assert.deepStrictEqual(prebuilt.hooks, built.hooks);
    // The comparison can fail: a changed word is found.
    const lexicon = (prebuilt.model.one as { lexicon: Record<string, unknown> }).lexicon;
    const word = Object.keys(lexicon)[100];
    lexicon[word] = 'Changed';
    assert.match(firstDifference(built.model, prebuilt.model, 'model', new Map()) ?? '', /lexicon/);
  });
});

describe('the CLI\'s code cache', () => {
  it('is written by the build and fits the bundle it was made from (V8 accepts it)', function () {
    this.timeout(60000);
    const bundle = path.join(root, 'dist', 'cli', 'main.js');
    if (!fs.existsSync(bundle)) {
      this.skip(); // built by `npm run build`
    }
    // V8 accepts a cache only in a process with the flags it was made under, and other tests of this mocha run
    // may change this process's flags (heapTrim.test.ts turns on --expose-gc, as corpus workers do): so the
    // check runs in a fresh Node process, as dist/cli.js does.
    const check = `
      const fs = require('fs'), vm = require('vm'), Module = require('module'), crypto = require('crypto');
      const bundle = process.argv[1];
      const bytes = fs.readFileSync(bundle);
      const source = Module.wrap(bytes.toString('utf8'));
      const cache = fs.readFileSync(bundle + '.cache');
      const sameBundle = cache.subarray(0, 32).equals(crypto.createHash('sha256').update(bytes).digest());
      const cachedData = cache.subarray(32);
      const accepted = !new vm.Script(source, { filename: bundle, cachedData }).cachedDataRejected;
      const otherSourceRejected = new vm.Script(source + '\\n;', { filename: bundle, cachedData }).cachedDataRejected;
      process.stdout.write(JSON.stringify({ sameBundle, accepted, otherSourceRejected }));`;
    const result = JSON.parse(execFileSync(process.execPath, ['-e', check, bundle], { encoding: 'utf8' })) as Record<string, boolean>;
    // The cache names the bundle it was made from (the SHA-256 of its bytes first), then V8's data.
    assert.ok(result.sameBundle, 'the cache was made from another bundle');
    assert.strictEqual(result.accepted, true, 'V8 rejected the cache');
    // It can fail: a cache of another source is rejected.
    assert.strictEqual(result.otherSourceRejected, true);
  });
});
