import type { Clock } from '../../../electron/core/ports.js';
import type { FreednsSeed, HostSeed } from './freedns-seed.js';

export type Tier = 'free' | 'premium';
export interface MxEntry {
  target: string;
  preference: number;
}
export interface HostRecords {
  A?: string;
  AAAA?: string;
  CNAME?: string;
  TXT?: string;
  MX: MxEntry[];
}
export interface Account {
  username: string;
  password: string;
  tier: Tier;
  hosts: Map<string, HostRecords>;
}
export interface LogEntry {
  at: string;
  clientAddress: string;
  method: string;
  /** The request's parameters with the password replaced by "***". */
  params: Record<string, string>;
  status: number;
  outcome: string;
  message: string;
}

const HOUR_MS = 3_600_000;
const LOG_LIMIT = 1000;

/**
 * The emulator's data: accounts, hosts, records, per-host daily update counters (reset at
 * 00:00 UTC), per-address request windows (sliding hour) and the request log.
 * Hosts are keyed per account, so two accounts may both own "home" (the default seed does).
 */
export class FreednsStore {
  accounts = new Map<string, Account>();
  #updates = new Map<string, { day: string; used: number }>();
  #requests = new Map<string, number[]>();
  log: LogEntry[] = [];

  constructor(
    private readonly seed: FreednsSeed,
    private readonly clock: Clock,
  ) {
    this.reset();
  }

  reset(): void {
    this.accounts = new Map(
      this.seed.accounts.map((account) => [
        account.username,
        {
          username: account.username,
          password: account.password,
          tier: account.tier,
          hosts: new Map(account.hosts.map((host) => [host.label.toLowerCase(), toRecords(host)])),
        },
      ]),
    );
    this.#updates.clear();
    this.#requests.clear();
    this.log = [];
  }

  dailyLimit(tier: Tier): number {
    return this.seed.limits.dailyUpdates[tier];
  }

  /** Updates used today (UTC) by one host of one account. */
  updatesToday(username: string, label: string): number {
    const entry = this.#updates.get(`${username}/${label.toLowerCase()}`);
    return entry && entry.day === this.#today() ? entry.used : 0;
  }

  countUpdate(username: string, label: string): void {
    const key = `${username}/${label.toLowerCase()}`;
    this.#updates.set(key, { day: this.#today(), used: this.updatesToday(username, label) + 1 });
  }

  /** Requests from one address in the sliding hour that ends now. */
  requestsLastHour(address: string): number {
    return this.#window(address).length;
  }

  /** Admits a request into the address's sliding hour, or says it is over the limit. */
  admitRequest(address: string): boolean {
    const window = this.#window(address);
    if (window.length >= this.seed.limits.requestsPerHour) return false;
    window.push(this.clock.now());
    return true;
  }

  record(entry: Omit<LogEntry, 'at'>): void {
    this.log.push({ at: new Date(this.clock.now()).toISOString(), ...entry });
    if (this.log.length > LOG_LIMIT) this.log.splice(0, this.log.length - LOG_LIMIT);
  }

  snapshot(): FreednsState {
    const now = this.clock.now();
    const accounts = [...this.accounts.values()];
    const updatesToday: Record<string, number> = {};
    const hosts = accounts.flatMap((account) =>
      [...account.hosts].map(([label, records]) => {
        const used = this.updatesToday(account.username, label);
        updatesToday[`${account.username}/${label}`] = used;
        return {
          username: account.username,
          label,
          records: showRecords(records),
          updatesToday: used,
          dailyLimit: this.dailyLimit(account.tier),
        };
      }),
    );
    const requestsLastHour: Record<string, number> = {};
    for (const address of this.#requests.keys())
      requestsLastHour[address] = this.requestsLastHour(address);
    return {
      now: new Date(now).toISOString(),
      day: this.#today(),
      accounts: accounts.map((account) => ({
        username: account.username,
        tier: account.tier,
        hosts: [...account.hosts.keys()],
      })),
      hosts,
      counters: { updatesToday, requestsLastHour, limits: this.seed.limits },
      requestLog: this.log.map((entry) => ({ ...entry, params: { ...entry.params } })),
    };
  }

  #window(address: string): number[] {
    const since = this.clock.now() - HOUR_MS;
    const window = (this.#requests.get(address) ?? []).filter((at) => at > since);
    this.#requests.set(address, window);
    return window;
  }

  #today(): string {
    return new Date(this.clock.now()).toISOString().slice(0, 10);
  }
}

export interface FreednsState {
  now: string;
  day: string;
  accounts: { username: string; tier: Tier; hosts: string[] }[];
  hosts: {
    username: string;
    label: string;
    /** Zone data as the service shows it: TXT inside double quotes. */
    records: { A?: string; AAAA?: string; CNAME?: string; TXT?: string; MX: MxEntry[] };
    updatesToday: number;
    dailyLimit: number;
  }[];
  counters: {
    /** "username/label" -> updates used today (UTC). */
    updatesToday: Record<string, number>;
    /** client address -> requests in the sliding hour. */
    requestsLastHour: Record<string, number>;
    limits: FreednsSeed['limits'];
  };
  requestLog: LogEntry[];
}

function toRecords(host: HostSeed): HostRecords {
  const { label: _label, MX, ...single } = host;
  return { ...single, MX: MX.map((entry) => ({ ...entry })) };
}

function showRecords(records: HostRecords): FreednsState['hosts'][number]['records'] {
  return {
    ...(records.A !== undefined ? { A: records.A } : {}),
    ...(records.AAAA !== undefined ? { AAAA: records.AAAA } : {}),
    ...(records.CNAME !== undefined ? { CNAME: records.CNAME } : {}),
    ...(records.TXT !== undefined ? { TXT: `"${records.TXT}"` } : {}),
    MX: records.MX.map((entry) => ({ ...entry })),
  };
}
