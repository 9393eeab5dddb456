import type { z } from '../validators/z.js';
import { DEFAULT_ECHO_SOURCES } from '../engine/default-echo-sources.js';
import type { EchoSource, EngineSettings } from '../engine/engine-settings.js';
import type { AddressFrom } from './address-from.js';
import type { Host } from './desired-records.js';

type FromSettings = { hosts: Host[]; engine: EngineSettings };

/** Source ids some following record names: they serve those records only, never public detection. */
export function reservedSourceIds(hosts: readonly Host[]): Set<string> {
  const ids = new Set<string>();
  for (const host of hosts)
    for (const record of host.records)
      if ('from' in record && record.from?.kind === 'sources')
        for (const id of record.from.ids) ids.add(id);
  return ids;
}

/**
 * A record's `sources` must name enabled sources of its family, enough of them to agree; the
 * sources left for public detection must still reach agreement when some record follows it.
 */
export function checkAddressFrom(settings: FromSettings, ctx: z.core.$RefinementCtx): void {
  const sources = settings.engine.sources ?? DEFAULT_ECHO_SOURCES;
  const { agreement } = settings.engine;
  settings.hosts.forEach((host, hostIndex) =>
    host.records.forEach((record, recordIndex) => {
      const from: AddressFrom | undefined = 'from' in record ? record.from : undefined;
      if (from?.kind !== 'sources' || from.ids.length === 0) return;
      const family = record.type === 'A' ? 'ipv4' : 'ipv6';
      const path = ['hosts', hostIndex, 'records', recordIndex, 'from', 'ids'];
      const unknown = from.ids.find(
        (id) => !sources.some((s) => s.id === id && s.enabled && s.family === family),
      );
      if (unknown !== undefined)
        ctx.addIssue({
          code: 'custom',
          path,
          message: `No enabled ${label(family)} source has the id "${unknown}".`,
        });
      else if (new Set(from.ids).size < agreement)
        ctx.addIssue({
          code: 'custom',
          path,
          message: `${agreement} sources must agree, but this record names ${new Set(from.ids).size}: name more sources or lower "Sources that must agree".`,
        });
    }),
  );
  checkPublicLeft(settings, sources, ctx);
}

function checkPublicLeft(
  settings: FromSettings,
  sources: readonly EchoSource[],
  ctx: z.core.$RefinementCtx,
): void {
  const reserved = reservedSourceIds(settings.hosts);
  if (reserved.size === 0) return;
  for (const family of new Set(settings.engine.families)) {
    const followsPublic = settings.hosts.some((host) =>
      host.records.some(
        (record) =>
          record.type === (family === 'ipv4' ? 'A' : 'AAAA') &&
          'mode' in record &&
          record.mode === 'follow' &&
          (!record.from || record.from.kind === 'public'),
      ),
    );
    if (!followsPublic) continue;
    const left = sources.filter(
      (s) => s.enabled && s.family === family && !reserved.has(s.id),
    ).length;
    const count = left + (family === 'ipv6' && settings.engine.useInterfaces ? 1 : 0);
    if (count >= settings.engine.agreement) continue;
    ctx.addIssue({
      code: 'custom',
      path: ['engine', 'agreement'],
      message: `Hosts name some ${label(family)} sources for themselves, which leaves ${count} for public detection while ${settings.engine.agreement} must agree: add ${label(family)} sources or lower the number.`,
    });
  }
}

function label(family: 'ipv4' | 'ipv6'): string {
  return family === 'ipv4' ? 'IPv4' : 'IPv6';
}
