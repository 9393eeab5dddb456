import ipaddr from 'ipaddr.js';

/**
 * Validators for what DNS Tray writes to freedns.io. Each returns null when the value is
 * acceptable, or one sentence saying what is wrong, ready to show beside the field.
 */
export type Problem = string | null;

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;

/** A freedns.io host label: `home` for home.freedns.io. */
export function checkHostLabel(value: string): Problem {
  if (value.length === 0) return 'Enter a host name.';
  if (value.includes('.'))
    return 'Enter only the first label (e.g. "home" for home.freedns.io), without dots.';
  if (value.length > 63) return 'A host label has at most 63 characters.';
  if (!LABEL.test(value))
    return 'Use letters, digits and hyphens only, not starting or ending with a hyphen.';
  return null;
}

/** A full host name (CNAME or MX target): labels separated by dots, 253 characters at most. */
export function checkHostname(value: string): Problem {
  const name = value.endsWith('.') ? value.slice(0, -1) : value;
  if (name.length === 0) return 'Enter a host name.';
  if (name.length > 253) return 'A host name has at most 253 characters.';
  const labels = name.split('.');
  if (labels.length < 2) return 'Enter a full host name with a domain, e.g. mail.example.com.';
  for (const label of labels) {
    if (label.length === 0) return 'A host name cannot contain empty labels ("..").';
    if (label.length > 63) return 'Each part of a host name has at most 63 characters.';
    if (!/^(?!-)[a-z0-9_-]+(?<!-)$/i.test(label))
      return `"${label}" is not a valid part of a host name.`;
  }
  if (/^\d+$/.test(labels[labels.length - 1]!))
    return 'A host name cannot end in a number; for an address use an A or AAAA record.';
  return null;
}

/** An IPv4 address in dotted-quad form, no leading zeros. */
export function checkIPv4(value: string): Problem {
  const parsed = parseAddress('ipv4', value);
  return typeof parsed === 'string' ? parsed : null;
}

/** An IPv6 address (no zone index); an embedded IPv4 tail is held to the IPv4 rules. */
export function checkIPv6(value: string): Problem {
  const parsed = parseAddress('ipv6', value);
  return typeof parsed === 'string' ? parsed : null;
}

export type AddressFamily = 'ipv4' | 'ipv6';

export function checkAddress(family: AddressFamily, value: string): Problem {
  return family === 'ipv4' ? checkIPv4(value) : checkIPv6(value);
}

/**
 * Parses an address of one family, or says what is wrong with the text. ipaddr.js reads
 * `::8.8.8.8` as IPv4-mapped and `::010.1.1.1` as 10.1.1.1, so a dotted tail is converted
 * here by the IPv4 rules before ipaddr.js sees only hexadecimal groups.
 */
export function parseAddress(
  family: AddressFamily,
  value: string,
): ipaddr.IPv4 | ipaddr.IPv6 | string {
  if (family === 'ipv4') return parseIPv4(value);
  if (value.includes('%')) return 'Enter the IPv6 address without a zone index (%…).';
  const colon = value.lastIndexOf(':');
  let hex = value;
  if (colon >= 0 && value.slice(colon + 1).includes('.')) {
    const tail = parseIPv4(value.slice(colon + 1));
    if (typeof tail === 'string')
      return 'Write the IPv4 part of the IPv6 address as four decimal numbers without leading zeros.';
    const [a, b, c, d] = tail.octets as [number, number, number, number];
    hex = `${value.slice(0, colon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  if (!/^[0-9a-f:]+$/i.test(hex) || !hex.includes(':') || !ipaddr.IPv6.isValid(hex))
    return 'Enter an IPv6 address like 2001:db8::1.';
  return ipaddr.IPv6.parse(hex);
}

function parseIPv4(value: string): ipaddr.IPv4 | string {
  if (!ipaddr.IPv4.isValidFourPartDecimal(value)) return 'Enter an IPv4 address like 203.0.113.7.';
  if (value.split('.').some((part) => part.length > 1 && part.startsWith('0')))
    return 'Write the IPv4 address without leading zeros.';
  return ipaddr.IPv4.parse(value);
}

/** Addresses in canonical text (IPv6 compressed, lower case) so equal addresses compare equal. */
export function canonicalAddress(value: string): string {
  const parsed = parseAddress(value.includes(':') ? 'ipv6' : 'ipv4', value);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed.toString();
}

/**
 * TXT data as freedns.io takes it: raw text, which the server quotes itself. Text it cannot
 * carry faithfully is refused: double quotes, control characters, more than 255 characters
 * (one DNS character-string), or nothing at all.
 */
export function checkTxt(value: string): Problem {
  if (value.length === 0) return 'Enter the text of the record.';
  if (value.includes('"'))
    return 'Leave out double quotes: freedns.io adds them around the text itself.';
  // C0, DEL, C1 (U+0080-U+009F) and the Unicode line and paragraph separators.
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(value))
    return 'The text cannot contain line breaks or control characters.';
  // A lone surrogate cannot be encoded: it would be sent as U+FFFD instead.
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value))
    return 'The text contains a broken character (half of a UTF-16 pair); type or paste it again.';
  if (utf8Length(value) > 255) return 'A TXT record holds at most 255 bytes.';
  return null;
}

/** An MX preference as typed: digits only (leading zeros allowed); NaN for anything else. */
export function parseMxPreference(text: string): number {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
}

/** A host name compared as DNS does: without case and without the final dot. */
export function normaliseHostName(value: string): string {
  return value.trim().toLowerCase().replace(/\.$/, '');
}

/** MX preference: a whole number from 0 to 65535. */
export function checkMxPreference(value: number): Problem {
  if (!Number.isInteger(value) || value < 0 || value > 65535)
    return 'The preference is a whole number from 0 to 65535.';
  return null;
}

/** How many MX records one freedns.io host may have. */
export const MAX_MX_RECORDS = 4;

/** Strips a trailing `.freedns.io` (and a final dot) so only the label is sent. */
export function toHostLabel(value: string): string {
  return value
    .trim()
    .replace(/\.$/, '')
    .replace(/\.freedns\.io$/i, '');
}

/** UTF-8 byte length without TextEncoder, which shared/ (no DOM, no Node types) cannot name. */
export function utf8Length(value: string): number {
  let bytes = 0;
  for (const char of value) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
