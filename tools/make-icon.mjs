#!/usr/bin/env node
// Renders tools/icon/icon.svg to media/icon.png (128×128, the size the Marketplace shows) with the
// test host's headless Chromium. Run by hand after editing the SVG; the PNG is committed because
// vsce accepts only PNG icons and packaging must not need a browser.
import path from 'path';
import { fileURLToPath } from 'url';
import { ensureHost, launchBrowser } from './vscodeHost.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const browser = await launchBrowser(ensureHost());
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await page.goto('file://' + path.join(root, 'tools/icon/icon.svg'));
  await page.screenshot({ path: path.join(root, 'media/icon.png'), omitBackground: true });
} finally {
  await browser.close();
}
