// UI test: pairs the two samples as a person would (open A, open B, "Open Comparison"), runs "News Lens:
// Compare Claims" from the command palette and saves a screenshot of the panel beside the articles.
// Exit code 0 only when the panel draws claims reported by both articles and claims only one reports.
//   node tools/run-vscode.mjs --ext . --folder samples --ui test/ui/claims-screenshot.mjs --out test-results/ui
import path from 'path';
import { openFile, runCommand, waitForCounts } from './support/workbench.mjs';

const SAMPLE_A = '000_e9c3a88e7f0cde5b.txt';
const SAMPLE_B = '004_4d10fd835b947f25.txt';

/** Counts of what the Compare Claims webview (a nested iframe) draws, or undefined before it draws. */
async function drawn(page) {
  for (const frame of page.frames()) {
    const pairs = await frame.locator('#root section.aligned .pair').count().catch(() => 0);
    if (pairs) {
      const onlyA = await frame.locator('#root section.only-a li').count().catch(() => 0);
      const onlyB = await frame.locator('#root section.only-b li').count().catch(() => 0);
      return { pairs, onlyA, onlyB, frame };
    }
  }
  return undefined;
}

export default async function claimsScreenshot({ page, out, log }) {
  await openFile(page, SAMPLE_A);
  await waitForCounts(page);
  await openFile(page, SAMPLE_B);
  await waitForCounts(page);
  await runCommand(page, 'News Lens: Open Comparison');
  await runCommand(page, 'View: Close Primary Side Bar').catch(() => {});
  await runCommand(page, 'News Lens: Compare Claims');
  log('Compare Claims run');

  const problems = [];
  const deadline = Date.now() + 60000;
  let view;
  while (Date.now() < deadline && !(view = await drawn(page))) {
    await page.waitForTimeout(250);
  }
  if (!view) {
    problems.push('the Compare Claims panel draws no aligned claims');
  } else {
    log(`aligned pairs: ${view.pairs}, only in A: ${view.onlyA}, only in B: ${view.onlyB}`);
    if (!view.onlyA || !view.onlyB) {
      problems.push('the panel lists no claims only in A or only in B');
    }
    const marks = await view.frame.locator('#root mark.own').count().catch(() => 0);
    log(`words marked as one article's own: ${marks}`);
    if (!marks) {
      problems.push('no differing words are marked');
    }
  }
  await page.mouse.move(5, 5); // no tooltip over the picture
  const shot = path.join(out, 'claims.png');
  await page.screenshot({ path: shot });
  log(`screenshot: ${shot}`);
  for (const p of problems) {
    log(`FAIL: ${p}`);
  }
  log(problems.length ? 'claims screenshot: FAILED' : 'claims screenshot: ok');
  return problems.length ? 1 : 0;
}
