import { Agent } from 'undici';
import { detectAddress } from '../electron/core/public-ip/detect-address.js';
import { createEchoSource } from '../electron/core/public-ip/echo-source.js';
import type { AddressSource } from '../electron/core/public-ip/source-answer.js';
import { startEchoEmulator, type EchoEmulator } from '../test/emulators/ip-echo/index.js';
import { row, type BenchRow, type Measurement } from './bench-row.js';
import { median, percentile } from './stats.js';

const NAMES = ['alpha', 'bravo', 'charlie'] as const;
const FORMATS = ['plain', 'json', 'trace'] as const;
const ROUNDS = 40;

/** Added answer delays per source; "wan" roughly matches public echo services seen from Europe. */
const PROFILES = [
  { id: 'loopback', label: 'loopback, no added delay', delays: [0, 0, 0] },
  { id: 'wan', label: 'sources answering after 40/80/150 ms', delays: [40, 80, 150] },
] as const;

/**
 * The cost of agreement: how much later an address is known when 2 of 3 independent sources
 * must name it (the default) than when the fastest single source is believed. Each source is
 * its own echo emulator so each can have its own delay.
 */
export const agreementCost: Measurement = {
  id: 'detection.agreement',
  title: 'Agreed detection vs fastest source',
  async run(): Promise<BenchRow[]> {
    const rows: BenchRow[] = [];
    for (const profile of PROFILES) rows.push(...(await measureProfile(profile)));
    return rows;
  },
};

async function measureProfile(profile: (typeof PROFILES)[number]): Promise<BenchRow[]> {
  const emulators: EchoEmulator[] = [];
  const agent = new Agent();
  try {
    const sources: AddressSource[] = [];
    for (const [index, name] of NAMES.entries()) {
      const echo = await startEchoEmulator({ port: 0, seed: { ipv4: '203.0.113.10', ipv6: null } });
      emulators.push(echo);
      if (profile.delays[index]! > 0)
        echo.faults.add({ kind: 'delay', ms: profile.delays[index]! }, 100_000);
      sources.push(
        createEchoSource(
          {
            id: name,
            name,
            family: 'ipv4',
            url: echo.sourceUrls[`${name}-ipv4`]!,
            format: FORMATS[index]!,
            jsonField: 'ip',
            enabled: true,
          },
          { dispatcher: agent, policy: { allowed: new Set(['documentation']) }, timeoutMs: 5_000 },
        ),
      );
    }
    await detectAddress('ipv4', sources, { agreement: 3 }); // warm connections and JIT
    const single: number[] = [];
    const agreed: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      single.push(await timeDetection(sources, 1));
      agreed.push(await timeDetection(sources, 2));
    }
    const detail = `${ROUNDS} detections each, ${profile.label}, IPv4, 3 sources`;
    return [
      row(
        `detection.${profile.id}.single.median`,
        `Fastest single source, ${profile.id} (median)`,
        median(single),
        'ms',
        detail,
      ),
      row(
        `detection.${profile.id}.agreed.median`,
        `2 of 3 agree, ${profile.id} (median)`,
        median(agreed),
        'ms',
        detail,
      ),
      row(
        `detection.${profile.id}.agreed.p95`,
        `2 of 3 agree, ${profile.id} (p95)`,
        percentile(agreed, 95),
        'ms',
        detail,
      ),
      row(
        `detection.${profile.id}.cost`,
        `Cost of agreement, ${profile.id} (median difference)`,
        median(agreed) - median(single),
        'ms',
        detail,
      ),
    ];
  } finally {
    await agent.destroy();
    await Promise.all(emulators.map((echo) => echo.close()));
  }
}

async function timeDetection(sources: AddressSource[], agreement: number): Promise<number> {
  const started = performance.now();
  const detection = await detectAddress('ipv4', sources, { agreement });
  const elapsed = performance.now() - started;
  if (detection.state !== 'known') throw new Error(`detection ended ${detection.state}, not known`);
  return elapsed;
}
