#!/usr/bin/env node
// Runs News Lens inside a real VS Code (the offline host: VS Code server + headless Chromium).
//   node tools/run-vscode.mjs [--ext DIR] [--tests ENTRY.js | --ui SCRIPT.mjs] [--folder DIR] [--out DIR]
//        [--extensions-dir DIR] [--settings FILE.json] [--timeout S] [--width W --height H] [--verbose]
// --tests: a mocha entry exporting run() (the @vscode/test-electron contract); exit code = tests' result.
// --ui:    a module whose default export is async ({ page, folder, out, log, port }) => exitCode, for tests
//          that drive the workbench as a person would (clicks, screenshots); an exported `settings`
//          object is added to the workbench's user settings.
// --ext:   the extension under development; omit it (with --extensions-dir) to test an installed VSIX.
// The host is installed on first use into $NEWS_LENS_VSCODE_HOST or ~/.cache/vscode-host.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { format } from 'util';
import { ensureHost, hostDir, launchBrowser, parseArgs, startServer, workbenchUrl } from './vscodeHost.mjs';

const args = parseArgs(process.argv.slice(2));
const log = (...a) => console.log(...a);
const dir = ensureHost(args.host ? path.resolve(args.host) : hostDir());
const folder = path.resolve(args.folder || args.ext || '.');
const out = path.resolve(args.out || fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-out-')));
fs.mkdirSync(out, { recursive: true });
const timeoutMs = (+args.timeout || 180) * 1000;
// The workbench logs its own start-up chatter through the same channel as the tests' output.
const workbenchNoise = /^(Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin|ChatSessionStore|\[Service Worker\]|Creation of workbench contribution|getaddrinfo ENOTFOUND|Extension host \(Remote\) is unresponsive|Extension host \(Remote\) is responsive)/;
// A UI script may export the user settings its workbench needs (e.g. to pick the extension host).
const uiModule = args.ui ? await import(path.resolve(args.ui)) : undefined;
const settings = { ...(args.settings ? JSON.parse(fs.readFileSync(args.settings, 'utf8')) : {}), ...uiModule?.settings };

const server = await startServer({ dir, settings, extensionsDir: args['extensions-dir'] && path.resolve(args['extensions-dir']), verbose: !!args.verbose });
let browser;
const cleanup = () => { server.stop(); };
process.on('SIGINT', () => { cleanup(); process.exit(130); });
process.on('SIGTERM', () => { cleanup(); process.exit(143); });

/** @type {number | string} */
let code = 1;
let page;
try {
  browser = await launchBrowser(dir);
  page = await browser.newPage({ viewport: { width: +(args.width || 1400), height: +(args.height || 900) } });
  let finish;
  const finished = new Promise(r => (finish = r));
  // VS Code's test driver hooks: the extension host's test output and the tests' exit code arrive here.
  await page.exposeFunction('codeAutomationLog', (_type, a) => {
    const text = format(...(Array.isArray(a) ? a : [a])); // mocha's reporters log printf-style
    if (args.verbose || !workbenchNoise.test(text)) { log(text); }
  });
  await page.exposeFunction('codeAutomationExit', c => finish(c));
  if (args.verbose) { page.on('pageerror', e => log('[pageerror]', e.message)); }
  // Generous: on a loaded 2-core machine the workbench can take a minute to load.
  await page.goto(workbenchUrl({ port: server.port, folder, ext: args.ext, tests: args.tests }), { timeout: 120000 });
  await page.waitForSelector('.monaco-workbench', { timeout: 120000 });
  let timer;
  const timeout = new Promise(r => { timer = setTimeout(() => r('timeout'), timeoutMs); });
  if (args.tests) {
    code = await Promise.race([finished, timeout]);
  } else if (args.ui) {
    code = await Promise.race([uiModule.default({ page, folder, out, log, port: server.port }), timeout]);
  } else {
    code = 0;
  }
  clearTimeout(timer);
  if (code === 'timeout') { log(`run-vscode: did not finish within ${timeoutMs / 1000}s`); code = 4; }
  await page.screenshot({ path: path.join(out, 'final.png') }).catch(() => {});
} catch (e) {
  log('run-vscode: ' + (e instanceof Error ? e.stack : String(e)));
  code = 5;
  if (page) { await page.screenshot({ path: path.join(out, 'error.png') }).catch(() => {}); }
} finally {
  if (browser) { await browser.close().catch(() => {}); }
  cleanup();
}
process.exit(typeof code === 'number' ? code : 1);
