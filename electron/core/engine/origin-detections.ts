import { keyOfFrom, PUBLIC_FROM, type AddressFrom } from '../../../shared/records/address-from.js';
import type { Host } from '../../../shared/records/desired-records.js';
import type { AddressFamily } from '../../../shared/validators/dns.js';
import { StabilityGate } from '../budget/stability-gate.js';
import type { SourceTransports } from '../public-ip/build-sources.js';
import type { Detection } from '../public-ip/detect-address.js';
import { detectFrom, type OriginDetection } from '../public-ip/detect-from.js';
import type { RoutePicture } from '../public-ip/routes/route-picture.js';
import type { Detections } from '../sync/plan-host.js';
import type { SyncReport } from '../sync/sync-hosts.js';
import { followedFamilies, type EngineConfig } from './engine-config.js';

const FAMILY_OF = { A: 'ipv4', AAAA: 'ipv6' } as const;

/** The origin each family of a host follows: public unless a following record says otherwise. */
function originsOf(host: Host): Record<AddressFamily, AddressFrom> {
  const origins: Record<AddressFamily, AddressFrom> = { ipv4: PUBLIC_FROM, ipv6: PUBLIC_FROM };
  for (const record of host.records)
    if ((record.type === 'A' || record.type === 'AAAA') && record.mode === 'follow' && record.from)
      origins[FAMILY_OF[record.type]] = record.from;
  return origins;
}

/**
 * Detections for the origins that are not public (a second WAN link, a host's own sources),
 * one per distinct origin and family, each with its own stability gate; hosts are then synced
 * in groups that share their origins, so wan1 and wan2 each keep their own link's address.
 */
export class OriginDetections {
  readonly #gates = new Map<string, StabilityGate>();
  #latest = new Map<string, OriginDetection>();

  /** What the last check found per non-public origin (the doctor shows it). */
  get latest(): ReadonlyMap<string, OriginDetection> {
    return this.#latest;
  }

  async detect(
    config: EngineConfig,
    transports: SourceTransports,
    routes: RoutePicture,
    signal: AbortSignal,
  ): Promise<void> {
    const wanted = new Map<string, { family: AddressFamily; from: AddressFrom }>();
    const families = followedFamilies(config);
    for (const host of config.hosts.filter((h) => h.enabled)) {
      const origins = originsOf(host);
      for (const family of families)
        if (origins[family].kind !== 'public')
          wanted.set(`${family}|${keyOfFrom(origins[family])}`, { family, from: origins[family] });
    }
    const found = await Promise.all(
      [...wanted].map(async ([key, { family, from }]) => {
        const result = await detectFrom(config, family, from, transports, routes[family], signal);
        if (result.detection.state === 'known')
          this.#gate(key).observe(family, result.detection.address);
        return [key, result] as const;
      }),
    );
    this.#latest = new Map(found);
  }

  /** Syncs each group of hosts that share origins with its own detections and gate. */
  async sync(
    hosts: readonly Host[],
    publicDetections: Detections,
    publicGate: StabilityGate,
    run: (hosts: Host[], detections: Detections, gate: StabilityGate) => Promise<SyncReport>,
  ): Promise<SyncReport> {
    const groups = new Map<string, Host[]>();
    for (const host of hosts) {
      const origins = originsOf(host);
      const key = `${keyOfFrom(origins.ipv4)}/${keyOfFrom(origins.ipv6)}`;
      groups.set(key, [...(groups.get(key) ?? []), host]);
    }
    const report: SyncReport = {
      outcomes: [],
      transient: false,
      awaitingConfirmation: false,
      transientFailures: new Set(),
    };
    for (const group of groups.values()) {
      const origins = originsOf(group[0]!);
      const detections: Detections = {};
      const gates: Partial<Record<AddressFamily, StabilityGate>> = {};
      for (const family of ['ipv4', 'ipv6'] as const) {
        const key = `${family}|${keyOfFrom(origins[family])}`;
        const own: Detection | undefined =
          origins[family].kind === 'public'
            ? publicDetections[family]
            : this.#latest.get(key)?.detection;
        if (own) detections[family] = own;
        gates[family] = origins[family].kind === 'public' ? publicGate : this.#gate(key);
      }
      const part = await run(group, detections, new FamilyGate(gates));
      report.outcomes.push(...part.outcomes);
      report.transient ||= part.transient;
      report.awaitingConfirmation ||= part.awaitingConfirmation;
      for (const failure of part.transientFailures) report.transientFailures.add(failure);
    }
    return report;
  }

  #gate(key: string): StabilityGate {
    let gate = this.#gates.get(key);
    if (!gate) {
      gate = new StabilityGate();
      this.#gates.set(key, gate);
    }
    return gate;
  }
}

/** Answers each family from the gate of the origin that family follows. */
class FamilyGate extends StabilityGate {
  constructor(private readonly gates: Partial<Record<AddressFamily, StabilityGate>>) {
    super();
  }

  override observe(family: AddressFamily, address: string): number {
    return this.gates[family]?.observe(family, address) ?? 0;
  }

  override timesSeen(family: AddressFamily, address: string): number {
    return this.gates[family]?.timesSeen(family, address) ?? 0;
  }
}
