/* global document, NodeFilter, getComputedStyle -- functions passed to page.evaluate run in the workbench page */
// Small helpers for UI scripts that drive the VS Code workbench through Playwright, as a person would.
// Lives in support/ because tools/run-integration.mjs runs every test/ui/*.mjs as a UI test.

/** Opens a file of the workspace root from the Explorer (double-click: a kept, not a preview, editor). */
export async function openFile(page, name) {
  const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label*="${name}"]`).first();
  await row.waitFor({ state: 'visible', timeout: 30000 });
  await row.dblclick();
  await page.locator(`.tab.active[aria-label*="${name}"]`).waitFor({ timeout: 15000 });
}

/** Runs a command through the Command Palette by its title. */
export async function runCommand(page, title) {
  const input = page.locator('.quick-input-widget input');
  // A palette left open by an earlier command that failed would be closed, not opened, by F1: close it first.
  if (await input.isVisible().catch(() => false)) {
    await page.keyboard.press('Escape');
    await input.waitFor({ state: 'hidden', timeout: 15000 });
  }
  await page.keyboard.press('F1');
  await input.waitFor({ state: 'visible', timeout: 15000 });
  await input.fill(`>${title}`);
  // Click the row with exactly this title: Enter would run whichever row is first (recently used ones are).
  const row = page.locator('.quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) }).first();
  await row.waitFor({ timeout: 15000 });
  await row.click();
  await input.waitFor({ state: 'hidden', timeout: 15000 });
}

/** Waits for News Lens's counts in the status bar (the article is analysed) and returns their label. */
export async function waitForCounts(page, timeout = 60000) {
  const counts = '[aria-label^="News Lens:"][aria-label*=" quote"]';
  const item = page.locator(`.statusbar-item ${counts}, .statusbar-item${counts}`).first();
  await item.waitFor({ state: 'attached', timeout });
  return item.getAttribute('aria-label');
}

/** The on-screen box of the first occurrence of `word` in the visible editor text. */
export async function wordBox(page, word) {
  return page.evaluate(w => {
    const root = document.querySelector('.editor-instance .view-lines');
    if (!root) {
      return undefined;
    }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Monaco renders spaces as non-breaking spaces.
      const i = node.textContent.replace(/\u00a0/g, ' ').indexOf(w);
      if (i >= 0) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + w.length);
        const r = range.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }
    }
    return undefined;
  }, word);
}

/** Hovers `word` in the editor and returns the visible card's text and link targets, or undefined. */
export async function hoverText(page, word, timeout = 20000) {
  const box = await wordBox(page, word);
  if (!box) {
    return undefined;
  }
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    await page.mouse.move(x - 2, y);
    await page.mouse.move(x, y, { steps: 3 });
    const card = await page.waitForFunction(() => {
      const hover = [...document.querySelectorAll('.monaco-hover')].find(h => !h.classList.contains('hidden') && h.offsetParent !== null && h.innerText.trim());
      if (!hover) {
        return undefined;
      }
      const links = [...hover.querySelectorAll('a')].map(a => a.getAttribute('data-href') || a.getAttribute('href') || '');
      return { text: hover.innerText, links };
    }, undefined, { timeout: 4000 }).then(h => h.jsonValue()).catch(() => undefined);
    if (card) {
      await whenHoverOpaque(page);
      return card;
    }
  }
  return undefined;
}

/**
 * Waits until the shown hover and every element around it are fully opaque: the workbench fades a hover in, and a
 * screenshot taken during the fade shows the card over the text behind it.
 */
async function whenHoverOpaque(page, timeout = 5000) {
  await page.waitForFunction(() => {
    const hover = [...document.querySelectorAll('.monaco-hover')].find(h => !h.classList.contains('hidden') && h.offsetParent !== null);
    for (let element = hover; element; element = element.parentElement) {
      if (parseFloat(getComputedStyle(element).opacity) < 1) {
        return false;
      }
    }
    return hover !== undefined && document.getAnimations().every(animation => animation.playState !== 'running');
  }, undefined, { timeout }).catch(() => undefined);
}

/** Dismisses notification toasts (e.g. the git prompt) so they do not cover a screenshot. */
export async function clearNotifications(page) {
  await runCommand(page, 'Notifications: Clear All Notifications').catch(() => {});
}
