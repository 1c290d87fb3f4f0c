/* global Worker, Blob, URL, console -- no environment globals are configured for .mjs test scripts */
// Browser test (run by tools/run-integration.mjs, after the build): the analysis that the web extension
// runs on vscode.dev, executed in a Web Worker of headless Chromium (a web extension host is a worker:
// no DOM, no Node). It must find the sample's people and give exactly the analysis Node gives.
// Also checks that the web extension bundle loads nothing but `vscode`.
//   node test/web/core-in-browser.mjs    exit code 0 = pass
import assert from 'assert';
import fs from 'fs';
import path from 'path';
import { createRequire } from 'module';
import { fileURLToPath } from 'url';
import { ensureHost, launchBrowser } from '../../tools/vscodeHost.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const read = rel => fs.readFileSync(path.join(root, rel), 'utf8');
const texts = ['samples/000_e9c3a88e7f0cde5b.txt', 'samples/004_4d10fd835b947f25.txt'].map(read);

/** Runs analyzeText on both samples and compareDocuments on the pair, inside a dedicated worker. */
async function analyseInBrowserWorker(bundle) {
  const browser = await launchBrowser(ensureHost());
  try {
    const page = await browser.newPage();
    // A real http origin: blob: workers are not allowed from about:blank's opaque origin.
    await page.route('http://news-lens.test/**', route => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>t</title>' }));
    await page.goto('http://news-lens.test/');
    return await page.evaluate(({ bundle, texts }) => new Promise(resolve => {
      const main = `
        self.onmessage = e => {
          try {
            const [a, b] = e.data.map(t => NewsLensCore.analyzeText(t));
            const nodeGlobals = ['process', 'require', 'Buffer', 'module', 'global'].filter(g => typeof self[g] !== 'undefined');
            // JSON on both sides, so the comparison with Node sees the same shapes (no undefined-valued fields).
            postMessage({ ok: true, json: JSON.stringify({ a, b, x: NewsLensCore.compareDocuments(a, b) }), nodeGlobals });
          } catch (err) {
            postMessage({ ok: false, error: String(err && err.stack || err) });
          }
        };`;
      const worker = new Worker(URL.createObjectURL(new Blob([bundle, main], { type: 'text/javascript' })));
      worker.onmessage = e => resolve(e.data);
      worker.onerror = e => resolve({ ok: false, error: e.message });
      worker.postMessage(texts);
    }), { bundle, texts });
  } finally {
    await browser.close();
  }
}

function checkWebBundleImports() {
  const web = read('dist/web/extension.js');
  const required = new Set([...web.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map(m => m[1]));
  assert.deepStrictEqual([...required], ['vscode'], 'dist/web/extension.js requires only vscode');
}

const result = await analyseInBrowserWorker(read('dist/test/coreBrowser.js'));
assert.ok(result.ok, result.error);
Object.assign(result, JSON.parse(result.json));
assert.deepStrictEqual(result.nodeGlobals, [], 'the worker had no Node globals to lean on');
const people = result.a.entities.filter(e => e.kind === 'person').map(e => e.name);
for (const surname of ['Koravsky', 'Brant', 'Kazlov', 'Rocha']) {
  assert.ok(people.some(n => n.includes(surname)), `a person named …${surname} among ${people.join(', ')}`);
}
// The same core compiled for Node (npm run compile-tests) must agree to the last offset.
const { analyzeText } = require(path.join(root, 'out/src/core/analyze.js'));
const { compareDocuments } = require(path.join(root, 'out/src/core/compare.js'));
const [a, b] = texts.map(t => analyzeText(t));
assert.deepStrictEqual(result.a, JSON.parse(JSON.stringify(a)), 'browser and Node analyses of sample A agree');
assert.deepStrictEqual(result.b, JSON.parse(JSON.stringify(b)), 'browser and Node analyses of sample B agree');
assert.deepStrictEqual(result.x, JSON.parse(JSON.stringify(compareDocuments(a, b))), 'browser and Node cross-references agree');
checkWebBundleImports();
console.log(`core in a browser worker: ${people.length} people in sample A, same analysis and cross-reference as Node; web bundle requires only vscode`);
