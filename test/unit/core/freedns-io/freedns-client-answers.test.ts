import fc from 'fast-check';
import { MockAgent } from 'undici';
import { describe, expect, it } from 'vitest';
import { createFreednsClient } from '../../../../electron/core/freedns-io/index.js';

const PASSWORD = 's3cret-Pa55';

describe('freedns.io client against any answer', () => {
  it('ends every answer in one typed result that never holds the password', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 200, max: 599 }),
        fc
          .tuple(fc.string({ maxLength: 80 }), fc.boolean())
          .map(([text, echo]) => (echo ? `${text} ${PASSWORD}` : text)),
        fc.constantFrom('text/plain', 'text/html', 'application/json', 'image/png', undefined),
        async (status, body, contentType) => {
          const agent = new MockAgent();
          agent.disableNetConnect();
          agent
            .get('https://freedns.io')
            .intercept({ path: '/request', method: 'POST' })
            .reply(status, body, contentType ? { headers: { 'content-type': contentType } } : {});
          const client = createFreednsClient({
            username: 'pro',
            password: PASSWORD,
            dispatcher: agent,
            timeoutMs: 2_000,
          });
          const result = await client.setAddress('home', 'A', '203.0.113.1');
          await agent.close();
          expect(['accepted', 'rejected', 'transient']).toContain(result.kind);
          if (status === 200 && result.kind !== 'transient') expect(result.kind).toBe('accepted');
          if (status === 401 && result.kind !== 'transient') expect(result.kind).toBe('rejected');
          if (status >= 500)
            expect(result).toMatchObject({ kind: 'transient', reason: 'http-5xx' });
          expect(JSON.stringify(result)).not.toContain(PASSWORD);
        },
      ),
      { numRuns: 150 },
    );
  });
});
