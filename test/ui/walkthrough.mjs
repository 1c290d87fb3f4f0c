/* global document -- functions passed to page.evaluate run in the workbench page */
// UI test: a person opens the News Lens walkthrough from the Command Palette and sees its four steps.
// (From the extension host a wrong walkthrough id still opens the generic Welcome page, so only the
// rendered page proves the contribution is right.) Screenshot: walkthrough.png.
import path from 'path';

const TITLE = 'Get Started with News Lens';
const STEPS = ['Open a news article', 'Hover a name', 'Compare two reports', 'Export the comparison'];

export default async function walkthrough({ page, out, log }) {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').fill('>Welcome: Open Walkthrough');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Welcome: Open Walkthrough' }).first().click();
  // The same picker then lists the walkthroughs of every installed extension.
  await page.locator('.quick-input-list .monaco-list-row', { hasText: TITLE }).first().click({ timeout: 60000 });
  await page.locator('.gettingStartedContainer', { hasText: TITLE }).first().waitFor({ timeout: 30000 });
  // The first step's Markdown (media/walkthrough/open.md) renders in a webview beside the steps.
  const deadline = Date.now() + 60000;
  while (!(await Promise.all(page.frames().map(f => f.evaluate(() => document.body?.innerText ?? '').catch(() => ''))))
    .some(t => t.includes('News Lens works on articles'))) {
    if (Date.now() > deadline) {
      log('walkthrough: the step\'s Markdown did not render');
      return 1;
    }
    await page.waitForTimeout(250);
  }
  const text = await page.evaluate(() => document.querySelector('.gettingStartedContainer')?.innerText ?? '');
  await page.screenshot({ path: path.join(out, 'walkthrough.png') });
  const missing = STEPS.filter(step => !text.includes(step));
  if (missing.length) {
    log(`walkthrough: steps not shown: ${missing.join(', ')}\n${text}`);
    return 1;
  }
  log(`walkthrough: "${TITLE}" with ${STEPS.length} steps`);
  return 0;
}
