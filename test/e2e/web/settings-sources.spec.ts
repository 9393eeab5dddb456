import { expect, test } from '@playwright/test';
import { startWorld, type E2eWorld } from '../../support/e2e-world.js';
import { readConfig } from '../../support/web-checks.js';

let world: E2eWorld;

test.beforeEach(async () => {
  // No host follows an address here, so the built-in sources are listed but never asked.
  world = await startWorld({ profile: 'empty', builtInSources: true });
});

test.afterEach(async () => {
  await world?.stop();
});

const sourceIds = () =>
  (
    JSON.parse(readConfig(world.configFile)) as {
      engine: { sources?: { id: string; enabled: boolean }[] };
    }
  ).engine.sources?.map((source) => `${source.id}${source.enabled ? '' : ' (off)'}`);

test('adding a source keeps the built-in ones, and switching too many off is refused', async ({
  page,
}) => {
  await page.goto(`${world.app.url}#/settings`);
  const ip = page.getByRole('region', { name: 'IP detection' });
  for (const name of ['Cloudflare trace', 'ipify', 'ident.me'])
    await expect(ip.getByRole('checkbox', { name: `Use ${name} (IPv4)` })).toBeChecked();

  await ip.getByLabel('Source name').fill('delta');
  await ip.getByLabel('Source URL').fill(world.echo.sourceUrls['alpha-ipv4']!);
  await ip.getByRole('button', { name: 'Add source' }).click();
  await expect(ip.getByText('Added delta.')).toBeVisible();
  for (const name of ['Cloudflare trace', 'ipify', 'ident.me', 'delta'])
    await expect(ip.getByRole('checkbox', { name: `Use ${name} (IPv4)` })).toBeChecked();
  expect(sourceIds()).toEqual([
    'cloudflare-4',
    'ipify-4',
    'identme-4',
    'cloudflare-6',
    'ipify-6',
    'identme-6',
    'delta-ipv4',
  ]);

  // Two must agree: three of the four IPv4 sources may go, the last but one may not.
  await ip.getByRole('checkbox', { name: 'Use Cloudflare trace (IPv4)' }).uncheck();
  await expect(ip.getByText('Not using Cloudflare trace.')).toBeVisible();
  await ip.getByRole('checkbox', { name: 'Use ipify (IPv4)' }).uncheck();
  await expect(ip.getByText('Not using ipify.')).toBeVisible();
  const before = readConfig(world.configFile);
  // click, not uncheck: the box springs back when the change is refused.
  await ip.getByRole('checkbox', { name: 'Use ident.me (IPv4)' }).click();
  await expect(ip.getByRole('alert')).toContainText(
    'Nothing was saved: engine.agreement: Sources that must agree is 2, but only 1 IPv4 source is enabled: add or enable IPv4 sources, or lower the number.',
  );
  await expect(ip.getByRole('checkbox', { name: 'Use ident.me (IPv4)' })).toBeChecked();
  expect(readConfig(world.configFile)).toBe(before);
});
