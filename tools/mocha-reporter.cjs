// Mocha's spec output plus a machine-readable summary: when NEWS_LENS_TEST_SUMMARY names a file, the
// totals are written there as JSON, so tools/test-all.sh can add unit, integration and UI tests up
// without parsing human-readable output. Used by .mocharc.json and by the integration run() entries.
const fs = require('fs');
const path = require('path');
const Mocha = require('mocha');

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const file = process.env.NEWS_LENS_TEST_SUMMARY;
      if (!file) {
        return;
      }
      const { passes, failures, pending } = this.stats;
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify({ passed: passes, failed: failures, pending }) + '\n');
    });
  }
}

module.exports = SummaryReporter;
