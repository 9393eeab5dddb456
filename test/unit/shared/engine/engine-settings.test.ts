import { describe, expect, it } from 'vitest';
import { importSettings } from '../../../../electron/core/store/settings-transfer.js';
import { EngineSettingsSchema } from '../../../../shared/engine/engine-settings.js';
import { SettingsSchema } from '../../../../shared/settings/settings-schema.js';

const source = (id: string, family: 'ipv4' | 'ipv6', enabled = true) => ({
  id,
  name: id,
  family,
  url: `https://${id}.example/ip`,
  format: 'plain' as const,
  enabled,
});
const mine = source('mine', 'ipv4');

describe('engine agreement against the enabled sources', () => {
  it.each([
    ['one source of its own, agreement 2', { sources: [mine] }, 'IPv4', 1],
    ['three built-in IPv4 sources, agreement 4', { agreement: 4 }, 'IPv4', 3],
    [
      'two IPv4 sources, one switched off',
      { sources: [mine, source('off', 'ipv4', false), source('v6', 'ipv6')] },
      'IPv4',
      1,
    ],
    [
      'no IPv6 echo source and no interfaces',
      { sources: [mine, source('other', 'ipv4')], useInterfaces: false, agreement: 1 },
      'IPv6',
      0,
    ],
    [
      'IPv6 by interfaces only, agreement 2',
      { sources: [mine, source('other', 'ipv4')] },
      'IPv6',
      1,
    ],
  ])('refuses %s, naming the field and the family', (_, engine, family, count) => {
    const parsed = SettingsSchema.safeParse({ version: 2, engine });
    const enabled = count === 1 ? `1 ${family} source is` : `${count} ${family} sources are`;
    expect(parsed.error?.issues).toEqual([
      expect.objectContaining({
        path: ['engine', 'agreement'],
        message: expect.stringMatching(
          new RegExp(`^Sources that must agree is \\d, but only ${enabled} enabled`),
        ),
      }),
    ]);
  });

  it.each([
    ['the built-in sources', {}],
    [
      'two IPv4 sources, and one IPv6 source with the interfaces',
      { sources: [mine, source('b', 'ipv4'), source('v6', 'ipv6')] },
    ],
    ['one IPv4 source with agreement 1', { sources: [mine], agreement: 1 }],
    ['an unchecked family without sources', { sources: [mine], agreement: 1, families: ['ipv4'] }],
  ])('accepts %s', (_, engine) => {
    expect(EngineSettingsSchema.safeParse(engine).success).toBe(true);
  });

  it('is refused by an import too, with the field named', () => {
    const result = importSettings(JSON.stringify({ version: 2, engine: { sources: [mine] } }));
    expect(result).toMatchObject({ ok: false });
    expect(JSON.stringify(result)).toContain('engine.agreement');
    expect(JSON.stringify(result)).toContain('1 IPv4 source is enabled');
  });
});
