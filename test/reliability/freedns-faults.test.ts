import { Agent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFreednsClient } from '../../electron/core/freedns-io/index.js';
import { startFreednsEmulator, type FreednsEmulator } from '../emulators/freedns-io/index.js';
import { CLIENT_TIMEOUT_MS, FAULT_MATRIX, injectFault } from './support/fault-matrix.js';

const BEFORE = '203.0.113.1';
const AFTER = '203.0.113.2';
const SEED = {
  accounts: [
    {
      username: 'pro',
      password: 'pro-secret',
      tier: 'premium',
      hosts: [
        { label: 'home', A: BEFORE },
        { label: 'mail', A: '198.51.100.9', TXT: 'v=spf1 -all' },
      ],
    },
  ],
};
let emulator: FreednsEmulator;
let agent: Agent;

// A fresh emulator per case: a stalled request still completes on the server seconds later
// and must not land in the next case.
beforeEach(async () => {
  emulator = await startFreednsEmulator({ port: 0, seed: SEED });
  agent = new Agent();
});
afterEach(async () => {
  await agent.destroy();
  await emulator.close();
});

const client = () =>
  createFreednsClient({
    endpoint: `${emulator.url}/request`,
    username: 'pro',
    password: 'pro-secret',
    dispatcher: agent,
    timeoutMs: CLIENT_TIMEOUT_MS,
  });

function records(label: string) {
  return emulator.state().hosts.find((host) => host.label === label)!.records;
}

describe('freedns.io updates under faults', () => {
  it.each(FAULT_MATRIX)(
    'reports $name as a passing failure, loses no record, and the retry lands',
    async ({ fault }) => {
      const mailBefore = records('mail');
      await injectFault(emulator.url, fault);

      const failed = await client().setAddress('home', 'A', AFTER);
      expect(failed.kind).toBe('transient');
      expect(failed.kind === 'transient' && failed.detail).toMatch(/freedns\.io/);
      expect(JSON.stringify(failed)).not.toContain('pro-secret');
      // The server may have applied the change before the answer broke; nothing else moved.
      expect([BEFORE, AFTER]).toContain(records('home').A);
      expect(records('mail')).toEqual(mailBefore);

      const retried = await client().setAddress('home', 'A', AFTER);
      expect(retried.kind).toBe('accepted');
      expect(records('home').A).toBe(AFTER);
      expect(emulator.updatesToday('pro', 'home')).toBe(1);
    },
  );

  it('survives a burst of every fault in a row and still applies the next update', async () => {
    for (const { fault } of FAULT_MATRIX) await injectFault(emulator.url, fault);
    const results = [];
    for (let i = 0; i < FAULT_MATRIX.length; i++)
      results.push(await client().setAddress('home', 'A', AFTER));
    expect(results.every((result) => result.kind === 'transient')).toBe(true);
    expect((await client().setAddress('home', 'A', AFTER)).kind).toBe('accepted');
    expect(records('home').A).toBe(AFTER);
  });
});
