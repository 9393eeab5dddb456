import { chromium, type Browser, type Page } from '@playwright/test';
import { findChromium } from '../test/support/find-chromium.js';
import { row, type BenchRow, type Measurement } from './bench-row.js';
import { median } from './stats.js';
import { startUiWorld, type UiWorld } from './ui-world.js';

const HOSTS = 1_000;
const DOMAINS = 5_000;
const ROUNDS = 5;
const MARK = 'dnstray-bench:ready';

/**
 * Injected before any page script: on every frame, test the page's "rendered" condition and,
 * the first time it holds, leave a performance mark. The mark's time is measured from the
 * navigation start of the (re)loaded document.
 */
function watchFor(condition: string): string {
  return `(() => {
    const ready = () => { ${condition} };
    const tick = () => {
      try { if (ready()) { performance.mark(${JSON.stringify(MARK)}); return; } } catch {}
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })();`;
}

// The list is virtualized: "ready" is the count of every host and the first cards drawn.
const HOSTS_READY = `return location.hash.startsWith('#/hosts') && document.querySelector('[data-testid="host-count"]')?.textContent === '${HOSTS.toLocaleString('en')} hosts' && document.querySelectorAll('[data-testid="host-card"]').length >= 3;`;
const DOMAINS_READY = `const count = document.querySelector('[data-testid="domain-count"]');
  return !!count && count.textContent.trim().startsWith('${DOMAINS} of ${DOMAINS}') && document.querySelectorAll('[role="row"]').length > 1;`;

/**
 * Time to a usable window in Chromium (found by test/support/find-chromium.ts), served by
 * the headless shell: Hosts with 1,000 hosts, Domains with 5,000 domains. Each figure is a full
 * page load, from navigation start to the first frame showing everything (performance mark).
 */
export const renderTimes: Measurement = {
  id: 'renderer.render',
  title: 'Render Hosts (1,000) and Domains (5,000) in Chromium',
  async run(): Promise<BenchRow[]> {
    const world = await startUiWorld({ hosts: HOSTS, domains: DOMAINS });
    let browser: Browser | undefined;
    try {
      browser = await chromium.launch({
        executablePath: findChromium(),
        args: ['--no-sandbox'],
      });
      const detail = (what: string) =>
        `${ROUNDS} full page loads from the headless shell on 127.0.0.1; ${what}; Chromium ${browser!.version()}`;
      const hosts = await timeLoads(browser, world, '#/hosts', HOSTS_READY);
      const domains = await timeLoads(browser, world, '#/domains', DOMAINS_READY);
      return [
        row(
          'renderer.render.hosts',
          `Render Hosts with ${HOSTS.toLocaleString('en')} hosts (median)`,
          median(hosts),
          'ms',
          detail('navigation start to "1,000 hosts" and the cards in view drawn (virtualized)'),
        ),
        row(
          'renderer.render.domains',
          `Render Domains with ${DOMAINS.toLocaleString('en')} domains (median)`,
          median(domains),
          'ms',
          detail(
            'navigation start to "5000 of 5000 domains" and the first rows drawn, list cached in the core',
          ),
        ),
      ];
    } finally {
      await browser?.close();
      await world.close();
    }
  },
};

async function timeLoads(
  browser: Browser,
  world: UiWorld,
  hash: string,
  condition: string,
): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(watchFor(condition));
    await page.goto(world.shell.url); // exchanges the token for the cookie
    await page.goto(`${world.shell.origin}/${hash}`);
    await waitForMark(page);
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      await page.reload();
      times.push(await waitForMark(page));
    }
    return times;
  } finally {
    await context.close();
  }
}

async function waitForMark(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark, 'mark')[0]?.startTime ?? null,
    MARK,
    { timeout: 60_000, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}
