import { describe, expect, it } from 'vitest';
import {
  buildUpdateParams,
  type FreednsOperation,
} from '../../../../electron/core/freedns-io/index.js';

describe('buildUpdateParams', () => {
  it.each<[string, FreednsOperation, [string, string][]]>([
    [
      'an A from the caller address sends no value',
      { op: 'set-address', host: 'home', type: 'A' },
      [
        ['host', 'home'],
        ['record', 'A'],
      ],
    ],
    [
      'a full freedns.io name sends only the label',
      { op: 'set-address', host: 'Home.FreeDNS.io.', type: 'AAAA', value: '2001:db8::1' },
      [
        ['host', 'Home'],
        ['record', 'AAAA'],
        ['value', '2001:db8::1'],
      ],
    ],
    [
      'TXT text goes out exactly as given, without quotes',
      { op: 'set-txt', host: 'home', text: 'v=spf1 -all' },
      [
        ['host', 'home'],
        ['record', 'TXT'],
        ['value', 'v=spf1 -all'],
      ],
    ],
    [
      'an MX add carries the default preference 10',
      { op: 'add-mx', host: 'mail', target: 'mx.example.net' },
      [
        ['host', 'mail'],
        ['record', 'MX'],
        ['preference', '10'],
        ['value', 'mx.example.net'],
      ],
    ],
    [
      'an MX replace names the old target and leaves the preference out unless given',
      { op: 'replace-mx', host: 'mail', oldTarget: 'a.example.net', target: 'b.example.net' },
      [
        ['host', 'mail'],
        ['record', 'MX'],
        ['replace', 'a.example.net'],
        ['value', 'b.example.net'],
      ],
    ],
    [
      'an MX delete sends the target as value',
      { op: 'delete-mx', host: 'mail', target: 'a.example.net' },
      [
        ['host', 'mail'],
        ['record', 'MX'],
        ['delete', '1'],
        ['value', 'a.example.net'],
      ],
    ],
    [
      'a record delete sends a blank value, as the API page asks',
      { op: 'delete-record', host: 'home', type: 'CNAME' },
      [
        ['host', 'home'],
        ['record', 'CNAME'],
        ['delete', '1'],
        ['value', ''],
      ],
    ],
  ])('%s', (_name, operation, params) => {
    expect(buildUpdateParams(operation)).toEqual({ params });
  });

  it.each<[FreednsOperation, string, RegExp]>([
    [{ op: 'set-address', host: '', type: 'A' }, 'host', /Enter a host name/],
    [{ op: 'set-address', host: 'home.example.com', type: 'A' }, 'host', /only the first label/],
    [{ op: 'set-address', host: 'home', type: 'A', value: '010.1.1.1' }, 'value', /IPv4 address/],
    [{ op: 'set-address', host: 'home', type: 'AAAA', value: 'fe80::1%eth0' }, 'value', /zone/],
    [{ op: 'set-cname', host: 'home', target: 'localhost' }, 'target', /full host name/],
    [{ op: 'set-txt', host: 'home', text: 'a\nb' }, 'value', /line breaks/],
    [{ op: 'set-txt', host: 'home', text: 'x'.repeat(256) }, 'value', /255 bytes/],
    [
      { op: 'add-mx', host: 'mail', target: 'mx.example.net', preference: -1 },
      'preference',
      /0 to 65535/,
    ],
    [
      { op: 'add-mx', host: 'mail', target: 'mx.example.net', preference: 1.5 },
      'preference',
      /whole number/,
    ],
    [{ op: 'delete-mx', host: 'mail', target: '' }, 'target', /Enter a host name/],
    [{ op: 'delete-record', host: 'home', type: 'MX' as 'A' }, 'type', /MX entries one by one/],
    [{ op: 'set-address', host: 'home', type: 'TXT' as 'A' }, 'type', /Only A and AAAA/],
  ])('refuses %j in field %s', (operation, field, message) => {
    const built = buildUpdateParams(operation);
    expect(built).toMatchObject({ kind: 'invalid', field });
    expect('kind' in built && built.message).toMatch(message);
  });
});
