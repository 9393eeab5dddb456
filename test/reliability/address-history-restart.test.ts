import { afterEach, describe, expect, it } from 'vitest';
import { startEngineWorld, type DiskEngineWorld } from '../support/engine/engine-world.js';

let world: DiskEngineWorld;
afterEach(async () => world.close());

/** The address changes the Activity window lists, newest first, as "from → to". */
async function addressChanges(w: DiskEngineWorld): Promise<string[]> {
  const page = await w.core.handlers['history:list']({
    kinds: ['address-changed'],
    offset: 0,
    limit: 100,
  });
  return page.events.map((e) => (e.kind === 'address-changed' ? `${e.from} → ${e.to}` : e.kind));
}

describe('the address history across restarts (files on disk)', () => {
  it('records no change after a restart when the address stayed, and the real one from the last known address', async () => {
    world = await startEngineWorld({ onDisk: true, tier: 'premium' });
    await world.start();
    expect(await addressChanges(world)).toEqual(['null → 203.0.113.10']);

    await world.restart();
    await world.advance(70_000);
    expect((await world.status()).families[0]).toMatchObject({ address: '203.0.113.10' });
    expect(await addressChanges(world)).toEqual(['null → 203.0.113.10']);

    world.echo.setAddress('ipv4', '203.0.113.40');
    await world.restart();
    expect(await addressChanges(world)).toEqual([
      '203.0.113.10 → 203.0.113.40',
      'null → 203.0.113.10',
    ]);
  });
});
