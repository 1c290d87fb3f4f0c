// Mocha's spec output plus a machine-readable summary: when NEWS_LENS_TEST_SUMMARY names a file, the
// totals are written there as JSON, so tools/test-all.sh can add unit, integration and UI tests up
// without parsing human-readable output. Used by .mocharc.json and by the integration run() entries.
// The file is rewritten after every test ("complete": false until the run ends), so a run killed by
// its overall timeout still reports what passed and failed before it.
const fs = require('fs');
const path = require('path');
const Mocha = require('mocha');

const { EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_RUN_END } = Mocha.Runner.constants;

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const file = process.env.NEWS_LENS_TEST_SUMMARY;
    if (!file) {
      return;
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const write = complete => {
      const { passes, failures, pending } = this.stats;
      fs.writeFileSync(file, JSON.stringify({ passed: passes, failed: failures, pending, complete }) + '\n');
    };
    runner.on(EVENT_TEST_PASS, () => write(false));
    runner.on(EVENT_TEST_FAIL, () => write(false));
    runner.once(EVENT_RUN_END, () => write(true));
  }
}

module.exports = SummaryReporter;
