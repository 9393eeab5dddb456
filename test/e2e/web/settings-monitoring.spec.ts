import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { startWorld, type E2eWorld } from '../../support/e2e-world.js';
import { fieldError, readConfig } from '../../support/web-checks.js';

let world: E2eWorld;

test.beforeEach(async () => {
  world = await startWorld({ profile: 'demo' });
});

test.afterEach(async () => {
  await world?.stop();
});

const monitoringOf = (file: string) =>
  (JSON.parse(readConfig(file)) as { monitoring?: { heartbeat: unknown; webhooks: unknown[] } })
    .monitoring;

test('a plain-http heartbeat is refused beside its field and nothing is saved; an https one is', async ({
  page,
}) => {
  await page.goto(`${world.app.url}#/settings`);
  const section = page.getByRole('region', { name: 'Monitoring' });
  const before = readConfig(world.configFile);
  await section.getByLabel('Heartbeat URL').fill('http://192.0.2.1/check');
  await section.getByRole('button', { name: 'Save monitoring' }).click();
  await expect(fieldError(section, 'Heartbeat URL')).toHaveText(
    'Use an https:// URL (plain http is allowed only for 127.0.0.1 or localhost).',
  );
  expect(readConfig(world.configFile)).toBe(before);

  await section.getByLabel('Heartbeat URL').fill('https://127.0.0.1:9/check-1');
  await section.getByLabel('Heartbeat style').selectOption('uptime-kuma');
  await section.getByLabel('Webhook id').fill('phone');
  await section.getByLabel('Webhook URL').fill('https://127.0.0.1:9/my-topic');
  await section.getByLabel('Webhook format').selectOption('ntfy');
  await section.getByRole('button', { name: 'Save monitoring' }).click();
  await expect(section.getByText('Monitoring settings saved.')).toBeVisible();
  await expect(fieldError(section, 'Heartbeat URL')).toHaveCount(0);
  expect(monitoringOf(world.configFile)).toMatchObject({
    heartbeat: { url: 'https://127.0.0.1:9/check-1', style: 'uptime-kuma' },
    webhooks: [{ id: 'phone', url: 'https://127.0.0.1:9/my-topic', format: 'ntfy' }],
  });
});

test('"Save diagnostics" downloads one file with the status and history, without the check URL', async ({
  page,
}) => {
  await page.goto(`${world.app.url}#/settings`);
  const section = page.getByRole('region', { name: 'Monitoring' });
  // Nothing listens on 127.0.0.1:9: the ping after the next check fails, and Settings says so.
  await section.getByLabel('Heartbeat URL').fill('https://127.0.0.1:9/private-check-id');
  await section.getByRole('button', { name: 'Save monitoring' }).click();
  await expect(section.getByText('Monitoring settings saved.')).toBeVisible();
  await expect(async () => {
    await page.reload();
    await expect(section.getByText(/^heartbeat ping failed: /)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Save diagnostics' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^dnstray-diagnostics-[\d-]+\.json$/);
  const text = readFileSync((await file.path())!, 'utf8');
  const report = JSON.parse(text) as Record<string, unknown>;
  expect(Object.keys(report)).toEqual(
    expect.arrayContaining([
      'app',
      'os',
      'settings',
      'status',
      'sourceDoctor',
      'history',
      'recentErrors',
    ]),
  );
  expect(text).not.toContain('private-check-id');
  expect(text).not.toContain(world.app.token);
  await expect(section.getByText(/^Saved dnstray-diagnostics-/)).toBeVisible();
});
