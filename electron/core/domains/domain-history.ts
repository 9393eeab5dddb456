/** One line of the activity history about a domain, written by the domain lifecycle. */
export interface DomainHistoryEntry {
  at: number;
  domain: string;
  action: 'auto-renew';
  outcome: 'renewed' | 'refused' | 'failed' | 'unconfirmed';
  /** A sentence for the Activity window; Freenom's own text when it refused. */
  message: string;
  previousExpiry: string;
  newExpiry?: string;
}

/** Where the lifecycle records what it did; the store helper backs it with the history file. */
export interface DomainHistory {
  record(entry: DomainHistoryEntry): Promise<void>;
}

export class MemoryDomainHistory implements DomainHistory {
  readonly entries: DomainHistoryEntry[] = [];
  async record(entry: DomainHistoryEntry): Promise<void> {
    this.entries.push({ ...entry });
  }
}
