import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserType } from '@playwright/test';

/** Debian's package, then other distributions' names for the same browser, then Chrome. */
export const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
] as const;

export interface ChromiumLookup {
  env: NodeJS.ProcessEnv;
  exists(file: string): boolean;
  /** Where Playwright's own download lives (whether or not it is there). */
  playwrightChromium(): string;
  /** Runs `npx playwright install chromium`; true when it succeeded. */
  install(): boolean;
}

/**
 * The Chromium the end-to-end tests and the bench drive: `CHROMIUM_PATH`, else Playwright's
 * own download, else the system's. When there is none, it tries `npx playwright install
 * chromium` once (per test run: the attempt is remembered in the environment, which Playwright's
 * workers inherit) and only then stops with one message naming both ways to get one.
 */
export function findChromium(lookup: ChromiumLookup = systemLookup()): string {
  const { env } = lookup;
  if (env.CHROMIUM_PATH) {
    if (lookup.exists(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
    throw new Error(`CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, which does not exist.`);
  }
  const found = [lookup.playwrightChromium(), ...SYSTEM_CHROMIUMS].find((file) =>
    lookup.exists(file),
  );
  if (found) return found;
  if (env.DNSTRAY_CHROMIUM_INSTALL_TRIED !== '1') {
    env.DNSTRAY_CHROMIUM_INSTALL_TRIED = '1';
    if (lookup.install() && lookup.exists(lookup.playwrightChromium()))
      return lookup.playwrightChromium();
  }
  throw new Error(
    "No Chromium for the end-to-end tests: none at CHROMIUM_PATH, in Playwright's download or at " +
      `${SYSTEM_CHROMIUMS.join(', ')}, and "npx playwright install chromium" failed. ` +
      'Get one either way: run "npx playwright install chromium" where the download is reachable, ' +
      'or install the system package ("apt-get install chromium") and, if it is elsewhere, set ' +
      'CHROMIUM_PATH to it.',
  );
}

function systemLookup(): ChromiumLookup {
  return {
    env: process.env,
    exists: existsSync,
    playwrightChromium: () => playwrightExecutable(),
    install() {
      process.stderr.write('No Chromium found; trying "npx playwright install chromium"...\n');
      const result = spawnSync('npx', ['playwright', 'install', 'chromium'], {
        stdio: ['ignore', 2, 2],
      });
      return result.status === 0;
    },
  };
}

/** Playwright's expected download path; "" when this Playwright cannot say. */
function playwrightExecutable(): string {
  try {
    // Loaded lazily so that a unit test of the order never needs Playwright's browser registry.
    const load = createRequire(import.meta.url);
    const { chromium } = load('@playwright/test') as { chromium: BrowserType };
    return chromium.executablePath();
  } catch {
    return '';
  }
}
