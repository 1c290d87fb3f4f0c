// Runs every *.test.js below a folder with mocha, inside the VS Code extension host. Shared by the
// run() entries (test/integration/index.ts, test/vsix/index.ts).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

function findTests(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return findTests(full);
    }
    return entry.name.endsWith('.test.js') ? [full] : [];
  }).sort();
}

export function runTestsIn(dir: string): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false, // output travels through the workbench's log channel, which shows escape codes raw
    timeout: 60000, // a cold extension host and first analysis are slow on 2 shared cores
    // Spec output plus a JSON summary (NEWS_LENS_TEST_SUMMARY) that tools/test-all.sh totals.
    reporter: path.resolve(__dirname, '../../../tools/mocha-reporter.cjs'),
    grep: process.env.NEWS_LENS_TEST_GREP || undefined,
  });
  for (const file of findTests(dir)) {
    mocha.addFile(file);
  }
  return new Promise((resolve, reject) => {
    mocha.run(failures => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
