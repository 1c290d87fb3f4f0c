#!/usr/bin/env bash
# `npm test`: the one command that checks everything, from a fresh clone on a machine with only Node 20,
# npm, the npm registry and Debian's packages. It installs what it needs (npm packages, the offline
# VS Code host with Chromium), then runs type-check, lint, build, unit tests and the tests in a real
# VS Code (integration, UI, browser, installed VSIX).
# The last line is always `N passed, N failed` over all tests; a failed type-check, lint or build
# counts as one failed test, so the line cannot read "0 failed" when something is broken.
set -uo pipefail
cd "$(dirname "$0")/.."
RESULTS=test-results
mkdir -p "$RESULTS"
rm -f "$RESULTS/unit-summary.json" "$RESULTS/integration-summary.json"
passed=0
failed=0
begin=$(date +%s)

step() { echo; echo "== $1 ($(( $(date +%s) - begin ))s)"; }
fail() { echo "FAILED: $1"; failed=$((failed + 1)); }
# Adds a {"passed":N,"failed":N} summary. A missing or unfinished one ("complete": false, left by a
# crashed run) or a failing exit status without failed tests counts as one failure more.
add_summary() {
  local counts
  counts=$(node -e '
    let s;
    try { s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); } catch { s = { passed: 0, failed: 0, complete: false }; }
    const broken = s.complete === false || (Number(process.argv[2]) !== 0 && s.failed === 0);
    console.log(s.passed, s.failed + (broken ? 1 : 0));' "$1" "$2")
  passed=$((passed + ${counts% *}))
  failed=$((failed + ${counts#* }))
}
finish() {
  echo
  echo "took $(( $(date +%s) - begin ))s"
  echo "$passed passed, $failed failed"
  [ "$failed" = 0 ]
  exit $?
}

step "install npm packages"
# npm ci only when node_modules is missing or older than the lockfile: it deletes node_modules first,
# which a developer's working tree (and anyone running tests in it at the same time) should not suffer.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ] || [ -n "${NEWS_LENS_NPM_CI:-}" ]; then
  npm ci --no-audit --no-fund || { fail "npm ci"; finish; }
fi

step "install the offline VS Code host"
bash tools/install-host.sh >/dev/null || { fail "install-host.sh"; finish; }

# One tsc run both type-checks and compiles the tests: tsconfig.test.json extends tsconfig.json (the
# check-types config) over the same files and only adds emitting to out/. Two runs would cost a minute.
# On type errors tsc still emits, so the tests run anyway and say more.
step "type-check and compile tests, type-check tools (tsc -p tsconfig.test.json, tsconfig.tools.json)"
npm run --silent compile-tests || fail "type-check"
step "lint";            npm run --silent lint || fail "lint"
step "build";           npm run --silent build || { fail "build"; finish; }

step "unit tests"
NEWS_LENS_TEST_SUMMARY="$RESULTS/unit-summary.json" npx mocha --config .mocharc.json
add_summary "$RESULTS/unit-summary.json" $?

step "integration, UI, browser and VSIX tests"
node tools/run-integration.mjs
add_summary "$RESULTS/integration-summary.json" $?

finish
