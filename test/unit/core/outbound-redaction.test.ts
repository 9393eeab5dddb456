import { describe, expect, it } from 'vitest';
import { REDACTED, redactOutbound, redactText } from '../../../electron/core/outbound-redaction.js';

const SECRET = 'p&ss+w rd%/é€😀<"\'\\';

const encodings: [string, string][] = [
  ['as typed', SECRET],
  ['percent-encoded', encodeURIComponent(SECRET)],
  ['percent-encoded, lower-case hex', encodeURIComponent(SECRET).toLowerCase()],
  ['form-encoded', new URLSearchParams({ p: SECRET }).toString().slice(2)],
  ['percent-encoded twice', encodeURIComponent(encodeURIComponent(SECRET))],
  ['JSON-escaped', JSON.stringify(SECRET).slice(1, -1)],
  [
    'JSON-escaped the PHP way (\\/ and \\u)',
    JSON.stringify(SECRET)
      .slice(1, -1)
      .replace(/\//g, '\\/')
      .replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  ],
  [
    'HTML-escaped',
    SECRET.replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#039;'),
  ],
  ['decimal character references', [...SECRET].map((c) => `&#${c.codePointAt(0)};`).join('')],
  [
    'hex character references',
    [...SECRET].map((c) => `&#X${c.codePointAt(0)!.toString(16).toUpperCase()};`).join(''),
  ],
];

describe('redactText', () => {
  it.each(encodings)('removes a password written %s, whole', (_name, form) => {
    expect(redactText(`Login failed for password=${form}&x=1`, [SECRET])).toBe(
      `Login failed for password=${REDACTED}&x=1`,
    );
  });

  it('removes a short password where it stands alone, not inside a name or address', () => {
    expect(redactText('email=demo@example.com&password=demo&x=1', ['demo'])).toBe(
      `email=demo@example.com&password=${REDACTED}&x=1`,
    );
    expect(redactText('the host demo.example.tk', ['demo'])).toBe('the host demo.example.tk');
  });

  it('removes the longer of two overlapping secrets first, leaving nothing half-shown', () => {
    expect(redactText('x=secret-long y=secret', ['secret', 'secret-long'])).toBe(
      `x=${REDACTED} y=${REDACTED}`,
    );
  });

  it('leaves text without a secret as it is', () => {
    expect(redactText('nothing here', [SECRET, ''])).toBe('nothing here');
  });
});

describe('redactOutbound', () => {
  const redact = (text: string) => redactText(text, [SECRET]);

  it('reaches every string at any depth, keys included, and leaves the input untouched', () => {
    const value = { a: [{ b: `x ${SECRET}` }], [SECRET]: 1, n: 2, ok: true, none: null };
    const copy = structuredClone(value);
    expect(redactOutbound(value, redact)).toEqual({
      a: [{ b: `x ${REDACTED}` }],
      [REDACTED]: 1,
      n: 2,
      ok: true,
      none: null,
    });
    expect(value).toEqual(copy);
  });

  it('keeps an error its class and fields, with message, stack and fields redacted', () => {
    class FreenomRefusal extends Error {
      readonly detail = `password=${encodeURIComponent(SECRET)}`;
    }
    const error = new FreenomRefusal(`Freenom said: ${SECRET}`);
    const clean = redactOutbound(error, redact);
    expect(clean).toBeInstanceOf(FreenomRefusal);
    expect(clean.message).toBe(`Freenom said: ${REDACTED}`);
    expect(clean.stack).not.toContain(SECRET);
    expect(clean.detail).toBe(`password=${REDACTED}`);
  });
});
