import { expect, test } from '@playwright/test';
import type { RunningEmulator } from '../../emulators/common/emulator-server.js';
import { startFreenomEmulator } from '../../emulators/freenom/index.js';
import {
  bulkSeed,
  checkView,
  fillConnectForm,
  keepPasswordForThisRun,
  openDomains,
  startDomainsHarness,
  stopDomainsHarness,
  type DomainsHarness,
} from '../../support/domains-harness.js';

let harness: DomainsHarness;
let bulk: RunningEmulator | undefined;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  harness = await startDomainsHarness();
});
test.afterAll(async () => {
  await bulk?.close();
  await stopDomainsHarness(harness);
});

test('reminds of expiring domains, charts every expiry with its renewal window, and auto-renews a switched-on free domain', async ({
  page,
}) => {
  await openDomains(page, harness, 'account');
  await fillConnectForm(page, harness, 'demo@example.com', 'demo');
  await keepPasswordForThisRun(page);
  const reminders = page.getByTestId('domain-reminders');
  await expect(reminders).toContainText(
    /renewsoon\.tk expires in 9 days \(\d{4}-\d{2}-\d{2}\)\. Renew it now, or turn on auto-renew\./,
  );
  await expect(reminders).toContainText('shop.tk expires in 25 days');

  await page.getByRole('link', { name: 'Expiry timeline' }).click();
  const soon = page.getByTestId('renewable-now');
  await expect(soon.getByRole('listitem')).toHaveCount(2);
  await expect(soon).toContainText('renewsoon.tk expires');
  const months = page.getByRole('figure', { name: /Domains expiring per month \(5 domains\)/ });
  await expect(months.getByRole('application')).toBeVisible();
  await expect(months.locator('.recharts-bar-rectangle')).not.toHaveCount(0);
  const windows = page.getByRole('figure', { name: /Renewal windows of the 5 soonest expiries/ });
  await expect(windows.getByText('renewsoon.tk')).toBeVisible();
  await expect(windows.getByText('Renewal window', { exact: true })).toBeVisible();
  await checkView(page, 'domains-timeline');
  await page.emulateMedia({ colorScheme: 'dark' });
  await checkView(page, 'domains-timeline-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await soon.getByRole('switch', { name: 'Auto-renew renewsoon.tk' }).check();
  await expect(reminders).toContainText('renewsoon.tk was renewed automatically.');
  await expect(soon.getByRole('listitem')).toHaveCount(1);
  await expect(soon).not.toContainText('renewsoon.tk');

  await page.getByRole('link', { name: 'My domains' }).click();
  const row = page
    .getByRole('table', { name: 'My domains' })
    .getByRole('row', { name: /^renewsoon\.tk/ });
  await expect(row).toContainText(/3\d\d days/);
  await page.reload();
  await expect(row.getByRole('switch', { name: 'Auto-renew renewsoon.tk' })).toBeChecked();
});

test('stays fast with 5,000 domains: paged in, virtualized, scrollable and filterable', async ({
  page,
}) => {
  bulk = await startFreenomEmulator({ port: 0, seed: bulkSeed(5000) });
  await openDomains(page, harness, 'account');
  const panel = page.getByTestId('account-panel');
  await panel.getByLabel('E-mail').fill('bulk@example.com');
  await panel.getByLabel('Password').fill('bulk');
  await panel.getByLabel('API base URL').fill(`${bulk.url}/v2`);
  await panel.getByRole('button', { name: 'Connect and check' }).click();
  await keepPasswordForThisRun(page);
  await expect(page.getByTestId('probe-result')).toHaveText(
    'This account can use the Freenom API.',
  );

  const started = Date.now();
  await page.getByRole('link', { name: 'My domains' }).click();
  await expect(page.getByTestId('domain-count')).toHaveText('5000 of 5000 domains', {
    timeout: 30_000,
  });
  const loadMs = Date.now() - started;
  const table = page.getByRole('table', { name: 'My domains' });
  const rendered = await table.getByRole('row').count();
  expect(rendered).toBeLessThan(60);
  await expect(table).toHaveAttribute('aria-rowcount', '5001');

  const scrolled = Date.now();
  await table.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  // Sorted by expiry: the last rows are the latest expiries (739 days out).
  await expect(table.getByRole('row', { name: /^d4899\.tk/ })).toBeVisible();
  const scrollMs = Date.now() - scrolled;

  const filtered = Date.now();
  await page.getByLabel('Filter').fill('d4242');
  await expect(page.getByTestId('domain-count')).toHaveText('1 of 5000 domains');
  await expect(table.getByRole('row', { name: /^d4242\.tk/ })).toBeVisible();
  const filterMs = Date.now() - filtered;
  await checkView(page, 'domains-mine-5000', { axe: false });

  test.info().annotations.push({
    type: 'timing',
    description: `5000 domains: list ${loadMs} ms, scroll to end ${scrollMs} ms, filter ${filterMs} ms, ${rendered} rows in the DOM`,
  });
  console.log(
    `[domains 5000] list ${loadMs} ms, scroll ${scrollMs} ms, filter ${filterMs} ms, rows in DOM ${rendered}`,
  );
  expect(loadMs).toBeLessThan(20_000);
  expect(filterMs).toBeLessThan(2_000);
});
