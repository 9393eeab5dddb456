import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  judgeAddress,
  STRICT_POLICY,
  type SpecialRange,
} from '../../../../electron/core/public-ip/address-policy.js';
import {
  parseAnswer,
  type AnswerFormat,
} from '../../../../electron/core/public-ip/parse-answer.js';
import { canonicalAddress, checkAddress } from '../../../../shared/validators/dns.js';
import { anyText, check, isVerdict } from '../../property-support.js';

const format = fc.constantFrom<AnswerFormat>('plain', 'json', 'trace');
const family = fc.constantFrom('ipv4' as const, 'ipv6' as const);
const address = fc.oneof(fc.ipV4(), fc.ipV6());
const whitespace = fc.stringMatching(/^[ \t\r\n]{0,4}$/);

/** Bodies an echo service might send: junk, JSON of any shape, traces, HTML, several words. */
const body = fc.oneof(
  anyText,
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc
    .dictionary(
      fc.constantFrom('ip', 'IP', 'address', 'origin'),
      fc.oneof(address, anyText, fc.integer()),
    )
    .map((o) => JSON.stringify(o)),
  fc
    .array(
      fc.oneof(
        address.map((a) => `ip=${a}`),
        fc.constantFrom('h=x', 'ts=1', 'ip=', 'colo=AMS'),
        anyText,
      ),
      {
        maxLength: 6,
      },
    )
    .map((lines) => lines.join('\n')),
  fc.constant('<html><body>502 Bad Gateway</body></html>'),
);

describe('echo answer parser', () => {
  it('answers every body in every format with one token or a problem, never throwing', () => {
    check(fc.tuple(format, body), ([fmt, text]) => {
      const parsed = parseAnswer(fmt, text);
      return parsed.ok
        ? parsed.text.length > 0 && !/\s/.test(parsed.text)
        : isVerdict(parsed.problem);
    });
  });
  it('reads the address back from each format whatever the surrounding whitespace', () => {
    check(fc.tuple(address, whitespace, whitespace), ([ip, before, after]) => {
      const plain = parseAnswer('plain', `${before}${ip}${after}`);
      const json = parseAnswer('json', JSON.stringify({ ip: `${before}${ip}${after}` }));
      const trace = parseAnswer(
        'trace',
        `fl=1\n${before}ip=${ip}${after.replace(/\n/g, '')}\nts=2\n`,
      );
      return [plain, json, trace].every((p) => p.ok && p.text === ip);
    });
  });
  it('refuses two addresses in one body', () => {
    check(fc.tuple(format, address, address), ([fmt, a, b]) => {
      const text =
        fmt === 'json'
          ? JSON.stringify({ ip: `${a} ${b}` })
          : fmt === 'trace'
            ? `ip=${a}\nip=${b}`
            : `${a}\n${b}`;
      return !parseAnswer(fmt, text).ok;
    });
  });
  it('uses the configured JSON field and names it when missing', () => {
    check(fc.tuple(address, fc.stringMatching(/^[a-z]{1,10}$/)), ([ip, field]) => {
      const found = parseAnswer('json', JSON.stringify({ [field]: ip }), field);
      const missing = parseAnswer('json', JSON.stringify({ [`${field}x`]: ip }), field);
      return found.ok && found.text === ip && !missing.ok && missing.problem.includes(`"${field}"`);
    });
  });
});

describe('address judge', () => {
  const anyPolicy = fc
    .subarray<SpecialRange>(['private', 'cgnat', 'loopback', 'linkLocal', 'documentation'])
    .map((allowed) => ({ allowed: new Set(allowed) }));

  it('answers any text for either family with a canonical address or a problem', () => {
    check(fc.tuple(family, fc.oneof(anyText, address), anyPolicy), ([fam, text, policy]) => {
      const verdict = judgeAddress(fam, text, policy);
      if (!verdict.ok) return isVerdict(verdict.problem);
      return (
        checkAddress(fam, verdict.address) === null &&
        verdict.address === canonicalAddress(verdict.address)
      );
    });
  });
  it('never accepts an address of the other family and says which family came back', () => {
    check(fc.tuple(fc.ipV4(), fc.ipV6()), ([v4, v6]) => {
      const a = judgeAddress('ipv6', v4, STRICT_POLICY);
      const b = judgeAddress('ipv4', v6, STRICT_POLICY);
      return !a.ok && /IPv4 address/.test(a.problem) && !b.ok && /IPv6 address/.test(b.problem);
    });
  });
  it('refuses every private, CGNAT, loopback and link-local IPv4 address under the strict policy', () => {
    const octet = fc.integer({ min: 0, max: 255 });
    const special = fc.oneof(
      fc.tuple(octet, octet, octet).map(([a, b, c]) => `10.${a}.${b}.${c}`),
      fc
        .tuple(fc.integer({ min: 16, max: 31 }), octet, octet)
        .map(([a, b, c]) => `172.${a}.${b}.${c}`),
      fc.tuple(octet, octet).map(([a, b]) => `192.168.${a}.${b}`),
      fc
        .tuple(fc.integer({ min: 64, max: 127 }), octet, octet)
        .map(([a, b, c]) => `100.${a}.${b}.${c}`),
      fc.tuple(octet, octet, octet).map(([a, b, c]) => `127.${a}.${b}.${c}`),
      fc.tuple(octet, octet).map(([a, b]) => `169.254.${a}.${b}`),
    );
    check(special, (ip) => {
      const verdict = judgeAddress('ipv4', ip, STRICT_POLICY);
      return !verdict.ok && verdict.problem.includes(ip);
    });
  });
});
