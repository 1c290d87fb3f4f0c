#!/usr/bin/env node
// Refreshes test/fixtures/vscodeDefaultKeybindings.json from the offline VS Code host's own default
// keybindings (run by hand when the engine's VS Code version changes):
//   npm run compile-tests && node tools/dump-default-keybindings.mjs
import { spawnSync } from 'child_process';
import path from 'path';
import { fileURLToPath } from 'url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const status = spawnSync(process.execPath, [path.join(root, 'tools/run-vscode.mjs'), '--ext', root,
  '--tests', path.join(root, 'out/test/integration/keybindings/index.js'), '--folder', path.join(root, 'samples'), '--timeout', '300'],
{ stdio: 'inherit' }).status;
process.exit(status ?? 1);
