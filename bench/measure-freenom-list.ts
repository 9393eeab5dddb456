import { row, type BenchRow, type Measurement } from './bench-row.js';
import { median } from './stats.js';
import { startUiWorld } from './ui-world.js';

const DOMAINS = 5_000;
const ROUNDS = 5;

/**
 * Reading a 5,000-domain Freenom account into the Domains window's list, through the headless
 * shell: `domains:list` with refresh (the core pages through Freenom's domain/list), counting
 * the requests the Freenom emulator saw. Then a cached page, as scrolling asks for it.
 */
export const freenomList: Measurement = {
  id: 'freenom.list',
  title: 'Listing 5,000 Freenom domains',
  async run(): Promise<BenchRow[]> {
    const world = await startUiWorld({ hosts: 0, domains: DOMAINS });
    try {
      const times: number[] = [];
      const requests: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const before = await world.freenomRequests();
        const started = performance.now();
        const page = (await world.invoke('domains:list', {
          page: 1,
          pageSize: 100,
          refresh: true,
        })) as { total: number };
        times.push(performance.now() - started);
        requests.push((await world.freenomRequests()) - before);
        if (page.total !== DOMAINS)
          throw new Error(`the list held ${page.total} domains, not ${DOMAINS}`);
      }
      const cached: number[] = [];
      for (let page = 1; page <= 50; page++) {
        const started = performance.now();
        await world.invoke('domains:list', { page, pageSize: 100, refresh: false });
        cached.push(performance.now() - started);
      }
      const detail = `${ROUNDS} full reads through the headless shell (domains:list, refresh) against the Freenom emulator`;
      return [
        row(
          'freenom.list.time',
          `List ${DOMAINS.toLocaleString('en')} domains from Freenom (median)`,
          median(times),
          'ms',
          detail,
        ),
        row(
          'freenom.list.requests',
          `Freenom requests to list ${DOMAINS.toLocaleString('en')} domains`,
          median(requests),
          'requests',
          detail,
        ),
        row(
          'freenom.list.cached-page',
          'One cached page of 100 domains (median)',
          median(cached),
          'ms',
          '50 pages of 100 from the core’s list, no Freenom request',
        ),
      ];
    } finally {
      await world.close();
    }
  },
};
