import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { startWorld, type E2eWorld } from '../../support/e2e-world.js';
import {
  expectAccessible,
  fieldError,
  readConfig,
  saveScreenshot,
} from '../../support/web-checks.js';

let world: E2eWorld;

test.beforeEach(async () => {
  world = await startWorld({ profile: 'demo' });
});

test.afterEach(async () => {
  await world?.stop();
});

test('the doctor shows each source side by side and a lying source as disagreeing', async ({
  page,
}) => {
  world.echo.setBehaviour('bravo', { behaviour: 'lie', address: '198.51.100.66' });
  await page.goto(`${world.app.url}#/settings`);
  // A source of one's own joins the others (here: alpha's address under another name).
  const ip = page.getByRole('region', { name: 'IP detection' });
  await ip.getByLabel('Source name').fill('delta');
  await ip.getByLabel('Source URL').fill(world.echo.sourceUrls['alpha-ipv4']!);
  await ip.getByRole('button', { name: 'Add source' }).click();
  await expect(ip.getByText('Added delta.')).toBeVisible();
  await expect(ip.getByRole('checkbox', { name: 'Use delta (IPv4)' })).toBeChecked();
  await page.getByRole('button', { name: 'Check sources' }).click();
  const table = page.getByTestId('doctor-ipv4');
  const row = (name: string) => table.getByTestId('doctor-row').filter({ hasText: name });
  await expect(row('bravo')).toContainText('198.51.100.66');
  await expect(row('bravo')).toContainText('disagrees');
  await expect(row('alpha')).toContainText('203.0.113.10');
  await expect(row('alpha')).toContainText('agrees');
  await expect(row('charlie')).toContainText('agrees');
  await expect(row('delta')).toContainText('agrees');
  await expect(row('alpha')).toContainText(/\d+ ms/);
  await expect(page.getByTestId('doctor-verdict-ipv4')).toContainText('203.0.113.10');
  // The route picture comes from this machine's routes: a row per family, a row per source.
  const routes = page.getByRole('table', { name: 'Default routes' });
  await expect(routes.getByRole('row', { name: /IPv4/ })).toBeVisible();
  const bindings = page.getByRole('table', { name: 'Where the sources ask from' });
  const alpha = bindings.getByRole('row').filter({ hasText: 'alpha' });
  await expect(alpha.filter({ hasText: 'IPv4' })).toHaveCount(1);
  await expect(alpha.filter({ hasText: 'IPv6' })).toHaveCount(1);
  await expectAccessible(page, 'the Settings window');
  await saveScreenshot(page, 'settings');

  // A source that never answers makes the check slow: progress shows, then its time-out.
  world.echo.setBehaviour('charlie', { behaviour: 'stall' });
  await page.getByRole('button', { name: 'Check sources' }).click();
  await expect(page.getByRole('progressbar', { name: 'Asking every source' })).toBeVisible();
  await expect(row('charlie')).toContainText('no answer');
  await expect(page.getByRole('progressbar')).toHaveCount(0);

  // A source can be switched off; the change is saved at once.
  await ip.getByRole('checkbox', { name: 'Use delta (IPv4)' }).uncheck();
  const delta = () =>
    (
      JSON.parse(readConfig(world.configFile)) as {
        engine: { sources: { id: string; enabled: boolean }[] };
      }
    ).engine.sources.find((source) => source.id === 'delta-ipv4');
  await expect.poll(() => delta()?.enabled).toBe(false);
});

test('bad input in every settings field shows a message on that field and saves nothing', async ({
  page,
}) => {
  await page.goto(`${world.app.url}#/settings`);
  const before = readConfig(world.configFile);
  const account = page.getByRole('region', { name: 'freedns.io account demo' });
  await account.getByLabel('User name').fill('');
  await account.getByLabel('Update endpoint').fill('not a url');
  await account.getByRole('button', { name: 'Save account' }).click();
  await expect(fieldError(account, 'User name')).toHaveText(/user name/i);
  await expect(fieldError(account, 'Update endpoint')).toHaveText(/http/);

  const ip = page.getByRole('region', { name: 'IP detection' });
  await ip.getByLabel('Sources that must agree').fill('two');
  await ip.getByLabel('Poll interval (seconds)').fill('5');
  await ip.getByLabel('Stability checks').fill('0');
  await ip.getByRole('button', { name: 'Save IP detection' }).click();
  await expect(fieldError(ip, 'Sources that must agree')).toHaveText('Enter a whole number.');
  await expect(fieldError(ip, 'Poll interval (seconds)')).not.toBeEmpty();
  await expect(fieldError(ip, 'Stability checks')).not.toBeEmpty();
  await expect(ip.getByRole('alert').first()).toContainText('Nothing was saved');
  expect(readConfig(world.configFile)).toBe(before);

  await ip.getByLabel('Source URL').fill('http://example.com/ip');
  await ip.getByRole('button', { name: 'Add source' }).click();
  await expect(fieldError(ip, 'Source name')).toHaveText('Give the source a name.');
  await expect(fieldError(ip, 'Source URL')).toHaveText(/https:\/\//);
  expect(readConfig(world.configFile)).toBe(before);

  // Corrected, the same fields save; a notification switch saves as it is clicked.
  await ip.getByLabel('Sources that must agree').fill('3');
  await ip.getByLabel('Poll interval (seconds)').fill('120');
  await ip.getByLabel('Stability checks').fill('2');
  await ip.getByRole('button', { name: 'Save IP detection' }).click();
  await expect(ip.getByText('IP detection saved.')).toBeVisible();
  const engine = () =>
    (JSON.parse(readConfig(world.configFile)) as { engine: Record<string, unknown> }).engine;
  expect(engine()).toMatchObject({ agreement: 3, pollSeconds: 120, stableChecks: 2 });
  await page.getByLabel('A record was updated').check();
  await expect.poll(() => readConfig(world.configFile)).toMatch(/"updateSucceeded": true/);

  // With IPv6 detection off, a record that follows IPv6 says it would not be updated.
  await ip.getByLabel('IPv6 (AAAA records)').uncheck();
  await ip.getByRole('button', { name: 'Save IP detection' }).click();
  await expect.poll(() => engine().families).toEqual(['ipv4']);
  await page.getByRole('link', { name: 'Hosts' }).click();
  await page.getByRole('button', { name: 'Edit home' }).click();
  await page.getByRole('button', { name: 'Add record' }).click();
  await expect(
    page.getByText('IPv6 detection is off in Settings, so this record will not be updated.'),
  ).toBeVisible();
});

test('passwords are write-only, and theme, export and import work', async ({ page }) => {
  await page.goto(`${world.app.url}#/settings`);
  const account = page.getByRole('region', { name: 'freedns.io account demo' });
  await expect(account.getByTestId('password-state')).toContainText(
    'A password is set (from the environment).',
  );
  await expect(account.getByLabel('New password')).toHaveValue('');

  // A new account: its password goes to the secret store (for this run, after asking).
  await page.getByRole('button', { name: 'Add account' }).click();
  const added = page.getByRole('region', { name: 'freedns.io account new account' });
  await added.getByLabel('User name').fill('pro');
  await added.getByLabel('Account type').selectOption('premium');
  await added.getByLabel('Update endpoint').fill(`${world.freedns.url}/request`);
  await added.getByLabel('New password').fill('pro');
  await added.getByRole('button', { name: 'Add account' }).click();
  await added.getByRole('button', { name: 'Keep it until DNS Tray quits' }).click();
  await expect(page.getByText(/^Saved pro\./)).toBeVisible();
  const pro = page.getByRole('region', { name: 'freedns.io account pro' });
  await expect(pro.getByTestId('password-state')).toContainText(
    'A password is set (kept in memory until DNS Tray quits).',
  );
  await expect(pro.getByLabel('Account type')).toHaveValue('premium');
  expect(readConfig(world.configFile)).toContain('"pro"');
  expect(readConfig(world.configFile)).not.toMatch(/password/i);

  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => readConfig(world.configFile)).toContain('"dark"');
  await expectAccessible(page, 'the Settings window in the dark theme');
  await saveScreenshot(page, 'settings-dark');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export settings' }).click();
  const exported = readFileSync(await (await download).path(), 'utf8');
  const parsed = JSON.parse(exported) as {
    settings: { accounts: { freedns: { username: string }[] } };
  };
  expect(parsed.settings.accounts.freedns.map((a) => a.username)).toEqual(['demo', 'pro']);
  expect(exported).not.toMatch(/password/i);

  const chooser = page.locator('input[type="file"]');
  const bad = JSON.parse(exported) as { settings: { engine: { pollSeconds: number } } };
  bad.settings.engine.pollSeconds = 1;
  await chooser.setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  await expect(page.getByText(/Nothing was imported: .*pollSeconds/)).toBeVisible();
  await chooser.setInputFiles({
    name: 'good.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exported.replace('"dark"', '"light"')),
  });
  await expect(page.getByText('Imported good.json.', { exact: false })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('every window fits 800×600 without sideways scrolling and scales up', async ({ page }) => {
  // Charts and fields must not need anything the content security policy refuses.
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/^Refused to .*Content Security Policy/i.test(message.text()))
      violations.push(message.text());
  });
  for (const [width, height] of [
    [800, 600],
    [1600, 1000],
  ] as const) {
    await page.setViewportSize({ width, height });
    for (const route of ['hosts', 'settings', 'activity', 'domains']) {
      await page.goto(`${world.app.url}#/${route}`);
      await expect(page.getByRole('link', { name: 'Hosts' })).toBeVisible();
      await expect(page.locator('main h1').first()).toBeVisible();
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
        .toBeLessThanOrEqual(width);
      await saveScreenshot(page, `${route}-${width}x${height}`);
    }
  }
  expect(violations).toEqual([]);
});
