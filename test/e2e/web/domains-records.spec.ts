import { expect, test } from '@playwright/test';
import {
  checkView,
  connectDemoAccount,
  countCalls,
  emulatorRequests,
  openDomains,
  resetEmulator,
  startDomainsHarness,
  stopDomainsHarness,
  type DomainsHarness,
} from '../../support/domains-harness.js';

let harness: DomainsHarness;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async ({ browser }) => {
  harness = await startDomainsHarness();
  await connectDemoAccount(browser, harness);
});
test.afterAll(async () => {
  await stopDomainsHarness(harness);
});

const calls = async (fn: string) => countCalls(await emulatorRequests(harness), fn);

test('creates, edits and deletes a contact; bad fields are named and nothing is sent', async ({
  page,
}) => {
  await openDomains(page, harness, 'contacts');
  const table = page.getByRole('table', { name: 'Contacts' });
  await expect(table.getByRole('row', { name: /^C1001 Dana Demo/ })).toContainText(
    'business.com (owner)',
  );

  const form = page.getByTestId('contact-form');
  const fill = async (values: Record<string, string>) => {
    for (const [label, value] of Object.entries(values))
      await form.getByLabel(label, { exact: true }).fill(value);
  };
  await fill({
    'First name': 'Ada',
    'Last name': 'Lovelace',
    Address: '12 St James Square',
    City: 'London',
    'Postal code': 'SW1Y 4JH',
    'State code': 'GB-LND',
    'Country code': 'XX',
    Phone: '020 7946 0000',
    'Contact e-mail': 'ada@',
  });
  const before = await calls('contact/register');
  await form.getByRole('button', { name: 'Create contact' }).click();
  await expect(
    form.getByText('Enter a two-letter ISO 3166-1 country code, e.g. US or NL.'),
  ).toBeVisible();
  await expect(
    form.getByText('Enter the phone number in international format, e.g. +1-310-123456.'),
  ).toBeVisible();
  await expect(form.getByText('Enter an e-mail address like name@example.com.')).toBeVisible();
  expect(await calls('contact/register')).toBe(before);
  await checkView(page, 'domains-contacts-invalid');

  await fill({
    'Country code': 'GB',
    Phone: '+44-20-79460000',
    'Contact e-mail': 'ada@example.org',
  });
  await form.getByRole('button', { name: 'Create contact' }).click();
  const outcome = page.getByTestId('contact-outcome');
  await expect(outcome).toHaveText(/^Contact (\S+): REGISTERED$/);
  const id = /^Contact (\S+):/.exec((await outcome.textContent()) ?? '')![1]!;
  const row = table.getByRole('row', { name: new RegExp(`^${id} Ada Lovelace`) });
  await expect(row).toContainText('ada@example.org');

  await row.getByRole('button', { name: `Edit contact ${id}` }).click();
  await expect(page.getByRole('heading', { name: `Edit contact ${id}` })).toBeVisible();
  await form.getByLabel('City', { exact: true }).fill('Marylebone');
  await form.getByRole('button', { name: 'Save contact' }).click();
  await expect(outcome).toHaveText(`Contact ${id}: UPDATED`);
  await checkView(page, 'domains-contacts', { axe: false });

  await row.getByRole('button', { name: `Delete contact ${id}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete contact' }).click();
  await expect(outcome).toHaveText(`Contact ${id}: DELETED`);
  await expect(row).toHaveCount(0);
});

test('shows Freenom’s own words when it refuses to delete a contact in use', async ({ page }) => {
  await openDomains(page, harness, 'contacts');
  await page.getByRole('button', { name: 'Delete contact C1001' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete contact' }).click();
  await expect(page.getByTestId('contact-outcome')).toHaveText(
    'Freenom said: Contact is linked to a domain and cannot be deleted',
  );
});

test('prices and requests a transfer in; bad input and a wrong code are explained', async ({
  page,
}) => {
  await openDomains(page, harness, 'transfers');
  const list = page.getByRole('table', { name: 'Transfers' });
  await expect(
    list.getByRole('row', { name: /^shop\.tk out PENDING Other Registrar Ltd/ }),
  ).toBeVisible();
  await expect(list.getByRole('row', { name: /^arriving\.com in PENDING/ })).toBeVisible();

  const form = page.getByTestId('transfer-in');
  await form.getByLabel('Domain to transfer').fill('incoming.tk');
  const before = await calls('domain/transfer/request');
  await form.getByRole('button', { name: 'Request transfer' }).click();
  await expect(form.getByText('Enter the authorization code.')).toBeVisible();
  await expect(form.getByText('Choose a contact.')).toBeVisible();
  expect(await calls('domain/transfer/request')).toBe(before);

  await form.getByLabel('Authorization code').fill('WRONG-CODE');
  await form.getByRole('button', { name: 'Get price' }).click();
  await expect(form.getByTestId('transfer-outcome')).toHaveText('Freenom said: Invalid authcode');
  await form.getByLabel('Authorization code').fill('INCO-0001-AUTH');
  await form.getByRole('button', { name: 'Get price' }).click();
  await expect(form.getByTestId('transfer-price')).toHaveText(
    'incoming.tk (PAID): EUR 10.00 for 1Y',
  );

  await form.getByLabel('Transfer owner').selectOption('C1001');
  await form.getByRole('button', { name: 'Request transfer' }).click();
  await expect(form.getByTestId('transfer-outcome')).toHaveText('incoming.tk: transfer REQUESTED');
  await expect(list.getByRole('row', { name: /^incoming\.tk in APPROVED/ })).toBeVisible();
  await checkView(page, 'domains-transfers');
});

test('approves an outgoing transfer, or declines one with a reason', async ({ page }) => {
  await openDomains(page, harness, 'transfers');
  const list = page.getByRole('table', { name: 'Transfers' });
  const shop = list.getByRole('row', { name: /^shop\.tk out/ });
  const before = await calls('domain/transfer/decline');
  await shop.getByRole('button', { name: 'Decline transfer of shop.tk' }).click();
  await expect(shop.getByText('Say why the transfer is declined.')).toBeVisible();
  expect(await calls('domain/transfer/decline')).toBe(before);
  await shop.getByLabel('Reason to decline shop.tk').fill('The owner did not ask for it');
  await shop.getByRole('button', { name: 'Decline transfer of shop.tk' }).click();
  await expect(page.getByTestId('transfer-action-outcome')).toHaveText(
    'shop.tk: transfer DECLINED',
  );
  await expect(shop).toContainText('DECLINED');

  await resetEmulator(harness);
  await page.reload();
  await list.getByRole('button', { name: 'Approve transfer of shop.tk' }).click();
  await expect(page.getByTestId('transfer-action-outcome')).toHaveText(
    'shop.tk: transfer APPROVED',
  );
  await expect(shop).toContainText('APPROVED');
});
