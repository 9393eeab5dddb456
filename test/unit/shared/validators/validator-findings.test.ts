import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../../../electron/core/public-ip/parse-answer.js';
import { GlueInputSchema } from '../../../../electron/core/freenom/freenom-inputs.js';
import {
  draftToHost,
  validateHostDraft,
  type HostDraft,
} from '../../../../renderer/src/hosts/host-draft.js';
import { GlueRequestSchema } from '../../../../shared/contract/domain-requests.js';
import { TxtRecordSchema } from '../../../../shared/records/desired-records.js';
import { checkTxt } from '../../../../shared/validators/dns.js';
import { checkGlue, checkNameservers } from '../../../../shared/validators/domain.js';

const CONTROL = 'The text cannot contain line breaks or control characters.';
const BROKEN =
  'The text contains a broken character (half of a UTF-16 pair); type or paste it again.';

describe('TXT values', () => {
  it.each([
    ['a lone high surrogate', 'v=\ud800x', BROKEN],
    ['a lone low surrogate', '\udc00', BROKEN],
    ['a pair in the wrong order', 'ab\udc00\ud800', BROKEN],
    ['a high surrogate at the end', 'text\ud83d', BROKEN],
    ['C1 control U+0080', 'a\u0080b', CONTROL],
    ['next line U+0085', 'a\u0085b', CONTROL],
    ['C1 control U+009F', 'a\u009fb', CONTROL],
    ['line separator U+2028', 'a\u2028b', CONTROL],
    ['paragraph separator U+2029', 'a\u2029b', CONTROL],
    ['DEL', 'a\u007fb', CONTROL],
  ])('refuses %s with a message on the field', (_, value, message) => {
    expect(checkTxt(value)).toBe(message);
    expect(TxtRecordSchema.safeParse({ type: 'TXT', value }).error?.issues).toEqual([
      expect.objectContaining({ path: ['value'], message }),
    ]);
  });

  it.each([
    ['an emoji (a proper surrogate pair)', 'hello \ud83d\ude00'],
    ['a no-break space, just above C1', 'a\u00a0b'],
    ['accented letters', 'café crème'],
    ['U+2027, next to the separators', 'a\u2027b'],
  ])('accepts %s', (_, value) => {
    expect(checkTxt(value)).toBeNull();
  });
});

describe('Cloudflare trace answers', () => {
  it('reads a real trace body, with spaces in other values', () => {
    const body =
      'fl=29f1\nh=1.1.1.1\nip=2a00:1450::2\nts=1733000000.123\nvisit_scheme=https\n' +
      'uag=Mozilla/5.0 (X11; Linux x86_64)\ncolo=AMS\nsliver=none\nhttp=http/2\nloc=NL\n' +
      'tls=TLSv1.3\nsni=off\nwarp=off\ngateway=off\nrbi=off\nkex=X25519\n';
    expect(parseAnswer('trace', body)).toEqual({ ok: true, text: '2a00:1450::2' });
  });

  it.each([
    [
      'an HTML page with an ip= line',
      '<!DOCTYPE html>\n<html><body>\n<pre>\nip=203.0.113.9\n</pre>\n</body></html>\n',
    ],
    ['a captive portal text with an ip= line', 'Please log in first\nip=10.0.0.1\n'],
    ['an ip= line after a JSON line', '{"ip":"1.2.3.4"}\nip=1.2.3.4\n'],
  ])('refuses %s', (_, body) => {
    expect(parseAnswer('trace', body)).toEqual({
      ok: false,
      problem: 'answered something that is not a trace (key=value lines)',
    });
  });
});

describe('nameservers and glue compare names as DNS does', () => {
  it.each([
    ['the apex with a final dot', 'example.tk.', 'example.tk'],
    ['the apex in capitals', 'EXAMPLE.TK', 'example.tk'],
    ['the apex, domain written with a final dot', 'example.tk', 'example.tk.'],
  ])('refuses %s as a glue host', (_, host, domain) => {
    expect(checkGlue(host, '203.0.113.7', domain)).toMatch(/^A glue record is for a nameserver/);
  });

  it('accepts a glue host written with a final dot or capitals', () => {
    expect(checkGlue('NS1.example.tk.', '203.0.113.7', 'Example.TK')).toBeNull();
  });

  it('finds a nameserver listed twice, once with a final dot', () => {
    expect(checkNameservers(['ns1.example.net.', 'NS1.example.net'], 'example.tk')).toBe(
      'Nameserver "NS1.example.net" is listed twice.',
    );
  });

  it('does not ask for glue that is registered under the other spelling', () => {
    expect(
      checkNameservers(['ns1.example.tk.', 'ns2.example.net'], 'example.tk', ['NS1.example.tk']),
    ).toBeNull();
    expect(
      checkNameservers(['ns1.example.tk', 'ns2.example.net'], 'example.tk', ['ns1.example.tk.']),
    ).toBeNull();
  });

  it('refuses the apex as glue in the window request and in the Freenom input', () => {
    const request = GlueRequestSchema.safeParse({
      domain: 'example.tk',
      hostname: 'example.tk.',
      ipAddress: '203.0.113.7',
    });
    expect(request.error?.issues).toEqual([
      expect.objectContaining({
        path: ['hostname'],
        message: 'A glue record is for a nameserver under example.tk, e.g. ns1.example.tk.',
      }),
    ]);
    const input = GlueInputSchema.safeParse({
      domainname: 'example.tk',
      hostname: 'EXAMPLE.TK.',
      ipaddress: '203.0.113.7',
    });
    expect(input.error?.issues).toEqual([expect.objectContaining({ path: ['hostname'] })]);
    expect(
      GlueInputSchema.safeParse({
        domainname: 'example.tk',
        hostname: 'ns1.example.tk.',
        ipaddress: '203.0.113.7',
      }).success,
    ).toBe(true);
  });
});

describe('MX preference as typed', () => {
  const draft = (preference: string): HostDraft => ({
    id: 'h1',
    accountId: 'pro',
    label: 'mail',
    enabled: true,
    records: [
      { key: 'r', type: 'MX', entries: [{ key: 'm', target: 'mx.example.net', preference }] },
    ],
  });
  const context = { otherLabels: [], tier: 'premium' as const };

  it.each([
    ['000000', 0],
    ['010', 10],
    ['065535', 65535],
    [' 7 ', 7],
  ])('accepts %j as %d', (typed, value) => {
    expect(validateHostDraft(draft(typed), context)).toEqual({});
    expect(draftToHost(draft(typed)).records).toEqual([
      { type: 'MX', entries: [{ target: 'mx.example.net', preference: value }] },
    ]);
  });

  it.each(['65536', '0065536', '-1', '1e3', '10.5', '', '0x10'])('refuses %j', (typed) => {
    expect(validateHostDraft(draft(typed), context)).toEqual({
      'r.m.preference': 'The preference is a whole number from 0 to 65535.',
    });
  });
});
