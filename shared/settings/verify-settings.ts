import { z } from '../validators/z.js';
import { checkHostname, checkIPv4, checkIPv6 } from '../validators/dns.js';

/**
 * Checking what DNS serves: how often the authoritative nameservers are asked, how
 * long a fresh update may take to reach them, and which nameservers to ask instead of looking
 * them up (emulators and tests set these, so no test ever asks the system resolver).
 */
export interface NameserverAddress {
  host: string;
  port: number;
}

/** "host", "host:port", "IPv6" or "[IPv6]:port" -> host and port; a sentence when invalid. */
export function parseNameserver(value: string): NameserverAddress | string {
  const text = value.trim();
  const bracketed = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(text);
  const plain = /^([^:]+)(?::(\d{1,5}))?$/.exec(text);
  let host: string;
  let portText: string | undefined;
  if (bracketed) [, host = '', portText] = bracketed;
  else if (plain) [, host = '', portText] = plain;
  else if (text.includes(':')) host = text;
  else return 'Enter a nameserver as host, host:port, an IPv6 address or [IPv6]:port.';
  const port = portText === undefined ? 53 : Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    return 'A nameserver port is a number from 1 to 65535.';
  if (host.includes(':')) {
    if (checkIPv6(host)) return `"${host}" is not an IPv6 address.`;
  } else if (/^[\d.]+$/.test(host)) {
    if (checkIPv4(host)) return `"${host}" is not an IPv4 address.`;
  } else if (host !== 'localhost' && checkHostname(host)) {
    return `"${host}" is not a host name.`;
  }
  return { host, port };
}

export const NameserverSchema = z.string().check(
  z.trim(),
  z.superRefine((value, ctx) => {
    const parsed = parseNameserver(value);
    if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
  }),
);

export const VerifySettingsSchema = z.object({
  enabled: z._default(z.boolean(), true),
  /** Minutes between checks of every record (jittered), besides the check after each update. */
  intervalMinutes: z._default(
    z
      .number()
      .check(
        z.int('Enter whole minutes.'),
        z.gte(1, 'Check every 1 to 1440 minutes.'),
        z.lte(1440, 'Check every 1 to 1440 minutes.'),
      ),
    30,
  ),
  /** How long after an update a nameserver may still serve the old value (propagation). */
  graceMinutes: z._default(
    z
      .number()
      .check(
        z.int('Enter whole minutes.'),
        z.gte(0, 'The grace period is 0 to 120 minutes.'),
        z.lte(120, 'The grace period is 0 to 120 minutes.'),
      ),
    10,
  ),
  /** Ask these instead of the zone's NS records: "host", "host:port", "[IPv6]:port". */
  nameservers: z._default(
    z.array(NameserverSchema).check(z.maxLength(8, 'List at most 8 nameservers.')),
    [],
  ),
});
export type VerifySettings = z.infer<typeof VerifySettingsSchema>;
