import { z } from '../validators/z.js';

/**
 * Version 1 of the settings file, as the first releases wrote it: one freedns.io login, one
 * Freenom login, hosts that only followed the address, and a flat list of IPv4 echo URLs.
 * Kept only so that migrations can read it; nothing new is ever written in this shape.
 */
export const SettingsV1Schema = z.object({
  version: z.optional(z.literal(1)),
  freedns: z._default(
    z.nullable(
      z.object({
        username: z.string().check(z.minLength(1)),
        premium: z._default(z.boolean(), false),
        endpoint: z.optional(z.string()),
      }),
    ),
    null,
  ),
  freenom: z._default(
    z.nullable(
      z.object({
        email: z.string().check(z.minLength(1)),
        testMode: z._default(z.boolean(), false),
        baseUrl: z.optional(z.string()),
      }),
    ),
    null,
  ),
  hosts: z._default(
    z.array(
      z.object({
        label: z.string().check(z.minLength(1)),
        ipv4: z._default(z.boolean(), true),
        ipv6: z._default(z.boolean(), false),
        enabled: z._default(z.boolean(), true),
      }),
    ),
    [],
  ),
  pollIntervalSec: z._default(z.number().check(z.int(), z.positive()), 300),
  sources: z._default(z.array(z.string()), []),
  theme: z._default(z.enum(['system', 'light', 'dark']), 'system'),
  openAtLogin: z._default(z.boolean(), false),
});
export type SettingsV1 = z.output<typeof SettingsV1Schema>;
