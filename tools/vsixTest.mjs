// Packages the VSIX (npm run package), installs it into a fresh extensions folder with the VS Code
// server's own --install-extension (what a user's VS Code does), then runs test/vsix in that VS Code
// with no extension under development.
import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { ensureHost, serverMain } from './vscodeHost.mjs';

/** README.md states the VSIX size ("about N MB"); it must stay within a quarter of the real size. */
function checkStatedSize(root, size) {
  const stated = /The package is about ([\d.]+) MB/.exec(fs.readFileSync(path.join(root, 'README.md'), 'utf8'));
  const mb = size / 1024 / 1024;
  const ok = !!stated && Math.abs(mb - Number(stated[1])) <= 0.25 * mb;
  console.log(ok ? `vsix: README's size (${stated[1]} MB) holds` : `vsix: README must say "The package is about ${mb.toFixed(1)} MB" (says ${stated ? stated[1] + ' MB' : 'nothing'})`);
  return ok;
}

export async function runVsixTest(root, out) {
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const summary = path.join(out, 'summary.json');
  const vsix = path.join(out, 'news-lens.vsix');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const packaged = spawnSync(npm, ['run', '--silent', 'package', '--', '--out', vsix], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (packaged.status !== 0) {
    console.log('vsix: npm run package failed');
    return { status: 1, summary };
  }
  const size = fs.statSync(vsix).size;
  console.log(`vsix: packaged ${(size / 1024).toFixed(0)} KB`);
  const sizeOk = checkStatedSize(root, size);
  const dir = ensureHost();
  const extensionsDir = path.join(out, 'extensions');
  const installed = spawnSync(process.execPath, [serverMain(dir), '--install-extension', vsix, '--extensions-dir', extensionsDir,
    '--server-data-dir', path.join(out, 'server'), '--accept-server-license-terms'], { encoding: 'utf8' });
  if (installed.status !== 0 || !fs.readdirSync(extensionsDir).some(n => n.startsWith('news-lens.news-lens-'))) {
    console.log('vsix: install failed\n' + installed.stdout + installed.stderr);
    return { status: 1, summary, sizeOk };
  }
  // VS Code loads a test runner only next to an extension under development: an empty harness.
  const run = spawnSync(process.execPath, [path.join(root, 'tools/run-vscode.mjs'), '--ext', path.join(root, 'test/vsix/harness'), '--tests', path.join(root, 'out/test/vsix/index.js'),
    '--extensions-dir', extensionsDir, '--folder', path.join(root, 'samples'), '--out', out],
  { stdio: 'inherit', env: { ...process.env, NEWS_LENS_TEST_SUMMARY: summary } });
  return { status: run.status, summary, sizeOk };
}
