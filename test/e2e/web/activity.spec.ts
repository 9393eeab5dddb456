import { expect, test } from '@playwright/test';
import { startWorld, type E2eWorld } from '../../support/e2e-world.js';
import { expectAccessible, saveScreenshot } from '../../support/web-checks.js';

let world: E2eWorld;

test.beforeEach(async () => {
  world = await startWorld({ profile: 'demo' });
});

test.afterEach(async () => {
  await world.stop();
});

test('history as a filterable table and charts of addresses and updates', async ({ page }) => {
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
