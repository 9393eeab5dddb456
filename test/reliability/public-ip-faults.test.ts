import { Agent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detectAddress } from '../../electron/core/public-ip/detect-address.js';
import { createEchoSource } from '../../electron/core/public-ip/echo-source.js';
import type { AddressSource } from '../../electron/core/public-ip/source-answer.js';
import { startEchoEmulator, type EchoEmulator } from '../emulators/ip-echo/index.js';
import { CLIENT_TIMEOUT_MS, FAULT_MATRIX, injectFault } from './support/fault-matrix.js';

const ADDRESS = '203.0.113.10';
let echo: EchoEmulator;
let agent: Agent;
let sources: AddressSource[];

// A fresh emulator per case, so a stalled request cannot spill into the next case.
beforeEach(async () => {
  echo = await startEchoEmulator({ port: 0, seed: { ipv4: ADDRESS, ipv6: null } });
  agent = new Agent();
  const policy = { allowed: new Set(['documentation'] as const) };
  sources = ['alpha', 'bravo', 'charlie'].map((name, index) =>
    createEchoSource(
      {
        id: name,
        name,
        family: 'ipv4',
        url: echo.sourceUrls[`${name}-ipv4`]!,
        format: (['plain', 'json', 'trace'] as const)[index]!,
        jsonField: 'ip',
        enabled: true,
      },
      { dispatcher: agent, policy, timeoutMs: CLIENT_TIMEOUT_MS },
    ),
  );
});
afterEach(async () => {
  await agent.destroy();
  await echo.close();
});

describe('address detection when echo sources fail', () => {
  it.each(FAULT_MATRIX)(
    'still agrees on the address when one source answers with $name',
    async ({ fault }) => {
      await injectFault(echo.url, fault, 1);
      const detection = await detectAddress('ipv4', sources, { agreement: 2 });
      expect(detection).toMatchObject({ state: 'known', address: ADDRESS });
    },
  );

  it.each(FAULT_MATRIX)(
    'says it does not know, and why, when every source answers with $name',
    async ({ fault }) => {
      await injectFault(echo.url, fault, 3);
      const started = performance.now();
      const detection = await detectAddress('ipv4', sources, { agreement: 2 });
      expect(performance.now() - started).toBeLessThan(CLIENT_TIMEOUT_MS + 1_500);
      // The wrong content type still carries the right address: accepting it is fine; what
      // must never happen is a wrong address or an unexplained state.
      if (detection.state === 'known') expect(detection.address).toBe(ADDRESS);
      else {
        expect(detection.state).toBe('unknown');
        if (detection.state === 'unknown') expect(detection.reason).toMatch(/source/);
        for (const answer of detection.answers)
          if (answer.outcome === 'error') expect(answer.problem.length).toBeGreaterThan(5);
      }
    },
  );

  it('never accepts a lie told by one of three sources', async () => {
    echo.setBehaviour('bravo', { behaviour: 'lie', address: '198.51.100.66' });
    const detection = await detectAddress('ipv4', sources, { agreement: 2, waitForAll: true });
    expect(detection).toMatchObject({ state: 'known', address: ADDRESS });
  });

  it('says the sources disagree when they all name different addresses', async () => {
    echo.setBehaviour('alpha', { behaviour: 'lie', address: '198.51.100.1' });
    echo.setBehaviour('bravo', { behaviour: 'lie', address: '198.51.100.2' });
    const detection = await detectAddress('ipv4', sources, { agreement: 2 });
    expect(detection.state).toBe('unknown');
    expect(detection.state === 'unknown' && detection.reason).toMatch(/disagree|must agree/);
  });
});
