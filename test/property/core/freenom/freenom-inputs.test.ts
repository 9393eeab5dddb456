import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  ContactInputSchema,
  RegisterInputSchema,
} from '../../../../electron/core/freenom/freenom-inputs.js';
import { alphaTld, anyText, check, dnsLabel } from '../../property-support.js';

const explained = (issues: readonly { message: string; path: PropertyKey[] }[]) =>
  issues.length > 0 &&
  issues.every((issue) => issue.message.trim().length > 3 && !issue.message.includes('[object'));

const maybe = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 3, arbitrary: good }, { weight: 1, arbitrary: anyText });
const domain = fc.tuple(dnsLabel, alphaTld).map(([a, b]) => `${a}.${b}`);

const contact = fc.record(
  {
    contact_firstname: maybe(fc.constantFrom('Ada', 'Zoë')),
    contact_lastname: maybe(fc.constant('Lovelace')),
    contact_address: maybe(fc.constant('1 Main St')),
    contact_city: maybe(fc.constant('Delft')),
    contact_zipcode: maybe(fc.constant('2611')),
    contact_statecode: maybe(fc.constantFrom('NL-ZH', 'US-CA', 'XX-1')),
    contact_countrycode: maybe(fc.constantFrom('NL', 'us', 'XX')),
    contact_phone: maybe(fc.constantFrom('+31-15-1234567', '+1 310 123456', '0031151234')),
    contact_fax: maybe(fc.constant('+31-15-7654321')),
    contact_email: maybe(fc.emailAddress()),
  },
  { requiredKeys: [] },
);

const registration = fc.record(
  {
    domainname: maybe(domain),
    domaintype: fc.oneof(fc.constantFrom('FREE', 'PAID'), anyText),
    period: maybe(fc.constantFrom('1M', '12M', '13M', '1Y', '10Y', '6Y')),
    forward_url: maybe(fc.webUrl()),
    nameserver: fc.array(maybe(domain), { maxLength: 4 }),
    owner_id: maybe(fc.constant('C-1')),
    idshield: fc.constantFrom('enabled', 'disabled'),
  },
  { requiredKeys: ['domaintype'] },
);

describe('Freenom function inputs', () => {
  it('accept or explain every contact, field by field', () => {
    check(contact, (value) => {
      const parsed = ContactInputSchema.safeParse(value);
      return parsed.success || explained(parsed.error.issues);
    });
  });
  it('accept or explain every registration, and never accept both forwarding and nameservers', () => {
    check(registration, (value) => {
      const parsed = RegisterInputSchema.safeParse(value);
      if (!parsed.success) return explained(parsed.error.issues);
      const hasNs = (parsed.data.nameserver?.length ?? 0) > 0;
      return (
        !(parsed.data.forward_url && hasNs) &&
        (hasNs ? parsed.data.nameserver!.length >= 2 : !!parsed.data.forward_url)
      );
    });
  });
});
