import type { CoreStatus } from '../../../shared/engine/core-status.js';
import type {
  NameserverAnswer,
  RecordVerification,
} from '../../../shared/engine/record-verification.js';
import type { Host } from '../../../shared/records/desired-records.js';
import type { VerifySettings } from '../../../shared/settings/verify-settings.js';
import type { Clock } from '../ports.js';
import type { EngineConfigSource } from '../engine/engine-config.js';
import type { AppliedHost, AppliedRecordStore } from '../sync/sync-ports.js';
import { findNameservers, type NameserverTarget, type SystemDns } from './find-nameservers.js';
import { judgeRecord } from './judge-record.js';
import { expectedValues, readReply, type ManagedType } from './read-reply.js';
import { decorateStatus } from './verified-status.js';
import type { RewriteList } from './watch-applied.js';

export const ZONE = 'freedns.io';
const TYPES: readonly ManagedType[] = ['A', 'AAAA', 'CNAME', 'TXT', 'MX'];
/** The first check after start, and the check after an accepted update, come this soon. */
const SOON_MS = 5_000;

/** What a drift repair or a lost fight is told as (history and a notification). */
export interface DriftNotice {
  hostId: string;
  hostname: string;
  record: ManagedType;
  kind: 'repaired' | 'attention';
  message: string;
}

export interface DnsVerifierDeps {
  clock: Clock;
  random?: () => number;
  config: EngineConfigSource;
  /** The real applied values (not the engine's view, which hides records being rewritten). */
  applied: AppliedRecordStore;
  system: SystemDns;
  /** Ask the engine for a cycle: it writes whatever the rewrite list hides. */
  requestSync(): void;
  onNotice(notice: DriftNotice): void;
  /** The verification states changed: status should be published again. */
  onChange(): void;
}

export interface RecordAnswers {
  host: string;
  record: ManagedType;
  answers: NameserverAnswer[];
}

interface RecordMemory {
  verification?: RecordVerification;
  /** Set while a rewrite is due: what DNS said, and when the rewrite was asked for. */
  rewrite?: { dnsSaid: string; askedAt: number };
  lastRepairAskedAt?: number;
  /** When freedns.io accepted the latest repair; DNS must agree within the grace period. */
  repairAcceptedAt?: number;
  repairedFrom?: string;
  needsAttention: boolean;
}

/**
 * Asks the zone's authoritative nameservers for every record DNS Tray applied, after each
 * accepted update and every `intervalMinutes` (jittered), and keeps a state per record.
 * A drifted record is handed back to the engine for one rewrite per interval; when DNS still
 * disagrees after an accepted rewrite, it stops and says that something else is writing it.
 * It never sends a freedns.io request itself.
 */
export class DnsVerifier implements RewriteList {
  readonly #records = new Map<string, RecordMemory>();
  #timer: unknown = null;
  #soonTimer: unknown = null;
  #running: Promise<void> | null = null;
  #again = false;
  #stopped = true;
  #lastAnswers: RecordAnswers[] = [];

  constructor(private readonly deps: DnsVerifierDeps) {}

  start(): void {
    this.#stopped = false;
    this.#checkSoon(SOON_MS);
  }

  stop(): void {
    this.#stopped = true;
    this.deps.clock.clearTimeout(this.#timer);
    this.deps.clock.clearTimeout(this.#soonTimer);
    // A check still asking a slow resolver must not hold up quitting; its result is dropped.
  }

  /** Resolves when no check is running (tests). */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  /** Runs a check now (or right after the one running) and waits for it. */
  async checkNow(): Promise<void> {
    if (this.#running) {
      this.#again = true;
      await this.idle();
      return;
    }
    this.#running = this.#checkAll().finally(() => {
      this.#running = null;
      if (this.#again && !this.#stopped) {
        this.#again = false;
        void this.checkNow();
      }
    });
    await this.#running;
  }

  isDue(hostId: string, type: ManagedType): boolean {
    return this.#records.get(key(hostId, type))?.rewrite !== undefined;
  }

  accepted(hostId: string, type: ManagedType, records: AppliedHost['records']): void {
    const memory = this.#memory(hostId, type);
    const now = this.deps.clock.now();
    if (memory.rewrite) {
      const value = (expectedValues(records, type) ?? []).join(', ');
      memory.repairAcceptedAt = now;
      memory.repairedFrom = memory.rewrite.dnsSaid;
      memory.rewrite = undefined;
      void this.#hostname(hostId).then((hostname) =>
        this.deps.onNotice({
          hostId,
          hostname,
          record: type,
          kind: 'repaired',
          message: `drift repaired: DNS said ${memory.repairedFrom}, set back to ${value}`,
        }),
      );
    } else {
      // An ordinary update (a new address, changed settings) starts a fresh story.
      Object.assign(memory, {
        repairAcceptedAt: undefined,
        repairedFrom: undefined,
        lastRepairAskedAt: undefined,
        needsAttention: false,
      });
    }
    this.#checkSoon(SOON_MS);
  }

  /** The status with each record's verification, and overall "attention" for drift. */
  decorate(status: CoreStatus): CoreStatus {
    return decorateStatus(status, (hostId, type) => {
      const memory = this.#records.get(key(hostId, type));
      return memory?.verification
        ? { ...memory.verification, needsAttention: memory.needsAttention }
        : undefined;
    });
  }

  /** The source doctor's view: each nameserver and what it answered, per record, last check. */
  lastAnswers() {
    return this.#lastAnswers.map((entry) => ({ ...entry, answers: [...entry.answers] }));
  }

  #checkSoon(ms: number): void {
    if (this.#stopped) return;
    this.deps.clock.clearTimeout(this.#soonTimer);
    this.#soonTimer = this.deps.clock.setTimeout(() => void this.checkNow(), ms);
  }

  #scheduleNext(settings: VerifySettings): void {
    this.deps.clock.clearTimeout(this.#timer);
    if (this.#stopped) return;
    // ±10 % so that many installations do not ask the nameservers in step.
    const jitter = 0.9 + (this.deps.random ?? Math.random)() * 0.2;
    this.#timer = this.deps.clock.setTimeout(
      () => void this.checkNow(),
      settings.intervalMinutes * 60_000 * jitter,
    );
  }

  async #checkAll(): Promise<void> {
    const config = await this.deps.config.load();
    const settings = config.engine.verify;
    if (!settings.enabled) {
      this.#records.clear();
      this.#lastAnswers = [];
      this.deps.onChange();
      return;
    }
    this.#scheduleNext(settings);
    const targets = await findNameservers(settings.nameservers, ZONE, this.deps.system);
    const answers: RecordAnswers[] = [];
    for (const host of config.hosts.filter((h) => h.enabled)) {
      const applied = await this.deps.applied.get(host.id);
      for (const type of TYPES) {
        const expected = applied ? expectedValues(applied.records, type) : null;
        if (!expected || !host.records.some((record) => record.type === type)) {
          this.#records.delete(key(host.id, type));
          continue;
        }
        const got = await this.#ask(
          targets,
          `${host.label}.${ZONE}`,
          type,
          config.engine.timeoutMs,
        );
        answers.push({ host: `${host.label}.${ZONE}`, record: type, answers: got });
        this.#judge(host, type, expected, got, applied?.lastUpdateAt[type] ?? null, settings);
      }
    }
    if (this.#stopped) return;
    this.#lastAnswers = answers;
    this.deps.onChange();
  }

  async #ask(
    targets: NameserverTarget[] | string,
    name: string,
    type: ManagedType,
    timeoutMs: number,
  ): Promise<NameserverAnswer[]> {
    if (typeof targets === 'string')
      return [{ server: ZONE, outcome: 'error', values: [], detail: targets }];
    // dns-packet is loaded by the first check: a profile with verification off never loads it.
    const { askNameserver } = await import('./dns-transport.js');
    return Promise.all(
      targets.map(async (target) =>
        readReply(target.label, await askNameserver(target, name, type, timeoutMs), name, type),
      ),
    );
  }

  #judge(
    host: Host,
    type: ManagedType,
    expected: string[],
    answers: NameserverAnswer[],
    lastUpdateAt: number | null,
    settings: VerifySettings,
  ): void {
    const memory = this.#memory(host.id, type);
    const now = this.deps.clock.now();
    const graceMs = settings.graceMinutes * 60_000;
    const verdict = judgeRecord({
      expected,
      answers,
      now,
      lastUpdateAt,
      graceMs,
      previous: memory.verification,
    });
    memory.verification = { ...verdict, needsAttention: memory.needsAttention };
    if (verdict.state === 'published') {
      Object.assign(memory, {
        needsAttention: false,
        repairAcceptedAt: undefined,
        rewrite: undefined,
      });
      this.#checkGraceEnd(memory, lastUpdateAt, graceMs);
      return;
    }
    if (verdict.state !== 'drifted') {
      this.#checkGraceEnd(memory, lastUpdateAt, graceMs);
      return;
    }
    if (memory.needsAttention || memory.rewrite) return;
    if (memory.repairAcceptedAt !== undefined && now - memory.repairAcceptedAt >= graceMs) {
      memory.needsAttention = true;
      memory.verification = { ...memory.verification, needsAttention: true };
      const message = `DNS still says ${verdict.dnsSays} after DNS Tray set it back to ${expected.join(', ')}: something else is writing this record, so DNS Tray stopped repairing it. Check the freedns.io website and other updaters.`;
      this.deps.onNotice({
        hostId: host.id,
        hostname: `${host.label}.${ZONE}`,
        record: type,
        kind: 'attention',
        message,
      });
      return;
    }
    const intervalMs = settings.intervalMinutes * 60_000;
    if (memory.lastRepairAskedAt !== undefined && now - memory.lastRepairAskedAt < intervalMs * 0.9)
      return;
    memory.rewrite = { dnsSaid: verdict.dnsSays ?? 'nothing', askedAt: now };
    memory.lastRepairAskedAt = now;
    this.deps.requestSync();
  }

  /** While propagating, look again when the grace period ends rather than an interval later. */
  #checkGraceEnd(memory: RecordMemory, lastUpdateAt: number | null, graceMs: number): void {
    if (memory.verification?.state !== 'propagating' || lastUpdateAt === null) return;
    const wait = lastUpdateAt + graceMs - this.deps.clock.now() + 1_000;
    this.#checkSoon(Math.max(SOON_MS, wait));
  }

  #memory(hostId: string, type: ManagedType): RecordMemory {
    const id = key(hostId, type);
    let memory = this.#records.get(id);
    if (!memory) {
      memory = { needsAttention: false };
      this.#records.set(id, memory);
    }
    return memory;
  }

  async #hostname(hostId: string): Promise<string> {
    const config = await this.deps.config.load();
    const host = config.hosts.find((h) => h.id === hostId);
    return `${host?.label ?? hostId}.${ZONE}`;
  }
}

function key(hostId: string, type: ManagedType): string {
  return `${hostId}/${type}`;
}
