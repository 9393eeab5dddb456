import { describe, expect, it } from 'vitest';
import { SettingsSchema } from '../../../shared/settings/settings-schema.js';
import { sandboxSettings } from '../../support/sandbox-settings.js';

const urls = {
  freednsEndpoint: 'http://127.0.0.1:4001/request',
  freenomBaseUrl: 'http://127.0.0.1:4002/v2',
  echoUrls: {
    'igd-control': 'http://127.0.0.1:4003/igd/control',
    'alpha-ipv4': 'http://127.0.0.1:4003/s/alpha/ipv4/plain',
    'bravo-ipv4': 'http://127.0.0.1:4003/s/bravo/ipv4/trace',
    'bravo-ipv6': 'http://127.0.0.1:4003/s/bravo/ipv6/json',
    'charlie-ipv6': 'http://127.0.0.1:4003/s/charlie/ipv6/plain',
  },
};

describe('sandbox and e2e settings', () => {
  it.each(['empty', 'demo', 'full'] as const)(
    'the "%s" profile is valid settings, so the app never moves it aside as corrupt',
    (profile) => {
      const parsed = SettingsSchema.safeParse(sandboxSettings(profile, urls));
      expect(parsed.error?.issues ?? []).toEqual([]);
    },
  );

  it('asks only the echo sources, each in the format its URL serves, never the router URL', () => {
    const { engine } = SettingsSchema.parse(sandboxSettings('empty', urls));
    expect(engine.sources?.map((s) => [s.id, s.family, s.format])).toEqual([
      ['alpha-ipv4', 'ipv4', 'plain'],
      ['bravo-ipv4', 'ipv4', 'trace'],
      ['bravo-ipv6', 'ipv6', 'json'],
      ['charlie-ipv6', 'ipv6', 'plain'],
    ]);
    expect(engine.allowedRanges).toContain('documentation');
  });
});
