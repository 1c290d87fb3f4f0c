// Bundles the extension (node + browser), the CLI, the analysis worker and the webview script.
// usage: node esbuild.js [--watch] [--production]
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints errors in the problem-matcher format VS Code's esbuild watch task understands. */
/** @type {import('esbuild').Plugin} */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd(result => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

/**
 * compromise's matcher (1-one/match/methods/match/index.js, runMatch) tries a match from every term of a
 * sentence by copying the rest of the sentence (`terms.slice(i)`) and walking the match from there: on a
 * sentence of n terms, n copies of up to n terms, for each of the hundreds of rules its tagger runs. Most
 * starts fail on the match's first word. Where that first word is a plain test (a word, tag, list of words;
 * not optional, negative, greedy to the end or "anything") or an or-block of such tests, the matcher
 * (02-from-here.js) returns nothing when that test fails on the start term, so this edit asks the same
 * test (compromise's own doesMatch, with the same index and length) first and skips the copy and the walk when
 * it fails. Only starts that could not match are skipped: the matches, their order and the tags are the same
 * (test/unit/quickMatch.test.ts compares the two matchers' tags on the samples and fixtures).
 */
const MATCH_MODULE = /[\\/]compromise[\\/]src[\\/]1-one[\\/]match[\\/]methods[\\/]match[\\/]index\.js$/;
/** @type {[string, string][]} */
const MATCH_EDITS = [
  ["import fromHere from './02-from-here.js'", "import fromHere from './02-from-here.js'\nimport doesMatch from './term/doesMatch.js'"],
  [
    'const minLength = regs.filter(r => r.optional !== true && r.negative !== true).length',
    'const { minLength, heads } = prepared(regs)',
  ],
  [
    '      const slice = terms.slice(i)\n      // ensure it\'s long-enough\n      if (slice.length < minLength) {\n        break\n      }',
    '      if (terms.length - i < minLength) {\n        break\n      }\n      if (heads !== null && !startsHere(heads, terms[i], i, terms.length)) {\n        continue\n      }\n      const slice = terms.slice(i)',
  ],
  [
    '// ok, here we go.',
    [
      '// The tests one of which the first term must pass for a match to start there, or null when unknown.',
      'const firstTests = function (reg) {',
      '  if (reg.anything === true || reg.negative === true || reg.optional === true || (reg.end === true && reg.greedy === true)) {',
      '    return null',
      '  }',
      '  if (reg.choices === undefined) {',
      '    return [reg]',
      '  }',
      "  if (reg.operator !== 'or') {",
      '    return null',
      '  }',
      '  return reg.choices.filter(choice => Array.isArray(choice) && choice.length > 0).map(choice => choice[0])',
      '}',
      'const startsHere = function (heads, term, i, length) {',
      '  for (let h = 0; h < heads.length; h += 1) {',
      '    if (doesMatch(term, heads[h], i, length) === true) {',
      '      return true',
      '    }',
      '  }',
      '  return false',
      '}',
      '// A parsed match (its regs) is not changed once made: its minimal length and first tests are computed once.',
      'const preparedRegs = new WeakMap()',
      'const prepared = function (regs) {',
      '  let found = preparedRegs.get(regs)',
      '  if (found === undefined) {',
      '    found = { minLength: regs.filter(r => r.optional !== true && r.negative !== true).length, heads: firstTests(regs[0]) }',
      '    preparedRegs.set(regs, found)',
      '  }',
      '  return found',
      '}',
      '',
      '// ok, here we go.',
    ].join('\n'),
  ],
];

/**
 * A plugin that loads the modules matching `filter` with each [from, to] edit applied; a module that no longer
 * holds exactly one `from` fails the build (a new compromise must be looked at, not silently left unedited).
 * @param {string} name @param {RegExp} filter @param {[string, string][]} edits
 * @returns {import('esbuild').Plugin}
 */
function sourceEdits(name, filter, edits) {
  return {
    name,
    setup(build) {
      const fs = require('fs');
      build.onLoad({ filter }, args => {
        let contents = fs.readFileSync(args.path, 'utf8');
        for (const [from, to] of edits) {
          if (contents.split(from).length !== 2) {
            throw new Error(`${name}: ${args.path} no longer has exactly one "${from}"`);
          }
          contents = contents.replace(from, () => to);
        }
        return { contents, loader: 'js' };
      });
    },
  };
}

const compromiseQuickMatch = sourceEdits('compromise-quick-match', MATCH_MODULE, MATCH_EDITS);

/** @type {import('esbuild').BuildOptions & { plugins: import('esbuild').Plugin[] }} */
const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  // esbuild's table has Node lacking "\p{…}" in regular expressions (Node has them since 10), so for a node target it
  // rewrote each such literal as `new RegExp("…", "u")`, built again every time the code runs it: a few hundred of our
  // patterns, many in per-token and per-name loops. Native literals have the same meaning and are built once.
  supported: { 'regexp-unicode-property-escapes': true },
  // compromise's matcher, quicker with the same results, in every bundle that carries compromise.
  plugins: [problemMatcher, compromiseQuickMatch],
};

/** The web build gets the browser variant of modules that have one (x.web.ts next to x.ts), e.g. the analyzer factory. */
/** @type {import('esbuild').Plugin} */
const webVariants = {
  name: 'web-variants',
  setup(build) {
    const fs = require('fs');
    const path = require('path');
    build.onResolve({ filter: /^\.\.?\// }, args => {
      const web = path.join(args.resolveDir, `${args.path}.web.ts`);
      return fs.existsSync(web) ? { path: web } : undefined;
    });
  },
};

/**
 * compromise builds its tagger's model when it loads: it unpacks its compressed lexicon and conjugates,
 * pluralises and inflects every word of it (compromise/src/2-two/preTagger/model/index.js), about a third of the
 * CPU time a command-line run of a short article takes. That model is plain data and the same every time, so
 * this plugin computes it once, at build time, and the bundle holds the result: the module is replaced by the
 * model as JSON (parsed in milliseconds), with the few values JSON cannot carry (regular expressions, undefined
 * values, one array or object referenced from two places) put back after parsing, at the same keys in the same
 * order. compromise applies it with its own plugin code, so its world is what it would have built
 * (test/unit/prebuiltModel.test.ts compares the two worlds value by value).
 */
const PREBUILT_MODULES = /[\\/]compromise[\\/]src[\\/]2-two[\\/]preTagger[\\/]model[\\/]index\.js$/;
const SENTINEL = '\u0000prebuilt:';

/** A JSON-safe copy of `value` and the fix-ups that restore what JSON cannot carry, each at its path. */
function jsonWithFixups(value) {
  /** @type {[ (string|number)[], string, unknown ][]} */
  const fixups = [];
  const seen = new Map();
  const walk = (item, at) => {
    if (item === undefined) {
      fixups.push([at, 'undefined', null]);
      return SENTINEL;
    }
    if (typeof item === 'string') {
      if (item.startsWith(SENTINEL)) {
        throw new Error(`prebuilt model: a string at ${at.join('.')} starts with the sentinel`);
      }
      return item;
    }
    if (typeof item === 'number' && (!Number.isFinite(item) || Object.is(item, -0))) {
      throw new Error(`prebuilt model: ${item} at ${at.join('.')} has no JSON form`);
    }
    if (item === null || typeof item !== 'object') {
      if (typeof item === 'function' || typeof item === 'symbol' || typeof item === 'bigint') {
        throw new Error(`prebuilt model: a ${typeof item} at ${at.join('.')}`);
      }
      return item;
    }
    if (seen.has(item)) {
      fixups.push([at, 'same', seen.get(item)]);
      return SENTINEL;
    }
    seen.set(item, at);
    if (item instanceof RegExp) {
      fixups.push([at, 'regexp', [item.source, item.flags]]);
      return SENTINEL;
    }
    const proto = Object.getPrototypeOf(item);
    if (Array.isArray(item) && proto === Array.prototype) {
      return Array.from(item, (element, index) => {
        if (!(index in item)) {
          throw new Error(`prebuilt model: a hole at ${at.join('.')}[${index}]`);
        }
        return walk(element, [...at, index]);
      });
    }
    if (proto !== Object.prototype || Object.getOwnPropertySymbols(item).length > 0) {
      throw new Error(`prebuilt model: a ${proto?.constructor?.name ?? 'null-prototype'} object at ${at.join('.')}`);
    }
    const copy = {};
    for (const key of Object.getOwnPropertyNames(item)) {
      const descriptor = Object.getOwnPropertyDescriptor(item, key);
      if (key === '__proto__' || !descriptor?.enumerable || descriptor.get || descriptor.set) {
        throw new Error(`prebuilt model: key ${key} at ${at.join('.')} has no JSON form`);
      }
      copy[key] = walk(item[key], [...at, key]);
    }
    return copy;
  };
  return { json: walk(value, []), fixups };
}

/** The source of a module whose default export is `value` (see jsonWithFixups). */
function prebuiltModuleSource(value) {
  const { json, fixups } = jsonWithFixups(value);
  return [
    '// Generated at build time by esbuild.js (compromise-prebuilt-model): the module\'s own result.',
    `const model = JSON.parse(${JSON.stringify(JSON.stringify(json))});`,
    `const fixups = ${JSON.stringify(fixups)};`,
    'const at = path => path.reduce((node, key) => node[key], model);',
    'for (const [path, kind, data] of fixups) {',
    '  const parent = at(path.slice(0, -1));',
    "  parent[path[path.length - 1]] = kind === 'undefined' ? undefined : kind === 'regexp' ? new RegExp(data[0], data[1]) : at(data);",
    '}',
    'export default model;',
  ].join('\n');
}

/** @type {import('esbuild').Plugin} */
const compromisePrebuiltModel = {
  name: 'compromise-prebuilt-model',
  setup(build) {
    const { pathToFileURL } = require('url');
    const path = require('path');
    /** @type {Map<string, Promise<string>>} */
    const sources = new Map();
    build.onLoad({ filter: PREBUILT_MODULES }, args => {
      let source = sources.get(args.path);
      if (!source) {
        source = import(pathToFileURL(args.path).href).then(module => prebuiltModuleSource(module.default));
        sources.set(args.path, source);
      }
      return source.then(contents => ({ contents, loader: /** @type {const} */ ('js'), resolveDir: path.dirname(args.path), watchFiles: [args.path] }));
    });
  },
};

/**
 * compromise's plugin merge (API/extend.js mergeDeep) sets each key of a plugin's model with
 * `Object.assign(model, { [key]: value })`, a new object per key: over the ~25,000 words of its lexicon that is
 * most of the merge's time. A plain assignment does the same (Object.assign sets the one own key of the new
 * object; unsafe keys are skipped before it), without the object.
 */
const MERGE_MODULE = /[\\/]compromise[\\/]src[\\/]API[\\/]extend\.js$/;
/** @type {[string, string][]} */
const MERGE_EDITS = [
  ['if (!model[key]) Object.assign(model, { [key]: {} })', 'if (!model[key]) model[key] = {}'],
  ['Object.assign(model, { [key]: plugin[key] })', 'model[key] = plugin[key]'],
];

const compromiseQuickMerge = sourceEdits('compromise-quick-merge', MERGE_MODULE, MERGE_EDITS);

const CLI_BUNDLE = 'dist/cli/main.js';

/** @type {(import('esbuild').BuildOptions & { entryPoints: string[]; outfile: string })[]} */
const builds = [
  // Desktop extension host (Node).
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'], target: 'node20' },
  // Analysis worker for the desktop extension host (worker_threads).
  { ...common, entryPoints: ['src/worker/analysisWorker.ts'], outfile: 'dist/analysisWorker.js', platform: 'node', format: 'cjs', target: 'node20' },
  // Web extension host (vscode.dev): no Node built-ins.
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'], target: 'es2022', plugins: [...common.plugins, webVariants], define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' } },
  // Command-line tool.
  // Command-line tool: dist/cli.js loads the bundle dist/cli/main.js with V8's code cache (see src/cli/loader.ts).
  { ...common, entryPoints: ['src/cli/loader.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node20', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['src/cli.ts'], outfile: CLI_BUNDLE, platform: 'node', format: 'cjs', target: 'node20', plugins: [...common.plugins, compromisePrebuiltModel, compromiseQuickMerge] },
  // The core alone, for tools/bench.mjs (timed from plain Node without a TypeScript loader).
  { ...common, entryPoints: ['test/bench/core.ts'], outfile: 'dist/bench/core.js', platform: 'node', format: 'cjs', target: 'node20' },
  // The core alone as a browser script (global NewsLensCore), for test/web: proves the analysis runs in a browser.
  { ...common, entryPoints: ['test/web/coreBrowser.ts'], outfile: 'dist/test/coreBrowser.js', platform: 'browser', format: 'iife', globalName: 'NewsLensCore', target: 'es2022' },
  // Script that runs inside the quotes webview.
  { ...common, entryPoints: ['src/webview/quotesView.ts'], outfile: 'dist/webview/quotesView.js', platform: 'browser', format: 'iife', target: 'es2022' },
  // Script that runs inside the Compare Claims webview.
  { ...common, entryPoints: ['src/webview/claimsView.ts'], outfile: 'dist/webview/claimsView.js', platform: 'browser', format: 'iife', target: 'es2022' },
  // Script that runs inside the coverage webview.
  { ...common, entryPoints: ['src/webview/coverageView.ts'], outfile: 'dist/webview/coverageView.js', platform: 'browser', format: 'iife', target: 'es2022' },
];

/** Entry points that do not exist: a renamed or deleted file must fail the build, not silently drop a bundle. */
/** @param {{ entryPoints: string[] }[]} list */
function missingEntryPoints(list) {
  const fs = require('fs');
  const path = require('path');
  return list.flatMap(b => b.entryPoints).filter(entry => !fs.existsSync(path.resolve(__dirname, entry)));
}

/**
 * V8's code cache of the CLI bundle (dist/cli/main.js.cache, read by dist/cli.js): written by one run of the
 * CLI on a sample, so it holds the functions an analysis compiles. Not in watch mode (the bundle keeps changing);
 * a stale or missing cache only makes the CLI start slower.
 */
function writeCliCodeCache() {
  const path = require('path');
  const fs = require('fs');
  const { execFileSync } = require('child_process');
  const cache = path.join(__dirname, `${CLI_BUNDLE}.cache`);
  fs.rmSync(cache, { force: true });
  const samples = path.join(__dirname, 'samples');
  const sample = fs.readdirSync(samples).filter(f => f.endsWith('.txt')).sort()[0];
  execFileSync(process.execPath, [path.join(__dirname, 'dist/cli.js'), 'analyze', path.join(samples, sample), '--format', 'json'], {
    env: { ...process.env, NEWS_LENS_WRITE_CODE_CACHE: '1' }, stdio: 'ignore',
  });
}

/**
 * The CLI bundle in ASCII alone: esbuild escapes strings and templates but keeps regular expressions' and comments'
 * characters ("[’]", "–"), and one such character makes Node decode the whole 2.7 MB file on its slow path into a
 * two-byte string, which V8 then compiles and checks against the code cache at twice the size: about 2 % of a small
 * article's whole process. "\uXXXX" means the same character in a regular expression (with or without the u flag;
 * an astral character as its surrogate pair) and changes nothing in a comment. An escaped character ("\’", only
 * possible without the u flag) loses its backslash. The source map's columns after such a character on its line
 * shift by a few places.
 */
function asciiOnly(file) {
  const fs = require('fs');
  const source = fs.readFileSync(file, 'utf8');
  const unicode = char => Array.from({ length: char.length }, (_, i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');
  // An odd run of backslashes before the character escapes it: one of them goes; an even run is escaped backslashes.
  const escaped = source.replace(/(\\*)([^\p{ASCII}])/gu, (_, slashes, char) => (slashes.length % 2 ? slashes.slice(1) : slashes) + unicode(char));
  if (escaped !== source) {
    fs.writeFileSync(file, escaped);
  }
}

async function main() {
  const missing = missingEntryPoints(builds);
  if (missing.length) {
    throw new Error(`esbuild.js: missing entry point(s): ${missing.join(', ')}`);
  }
  const contexts = await Promise.all(builds.map(b => esbuild.context(b)));
  if (watch) {
    // The CLI's code cache is not rewritten while watching: without it the CLI just starts slower.
    require('fs').rmSync(require('path').join(__dirname, `${CLI_BUNDLE}.cache`), { force: true });
    await Promise.all(contexts.map(c => c.watch()));
  } else {
    await Promise.all(contexts.map(c => c.rebuild()));
    await Promise.all(contexts.map(c => c.dispose()));
    asciiOnly(require('path').join(__dirname, CLI_BUNDLE));
    writeCliCodeCache();
  }
}

// tools/bench.mjs reads the build list to measure minified bundle sizes.
module.exports = { builds, main };

if (require.main === module) {
  main().catch(e => {
    console.error(e);
    process.exit(1);
  });
}
