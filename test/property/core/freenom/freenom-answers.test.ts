import fc from 'fast-check';
import { MockAgent } from 'undici';
import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  apiError,
  describeFreenomError,
} from '../../../../electron/core/freenom/freenom-errors.js';
import { DomainListSchema } from '../../../../electron/core/freenom/freenom-schemas.js';
import {
  exchange,
  type FreenomFormat,
} from '../../../../electron/core/freenom/freenom-transport.js';
import { systemClock } from '../../../../electron/core/ports.js';
import { contentType, renderBody } from '../../../emulators/freenom/render.js';
import { alphaTld, anyText, dnsLabel, RUNS } from '../../property-support.js';

const ORIGIN = 'http://127.0.0.1:9';
let agent: MockAgent;

beforeAll(() => {
  agent = new MockAgent();
  agent.disableNetConnect();
});
afterAll(() => agent.close());

/** One Freenom exchange whose server answers exactly `body` with `status` and `type`. */
async function answer(format: FreenomFormat, status: number, type: string, body: string) {
  agent
    .get(ORIGIN)
    .intercept({ path: () => true, method: () => true })
    .reply(status, body, { headers: { 'content-type': type } });
  return exchange(
    { baseUrl: `${ORIGIN}/v2`, format, dispatcher: agent, clock: systemClock, timeoutMs: 2_000 },
    'domain/list',
    'GET',
    'email=a%40b.c',
  );
}

/** Text that stresses XML: markup characters, entities, Unicode, surrounding spaces. */
const value = fc.oneof(
  anyText,
  fc.constantFrom('<b>', 'a & b', ']]>', '"quoted"', "it's", 'ünïcødé', '  padded  '),
);
const domainName = fc.tuple(dnsLabel, alphaTld).map(([a, b]) => `${a}.${b}`.toLowerCase());
const domainList = fc.record({
  status: fc.constant('OK'),
  domain: fc.array(
    fc.record({
      domainname: domainName,
      domaintype: fc.constantFrom('FREE', 'PAID'),
      expirationdate: fc.constant('20270101'),
      status: fc.constant('ACTIVE'),
      note: value,
    }),
    { minLength: 1, maxLength: 4 },
  ),
});
const format = fc.constantFrom<FreenomFormat>('json', 'xml');

const assertAsync = <T>(arb: fc.Arbitrary<T>, predicate: (v: T) => Promise<boolean>) =>
  fc.assert(fc.asyncProperty(arb, predicate), { numRuns: RUNS });

describe('Freenom answer decoding', () => {
  it('reads every domain list back in JSON and XML, a single domain included', async () => {
    await assertAsync(fc.tuple(format, domainList), async ([fmt, body]) => {
      const result = await answer(fmt, 200, contentType(fmt), renderBody(fmt, body));
      if (result.kind !== 'answer') return false;
      const parsed = DomainListSchema.safeParse(result.body);
      return (
        parsed.success &&
        parsed.data.domain.map((d) => d.domainname).join() ===
          body.domain.map((d) => d.domainname).join()
      );
    });
  });

  it('turns any body with any status into an answer or a failure with a sentence, never throwing', async () => {
    const body = fc.oneof(
      anyText,
      fc.constant('<html><body><h1>502 Bad Gateway</h1></body></html>'),
      fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
      fc
        .record({ status: fc.constantFrom('ERROR', 'error', 'OK'), error: value })
        .map((v) => JSON.stringify(v)),
      fc
        .tuple(fc.constantFrom('ERROR', 'OK'), value)
        .map(([status, error]) => renderBody('xml', { status, error })),
    );
    const status = fc.constantFrom(200, 400, 401, 404, 500, 502, 503);
    await assertAsync(fc.tuple(format, status, body), async ([fmt, code, text]) => {
      const result = await answer(fmt, code, contentType(fmt), text);
      if (result.kind === 'answer') return typeof result.body === 'object';
      return describeFreenomError(result.error).trim().length > 5;
    });
  });
});

describe('Freenom API errors', () => {
  it('keep the API text, or say that there was none, for any text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const error = apiError(text);
        return (
          error.kind === 'api' &&
          error.message.trim().length > 0 &&
          (text.trim() === '' || error.message === text.trim())
        );
      }),
      { numRuns: RUNS },
    );
  });
});
