import type { HistoryStore } from '../store/history-store.js';
import type { DeliveryLog, DeliveryStatus } from './delivery-status.js';

/**
 * Keeps the latest delivery per target and writes a history notice when a target starts
 * failing and when it works again, so a broken heartbeat is seen without flooding the log.
 */
export class DeliveryRecorder implements DeliveryLog {
  readonly #latest = new Map<string, DeliveryStatus>();

  constructor(private readonly history: Pick<HistoryStore, 'append'>) {}

  report(status: DeliveryStatus): void {
    const before = this.#latest.get(status.target)?.state ?? 'never';
    this.#latest.set(status.target, status);
    if (status.state === 'failed' && before !== 'failed')
      this.#keep({ kind: 'notice', level: 'warning', message: status.detail });
    if (status.state === 'ok' && before === 'failed')
      this.#keep({
        kind: 'notice',
        level: 'info',
        message: `${status.target === 'heartbeat' ? 'The heartbeat' : status.target} works again.`,
      });
  }

  /** A history that cannot be written must not stop deliveries; the status still says it. */
  #keep(event: Parameters<HistoryStore['append']>[0]): void {
    this.history.append(event).catch(() => undefined);
  }

  list(): DeliveryStatus[] {
    return [...this.#latest.values()].map((status) => ({ ...status }));
  }
}
