import type { Dispatcher } from 'undici';
import { sendHttpRequest, type HttpFailure } from '../http/send-http-request.js';
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
  dispatcher?: Dispatcher,
): Promise<string> {
  const envelope =
    '<?xml version="1.0"?>' +
    '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" s:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/">' +
    `<s:Body><u:GetExternalIPAddress xmlns:u="${serviceType}"></u:GetExternalIPAddress></s:Body></s:Envelope>`;
  const outcome = await sendHttpRequest({
    url: controlUrl,
    method: 'POST',
    body: envelope,
    headers: {
      'content-type': 'text/xml; charset="utf-8"',
      soapaction: `"${serviceType}#GetExternalIPAddress"`,
    },
    timeoutMs,
    maxBodyBytes: MAX_ANSWER_BYTES,
    ...(dispatcher ? { dispatcher } : {}),
  });
  if (outcome.kind === 'failure') throw new Error(describeFailure(outcome));
  if (outcome.status !== 200) throw new Error(`the router answered HTTP ${outcome.status}`);
  // Loaded with the first router answer: profiles without a router never load the XML parser.
  const { XMLParser } = await import('fast-xml-parser');
  const address = findExternalAddress(new XMLParser({ removeNSPrefix: true }).parse(outcome.body));
  if (address === null) throw new Error('the router\u2019s answer holds no NewExternalIPAddress');
  return address;
}

function describeFailure(failure: HttpFailure): string {
  if (failure.reason === 'body-too-large')
    return `the router answered more than ${MAX_ANSWER_BYTES} bytes`;
  if (failure.reason === 'timeout') return 'the router did not answer in time';
  return `the router could not be asked (${failure.detail})`;
}

function findExternalAddress(document: unknown): string | null {
  const body = (document as { Envelope?: { Body?: Record<string, unknown> } })?.Envelope?.Body;
  const answer = body?.GetExternalIPAddressResponse as
    { NewExternalIPAddress?: unknown } | undefined;
  const value = answer?.NewExternalIPAddress;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
