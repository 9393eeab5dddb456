import { defineConfig } from '@playwright/test';
import { findChromium } from './test/support/find-chromium.js';

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: 'list',
  use: {
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    video: 'off',
  },
  projects: [
    {
      name: 'web',
      testDir: 'test/e2e/web',
      use: {
        browserName: 'chromium',
        viewport: { width: 1024, height: 720 },
        launchOptions: {
          executablePath: findChromium(),
          args: chromiumArgs,
        },
      },
    },
    { name: 'electron', testDir: 'test/e2e/electron' },
  ],
});
