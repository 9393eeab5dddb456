/**
 * The one place secrets are taken out of what leaves the core: API answers and errors (both
 * shells), events, history, logs, exports. A server may echo a password back in any encoding
 * (percent-encoded in a query string, JSON-escaped, XML/HTML entities), so each secret is
 * matched as a pattern in which every character may appear in any of those forms.
 */
export const REDACTED = '[secret removed]';

const NAMED_ENTITIES: Record<string, string[]> = {
  '&': ['&amp;'],
  '<': ['&lt;'],
  '>': ['&gt;'],
  '"': ['&quot;', '\\\\"'],
  "'": ['&apos;'],
  '/': ['\\\\/'],
  '\\': ['\\\\\\\\'],
};
const patterns = new Map<string, RegExp>();

/**
 * Channels and events that carry only the user's own settings (and, for secrets:status, which
 * account has a password). Their schemas have no secret field and never hold server text, and
 * a value the user typed (a user name or account id that equals the password) must come back
 * as typed: redacting it would corrupt it on the next save.
 */
export const SETTINGS_DATA = new Set([
  'secrets:status',
  'settings:get',
  'settings:update',
  'settings:import',
  'settings:export',
  'settings:changed',
]);
/**
 * A short secret ("demo") is also a common word: inside a longer name or address
 * ("demo@example.com") it is left alone, anywhere else (`password=demo&`) it is removed.
 */
const SHORT_SECRET = 8;
const WORD_CHAR = '[A-Za-z0-9@._-]';
const ESCAPES = /[%&\\+]/;

/**
 * Replaces each known secret, in every encoding, in one pass (longest first, so none is left
 * half-shown, and a replacement is never searched again: "[secret removed]" holds "secret").
 */
export function redactText(
  text: string,
  secrets: Iterable<string>,
  replacement = REDACTED,
): string {
  return textRedactor(secrets, replacement)(text);
}

/**
 * redactText with the secrets taken once: a whole answer (thousands of strings) is redacted
 * with one list and one pattern instead of gathering the secrets again for every string.
 */
export function textRedactor(
  secrets: Iterable<string>,
  replacement = REDACTED,
): (text: string) => string {
  const known = [...new Set(secrets)]
    .filter((secret) => secret.length > 0)
    .sort((a, b) => b.length - a.length);
  if (known.length === 0) return (text) => text;
  const pattern = patternOf(known);
  return (text) => {
    // Every encoded form holds one of % & \ + : without them only the secret as typed can match.
    if (!ESCAPES.test(text) && !known.some((secret) => text.includes(secret))) return text;
    return text.replace(pattern, replacement);
  };
}

/**
 * Deep copy of `value` with `redact` applied to every string in it (keys included): the
 * boundary wraps handler answers, event payloads and history events with this.
 */
export function redactOutbound<T>(value: T, redact: (text: string) => string): T {
  return walk(value, redact) as T;
}

function walk(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === 'string') return redact(value);
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => walk(item, redact));
  if (value instanceof Error) return redactError(value, redact);
  // A plain loop: answers can hold thousands of domains, and this runs on every one.
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value))
    copy[redact(key)] = walk((value as Record<string, unknown>)[key], redact);
  return copy;
}

/** Same class and own fields, with message, stack and every string field redacted. */
function redactError(error: Error, redact: (text: string) => string): Error {
  const copy = Object.create(Object.getPrototypeOf(error) as object) as Error;
  Object.assign(copy, walk({ ...error }, redact));
  for (const key of ['message', 'stack'] as const) {
    const text = error[key];
    if (text !== undefined)
      Object.defineProperty(copy, key, { value: redact(text), writable: true, configurable: true });
  }
  return copy;
}

function patternOf(secrets: string[]): RegExp {
  const key = secrets.join('\u0000');
  let pattern = patterns.get(key);
  if (!pattern) {
    pattern = new RegExp(secrets.map(sourceOf).join('|'), 'g');
    if (patterns.size > 100) patterns.clear();
    patterns.set(key, pattern);
  }
  // One instance per set is reused: replace() with a global regex resets lastIndex.
  return pattern;
}

function sourceOf(secret: string): string {
  const body = [...secret].map(formsOf).join('');
  const short = [...secret].length < SHORT_SECRET;
  return short ? `(?<!${WORD_CHAR})${body}(?!${WORD_CHAR})` : `(?:${body})`;
}

/** Every way one character (code point) can be written in a URL, JSON, XML or HTML text. */
function formsOf(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const forms: string[] = [];
  if (char === ' ') forms.push('\\+');
  // Percent-encoded UTF-8 bytes, possibly encoded twice (`%25` is an encoded `%`).
  const bytes = [...new TextEncoder().encode(char)];
  forms.push(bytes.map((byte) => `(?:%|%25)${hex(byte, 2)}`).join(''));
  // Numeric character references, decimal or hex, with or without leading zeros.
  forms.push(`&#0*${code};`, `&#[xX]0*${hex(code, 1)};`);
  forms.push(...(NAMED_ENTITIES[char] ?? []));
  // JSON \u escapes (a surrogate pair beyond the BMP).
  forms.push(
    utf16Units(char)
      .map((unit) => `\\\\u${hex(unit, 4)}`)
      .join(''),
  );
  // The literal comes last, so a JSON escape (two backslashes for one) is taken whole.
  forms.push(literal(char));
  return `(?:${forms.join('|')})`;
}

function utf16Units(char: string): number[] {
  const units: number[] = [];
  for (let i = 0; i < char.length; i += 1) units.push(char.charCodeAt(i));
  return units;
}

/** Hex digits of `value` as a pattern that accepts upper and lower case letters. */
function hex(value: number, width: number): string {
  return [...value.toString(16).padStart(width, '0')]
    .map((digit) => (/[a-f]/.test(digit) ? `[${digit}${digit.toUpperCase()}]` : digit))
    .join('');
}

function literal(char: string): string {
  return char.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}
