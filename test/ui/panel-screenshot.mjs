// UI test: pairs the two samples as a person would (open A, open B, "Open Comparison"), expands a shared
// person in the Cross-Reference panel and saves a screenshot of the panel next to the two articles.
// Exit code 0 only when the tree shows its three groups with entities in them and the quotes view draws
// aligned quotes.
//   node tools/run-vscode.mjs --ext . --folder samples --ui test/ui/panel-screenshot.mjs --out test-results/ui
import path from 'path';
import { openFile, runCommand, waitForCounts } from './support/workbench.mjs';

const SAMPLE_A = '000_e9c3a88e7f0cde5b.txt';
const SAMPLE_B = '004_4d10fd835b947f25.txt';
const GROUPS = ['In both articles', `Only in ${SAMPLE_A}`, `Only in ${SAMPLE_B}`];

/** The tree's rows as the workbench renders them. */
function treeRows(page) {
  return page.locator('.pane:has(.pane-header[aria-label*="Cross-Reference"]) .monaco-list-row');
}

/** Quote rows drawn in the quotes webview (a nested iframe), or 0. */
async function webviewQuoteRows(page) {
  for (const frame of page.frames()) {
    const n = await frame.locator('#root section.row').count().catch(() => 0);
    if (n) {
      return n;
    }
  }
  return 0;
}

export default async function panelScreenshot({ page, out, log }) {
  // Opening A then B makes them the pair (the two most recently active articles).
  await openFile(page, SAMPLE_A);
  await waitForCounts(page);
  await openFile(page, SAMPLE_B);
  await waitForCounts(page);
  await runCommand(page, 'News Lens: Open Comparison');
  log('comparison opened');

  const problems = [];
  const pane = '.pane:has(.pane-header[aria-label*="Cross-Reference"])';
  const rows = treeRows(page);
  await rows.filter({ hasText: GROUPS[0] }).first().waitFor({ timeout: 60000 }).catch(() => problems.push('the tree shows no groups'));
  // The list renders only rows in view: collapse everything so the three groups are all on screen. A view's
  // title actions show only while the pointer is over it or it has focus: point at its header first.
  await page.locator(`${pane} .pane-header`).first().hover().catch(() => {});
  await page.locator(`${pane} .action-label[aria-label="Collapse All"]`).first().click().catch(() => problems.push('no Collapse All button'));
  for (const label of GROUPS) {
    await rows.filter({ hasText: label }).first().waitFor({ timeout: 15000 }).catch(() => problems.push(`no "${label}" group`));
  }
  for (const label of GROUPS.slice(1)) {
    const text = (await rows.filter({ hasText: label }).first().innerText().catch(() => '')).replace(/\s+/g, ' ');
    if (!/\d+$/.test(text.trim()) || /\b0$/.test(text.trim())) {
      problems.push(`group "${label}" shows no entities (${text})`);
    }
  }
  // Expand "In both articles", then its first entity, to show what each article calls that person.
  await rows.filter({ hasText: GROUPS[0] }).first().click().catch(() => {});
  const firstEntity = page.locator(`${pane} .monaco-list-row[aria-level="2"]`).first();
  await firstEntity.waitFor({ timeout: 15000 }).catch(() => problems.push(`no entity under "${GROUPS[0]}"`));
  await firstEntity.click().catch(() => {});
  await page.locator(`${pane} .monaco-list-row[aria-level="4"]`).first().waitFor({ timeout: 15000 })
    .catch(() => problems.push('expanding an entity shows no names per article'));
  const count = await rows.count();
  log(`tree rows: ${count}; first: ${(await rows.allInnerTexts()).slice(0, 8).join(' | ').replace(/\s+/g, ' ')}`);

  await runCommand(page, 'News Lens: Compare Quotes');
  log('quotes view focused');
  const deadline = Date.now() + 30000;
  let quoteRows = 0;
  while (Date.now() < deadline && !(quoteRows = await webviewQuoteRows(page))) {
    await page.waitForTimeout(250);
  }
  log(`quote rows in the webview: ${quoteRows}`);
  if (!quoteRows) {
    problems.push('the quotes view shows no rows');
  }

  // A wider side bar for the picture: drag its edge as a person would.
  const bar = await page.locator('.part.sidebar').boundingBox().catch(() => null);
  if (bar) {
    const x = bar.x + bar.width;
    const y = bar.y + bar.height / 2;
    await page.mouse.move(x - 1, y);
    await page.mouse.down();
    await page.mouse.move(x + 200, y, { steps: 10 });
    await page.mouse.up();
  }
  await page.mouse.move(700, 880); // no tooltip over the picture
  const shot = path.join(out, 'panel.png');
  await page.screenshot({ path: shot });
  log(`screenshot: ${shot}`);
  for (const p of problems) {
    log(`FAIL: ${p}`);
  }
  log(problems.length ? 'panel screenshot: FAILED' : 'panel screenshot: ok');
  return problems.length ? 1 : 0;
}
