/* global console -- no environment globals are configured for .mjs test scripts */
// UI test: News Lens as a web extension (vscode.dev). The workbench is told to run it in its web worker
// extension host, so dist/web/extension.js (the `browser` entry) is what activates: it must analyse a
// sample (status-bar counts equal to the Node analysis), show a hover card with its "Why:" line, and be listed as running
// in the web worker. Screenshot: web-extension.png.
import path from 'path';
import { createRequire } from 'module';
import { fileURLToPath } from 'url';
import { hoverText, openFile, runCommand, waitForCounts } from './support/workbench.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SAMPLE = '000_e9c3a88e7f0cde5b.txt';

/** Users can move an extension between hosts with this setting; here it selects the web build. */
export const settings = { 'remote.extensionKind': { 'news-lens.news-lens': ['web'] } };

/** The status-bar label the Node build of the same core would produce. */
async function expectedCounts() {
  const fs = await import('fs');
  const { analyzeText } = createRequire(import.meta.url)(path.join(root, 'out/src/core/analyze.js'));
  const analysis = analyzeText(fs.readFileSync(path.join(root, 'samples', SAMPLE), 'utf8'));
  const people = analysis.entities.filter(e => e.kind === 'person').length;
  return { people, organisations: analysis.entities.length - people, quotes: analysis.quotes.length };
}

export default async function webExtension({ page, out, log = console.log }) {
  const problems = [];
  await openFile(page, SAMPLE);
  const label = await waitForCounts(page, 90000);
  log(`status bar (web worker build): ${label}`);
  const want = await expectedCounts();
  for (const [what, n] of Object.entries(want)) {
    if (!new RegExp(`\\b${n} ${what}`).test(label)) { problems.push(`expected ${n} ${what} as in Node, status bar says "${label}"`); }
  }
  const card = await hoverText(page, 'Koravsky');
  if (!card || !/Koravsky/.test(card.text)) { problems.push(`no hover card naming Koravsky (got ${JSON.stringify(card?.text)})`); }
  // The web build explains its analyses like the desktop worker: the card says which rule made this a person.
  if (card && !/Why: person — /.test(card.text)) { problems.push(`the web build's hover card has no "Why:" line (got ${JSON.stringify(card.text)})`); }
  await page.screenshot({ path: path.join(out, 'web-extension.png') });

  await runCommand(page, 'Developer: Show Running Extensions');
  const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'news-lens.news-lens' }).first();
  const rowText = await row.innerText({ timeout: 30000 }).catch(() => '');
  if (!/web worker/i.test(rowText)) { problems.push(`News Lens is not running in the web worker host: ${JSON.stringify(rowText)}`); }

  for (const p of problems) { log('FAIL: ' + p); }
  log(`web extension: ${problems.length ? 'FAILED' : 'ok'}`);
  return problems.length ? 1 : 0;
}
