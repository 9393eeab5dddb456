import { expect, test } from '@playwright/test';
import {
  checkView,
  closedPort,
  countCalls,
  delayNextRequests,
  emulatorRequests,
  fillConnectForm,
  keepPasswordForThisRun,
  openDomains,
  startDomainsHarness,
  stopDomainsHarness,
  type DomainsHarness,
} from '../../support/domains-harness.js';
import { startHeadless } from '../../support/headless-process.js';

let harness: DomainsHarness;

test.beforeAll(async () => {
  harness = await startDomainsHarness();
});
test.afterAll(async () => {
  await stopDomainsHarness(harness);
});

test.describe.configure({ mode: 'serial' });

test('connecting a free (non-reseller) account says plainly that it cannot use the API', async ({
  page,
}) => {
  await openDomains(page, harness, 'account');
  await expect(page.getByText('Connect a Freenom account to search')).toBeVisible();

  // Bad input: the field says what is wrong and nothing reaches Freenom.
  const before = (await emulatorRequests(harness)).length;
  await fillConnectForm(page, harness, 'not-an-email', 'x');
  await expect(page.getByTestId('account-panel').getByRole('alert')).toContainText(
    'e-mail address like name@example.com',
  );
  expect((await emulatorRequests(harness)).length).toBe(before);

  await fillConnectForm(page, harness, 'free@example.com', 'free');
  await keepPasswordForThisRun(page);
  const probe = page.getByTestId('probe-result');
  await expect(probe).toContainText('This account cannot use the API');
  await expect(probe).toContainText('Login credentials do not match any account');
  await checkView(page, 'domains-account-refused', { axe: false });
});

test('says plainly when Freenom cannot be reached at the given address', async ({ page }) => {
  await openDomains(page, harness, 'account');
  const panel = page.getByTestId('account-panel');
  await panel.getByLabel('E-mail').fill('demo@example.com');
  await panel.getByLabel('Password').fill('demo');
  await panel.getByLabel('API base URL').fill(`http://127.0.0.1:${await closedPort()}/v2`);
  await panel.getByRole('button', { name: 'Connect and check' }).click();
  await keepPasswordForThisRun(page);
  await expect(page.getByTestId('probe-result')).toContainText(
    'The Freenom API cannot be reached: Freenom at 127.0.0.1',
  );
});

test('connecting the reseller account passes the probe and never shows the password', async ({
  page,
}) => {
  await openDomains(page, harness, 'account');
  await fillConnectForm(page, harness, 'demo@example.com', 'demo');
  await keepPasswordForThisRun(page);
  await expect(page.getByTestId('probe-result')).toHaveText(
    'This account can use the Freenom API.',
  );
  await expect(page.getByTestId('freenom-account')).toContainText('demo@example.com');
  await expect(page.getByTestId('account-panel').getByLabel('Password')).toHaveValue('');
  await expect(
    page.getByText(
      'A password is set (kept in memory until DNS Tray quits); leave empty to keep it.',
    ),
  ).toBeVisible();
  await checkView(page, 'domains-account');
});

test('takes the password from DNSTRAY_FREENOM_PASSWORD, so connecting needs no password typed', async ({
  page,
}) => {
  const app = await startHeadless([], { DNSTRAY_FREENOM_PASSWORD: 'demo' });
  try {
    const withEnv = { ...harness, app };
    await openDomains(page, withEnv, 'account');
    await expect(
      page.getByText('A password is set (from the environment); leave empty to keep it.'),
    ).toBeVisible();
    await fillConnectForm(page, withEnv, 'demo@example.com', '');
    await expect(page.getByTestId('probe-result')).toHaveText(
      'This account can use the Freenom API.',
    );
    await expect(page.getByRole('button', { name: 'Keep it for this run' })).toHaveCount(0);
  } finally {
    expect(await app.stop()).toBe(0);
  }
});

test('searches many names across endings with progress, availability and a price table', async ({
  page,
}) => {
  await openDomains(page, harness, 'search');
  const panel = page.getByTestId('search-panel');

  const before = countCalls(await emulatorRequests(harness), 'domain/search');
  await panel.getByLabel('Names').fill('good, bad_name!');
  await panel.getByRole('button', { name: 'Search' }).click();
  await expect(panel.getByRole('alert')).toContainText('bad_name!.tk');
  expect(countCalls(await emulatorRequests(harness), 'domain/search')).toBe(before);

  await panel.getByLabel('Names').fill('shop business fresh taken');
  await panel.getByRole('checkbox', { name: '.net' }).check();
  await delayNextRequests(harness, 250, 8);
  await panel.getByRole('button', { name: 'Search' }).click();
  // Slow answers: the button shows it is busy and the line says how far the check has come.
  await expect(panel.getByRole('progressbar', { name: 'Searching' })).toBeVisible();
  await expect(panel.getByText('Checked 4 of 12')).toBeVisible();
  const table = page.getByRole('table', { name: 'Search results' });
  await expect(table.getByRole('row')).toHaveCount(13);
  expect(countCalls(await emulatorRequests(harness), 'domain/search')).toBe(before + 12);
  const fresh = table.getByRole('row', { name: /^fresh\.com/ });
  await expect(fresh).toContainText('available');
  await expect(fresh).toContainText('EUR 12.95');
  await expect(fresh).toContainText('EUR 25.90');
  await expect(table.getByRole('row', { name: /^shop\.tk/ })).toContainText('taken');
  await expect(table.getByRole('row', { name: /^taken\.tk/ })).toContainText('taken');
  await checkView(page, 'domains-search');

  await fresh.getByRole('link', { name: 'Register fresh.com' }).click();
  await expect(page.getByTestId('register-panel').getByLabel('Domain name')).toHaveValue(
    'fresh.com',
  );
});

test('registers a domain through the guided form after confirming the price', async ({ page }) => {
  await openDomains(page, harness, 'register');
  const form = page.getByTestId('register-panel');
  await form.getByLabel('Domain name').fill('brandnew.com');
  await form.getByLabel('Period').selectOption('2Y');

  // Bad input: one nameserver and no owner; the fields say so and nothing is sent.
  const before = countCalls(await emulatorRequests(harness), 'domain/register');
  await form.getByRole('textbox', { name: 'Nameservers' }).fill('ns1.example.net');
  await form.getByRole('button', { name: 'Review and register…' }).click();
  await expect(form.getByText('Enter at least 2 nameservers.')).toBeVisible();
  await form.getByRole('textbox', { name: 'Nameservers' }).fill('ns1.example.net\nns2.example.net');
  await form.getByRole('button', { name: 'Review and register…' }).click();
  await expect(form.getByText('Choose an owner contact, or turn on ID Shield.')).toBeVisible();
  expect(countCalls(await emulatorRequests(harness), 'domain/register')).toBe(before);

  await form.getByLabel('Owner', { exact: true }).selectOption('C1001');
  await form.getByRole('button', { name: 'Review and register…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Register brandnew.com?' });
  await expect(dialog.getByTestId('register-price')).toHaveText('brandnew.com for 2Y: EUR 25.90.');
  await checkView(page, 'domains-register-confirm');
  await dialog.getByRole('button', { name: 'Register' }).click();
  await expect(form.getByTestId('order-result')).toContainText('brandnew.com: REGISTERED');
  await expect(form.getByTestId('order-result')).toContainText('charged EUR 25.90');
  await checkView(page, 'domains-register', { axe: false });
});

test('shows Freenom’s own words when it refuses a registration', async ({ page }) => {
  await openDomains(page, harness, 'register');
  const form = page.getByTestId('register-panel');
  await form.getByLabel('Domain name').fill('gluefree.com');
  await form
    .getByRole('textbox', { name: 'Nameservers' })
    .fill('ns1.gluefree.com\nns2.gluefree.com');
  await form.getByRole('checkbox', { name: /ID Shield/ }).check();
  await form.getByRole('button', { name: 'Review and register…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Register' }).click();
  await expect(form.getByRole('alert')).toContainText(
    'Nameserver NS1.GLUEFREE.COM is under the domain and needs a glue record first',
  );
});
