import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorClock } from '../common/emulator-clock.js';
import { readBody, type EmulatorHandlers } from '../common/emulator-server.js';
import { sendWithFault, type Fault } from '../common/faults.js';
import { ApiFailure, message, type Body, type CallContext } from './call-context.js';
import { FUNCTIONS, acceptsVerb, type FreenomFunction } from './function-table.js';
import { Params } from './params.js';
import { contentType, renderBody, type OutputFormat } from './render.js';
import type { FreenomSeed } from './seed.js';
import { describeData } from './state-view.js';
import { loadData, type Account, type EmulatorData } from './state.js';

interface Answer {
  ok: boolean;
  body: Body;
}

interface LogEntry {
  at: string;
  httpVerb: string;
  verb: string;
  path: string;
  replayed: boolean;
  testMode: boolean;
}

/** Routing, auth, idempotency and test_mode around the function table. */
export function createFreenomHandlers(seed: FreenomSeed, clock: EmulatorClock): EmulatorHandlers {
  const config = seed.config;
  let data: EmulatorData = loadData(seed, clock.now());
  let replies = new Map<string, { at: number; answer: Answer }>();
  let executions: Record<string, number> = {};
  let log: LogEntry[] = [];

  const current = (): EmulatorData => data;
  const error = (text: string): Answer => ({ ok: false, body: { error: text, status: 'error' } });

  function authenticate(fn: FreenomFunction, params: Params): Account | null | Answer {
    if (fn.auth === 'none') return null;
    const email = params.get('email');
    const password = params.get('password');
    if (email === undefined && password === undefined)
      return fn.auth === 'optional' ? null : error(message(config, 'anonymous'));
    const found = current().accounts.find(
      (a) => a.email === email?.toLowerCase() && a.password === password && a.reseller,
    );
    return found ?? error(message(config, 'credentials'));
  }

  function execute(path: string, fn: FreenomFunction, params: Params, acct: Account | null) {
    const testMode = params.get('test_mode') === '1';
    const before = current();
    const working = testMode ? structuredClone(before) : before;
    const account = acct && working.accounts.find((a) => a.email === acct.email)!;
    const ctx: CallContext = {
      params,
      account,
      data: working,
      now: clock.now(),
      config,
      prices: seed.prices,
    };
    try {
      const body = fn.run(ctx);
      if (!testMode) executions[path] = (executions[path] ?? 0) + 1;
      return { ok: true, body: { ...body, status: 'OK' } };
    } catch (failure) {
      if (failure instanceof ApiFailure) return error(failure.message);
      throw failure;
    }
  }

  function call(path: string, verb: string, params: Params): Answer & { replayed: boolean } {
    const fn = FUNCTIONS[path];
    if (!fn || !acceptsVerb(path, fn, verb, config.postForAnyWrite))
      return { ...error(message(config, 'unsupported')), replayed: false };
    const acct = authenticate(fn, params);
    if (acct && 'body' in acct) return { ...acct, replayed: false };
    const idempotent = acct !== null && (config.idempotentVerbs as string[]).includes(verb);
    const key = `${acct?.email}\n${path}\n${params.canonical()}`;
    const previous = idempotent ? replies.get(key) : undefined;
    if (previous && clock.now() - previous.at < config.idempotencyWindowMs)
      return { ...previous.answer, replayed: true };
    const answer = execute(path, fn, params, acct);
    if (idempotent && params.get('test_mode') !== '1')
      replies.set(key, { at: clock.now(), answer });
    return { ...answer, replayed: false };
  }

  async function handle(request: IncomingMessage, response: ServerResponse, fault: Fault | null) {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const params = Params.parse(url.searchParams, await readBody(request));
    const match = /^\/v2\/(.+?)(?:\.(xml|json))?$/.exec(url.pathname);
    const format: OutputFormat = match?.[2] === 'xml' ? 'xml' : 'json';
    const httpVerb = request.method ?? 'GET';
    const verb = (params.get('method') ?? httpVerb).toUpperCase();
    const path = match?.[1] ?? url.pathname;
    const answer = call(path, verb, params);
    log.push({
      at: new Date(clock.now()).toISOString(),
      httpVerb,
      verb,
      path,
      replayed: answer.replayed,
      testMode: params.get('test_mode') === '1',
    });
    if (log.length > 500) log = log.slice(-500);
    const status = answer.ok ? config.okStatus : config.errorStatus;
    sendWithFault(response, fault, status, contentType(format), renderBody(format, answer.body));
  }

  return {
    handle,
    state: () => ({ ...describeData(current()), executions, requests: log }),
    reset() {
      // The shared server sets the clock back to real time right after this call.
      data = loadData(seed, Date.now());
      replies = new Map();
      executions = {};
      log = [];
    },
  };
}
