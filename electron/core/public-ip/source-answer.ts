import type { AddressFamily } from '../../../shared/validators/dns.js';

export type SourceKind = 'echo' | 'interface' | 'router';

/**
 * What one source said in one check, kept as provenance. `none` means the source positively
 * has nothing for this family (no global address on any interface, no connectivity);
 * `error` means it could not be asked or its answer was refused.
 */
export type SourceAnswer = {
  sourceId: string;
  sourceName: string;
  kind: SourceKind;
  family: AddressFamily;
  latencyMs: number;
} & (
  | { outcome: 'address'; address: string }
  | { outcome: 'none'; detail: string; doubleNat?: boolean }
  | { outcome: 'error'; problem: string }
);

/** A source of the public address for one family. */
export interface AddressSource {
  id: string;
  name: string;
  kind: SourceKind;
  family: AddressFamily;
  /** Must settle (never hang past its own timeout) and never throw. */
  ask(signal: AbortSignal): Promise<SourceAnswer>;
}
