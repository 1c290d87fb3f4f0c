#!/usr/bin/env node
// npm run test:integration: everything that needs a real VS Code or a real browser.
//   1. the mocha run() entry out/test/integration/index.js in VS Code on samples/
//   1b. out/test/integration/restricted/index.js in a VS Code with workspace trust on and its folder not
//       trusted (Restricted Mode; always the offline host: test-electron always disables workspace trust)
//   2. every UI script test/ui/*.mjs (a Playwright page of the workbench; one test each)
//   3. the browser bundle of the core in headless Chromium (test/web/*.mjs; one test each)
//   4. npm start's server answers on its loopback URL
//   5. the packaged VSIX installed into VS Code, then out/test/vsix/index.js without the dev extension
// Prints `integration: N passed, N failed` and writes it to test-results/integration-summary.json.
//
// Runner for step 1: --runner electron|offline or NEWS_LENS_TEST_RUNNER. By default @vscode/test-electron
// when a VS Code build is cached in .vscode-test/ or its download server answers within seconds,
// else the offline host (tools/vscodeHost.mjs). Steps 2–4 always use the offline host (they need its
// server or Playwright). --skip mocha,restricted,ui,web,start,vsix (or NEWS_LENS_SKIP) leaves steps out.
import { spawn, spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';
import { parseArgs } from './vscodeHost.mjs';
import { runVsixTest } from './vsixTest.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, 'test-results');
const args = parseArgs(process.argv.slice(2));
const skip = new Set(String(args.skip || process.env.NEWS_LENS_SKIP || '').split(',').filter(Boolean));
const totals = { passed: 0, failed: 0 };

function readSummary(file) {
  try { return JSON.parse(fs.readFileSync(file, 'utf8')); } catch { return undefined; }
}

/**
 * Adds a mocha run's totals. A run that did not complete (crash, overall timeout) or failed without a
 * failing test counts one failure more, on top of the tests it finished.
 */
function countMocha(name, status, summaryFile) {
  const s = readSummary(summaryFile) || { passed: 0, failed: 0, complete: false };
  const failed = s.failed + (!s.complete || (status !== 0 && s.failed === 0) ? 1 : 0);
  totals.passed += s.passed;
  totals.failed += failed;
  console.log(`${name}: ${s.passed} passed, ${failed} failed`);
}

function countOne(name, ok) {
  totals[ok ? 'passed' : 'failed']++;
  console.log(`${name}: ${ok ? 'passed' : 'FAILED'}`);
}

function node(script, scriptArgs, env = {}) {
  return spawnSync(process.execPath, [path.join(root, 'tools', script), ...scriptArgs], { stdio: 'inherit', env: { ...process.env, ...env } }).status;
}

async function downloadReachable() {
  try {
    const r = await fetch('https://update.code.visualstudio.com/api/releases/stable', { signal: AbortSignal.timeout(5000) });
    return r.ok;
  } catch {
    return false;
  }
}

function hasCommand(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

async function pickRunner() {
  const explicit = args.runner || process.env.NEWS_LENS_TEST_RUNNER;
  if (explicit) {
    if (!['electron', 'offline'].includes(explicit)) { throw new Error(`unknown runner "${explicit}" (electron|offline)`); }
    return explicit;
  }
  // Desktop VS Code needs a display; without one only xvfb-run can provide it.
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && !hasCommand('xvfb-run')) {
    return 'offline';
  }
  const cache = path.join(root, '.vscode-test');
  const cached = fs.existsSync(cache) && fs.readdirSync(cache).some(n => n.startsWith('vscode-'));
  return cached || await downloadReachable() ? 'electron' : 'offline';
}

async function runMochaEntry() {
  const runner = await pickRunner();
  const out = path.join(results, 'integration');
  fs.rmSync(out, { recursive: true, force: true });
  const summary = path.join(out, 'summary.json');
  const tests = path.join(root, 'out/test/integration/index.js');
  console.log(`\n== integration tests in VS Code (${runner} runner)`);
  let status;
  if (runner === 'electron') {
    const needsXvfb = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
    const cmd = [path.join(root, 'tools/run-electron.mjs'), '--tests', tests, '--folder', path.join(root, 'samples')];
    status = spawnSync(needsXvfb ? 'xvfb-run' : process.execPath, needsXvfb ? ['-a', process.execPath, ...cmd] : cmd,
      { stdio: 'inherit', env: { ...process.env, NEWS_LENS_TEST_SUMMARY: summary } }).status;
  } else {
    status = node('run-vscode.mjs', ['--ext', root, '--tests', tests, '--folder', path.join(root, 'samples'), '--out', out, '--timeout', '900'],
      { NEWS_LENS_TEST_SUMMARY: summary });
  }
  countMocha('integration tests', status, summary);
}

/**
 * Restricted Mode. With workspace trust enabled and no prompt, a folder stays untrusted until someone
 * trusts it, and a fresh browser profile holds no trusted folders: the workspace opens untrusted.
 */
function runRestricted() {
  const out = path.join(results, 'restricted');
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const settings = path.join(out, 'user-settings.json');
  fs.writeFileSync(settings, JSON.stringify({
    'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never',
    'security.workspace.trust.banner': 'never', 'security.workspace.trust.emptyWindow': false,
  }));
  const summary = path.join(out, 'summary.json');
  console.log('\n== Restricted Mode tests (an untrusted workspace)');
  const status = node('run-vscode.mjs', ['--ext', root, '--tests', path.join(root, 'out/test/integration/restricted/index.js'),
    '--folder', path.join(root, 'test/integration/restricted/workspace'), '--settings', settings, '--out', out, '--timeout', '420'],
  { NEWS_LENS_TEST_SUMMARY: summary });
  countMocha('Restricted Mode tests', status, summary);
}

function scripts(dir) {
  const full = path.join(root, dir);
  return fs.existsSync(full) ? fs.readdirSync(full).filter(f => f.endsWith('.mjs')).sort().map(f => path.join(full, f)) : [];
}

function runUiScripts() {
  for (const script of scripts('test/ui')) {
    const name = path.basename(script, '.mjs');
    console.log(`\n== UI test ${name}`);
    const status = node('run-vscode.mjs', ['--ext', root, '--ui', script, '--folder', path.join(root, 'samples'), '--out', path.join(results, 'ui', name)]);
    countOne(`ui/${name}`, status === 0);
  }
}

function runWebTests() {
  for (const script of scripts('test/web')) {
    const name = path.basename(script, '.mjs');
    console.log(`\n== browser test ${name}`);
    const status = spawnSync(process.execPath, [script], { stdio: 'inherit', cwd: root }).status;
    countOne(`web/${name}`, status === 0);
  }
}

/** `npm start`'s server: prints a loopback URL that serves the workbench, and stops on SIGTERM. */
async function checkStart() {
  console.log('\n== npm start serves the workbench');
  const child = spawn(process.execPath, [path.join(root, 'tools/start.mjs')], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', d => { output += d; });
  let ok = false;
  try {
    const deadline = Date.now() + 90000;
    let url;
    while (!(url = /http:\/\/127\.0\.0\.1:\d+\/\S*/.exec(output)?.[0]) && Date.now() < deadline && child.exitCode === null) {
      await new Promise(r => setTimeout(r, 200));
    }
    const page = url && await fetch(url, { signal: AbortSignal.timeout(20000) });
    ok = !!page && page.ok && (await page.text()).includes('workbench') && !!url && url.includes('extensionDevelopmentPath');
    if (!ok) { console.log(output); }
  } catch (e) {
    console.log('start: ' + (e instanceof Error ? e.message : String(e)));
  } finally {
    child.kill('SIGTERM');
  }
  countOne('npm start', ok);
}

async function main() {
  if (!skip.has('mocha')) { await runMochaEntry(); }
  if (!skip.has('restricted')) { runRestricted(); }
  if (!skip.has('ui')) { runUiScripts(); }
  if (!skip.has('web')) { runWebTests(); }
  if (!skip.has('start')) { await checkStart(); }
  if (!skip.has('vsix')) {
    console.log('\n== packaged VSIX installed into VS Code');
    const { status, summary, sizeOk } = await runVsixTest(root, path.join(results, 'vsix'));
    countMocha('VSIX tests', status, summary);
    countOne('README states the VSIX size', !!sizeOk);
  }
  const line = `in VS Code and the browser: ${totals.passed} passed, ${totals.failed} failed`;
  fs.mkdirSync(results, { recursive: true });
  fs.writeFileSync(path.join(results, 'integration-summary.json'), JSON.stringify(totals) + '\n');
  console.log('\n' + line);
  process.exit(totals.failed > 0 ? 1 : 0);
}

main().catch(e => {
  console.error('run-integration: ' + (e && e.stack || e));
  process.exit(1);
});
