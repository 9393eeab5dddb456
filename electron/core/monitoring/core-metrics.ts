import { Counter, Gauge, Registry } from 'prom-client';
import type { CoreStatus } from '../../../shared/engine/core-status.js';
import type { OutcomeEvent } from '../../../shared/engine/record-outcome.js';
import type { CheckResult } from './check-watcher.js';

export interface DomainExpiry {
  domain: string;
  daysLeft: number | null;
}

export interface CoreMetricsDeps {
  status(): CoreStatus;
  now(): number;
  /** Freenom domains as last listed; never waits on Freenom during a scrape. */
  domains(): readonly DomainExpiry[];
  memory?: () => { rss: number; heapUsed: number };
}

export interface CoreMetrics {
  readonly registry: Registry;
  observeCheck(result: CheckResult): void;
  observeOutcome(event: OutcomeEvent): void;
  observeAddressChange(family: string, at: number): void;
  /** The Prometheus text exposition of every metric. */
  render(): Promise<string>;
}

const FAMILY_STATES = ['known', 'absent', 'unknown', 'not-checked'] as const;
const RECORD_STATES = ['in-sync', 'pending', 'deferred', 'rejected', 'failed', 'drifted'] as const;
const DNS_STATES = ['published', 'propagating', 'drifted', 'unknown'] as const;
// Outcomes that cost a freedns.io request (an unchanged or deferred record sends none).
const REQUESTING = new Set(['updated', 'rejected', 'failed']);

/**
 * The /metrics registry, its own (never prom-client's global one, so two cores in one process
 * or a test never share counters). Gauges read the engine's status at scrape time; counters
 * count what the core reported since start.
 */
export function createCoreMetrics(deps: CoreMetricsDeps): CoreMetrics {
  const registry = new Registry();
  const registers = [registry];
  // Registered in the order /metrics lists them.
  registerDetectionGauge(registers, deps);
  const { lastChange, checks, requests, updates } = registerCounters(registers);
  registerBudgetGauges(registers, deps);
  registerRecordGauges(registers, deps);
  registerTimeAndMemoryGauges(registers, deps);

  return {
    registry,
    observeCheck: (result) => checks.inc({ outcome: result.ok ? 'ok' : 'failed' }),
    observeOutcome(event) {
      updates.inc({ outcome: event.outcome.kind });
      if (REQUESTING.has(event.outcome.kind)) requests.inc({ outcome: event.outcome.kind });
    },
    observeAddressChange: (family, at) => lastChange.set({ family }, at / 1000),
    render: () => registry.metrics(),
  };
}

type Registers = Registry[];

/** What the core reports as it happens: check and record outcomes, address changes. */
function registerCounters(registers: Registers) {
  const lastChange = new Gauge({
    name: 'dnstray_detection_last_change_timestamp_seconds',
    help: 'When the public address of the family last changed (Unix time).',
    labelNames: ['family'],
    registers,
  });
  const checks = new Counter({
    name: 'dnstray_checks_total',
    help: 'Finished checks of the public address, by outcome (ok, failed).',
    labelNames: ['outcome'],
    registers,
  });
  const requests = new Counter({
    name: 'dnstray_requests_total',
    help: 'freedns.io update requests sent, by outcome (updated, rejected, failed).',
    labelNames: ['outcome'],
    registers,
  });
  const updates = new Counter({
    name: 'dnstray_updates_total',
    help: 'Changes of a record outcome, by outcome (updated, unchanged, deferred, rejected, failed).',
    labelNames: ['outcome'],
    registers,
  });
  for (const outcome of ['ok', 'failed']) checks.inc({ outcome }, 0);
  for (const outcome of REQUESTING) requests.inc({ outcome }, 0);
  return { lastChange, checks, requests, updates };
}

/** One series per state: 1 for the current one, 0 for the others. */
function setOneHot(
  gauge: Gauge,
  labels: Record<string, string>,
  states: readonly string[],
  current: string | undefined,
): void {
  for (const state of states) gauge.set({ ...labels, state }, state === current ? 1 : 0);
}

function registerDetectionGauge(registers: Registers, deps: CoreMetricsDeps): void {
  new Gauge({
    name: 'dnstray_detection_state',
    help: 'Detection state per address family: 1 for the current state, 0 for the others.',
    labelNames: ['family', 'state'],
    registers,
    collect() {
      this.reset();
      for (const family of deps.status().families)
        setOneHot(this, { family: family.family }, FAMILY_STATES, family.state);
    },
  });
}

function registerBudgetGauges(registers: Registers, deps: CoreMetricsDeps): void {
  new Gauge({
    name: 'dnstray_requests_left_this_hour',
    help: 'freedns.io requests left in the rolling hourly budget.',
    registers,
    collect() {
      const status = deps.status();
      this.set(Math.max(0, status.hourlyRequestBudget - status.requestsInLastHour));
    },
  });
  new Gauge({
    name: 'dnstray_updates_left_today',
    help: 'Updates left today per host (freedns.io daily limit).',
    labelNames: ['host'],
    registers,
    collect() {
      this.reset();
      for (const host of deps.status().hosts) this.set({ host: host.label }, host.updatesLeftToday);
    },
  });
}

function registerRecordGauges(registers: Registers, deps: CoreMetricsDeps): void {
  new Gauge({
    name: 'dnstray_record_state',
    help: 'State of each record per host and type: 1 for the current state, 0 for the others.',
    labelNames: ['host', 'record', 'state'],
    registers,
    collect() {
      this.reset();
      for (const host of deps.status().hosts)
        for (const record of host.records) {
          const current = recordState(record.outcome?.kind ?? null, record.verification?.state);
          setOneHot(this, { host: host.label, record: record.record }, RECORD_STATES, current);
        }
    },
  });
  new Gauge({
    name: 'dnstray_record_dns_state',
    help: 'What the nameservers serve for each checked record: 1 for the current state, 0 for the others.',
    labelNames: ['host', 'record', 'state'],
    registers,
    collect() {
      this.reset();
      for (const host of deps.status().hosts)
        for (const { record, verification } of host.records)
          if (verification)
            setOneHot(this, { host: host.label, record }, DNS_STATES, verification.state);
    },
  });
}

/** Time to the next check and to each domain's expiry, and the process's own memory. */
function registerTimeAndMemoryGauges(registers: Registers, deps: CoreMetricsDeps): void {
  const memory = deps.memory ?? (() => process.memoryUsage());
  new Gauge({
    name: 'dnstray_next_check_seconds',
    help: 'Seconds until the next scheduled check (0 when none is scheduled or it is due).',
    registers,
    collect() {
      const next = deps.status().nextCheckAt;
      this.set(next === null ? 0 : Math.max(0, (Date.parse(next) - deps.now()) / 1000));
    },
  });
  new Gauge({
    name: 'dnstray_domain_expiry_days',
    help: 'Days until each Freenom domain expires, as last listed.',
    labelNames: ['domain'],
    registers,
    collect() {
      this.reset();
      for (const domain of deps.domains())
        if (domain.daysLeft !== null) this.set({ domain: domain.domain }, domain.daysLeft);
    },
  });
  new Gauge({
    name: 'dnstray_process_resident_memory_bytes',
    help: 'Resident memory of the DNS Tray process.',
    registers,
    collect() {
      this.set(memory().rss);
    },
  });
  new Gauge({
    name: 'dnstray_process_heap_used_bytes',
    help: 'JavaScript heap in use.',
    registers,
    collect() {
      this.set(memory().heapUsed);
    },
  });
}

/** freedns.io's last word, except that DNS serving something else makes an in-sync record drifted. */
function recordState(kind: string | null, dns?: string): (typeof RECORD_STATES)[number] {
  if (kind === null) return 'pending';
  if (kind === 'updated' || kind === 'unchanged') return dns === 'drifted' ? 'drifted' : 'in-sync';
  return kind as 'deferred' | 'rejected' | 'failed';
}
