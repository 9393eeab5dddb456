import { Agent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detectAddress } from '../../electron/core/public-ip/detect-address.js';
import { createEchoSource } from '../../electron/core/public-ip/echo-source.js';
import type { AddressSource } from '../../electron/core/public-ip/source-answer.js';
import { startEchoEmulator, type EchoEmulator } from '../emulators/ip-echo/index.js';
import { CLIENT_TIMEOUT_MS, FAULT_MATRIX, injectFault } from './support/fault-matrix.js';

const ADDRESS = '203.0.113.10';
/** The faults that leave no address to read, with what the answer must say went wrong. */
const PROBLEMS: Record<string, RegExp> = {
  delay: /did not answer within 1 s/,
  reset: /closed the connection before answering/,
  status500: /answered HTTP 500/,
  html502: /answered HTTP 502/,
  truncated: /closed the connection before answering/,
  slowBody: /did not answer within 1 s/,
};
const BLINDING_FAULTS = FAULT_MATRIX.filter(({ fault }) => fault.kind in PROBLEMS).map((entry) => ({
  ...entry,
  problem: PROBLEMS[entry.fault.kind]!,
}));
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
  it('covers every fault of the matrix but the wrong content type as blinding', () => {
    expect(FAULT_MATRIX.length - BLINDING_FAULTS.length).toBe(1);
  });

  it.each(FAULT_MATRIX)(
    'still agrees on the address when one source answers with $name',
    async ({ fault }) => {
      await injectFault(echo.url, fault, 1);
      const detection = await detectAddress('ipv4', sources, { agreement: 2 });
      expect(detection).toMatchObject({ state: 'known', address: ADDRESS });
    },
  );

  it.each(BLINDING_FAULTS)(
    'says it does not know, and why, when every source answers with $name',
    async ({ fault, problem }) => {
      await injectFault(echo.url, fault, 3);
      const started = performance.now();
      const detection = await detectAddress('ipv4', sources, { agreement: 2 });
      expect(performance.now() - started).toBeLessThan(CLIENT_TIMEOUT_MS + 1_500);
      expect(detection).toMatchObject({
        state: 'unknown',
        reason: 'no source gave a usable IPv4 address',
      });
      expect(detection.answers.map((answer) => answer.sourceId).sort()).toEqual([
        'alpha',
        'bravo',
        'charlie',
      ]);
      for (const answer of detection.answers)
        expect(answer).toMatchObject({ outcome: 'error', problem: expect.stringMatching(problem) });
    },
  );

  // The body still is the address in the source's format, only labelled image/png: the label
  // alone is no reason to stay blind, and the address is the right one.
  it('takes the right address when every source labels its answer with the wrong content type', async () => {
    await injectFault(echo.url, { kind: 'wrongContentType' }, 3);
    const detection = await detectAddress('ipv4', sources, { agreement: 2 });
    expect(detection).toMatchObject({ state: 'known', address: ADDRESS });
  });

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
