#!/usr/bin/env node
// npm start (after npm run build): serves the real VS Code workbench on 127.0.0.1 with News Lens loaded
// as the extension under development and samples/ open, for people without a desktop VS Code. Open the
// printed URL in a browser; Ctrl+C stops the server.
//   node tools/start.mjs [--port N] [--folder DIR]     (PORT in the environment works too)
// Bound to loopback only and without a connection token: anyone who can reach the port can run code
// as you, so it must never listen on other interfaces.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { fileURLToPath } from 'url';
import { ensureHost, parseArgs, startServer, workbenchUrl } from './vscodeHost.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = parseArgs(process.argv.slice(2));
const folder = path.resolve(args.folder || path.join(root, 'samples'));
const port = Number(args.port || process.env.PORT) || undefined;

if (!fs.existsSync(path.join(root, 'dist', 'extension.js'))) {
  console.error('start: dist/extension.js is missing; run `npm run build` first (npm start does).');
  process.exit(1);
}
const dir = ensureHost();
// Settings and opened editors persist between runs in a per-user folder, as in a desktop VS Code.
const stateDir = path.join(os.homedir(), '.cache', 'news-lens-start');
fs.mkdirSync(stateDir, { recursive: true });
const server = await startServer({ dir, port, stateDir, settings: { 'workbench.startupEditor': 'none' } });
const url = workbenchUrl({ port: server.port, folder, ext: root });
console.log(`News Lens in VS Code, with ${path.relative(process.cwd(), folder) || '.'} open:\n\n  ${url}\n\nCtrl+C stops the server.`);

const stop = () => { server.stop(); process.exit(0); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.child.on('exit', code => { console.error(`start: VS Code server exited (${code})`); process.exit(1); });
