import type { BudgetLedgerStore, LedgerEntry } from '../../electron/core/budget/request-budget.js';

/** A ledger that outlives the cores a test creates and restarts, like the file would. */
export class MemoryBudgetLedgerStore implements BudgetLedgerStore {
  entries: LedgerEntry[] = [];
  saves = 0;

  async load(): Promise<LedgerEntry[]> {
    return this.entries.map((entry) => ({ ...entry }));
  }

  async save(entries: readonly LedgerEntry[]): Promise<void> {
    this.saves += 1;
    this.entries = entries.map((entry) => ({ ...entry }));
  }
}
