import { afterEach, describe, expect, it } from 'vitest';
import { describeProvenance } from '../../../shared/engine/address-provenance.js';
import { startEngineWorld, type EngineWorld } from '../../support/engine/engine-world.js';

let harness: EngineWorld | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

describe('the provenance of an agreed address', () => {
  it('keeps the source that answered another address, and a restart records no change', async () => {
    // Two echo services agree; the computer's own interface (a VPN, say) answers another address.
    harness = await startEngineWorld({ tier: 'premium', echoSources: 2 });
    harness.interfaces.addresses = [
      { interfaceName: 'tun0', family: 'ipv4', address: '93.184.216.34', temporary: false },
    ];
    await harness.start();
    await harness.advance(5_000);
    const first = {
      family: 'ipv4',
      from: null,
      to: '203.0.113.10',
      sources: ['alpha', 'bravo'],
      disagreed: [{ source: 'interfaces-ipv4', address: '93.184.216.34' }],
    };
    expect(harness.stores.history.addressChanges).toEqual([first]);
    expect(describeProvenance(first.sources, first.disagreed)).toBe(
      'agreed alpha, bravo; interfaces-ipv4 answered 93.184.216.34',
    );

    await harness.restart();
    await harness.advance(65_000);
    expect(harness.stores.history.addressChanges).toEqual([first]);
    const told = harness.events.filter((e) => e.name === 'ip:changed');
    expect(told).toHaveLength(1);

    harness.echo.setAddress('ipv4', '203.0.113.40');
    await harness.advance(61_000);
    expect(harness.stores.history.addressChanges.at(-1)).toMatchObject({
      from: '203.0.113.10',
      to: '203.0.113.40',
    });
  });
});
