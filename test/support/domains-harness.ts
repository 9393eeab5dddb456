import { AxeBuilder } from '@axe-core/playwright';
import { createServer } from 'node:net';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { RunningEmulator } from '../emulators/common/emulator-server.js';
import { DEFAULT_FREENOM_SEED, startFreenomEmulator } from '../emulators/freenom/index.js';
import { startHeadless, type RunningHeadless } from './headless-process.js';

/**
 * The Domains window's end-to-end ground: the built headless shell and a Freenom emulator, both
 * on 127.0.0.1, with the account connected through the window's own form.
 */
export interface DomainsHarness {
  app: RunningHeadless;
  emulator: RunningEmulator;
  baseUrl: string;
}

export interface EmulatorRequest {
  path: string;
  verb: string;
  testMode: boolean;
}

export async function startDomainsHarness(seed?: unknown): Promise<DomainsHarness> {
  const emulator = await startFreenomEmulator({ port: 0, ...(seed ? { seed } : {}) });
  const app = await startHeadless();
  return { app, emulator, baseUrl: `${emulator.url}/v2` };
}

export async function stopDomainsHarness(harness: DomainsHarness | undefined): Promise<void> {
  if (!harness) return;
  await harness.emulator.close();
  expect(await harness.app.stop()).toBe(0);
}

/** Opens the app (trading the token for its cookie) at one Domains tab. */
export async function openDomains(page: Page, harness: DomainsHarness, tab: string): Promise<void> {
  await page.goto(harness.app.url);
  await page.goto(`${harness.app.origin}/#/domains/${tab}`);
  await expect(page.getByRole('heading', { name: 'Domains', level: 1 })).toBeVisible();
}

export async function fillConnectForm(
  page: Page,
  harness: DomainsHarness,
  email: string,
  password: string,
): Promise<void> {
  const panel = page.getByTestId('account-panel');
  await panel.getByLabel('E-mail').fill(email);
  await panel.getByLabel('Password').fill(password);
  await panel.getByLabel('API base URL').fill(harness.baseUrl);
  await panel.getByRole('button', { name: 'Connect and check' }).click();
}

/** The headless shell cannot encrypt a password: the window asks, the test keeps it in memory. */
export async function keepPasswordForThisRun(page: Page): Promise<void> {
  await expect(page.getByText('The headless shell does not save passwords')).toBeVisible();
  await page.getByRole('button', { name: 'Keep it for this run' }).click();
}

/** Connects the demo reseller account once for the whole file (the core keeps it). */
export async function connectDemoAccount(browser: Browser, harness: DomainsHarness): Promise<void> {
  const page = await browser.newPage();
  await openDomains(page, harness, 'account');
  await fillConnectForm(page, harness, 'demo@example.com', 'demo');
  await keepPasswordForThisRun(page);
  await expect(page.getByTestId('probe-result')).toHaveText(
    'This account can use the Freenom API.',
  );
  await page.close();
}

/** The emulator's request log (paths like domain/register), newest last. */
export async function emulatorRequests(harness: DomainsHarness): Promise<EmulatorRequest[]> {
  const response = await fetch(`${harness.emulator.url}/_emulator/state`);
  const state = (await response.json()) as { requests: EmulatorRequest[] };
  return state.requests;
}

export async function emulatorState(harness: DomainsHarness): Promise<Record<string, unknown>> {
  const response = await fetch(`${harness.emulator.url}/_emulator/state`);
  return (await response.json()) as Record<string, unknown>;
}

export async function resetEmulator(harness: DomainsHarness): Promise<void> {
  await fetch(`${harness.emulator.url}/_emulator/reset`, { method: 'POST', body: '{}' });
}

/** A loopback port that was free a moment ago and has nothing listening now. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Makes the emulator's next `count` answers wait `ms` first (to see progress). */
export async function delayNextRequests(
  harness: DomainsHarness,
  ms: number,
  count: number,
): Promise<void> {
  const response = await fetch(`${harness.emulator.url}/_emulator/faults`, {
    method: 'POST',
    body: JSON.stringify({ fault: { kind: 'delay', ms }, count }),
  });
  expect(response.status).toBe(200);
}

/** How many calls of one Freenom function (e.g. "domain/register") the emulator received. */
export function countCalls(requests: readonly EmulatorRequest[], fn: string): number {
  return requests.filter(
    (r) => r.path.replace(/^\/?(v2\/)?/, '').replace(/\.(json|xml)$/, '') === fn,
  ).length;
}

/**
 * A screenshot of the view as a test artifact and, unless the view was already checked in
 * another state, no serious or critical axe violations in the Domains window.
 */
export async function checkView(page: Page, name: string, options = { axe: true }): Promise<void> {
  if (options.axe) {
    const results = await new AxeBuilder({ page }).include('section.domains').analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(serious, `axe on ${name}`).toEqual([]);
  }
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

/** An account with `count` domains (every third one paid), expiring 40-739 days from now. */
export function bulkSeed(count: number, email = 'bulk@example.com', password = 'bulk') {
  const domains = Array.from({ length: count }, (_, i) => ({
    domainname: `d${String(i).padStart(4, '0')}.tk`,
    domaintype: i % 3 === 0 ? 'PAID' : 'FREE',
    expires: { daysFromNow: 40 + (i % 700) },
    nameservers: ['ns1.example.net', 'ns2.example.net'],
  }));
  return { ...DEFAULT_FREENOM_SEED, accounts: [{ email, password, domains }] };
}
