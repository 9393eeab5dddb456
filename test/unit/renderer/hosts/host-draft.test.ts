import { describe, expect, it } from 'vitest';
import {
  draftToHost,
  emptyRecord,
  hostToDraft,
  validateHostDraft,
  type HostDraft,
  type RecordDraft,
} from '../../../../renderer/src/hosts/host-draft.js';

const premium = { otherLabels: [], tier: 'premium' as const };

function draft(records: RecordDraft[], label = 'home'): HostDraft {
  return { id: 'h1', accountId: 'pro', label, enabled: true, records };
}

describe('validateHostDraft', () => {
  it.each<[string, RecordDraft, string, RegExp]>([
    [
      'a fixed A that is not IPv4',
      { key: 'r', type: 'A', mode: 'fixed', value: '1.2.3' },
      'r.value',
      /IPv4 address like/,
    ],
    [
      'an empty fixed A',
      { key: 'r', type: 'A', mode: 'fixed', value: '' },
      'r.value',
      /IPv4 address like/,
    ],
    [
      'a fixed AAAA that is not IPv6',
      { key: 'r', type: 'AAAA', mode: 'fixed', value: '2001:db8::g' },
      'r.value',
      /IPv6 address like/,
    ],
    [
      'a CNAME without a domain',
      { key: 'r', type: 'CNAME', value: 'localhost' },
      'r.value',
      /full host name/,
    ],
    ['a TXT with quotes', { key: 'r', type: 'TXT', value: 'a "b"' }, 'r.value', /double quotes/],
    ['an empty TXT', { key: 'r', type: 'TXT', value: '' }, 'r.value', /Enter the text/],
    [
      'an MX preference that is not a whole number',
      {
        key: 'r',
        type: 'MX',
        entries: [{ key: 'm', target: 'mx.example.net', preference: '1e3' }],
      },
      'r.m.preference',
      /0 to 65535/,
    ],
    [
      'an MX preference above 65535',
      {
        key: 'r',
        type: 'MX',
        entries: [{ key: 'm', target: 'mx.example.net', preference: '65536' }],
      },
      'r.m.preference',
      /0 to 65535/,
    ],
    [
      'the same mail server twice',
      {
        key: 'r',
        type: 'MX',
        entries: [
          { key: 'm1', target: 'mx.example.net', preference: '10' },
          { key: 'm2', target: 'MX.example.net.', preference: '20' },
        ],
      },
      'r.m2.target',
      /listed twice/,
    ],
  ])('puts the problem of %s on its own field', (_name, record, field, message) => {
    const errors = validateHostDraft(draft([record]), premium);
    expect(errors[field]).toMatch(message);
    expect(Object.keys(errors)).toEqual([field]);
  });

  it.each([
    ['', /Enter a host name/],
    ['my host', /letters, digits and hyphens/],
    ['-home', /not starting or ending with a hyphen/],
  ])('refuses the host name "%s" on the name field', (label, message) => {
    expect(validateHostDraft(draft([emptyRecord('A')], label), premium).label).toMatch(message);
  });

  it('accepts a new host, which has no id until it is saved', () => {
    expect(validateHostDraft({ ...draft([emptyRecord('A')]), id: '' }, premium)).toEqual({});
  });

  it('refuses a label the account already uses, whatever its case', () => {
    const errors = validateHostDraft(draft([emptyRecord('A')], 'Home'), {
      otherLabels: ['home'],
      tier: 'premium',
    });
    expect(errors.label).toBe('This account already has a host named "Home".');
  });

  it('refuses Premium-only types on a free account, saying why', () => {
    const errors = validateHostDraft(draft([{ key: 'r', type: 'TXT', value: 'hello' }]), {
      otherLabels: [],
      tier: 'free',
    });
    expect(errors['r.type']).toBe('CNAME, TXT and MX records need a Premium freedns.io account.');
  });

  it('refuses a CNAME beside other records with the shared schema message', () => {
    const errors = validateHostDraft(
      draft([emptyRecord('A'), { key: 'c', type: 'CNAME', value: 'target.example.com' }]),
      premium,
    );
    expect(errors.records).toBe('A host with a CNAME can hold no other record.');
  });

  it('turns a valid draft into the host the settings hold, label normalised', () => {
    const host = draftToHost(
      draft(
        [
          { key: 'a', type: 'A', mode: 'follow', value: 'ignored' },
          {
            key: 'x',
            type: 'MX',
            entries: [{ key: 'm', target: ' mx.example.net ', preference: '5' }],
          },
        ],
        'home.freedns.io.',
      ),
    );
    expect(host).toEqual({
      id: 'h1',
      accountId: 'pro',
      label: 'home',
      enabled: true,
      records: [
        { type: 'A', mode: 'follow' },
        { type: 'MX', entries: [{ target: 'mx.example.net', preference: 5 }] },
      ],
    });
    expect(validateHostDraft(hostToDraft(host), premium)).toEqual({});
  });
});
