import { expect, test, type Page } from '@playwright/test';
import { startWorld, type E2eWorld } from '../../support/e2e-world.js';
import { expectAccessible, readConfig } from '../../support/web-checks.js';

const MANY = 1_000;
// A thousand hosts make every step slower on a loaded machine than the default 60 s allows.
test.setTimeout(180_000);
let world: E2eWorld;

test.beforeEach(async () => {
  world = await startWorld({
    profile: 'full',
    // A thousand paused hosts on the Premium account after the three seeded ones.
    editSettings: (settings) =>
      settings.hosts!.push(
        ...Array.from({ length: MANY }, (_, i) => ({
          id: `many-${i}`,
          accountId: 'pro',
          label: `host-${String(i).padStart(4, '0')}`,
          enabled: false,
          records: [{ type: 'A' as const, mode: 'follow' as const }],
        })),
      ),
  });
});

test.afterEach(async () => {
  await world?.stop();
});

const card = (page: Page, label: string) =>
  page.getByRole('region', { name: `${label}.freedns.io`, exact: true });

test('a host far down is found by the filter, opened by keyboard and edited', async ({ page }) => {
  await page.goto(world.app.url);
  // The first read of 1,003 hosts waits for the core's start on a loaded machine.
  await expect(page.getByTestId('host-count')).toHaveText('1,003 hosts', { timeout: 20_000 });
  // Only the cards around the view are in the page, not all of them.
  expect(await page.getByTestId('host-card').count()).toBeLessThan(40);
  await expect(card(page, 'host-0987')).toHaveCount(0);

  const filter = page.getByLabel('Filter hosts');
  await filter.focus();
  await page.keyboard.type('0987');
  await expect(page.getByTestId('host-count')).toHaveText('1 of 1,003 hosts');
  await expect(page.getByTestId('host-card')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(card(page, 'host-0987')).toBeFocused();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('form', { name: 'Edit host-0987' });
  await expect(editor.getByLabel('Host name')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('far-away');
  await editor.getByRole('button', { name: 'Save host' }).focus();
  await page.keyboard.press('Enter');
  // Writing 1,003 hosts takes the core seconds on a loaded machine (see the report).
  await expect(page.getByText('Saved far-away.')).toBeVisible({ timeout: 20_000 });
  // Focus returns to the button that opened the editor, on the renamed card.
  await expect(page.getByRole('button', { name: 'Edit far-away' })).toBeFocused();
  await expect.poll(() => readConfig(world.configFile)).toContain('"label": "far-away"');
  expect(readConfig(world.configFile)).not.toContain('"label": "host-0987"');

  // The filter matches the whole hostname too; nothing matching says so.
  await filter.fill('far-away.freedns');
  await expect(page.getByTestId('host-card')).toHaveCount(1);
  await filter.fill('no-such-host');
  await expect(page.getByTestId('host-count')).toHaveText(
    'No host matches "no-such-host" (of 1,003).',
  );
  await expectAccessible(page, 'the Hosts window with a filter matching nothing');
});

test('arrow keys, Home and End walk a thousand cards; the editor keeps its place', async ({
  page,
}) => {
  await page.goto(world.app.url);
  await expect(page.getByTestId('host-count')).toHaveText('1,003 hosts', { timeout: 20_000 });
  await page.getByLabel('Filter hosts').focus();
  await page.keyboard.press('ArrowDown');
  await expect(card(page, 'home').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(card(page, 'home').last()).toBeFocused();
  await page.keyboard.press('End');
  const last = card(page, 'host-0999');
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport();
  await page.keyboard.press('ArrowUp');
  await expect(card(page, 'host-0998')).toBeFocused();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('form', { name: 'Edit host-0998' });
  await expect(editor.getByLabel('Host name')).toBeFocused();
  // Scrolled far away and back, the half-typed draft is still there.
  await page.keyboard.type('-x');
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(card(page, 'host-0500')).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
  await expect(card(page, 'host-0500')).toHaveCount(1);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(editor.getByLabel('Host name')).toHaveValue('host-0998-x');
  await expectAccessible(page, 'the Hosts window with 1,003 hosts and an editor open');
  await editor.getByRole('button', { name: 'Cancel' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Edit host-0998' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(card(page, 'home').first()).toBeFocused();
  await expect(card(page, 'home').first()).toBeInViewport();
  await expectAccessible(page, 'the Hosts window with 1,003 hosts');
});
