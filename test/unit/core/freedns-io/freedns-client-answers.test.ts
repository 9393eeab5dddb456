import fc from 'fast-check';
import { MockAgent } from 'undici';
import { describe, expect, it } from 'vitest';
import { createFreednsClient } from '../../../../electron/core/freedns-io/index.js';

const PASSWORD = 's3cret-Pa55';

/**
 * The one result each answer must give, in the client's documented order: a 5xx or another
 * unexpected status is passing trouble, so is a body that is not text (an image); then 200 is
 * accepted and 401 a refusal, whatever words come with them.
 */
function expectedAnswer(status: number, contentType: string | undefined): object {
  if (status >= 500) return { kind: 'transient', reason: 'http-5xx', status };
  if (status !== 200 && status !== 401)
    return { kind: 'transient', reason: 'unexpected-status', status };
  if (contentType === 'image/png')
    return { kind: 'transient', reason: 'unexpected-content-type', status };
  return status === 200 ? { kind: 'accepted' } : { kind: 'rejected', status };
}

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
          expect(result).toMatchObject(expectedAnswer(status, contentType));
          expect(JSON.stringify(result)).not.toContain(PASSWORD);
        },
      ),
      { numRuns: 150 },
    );
  });
});
