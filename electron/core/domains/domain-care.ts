import type { DomainSummary } from '../../../shared/contract/domain-schemas.js';
import type { NotificationEvent } from '../../../shared/settings/settings-schema.js';
import type { CoreEvents } from '../core-events.js';
import { AutoRenewer, renewingAccount } from './auto-renewer.js';
import type { DomainHistory } from './domain-history.js';
import type { Clock } from '../ports.js';
import type { Stores } from '../store/open-stores.js';
import type { DomainCareStore } from './domain-care-store.js';
import { needsReminder, reminderText } from './domain-reminders.js';
import type { DomainList } from './domain-list.js';
import type { FreenomAccountStore } from './freenom-account.js';
import type { FreenomGateway } from './freenom-gateway.js';
import type { FreenomSession } from './freenom-session.js';

/** How the shell shows a reminder outside the windows (a desktop notification). */
export interface Notifier {
  notify(title: string, body: string): void;
}

export interface DomainCareDeps {
  clock: Clock;
  events: CoreEvents;
  stores: Stores;
  accounts: FreenomAccountStore;
  care: DomainCareStore;
  list: DomainList;
  session: FreenomSession;
  notifier?: Notifier | undefined;
  intervalMs?: number;
}

const SIX_HOURS = 6 * 3_600_000;

/**
 * Looks after the account's domains in the background: renews each free domain whose switch is
 * on inside its renewal window (the AutoRenewer, over the window's gateway and list), and
 * reminds the user, once per window and as the notification settings allow, of what expires.
 */
export class DomainCare {
  #timer: unknown = null;
  #running: Promise<void> | null = null;
  #again = false;

  constructor(private readonly deps: DomainCareDeps) {}

  start(): void {
    this.#schedule(0);
  }

  stop(): void {
    if (this.#timer !== null) this.deps.clock.clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** A pass soon (after connecting, or when a switch was turned on). */
  nudge(): void {
    if (this.#timer === null) return;
    this.#schedule(0);
  }

  /** One pass; asked again while a pass runs, another follows it (the account may have changed). */
  runOnce(): Promise<void> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = (async () => {
      do {
        this.#again = false;
        await this.#pass();
      } while (this.#again);
    })().finally(() => (this.#running = null));
    return this.#running;
  }

  #schedule(ms: number): void {
    if (this.#timer !== null) this.deps.clock.clearTimeout(this.#timer);
    this.#timer = this.deps.clock.setTimeout(() => {
      void this.runOnce()
        .catch((error: unknown) =>
          this.#remind(
            'domainActionFailed',
            '',
            'renewFailed',
            `Looking after the domains failed: ${error instanceof Error ? error.message : String(error)}`,
          ),
        )
        .finally(() => this.#schedule(this.deps.intervalMs ?? SIX_HOURS));
    }, ms);
  }

  async #pass(): Promise<void> {
    const account = await this.deps.accounts.load();
    const password = await this.deps.accounts.password();
    if (!account || !password) return;
    const gateway = await this.deps.session.gateway();
    await this.#autoRenew(gateway);
    try {
      const page = await this.deps.list.page(gateway, {
        page: 1,
        pageSize: Number.MAX_SAFE_INTEGER,
        refresh: false,
      });
      for (const domain of page.domains) await this.#remindExpiring(domain);
    } catch {
      // The list could not be read now; the next pass tries again and the window shows why.
    }
  }

  async #autoRenew(gateway: FreenomGateway): Promise<void> {
    const { care, clock } = this.deps;
    if (care.enabled().length === 0) return;
    const renewer = new AutoRenewer({
      // Only the free domains whose auto-renew switch is on.
      account: renewingAccount(gateway, this.deps.list, () => care.enabled()),
      ledger: care.ledger,
      history: this.#history(),
      clock,
      isEnabled: () => true,
    });
    const run = await renewer.runOnce();
    for (const domain of run.renewed) {
      this.deps.list.invalidate();
      this.deps.events.emit('domains:changed', { reason: 'renewed', domain });
      this.#remind('domainRenewed', domain, 'renewed', `${domain} was renewed automatically.`);
    }
    for (const problem of run.problems)
      this.#remind('domainActionFailed', '', 'renewFailed', problem);
  }

  async #remindExpiring(domain: DomainSummary): Promise<void> {
    if (!needsReminder(domain)) return;
    if (
      !(await this.deps.care.firstReminder(
        `${domain.domain}@${domain.expirationDate}`,
        this.deps.clock.now(),
      ))
    )
      return;
    this.#remind('domainExpiring', domain.domain, 'expiring', reminderText(domain));
  }

  #remind(
    setting: NotificationEvent,
    domain: string,
    kind: 'expiring' | 'renewed' | 'renewFailed',
    message: string,
  ): void {
    if (!this.deps.stores.settings.get().notifications.events[setting]) return;
    this.deps.events.emit('domains:reminder', { domain, kind, message });
    this.deps.notifier?.notify('DNS Tray — domains', message);
  }

  #history(): DomainHistory {
    const { stores } = this.deps;
    return {
      async record(entry) {
        await stores.history.append({
          kind: 'domain-action',
          accountId: stores.settings.get().accounts.freenom[0]?.id ?? 'freenom',
          domain: entry.domain,
          action: 'auto-renew',
          outcome: entry.outcome === 'renewed' ? 'succeeded' : 'failed',
          message: entry.message,
        });
      },
    };
  }
}
