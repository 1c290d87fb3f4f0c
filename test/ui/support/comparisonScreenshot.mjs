/* global document -- functions passed to page.evaluate run in the workbench page */
// The comparison side by side as a first-time user gets it, in one colour theme: the walkthrough's
// Open Two Sample Articles, then Open Comparison. Checks what the README's pictures promise: both
// articles wrap (no text past an editor's right edge), highlights are drawn, the Cross-Reference panel
// shows "In both articles" expanded with entities, and a quotation's card shows the words that credit
// it and a credit to the same source. Saves comparison-<theme>.png (README) and comparison-hover-<theme>.png.
import path from 'path';
import { clearNotifications, runCommand, waitForCounts, wordBox } from './workbench.mjs';

/** A word of the quotation both invented samples (media/samples/) carry, credited to an analyst and to her firm. */
const SHARED_QUOTE_WORD = 'queue';

/** Editors whose text runs past their right edge (a wrapped editor has none). */
function unwrappedEditors(page) {
  return page.evaluate(() => [...document.querySelectorAll('.editor-instance .monaco-editor')].filter(editor => {
    const right = editor.querySelector('.overflow-guard')?.getBoundingClientRect().right ?? Infinity;
    return [...editor.querySelectorAll('.view-lines .view-line span span')].some(span => span.getBoundingClientRect().right > right + 1);
  }).length);
}

/**
 * Hovers `word` and returns the text of News Lens's quotation card (other hovers, such as the window
 * title's tooltip, are not it), or undefined.
 */
async function quoteCardText(page, word, timeout = 30000) {
  const box = await wordBox(page, word);
  if (!box) {
    return undefined;
  }
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    await page.mouse.move(box.x + box.width / 2 - 3, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
    const text = await page.waitForFunction(() => [...document.querySelectorAll('.monaco-hover')]
      .map(h => (h.offsetParent !== null ? h.innerText : '')).find(t => t.includes('Quote ·')), undefined, { timeout: 4000 })
      .then(h => h.jsonValue()).catch(() => undefined);
    if (text) {
      return text;
    }
  }
  return undefined;
}

export async function comparisonScreenshot({ page, out, log }, theme) {
  const problems = [];
  // The command is in the palette once the workbench has registered the extension (its activity-bar icon shows).
  await page.locator('.activitybar .action-item [aria-label*="News Lens"], .activitybar .action-label[aria-label*="News Lens"]').first().waitFor({ timeout: 120000 });
  await runCommand(page, 'News Lens: Open Two Sample Articles');
  await waitForCounts(page);
  log('samples opened and compared');
  await page.waitForFunction(() => document.querySelectorAll('.editor-instance .view-overlays div[class*="ced-"]').length > 5, undefined, { timeout: 30000 })
    .catch(() => problems.push('no highlights drawn'));
  const pane = '.pane:has(.pane-header[aria-label*="Cross-Reference"])';
  const both = page.locator(`${pane} .monaco-list-row[aria-level="1"]`, { hasText: 'In both articles' }).first();
  await both.waitFor({ timeout: 60000 }).catch(() => problems.push('no "In both articles" group'));
  if ((await both.getAttribute('aria-expanded').catch(() => null)) !== 'true') {
    problems.push('"In both articles" is not expanded');
  }
  await page.locator(`${pane} .monaco-list-row[aria-level="2"]`).first().waitFor({ timeout: 15000 }).catch(() => problems.push('no entity rows'));
  const unwrapped = await unwrappedEditors(page);
  if (unwrapped) {
    problems.push(`${unwrapped} editor(s) with text past the right edge (not wrapped)`);
  }
  await clearNotifications(page);
  await page.mouse.move(5, 880); // no tooltip over the picture
  const shot = path.join(out, `comparison-${theme}.png`);
  await page.screenshot({ path: shot });
  log(`screenshot: ${shot}`);

  const card = await quoteCardText(page, SHARED_QUOTE_WORD);
  if (!card) {
    problems.push('no card on the shared quotation');
  } else {
    for (const want of ['Credited by:', 'same source']) {
      if (!card.includes(want)) {
        problems.push(`the quotation's card lacks "${want}": ${card.replace(/\s+/g, ' ')}`);
      }
    }
    await page.screenshot({ path: path.join(out, `comparison-hover-${theme}.png`) });
  }
  for (const p of problems) {
    log(`FAIL: ${p}`);
  }
  log(problems.length ? `comparison (${theme}): FAILED` : `comparison (${theme}): ok`);
  return problems.length ? 1 : 0;
}
