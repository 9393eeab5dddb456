import { describe, expect, it } from 'vitest';
import {
  contactFrom,
  contactParams,
  detailsFrom,
  isoDate,
  orderResult,
  unwrap,
} from '../../../../electron/core/domains/client-mapping.js';

const contact = {
  contact_id: 'C1',
  contact_firstname: 'Dana',
  contact_lastname: 'Demo',
  contact_countrycode: 'NL',
  contact_domain: [
    { domainname: 'BUSINESS.COM', type: 'owner' },
    { domainname: 'X.TK', type: 'registrant' },
  ],
};

describe('between Freenom’s words and the contract’s', () => {
  it.each([
    ['20261202', '2026-12-02'],
    ['2013-03-11', '2013-03-11'],
    ['20260231', null],
    ['', null],
    [undefined, null],
  ])('reads the date %s as %s', (text, iso) => expect(isoDate(text)).toBe(iso));

  it('keeps only the contact roles the window knows', () => {
    expect(contactFrom(contact)).toMatchObject({
      id: 'C1',
      firstName: 'Dana',
      lastName: 'Demo',
      organization: '',
      domains: [{ domain: 'business.com', role: 'owner' }],
    });
  });

  it('sends a contact with Freenom’s parameter names and no empty fax', () => {
    expect(
      contactParams({
        firstName: 'Ada',
        lastName: 'L',
        address: 'a',
        city: 'c',
        zipCode: 'z',
        stateCode: 'GB-LND',
        countryCode: 'GB',
        phone: '+44-20-1',
        fax: '',
        email: 'a@b.org',
      }),
    ).toMatchObject({
      contact_firstname: 'Ada',
      contact_countrycode: 'GB',
      contact_fax: undefined,
    });
  });

  it('describes a domain with lower-case names, glue addresses and contacts by role', () => {
    const details = detailsFrom(
      {
        domainname: 'LAB.GA',
        domaintype: 'FREE',
        status: 'ACTIVE',
        expirationdate: '20270611',
        nameserver: [
          { hostname: 'NS1.LAB.GA', ipaddress: '192.0.2.10' },
          { hostname: 'NS.EXAMPLE.NET' },
        ],
        pricing: [],
        owner_contact: contact,
      },
      'lab.ga',
    );
    expect(details).toMatchObject({
      domain: 'lab.ga',
      expirationDate: '2027-06-11',
      nameservers: [
        { hostname: 'ns1.lab.ga', ipAddress: '192.0.2.10' },
        { hostname: 'ns.example.net', ipAddress: '' },
      ],
      autoRenew: false,
      contacts: { owner: expect.objectContaining({ id: 'C1' }) },
    });
    expect(details.contacts.admin).toBeUndefined();
  });

  it('reads an order whose item says NOT AVAILABLE as that status, not as an error', () => {
    expect(
      orderResult(
        { result: 'NOT AVAILABLE', domain: [{ domainname: 'TAKEN.TK', status: 'NOT AVAILABLE' }] },
        'taken.tk',
        'FREE',
      ),
    ).toEqual({
      domain: 'taken.tk',
      type: 'FREE',
      status: 'NOT AVAILABLE',
      period: '',
      expirationDate: null,
      currency: '',
      retailPrice: '',
    });
  });

  it('turns a failed call into an Error quoting Freenom', () => {
    expect(() =>
      unwrap({ ok: false, error: { kind: 'api', code: 'rejected', message: 'Invalid authcode' } }),
    ).toThrow('Freenom said: Invalid authcode');
  });
});
