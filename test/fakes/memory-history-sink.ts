import type { OutcomeEvent } from '../../shared/engine/record-outcome.js';
import type { HistorySink } from '../../electron/core/sync/sync-ports.js';

export class MemoryHistorySink implements HistorySink {
  readonly events: OutcomeEvent[] = [];

  async record(event: OutcomeEvent): Promise<void> {
    this.events.push(event);
  }
}
