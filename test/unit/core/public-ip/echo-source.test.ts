import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AddressPolicy } from '../../../../electron/core/public-ip/address-policy.js';
import { createFamilyDispatchers } from '../../../../electron/core/http/bound-dispatcher.js';
import { createEchoSource } from '../../../../electron/core/public-ip/echo-source.js';
import type { Fault } from '../../../emulators/common/faults.js';
import {
  startEchoEmulator,
  type EchoEmulator,
  type SourceBehaviour,
} from '../../../emulators/ip-echo/index.js';

const docs: AddressPolicy = { allowed: new Set(['documentation']) };
let echo: EchoEmulator;
const pinned = createFamilyDispatchers();

beforeAll(async () => {
  echo = await startEchoEmulator({ port: 0 });
});
afterAll(async () => {
  await echo.close();
  await pinned.close();
});
beforeEach(() => {
  echo.faults.clear();
  for (const name of ['alpha', 'bravo', 'charlie'])
    echo.setBehaviour(name, { behaviour: 'honest' });
  echo.setAddress('ipv4', '203.0.113.10');
});

function source(
  name: 'alpha' | 'bravo' | 'charlie',
  options: { timeoutMs?: number; policy?: AddressPolicy } = {},
) {
  const format = { alpha: 'plain', bravo: 'json', charlie: 'trace' } as const;
  return createEchoSource(
    {
      id: name,
      name,
      family: 'ipv4',
      url: echo.sourceUrls[`${name}-ipv4`]!,
      format: format[name],
      jsonField: 'ip',
      enabled: true,
    },
    {
      dispatcher: pinned.dispatchers.ipv4,
      policy: options.policy ?? docs,
      timeoutMs: options.timeoutMs ?? 2_000,
    },
  );
}

describe('an echo source', () => {
  it.each(['alpha', 'bravo', 'charlie'] as const)(
    'reads the address from source %s in its format',
    async (name) => {
      const answer = await source(name).ask(new AbortController().signal);
      expect(answer).toMatchObject({
        outcome: 'address',
        address: '203.0.113.10',
        kind: 'echo',
        family: 'ipv4',
      });
    },
  );

  const behaviours: [string, SourceBehaviour, string][] = [
    ['fails with 500', { behaviour: 'fail' }, 'answered HTTP 500'],
    [
      'answers an HTML page',
      { behaviour: 'garbage' },
      'answered an HTML or XML page, not an address',
    ],
    [
      'answers the wrong family',
      { behaviour: 'lie', address: '2001:db8::1' },
      'answered an IPv6 address to an IPv4 question',
    ],
    [
      'answers two addresses',
      { behaviour: 'lie', address: '203.0.113.1 203.0.113.2' },
      'answered more than one word; expected exactly one address',
    ],
    ['answers an empty body', { behaviour: 'lie', address: '' }, 'answered an empty body'],
    [
      'answers a huge body',
      { behaviour: 'lie', address: '1'.repeat(5_000) },
      'answered more than 4096 bytes',
    ],
    [
      'answers a private address',
      { behaviour: 'lie', address: '192.168.1.20' },
      'answered 192.168.1.20, a private address',
    ],
    [
      'answers a CGNAT address',
      { behaviour: 'lie', address: '100.72.1.1' },
      'answered 100.72.1.1, a carrier-grade NAT address (100.64.0.0/10)',
    ],
    ['stalls', { behaviour: 'stall' }, 'did not answer within 0.2 s'],
  ];
  it.each(behaviours)(
    'refuses an answer when the source %s, saying why',
    async (_, behaviour, problem) => {
      echo.setBehaviour('alpha', behaviour);
      const answer = await source('alpha', {
        timeoutMs: behaviour.behaviour === 'stall' ? 200 : 5_000,
      }).ask(new AbortController().signal);
      expect(answer.outcome).toBe('error');
      expect(answer.outcome === 'error' && answer.problem).toContain(problem);
    },
  );

  const faults: [Fault, string][] = [
    [{ kind: 'reset' }, 'closed the connection before answering'],
    [{ kind: 'html502' }, 'answered HTTP 502'],
    [{ kind: 'truncated' }, 'closed the connection before answering'],
  ];
  it.each(faults)('refuses a %j and says why', async (fault, problem) => {
    echo.faults.add(fault, 1);
    const answer = await source('bravo').ask(new AbortController().signal);
    expect(answer).toMatchObject({ outcome: 'error', problem });
  });

  it('refuses documentation addresses unless the user allows them', async () => {
    const answer = await source('alpha', { policy: { allowed: new Set() } }).ask(
      new AbortController().signal,
    );
    expect(answer).toMatchObject({
      outcome: 'error',
      problem: 'answered 203.0.113.10, a documentation address',
    });
  });

  it('says when nothing listens', async () => {
    const closed = await startEchoEmulator({ port: 0 });
    await closed.close();
    const answer = await createEchoSource(
      {
        id: 'x',
        name: 'x',
        family: 'ipv4',
        url: closed.sourceUrls['alpha-ipv4']!,
        format: 'plain',
        jsonField: 'ip',
        enabled: true,
      },
      { dispatcher: pinned.dispatchers.ipv4, policy: docs, timeoutMs: 1_000 },
    ).ask(new AbortController().signal);
    expect(answer).toMatchObject({ outcome: 'error', problem: 'refused the connection' });
  });

  it('asks over the family it is about: a name with both families reaches only that family', async () => {
    // The emulator listens on 127.0.0.1 only; "localhost" also resolves to ::1.
    const url = echo.sourceUrls['alpha-ipv6']!.replace('127.0.0.1', 'localhost');
    const ask = (family: 'ipv4' | 'ipv6') =>
      createEchoSource(
        { id: 'x', name: 'x', family, url, format: 'plain', jsonField: 'ip', enabled: true },
        { dispatcher: pinned.dispatchers[family], policy: docs, timeoutMs: 1_000 },
      ).ask(new AbortController().signal);
    expect((await ask('ipv6')).outcome).not.toBe('address');
    expect(await ask('ipv4')).toMatchObject({
      outcome: 'error',
      problem: 'answered an IPv6 address to an IPv4 question',
    });
  });

  it('refuses a URL whose address literal is of the other family', async () => {
    const answer = await createEchoSource(
      {
        id: 'x',
        name: 'x',
        family: 'ipv6',
        url: 'https://1.1.1.1/cdn-cgi/trace',
        format: 'trace',
        jsonField: 'ip',
        enabled: true,
      },
      { dispatcher: pinned.dispatchers.ipv6, policy: docs, timeoutMs: 1_000 },
    ).ask(new AbortController().signal);
    expect(answer).toMatchObject({
      outcome: 'error',
      problem: 'is configured with an IPv4 address in its URL but asked for IPv6',
    });
  });
});
