import { expect, test } from '@playwright/test';
import { startWorld, type E2eWorld } from '../../support/e2e-world.js';
import { busyHistory, historyFile } from '../../support/history-fixture.js';
import { expectAccessible, saveScreenshot } from '../../support/web-checks.js';

let world: E2eWorld;

test.afterEach(async () => {
  await world?.stop();
});

test('history as a filterable table and charts of addresses and updates', async ({ page }) => {
  world = await startWorld({ profile: 'demo' });
  await page.goto(world.app.url);
  const row = page.getByTestId('record-row-A');
  for (const address of ['203.0.113.10', '203.0.113.31']) {
    world.echo.setAddress('ipv4', address);
    await page.getByRole('button', { name: 'Update home now' }).click();
    await expect(row).toContainText(address);
  }

  await page.getByRole('link', { name: 'Activity' }).click();
  await expect(page.getByRole('heading', { name: 'Activity', level: 1 })).toBeVisible();
  const table = page.getByRole('table', { name: 'History' });
  await expect(table.getByRole('row').filter({ hasText: '203.0.113.31' }).first()).toBeVisible();
  await page.getByLabel('Outcome', { exact: true }).selectOption('updated');
  const updated = table.getByRole('row').filter({ hasText: 'updated' });
  await expect(updated).toHaveCount(2);
  await page.getByLabel('Type', { exact: true }).selectOption('address-changed');
  await expect(page.getByText('Nothing matches these filters.')).toBeVisible();
  await page.getByLabel('Outcome', { exact: true }).selectOption('all');
  await expect(table.getByRole('row').filter({ hasText: '→ 203.0.113.31' })).toHaveCount(1);

  const ipv4Chart = page.getByRole('figure', { name: 'Public IPv4 address over time' });
  await expect(ipv4Chart.locator('svg.recharts-surface')).toBeVisible();
  await expect(ipv4Chart).toContainText('203.0.113.31');
  const updates = page.getByRole('figure', { name: 'Updates per day by outcome' });
  await expect(updates.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(updates).toContainText('all hosts: 2 updates a day');
  await expectAccessible(page, 'the Activity window');
  await saveScreenshot(page, 'activity');

  // The smallest supported window: everything fits without sideways scrolling.
  await page.setViewportSize({ width: 800, height: 600 });
  // Charts resize on their own frame, so give the layout a moment to settle.
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
    .toBeLessThanOrEqual(800);
  await saveScreenshot(page, 'activity-800x600');
});

test.describe('with ten days of history', () => {
  const events = busyHistory(Date.now());
  const count = (outcome: string) =>
    events.filter((e) => e.kind === 'update-outcome' && e.outcome === outcome).length;

  test.beforeEach(async () => {
    world = await startWorld({ profile: 'demo', historyJson: historyFile(events) });
  });

  test('the table renders only the rows in view and filters thousands of events', async ({
    page,
  }) => {
    await page.goto(`${world.app.url}#/activity`);
    const table = page.getByRole('table', { name: 'History' });
    await expect(page.getByTestId('history-count')).toHaveText(/^\d+ of \d+ events$/);
    const shown = Number(
      /(\d+) of/.exec((await page.getByTestId('history-count').textContent())!)![1],
    );
    expect(shown).toBeGreaterThanOrEqual(events.length);
    // Virtualized: a screenful of rows exists in the page, not thousands.
    expect(await table.getByRole('row').count()).toBeLessThan(80);

    await page.getByLabel('Outcome', { exact: true }).selectOption('deferred');
    await expect(table.getByRole('row').filter({ hasText: 'deferred' })).toHaveCount(
      count('deferred'),
    );
    await page.getByLabel('Outcome', { exact: true }).selectOption('rejected');
    await expect(table.getByRole('row').filter({ hasText: 'Invalid username' })).toHaveCount(1);
    await page.getByLabel('Outcome', { exact: true }).selectOption('unchanged');
    await expect(page.getByTestId('history-count')).toHaveText(
      new RegExp(`^${count('unchanged')} of`),
    );
    // Scrolling to the end brings the oldest unchanged check into the page.
    await table.evaluate((element) => (element.scrollTop = element.scrollHeight));
    await expect(table.getByRole('row').filter({ hasText: '203.0.113.100' }).last()).toBeVisible();

    const updates = page.getByRole('figure', { name: 'Updates per day by outcome' });
    await expect(updates.locator('.recharts-bar-rectangle').first()).toBeVisible();
    // Ten days of addresses (and the shell's own check): the chart draws the latest eight, says
    // so, and leaves the older ones to the table.
    const ipv4 = page.getByRole('figure', { name: 'Public IPv4 address over time' });
    await expect(ipv4).toContainText('203.0.113.109');
    await expect(ipv4).toContainText(
      /The latest 8 of 1\d changes, since .+; the table below lists them all\./,
    );
    await expect(ipv4).not.toContainText('203.0.113.101');
    await page.getByLabel('Type', { exact: true }).selectOption('address-changed');
    await page.getByLabel('Outcome', { exact: true }).selectOption('all');
    await expect(table.getByRole('row').filter({ hasText: '→ 203.0.113.101' })).toHaveCount(1);
    await expectAccessible(page, 'the Activity window with ten days of history');
    await saveScreenshot(page, 'activity-ten-days');
  });
});
