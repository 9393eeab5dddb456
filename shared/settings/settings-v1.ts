import { z } from 'zod';

/**
 * Version 1 of the settings file, as the first releases wrote it: one freedns.io login, one
 * Freenom login, hosts that only followed the address, and a flat list of IPv4 echo URLs.
 * Kept only so that migrations can read it; nothing new is ever written in this shape.
 */
export const SettingsV1Schema = z.object({
  version: z.literal(1).optional(),
  freedns: z
    .object({
      username: z.string().min(1),
      premium: z.boolean().default(false),
      endpoint: z.string().optional(),
    })
    .nullable()
    .default(null),
  freenom: z
    .object({
      email: z.string().min(1),
      testMode: z.boolean().default(false),
      baseUrl: z.string().optional(),
    })
    .nullable()
    .default(null),
  hosts: z
    .array(
      z.object({
        label: z.string().min(1),
        ipv4: z.boolean().default(true),
        ipv6: z.boolean().default(false),
        enabled: z.boolean().default(true),
      }),
    )
    .default([]),
  pollIntervalSec: z.number().int().positive().default(300),
  sources: z.array(z.string()).default([]),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  openAtLogin: z.boolean().default(false),
});
export type SettingsV1 = z.output<typeof SettingsV1Schema>;
