/**
 * "What is my IP" echo emulator: several independent-looking sources on one port, each in the
 * three answer formats real services use.
 *
 *   GET /s/<name>/<ipv4|ipv6>/plain   -> "203.0.113.10\n"              (like ident.me, icanhazip)
 *   GET /s/<name>/<ipv4|ipv6>/json    -> {"ip":"203.0.113.10"}         (like ipify ?format=json)
 *   GET /s/<name>/<ipv4|ipv6>/trace   -> "fl=...\nip=203.0.113.10\n..." (like Cloudflare cdn-cgi/trace)
 *
 * Sources are named alpha, bravo and charlie unless the seed says otherwise; `sourceUrls` maps
 * e.g. `alpha-ipv4` to alpha's plain IPv4 URL, `bravo-ipv4` to bravo's JSON one, `charlie-ipv4`
 * to charlie's trace one (formats rotate by position). Every source answers the address set for
 * the family, not the caller's: tests run on 127.0.0.1, so addresses are documentation values
 * (203.0.113.0/24, 198.51.100.0/24, 2001:db8::/32) and engines under test allow those ranges.
 *
 * Control endpoints (besides the shared /_emulator/{state,clock,faults,reset}):
 *   POST /_emulator/address {"ipv4":"203.0.113.7","ipv6":null}   null: no address in that family
 *                                                                 (requests are reset, like no route)
 *   POST /_emulator/source  {"name":"bravo","behaviour":"lie","address":"198.51.100.66"}
 *                           behaviour: honest | lie | stall (never answers) | fail (HTTP 500)
 *                                      | garbage (an HTML page)
 *   POST /_emulator/router  {"address":"203.0.113.10"}            the fake router's WAN address (null: no answer)
 *                           {"eventing": false}                  SUBSCRIBE answers 503 (no UPnP events)
 *   POST /_emulator/link    {"caller":"127.0.0.2","ipv4":"198.51.100.7"}
 *                           what honest sources answer a caller connecting from that local
 *                           address: one emulator plays two WAN links (127/8 is all loopback)
 *
 * A fake UPnP router (IGD) lives on the same port: POST /igd/control answers the SOAP action
 * GetExternalIPAddress of WANIPConnection:1 with the router address; `sourceUrls["igd-control"]`
 * is the control URL to configure (no SSDP multicast in tests). Its GENA event URL,
 * `sourceUrls["igd-event"]` (also in GET /igd/description.xml as eventSubURL), takes SUBSCRIBE /
 * UNSUBSCRIBE, and every change of the router address is sent as NOTIFY to the subscribers.
 * Seed (JSON): {"ipv4":"203.0.113.10","ipv6":"2001:db8::10","sources":["alpha","bravo","charlie"]}
 * State: addresses, each source's behaviour and how many requests it served.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { Clock } from '../../../electron/core/ports.js';
import { EmulatorClock } from '../common/emulator-clock.js';
import {
  readBody,
  sendJson,
  startEmulatorServer,
  type RunningEmulator,
} from '../common/emulator-server.js';
import { sendWithFault, type Fault } from '../common/faults.js';
import { IgdEvents } from './igd-events.js';

const FORMATS = ['plain', 'json', 'trace'] as const;
type Format = (typeof FORMATS)[number];
type Family = 'ipv4' | 'ipv6';

const BehaviourSchema = z.discriminatedUnion('behaviour', [
  z.object({ behaviour: z.literal('honest') }),
  z.object({ behaviour: z.literal('lie'), address: z.string().max(100_000) }),
  z.object({ behaviour: z.literal('stall') }),
  z.object({ behaviour: z.literal('fail') }),
  z.object({ behaviour: z.literal('garbage') }),
]);
export type SourceBehaviour = z.infer<typeof BehaviourSchema>;

const SeedSchema = z.object({
  ipv4: z.string().nullable().default('203.0.113.10'),
  ipv6: z.string().nullable().default('2001:db8::10'),
  sources: z
    .array(z.string().regex(/^[a-z0-9-]+$/))
    .min(1)
    .default(['alpha', 'bravo', 'charlie']),
  router: z.string().nullable().default(null),
});
const AddressRequestSchema = z.object({
  ipv4: z.string().nullable().optional(),
  ipv6: z.string().nullable().optional(),
});

export interface EchoEmulator extends RunningEmulator {
  sourceUrls: Record<string, string>;
  setAddress(family: Family, address: string | null): void;
  setBehaviour(name: string, behaviour: SourceBehaviour): void;
  setRouterAddress(address: string | null): void;
  /** The router's GENA eventing: live subscriptions, NOTIFYs delivered, on/off. */
  igdEvents: IgdEvents;
  /** What honest sources answer callers whose connection comes from `caller` (a WAN link). */
  setLinkAddress(caller: string, family: Family, address: string | null): void;
  requestCount(name?: string): number;
}

export async function startEchoEmulator(options: {
  port: number;
  seed?: unknown;
  clock?: Clock;
}): Promise<EchoEmulator> {
  const seed = SeedSchema.parse(options.seed ?? {});
  const clock = new EmulatorClock(options.clock ?? null);
  const world = new EchoWorld(seed, clock);
  const emulator = await startEmulatorServer(options.port, clock, () => ({
    handle: (request, response, fault) => world.handle(request, response, fault),
    control: (route, body, response) => world.control(route, body, response),
    reset: () => world.reset(),
    state: () => world.state(),
  }));
  const sourceUrls: Record<string, string> = {
    'igd-control': `${emulator.url}/igd/control`,
    'igd-event': `${emulator.url}/igd/event`,
    'igd-description': `${emulator.url}/igd/description.xml`,
  };
  seed.sources.forEach((name, index) => {
    for (const family of ['ipv4', 'ipv6'] as const)
      sourceUrls[`${name}-${family}`] = `${emulator.url}/s/${name}/${family}/${FORMATS[index % 3]}`;
  });
  return {
    ...emulator,
    sourceUrls,
    setAddress: (family, address) => void (world.addresses[family] = address),
    setBehaviour: (name, behaviour) =>
      void world.behaviours.set(name, BehaviourSchema.parse(behaviour)),
    setRouterAddress: (address) => world.setRouter(address),
    igdEvents: world.events,
    setLinkAddress: (caller, family, address) => world.setLink(caller, family, address),
    requestCount: (name) =>
      name ? (world.counts.get(name) ?? 0) : [...world.counts.values()].reduce((a, b) => a + b, 0),
    close: async () => {
      world.releaseStalled();
      await emulator.close();
    },
  };
}

type Seed = z.infer<typeof SeedSchema>;

/** The emulated world: each family's address, each source's behaviour, the router's WAN. */
class EchoWorld {
  readonly addresses: Record<Family, string | null>;
  router: string | null;
  readonly events: IgdEvents;
  readonly behaviours = new Map<string, SourceBehaviour>();
  readonly counts = new Map<string, number>();
  readonly links = new Map<string, Partial<Record<Family, string | null>>>();
  readonly #stalled = new Set<ServerResponse>();

  setLink(caller: string, family: Family, address: string | null): void {
    this.links.set(caller, { ...this.links.get(caller), [family]: address });
  }

  #addressFor(request: IncomingMessage, family: Family): string | null {
    const caller = (request.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
    const link = this.links.get(caller);
    return link && link[family] !== undefined ? link[family]! : this.addresses[family];
  }

  constructor(
    private readonly seed: Seed,
    clock: Clock,
  ) {
    this.addresses = { ipv4: seed.ipv4, ipv6: seed.ipv6 };
    this.router = seed.router;
    this.events = new IgdEvents(clock, () => this.router);
    this.reset();
  }

  /** A changed WAN address is announced to the GENA subscribers, as a router does. */
  setRouter(address: string | null): void {
    const changed = address !== this.router;
    this.router = address;
    if (changed) this.events.announce();
  }

  reset(): void {
    this.addresses.ipv4 = this.seed.ipv4;
    this.addresses.ipv6 = this.seed.ipv6;
    this.setRouter(this.seed.router);
    this.events.eventing = true;
    for (const name of this.seed.sources) this.behaviours.set(name, { behaviour: 'honest' });
    this.counts.clear();
    this.links.clear();
  }

  state(): unknown {
    return {
      addresses: this.addresses,
      router: this.router,
      routerSubscriptions: this.events.subscribers.size,
      sources: Object.fromEntries(this.behaviours),
      requests: Object.fromEntries(this.counts),
    };
  }

  releaseStalled(): void {
    for (const response of this.#stalled) response.destroy();
  }

  async handle(
    request: IncomingMessage,
    response: ServerResponse,
    fault: Fault | null,
  ): Promise<void> {
    if (request.url === '/igd/control') return answerIgd(request, response, this.router);
    if (request.url === '/igd/event') return this.events.handle(request, response);
    if (request.url === '/igd/description.xml') return describeIgd(response);
    const match = /^\/s\/([a-z0-9-]+)\/(ipv4|ipv6)\/(plain|json|trace)$/.exec(
      new URL(request.url ?? '/', 'http://x').pathname,
    );
    const behaviour = match ? this.behaviours.get(match[1]!) : undefined;
    if (!match || !behaviour) return sendJson(response, 404, { error: 'no such source' });
    const [, name, family, format] = match as unknown as [string, string, Family, Format];
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    switch (behaviour.behaviour) {
      case 'stall':
        this.#stalled.add(response);
        return void response.on('close', () => this.#stalled.delete(response));
      case 'fail':
        return sendWithFault(response, fault, 500, 'text/plain', 'Internal Server Error\n');
      case 'garbage':
        return sendWithFault(response, fault, 200, 'text/html', NGINX_PAGE);
      case 'lie':
      case 'honest': {
        const address =
          behaviour.behaviour === 'lie' ? behaviour.address : this.#addressFor(request, family);
        if (address === null) return void request.socket.destroy();
        const [type, body] = render(format, address);
        return sendWithFault(response, fault, 200, type, body);
      }
    }
  }

  async control(route: string, body: unknown, response: ServerResponse): Promise<boolean> {
    const refuse = (error: z.ZodError): boolean => (
      sendJson(response, 400, { error: z.prettifyError(error) }),
      true
    );
    if (route === 'address') {
      const parsed = AddressRequestSchema.safeParse(body);
      if (!parsed.success) return refuse(parsed.error);
      if (parsed.data.ipv4 !== undefined) this.addresses.ipv4 = parsed.data.ipv4;
      if (parsed.data.ipv6 !== undefined) this.addresses.ipv6 = parsed.data.ipv6;
      return (sendJson(response, 200, this.addresses), true);
    }
    if (route === 'router') {
      const parsed = z
        .object({ address: z.string().nullable().optional(), eventing: z.boolean().optional() })
        .safeParse(body);
      if (!parsed.success) return refuse(parsed.error);
      if (parsed.data.address !== undefined) this.setRouter(parsed.data.address);
      if (parsed.data.eventing !== undefined) this.events.eventing = parsed.data.eventing;
      return (
        sendJson(response, 200, { router: this.router, eventing: this.events.eventing }),
        true
      );
    }
    if (route === 'link') {
      const parsed = z
        .object({ caller: z.ipv4().or(z.ipv6()) })
        .and(AddressRequestSchema)
        .safeParse(body);
      if (!parsed.success) return refuse(parsed.error);
      for (const family of ['ipv4', 'ipv6'] as const)
        if (parsed.data[family] !== undefined)
          this.setLink(parsed.data.caller, family, parsed.data[family]);
      return (sendJson(response, 200, Object.fromEntries(this.links)), true);
    }
    if (route !== 'source') return false;
    const parsed = z.object({ name: z.string() }).and(BehaviourSchema).safeParse(body);
    if (!parsed.success) return refuse(parsed.error);
    const { name, ...behaviour } = parsed.data;
    if (!this.behaviours.has(name))
      return (sendJson(response, 404, { error: `no source named ${name}` }), true);
    this.behaviours.set(name, behaviour);
    return (sendJson(response, 200, { name, ...behaviour }), true);
  }
}

const NGINX_PAGE = '<html><body><h1>Welcome to nginx!</h1></body></html>\n';

function render(format: Format, address: string): [string, string] {
  switch (format) {
    case 'plain':
      return ['text/plain; charset=utf-8', `${address}\n`];
    case 'json':
      return ['application/json', JSON.stringify({ ip: address })];
    case 'trace':
      return [
        'text/plain',
        `fl=123f45\nh=emulator\nip=${address}\nts=0\nvisit_scheme=https\nloc=ZZ\nwarp=off\n`,
      ];
  }
}

const IGD_SERVICE = 'urn:schemas-upnp-org:service:WANIPConnection:1';

/** The one SOAP action a router is asked here; anything else gets a UPnP 401 Invalid Action. */
async function answerIgd(
  request: IncomingMessage,
  response: ServerResponse,
  address: string | null,
): Promise<void> {
  const body = await readBody(request, 16_384);
  const action = String(request.headers.soapaction ?? '').replace(/"/g, '');
  const envelope = (inner: string): string =>
    `<?xml version="1.0"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" s:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"><s:Body>${inner}</s:Body></s:Envelope>`;
  const fault = (code: number, text: string): void => {
    response.writeHead(500, { 'Content-Type': 'text/xml; charset="utf-8"' });
    response.end(
      envelope(
        `<s:Fault><faultcode>s:Client</faultcode><faultstring>UPnPError</faultstring><detail><UPnPError xmlns="urn:schemas-upnp-org:control-1-0"><errorCode>${code}</errorCode><errorDescription>${text}</errorDescription></UPnPError></detail></s:Fault>`,
      ),
    );
  };
  if (
    request.method !== 'POST' ||
    action !== `${IGD_SERVICE}#GetExternalIPAddress` ||
    !body.includes('GetExternalIPAddress')
  )
    return fault(401, 'Invalid Action');
  if (address === null) return fault(501, 'Action Failed');
  response.writeHead(200, { 'Content-Type': 'text/xml; charset="utf-8"' });
  response.end(
    envelope(
      `<u:GetExternalIPAddressResponse xmlns:u="${IGD_SERVICE}"><NewExternalIPAddress>${address}</NewExternalIPAddress></u:GetExternalIPAddressResponse>`,
    ),
  );
}

/** A minimal IGD device description: the WANIPConnection service with its control and event URLs. */
function describeIgd(response: ServerResponse): void {
  response.writeHead(200, { 'Content-Type': 'text/xml; charset="utf-8"' });
  response.end(
    `<?xml version="1.0"?><root xmlns="urn:schemas-upnp-org:device-1-0"><specVersion><major>1</major><minor>0</minor></specVersion><device><deviceType>urn:schemas-upnp-org:device:InternetGatewayDevice:1</deviceType><friendlyName>Emulated router</friendlyName><deviceList><device><deviceType>urn:schemas-upnp-org:device:WANDevice:1</deviceType><deviceList><device><deviceType>urn:schemas-upnp-org:device:WANConnectionDevice:1</deviceType><serviceList><service><serviceType>${IGD_SERVICE}</serviceType><serviceId>urn:upnp-org:serviceId:WANIPConn1</serviceId><controlURL>/igd/control</controlURL><eventSubURL>/igd/event</eventSubURL><SCPDURL>/igd/scpd.xml</SCPDURL></service></serviceList></device></deviceList></device></deviceList></device></root>`,
  );
}
