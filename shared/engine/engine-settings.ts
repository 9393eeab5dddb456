import { z } from '../validators/z.js';
import { familyLabel } from './family-label.js';
import { DEFAULT_ECHO_SOURCES } from './default-echo-sources.js';
import { VerifySettingsSchema } from '../settings/verify-settings.js';
import { InterfaceNameSchema } from '../records/address-from.js';

/**
 * Settings of the follow-the-IP engine: where the public address comes from, how many sources
 * must agree, how often to look, and how much of the freedns.io quota to use. The settings
 * store embeds this schema; the headless shell may also read it from config.json.
 */
export const FamilySchema = z.enum(['ipv4', 'ipv6']);

// shared/ has no URL class (no DOM, no Node types), so the URL is checked by shape.
const HTTPS_URL = /^https:\/\/(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?([/?#][^\s]*)?$/i;
const LOOPBACK_HTTP_URL =
  /^http:\/\/(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\]|localhost)(:\d{1,5})?([/?#][^\s]*)?$/i;

/** https everywhere; plain http only to this machine, which is how tests reach the emulators. */
export function checkSourceUrl(value: string): string | null {
  if (HTTPS_URL.test(value) || LOOPBACK_HTTP_URL.test(value)) return null;
  if (/^http:\/\//i.test(value))
    return 'Use an https:// URL (plain http is allowed only for 127.0.0.1 or localhost).';
  return 'Enter a full URL starting with https://, without user name or password.';
}

export const SourceUrlSchema = z.string().check(
  z.superRefine((value, ctx) => {
    const problem = checkSourceUrl(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
);

export const EchoSourceSchema = z.object({
  id: z.string().check(z.minLength(1, 'Give the source an id.')),
  name: z.string().check(z.minLength(1, 'Give the source a name.')),
  family: FamilySchema,
  url: SourceUrlSchema,
  format: z.enum(['plain', 'json', 'trace']),
  /** For JSON answers: the field holding the address. */
  jsonField: z._default(z.string().check(z.minLength(1)), 'ip'),
  enabled: z._default(z.boolean(), true),
});
export type EchoSource = z.infer<typeof EchoSourceSchema>;

export const SpecialRangeSchema = z.enum([
  'private',
  'cgnat',
  'loopback',
  'linkLocal',
  'documentation',
]);

export const RouterSettingsSchema = z.object({
  enabled: z._default(z.boolean(), true),
  /** A UPnP WANIPConnection control URL; when unset the gateway is discovered. */
  controlUrl: z.optional(z.string().check(z.url('Enter the full control URL of the router.'))),
  /** Its GENA event URL (eventSubURL), beside `controlUrl`: change events instead of polling. */
  eventUrl: z.optional(z.string().check(z.url('Enter the full event URL of the router.'))),
  /** Also ask the default gateway over NAT-PMP. */
  natPmp: z._default(z.boolean(), true),
});

/**
 * While a VPN tunnel carries a family's internet traffic, echo services see the VPN's exit.
 * `hold` asks only the router and interfaces; `bindPhysical` asks the echo services from the
 * physical interface's local address; tunnels named in `allowInterfaces` are trusted as they are.
 */
export const VpnSettingsSchema = z.object({
  echo: z._default(z.enum(['hold', 'bindPhysical']), 'hold'),
  allowInterfaces: z._default(z.array(InterfaceNameSchema), []),
});

const EngineFieldsSchema = z.object({
  families: z._default(z.array(FamilySchema), ['ipv4', 'ipv6']),
  sources: z.optional(z.array(EchoSourceSchema)),
  /** How many independent sources must give the same address before it is believed. */
  agreement: z._default(z.number().check(z.int(), z.gte(1), z.lte(5)), 2),
  useInterfaces: z._default(z.boolean(), true),
  router: z._default(RouterSettingsSchema, { enabled: true, natPmp: true }),
  allowedRanges: z._default(z.array(SpecialRangeSchema), []),
  timeoutMs: z._default(z.number().check(z.int(), z.gte(100), z.lte(30_000)), 5_000),
  pollSeconds: z._default(z.number().check(z.int(), z.gte(15), z.lte(86_400)), 60),
  /** How often interfaces and the router are looked at locally (costs no third-party request). */
  watchSeconds: z._default(z.number().check(z.int(), z.gte(1), z.lte(600)), 5),
  /** freedns.io requests per sliding hour across all accounts (the service allows 60). */
  hourlyRequestBudget: z._default(z.number().check(z.int(), z.gte(1), z.lte(60)), 50),
  /** Consecutive agreeing checks before a changed address spends a free-tier update. */
  stableChecks: z._default(z.number().check(z.int(), z.gte(1), z.lte(10)), 2),
  /**
   * Multi-WAN hold: an address is "seen" while an agreeing check named it in this many minutes;
   * the published one is kept while it alternates with another one seen. 0 turns the hold off.
   */
  multiWanWindowMinutes: z._default(z.number().check(z.int(), z.gte(0), z.lte(1_440)), 120),
  /**
   * A failing freedns.io is reported (status "failed", notification) only once failures have
   * lasted this long with the network up; offline, no route and just resumed do not count.
   */
  failureNoticeMinutes: z._default(
    z
      .number()
      .check(
        z.int('Enter whole minutes.'),
        z.gte(1, 'Report failures after 1 minute at the soonest.'),
        z.lte(1_440, 'Report failures after 1,440 minutes (a day) at the latest.'),
      ),
    10,
  ),
  verify: z.prefault(VerifySettingsSchema, {}),
  vpn: z.prefault(VpnSettingsSchema, {}),
});
export type EngineSettings = z.infer<typeof EngineSettingsSchema>;
export type VpnSettings = z.infer<typeof VpnSettingsSchema>;

/** Refused when agreement can never be reached, or a family would stay "unknown" forever. */
export const EngineSettingsSchema = EngineFieldsSchema.check(
  z.superRefine((settings, ctx) => {
    const problem = checkAgreementReachable(settings);
    if (problem) ctx.addIssue({ code: 'custom', path: ['agreement'], message: problem });
  }),
);

/**
 * Counts, per checked family, the sources that can always answer: enabled echo services (the
 * built-in ones while none are configured), and for IPv6 the interfaces, which hold the global
 * address themselves. IPv4 interfaces and the router usually sit behind NAT, so they do not count.
 */
export function checkAgreementReachable(
  settings: Pick<EngineSettings, 'families' | 'sources' | 'agreement' | 'useInterfaces'>,
): string | null {
  for (const family of new Set(settings.families)) {
    const echo = (settings.sources ?? DEFAULT_ECHO_SOURCES).filter(
      (source) => source.enabled && source.family === family,
    ).length;
    const count = echo + (family === 'ipv6' && settings.useInterfaces ? 1 : 0);
    if (settings.agreement <= count) continue;
    const name = familyLabel(family);
    const enabled = count === 1 ? `1 ${name} source is` : `${count} ${name} sources are`;
    return `Sources that must agree is ${settings.agreement}, but only ${enabled} enabled: add or enable ${name} sources, or lower the number.`;
  }
  return null;
}
