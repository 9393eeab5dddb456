import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Clock } from '../../../electron/core/ports.js';
import { EmulatorClock } from '../common/emulator-clock.js';
import {
  readBody,
  sendJson,
  startEmulatorServer,
  type RunningEmulator,
} from '../common/emulator-server.js';
import { sendWithFault, type Fault } from '../common/faults.js';
import { evaluateUpdate } from './evaluate-update.js';
import {
  parseFreednsSeed,
  renderMessage,
  type FreednsSeed,
  type MessageKey,
} from './freedns-seed.js';
import { FreednsStore, type FreednsState } from './freedns-store.js';
import { startNameservers, type RunningNameserver } from './dns-server.js';
import { DnsControlSchema, DnsZone } from './dns-zone.js';

export { DEFAULT_FREEDNS_SEED, DEFAULT_MESSAGES, FreednsSeedSchema } from './freedns-seed.js';
export type { FreednsSeed } from './freedns-seed.js';
export type { FreednsState } from './freedns-store.js';

export interface FreednsEmulator extends RunningEmulator {
  /** Same data as GET /_emulator/state, for in-process tests. */
  state(): FreednsState;
  /** Updates used today (UTC) by `label` of `username`. */
  updatesToday(username: string, label: string): number;
  /** The nameservers of the freedns.io zone, when started with `dns`. */
  dns: EmulatorDns | null;
}

export interface EmulatorDns {
  servers: RunningNameserver[];
  /** "127.0.0.1:P" per server: what `engine.verify.nameservers` takes. */
  nameservers: string[];
  zone: DnsZone;
}

/**
 * A faithful local freedns.io: form POST and router GET on /request, free and Premium tiers,
 * per-address hourly request limit, per-host daily update quota, 401 + plain text on failure.
 * `clock` may be a plain Clock (e.g. a FakeClock) that the emulator's clock builds on.
 */
export async function startFreednsEmulator(options: {
  port: number;
  seed?: unknown;
  clock?: Clock;
  /** Also serve the zone over DNS: `servers` nameservers (1 by default), each UDP + TCP. */
  dns?: { servers?: number; ports?: number[] };
}): Promise<FreednsEmulator> {
  const seed = parseFreednsSeed(options.seed);
  const clock =
    options.clock instanceof EmulatorClock ? options.clock : new EmulatorClock(options.clock);
  const store = new FreednsStore(seed, clock);
  const zone = options.dns ? new DnsZone(store, clock, options.dns.servers ?? 1) : null;
  const nameservers = zone ? await startNameservers(zone, options.dns?.ports ?? []) : null;
  const running = await startEmulatorServer(options.port, clock, () => ({
    handle: (request, response, fault) =>
      handleRequest(seed, store, request, response, fault, (label) => zone?.changed(label)),
    state: () => store.snapshot(),
    reset: () => {
      store.reset();
      zone?.reset();
    },
    control: async (route, body, response) => {
      if (route !== 'dns' || !zone) return false;
      const parsed = DnsControlSchema.safeParse(body);
      if (!parsed.success) {
        sendJson(response, 400, { error: parsed.error.issues.map((i) => i.message).join('; ') });
        return true;
      }
      try {
        zone.control(parsed.data);
      } catch (error) {
        sendJson(response, 400, { error: error instanceof Error ? error.message : String(error) });
        return true;
      }
      sendJson(response, 200, zone.describe());
      return true;
    },
  }));
  const dns: EmulatorDns | null =
    zone && nameservers
      ? {
          servers: nameservers.servers,
          nameservers: nameservers.servers.map((server) => `${server.host}:${server.port}`),
          zone,
        }
      : null;
  return {
    ...running,
    dns,
    close: async () => {
      await Promise.all([running.close(), nameservers?.close()]);
    },
    state: () => store.snapshot(),
    updatesToday: (username, label) => store.updatesToday(username, label),
  };
}

interface Answer {
  status: 200 | 401;
  outcome: MessageKey;
  message: string;
}

async function handleRequest(
  seed: FreednsSeed,
  store: FreednsStore,
  request: IncomingMessage,
  response: ServerResponse,
  fault: Fault | null,
  changed: (label: string) => void,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const method = request.method === 'GET' || request.method === 'POST' ? request.method : null;
  if (url.pathname !== '/request' || !method) {
    const status = url.pathname !== '/request' ? 404 : 405;
    sendWithFault(response, fault, status, 'text/plain; charset=utf-8', 'Not found.\n');
    return;
  }
  const params =
    method === 'GET' ? url.searchParams : new URLSearchParams(await readBody(request, 64 * 1024));
  const clientAddress = callerAddress(seed, request);
  const answer = answerUpdate(seed, store, method, params, clientAddress);
  if (answer.status === 200 && answer.outcome !== 'unchanged')
    changed((params.get('host') ?? '').toLowerCase());
  store.record({
    clientAddress,
    method,
    params: redactedParams(params),
    status: answer.status,
    outcome: answer.outcome,
    message: answer.message,
  });
  if (seed.messageInReasonPhrase)
    response.statusMessage = answer.message.replace(/[^\x20-\x7e]/g, '?');
  sendWithFault(response, fault, answer.status, 'text/plain; charset=utf-8', answer.message);
}

function answerUpdate(
  seed: FreednsSeed,
  store: FreednsStore,
  method: 'GET' | 'POST',
  params: URLSearchParams,
  clientAddress: string,
): Answer {
  const reply = (
    status: 200 | 401,
    outcome: MessageKey,
    vars: Record<string, string | number>,
  ) => ({
    status,
    outcome,
    message: renderMessage(seed, outcome, vars),
  });
  if (!store.admitRequest(clientAddress))
    return reply(401, 'rateLimited', { limit: seed.limits.requestsPerHour });
  for (const name of ['username', 'password', 'host'] as const)
    if (!params.get(name)) return reply(401, 'missingParameter', { name });
  const account = store.accounts.get(params.get('username')!);
  if (!account || account.password !== params.get('password'))
    return reply(401, 'badCredentials', {});
  const host = params.get('host')!;
  const label = host.toLowerCase();
  const records = account.hosts.get(label);
  if (!records) return reply(401, 'unknownHost', { host });
  const verdict = evaluateUpdate({ params, method, clientAddress, account, label, records }, seed);
  if (verdict.kind === 'fail') return reply(401, verdict.key, verdict.vars);
  if (verdict.kind === 'noop') return reply(200, 'unchanged', verdict.vars);
  const limit = store.dailyLimit(account.tier);
  if (store.updatesToday(account.username, label) >= limit)
    return reply(401, 'quotaUsed', { ...verdict.vars, limit });
  verdict.apply(records);
  store.countUpdate(account.username, label);
  return reply(200, verdict.key, verdict.vars);
}

function redactedParams(params: URLSearchParams): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const [name, value] of params) shown[name] = name === 'password' ? '***' : value;
  return shown;
}

function callerAddress(seed: FreednsSeed, request: IncomingMessage): string {
  const header = seed.clientAddressHeader ? request.headers[seed.clientAddressHeader] : undefined;
  const claimed = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim();
  return (claimed || request.socket.remoteAddress || '').replace(/^::ffff:/, '');
}
