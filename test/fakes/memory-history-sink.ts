import type { OutcomeEvent } from '../../shared/engine/record-outcome.js';
import type { AddressChange, HistorySink } from '../../electron/core/sync/sync-ports.js';

/** The history as the engine feeds it; it outlives an engine restart, as the file would. */
export class MemoryHistorySink implements HistorySink {
  readonly events: OutcomeEvent[] = [];
  readonly addressChanges: AddressChange[] = [];

  async record(event: OutcomeEvent): Promise<void> {
    this.events.push(event);
  }

  async recordAddressChange(change: AddressChange): Promise<void> {
    this.addressChanges.push(change);
  }

  async lastAddress(family: 'ipv4' | 'ipv6'): Promise<string | null> {
    return this.addressChanges.findLast((change) => change.family === family)?.to ?? null;
  }
}
