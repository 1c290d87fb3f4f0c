/* global document -- functions passed to page.evaluate run in the workbench page */
// UI test: opens a sample in the real workbench, waits for the highlights, hovers a name and saves a
// screenshot of the card. Exit code 0 only when the card is visible with the expected content and
// its only links are the card's own commands.
//   node tools/run-vscode.mjs --ext . --folder samples --ui test/ui/hover-screenshot.mjs --out test-results/ui
import path from 'path';
import { clearNotifications, hoverText, openFile, waitForCounts } from './support/workbench.mjs';

const SAMPLE_A = '000_e9c3a88e7f0cde5b.txt';
const SAMPLE_B = '004_4d10fd835b947f25.txt';
const NAME = 'Koravsky';

export default async function hoverScreenshot({ page, out, log }) {
  // Opening B then A pairs the two articles (the two most recently active), so the card can compare.
  await openFile(page, SAMPLE_B);
  await waitForCounts(page);
  await openFile(page, SAMPLE_A);
  const counts = await waitForCounts(page);
  log(`status bar: ${counts}`);
  // Decorations with a background are drawn as overlay divs with generated ced-* classes.
  await page.waitForFunction(() => document.querySelectorAll('.editor-instance .view-overlays div[class*="ced-"]').length > 5, undefined, { timeout: 30000 });

  await clearNotifications(page);
  const card = await hoverText(page, NAME);
  const shot = path.join(out, 'editor-hover.png');
  await page.screenshot({ path: shot });
  log(`screenshot: ${shot}`);

  const problems = [];
  if (!card) {
    problems.push('no hover card appeared');
  } else {
    log(`card text: ${card.text.replace(/\s+/g, ' ').slice(0, 400)}`);
    for (const expected of [NAME, 'person', 'mention', `In ${SAMPLE_B}`, 'Find all mentions', 'Reveal in cross-reference']) {
      if (!card.text.includes(expected)) {
        problems.push(`card lacks "${expected}"`);
      }
    }
    const foreign = card.links.filter(href => !/^command:newsLens\.(findAllMentions|revealInPanel)\?/.test(href));
    if (foreign.length) {
      problems.push(`unexpected links: ${foreign.join(', ')}`);
    }
    if (card.links.length < 2) {
      problems.push(`expected the two command links, found ${card.links.length}`);
    }
  }
  for (const p of problems) {
    log(`FAIL: ${p}`);
  }
  log(problems.length ? 'hover screenshot: FAILED' : 'hover screenshot: ok');
  return problems.length ? 1 : 0;
}
