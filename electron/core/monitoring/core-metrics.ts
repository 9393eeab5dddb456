import type { Counter as CounterType, Gauge, Registry } from 'prom-client';
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
  /** The Content-Type of what render() returns (Prometheus text format 0.0.4). */
  readonly contentType: string;
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

/** prom-client's Registry.PROMETHEUS_CONTENT_TYPE, known without loading prom-client. */
const CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

/** What the core reported since start, kept here until a scrape needs prom-client. */
interface Counts {
  lastChange: Map<string, number>;
  checks: Map<string, number>;
  requests: Map<string, number>;
  updates: Map<string, number>;
}

/**
 * The /metrics registry, its own (never prom-client's global one, so two cores in one process
 * or a test never share counters). Gauges read the engine's status at scrape time; counters
 * count what the core reported since start. prom-client (about 4 MiB resident) is loaded at
 * the first scrape: a profile nobody scrapes never loads it (issue 16).
 */
export function createCoreMetrics(deps: CoreMetricsDeps): CoreMetrics {
  const counts: Counts = {
    lastChange: new Map(),
    checks: new Map(['ok', 'failed'].map((outcome) => [outcome, 0])),
    requests: new Map([...REQUESTING].map((outcome) => [outcome, 0])),
    updates: new Map(),
  };
  const add = (map: Map<string, number>, key: string): void => {
    map.set(key, (map.get(key) ?? 0) + 1);
  };
  let registry: Promise<Registry> | null = null;
  return {
    contentType: CONTENT_TYPE,
    observeCheck: (result) => add(counts.checks, result.ok ? 'ok' : 'failed'),
    observeOutcome(event) {
      add(counts.updates, event.outcome.kind);
      if (REQUESTING.has(event.outcome.kind)) add(counts.requests, event.outcome.kind);
    },
    observeAddressChange: (family, at) => void counts.lastChange.set(family, at / 1000),
    render: async () => (await (registry ??= createRegistry(deps, counts))).metrics(),
  };
}

async function createRegistry(deps: CoreMetricsDeps, counts: Counts): Promise<Registry> {
  const { Counter, Gauge, Registry } = await import('prom-client');
  const registry = new Registry();
  const registers = [registry];
  const prom = { Counter, Gauge };
  // Registered in the order /metrics lists them.
  registerDetectionGauge(prom, registers, deps);
  registerCounters(prom, registers, counts);
  registerBudgetGauges(prom, registers, deps);
  registerRecordGauges(prom, registers, deps);
  registerTimeAndMemoryGauges(prom, registers, deps);
  return registry;
}

type Registers = Registry[];
/** prom-client's metric classes, loaded with it. */
interface Prom {
  Counter: typeof CounterType;
  Gauge: typeof Gauge;
}

/** What the core reported as it happened: check and record outcomes, address changes. */
function registerCounters({ Counter, Gauge }: Prom, registers: Registers, counts: Counts): void {
  const replay = (metric: Gauge | CounterType, label: string, map: Map<string, number>) => {
    metric.reset();
    for (const [value, n] of map)
      if (metric instanceof Gauge) metric.set({ [label]: value }, n);
      else metric.inc({ [label]: value }, n);
  };
  new Gauge({
    name: 'dnstray_detection_last_change_timestamp_seconds',
    help: 'When the public address of the family last changed (Unix time).',
    labelNames: ['family'],
    registers,
    collect() {
      replay(this, 'family', counts.lastChange);
    },
  });
  new Counter({
    name: 'dnstray_checks_total',
    help: 'Finished checks of the public address, by outcome (ok, failed).',
    labelNames: ['outcome'],
    registers,
    collect() {
      replay(this, 'outcome', counts.checks);
    },
  });
  new Counter({
    name: 'dnstray_requests_total',
    help: 'freedns.io update requests sent, by outcome (updated, rejected, failed).',
    labelNames: ['outcome'],
    registers,
    collect() {
      replay(this, 'outcome', counts.requests);
    },
  });
  new Counter({
    name: 'dnstray_updates_total',
    help: 'Changes of a record outcome, by outcome (updated, unchanged, deferred, rejected, failed).',
    labelNames: ['outcome'],
    registers,
    collect() {
      replay(this, 'outcome', counts.updates);
    },
  });
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

function registerDetectionGauge(
  { Gauge }: Prom,
  registers: Registers,
  deps: CoreMetricsDeps,
): void {
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

function registerBudgetGauges({ Gauge }: Prom, registers: Registers, deps: CoreMetricsDeps): void {
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

function registerRecordGauges({ Gauge }: Prom, registers: Registers, deps: CoreMetricsDeps): void {
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
function registerTimeAndMemoryGauges(
  { Gauge }: Prom,
  registers: Registers,
  deps: CoreMetricsDeps,
): void {
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
