// UI test: compares three invented reports of one event as a person would (Compare Articles…, tick three
// articles in the quick pick), opens the coverage webview and saves a screenshot of it. Exit code 0 only
// when the webview draws the entity × article matrix with a row per entity and a column per article, and
// the Cross-Reference view shows the "In all 3 articles" group.
//   node tools/run-vscode.mjs --ext . --folder samples --ui test/ui/coverage-screenshot.mjs --out test-results/ui
import fs from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';
import { openFile, runCommand, waitForCounts } from './support/workbench.mjs';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/coverage');
const FILES = ['harbour-wire.txt', 'harbour-daily.txt', 'harbour-herald.txt'];
/** The articles are copied into the workspace for the run (the quick pick lists workspace articles) and removed after. */
const DEMO_DIR = 'coverage-demo';

/** The coverage webview's frame once it has drawn its matrix, or undefined. */
async function coverageFrame(page) {
  for (const frame of page.frames()) {
    if (await frame.locator('#root table.matrix').count().catch(() => 0)) {
      return frame;
    }
  }
  return undefined;
}

async function tickArticles(page, problems, out) {
  // Typed without the ellipsis, which the palette's filter does not match as typed.
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15000 });
  await input.fill('>News Lens: Compare Articles');
  const command = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'News Lens: Compare Articles' }).first();
  await command.waitFor({ timeout: 15000 }).catch(async error => {
    await page.screenshot({ path: path.join(out, 'palette.png') });
    throw error;
  });
  await command.click();
  for (const name of FILES) {
    const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: name }).first();
    await row.waitFor({ timeout: 30000 }).catch(() => problems.push(`the quick pick does not offer ${name}`));
    const box = row.locator('input[type="checkbox"], .quick-input-list-checkbox').first();
    await ((await box.count()) ? box : row).click().catch(() => problems.push(`cannot tick ${name}`));
  }
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: 15000 }).catch(() => problems.push('the quick pick did not close'));
}

export default async function coverageScreenshot({ page, folder, out, log }) {
  const demo = path.join(folder, DEMO_DIR);
  fs.mkdirSync(demo, { recursive: true });
  for (const f of FILES) {
    fs.copyFileSync(path.join(FIXTURES, f), path.join(demo, f));
  }
  const problems = [];
  try {
    // The explorer shows the copied folder once the watcher has seen it; the quick pick searches the workspace.
    await page.locator(`.explorer-folders-view .monaco-list-row[aria-label*="${DEMO_DIR}"]`).first().waitFor({ timeout: 30000 }).catch(() => {});
    // Opening an article activates News Lens (its commands reach the palette); closed again so that it is
    // not ticked in the quick pick as the active article.
    await openFile(page, '000_e9c3a88e7f0cde5b.txt');
    await waitForCounts(page);
    await runCommand(page, 'View: Close All Editors');
    await tickArticles(page, problems, out);
    log('three articles compared');
    const pane = '.pane:has(.pane-header[aria-label*="Cross-Reference"])';
    await page.locator(`${pane} .monaco-list-row`).filter({ hasText: 'In all 3 articles' }).first().waitFor({ timeout: 60000 })
      .catch(() => problems.push('the Cross-Reference view shows no "In all 3 articles" group'));
    await runCommand(page, 'News Lens: Show Coverage');
    const deadline = Date.now() + 60000;
    let frame;
    while (Date.now() < deadline && !(frame = await coverageFrame(page))) {
      await page.waitForTimeout(250);
    }
    if (!frame) {
      problems.push('the coverage webview draws no matrix');
    } else {
      const columns = await frame.locator('table.matrix').first().locator('thead th.article').count();
      const rows = await frame.locator('table.matrix').first().locator('tbody tr').count();
      const heat = await frame.locator('table.matrix td.heat-4').count();
      log(`matrix: ${rows} rows × ${columns} articles, ${heat} hottest cells`);
      if (columns !== FILES.length || rows < 5 || heat < 1) {
        problems.push(`the matrix is ${rows} × ${columns} with ${heat} hottest cells`);
      }
      // Keyboard access: the first count is a button reachable with Tab.
      if (!(await frame.locator('table.matrix button.count').count())) {
        problems.push('no matrix cell is a button');
      }
    }
    await page.mouse.move(5, 5); // no tooltip over the picture
    const shot = path.join(out, 'coverage.png');
    await page.screenshot({ path: shot });
    log(`screenshot: ${shot}`);
  } finally {
    fs.rmSync(demo, { recursive: true, force: true });
  }
  for (const p of problems) {
    log(`FAIL: ${p}`);
  }
  log(problems.length ? 'coverage screenshot: FAILED' : 'coverage screenshot: ok');
  return problems.length ? 1 : 0;
}
