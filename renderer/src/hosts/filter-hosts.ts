import type { Host } from '../../../shared/records/desired-records.js';

/**
 * The hosts whose name or hostname (label.freedns.io) contains `text`, ignoring case and
 * surrounding spaces; `keepId` (the host being edited) always stays, so a draft is never lost.
 */
export function filterHosts(
  hosts: readonly Host[],
  text: string,
  keepId?: string,
): readonly Host[] {
  const needle = text.trim().toLowerCase();
  if (!needle) return hosts;
  return hosts.filter(
    (host) => host.id === keepId || `${host.label}.freedns.io`.toLowerCase().includes(needle),
  );
}
