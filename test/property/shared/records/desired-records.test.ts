import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { z } from '../../../../shared/validators/z.js';
import { DesiredRecordSchema, HostSchema } from '../../../../shared/records/desired-records.js';
import { alphaTld, anyText, check, dnsLabel } from '../../property-support.js';

const hostname = fc.tuple(dnsLabel, alphaTld).map(([a, b]) => `${a}.${b}`);

/** Records as the UI or an imported file might hand them: right shapes, wrong values, junk. */
const record = fc.oneof(
  fc.record({ type: fc.constantFrom('A', 'AAAA'), mode: fc.constant('follow') }),
  fc.record({
    type: fc.constantFrom('A', 'AAAA'),
    mode: fc.constantFrom('fixed', 'follow', 'other'),
    value: fc.oneof(fc.ipV4(), fc.ipV6(), anyText),
  }),
  fc.record({ type: fc.constant('CNAME'), value: fc.oneof(hostname, anyText) }),
  fc.record({ type: fc.constant('TXT'), value: anyText }),
  fc.record({
    type: fc.constant('MX'),
    entries: fc.array(
      fc.record({
        target: fc.oneof(hostname, anyText),
        preference: fc.oneof(fc.integer({ min: -5, max: 70_000 }), fc.double()),
      }),
      { maxLength: 6 },
    ),
  }),
  fc.anything({ maxDepth: 2, maxKeys: 3 }),
);

const host = fc.record(
  {
    id: fc.oneof({ weight: 4, arbitrary: fc.uuid() }, { weight: 1, arbitrary: anyText }),
    accountId: fc.oneof(
      { weight: 4, arbitrary: fc.constant('main') },
      { weight: 1, arbitrary: anyText },
    ),
    label: fc.oneof({ weight: 4, arbitrary: dnsLabel }, { weight: 1, arbitrary: anyText }),
    records: fc.array(record, { maxLength: 4 }),
    enabled: fc.oneof(fc.boolean(), fc.constantFrom(0, 'yes', null)),
  },
  { requiredKeys: [] },
);

/**
 * A failed parse must say what is wrong about each field it lists. Zod's own type messages
 * name JS types ("expected string, received undefined"), so only empty or object-dump
 * messages count as missing.
 */
export function explains(result: z.core.util.SafeParseResult<unknown>): boolean {
  return (
    result.success ||
    (result.error.issues.length > 0 &&
      result.error.issues.every(
        (i) => i.message.trim().length > 3 && !i.message.includes('[object'),
      ))
  );
}

describe('desired record schema', () => {
  it('parses or explains every record-like value, never throwing, and a parsed record parses again unchanged', () => {
    check(record, (value) => {
      const first = DesiredRecordSchema.safeParse(value);
      if (!first.success) return explains(first);
      const second = DesiredRecordSchema.safeParse(first.data);
      return second.success && JSON.stringify(second.data) === JSON.stringify(first.data);
    });
  });
});

describe('host schema', () => {
  it('parses or explains every host-like value, and never accepts repeated types or a CNAME beside anything', () => {
    check(host, (value) => {
      const parsed = HostSchema.safeParse(value);
      if (!parsed.success) return explains(parsed);
      const types = parsed.data.records.map((r) => r.type);
      return (
        new Set(types).size === types.length && (!types.includes('CNAME') || types.length === 1)
      );
    });
  });
});
