import { describe, expect, it } from 'vitest';
import { EngineSettingsSchema } from '../../../shared/engine/engine-settings.js';
import { parseNameserver } from '../../../shared/settings/verify-settings.js';

describe('verification settings', () => {
  it('default to on, every 30 minutes, 10 minutes of grace, nameservers looked up', () => {
    expect(EngineSettingsSchema.parse({}).verify).toEqual({
      enabled: true,
      intervalMinutes: 30,
      graceMinutes: 10,
      nameservers: [],
    });
  });

  it('read host, host:port, IPv6 and [IPv6]:port', () => {
    expect(parseNameserver('127.0.0.1:5353')).toEqual({ host: '127.0.0.1', port: 5353 });
    expect(parseNameserver('ns1.freedns.io')).toEqual({ host: 'ns1.freedns.io', port: 53 });
    expect(parseNameserver('::1')).toEqual({ host: '::1', port: 53 });
    expect(parseNameserver('[::1]:5353')).toEqual({ host: '::1', port: 5353 });
  });

  it('refuse bad values naming the field', () => {
    const result = EngineSettingsSchema.safeParse({
      verify: {
        intervalMinutes: 0,
        graceMinutes: 121,
        nameservers: ['127.0.0.1:99999', '300.1.1.1'],
      },
    });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues).toEqual([
      ['verify.intervalMinutes', 'Check every 1 to 1440 minutes.'],
      ['verify.graceMinutes', 'The grace period is 0 to 120 minutes.'],
      ['verify.nameservers.0', 'A nameserver port is a number from 1 to 65535.'],
      ['verify.nameservers.1', '"300.1.1.1" is not an IPv4 address.'],
    ]);
  });
});
