import { request } from 'undici';
import { MAX_ANSWER_BYTES } from './echo-source.js';

/**
 * GetExternalIPAddress against a UPnP control URL the user (or a test) configured.
 * @achingbrain/nat-port-mapper can only start from a device *descriptor* URL and insists on an
 * IGD v2 device type, so it cannot be pointed at a control URL (nor at most IGD v1 routers);
 * this one SOAP call is all the engine needs from a known router.
 */
export async function getExternalIpBySoap(
  controlUrl: string,
  serviceType: string,
  timeoutMs: number,
): Promise<string> {
  const envelope =
    '<?xml version="1.0"?>' +
    '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" s:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/">' +
    `<s:Body><u:GetExternalIPAddress xmlns:u="${serviceType}"></u:GetExternalIPAddress></s:Body></s:Envelope>`;
  const response = await request(controlUrl, {
    method: 'POST',
    body: envelope,
    headers: {
      'content-type': 'text/xml; charset="utf-8"',
      soapaction: `"${serviceType}#GetExternalIPAddress"`,
    },
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await readCapped(response.body as AsyncIterable<Buffer> & { destroy(): void });
  if (response.statusCode !== 200)
    throw new Error(`the router answered HTTP ${response.statusCode}`);
  // Loaded with the first router answer: profiles without a router never load the XML parser.
  const { XMLParser } = await import('fast-xml-parser');
  const address = findExternalAddress(new XMLParser({ removeNSPrefix: true }).parse(text));
  if (address === null) throw new Error('the router\u2019s answer holds no NewExternalIPAddress');
  return address;
}

async function readCapped(body: AsyncIterable<Buffer> & { destroy(): void }): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > MAX_ANSWER_BYTES) {
      body.destroy();
      throw new Error(`the router answered more than ${MAX_ANSWER_BYTES} bytes`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function findExternalAddress(document: unknown): string | null {
  const body = (document as { Envelope?: { Body?: Record<string, unknown> } })?.Envelope?.Body;
  const answer = body?.GetExternalIPAddressResponse as
    { NewExternalIPAddress?: unknown } | undefined;
  const value = answer?.NewExternalIPAddress;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
