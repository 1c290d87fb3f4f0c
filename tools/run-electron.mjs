#!/usr/bin/env node
// Runs a mocha run() entry in a desktop VS Code downloaded (or reused from .vscode-test/) by
// @vscode/test-electron — the runner for machines that can reach update.code.visualstudio.com.
//   node tools/run-electron.mjs --tests ENTRY.js --folder DIR [--version 1.100.3]
// On Linux without a display, run-integration.mjs wraps this script in xvfb-run.
import path from 'path';
import { fileURLToPath } from 'url';
import { runTests } from '@vscode/test-electron';
import { parseArgs } from './vscodeHost.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = parseArgs(process.argv.slice(2));

try {
  await runTests({
    version: args.version || process.env.NEWS_LENS_VSCODE_VERSION || '1.100.3', // the engine's minimum: what we promise to support
    extensionDevelopmentPath: root,
    extensionTestsPath: path.resolve(args.tests),
    // Other installed extensions must not interfere; the folder is what the tests open.
    launchArgs: [path.resolve(args.folder || path.join(root, 'samples')), '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    extensionTestsEnv: { NEWS_LENS_TEST_SUMMARY: process.env.NEWS_LENS_TEST_SUMMARY ?? '', NEWS_LENS_TEST_GREP: process.env.NEWS_LENS_TEST_GREP ?? '' },
  });
  process.exit(0);
} catch (e) {
  console.error('run-electron: ' + (e instanceof Error ? e.message : String(e)));
  process.exit(1);
}
