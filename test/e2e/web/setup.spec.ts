import { expect, test } from '@playwright/test';
import { startWorld, type E2eWorld } from '../../support/e2e-world.js';
import {
  expectAccessible,
  fieldError,
  readConfig,
  saveScreenshot,
} from '../../support/web-checks.js';

let world: E2eWorld;

test.beforeEach(async () => {
  world = await startWorld({ profile: 'empty' });
});

test.afterEach(async () => {
  await world?.stop();
});

test('first run: setup through to the first update, then the host follows a new address', async ({
  page,
}) => {
  await page.goto(world.app.url);
  await expect(page.getByRole('heading', { name: 'Set up DNS Tray' })).toBeVisible();
  await expect(page).toHaveTitle('Setup – DNS Tray');
  await expectAccessible(page, 'the first-run setup');
  await saveScreenshot(page, 'setup');
  const before = readConfig(world.configFile);

  // Skipping leads to Settings and writes nothing; the next start offers the setup again.
  await page.getByRole('button', { name: 'Skip setup' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page).toHaveTitle('Settings – DNS Tray');
  expect(readConfig(world.configFile)).toBe(before);
  await page.goto(world.app.url);
  await expect(page.getByRole('heading', { name: 'Set up DNS Tray' })).toBeVisible();

  // Bad input stays on its field and nothing is written.
  await page.getByLabel('Update endpoint').fill('ftp://nowhere');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(fieldError(page, 'User name')).not.toBeEmpty();
  await expect(fieldError(page, 'Password')).toHaveText('Enter the freedns.io password.');
  await expect(fieldError(page, 'Update endpoint')).toHaveText(/http/);
  expect(readConfig(world.configFile)).toBe(before);

  await page.getByLabel('User name').fill('demo');
  await page.getByLabel('Password').fill('demo');
  await page.getByLabel('Account type').selectOption('free');
  await page.getByLabel('Update endpoint').fill(`${world.freedns.url}/request`);
  await page.getByRole('button', { name: 'Next' }).click();

  await page.getByLabel('Host name').fill('my home');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(fieldError(page, 'Host name')).toHaveText(/letters, digits and hyphens/);
  expect(readConfig(world.configFile)).toBe(before);
  await page.getByLabel('Host name').fill('home.freedns.io.');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText(/no read-only call, so the first update is also/)).toBeVisible();
  await page.getByRole('button', { name: 'Save and run the first update' }).click();
  // The headless shell keeps a typed password only for this run, and asks before doing so.
  await page.getByRole('button', { name: 'Keep it until DNS Tray quits' }).click();
  const result = page.getByTestId('setup-result');
  await expect(result.getByTestId('record-status')).toHaveText('in sync');
  await expect(result).toContainText('203.0.113.10');
  // The password went to the secret store, not into the settings file.
  expect(readConfig(world.configFile)).not.toMatch(/password/i);
  await page.getByRole('button', { name: 'Go to Hosts' }).click();

  world.echo.setAddress('ipv4', '203.0.113.77');
  await page.getByRole('button', { name: 'Update home now' }).click();
  const row = page.getByTestId('record-row-A');
  await expect(row).toContainText('203.0.113.77');
  await expect(row.getByTestId('record-status')).toHaveText('in sync');
  const host = world.freedns.state().hosts.find((h) => h.username === 'demo' && h.label === 'home');
  expect(host?.records.A).toBe('203.0.113.77');
  await saveScreenshot(page, 'setup-done');
});
