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

/** @type {import('esbuild').BuildOptions & { plugins: import('esbuild').Plugin[] }} */
const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  plugins: [problemMatcher],
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

/** @type {(import('esbuild').BuildOptions & { entryPoints: string[]; outfile: string })[]} */
const builds = [
  // Desktop extension host (Node).
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'], target: 'node20' },
  // Analysis worker for the desktop extension host (worker_threads).
  { ...common, entryPoints: ['src/worker/analysisWorker.ts'], outfile: 'dist/analysisWorker.js', platform: 'node', format: 'cjs', target: 'node20' },
  // Web extension host (vscode.dev): no Node built-ins.
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'], target: 'es2022', plugins: [...common.plugins, webVariants], define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' } },
  // Command-line tool.
  { ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node20', banner: { js: '#!/usr/bin/env node' } },
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

async function main() {
  const missing = missingEntryPoints(builds);
  if (missing.length) {
    throw new Error(`esbuild.js: missing entry point(s): ${missing.join(', ')}`);
  }
  const contexts = await Promise.all(builds.map(b => esbuild.context(b)));
  if (watch) {
    await Promise.all(contexts.map(c => c.watch()));
  } else {
    await Promise.all(contexts.map(c => c.rebuild()));
    await Promise.all(contexts.map(c => c.dispose()));
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
