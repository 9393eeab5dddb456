import type { SettingsInput } from '../../shared/settings/settings-schema.js';

/**
 * Settings that point DNS Tray at the local emulators, for the end-to-end tests and for
 * `npm run sandbox`. Echo sources use documentation addresses (the emulator's defaults), so
 * that range is allowed; interfaces and the router are off, because on 127.0.0.1 they would
 * report this machine, not the emulated one.
 */
export type SandboxProfile = 'empty' | 'demo' | 'full';

export interface SandboxUrls {
  /** The freedns.io emulator's update URL, e.g. http://127.0.0.1:P/request. */
  freednsEndpoint: string;
  /** The echo emulator's sourceUrls: "alpha-ipv4" -> URL, formats rotating plain/json/trace. */
  echoUrls: Record<string, string>;
  /** The Freenom emulator's API base, when it runs. */
  freenomBaseUrl?: string;
  /** The freedns.io emulator's nameservers, when it serves DNS (the sandbox). */
  nameservers?: string[];
}

const FORMAT_BY_PATH = /\/(plain|json|trace)$/;

/**
 * `nameservers`: the freedns.io emulator's DNS servers ("127.0.0.1:P"), checked every 30 minutes
 * with a one-minute grace period; without them checking DNS is off, so no test asks the system
 * resolver.
 */
export function sandboxEngine(
  echoUrls: Record<string, string>,
  pollSeconds = 3_600,
  nameservers?: string[],
) {
  // sourceUrls also names the fake router's control URL ("igd-control"): not an echo source.
  const echo = Object.entries(echoUrls).filter(([id]) => /-ipv[46]$/.test(id));
  const sources = echo.map(([id, url]) => {
    const [name = id, family = 'ipv4'] = id.split(/-(?=ipv[46]$)/);
    return {
      id,
      name,
      family: family as 'ipv4' | 'ipv6',
      url,
      format: (FORMAT_BY_PATH.exec(url)?.[1] ?? 'plain') as 'plain' | 'json' | 'trace',
    };
  });
  return {
    families: ['ipv4', 'ipv6'] as ('ipv4' | 'ipv6')[],
    sources,
    agreement: 2,
    useInterfaces: false,
    router: { enabled: false, natPmp: false },
    allowedRanges: ['documentation' as const],
    timeoutMs: 2_000,
    pollSeconds,
    stableChecks: 1,
    verify: nameservers?.length
      ? { enabled: true, nameservers, intervalMinutes: 30, graceMinutes: 1 }
      : { enabled: false },
  };
}

export function sandboxSettings(
  profile: SandboxProfile,
  urls: SandboxUrls,
  pollSeconds?: number,
): SettingsInput {
  const engine = sandboxEngine(urls.echoUrls, pollSeconds, urls.nameservers);
  if (profile === 'empty') return { version: 2, engine };
  const demo = {
    id: 'demo',
    username: 'demo',
    tier: 'free' as const,
    endpoint: urls.freednsEndpoint,
  };
  const home = {
    id: 'demo-home',
    accountId: 'demo',
    label: 'home',
    enabled: true,
    records: [{ type: 'A' as const, mode: 'follow' as const }],
  };
  if (profile === 'demo')
    return { version: 2, accounts: { freedns: [demo] }, hosts: [home], engine };
  const pro = {
    id: 'pro',
    username: 'pro',
    tier: 'premium' as const,
    endpoint: urls.freednsEndpoint,
  };
  return {
    version: 2,
    accounts: {
      freedns: [demo, pro],
      freenom: urls.freenomBaseUrl
        ? [{ id: 'demo', email: 'demo@example.com', baseUrl: urls.freenomBaseUrl, testMode: true }]
        : [],
    },
    hosts: [
      home,
      {
        id: 'pro-home',
        accountId: 'pro',
        label: 'home',
        enabled: true,
        records: [
          { type: 'A', mode: 'follow' },
          { type: 'AAAA', mode: 'follow' },
          { type: 'TXT', value: 'v=spf1 mx -all' },
        ],
      },
      {
        id: 'pro-mail',
        accountId: 'pro',
        label: 'mail',
        enabled: true,
        records: [
          { type: 'A', mode: 'fixed', value: '203.0.113.25' },
          {
            type: 'MX',
            entries: [
              { target: 'mx1.example.net', preference: 10 },
              { target: 'mx2.example.net', preference: 20 },
            ],
          },
        ],
      },
    ],
    engine,
  };
}
