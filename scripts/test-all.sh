#!/usr/bin/env bash
# Every test, in the order a failure is cheapest to read: types, layers, unit + sql, build, browser.
# `npm test` and CI (.ci/run) both call this script, so a green run here is a green CI.
#
# A failed test stage does not stop the run, so one run shows every failure; the
# browser stage is skipped when the build fails because it tests the built app.
# The last line is always `N passed, N failed`, summed from vitest's JSON reports.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

results_dir=test-results/vitest
rm -rf "$results_dir"
mkdir -p "$results_dir"

# Exit code per vitest stage; "not-run" until the stage runs. Its report is
# $results_dir/<stage>.json.
declare -A stage_rc=([unit-sql]=not-run [e2e]=not-run)
failed_stages=()

summary() {
  local rc=$?
  local args=()
  local stage
  for stage in unit-sql e2e; do
    args+=("$results_dir/$stage.json:${stage_rc[$stage]}")
  done
  # A red run must never read "0 failed", so beyond failed tests this counts one
  # failure per missing report (stage skipped or crashed), per test file that failed
  # without a failed test (it did not import, or a hook threw), and per stage that
  # exited non-zero with nothing else to show for it (no test files, unhandled error).
  local other_failures=0
  for stage in "${failed_stages[@]}"; do
    [[ "$stage" == types || "$stage" == layers || "$stage" == build ]] && other_failures=$((other_failures + 1))
  done
  OTHER_FAILURES=$other_failures node -e '
    const fs = require("node:fs");
    let passed = 0, failed = Number(process.env.OTHER_FAILURES || 0);
    if (failed) console.log(`${failed} non-test stage(s) failed (types, layers or build), counted as failures`);
    for (const arg of process.argv.slice(1)) {
      const i = arg.lastIndexOf(":");
      const file = arg.slice(0, i), code = arg.slice(i + 1);
      if (!fs.existsSync(file)) {
        console.log(`${file}: no report (${code === "not-run" ? "stage not run" : "vitest exited " + code}), counted as 1 failure`);
        failed += 1;
        continue;
      }
      const r = JSON.parse(fs.readFileSync(file, "utf8"));
      const brokenFiles = r.testResults.filter(
        (t) => t.status === "failed" && !t.assertionResults.some((a) => a.status === "failed"),
      );
      for (const t of brokenFiles) console.log(`${t.name}: failed outside any test, counted as 1 failure`);
      passed += r.numPassedTests;
      failed += r.numFailedTests + brokenFiles.length;
      if (code !== "0" && r.numFailedTests + brokenFiles.length === 0) {
        console.log(`${file}: vitest exited ${code} without a failed test, counted as 1 failure`);
        failed += 1;
      }
    }
    console.log(`${passed} passed, ${failed} failed`);
  ' -- "${args[@]}"
  exit "$rc"
}
trap summary EXIT

heading() {
  printf '\n==== %s ====\n' "$1"
}

# Runs one vitest stage with a JSON report next to the usual console output.
vitest_stage() {
  local stage="$1"
  shift
  local rc=0
  heading "vitest: $stage"
  npx vitest run "$@" --reporter=default --reporter=json --outputFile.json="$results_dir/$stage.json" || rc=$?
  stage_rc[$stage]=$rc
  if [[ $rc -ne 0 ]]; then
    failed_stages+=("$stage")
  fi
}

heading "Chromium"
bash scripts/ensure-chromium.sh

heading "types"
if ! npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings; then
  failed_stages+=(types)
fi

heading "layers"
if ! npx tsx scripts/check-layers.ts; then
  failed_stages+=(layers)
fi

vitest_stage unit-sql --project unit --project state --project sql

heading "build"
if npm run build; then
  vitest_stage e2e --project e2e
else
  failed_stages+=(build)
  echo "Build failed: skipping the browser tests."
fi

heading "result"
if [[ ${#failed_stages[@]} -gt 0 ]]; then
  echo "Failed: ${failed_stages[*]}"
  exit 1
fi
echo "All stages passed."
