import { request } from 'undici';
import type { Clock } from '../../../electron/core/ports.js';
import { FreenomClient, type FreenomClientOptions } from '../../../electron/core/freenom/index.js';
import type { RunningEmulator } from '../../emulators/common/emulator-server.js';
import type { Fault } from '../../emulators/common/faults.js';
import { startFreenomEmulator } from '../../emulators/freenom/index.js';

export const DEMO = { email: 'demo@example.com', password: 'demo' };

/** Time that jumps: a pause of N ms moves `now` by N at once and resumes on the next tick. */
export class InstantClock implements Clock {
  constructor(public t = Date.UTC(2026, 5, 1, 12)) {}
  now(): number {
    return this.t;
  }
  setTimeout(callback: () => void, ms: number): unknown {
    this.t += ms;
    return setImmediate(callback);
  }
  clearTimeout(handle: unknown): void {
    clearImmediate(handle as NodeJS.Immediate);
  }
}

export interface EmulatorState {
  accounts: {
    email: string;
    domains: { domainname: string; expirationdate: string; deleted: boolean; domaintype: string }[];
    glue: unknown[];
    contacts: { contact_id: string }[];
    transfers: { domainname: string; status: string }[];
  }[];
  executions: Record<string, number>;
  requests: { verb: string; httpVerb: string; path: string; replayed: boolean }[];
}

export interface Fixture {
  emulator: RunningEmulator;
  base: string;
  client(options?: Partial<FreenomClientOptions>): FreenomClient;
  state(): Promise<EmulatorState>;
  demo(): Promise<EmulatorState['accounts'][number]>;
  fault(fault: Fault, count?: number): Promise<void>;
  reset(): Promise<void>;
  raw(
    method: string,
    path: string,
    params?: Record<string, string | string[]>,
    body?: string,
  ): Promise<{ status: number; type: string; text: string; json: () => Record<string, unknown> }>;
}

export async function startFixture(
  options: { seed?: unknown; clock?: Clock } = {},
): Promise<Fixture> {
  const emulator = await startFreenomEmulator({ port: 0, ...options });
  const base = `${emulator.url}/v2`;
  const control = async (name: string, body: unknown) => {
    const response = await request(`${emulator.url}/_emulator/${name}`, {
      method: 'POST',
      body: JSON.stringify(body),
    });
    await response.body.text();
  };
  const state = async () =>
    (await (await request(`${emulator.url}/_emulator/state`)).body.json()) as EmulatorState;
  return {
    emulator,
    base,
    client: (extra = {}) =>
      new FreenomClient({
        baseUrl: base,
        credentials: DEMO,
        retry: { readDelaysMs: [1, 1], resendWindowMs: 25_000 },
        timeoutMs: 5_000,
        ...extra,
      }),
    state,
    demo: async () => (await state()).accounts.find((a) => a.email === DEMO.email)!,
    fault: (fault, count = 1) => control('faults', { fault, count }),
    reset: () => control('reset', {}),
    async raw(method, path, params = {}, body) {
      const query = new URLSearchParams();
      for (const [key, value] of Object.entries(params))
        for (const v of Array.isArray(value) ? value : [value]) query.append(key, v);
      const response = await request(`${base}/${path}${query.size ? `?${query}` : ''}`, {
        method: method as 'GET',
        ...(body === undefined
          ? {}
          : { body, headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
      });
      const text = await response.body.text();
      return {
        status: response.statusCode,
        type: String(response.headers['content-type'] ?? ''),
        text,
        json: () => JSON.parse(text) as Record<string, unknown>,
      };
    },
  };
}

/** Unwraps a client result, failing the test with the error's message. */
export function value<T>(
  result: { ok: true; value: T } | { ok: false; error: { message: string } },
): T {
  if (!result.ok) throw new Error(`expected success, got: ${result.error.message}`);
  return result.value;
}

export function ymd(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10).replaceAll('-', '');
}

export function addMonthsUtc(ms: number, months: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate());
}
