import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { findChromium } from '../test/support/find-chromium.js';
import { notAvailable, row, type BenchRow, type Measurement } from './bench-row.js';
import { benchHistory } from './flat-cost-history.js';
import { median } from './stats.js';
import { startUiWorld, type UiWorld } from './ui-world.js';

const ROUNDS = 5;
/** A keystroke costs a few milliseconds, so one busy moment moves it a lot: take more of them. */
const KEY_ROUNDS = 21;
const BASE = { hosts: 10, domains: 50, events: 50 };

/**
 * One window timed at a small and a large size: the page condition for its first useful
 * frame, and a keystroke in its filter with the condition for the filtered frame. Conditions
 * are page-side function bodies returning a boolean.
 */
interface WindowCase {
  name: string;
  hash: string;
  what: string;
  sizes: { small: number; large: number };
  world: (n: number) => { hosts: number; domains: number; events: number };
  ready: (n: number) => string;
  /** Clears the filter, waits for the whole list, and focuses the filter. */
  reset: (page: Page, n: number) => Promise<void>;
  key: string;
  filtered: (n: number) => string;
}

const text = (testId: string) =>
  `(document.querySelector('[data-testid="${testId}"]')?.textContent ?? '')`;
const firstRow = `(document.querySelectorAll('[role="rowgroup"] [role="row"]')[0]?.textContent ?? '')`;
const en = (n: number) => n.toLocaleString('en');

const CASES: WindowCase[] = [
  {
    name: 'Hosts',
    hash: '#/hosts',
    what: 'hosts',
    sizes: { small: 10, large: 1_000 },
    world: (hosts) => ({ ...BASE, hosts }),
    ready: (n) =>
      `return ${text('host-count')} === '${en(n)} hosts' && !!document.querySelector('[data-testid="host-card"]');`,
    async reset(page, n) {
      await page.getByLabel('Filter hosts').fill('');
      await page
        .getByTestId('host-count')
        .filter({ hasText: `${en(n)} hosts` })
        .waitFor();
      await page.getByLabel('Filter hosts').focus();
    },
    key: '7',
    filtered: () =>
      `return ${text('host-count')}.includes(' of ') && (document.querySelector('[data-testid="host-card"] h2')?.textContent ?? '').includes('7');`,
  },
  {
    name: 'Domains',
    hash: '#/domains',
    what: 'domains',
    sizes: { small: 50, large: 5_000 },
    world: (domains) => ({ ...BASE, domains }),
    ready: (n) =>
      `return ${text('domain-count')}.endsWith(' of ${n} domains') && ${firstRow} !== '';`,
    async reset(page, n) {
      const filter = page.getByTestId('my-domains-panel').getByLabel('Filter');
      await filter.fill('');
      await page
        .getByTestId('domain-count')
        .filter({ hasText: `${n} of ${n} domains` })
        .waitFor();
      await filter.focus();
    },
    key: '7',
    filtered: (n) =>
      `const m = /^(\\d+) of ${n} domains/.exec(${text('domain-count')}); return !!m && Number(m[1]) < ${n} && ${firstRow}.includes('7');`,
  },
  {
    name: 'Activity',
    hash: '#/activity',
    what: 'events',
    sizes: { small: 50, large: 5_000 },
    world: (events) => ({ ...BASE, events }),
    ready: (n) =>
      `return ${text('history-count')}.endsWith(' of ${n} events') && ${firstRow} !== '';`,
    // From one filter to another that each leave more than a screenful on both sides, so both
    // frames replace a whole screen of rows and the ratio shows what the history's size costs.
    // (From "All types" to "Address changes", 50 events leave 5 rows to draw against 19: a
    // smaller frame, not a cheaper history. Measured: 200 events, 20 rows, cost what 5,000 do.)
    async reset(page, n) {
      const type = page.getByLabel('Type', { exact: true });
      await type.selectOption('address-changed');
      await page
        .getByTestId('history-count')
        .filter({ hasText: `${n / 10} of ${n} events` })
        .waitFor();
      await type.focus();
    },
    key: 'a', // type-ahead in the Type list: Address changes -> A records
    filtered: (n) =>
      `const m = /^(\\d+) of ${n} events/.exec(${text('history-count')}); return !!m && Number(m[1]) > ${n / 10} && ${firstRow}.includes('.freedns.io');`,
  },
];

/**
 * Page-side: after `arm` (a load, or the keydown that follows), the time from `start` to the
 * end of the first frame whose DOM meets the condition (rAF, then a task after that frame's
 * rendering), kept in window.__flatCost.
 */
function watcher(condition: string, onKeydown: boolean): string {
  return `(() => {
    window.__flatCost = null;
    const ready = () => { ${condition} };
    const watch = (start) => {
      const tick = () => {
        let ok = false;
        try { ok = ready(); } catch {}
        if (!ok) return requestAnimationFrame(tick);
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { window.__flatCost = performance.now() - start; };
        channel.port2.postMessage(0);
      };
      requestAnimationFrame(tick);
    };
    ${
      onKeydown
        ? `addEventListener('keydown', (event) => watch(event.timeStamp), { capture: true, once: true });`
        : 'watch(0);'
    }
  })();`;
}

async function readCost(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => (window as { __flatCost?: number | null }).__flatCost ?? null,
    null,
    {
      timeout: 60_000,
      polling: 20,
    },
  );
  return (await handle.jsonValue()) as number;
}

interface Side {
  n: number;
  world: UiWorld;
  context: BrowserContext;
  page: Page;
  load: number[];
  key: number[];
}

async function openSide(browser: Browser, c: WindowCase, n: number): Promise<Side> {
  const counts = c.world(n);
  const world = await startUiWorld({
    hosts: counts.hosts,
    domains: counts.domains,
    historyJsonl: benchHistory(counts.events, counts.hosts),
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(watcher(c.ready(n), false));
  await page.goto(world.shell.url, { waitUntil: 'commit' }); // exchanges the token for the cookie
  await page.waitForLoadState('domcontentloaded');
  await page.goto(`${world.shell.origin}/${c.hash}`, { waitUntil: 'commit' });
  await readCost(page); // warm: the core caches the Freenom list, Chromium the chunks
  return { n, world, context, page, load: [], key: [] };
}

/** Rounds alternate which size goes first, so a busy moment of the machine hits both alike. */
async function timeWindow(browser: Browser, c: WindowCase): Promise<BenchRow[]> {
  const sides: Side[] = [];
  try {
    sides.push(await openSide(browser, c, c.sizes.small));
    sides.push(await openSide(browser, c, c.sizes.large));
    for (let round = 0; round < ROUNDS; round++) {
      for (const side of round % 2 ? [...sides].reverse() : sides) {
        await side.page.reload({ waitUntil: 'commit', timeout: 60_000 });
        side.load.push(await readCost(side.page));
      }
    }
    let keyFailure: string | undefined;
    try {
      for (let round = 0; round < KEY_ROUNDS; round++) {
        for (const side of round % 2 ? [...sides].reverse() : sides) {
          await c.reset(side.page, side.n);
          await side.page.evaluate(watcher(c.filtered(side.n), true));
          await side.page.keyboard.press(c.key);
          side.key.push(await readCost(side.page));
        }
      }
    } catch (error) {
      keyFailure = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    }
    if (keyFailure) {
      const id = `renderer.flat.${c.name.toLowerCase()}.key`;
      const why = `the keystroke could not be timed: ${keyFailure}`;
      return [
        ...rowsOf(c, sides[0]!, sides[1]!, ['load']),
        notAvailable(id, `${c.name} keystroke to filtered frame`, why),
      ];
    }
    return rowsOf(c, sides[0]!, sides[1]!);
  } catch (error) {
    throw new Error(`${c.name}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  } finally {
    for (const side of sides) {
      await side.context.close();
      await side.world.close();
    }
  }
}

function rowsOf(
  c: WindowCase,
  small: Side,
  large: Side,
  kinds: readonly ('load' | 'key')[] = ['load', 'key'],
): BenchRow[] {
  const id = `renderer.flat.${c.name.toLowerCase()}`;
  const sizes = `${en(small.n)} vs ${en(large.n)} ${c.what}`;
  const detail = (kind: 'load' | 'key', what: string) =>
    `${kind === 'load' ? ROUNDS : KEY_ROUNDS} rounds each, small and large interleaved; ${what}; medians`;
  const pair = (kind: 'load' | 'key', label: string, what: string): BenchRow[] => {
    const s = median(small[kind]);
    const l = median(large[kind]);
    return [
      row(
        `${id}.${kind}.small`,
        `${c.name} ${label}, ${en(small.n)} ${c.what}`,
        s,
        'ms',
        detail(kind, what),
      ),
      row(
        `${id}.${kind}.large`,
        `${c.name} ${label}, ${en(large.n)} ${c.what}`,
        l,
        'ms',
        detail(kind, what),
      ),
      row(
        `${id}.${kind}.ratio`,
        `${c.name} ${label}, ${sizes} (ratio, target ≤ 1.5)`,
        l / s,
        '×',
        detail(kind, what),
      ),
    ];
  };
  const load = pair(
    'load',
    'first useful frame',
    'navigation start to the end of the first frame with the count and rows',
  );
  if (!kinds.includes('key')) return load;
  return [
    ...load,
    ...pair(
      'key',
      'keystroke to filtered frame',
      `keydown of "${c.key}" in the filter to the end of the first frame showing the narrowed list`,
    ),
  ];
}

/**
 * Issue 16's "flat cost": each window at a small and a large size in the same run, in
 * Chromium (test/support/find-chromium.ts) against the headless shell on 127.0.0.1.
 */
export const flatCost: Measurement = {
  id: 'renderer.flat',
  title: 'Flat cost: Hosts, Domains and Activity small vs large in Chromium',
  async run(): Promise<BenchRow[]> {
    const browser = await chromium.launch({
      executablePath: findChromium(),
      args: [
        // As the end-to-end tests launch it (playwright.config.ts): nothing reaches out.
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    });
    try {
      const rows: BenchRow[] = [];
      for (const c of CASES) {
        try {
          rows.push(...(await timeWindow(browser, c)));
        } catch (error) {
          const why = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
          rows.push(notAvailable(`renderer.flat.${c.name.toLowerCase()}`, c.name, why));
        }
      }
      return rows;
    } finally {
      await browser.close();
    }
  },
};
