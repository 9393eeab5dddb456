import { expect, test, type Page } from '@playwright/test';
import {
  checkView,
  connectDemoAccount,
  countCalls,
  emulatorRequests,
  emulatorState,
  openDomains,
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

/** Opens My domains and the details of one domain. */
async function openDetails(page: Page, domain: string) {
  await openDomains(page, harness, 'mine');
  const table = page.getByRole('table', { name: 'My domains' });
  await table
    .getByRole('row', { name: new RegExp(`^${domain.replace('.', '\\.')}`) })
    .getByRole('cell')
    .first()
    .click();
  const details = page.getByTestId('domain-details');
  await expect(details.getByRole('heading', { name: domain, level: 2 })).toBeVisible();
  await expect(details.getByTestId('domain-target')).toBeVisible();
  return details;
}

const calls = async (fn: string) => countCalls(await emulatorRequests(harness), fn);

test('lists every domain with status, expiry, days left and auto-renew, and shows details', async ({
  page,
}) => {
  await openDomains(page, harness, 'mine');
  await expect(page.getByTestId('domain-count')).toHaveText('5 of 5 domains');
  const table = page.getByRole('table', { name: 'My domains' });
  const soon = table.getByRole('row', { name: /^renewsoon\.tk/ });
  await expect(soon).toContainText('ACTIVE');
  await expect(soon).toContainText('9 days');
  await expect(soon).toContainText('renewable now');
  await expect(soon.getByRole('switch', { name: 'Auto-renew renewsoon.tk' })).not.toBeChecked();
  await expect(table.getByRole('row', { name: /^business\.com/ })).toContainText('by Freenom');
  // The switch works from the keyboard, inside a row that itself opens details on Space.
  const labSwitch = table.getByRole('switch', { name: 'Auto-renew lab.ga' });
  await labSwitch.focus();
  await page.keyboard.press('Space');
  await expect(labSwitch).toBeChecked();
  await expect(page.getByTestId('domain-details')).toHaveCount(0);
  await checkView(page, 'domains-mine');

  const details = await openDetails(page, 'business.com');
  await expect(details.getByTestId('domain-target')).toHaveText('ns1.example.net, ns2.example.net');
  await expect(details.getByRole('table', { name: 'Contacts of business.com' })).toContainText(
    'C1001 — Dana Demo',
  );
  await expect(details.getByText('BUSI-7781-AUTH')).toBeVisible();
  await checkView(page, 'domains-details');
});

test('renews a domain for the chosen period, and says when Freenom will not renew one', async ({
  page,
}) => {
  let details = await openDetails(page, 'renewsoon.tk');
  await details.getByLabel('Renewal period').selectOption('12M');
  await details.getByRole('button', { name: 'Renew…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Renew renewsoon.tk?' });
  await expect(dialog.getByTestId('renew-price')).toHaveText(
    'renewsoon.tk for 12M: free of charge.',
  );
  await dialog.getByRole('button', { name: 'Renew', exact: true }).click();
  await expect(details.getByTestId('order-result')).toContainText(
    /renewsoon\.tk: RENEWED, expires \d{4}-\d{2}-\d{2}/,
  );

  details = await openDetails(page, 'shop.tk');
  await details.getByLabel('Renewal period').selectOption('2Y');
  await details.getByRole('button', { name: 'Renew…' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Renew shop.tk?' }).getByTestId('renew-price'),
  ).toHaveText('shop.tk for 2Y: EUR 20.00.');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  // myhome.ml is free and expires in 70 days: Freenom renews it only in its last 14 (it would
  // answer NOT AVAILABLE), so Renew is disabled and the window says when it opens.
  const before = await calls('domain/renew');
  details = await openDetails(page, 'myhome.ml');
  const note =
    /^Free domains can be renewed only in their last days: this one from \d{4}-\d{2}-\d{2}\.$/;
  await expect(details.getByText(note)).toBeVisible();
  const renew = details.getByRole('button', { name: 'Renew…' });
  await expect(renew).toBeDisabled();
  await expect(renew).toHaveAccessibleDescription(note);
  expect(await calls('domain/renew')).toBe(before);
});

test('modifies where a domain points; bad input is refused before anything is sent', async ({
  page,
}) => {
  const details = await openDetails(page, 'myhome.ml');
  const form = details.getByTestId('modify-form');
  const before = await calls('domain/modify');
  await form.getByRole('radio', { name: 'Use nameservers' }).check();
  await form.getByRole('textbox', { name: 'Nameservers' }).fill('ns1.example.net');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByText('Enter at least 2 nameservers.')).toBeVisible();
  await form.getByRole('radio', { name: 'Forward to a web address' }).check();
  await form.getByLabel('Forward URL').fill('ftp://example.org/');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByText('Enter an http:// or https:// address to forward to.')).toBeVisible();
  expect(await calls('domain/modify')).toBe(before);

  await form.getByRole('radio', { name: 'Use nameservers' }).check();
  await form.getByRole('textbox', { name: 'Nameservers' }).fill('ns1.example.net\nns2.example.net');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByRole('status')).toHaveText('myhome.ml: MODIFIED');
  await expect(details.getByTestId('domain-target')).toHaveText('ns1.example.net, ns2.example.net');

  await form.getByRole('radio', { name: 'Forward to a web address' }).check();
  await form.getByLabel('Forward URL').fill('https://example.org/new');
  await form.getByLabel('Forward mode').selectOption('301_redirect');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(details.getByTestId('domain-target')).toHaveText(
    'forward to https://example.org/new (301_redirect)',
  );

  // Contacts, ID Shield and a paid domain's own Freenom auto-renew change through modify too.
  const paid = await openDetails(page, 'business.com');
  await paid.getByLabel('New tech').selectOption('C1001');
  await paid.getByLabel('ID Shield').selectOption('enabled');
  await paid.getByLabel('Freenom auto-renew').selectOption('disabled');
  await paid.getByRole('button', { name: 'Save changes' }).click();
  await expect(paid.getByTestId('modify-form').getByRole('status')).toHaveText(
    'business.com: MODIFIED',
  );
  const row = page
    .getByRole('table', { name: 'My domains' })
    .getByRole('row', { name: /^business\.com/ });
  await expect(row.getByRole('cell').last()).toHaveText('off');
  const state = (await emulatorState(harness)) as {
    accounts: { domains: { domainname: string; idshield: string; autorenew: string }[] }[];
  };
  expect(state.accounts[0]!.domains.find((d) => d.domainname === 'business.com')).toMatchObject({
    idshield: 'enabled',
    autorenew: 'disabled',
  });
});

test('shows Freenom’s own words when it refuses a change', async ({ page }) => {
  const details = await openDetails(page, 'lab.ga');
  const form = details.getByTestId('modify-form');
  await form.getByRole('radio', { name: 'Use nameservers' }).check();
  await form.getByRole('textbox', { name: 'Nameservers' }).fill('ns3.lab.ga\nns4.lab.ga');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByRole('alert')).toHaveText(
    'Freenom said: Nameserver NS3.LAB.GA is under the domain and needs a glue record first',
  );
});

test('deletes a domain only once its name is typed, then restores it', async ({ page }) => {
  const details = await openDetails(page, 'renewsoon.tk');
  await details.getByRole('button', { name: 'Delete…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete renewsoon.tk?' });
  const confirm = dialog.getByRole('button', { name: 'Delete domain' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('Type renewsoon.tk to confirm').fill('renewsoon.t');
  await expect(confirm).toBeDisabled();
  await checkView(page, 'domains-delete-confirm');
  await dialog.getByLabel('Type renewsoon.tk to confirm').fill('renewsoon.tk');
  await confirm.click();
  await expect(details.getByTestId('action-outcome')).toHaveText('renewsoon.tk: DELETED');
  const row = page
    .getByRole('table', { name: 'My domains' })
    .getByRole('row', { name: /^renewsoon\.tk/ });
  await expect(row).toContainText('CANCELLED');

  await details.getByRole('button', { name: 'Restore' }).click();
  await expect(details.getByTestId('action-outcome')).toHaveText('renewsoon.tk: RESTORED');
  await expect(row).toContainText('ACTIVE');
});

test('upgrades a free domain to paid, after asking for an owner', async ({ page }) => {
  const details = await openDetails(page, 'myhome.ml');
  const before = await calls('domain/upgrade');
  await details.getByRole('button', { name: 'Upgrade' }).click();
  await expect(details.getByText('Choose an owner contact, or turn on ID Shield.')).toBeVisible();
  expect(await calls('domain/upgrade')).toBe(before);
  await details.getByLabel('Upgrade owner').selectOption('C1001');
  await details.getByLabel('Paid period').selectOption('2Y');
  await details.getByRole('button', { name: 'Upgrade' }).click();
  await expect(details.getByTestId('action-outcome')).toHaveText('myhome.ml: UPGRADED');
  await expect(
    page.getByRole('table', { name: 'My domains' }).getByRole('row', { name: /^myhome\.ml/ }),
  ).toContainText('PAID');
});

test('registers, updates and deletes glue records, refusing hosts outside the domain', async ({
  page,
}) => {
  const details = await openDetails(page, 'lab.ga');
  const glue = details.getByTestId('glue-panel');
  const table = glue.getByRole('table', { name: 'Glue records of lab.ga' });
  await expect(table.getByRole('row', { name: /ns1\.lab\.ga 192\.0\.2\.10/ })).toBeVisible();

  const before = await calls('nameserver/register');
  await glue.getByLabel('Glue host').fill('ns3.other.net');
  await glue.getByLabel('Glue address').fill('192.0.2.12');
  await glue.getByRole('button', { name: 'Save glue record' }).click();
  await expect(
    glue.getByText('A glue record is for a nameserver under lab.ga, e.g. ns1.lab.ga.'),
  ).toBeVisible();
  await glue.getByLabel('Glue host').fill('ns3.lab.ga');
  await glue.getByLabel('Glue address').fill('999.0.2.12');
  await glue.getByRole('button', { name: 'Save glue record' }).click();
  await expect(
    glue.getByText('Enter the address as IPv4 (203.0.113.7) or IPv6 (2001:db8::1).'),
  ).toBeVisible();
  expect(await calls('nameserver/register')).toBe(before);

  await glue.getByLabel('Glue address').fill('192.0.2.12');
  await glue.getByRole('button', { name: 'Save glue record' }).click();
  await expect(glue.getByRole('status')).toHaveText('ns3.lab.ga: REGISTERED');
  await expect(table.getByRole('row', { name: /ns3\.lab\.ga 192\.0\.2\.12/ })).toBeVisible();
  await glue.getByLabel('Glue address').fill('2001:db8::53');
  await glue.getByRole('button', { name: 'Save glue record' }).click();
  await expect(glue.getByRole('status')).toHaveText('ns3.lab.ga: UPDATED');
  await expect(table.getByRole('row', { name: /ns3\.lab\.ga 2001:db8::53/ })).toBeVisible();
  await checkView(page, 'domains-glue', { axe: false });
  await table.getByRole('button', { name: 'Delete glue ns3.lab.ga' }).click();
  await expect(glue.getByRole('status')).toHaveText('ns3.lab.ga: DELETED');
  await expect(table.getByRole('row', { name: /ns3\.lab\.ga/ })).toHaveCount(0);
});
