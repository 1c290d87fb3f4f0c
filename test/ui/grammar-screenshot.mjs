/* global document, NodeFilter, getComputedStyle -- functions passed to page.evaluate run in the workbench page */
// UI test of the TextMate grammar: with News Lens's highlights turned off, quotations (every quote-mark
// style; CJK brackets are left to test/unit/grammar.test.ts, as the headless browser has no CJK font) and datelines must still be coloured by the theme, in a sample and in typed plain text.
// Saves grammar.png; exit code 0 only when each quotation and dateline has a colour of its own.
//   node tools/run-vscode.mjs --ext . --folder samples --ui test/ui/grammar-screenshot.mjs --out test-results/ui
import path from 'path';
import { clearNotifications, openFile, runCommand, waitForCounts } from './support/workbench.mjs';

const SAMPLE = '000_e9c3a88e7f0cde5b.txt';

/** [line to type, a word inside the quotation or dateline, a plain word of the same line]. */
const LINES = [
  ['LONDON (Reuters) - Shares fell on Monday.', 'LONDON', 'Shares'],
  ['KYIV, Ukraine (AP) — The mayor spoke.', 'KYIV', 'mayor'],
  ['He said “curly double” here.', 'curly', 'here'],
  ['She said ‘it’s curly single’ here.', 'single', 'here'],
  ['Er sagte „deutsch zitiert“ hier.', 'deutsch', 'hier'],
  ['Il a dit « entre guillemets » ici.', 'guillemets', 'ici'],
  ['Straight "double quoted" words.', 'double', 'words'],
];

/** Colour of the text at the first occurrence of `word` in the active editor. */
function colourOf(page, word) {
  return page.evaluate(w => {
    const root = document.querySelector('.editor-instance .view-lines');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent.replace(/\u00a0/g, ' ').includes(w)) {
        return getComputedStyle(node.parentElement).color;
      }
    }
    return undefined;
  }, word);
}

export default async function grammarScreenshot({ page, out, log }) {
  await openFile(page, SAMPLE);
  await waitForCounts(page);
  await runCommand(page, 'News Lens: Toggle Highlights');
  await page.waitForFunction(() => document.querySelectorAll('.editor-instance .view-overlays div[class*="ced-"]').length === 0, undefined, { timeout: 15000 });
  await clearNotifications(page);
  const problems = [];
  const quoted = await colourOf(page, 'BIG PROGRESS ON RUSSIA');
  const plain = await colourOf(page, 'promised');
  log(`sample: quote ${quoted}, plain ${plain}`);
  if (!quoted || quoted === plain) {
    problems.push('the sample\'s quotation is not coloured without highlights');
  }
  await page.screenshot({ path: path.join(out, 'grammar-sample.png') });

  await runCommand(page, 'File: New Untitled Text File');
  await page.locator('.editor-instance .view-lines').first().waitFor();
  await page.locator('.editor-instance .view-lines').first().click();
  await page.keyboard.insertText(LINES.map(([line]) => line).join('\n\n'));
  await page.keyboard.press('Control+Home');
  await clearNotifications(page);
  for (const [line, marked, unmarked] of LINES) {
    const a = await colourOf(page, marked);
    const b = await colourOf(page, unmarked);
    log(`${a !== b && a ? 'ok  ' : 'FAIL'} ${line}  (${a} vs ${b})`);
    if (!a || a === b) {
      problems.push(`not coloured: ${line}`);
    }
  }
  const shot = path.join(out, 'grammar.png');
  await page.screenshot({ path: shot });
  log(`screenshot: ${shot}`);
  await runCommand(page, 'News Lens: Toggle Highlights');
  for (const p of problems) {
    log(`FAIL: ${p}`);
  }
  log(problems.length ? 'grammar screenshot: FAILED' : 'grammar screenshot: ok');
  return problems.length ? 1 : 0;
}
