import { describe, expect, it } from 'vitest';
import { findChromium, type ChromiumLookup } from '../../support/find-chromium.js';

const PLAYWRIGHT = '/home/dev/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

/** A machine where exactly `present` exist; `installs` says whether a download would work. */
function machine(present: string[], options: { env?: NodeJS.ProcessEnv; installs?: boolean } = {}) {
  const files = new Set(present);
  const installs: string[] = [];
  const lookup: ChromiumLookup = {
    env: { ...options.env },
    exists: (file) => files.has(file),
    playwrightChromium: () => PLAYWRIGHT,
    install() {
      installs.push('npx playwright install chromium');
      if (options.installs) files.add(PLAYWRIGHT);
      return options.installs ?? false;
    },
  };
  return { lookup, installs };
}

describe('finding the Chromium the end-to-end tests drive', () => {
  it('takes CHROMIUM_PATH first, over every other browser on the machine', () => {
    const { lookup, installs } = machine(['/opt/my/chrome', PLAYWRIGHT, '/usr/bin/chromium'], {
      env: { CHROMIUM_PATH: '/opt/my/chrome' },
    });
    expect(findChromium(lookup)).toBe('/opt/my/chrome');
    expect(installs).toEqual([]);
  });

  it('says so when CHROMIUM_PATH names a file that is not there', () => {
    const { lookup } = machine(['/usr/bin/chromium'], { env: { CHROMIUM_PATH: '/opt/gone' } });
    expect(() => findChromium(lookup)).toThrow(
      'CHROMIUM_PATH is set to /opt/gone, which does not exist.',
    );
  });

  it("prefers Playwright's own download over the system's Chromium", () => {
    const { lookup } = machine([PLAYWRIGHT, '/usr/bin/chromium']);
    expect(findChromium(lookup)).toBe(PLAYWRIGHT);
  });

  it.each([
    [
      ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
      '/usr/bin/chromium',
    ],
    [['/usr/bin/chromium-browser', '/usr/bin/google-chrome'], '/usr/bin/chromium-browser'],
    [['/usr/bin/google-chrome'], '/usr/bin/google-chrome'],
  ])('falls back to the system browsers in order (%j → %s)', (present, expected) => {
    const { lookup, installs } = machine(present);
    expect(findChromium(lookup)).toBe(expected);
    expect(installs).toEqual([]);
  });

  it('downloads Playwright’s Chromium once when the machine has none', () => {
    const { lookup, installs } = machine([], { installs: true });
    expect(findChromium(lookup)).toBe(PLAYWRIGHT);
    expect(installs).toHaveLength(1);
  });

  it('stops with one message naming both ways when the download fails too, and tries it only once', () => {
    const { lookup, installs } = machine([], { installs: false });
    let message = '';
    try {
      findChromium(lookup);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/npx playwright install chromium/);
    expect(message).toMatch(/apt-get install chromium/);
    expect(message).toMatch(/CHROMIUM_PATH/);
    // A second lookup in the same run (Playwright's workers load the config again) does not retry.
    expect(() => findChromium(lookup)).toThrow(message);
    expect(installs).toHaveLength(1);
  });
});
