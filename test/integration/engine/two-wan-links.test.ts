import { afterEach, describe, expect, it } from 'vitest';
import { EngineSettingsSchema } from '../../../shared/engine/engine-settings.js';
import type { Host } from '../../../shared/records/desired-records.js';
import { startEchoEmulator, type EchoEmulator } from '../../emulators/ip-echo/index.js';
import { startEngineWorld, type EngineWorld } from '../../support/engine/engine-world.js';

let harness: EngineWorld | null = null;
let second: EchoEmulator | null = null;
afterEach(async () => {
  await harness?.close();
  await second?.close();
  harness = null;
  second = null;
});

const host = (label: string, from?: unknown): Host =>
  ({
    id: label,
    accountId: 'acc',
    label,
    enabled: true,
    records: [{ type: 'A', mode: 'follow', ...(from ? { from } : {}) }],
  }) as Host;

const writesFor = (h: EngineWorld, label: string) =>
  h.freedns
    .state()
    .requestLog.filter((entry) => entry.params.record === 'A' && entry.params.host === label)
    .map((entry) => entry.params.value);

describe('two WAN links, one host on each', () => {
  it('keeps wan1 and wan2 each on the address its own interface sees', async () => {
    const h = await startEngineWorld({
      tier: 'premium',
      hosts: [
        host('wan1', { kind: 'interface', name: 'eth1' }),
        host('wan2', { kind: 'interface', name: 'eth2' }),
      ],
    });
    harness = h;
    h.interfaces.addresses = [
      { interfaceName: 'eth1', family: 'ipv4', address: '127.0.0.2', temporary: false },
      { interfaceName: 'eth2', family: 'ipv4', address: '127.0.0.3', temporary: false },
    ];
    h.echo.setLinkAddress('127.0.0.2', 'ipv4', '203.0.113.1');
    h.echo.setLinkAddress('127.0.0.3', 'ipv4', '198.51.100.2');
    await h.start();
    await h.advance(20_000);
    expect(h.aRecord('wan1')).toBe('203.0.113.1');
    expect(h.aRecord('wan2')).toBe('198.51.100.2');

    h.echo.setLinkAddress('127.0.0.3', 'ipv4', '198.51.100.3');
    await h.advance(10 * 60_000, 5_000);
    expect(h.aRecord('wan2')).toBe('198.51.100.3');
    expect(h.aRecord('wan1')).toBe('203.0.113.1');
    expect(writesFor(h, 'wan1')).toEqual(['203.0.113.1']);
  });

  it('keeps sources a host names to itself out of public detection', async () => {
    second = await startEchoEmulator({ port: 0, seed: { ipv4: '198.51.100.2' } });
    const h = await startEngineWorld({
      tier: 'premium',
      hosts: [host('wan1'), host('wan2', { kind: 'sources', ids: ['x1', 'x2'] })],
    });
    harness = h;
    const link2 = second;
    h.config.engine = EngineSettingsSchema.parse({
      ...h.config.engine,
      sources: [
        ...(h.config.engine.sources ?? []),
        ...(['x1', 'x2'] as const).map((id, index) => ({
          id,
          name: id,
          family: 'ipv4',
          url: link2.sourceUrls[`${['alpha', 'bravo'][index]}-ipv4`],
          format: (['plain', 'json'] as const)[index],
        })),
      ],
    });
    await h.start();
    await h.advance(20_000);
    // Were x1 and x2 counted publicly, two addresses would each reach agreement: unknown.
    expect(h.aRecord('wan1')).toBe('203.0.113.10');
    expect(h.aRecord('wan2')).toBe('198.51.100.2');
  });
});
