import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  checkCountryCode,
  checkDomainName,
  checkEmail,
  checkForwardUrl,
  checkGlue,
  checkNameservers,
  checkPeriod,
  checkPhone,
  checkStateCode,
  FREE_PERIODS,
  isInsideDomain,
  PAID_PERIODS,
  periodMonths,
} from '../../../../shared/validators/domain.js';
import { alphaTld, anyText, check, dnsLabel, isVerdict } from '../../property-support.js';

const domainName = fc
  .tuple(fc.array(dnsLabel, { minLength: 1, maxLength: 3 }), alphaTld)
  .map(([labels, tld]) => [...labels, tld].join('.'))
  .filter((name) => name.length <= 253);
const domainType = fc.constantFrom('FREE' as const, 'PAID' as const);

describe('domain name validator', () => {
  it('answers every text with null or a sentence and never throws', () => {
    check(anyText, (text) => isVerdict(checkDomainName(text)));
  });
  it('accepts every well-formed name', () => {
    check(domainName, (name) => checkDomainName(name) === null);
  });
  it('refuses a bare label and asks for the ending', () => {
    check(dnsLabel, (label) => /ending/.test(checkDomainName(label) ?? ''));
  });
  it('refuses underscores, which hostnames allow but registrars do not', () => {
    check(
      fc.tuple(dnsLabel, alphaTld),
      ([label, tld]) => checkDomainName(`_${label}.${tld}`) !== null,
    );
  });
});

describe('period validator', () => {
  it('answers every text for both domain types with null or a sentence', () => {
    check(fc.tuple(domainType, anyText), ([type, text]) => isVerdict(checkPeriod(type, text)));
  });
  it('accepts exactly 1M-12M for free and the listed years for paid, in any case', () => {
    const candidates = fc.oneof(
      fc
        .tuple(fc.integer({ min: -2, max: 14 }), fc.constantFrom('M', 'm', 'Y', 'y', 'D', ''))
        .map(([n, unit]) => `${n}${unit}`),
      anyText,
    );
    check(fc.tuple(domainType, candidates), ([type, text]) => {
      const allowed: readonly string[] = type === 'FREE' ? FREE_PERIODS : PAID_PERIODS;
      return (checkPeriod(type, text) === null) === allowed.includes(text.toUpperCase());
    });
  });
  it('reads months from every period and nothing from other text', () => {
    check(
      fc.tuple(fc.integer({ min: 0, max: 99 }), fc.constantFrom('M', 'Y')),
      ([n, unit]) => periodMonths(`${n}${unit}`) === n * (unit === 'Y' ? 12 : 1),
    );
    check(anyText, (text) => {
      const months = periodMonths(text);
      return (
        months === null || (Number.isInteger(months) && months >= 0 && /^\d{1,2}[MY]$/i.test(text))
      );
    });
  });
});

describe('contact validators', () => {
  it('answer every text with null or a sentence and never throw', () => {
    check(anyText, (text) =>
      [checkEmail, checkCountryCode, checkStateCode, checkPhone].every((f) => isVerdict(f(text))),
    );
  });
  it('accept every e-mail address of usual length', () => {
    check(
      fc.emailAddress().filter((value) => value.length <= 254),
      (value) => checkEmail(value) === null,
    );
  });
  it('accept international phone numbers with separators', () => {
    const phone = fc
      .tuple(
        fc.integer({ min: 1, max: 999 }),
        fc.stringMatching(/^[0-9]{5,11}$/),
        fc.constantFrom('-', ' ', '.', ''),
      )
      .map(([cc, rest, sep]) => `+${cc}${sep}${rest}`)
      .filter((value) => value.replace(/\D/g, '').length <= 15);
    check(phone, (value) => checkPhone(value) === null);
  });
  it('refuse a phone number without the leading +', () => {
    check(fc.stringMatching(/^[0-9]{6,15}$/), (digits) => checkPhone(digits) !== null);
  });
  it('accept state codes exactly when their country part is a country', () => {
    const state = fc
      .tuple(fc.stringMatching(/^[A-Z]{2}$/), fc.stringMatching(/^[A-Z0-9]{1,3}$/))
      .map(([country, sub]) => ({ country, code: `${country}-${sub}` }));
    check(
      state,
      ({ country, code }) =>
        (checkStateCode(code) === null) === (checkCountryCode(country) === null),
    );
  });
});

describe('forwarding URL validator', () => {
  it('accepts every http(s) URL and answers any text with null or a sentence', () => {
    check(fc.webUrl(), (url) => checkForwardUrl(url) === null);
    check(anyText, (text) => isVerdict(checkForwardUrl(text)));
  });
});

describe('nameserver and glue validators', () => {
  const hosts = fc.array(fc.oneof(anyText, domainName), { maxLength: 6 });
  it('answer any list of texts with null or a sentence and never throw', () => {
    check(fc.tuple(hosts, domainName, hosts), ([list, domain, glue]) =>
      isVerdict(checkNameservers(list, domain, glue)),
    );
    check(fc.tuple(anyText, anyText, domainName), ([host, address, domain]) =>
      isVerdict(checkGlue(host, address, domain)),
    );
  });
  it('demand glue for a nameserver inside the domain and name it', () => {
    check(fc.tuple(domainName, dnsLabel, domainName), ([domain, label, outside]) => {
      const inside = `${label}.${domain}`;
      const problem = checkNameservers([inside, outside], domain);
      const distinct = inside.toLowerCase() !== outside.toLowerCase();
      const outsideIsInside = isInsideDomain(outside, domain);
      return !distinct || outsideIsInside || (problem?.includes(inside) ?? false);
    });
  });
  it('accept a glue record for any host under the domain with any IP address', () => {
    check(
      fc.tuple(dnsLabel, domainName, fc.oneof(fc.ipV4(), fc.ipV6())),
      ([label, domain, address]) =>
        `${label}.${domain}`.length > 253 ||
        checkGlue(`${label}.${domain}`, address, domain) === null,
    );
  });
});
