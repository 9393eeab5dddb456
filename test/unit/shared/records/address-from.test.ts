import { describe, expect, it } from 'vitest';
import { SettingsSchema, toFieldErrors } from '../../../../shared/settings/settings-schema.js';

const source = (id: string) => ({
  id,
  name: id,
  family: 'ipv4' as const,
  url: `https://${id}.example/ip`,
  format: 'plain' as const,
});

function settings(from: unknown, extra: { sources?: string[]; agreement?: number } = {}) {
  return {
    accounts: { freedns: [{ id: 'acc', username: 'alice' }] },
    hosts: [
      { id: 'wan1', accountId: 'acc', label: 'wan1', records: [{ type: 'A', mode: 'follow' }] },
      {
        id: 'wan2',
        accountId: 'acc',
        label: 'wan2',
        records: [{ type: 'A', mode: 'follow', ...(from === undefined ? {} : { from }) }],
      },
    ],
    engine: {
      families: ['ipv4'],
      agreement: extra.agreement ?? 2,
      sources: (extra.sources ?? ['a1', 'a2', 'b1', 'b2']).map(source),
    },
  };
}

function errors(input: unknown) {
  const result = SettingsSchema.safeParse(input);
  return result.success ? [] : toFieldErrors(result.error);
}

describe('a following record saying where its address comes from', () => {
  it('keeps working without "from": older files need no migration', () => {
    const parsed = SettingsSchema.parse(settings(undefined));
    expect(parsed.hosts[1]!.records[0]).toEqual({ type: 'A', mode: 'follow' });
  });

  it.each([
    [{ kind: 'public' }],
    [{ kind: 'interface', name: 'eth1' }],
    [{ kind: 'interface', name: 'Ethernet 2' }],
    [{ kind: 'sources', ids: ['b1', 'b2'] }],
  ])('accepts %j', (from) => {
    expect(errors(settings(from))).toEqual([]);
  });

  it.each([
    [
      { kind: 'sources', ids: ['b1', 'zz'] },
      'hosts.1.records.0.from.ids',
      'No enabled IPv4 source has the id "zz".',
    ],
    [
      { kind: 'sources', ids: ['b1'] },
      'hosts.1.records.0.from.ids',
      '2 sources must agree, but this record names 1',
    ],
    [{ kind: 'sources', ids: [] }, 'hosts.1.records.0.from.ids', 'Name at least one source.'],
    [
      { kind: 'interface', name: 'eth1; rm -rf' },
      'hosts.1.records.0.from.name',
      'Enter an interface name as the system shows it',
    ],
  ])('refuses %j on the field %s, saying why', (from, field, message) => {
    const found = errors(settings(from));
    expect(found).toHaveLength(1);
    expect(found[0]!.field).toBe(field);
    expect(found[0]!.message).toContain(message);
  });

  it('refuses naming so many sources that public detection can no longer agree', () => {
    const found = errors(settings({ kind: 'sources', ids: ['a1', 'b1', 'b2'] }));
    expect(found.map((e) => e.field)).toEqual(['engine.agreement']);
    expect(found[0]!.message).toContain('leaves 1 for public detection while 2 must agree');
  });
});

describe('the VPN settings', () => {
  it('hold by default and name a bad interface field', () => {
    expect(SettingsSchema.parse({}).engine.vpn).toEqual({ echo: 'hold', allowInterfaces: [] });
    expect(errors({ engine: { vpn: { allowInterfaces: ['wg0', ''] } } })[0]!.field).toBe(
      'engine.vpn.allowInterfaces.1',
    );
    expect(errors({ engine: { vpn: { echo: 'sometimes' } } })[0]!.field).toBe('engine.vpn.echo');
  });
});
