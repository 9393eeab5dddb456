import { expect, test } from '@playwright/test';
import { startWorld, type E2eWorld } from '../../support/e2e-world.js';
import { readConfig } from '../../support/web-checks.js';

let world: E2eWorld;

test.beforeEach(async () => {
  // The freedns.io emulator also serves its zone over DNS, on two nameservers of its own.
  world = await startWorld({ profile: 'demo', dns: true });
});

test.afterEach(async () => {
  await world?.stop();
});

test('what DNS serves shows on the Hosts window, and Settings asks each nameserver', async ({
  page,
}) => {
  const nameservers = world.freedns.dns!.nameservers;
  await page.goto(`${world.app.url}#/hosts`);
  // The first update is checked in DNS a few seconds after freedns.io accepted it.
  await expect(page.getByText(/DNS: published/).first()).toBeVisible({ timeout: 30_000 });

  await page.goto(`${world.app.url}#/settings`);
  const section = page.getByRole('region', { name: 'Checking what DNS serves' });
  await expect(section.getByLabel('Nameservers to ask')).toHaveValue(nameservers.join(', '));

  await section.getByRole('button', { name: 'Ask the nameservers' }).click();
  const rows = section.getByTestId('nameserver-row');
  await expect(rows.first()).toBeVisible();
  for (const server of nameservers)
    await expect(rows.filter({ hasText: server }).first()).toContainText('answer');
});

test('a bad verification setting is named on its field and nothing is saved', async ({ page }) => {
  await page.goto(`${world.app.url}#/settings`);
  const section = page.getByRole('region', { name: 'Checking what DNS serves' });
  const before = readConfig(world.configFile);

  await section.getByLabel('Check every (minutes)').fill('0');
  await section.getByLabel('Nameservers to ask').fill('127.0.0.1:99999');
  await section.getByRole('button', { name: 'Save DNS checking' }).click();
  await expect(section.getByText('Nothing was saved: correct the fields marked.')).toBeVisible();
  await expect(section.getByText('Check every 1 to 1440 minutes.')).toBeVisible();
  await expect(section.getByText('A nameserver port is a number from 1 to 65535.')).toBeVisible();
  expect(readConfig(world.configFile)).toBe(before);

  await section.getByLabel('Check every (minutes)').fill('45');
  await section.getByLabel('Nameservers to ask').fill(world.freedns.dns!.nameservers.join(', '));
  await section.getByRole('button', { name: 'Save DNS checking' }).click();
  await expect(section.getByText('DNS checking saved.')).toBeVisible();
  const saved = JSON.parse(readConfig(world.configFile)) as {
    engine: { verify: { intervalMinutes: number } };
  };
  expect(saved.engine.verify.intervalMinutes).toBe(45);
});
