import { afterEach, describe, expect, it } from 'vitest';
import { PASSWORD, startEngineWorld, type EngineWorld } from '../../support/engine/engine-world.js';

let harness: EngineWorld | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

const status = (h: EngineWorld) => h.core.handlers['status:get'](undefined);

describe('a request the client refuses before sending (invalid)', () => {
  it('spends neither a daily update nor a request, so a free account keeps both updates', async () => {
    harness = await startEngineWorld({ tier: 'free', password: '' });
    await harness.start();
    await harness.advance(20_000);

    // Nothing reached freedns.io: the empty password was refused locally.
    expect(harness.freedns.state().requestLog).toEqual([]);
    const refused = await status(harness);
    expect(refused.hosts[0]!.records[0]!.outcome).toMatchObject({
      kind: 'rejected',
      serverMessage: expect.stringContaining('Enter the freedns.io password.'),
    });
    expect(refused.hosts[0]!.updatesLeftToday).toBe(2);
    expect(refused.requestsInLastHour).toBe(0);

    // The user enters the password and resumes the host: both of today's updates are there.
    harness.setPassword(PASSWORD);
    await harness.core.handlers['sync:updateNow']({ hostId: 'h1' });
    await harness.advance(5_000);
    expect(harness.aRecord()).toBe('203.0.113.10');
    harness.echo.setAddress('ipv4', '203.0.113.77');
    await harness.advance(61_000);
    await harness.advance(16_000);
    expect(harness.aRecord()).toBe('203.0.113.77');
    const after = await status(harness);
    expect(after.hosts[0]!.updatesLeftToday).toBe(0);
    expect(after.requestsInLastHour).toBe(2);
  });
});
