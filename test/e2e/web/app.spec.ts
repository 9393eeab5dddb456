import { expect, test } from '@playwright/test';
import { startHeadless, type RunningHeadless } from '../../support/headless-process.js';

let app: RunningHeadless;

test.beforeAll(async () => {
  app = await startHeadless();
});

test.afterAll(async () => {
  expect(await app.stop()).toBe(0);
});

test('opens the printed URL and shows the running version', async ({ page }) => {
  await page.goto(app.url);
  await expect(page.getByTestId('version')).toHaveText(/^Version \d+\.\d+\.\d+ \(headless\)$/);
  // The token was traded for a cookie: it no longer shows in the address bar.
  expect(page.url()).toBe(`${app.origin}/`);
  const cookies = await page.context().cookies();
  expect(cookies).toEqual([
    expect.objectContaining({ httpOnly: true, sameSite: 'Strict', value: app.token }),
  ]);
  await page.screenshot({ path: test.info().outputPath('main-window.png') });
});

test('a browser without the token gets 401', async ({ page }) => {
  const response = await page.goto(`${app.origin}/`);
  expect(response?.status()).toBe(401);
});

test('the content security policy blocks inline script', async ({ page }) => {
  await page.goto(app.url);
  const ranInline = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = true';
    document.body.append(script);
    return (window as unknown as { __inline?: boolean }).__inline === true;
  });
  expect(ranInline).toBe(false);
});

test('every window loads with a clean console under the content security policy', async ({
  page,
}) => {
  // Chromium reports a refused eval even when the page catches it (zod's JIT probe), and warns
  // about directives a <meta> policy cannot carry (frame-ancestors): both must be gone.
  const cspMessages: string[] = [];
  page.on('console', (message) => {
    if (/content security policy|refused to/i.test(message.text()))
      cspMessages.push(`${message.type()}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`),
    );
  });
  const response = await page.goto(app.url);
  for (const route of ['hosts', 'settings', 'activity', 'domains']) {
    await page.goto(`${app.origin}/#/${route}`);
    await expect(page.locator('main h1').first()).toBeVisible();
  }
  const violations = await page.evaluate(
    () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
  );
  expect({ cspMessages, violations }).toEqual({ cspMessages: [], violations: [] });
  // Framing is refused by the response headers, where frame-ancestors takes effect.
  const headers = response?.headers() ?? {};
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['content-security-policy']).toBe("frame-ancestors 'none'");
});
