/** How the last delivery to one monitoring target went: shown in Settings and diagnostics. */
export interface DeliveryStatus {
  target: string;
  state: 'never' | 'ok' | 'failed';
  at: string | null;
  /** What went wrong, in words, with secrets removed; empty when fine. */
  detail: string;
}

/** Where deliveries report: the latest per target, plus a history notice when one starts or stops failing. */
export interface DeliveryLog {
  report(status: DeliveryStatus): void;
}

export function describeHttpProblem(
  outcome: { kind: 'response'; status: number } | { kind: 'failure'; detail: string },
): string | null {
  if (outcome.kind === 'failure') return outcome.detail;
  if (outcome.status >= 200 && outcome.status < 300) return null;
  return `the receiver answered HTTP ${outcome.status}`;
}
