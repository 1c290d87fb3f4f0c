#!/usr/bin/env node
// npm run screenshots: copies the screenshots README.md shows (media/screenshots/NAME.png) from the last
// UI test run (test-results/ui/*/NAME.png) into media/screenshots/. Run by hand after `npm test` or
// `npm run test:integration` when the UI changed, then commit the images: CI never rewrites them, and
// only images the README links to are kept in the repository and the VSIX.
import fs from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const wanted = [...new Set([...readme.matchAll(/media\/screenshots\/([\w.-]+\.png)/g)].map(m => m[1]))];
const uiResults = path.join(root, 'test-results', 'ui');
const runs = fs.existsSync(uiResults) ? fs.readdirSync(uiResults).map(d => path.join(uiResults, d)) : [];
const target = path.join(root, 'media', 'screenshots');
fs.mkdirSync(target, { recursive: true });
let missing = 0;
for (const name of wanted) {
  const source = runs.map(d => path.join(d, name)).filter(f => fs.existsSync(f)).sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
  if (source) {
    fs.copyFileSync(source, path.join(target, name));
    console.log(`${path.relative(root, source)} → media/screenshots/${name}`);
  } else {
    console.error(`no test-results/ui/*/${name}: run the UI tests first (npm run test:integration)`);
    missing++;
  }
}
for (const stale of fs.readdirSync(target).filter(f => f.endsWith('.png') && !wanted.includes(f))) {
  fs.rmSync(path.join(target, stale));
  console.log(`removed media/screenshots/${stale} (not in README.md)`);
}
process.exit(missing ? 1 : 0);
