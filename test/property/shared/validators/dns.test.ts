import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalAddress,
  checkAddress,
  checkHostLabel,
  checkHostname,
  checkIPv4,
  checkIPv6,
  checkMxPreference,
  checkTxt,
  toHostLabel,
  utf8Length,
} from '../../../../shared/validators/dns.js';
import { alphaTld, anyText, check, dnsLabel, isVerdict } from '../../property-support.js';

const hostname = fc
  .tuple(fc.array(dnsLabel, { minLength: 1, maxLength: 4 }), alphaTld)
  .map(([labels, tld]) => [...labels, tld].join('.'))
  .filter((name) => name.length <= 253);

const octet = fc.integer({ min: 0, max: 255 });
const ipv4Parts = fc.tuple(octet, octet, octet, octet);

describe('host label validator', () => {
  it('answers every text with null or a sentence and never throws', () => {
    check(anyText, (text) => isVerdict(checkHostLabel(text)));
  });
  it('accepts every well-formed label', () => {
    check(dnsLabel, (label) => checkHostLabel(label) === null);
  });
  it('refuses a label with a dot and says to drop the domain', () => {
    check(fc.tuple(dnsLabel, dnsLabel), ([a, b]) =>
      /without dots/.test(checkHostLabel(`${a}.${b}`) ?? ''),
    );
  });
  it('refuses a label starting or ending with a hyphen', () => {
    check(fc.tuple(dnsLabel, fc.boolean()), ([label, front]) => {
      const bad = front ? `-${label}` : `${label}-`;
      return bad.length > 63 || /hyphen/.test(checkHostLabel(bad) ?? '');
    });
  });
});

describe('host name validator', () => {
  it('answers every text with null or a sentence and never throws', () => {
    check(anyText, (text) => isVerdict(checkHostname(text)));
  });
  it('accepts every well-formed name, with or without the final dot', () => {
    check(hostname, (name) => checkHostname(name) === null && checkHostname(`${name}.`) === null);
  });
  it('refuses a name whose last label is a number and points to A/AAAA', () => {
    check(fc.tuple(dnsLabel, fc.nat(99_999)), ([label, n]) =>
      /A or AAAA/.test(checkHostname(`${label}.${n}`) ?? ''),
    );
  });
  it('refuses empty labels', () => {
    check(fc.tuple(dnsLabel, alphaTld), ([label, tld]) =>
      /empty labels/.test(checkHostname(`${label}..${tld}`) ?? ''),
    );
  });
});

describe('IPv4 validator', () => {
  it('answers every text with null or a sentence and never throws', () => {
    check(anyText, (text) => isVerdict(checkIPv4(text)));
  });
  it('accepts dotted quads without leading zeros', () => {
    check(ipv4Parts, (parts) => checkIPv4(parts.join('.')) === null);
  });
  it('refuses a part with a leading zero and says so', () => {
    check(fc.tuple(ipv4Parts, fc.integer({ min: 0, max: 3 })), ([parts, at]) => {
      const text = parts.map((p, i) => (i === at ? `0${p}` : String(p))).join('.');
      return checkIPv4(text) !== null;
    });
  });
  it('refuses a part above 255', () => {
    check(
      fc.tuple(ipv4Parts, fc.integer({ min: 256, max: 99_999 })),
      ([parts, big]) => checkIPv4([big, ...parts.slice(1)].join('.')) !== null,
    );
  });
  it('refuses every IPv6 address', () => {
    check(fc.ipV6(), (text) => checkIPv4(text) !== null);
  });
});

describe('IPv6 validator', () => {
  it('answers every text with null or a sentence and never throws', () => {
    check(anyText, (text) => isVerdict(checkIPv6(text)));
  });
  it('accepts every IPv6 address fast-check can write', () => {
    check(fc.ipV6(), (text) => checkIPv6(text) === null);
  });
  it('refuses a zone index and names it', () => {
    check(fc.tuple(fc.ipV6(), fc.stringMatching(/^[a-z0-9]{1,8}$/)), ([text, zone]) =>
      /zone index/.test(checkIPv6(`${text}%${zone}`) ?? ''),
    );
  });
  it('refuses every IPv4 address', () => {
    check(fc.ipV4(), (text) => checkIPv6(text) !== null);
  });
});

describe('canonical address text', () => {
  const valid = fc.oneof(
    fc.ipV4().map((value) => ({ family: 'ipv4' as const, value })),
    fc.ipV6().map((value) => ({ family: 'ipv6' as const, value })),
  );
  it('is stable, still valid and equal for equal addresses', () => {
    check(valid, ({ family, value }) => {
      const canonical = canonicalAddress(value);
      return (
        checkAddress(family, canonical) === null &&
        canonicalAddress(canonical) === canonical &&
        canonicalAddress(value.toUpperCase()) === canonical
      );
    });
  });
});

describe('TXT validator', () => {
  it('answers every text with null or a sentence and never throws', () => {
    check(anyText, (text) => isVerdict(checkTxt(text)));
  });
  it('accepts only text freedns.io can carry: no quotes, no controls, whole characters, 1-255 bytes', () => {
    check(anyText, (text) => {
      const accepted = checkTxt(text) === null;
      const carriable =
        text.length > 0 &&
        !text.includes('"') &&
        // eslint-disable-next-line no-control-regex -- the rule under test
        !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(text) &&
        // UTF-8 carries the text unchanged only when it has no lone surrogate.
        Buffer.from(text, 'utf8').toString('utf8') === text &&
        Buffer.byteLength(text, 'utf8') <= 255;
      return accepted === carriable;
    });
  });
  it('counts UTF-8 bytes exactly as Node encodes them, lone surrogates included', () => {
    check(fc.string({ unit: 'binary', maxLength: 100 }), (text) => {
      expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
    });
  });
});

describe('MX preference validator', () => {
  it('accepts exactly the whole numbers from 0 to 65535', () => {
    const numbers = fc.oneof(
      fc.integer({ min: -100_000, max: 100_000 }),
      fc.double(),
      fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 65535, 65536),
    );
    check(numbers, (value) => {
      const problem = checkMxPreference(value);
      const ok = Number.isInteger(value) && value >= 0 && value <= 65535;
      return ok ? problem === null : isVerdict(problem) && problem !== null;
    });
  });
});

describe('host label extraction', () => {
  it('keeps only the label of any form of <label>.freedns.io', () => {
    check(
      fc.tuple(dnsLabel, fc.constantFrom('', '.'), fc.constantFrom('freedns.io', 'FreeDNS.IO')),
      ([label, dot, zone]) => toHostLabel(`  ${label}.${zone}${dot} `) === label,
    );
  });
  it('never throws and leaves a bare label unchanged', () => {
    check(anyText, (text) => typeof toHostLabel(text) === 'string');
    check(dnsLabel, (label) => toHostLabel(label) === label);
  });
});
