#!/usr/bin/env bash
# Packaging smoke test: electron-builder --dir with a stub Electron dist (no Electron binary can
# be downloaded on machines without GitHub access), then checks app.asar holds what the app needs,
# then plans the .deb with fpm recorded (scripts/fpm-recorder.mjs) and checks that plan.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .ci-out
stub=node_modules/.cache/electron-stub
mkdir -p "$stub" && printf '#!/bin/sh\nexit 1\n' > "$stub/electron" && chmod +x "$stub/electron"
if ! npx electron-builder --linux --dir -c.electronDist="$stub" > .ci-out/builder.log 2>&1; then
  cat .ci-out/builder.log >&2; echo "electron-builder --dir failed" >&2; exit 1
fi
node -e '
const l = require("@electron/asar").listPackage("release/linux-unpacked/resources/app.asar");
const states = ["ok", "working", "attention", "error", "paused"];
const trayIcons = states.flatMap((s) => [`/build/icons/tray-${s}.png`, `/build/icons/tray-${s}Template.png`]);
const need = ["/package.json", "/dist/index.html", "/dist-electron/main.js", "/dist-electron/preload.cjs", "/dist-electron/headless.js", "/build/icons/128x128.png", ...trayIcons];
const missing = need.filter((f) => !l.includes(f));
if (missing.length) { console.error("app.asar lacks " + missing.join(", ")); process.exit(1); }
const stray = l.filter((f) => /\/node_modules\/(react|vite|electron)\//.test(f));
if (stray.length) { console.error("app.asar carries dev packages: " + stray.slice(0, 3).join(", ")); process.exit(1); }
console.log("packaging smoke: app.asar ok, " + l.length + " entries");'

# The .deb as electron-builder plans it, with fpm replaced by a recorder (fpm is a GitHub
# download): Depends/Recommends, the AppArmor after-install and the desktop entry.
if [[ "$(uname -s)" == MINGW* || "$(uname -s)" == MSYS* ]]; then
  # electron-builder runs CUSTOM_FPM_PATH directly, and Windows cannot run a #! script.
  echo "packaging smoke: .deb plan is checked on Linux and macOS, not on Windows"
  exit 0
fi
record=node_modules/.cache/fpm-record
rm -rf "$record"
if ! FPM_RECORD_DIR="$record" CUSTOM_FPM_PATH="$PWD/scripts/fpm-recorder.mjs" npx electron-builder \
  --linux deb --prepackaged release/linux-unpacked -c.electronDist="$stub" >> .ci-out/builder.log 2>&1; then
  cat .ci-out/builder.log >&2; echo "electron-builder deb (recorded) failed" >&2; exit 1
fi
node scripts/check-deb-plan.mjs "$record" release/linux-unpacked
