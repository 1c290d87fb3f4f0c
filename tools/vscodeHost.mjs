// The offline VS Code host: the VS Code server from the code-server npm package (installed by
// install-host.sh, outside the repository) plus headless Chromium via playwright-core. Shared by
// run-vscode.mjs (tests, UI scripts), run-integration.mjs and start.mjs (npm start).
import { spawn, spawnSync } from 'child_process';
import fs from 'fs';
import net from 'net';
import os from 'os';
import path from 'path';
import { createRequire } from 'module';
import { fileURLToPath } from 'url';

const toolsDir = path.dirname(fileURLToPath(import.meta.url));

export function hostDir() {
  return path.resolve(process.env.NEWS_LENS_VSCODE_HOST || path.join(os.homedir(), '.cache', 'vscode-host'));
}

/** Installs the host on first use (like @vscode/test-electron's download); instant once installed. */
export function ensureHost(dir = hostDir()) {
  const r = spawnSync('bash', [path.join(toolsDir, 'install-host.sh'), dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) {
    throw new Error(`installing the VS Code host into ${dir} failed (exit ${r.status})`);
  }
  return dir;
}

export function serverMain(dir) {
  return path.join(dir, 'node_modules/code-server/lib/vscode/out/server-main.js');
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => { const p = /** @type {import('net').AddressInfo} */ (s.address()).port; s.close(() => resolve(p)); });
  });
}

/** Environment for the server and its extension host, without variables of an enclosing VS Code. */
function cleanEnv(extra) {
  const env = { ...process.env, ...extra };
  for (const k of Object.keys(env)) {
    if ((k.startsWith('VSCODE_') && !(k in (extra || {}))) || k === 'ELECTRON_RUN_AS_NODE') { delete env[k]; }
  }
  return env;
}

/**
 * Starts the VS Code server on 127.0.0.1 with a throw-away user-data dir (or the given one).
 * Returns { port, stop }. The server runs in its own process group so stop() also ends the
 * extension hosts it forked.
 * @param {{ dir?: string, port?: number, settings?: object, extensionsDir?: string, stateDir?: string, env?: Record<string, string>, verbose?: boolean }} [options]
 */
export async function startServer({ dir = hostDir(), port, settings = {}, extensionsDir, stateDir, env, verbose } = {}) {
  /** @type {number} */
  const listenPort = port || /** @type {number} */ (await freePort());
  const tmp = stateDir || fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-vscode-'));
  const userData = path.join(tmp, 'user');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  const settingsFile = path.join(userData, 'User', 'settings.json');
  // A kept state folder (npm start) keeps the user's own settings from earlier runs.
  if (!stateDir || !fs.existsSync(settingsFile)) {
    fs.writeFileSync(settingsFile, JSON.stringify({
      'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false,
      'workbench.tips.enabled': false, 'telemetry.telemetryLevel': 'off', 'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false, 'update.mode': 'none', 'workbench.colorTheme': 'Default Dark Modern',
      'git.openRepositoryInParentFolders': 'never', // its prompt would cover part of every screenshot
      ...settings,
    }, null, 2));
  }
  const child = spawn(process.execPath, [serverMain(dir),
    '--host', '127.0.0.1', '--port', String(listenPort), '--without-connection-token', '--accept-server-license-terms',
    '--telemetry-level', 'off', '--user-data-dir', userData, '--server-data-dir', path.join(tmp, 'server'),
    '--extensions-dir', extensionsDir || path.join(tmp, 'exts')],
  { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: cleanEnv({ VSCODE_AGENT_FOLDER: path.join(tmp, 'agent'), ...env }) });
  let output = '';
  child.stdout.on('data', d => { output += d; if (verbose) { process.stdout.write('[server] ' + d); } });
  child.stderr.on('data', d => { output += d; if (verbose) { process.stdout.write('[server!] ' + d); } });
  const stop = () => {
    // The negative pid is the server's process group; without a pid there is nothing to stop.
    try { if (child.pid !== undefined) { process.kill(-child.pid, 'SIGTERM'); } } catch { /* already gone */ }
    if (!stateDir) { fs.rmSync(tmp, { recursive: true, force: true }); }
  };
  const deadline = Date.now() + 60000;
  while (!output.includes('Extension host agent listening')) {
    if (Date.now() > deadline || child.exitCode !== null) {
      stop();
      throw new Error('VS Code server did not start:\n' + output);
    }
    await new Promise(r => setTimeout(r, 100));
  }
  return { port: listenPort, stop, child };
}

/** The workbench URL; the payload carries what --extensionDevelopmentPath/--extensionTestsPath do on the desktop. */
/** @param {{ port: number, folder: string, ext: string, tests?: string }} options */
export function workbenchUrl({ port, folder, ext, tests }) {
  const remote = `vscode-remote://127.0.0.1:${port}`;
  const payload = [];
  if (ext) { payload.push(['extensionDevelopmentPath', remote + path.resolve(ext)]); }
  if (tests) { payload.push(['extensionTestsPath', remote + path.resolve(tests)]); }
  return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(path.resolve(folder))}`
    + (payload.length ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : '');
}

export function chromiumPath() {
  if (process.env.CHROME_PATH) { return process.env.CHROME_PATH; }
  const which = spawnSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' });
  return which.stdout.trim() || '/usr/bin/chromium';
}

/** Headless Chromium through the host's playwright-core (the project itself does not depend on it). */
export async function launchBrowser(dir = hostDir()) {
  const { chromium } = createRequire(path.join(dir, 'package.json'))('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** `--name value` and bare `--flag` arguments into an object. */
export function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i++) {
    if (!argv[i].startsWith('--')) { continue; }
    const next = argv[i + 1];
    args[argv[i].slice(2)] = next !== undefined && !next.startsWith('--') ? argv[++i] : true;
  }
  return args;
}
