import ipaddr from 'ipaddr.js';
import { judgeAddress, classifySpecial, type AddressPolicy } from './address-policy.js';
import type { AddressSource } from './source-answer.js';

/** The router's WAN address, asked on the local network only (UPnP IGD or NAT-PMP). */
export interface RouterWanReader {
  /** Resolves with the WAN address and how it was learned; rejects with a readable reason. */
  read(): Promise<{ address: string; via: 'upnp' | 'nat-pmp' }>;
  /** Where the router tells of a change unasked: UPnP eventSubURL, NAT-PMP gateway (or none). */
  announcers?(): Promise<RouterAnnouncers>;
  close(): Promise<void>;
}

export interface RouterAnnouncers {
  eventUrl: string | null;
  natPmpGateway: string | null;
}

/**
 * The router as an IPv4 source. A private or CGNAT WAN address means the router itself sits
 * behind another NAT: that address is never published, and the answer says so plainly.
 */
export function createRouterSource(reader: RouterWanReader, policy: AddressPolicy): AddressSource {
  const id = 'router-ipv4';
  const name = 'Router (UPnP / NAT-PMP)';
  return {
    id,
    name,
    kind: 'router',
    family: 'ipv4',
    async ask() {
      const started = performance.now();
      const base = {
        sourceId: id,
        sourceName: name,
        kind: 'router' as const,
        family: 'ipv4' as const,
      };
      const latencyMs = () => Math.round(performance.now() - started);
      let wan: { address: string; via: string };
      try {
        wan = await reader.read();
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return {
          ...base,
          latencyMs: latencyMs(),
          outcome: 'none',
          detail: `no router answered (${reason})`,
        };
      }
      if (isDoubleNat(wan.address, policy))
        return {
          ...base,
          latencyMs: latencyMs(),
          outcome: 'none',
          doubleNat: true,
          detail: `The router\u2019s internet address ${wan.address} is itself a private or carrier-grade NAT address: the router sits behind another NAT, so DDNS cannot reach this computer. It will not be published.`,
        };
      const verdict = judgeAddress('ipv4', wan.address, policy);
      if (!verdict.ok)
        return {
          ...base,
          latencyMs: latencyMs(),
          outcome: 'error',
          problem: `the router ${verdict.problem}`,
        };
      return { ...base, latencyMs: latencyMs(), outcome: 'address', address: verdict.address };
    },
  };
}

function isDoubleNat(address: string, policy: AddressPolicy): boolean {
  if (!ipaddr.IPv4.isValidFourPartDecimal(address)) return false;
  const special = classifySpecial('ipv4', ipaddr.parse(address));
  return (special === 'private' || special === 'cgnat') && !policy.allowed.has(special);
}
