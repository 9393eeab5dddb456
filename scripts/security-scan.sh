#!/usr/bin/env bash
# Security scan of the Electron app with @doyensec/electronegativity. It reads the sources of
# the main process, the preload and the renderer's HTML (for the CSP). A finding we accept is
# explained at the finding itself with `// eng-disable CHECK_ID: why` in code or
# `<!-- eng-disable CHECK_ID because why -->` in HTML (electronegativity's own
# annotation); this script also refuses an eng-disable without a reason. Exits 1 on findings.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .ci-out
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

# The scanner takes one input folder: stage our parts under their repository paths, so every
# finding names the real file. electron/core and electron/headless never import electron.
mkdir -p "$stage/electron" "$stage/renderer"
cp -R electron/main electron/preload "$stage/electron/"
cp renderer/index.html "$stage/renderer/"
cp package.json "$stage/"

unexplained=$(grep -rnE 'eng-disable' electron/main electron/preload renderer/index.html |
  grep -vE 'eng-disable( +[A-Z_]+)+(:| +because) +[A-Za-z].{20,}' || true)
if [ -n "$unexplained" ]; then
  echo "security scan: eng-disable without a reason (write 'eng-disable CHECK_ID: why'):" >&2
  echo "$unexplained" >&2
  exit 1
fi

electron_version=$(node -p 'require("./node_modules/electron/package.json").version')
report=.ci-out/electronegativity.csv
rm -f "$report"
# The scanner also tries to fetch Electron's release list and its translations; offline it
# says so and goes on with the version given here.
npx electronegativity -i "$stage" -r -e "$electron_version" -o "$report" -v false \
  > .ci-out/electronegativity.log 2>&1 || {
  cat .ci-out/electronegativity.log >&2
  echo "security scan: electronegativity did not run" >&2
  exit 1
}
[ -f "$report" ] || { cat .ci-out/electronegativity.log >&2; echo "security scan: no report" >&2; exit 1; }

findings=$(tail -n +2 "$report" | grep -c . || true)
if [ "$findings" -gt 0 ]; then
  echo "security scan: $findings finding(s) neither fixed nor explained at the finding:" >&2
  tail -n +2 "$report" | cut -d, -f1-5 >&2
  exit 1
fi
echo "security scan: electronegativity $(npx electronegativity -V 2>/dev/null | tail -n1), Electron $electron_version: no unexplained findings"
