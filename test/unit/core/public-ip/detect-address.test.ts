import { describe, expect, it } from 'vitest';
import { detectAddress } from '../../../../electron/core/public-ip/detect-address.js';
import type {
  AddressSource,
  SourceAnswer,
} from '../../../../electron/core/public-ip/source-answer.js';

type Said = { address: string } | { none: string } | { error: string } | 'hang';

/** A source that says what the test wants, and remembers whether it was cancelled. */
function fake(id: string, said: Said): AddressSource & { cancelled: () => boolean } {
  let cancelled = false;
  return {
    id,
    name: id,
    kind: 'echo',
    family: 'ipv4',
    cancelled: () => cancelled,
    ask: (signal) =>
      new Promise<SourceAnswer>((resolve) => {
        const base = {
          sourceId: id,
          sourceName: id,
          kind: 'echo' as const,
          family: 'ipv4' as const,
          latencyMs: 1,
        };
        signal.addEventListener('abort', () => {
          cancelled = true;
          resolve({ ...base, outcome: 'error', problem: 'cancelled' });
        });
        if (said === 'hang') return;
        if ('address' in said) resolve({ ...base, outcome: 'address', address: said.address });
        else if ('none' in said) resolve({ ...base, outcome: 'none', detail: said.none });
        else resolve({ ...base, outcome: 'error', problem: said.error });
      }),
  };
}

const A = { address: '198.51.100.1' };
const B = { address: '198.51.100.2' };

describe('detectAddress', () => {
  it('accepts an address as soon as two sources agree, without waiting for a stalled one', async () => {
    const slow = fake('slow', 'hang');
    const detection = await detectAddress('ipv4', [fake('a', A), fake('b', A), slow], {
      agreement: 2,
    });
    expect(detection).toMatchObject({
      state: 'known',
      address: '198.51.100.1',
      agreedBy: ['a', 'b'],
    });
  });

  it('cancels every open question when the caller aborts (shutdown)', async () => {
    const slow = fake('slow', 'hang');
    const controller = new AbortController();
    const pending = detectAddress('ipv4', [fake('a', A), slow], {
      agreement: 2,
      signal: controller.signal,
    });
    controller.abort();
    expect(await pending).toMatchObject({ state: 'unknown' });
    expect(slow.cancelled()).toBe(true);
  });

  it('outvotes one lying source among three', async () => {
    const detection = await detectAddress('ipv4', [fake('liar', B), fake('a', A), fake('b', A)], {
      agreement: 2,
    });
    expect(detection).toMatchObject({ state: 'known', address: '198.51.100.1' });
    expect(detection.answers.map((answer) => answer.sourceId)).toContain('liar');
  });

  it.each([
    [
      'one source answers and the others fail',
      [
        fake('a', A),
        fake('x', { error: 'answered HTTP 500' }),
        fake('y', { error: 'refused the connection' }),
      ],
      'only 1 source gave 198.51.100.1; 2 must agree',
    ],
    [
      'every source fails',
      [
        fake('x', { error: 'answered HTTP 500' }),
        fake('y', { error: 'did not answer within 5 s' }),
      ],
      'no source gave a usable IPv4 address',
    ],
    [
      'sources disagree',
      [fake('a', A), fake('b', B), fake('x', { error: 'answered HTTP 500' })],
      'sources disagree: 198.51.100.1 (1) vs 198.51.100.2 (1); 2 must agree',
    ],
    ['no source is enabled', [], 'no IPv4 source is enabled'],
  ])('is unknown when %s, and says why', async (_, sources, reason) => {
    expect(await detectAddress('ipv4', sources, { agreement: 2 })).toMatchObject({
      state: 'unknown',
      reason,
    });
  });

  it('is absent only when every source says the family has no connectivity', async () => {
    const detection = await detectAddress(
      'ipv4',
      [fake('a', { none: 'no route' }), fake('b', { none: 'no route' })],
      { agreement: 2 },
    );
    expect(detection).toMatchObject({
      state: 'absent',
      detail: 'no IPv4 connectivity: every source said so',
    });
  });

  it('waits for every source when asked to (the doctor) and keeps every answer', async () => {
    const detection = await detectAddress('ipv4', [fake('a', A), fake('b', A), fake('c', B)], {
      agreement: 2,
      waitForAll: true,
    });
    expect(detection).toMatchObject({ state: 'known', address: '198.51.100.1' });
    expect(detection.answers).toHaveLength(3);
  });
});

describe('detectAddress with local sources', () => {
  it('still waits for the router after two echo services agree, so its notice is never lost', async () => {
    let answerRouter: (answer: SourceAnswer) => void = () => undefined;
    const router: AddressSource = {
      id: 'router',
      name: 'router',
      kind: 'router',
      family: 'ipv4',
      ask: () => new Promise((resolve) => (answerRouter = resolve)),
    };
    const pending = detectAddress('ipv4', [fake('a', A), fake('b', A), router], { agreement: 2 });
    let settled = false;
    void pending.then(() => (settled = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    answerRouter({
      sourceId: 'router',
      sourceName: 'router',
      kind: 'router',
      family: 'ipv4',
      latencyMs: 1,
      outcome: 'none',
      detail: 'double NAT',
      doubleNat: true,
    });
    const detection = await pending;
    expect(detection.state).toBe('known');
    expect(detection.answers.find((answer) => answer.kind === 'router')).toMatchObject({
      doubleNat: true,
    });
  });
});
