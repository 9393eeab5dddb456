import fc from 'fast-check';
import { MockAgent, setGlobalDispatcher, getGlobalDispatcher, type Dispatcher } from 'undici';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { getExternalIpBySoap } from '../../../../electron/core/public-ip/igd-soap-client.js';
import { createRouterSource } from '../../../../electron/core/public-ip/router-source.js';
import { anyText, RUNS } from '../../property-support.js';

const ORIGIN = 'http://127.0.0.1:9';
const SERVICE = 'urn:schemas-upnp-org:service:WANIPConnection:1';
let agent: MockAgent;
let previous: Dispatcher;

// The SOAP client asks through undici's global dispatcher; here that answers from memory.
beforeAll(() => {
  previous = getGlobalDispatcher();
  agent = new MockAgent();
  agent.disableNetConnect();
  setGlobalDispatcher(agent);
});
afterAll(async () => {
  setGlobalDispatcher(previous);
  await agent.close();
});

function envelope(inner: string): string {
  return `<?xml version="1.0"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><u:GetExternalIPAddressResponse xmlns:u="${SERVICE}">${inner}</u:GetExternalIPAddressResponse></s:Body></s:Envelope>`;
}

/** Router answers: well-formed with any address text, odd XML, HTML, junk; any status. */
const answer = fc.record({
  status: fc.constantFrom(200, 200, 200, 401, 500),
  body: fc.oneof(
    fc
      .oneof(fc.ipV4(), fc.ipV6(), anyText)
      .map((a) => envelope(`<NewExternalIPAddress>${a}</NewExternalIPAddress>`)),
    fc
      .ipV4()
      .map((a) =>
        envelope(`<NewExternalIPAddress>  ${a}  </NewExternalIPAddress><Extra>1</Extra>`),
      ),
    fc.constant(envelope('')),
    fc.constant('<html><body>Router login</body></html>'),
    anyText,
  ),
});

async function ask(status: number, body: string) {
  agent.get(ORIGIN).intercept({ path: '/ctl', method: 'POST' }).reply(status, body);
  return getExternalIpBySoap(`${ORIGIN}/ctl`, SERVICE, 1_000);
}

describe('router (UPnP IGD) answer reading', () => {
  it('resolves with one trimmed address text or rejects with a reason, for any answer', async () => {
    await fc.assert(
      fc.asyncProperty(answer, async ({ status, body }) => {
        try {
          const address = await ask(status, body);
          return status === 200 && address.length > 0 && address === address.trim();
        } catch (error) {
          return error instanceof Error && error.message.trim().length > 5;
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('turns any router reading into a source answer, never a throw, never a private address', async () => {
    const policy = { allowed: new Set<never>() };
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.ipV4(), anyText, fc.constant(null)), async (wan) => {
        const source = createRouterSource(
          {
            read: async () => {
              if (wan === null) throw new Error('no UPnP gateway found');
              return { address: wan, via: 'upnp' };
            },
            close: async () => undefined,
          },
          policy,
        );
        const result = await source.ask(new AbortController().signal);
        if (result.outcome === 'address') return !/^(10\.|192\.168\.|127\.)/.test(result.address);
        return (result.outcome === 'none' ? result.detail : result.problem).trim().length > 5;
      }),
      { numRuns: RUNS },
    );
  });
});
