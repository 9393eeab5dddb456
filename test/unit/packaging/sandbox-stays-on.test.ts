import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/headless-process.js';

// What ships or builds the app: a sandbox opt-out in any of these reaches users. Test-only
// Chromium launches (playwright.config.ts, bench/, test/) run headless Chromium in containers
// and are deliberately not scanned.
const SHIPPED = [
  'package.json',
  'electron-builder.json',
  'build',
  'scripts',
  'electron',
  'renderer/index.html',
  '.github',
];
const OPT_OUTS = [
  /no-sandbox/i,
  /ELECTRON_DISABLE_SANDBOX/,
  /disable-setuid-sandbox/i,
  /sandbox:\s*false/,
];

function listFiles(entry: string): string[] {
  const full = path.join(repoRoot, entry);
  let stat;
  try {
    stat = statSync(full);
  } catch {
    return [];
  }
  if (!stat.isDirectory()) return [entry];
  return readdirSync(full).flatMap((name) => listFiles(path.join(entry, name)));
}

/** Every line in `files` that turns Chromium's sandbox off, as "file:line: text". */
function findSandboxOptOuts(files: Record<string, string>): string[] {
  return Object.entries(files).flatMap(([file, text]) =>
    text
      .split('\n')
      .flatMap((line, i) =>
        OPT_OUTS.some((re) => re.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
      ),
  );
}

describe('the sandbox is never switched off in what we ship', () => {
  it('finds each way of switching it off', () => {
    expect(
      findSandboxOptOuts({
        'a.desktop': 'Exec="/opt/DNS Tray/dnstray" --no-sandbox %U',
        'main.ts': "app.commandLine.appendSwitch('no-sandbox');",
        'ci.yml': 'env:\n  ELECTRON_DISABLE_SANDBOX: 1',
        'window.ts': 'webPreferences: { sandbox: false }',
        'ok.ts': 'webPreferences: { sandbox: true }',
      }),
    ).toEqual([
      'a.desktop:1: Exec="/opt/DNS Tray/dnstray" --no-sandbox %U',
      "main.ts:1: app.commandLine.appendSwitch('no-sandbox');",
      'ci.yml:2: ELECTRON_DISABLE_SANDBOX: 1',
      'window.ts:1: webPreferences: { sandbox: false }',
    ]);
  });

  it('build config, scripts, workflows, the shell and desktop entries have none', () => {
    const files = SHIPPED.flatMap(listFiles).filter((f) => !/\.(png|ico|icns)$/.test(f));
    // The scan must have read the shell and the workflow, or it proves nothing.
    expect(files).toEqual(expect.arrayContaining(['electron-builder.json', 'package.json']));
    expect(files.some((f) => f.startsWith(path.join('electron', 'main')))).toBe(true);
    expect(files.some((f) => f.startsWith(path.join('.github', 'workflows')))).toBe(true);
    const texts = Object.fromEntries(
      files.map((f) => [f, readFileSync(path.join(repoRoot, f), 'utf8')]),
    );
    expect(findSandboxOptOuts(texts)).toEqual([]);
  });
});
