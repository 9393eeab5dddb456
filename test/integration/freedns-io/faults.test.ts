import { createServer } from 'node:net';
import { Agent } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createFreednsClient,
  type FreednsTransientReason,
} from '../../../electron/core/freedns-io/index.js';
import type { Fault } from '../../emulators/common/faults.js';
import { startFreednsEmulator, type FreednsEmulator } from '../../emulators/freedns-io/index.js';

const TIMEOUT_MS = 250;
const PASSWORD = 'pro';
let emulator: FreednsEmulator;
let agent: Agent;

beforeAll(async () => {
  emulator = await startFreednsEmulator({ port: 0 });
  agent = new Agent();
});
afterAll(async () => {
  await agent.close();
  await emulator.close();
});
beforeEach(async () => {
  await fetch(`${emulator.url}/_emulator/reset`, { method: 'POST' });
});

function client(endpoint = `${emulator.url}/request`) {
  return createFreednsClient({
    endpoint,
    username: 'pro',
    password: PASSWORD,
    dispatcher: agent,
    timeoutMs: TIMEOUT_MS,
  });
}

async function injectFault(fault: Fault, count = 1): Promise<void> {
  const response = await fetch(`${emulator.url}/_emulator/faults`, {
    method: 'POST',
    body: JSON.stringify({ fault, count }),
  });
  expect(response.status).toBe(200);
}

const cases: { fault: Fault; reason: FreednsTransientReason; detail: RegExp }[] = [
  { fault: { kind: 'delay', ms: 10_000 }, reason: 'timeout', detail: /did not answer in time/ },
  { fault: { kind: 'slowBody', ms: 10_000 }, reason: 'timeout', detail: /did not answer in time/ },
  { fault: { kind: 'reset' }, reason: 'reset', detail: /connection to freedns.io was reset/ },
  {
    fault: { kind: 'resetAfterProcessing' },
    reason: 'reset',
    detail: /connection to freedns.io was reset/,
  },
  { fault: { kind: 'status500' }, reason: 'http-5xx', detail: /answered 500/ },
  { fault: { kind: 'html502' }, reason: 'http-5xx', detail: /answered 502/ },
  { fault: { kind: 'truncated' }, reason: 'unreadable-body', detail: /could not be read/ },
  {
    fault: { kind: 'wrongContentType' },
    reason: 'unexpected-content-type',
    detail: /image\/png instead of a text message/,
  },
];

describe('freedns.io client under faults', () => {
  it.each(cases)(
    'ends a request hit by $fault.kind in a transient $reason, within the timeout',
    async ({ fault, reason, detail }) => {
      await injectFault(fault);
      const started = performance.now();
      const result = await client().setAddress('home', 'A', '203.0.113.50');
      expect(performance.now() - started).toBeLessThan(TIMEOUT_MS + 3_000);
      expect(result).toMatchObject({ kind: 'transient', reason });
      expect(result.kind === 'transient' && result.detail).toMatch(detail);
      expect(JSON.stringify(result)).not.toContain(`password`);
      const next = await client().setAddress('home', 'A', '203.0.113.51');
      expect(next.kind).toBe('accepted');
    },
  );

  it('keeps failing for as many requests as the fault count says', async () => {
    await injectFault({ kind: 'status500' }, 2);
    expect((await client().setAddress('home', 'A', '203.0.113.1')).kind).toBe('transient');
    expect((await client().setAddress('home', 'A', '203.0.113.1')).kind).toBe('transient');
    expect((await client().setAddress('home', 'A', '203.0.113.1')).kind).toBe('accepted');
  });

  it('says the service cannot be reached when nothing listens', async () => {
    const port = await closedPort();
    const result = await client(`http://127.0.0.1:${port}/request`).setAddress('home', 'A');
    expect(result).toMatchObject({ kind: 'transient', reason: 'network' });
    expect(result.kind === 'transient' && result.detail).toMatch(/could not be reached/);
  });

  it('never puts the password in a failure, even in the router form URL', async () => {
    const secret = 'S3cr3t p@ss&word';
    const routed = createFreednsClient({
      endpoint: `http://127.0.0.1:${await closedPort()}/request`,
      username: 'pro',
      password: secret,
      dispatcher: agent,
      routerForm: true,
      timeoutMs: TIMEOUT_MS,
    });
    const text = JSON.stringify(await routed.setAddress('home', 'A', '203.0.113.1'));
    for (const form of [secret, encodeURIComponent(secret), 'S3cr3t+p%40ss%26word'])
      expect(text).not.toContain(form);
  });
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
