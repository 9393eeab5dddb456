import { expect, test, type Page } from '@playwright/test';
import { startWorld, type E2eWorld } from '../../support/e2e-world.js';
import {
  expectAccessible,
  fieldError,
  readConfig,
  saveScreenshot,
} from '../../support/web-checks.js';

let world: E2eWorld;

test.afterEach(async () => {
  await world?.stop();
});

function hostCard(page: Page, label: string, account: string) {
  return page
    .getByTestId('host-card')
    .filter({ has: page.getByRole('heading', { name: `${label}.freedns.io` }) })
    .filter({ hasText: `account ${account}` });
}

test.describe('with the emulator accounts', () => {
  test.beforeEach(async () => {
    world = await startWorld({ profile: 'full' });
  });

  test('shows every host with its records and status, reachable by keyboard', async ({ page }) => {
    await page.goto(world.app.url);
    await expect(page.getByRole('heading', { name: 'Hosts', level: 1 })).toBeVisible();
    // Keyboard: Tab walks the navigation, then the page's actions, each with a focus ring.
    for (const name of ['Hosts', 'Domains', 'Settings', 'Activity', 'Update all now', 'Add host']) {
      await page.keyboard.press('Tab');
      const focused = page.locator(':focus');
      await expect(focused).toHaveAccessibleName(name);
      expect(await focused.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe(
        'solid',
      );
    }
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Add a host' })).toBeVisible();
    await expect(page.getByLabel('Host name')).toBeFocused();
    await page.getByRole('button', { name: 'Cancel' }).click();
    const home = hostCard(page, 'home', 'demo');
    await home.getByRole('button', { name: 'Update home now' }).click();
    await expect(home.getByTestId('record-row-A').getByTestId('record-status')).toHaveText(
      'in sync',
    );
    await expect(home.getByTestId('record-row-A')).toContainText('203.0.113.10');
    await expect(home.getByTestId('updates-left')).toContainText(/of 2 updates left today/);
    const mail = hostCard(page, 'mail', 'pro');
    await expect(mail.getByTestId('record-row-MX')).toContainText('10 mx1.example.net');

    // Update all: both hosts that follow IPv4 take the new address.
    world.echo.setAddress('ipv4', '203.0.113.44');
    await page.getByRole('button', { name: 'Update all now' }).click();
    for (const card of [home, hostCard(page, 'home', 'pro')]) {
      await expect(card.getByTestId('record-row-A')).toContainText('203.0.113.44');
      await expect(card.getByTestId('record-row-A').getByTestId('record-status')).toHaveText(
        'in sync',
      );
    }

    await expectAccessible(page, 'the Hosts window');
    await saveScreenshot(page, 'hosts');
  });

  test('bad input in every editor field shows a message on that field and saves nothing', async ({
    page,
  }) => {
    await page.goto(world.app.url);
    await page.getByRole('button', { name: 'Edit home' }).last().click();
    const before = readConfig(world.configFile);
    const editor = page.locator('form.host-editor');
    await expect(editor.getByLabel('Account')).toHaveValue('pro');
    const save = () => editor.getByRole('button', { name: 'Save host' }).click();

    const cases: [label: string, setUp: () => Promise<void>, message: RegExp][] = [
      ['Host name', () => editor.getByLabel('Host name').fill('bad label!'), /letters, digits/],
      [
        'Record 1 IPv4 address',
        async () => {
          await editor.getByLabel('Record 1 value source').selectOption('fixed');
          await editor.getByLabel('Record 1 IPv4 address').fill('300.1.2.3');
        },
        /IPv4 address like/,
      ],
      [
        'Record 2 IPv6 address',
        async () => {
          await editor.getByLabel('Record 2 value source').selectOption('fixed');
          await editor.getByLabel('Record 2 IPv6 address').fill('2001:db8::zz');
        },
        /IPv6 address like/,
      ],
      ['Record 3 text', () => editor.getByLabel('Record 3 text').fill('say "hi"'), /double quotes/],
    ];
    for (const [label, setUp, message] of cases) {
      await setUp();
      await save();
      await expect(fieldError(page, label)).toHaveText(message);
    }
    // The same record slot as CNAME, then as MX with a bad target and a bad preference.
    await editor.getByLabel('Record 3 type').selectOption('CNAME');
    await editor.getByLabel('Record 3 target host').fill('no_dots');
    await save();
    await expect(fieldError(page, 'Record 3 target host')).toHaveText(/full host name/);
    await editor.getByLabel('Record 3 type').selectOption('MX');
    await editor.getByLabel('Mail server 1').fill('mx..example.net');
    await editor.getByLabel('Preference 1').fill('70000');
    await save();
    await expect(fieldError(page, 'Mail server 1')).toHaveText(/empty labels/);
    await expect(fieldError(page, 'Preference 1')).toHaveText(/0 to 65535/);
    await expect(editor.getByRole('alert').first()).toContainText('Nothing was saved');
    await expectAccessible(page, 'the host editor showing field errors');
    expect(readConfig(world.configFile)).toBe(before);

    // Premium-only types are offered on a free account only as disabled, with the reason.
    await editor.getByLabel('Account').selectOption('demo');
    await expect(editor.getByLabel('Record 1 type').locator('option[value="TXT"]')).toBeDisabled();
    await expect(editor.getByText(/need a Premium freedns.io account/).first()).toBeVisible();
    await saveScreenshot(page, 'host-editor');
    await editor.getByRole('button', { name: 'Cancel' }).click();
    expect(readConfig(world.configFile)).toBe(before);
  });

  test('a free account that used its two updates shows "deferred until" with the time', async ({
    page,
  }) => {
    await page.goto(world.app.url);
    const home = hostCard(page, 'home', 'demo');
    const status = home.getByTestId('record-row-A').getByTestId('record-status');
    // The engine may already have spent an update at start; spend what is left of the two.
    const spend = async (address: string) => {
      world.echo.setAddress('ipv4', address);
      await home.getByRole('button', { name: 'Update home now' }).click();
      await expect(home.getByTestId('record-row-A')).toContainText(address);
      await expect(status).toHaveText('in sync');
    };
    await spend('203.0.113.10');
    for (let n = 21; world.freedns.updatesToday('demo', 'home') < 2; n += 1) {
      await spend(`203.0.113.${n}`);
    }
    world.echo.setAddress('ipv4', '203.0.113.23');
    await home.getByRole('button', { name: 'Update home now' }).click();
    await expect(status).toHaveText(/^deferred until (\w{3} \d{1,2}, )?\d{1,2}:\d{2}/);
    await expect(home.getByTestId('record-row-A')).toContainText('next update after 00:00 UTC');
    await expect(home.getByTestId('updates-left')).toHaveText('0 of 2 updates left today');
    expect(world.freedns.updatesToday('demo', 'home')).toBe(2);
    // Paused from the tray (here: its channel), the summary says until when.
    const paused = await page.evaluate(async () => {
      const response = await fetch('api/invoke/sync%3Apause', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ request: { minutes: 600 } }),
      });
      return response.status;
    });
    expect(paused).toBe(200);
    await expect(page.getByText(/Updates paused until/)).toBeVisible();
    // Every time on the page is for people (local time), none an ISO string.
    await expect(page.getByText(/Last update: /).first()).toBeVisible();
    expect(await page.locator('body').innerText()).not.toMatch(/\d{4}-\d\d-\d\dT/);
    await saveScreenshot(page, 'hosts-deferred');
  });

  test('adding and editing hosts writes what the editor holds', async ({ page }) => {
    await page.goto(world.app.url);
    const mail = hostCard(page, 'mail', 'pro');
    await expect(mail.getByTestId('record-row-MX').getByTestId('record-status')).toHaveText(
      'in sync',
    );
    await mail.getByRole('button', { name: 'Edit mail' }).click();
    const editor = page.locator('form.host-editor');
    await editor.getByRole('button', { name: 'Add record' }).click();
    await editor.getByLabel('Record 3 type').selectOption('TXT');
    await editor.getByLabel('Record 3 text').fill('v=spf1 mx -all');
    await editor.getByLabel('Preference 1').fill('5');
    await editor.getByRole('button', { name: 'Save host' }).click();
    await expect(page.getByText('Saved mail.')).toBeVisible();
    await expect(mail.getByTestId('record-row-TXT').getByTestId('record-status')).toHaveText(
      'in sync',
    );
    await expect(mail.getByTestId('record-row-MX')).toContainText('5 mx1.example.net');
    const state = () => world.freedns.state().hosts.find((h) => h.label === 'mail')!.records;
    await expect.poll(() => state().TXT).toBe('"v=spf1 mx -all"');
    await expect.poll(() => state().MX.map((mx) => mx.preference)).toContain(5);

    // A host the account does not have at freedns.io: the server's refusal is shown as is.
    await page.getByRole('button', { name: 'Add host' }).click();
    await editor.getByLabel('Account').selectOption('pro');
    await editor.getByLabel('Host name').fill('office');
    await editor.getByRole('button', { name: 'Save host' }).click();
    const office = hostCard(page, 'office', 'pro');
    await office.getByRole('button', { name: 'Update office now' }).click();
    await expect(office.getByTestId('record-row-A').getByTestId('record-status')).toHaveText(
      'rejected',
    );
    await expect(office.getByTestId('record-row-A')).toContainText('Host office not found');
  });

  test('deleting a host asks first and then removes it from the settings', async ({ page }) => {
    await page.goto(world.app.url);
    await page.getByRole('button', { name: 'Delete mail' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete mail?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(readConfig(world.configFile)).toContain('pro-mail');
    await page.getByRole('button', { name: 'Delete mail' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete host' }).click();
    await expect(page.getByRole('button', { name: 'Delete mail' })).toHaveCount(0);
    await expect.poll(() => readConfig(world.configFile)).not.toContain('pro-mail');
  });
});

test.describe('with a password freedns.io refuses', () => {
  test.beforeEach(async () => {
    world = await startWorld({
      profile: 'demo',
      passwords: { DNSTRAY_FREEDNS_PASSWORD_DEMO: 'not-the-password' },
    });
  });

  test('the record shows "rejected" with the server\'s message and the host pauses', async ({
    page,
  }) => {
    await page.goto(world.app.url);
    await page.getByRole('button', { name: 'Update home now' }).click();
    const row = page.getByTestId('record-row-A');
    await expect(row.getByTestId('record-status')).toHaveText('rejected');
    await expect(row).toContainText('Invalid username or password.');
    await expect(page.getByTestId('host-card')).toContainText(/Updates of home are paused/);
    expect(world.freedns.updatesToday('demo', 'home')).toBe(0);
    await expectAccessible(page, 'the Hosts window with a refused host');
    await saveScreenshot(page, 'hosts-rejected');
  });
});
