// Runs every *.test.js below a folder with mocha, inside the VS Code extension host. Shared by the
// run() entries (test/integration/index.ts, test/vsix/index.ts).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

function findTests(dir: string, suffix: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return findTests(full, suffix);
    }
    return entry.name.endsWith(suffix) ? [full] : [];
  }).sort();
}

/**
 * Runs the files ending in `suffix` below `dir`. Tests that need a VS Code launched differently (an
 * untrusted workspace) use another suffix, so the main run does not pick them up.
 */
export function runTestsIn(dir: string, suffix = '.test.js'): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false, // output travels through the workbench's log channel, which shows escape codes raw
    timeout: 60000, // a cold extension host and first analysis are slow on 2 shared cores
    // Spec output plus a JSON summary (NEWS_LENS_TEST_SUMMARY) that tools/test-all.sh totals.
    reporter: path.resolve(__dirname, '../../../tools/mocha-reporter.cjs'),
    grep: process.env.NEWS_LENS_TEST_GREP || undefined,
  });
  for (const file of findTests(dir, suffix)) {
    mocha.addFile(file);
  }
  return new Promise((resolve, reject) => {
    mocha.run(failures => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
