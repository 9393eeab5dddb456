import fc from 'fast-check';
import type { z } from '../../../../shared/validators/z.js';
import { describe, expect, it } from 'vitest';
import { channelNames, channels } from '../../../../shared/contract/index.js';
import { anyText, RUNS } from '../../property-support.js';

/**
 * Whatever a compromised or buggy window sends over IPC or the headless bridge: JSON of any
 * shape, and objects using the contract's own field names with values of the wrong kind.
 * One set of RUNS payloads is generated once and every channel's schema meets all of them.
 */
const FIELD_NAMES = [
  'hostId',
  'domain',
  'page',
  'pageSize',
  'refresh',
  'minutes',
  'settings',
  'json',
  'service',
  'accountId',
  'secret',
  'email',
  'password',
  'period',
  'domainname',
  'offset',
  'limit',
  'kind',
];
const payload = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue({ maxDepth: 2 }),
  fc.dictionary(
    fc.constantFrom(...FIELD_NAMES),
    fc.oneof(
      anyText,
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(anyText, { maxLength: 3 }),
    ),
    { maxKeys: 4 },
  ),
);
const seed = process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : Date.now();
const payloads = fc.sample(payload, { numRuns: RUNS, seed });

describe(`every contract channel (payload seed ${seed})`, () => {
  it.each(channelNames.map((name) => [name]))(
    '%s accepts or explains any request, never throwing',
    (name) => {
      const schema: z.ZodMiniType = channels[name].request;
      const unexplained = payloads.filter((value) => {
        const parsed = schema.safeParse(value);
        return (
          !parsed.success &&
          !parsed.error.issues.every(
            (issue) => issue.message.trim().length > 3 && !issue.message.includes('[object'),
          )
        );
      });
      expect(unexplained.slice(0, 3)).toEqual([]);
    },
  );
});
