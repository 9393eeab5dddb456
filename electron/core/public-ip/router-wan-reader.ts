import type { Gateway } from '@achingbrain/nat-port-mapper';
import type { Clock } from '../ports.js';
import { getExternalIpBySoap } from './igd-soap-client.js';
import { findEventSubUrl } from './router-events.js';
import type { RouterAnnouncers, RouterWanReader } from './router-source.js';

export interface RouterReaderOptions {
  /** A known WANIPConnection control URL: asked directly, no discovery (and how tests reach a fake IGD). */
  controlUrl?: string;
  /** The IGD's GENA eventSubURL beside `controlUrl`; discovered routers' comes from their description. */
  eventUrl?: string;
  serviceType?: string;
  natPmp: boolean;
  timeoutMs: number;
  clock: Clock;
}

/** SSDP discovery is a multicast burst: after a failure, wait this long before searching again. */
const REDISCOVER_MS = 5 * 60_000;

/**
 * Why the default gateway could not be found, and whether asking again can help. On Windows
 * default-gateway runs `wmic`, which newer Windows 11 no longer installs: that will not change
 * while the app runs, so NAT-PMP is switched off with a plain reason instead of failing on
 * every check. https://learn.microsoft.com/en-us/windows/whats-new/deprecated-features
 */
export function gatewayLookupFailure(
  error: unknown,
  platform: NodeJS.Platform,
): { permanent: boolean; reason: string } {
  const code = (error as { code?: unknown } | null)?.code;
  const text = error instanceof Error ? error.message : String(error);
  if (code === 'ENOENT' || /\bENOENT\b/.test(text)) {
    const tool = platform === 'win32' ? 'wmic (removed from newer Windows 11)' : 'the system tool';
    return {
      permanent: true,
      reason: `NAT-PMP is off: the default gateway cannot be looked up, ${tool} is not available`,
    };
  }
  return { permanent: false, reason: `NAT-PMP: ${text}` };
}

/**
 * Reads the router's WAN address: from a configured control URL over SOAP, otherwise from an
 * IGD found by SSDP (kept once found), otherwise NAT-PMP at the default gateway.
 */
class GatewayLookupError extends Error {}

export function createRouterWanReader(options: RouterReaderOptions): RouterWanReader {
  const serviceType = options.serviceType ?? 'urn:schemas-upnp-org:service:WANIPConnection:1';
  if (options.controlUrl) {
    const controlUrl = options.controlUrl;
    return {
      read: async () => ({
        address: await getExternalIpBySoap(controlUrl, serviceType, options.timeoutMs),
        via: 'upnp',
      }),
      announcers: async () => ({ eventUrl: options.eventUrl ?? null, natPmpGateway: null }),
      close: async () => {},
    };
  }
  return discoveringReader(options);
}

type WanRead = Awaited<ReturnType<RouterWanReader['read']>>;

/** An IGD found by SSDP (kept once found), otherwise NAT-PMP at the default gateway. */
function discoveringReader(options: RouterReaderOptions): RouterWanReader {
  const upnp = upnpDiscovery(options);
  const pmp = natPmpAsker(options);
  return {
    async read() {
      const reasons: string[] = [];
      try {
        const gateway = await upnp.find();
        if (gateway)
          return {
            address: await gateway.externalIp({ signal: AbortSignal.timeout(options.timeoutMs) }),
            via: 'upnp',
          };
        reasons.push('no UPnP gateway found');
      } catch (error) {
        upnp.forget();
        reasons.push(`UPnP: ${error instanceof Error ? error.message : String(error)}`);
      }
      const viaPmp = await pmp.read(reasons);
      if (viaPmp) return viaPmp;
      throw new Error(reasons.join('; '));
    },
    async announcers(): Promise<RouterAnnouncers> {
      const gateway = await upnp.find().catch(() => null);
      const natPmpGateway = pmp.enabled() ? await pmp.lookUpGateway().catch(() => null) : null;
      return { eventUrl: gateway ? eventUrlOf(gateway) : null, natPmpGateway };
    },
    async close() {
      await Promise.allSettled([upnp.stop(), pmp.stop()]);
    },
  };
}

/** SSDP search for an IPv4 IGD: the one found is kept, a failed search waits before the next. */
function upnpDiscovery(options: RouterReaderOptions) {
  let upnp: Gateway | null = null;
  let lastSearch = -Infinity;
  return {
    async find(): Promise<Gateway | null> {
      if (upnp || options.clock.now() - lastSearch < REDISCOVER_MS) return upnp;
      lastSearch = options.clock.now();
      // Loaded on the first search only: a profile with a known control URL never pays for it.
      const { upnpNat } = await import('@achingbrain/nat-port-mapper');
      for await (const gateway of upnpNat().findGateways({
        signal: AbortSignal.timeout(options.timeoutMs),
      })) {
        if (gateway.family === 'IPv4') return (upnp = gateway);
      }
      return null;
    },
    forget: () => void (upnp = null),
    stop: () => upnp?.stop(),
  };
}

/** NAT-PMP at the default gateway, when switched on and the gateway can be looked up. */
function natPmpAsker(options: RouterReaderOptions) {
  let pmp: Gateway | null = null;
  let pmpFailedAt = -Infinity;
  let pmpUnavailable: string | null = null;

  async function lookUpGateway(): Promise<string> {
    try {
      const { gateway4async } = await import('default-gateway');
      return (await gateway4async()).gateway;
    } catch (error) {
      const failure = gatewayLookupFailure(error, process.platform);
      if (failure.permanent) pmpUnavailable = failure.reason;
      throw new GatewayLookupError(failure.reason);
    }
  }

  /** The WAN address, or null with the reason added to `reasons`. */
  async function read(reasons: string[]): Promise<WanRead | null> {
    // A gateway that ignored NAT-PMP once is not asked again (nor `ip route` run) for a while;
    // one that cannot be looked up at all on this system is not asked again.
    if (pmpUnavailable) reasons.push(pmpUnavailable);
    else if (options.natPmp && options.clock.now() - pmpFailedAt >= REDISCOVER_MS) {
      try {
        const { pmpNat } = await import('@achingbrain/nat-port-mapper');
        pmp ??= pmpNat(await lookUpGateway());
        return {
          address: await pmp.externalIp({ signal: AbortSignal.timeout(options.timeoutMs) }),
          via: 'nat-pmp',
        };
      } catch (error) {
        pmpFailedAt = options.clock.now();
        reasons.push(
          error instanceof GatewayLookupError
            ? error.message
            : `NAT-PMP: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    return null;
  }

  return {
    lookUpGateway,
    read,
    enabled: () => options.natPmp && !pmpUnavailable,
    stop: () => pmp?.stop(),
  };
}

/**
 * The eventSubURL in a discovered gateway's device description. nat-port-mapper keeps the
 * parsed description on its (untyped) device; a version that moves it means no events, not an error.
 */
function eventUrlOf(gateway: Gateway): string | null {
  const device = (
    gateway as unknown as { gateway?: { service?: { details?: unknown; location?: URL } } }
  ).gateway?.service;
  if (!device?.details || !device.location) return null;
  return findEventSubUrl(device.details, device.location.toString());
}
