import { assertNever } from '../../../shared/lang/assert-never.js';
import type { Dispatcher } from 'undici';
import { sendHttpRequest, type HttpOutcome } from '../http/send-http-request.js';
import { redactText } from '../outbound-redaction.js';
import type { Clock } from '../ports.js';
import { buildUpdateParams, echoedValues, type FreednsOperation } from './freedns-operation.js';
import {
  classifyRejection,
  readsAsNoChange,
  type FreednsInvalid,
  type FreednsResult,
  type FreednsTransient,
} from './freedns-result.js';

export const DEFAULT_FREEDNS_ENDPOINT = 'https://freedns.io/request';
export const DEFAULT_FREEDNS_TIMEOUT_MS = 15_000;

export interface FreednsClientOptions {
  /** The update URL; a setting, as the service may close (docs/freedns-io.md#service-status). */
  endpoint?: string;
  username: string;
  /** The password, or a function that fetches it from the secret store for each request. */
  password: string | (() => string | Promise<string>);
  dispatcher?: Dispatcher;
  timeoutMs?: number;
  clock?: Clock;
  /**
   * Send address updates in the router form (GET with `myip`) instead of the form POST.
   * Off by default: the GET form puts the password in the URL.
   */
  routerForm?: boolean;
}

/** One method per freedns.io operation; none throws, each ends in a FreednsResult. */
export interface FreednsClient {
  /** Sets A or AAAA to `value`, or to the address the request comes from when it is left out. */
  setAddress(host: string, type: 'A' | 'AAAA', value?: string): Promise<FreednsResult>;
  setCname(host: string, target: string): Promise<FreednsResult>;
  /** `text` is sent as is: freedns.io adds the double quotes. */
  setTxt(host: string, text: string): Promise<FreednsResult>;
  addMx(host: string, target: string, preference?: number): Promise<FreednsResult>;
  /** Overwrites the MX entry pointing at `oldTarget`; its preference stays unless given. */
  replaceMx(
    host: string,
    oldTarget: string,
    target: string,
    preference?: number,
  ): Promise<FreednsResult>;
  deleteMx(host: string, target: string): Promise<FreednsResult>;
  deleteRecord(host: string, type: 'A' | 'AAAA' | 'CNAME' | 'TXT'): Promise<FreednsResult>;
  /** The same, for callers that hold the operation as data (the sync engine's plan). */
  perform(operation: FreednsOperation): Promise<FreednsResult>;
}

export function createFreednsClient(options: FreednsClientOptions): FreednsClient {
  const endpoint = options.endpoint ?? DEFAULT_FREEDNS_ENDPOINT;
  const getPassword =
    typeof options.password === 'function' ? options.password : () => options.password as string;

  async function perform(operation: FreednsOperation): Promise<FreednsResult> {
    const built = buildUpdateParams(operation);
    if ('kind' in built) return built;
    if (options.username.trim() === '')
      return { kind: 'invalid', field: 'username', message: 'Enter the freedns.io user name.' };
    const password = await readPassword();
    if (typeof password !== 'string') return password;
    const params = new URLSearchParams([
      ['username', options.username],
      ['password', password],
      ...built.params,
    ]);
    const asRouter = options.routerForm === true && operation.op === 'set-address';
    const outcome = await sendHttpRequest({
      ...(asRouter ? routerRequest(endpoint, params) : formRequest(endpoint, params)),
      dispatcher: options.dispatcher,
      timeoutMs: options.timeoutMs ?? DEFAULT_FREEDNS_TIMEOUT_MS,
      clock: options.clock,
    });
    return redactResult(interpret(outcome, echoedValues(built.params)), password);
  }

  async function readPassword(): Promise<string | FreednsInvalid> {
    const refuse = (message: string): FreednsInvalid => ({
      kind: 'invalid',
      field: 'password',
      message,
    });
    try {
      const password = await getPassword();
      return password === '' ? refuse('Enter the freedns.io password.') : password;
    } catch {
      // The secret store's error is not repeated: it could quote what it holds.
      return refuse('The freedns.io password could not be read from the secret store.');
    }
  }

  return {
    setAddress: (host, type, value) =>
      perform({ op: 'set-address', host, type, ...(value === undefined ? {} : { value }) }),
    setCname: (host, target) => perform({ op: 'set-cname', host, target }),
    setTxt: (host, text) => perform({ op: 'set-txt', host, text }),
    addMx: (host, target, preference) => perform({ op: 'add-mx', host, target, preference }),
    replaceMx: (host, oldTarget, target, preference) =>
      perform({ op: 'replace-mx', host, oldTarget, target, preference }),
    deleteMx: (host, target) => perform({ op: 'delete-mx', host, target }),
    deleteRecord: (host, type) => perform({ op: 'delete-record', host, type }),
    perform,
  };
}

function formRequest(endpoint: string, params: URLSearchParams) {
  return {
    url: endpoint,
    method: 'POST' as const,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: params.toString(),
  };
}

function routerRequest(endpoint: string, params: URLSearchParams) {
  const url = new URL(endpoint);
  const value = params.get('value');
  for (const [name, text] of params) if (name !== 'value') url.searchParams.set(name, text);
  if (value !== null) url.searchParams.set('myip', value);
  return { url, method: 'GET' as const };
}

/** 200 is success, 401 a rejection with the server's words, anything else a passing trouble. */
export function interpret(outcome: HttpOutcome, echoed: string[] = []): FreednsResult {
  if (outcome.kind === 'failure') {
    const reason = outcome.reason === 'body-too-large' ? 'unreadable-body' : outcome.reason;
    return { kind: 'transient', reason, detail: TRANSIENT_TEXT[reason] + ` (${outcome.detail})` };
  }
  const { status } = outcome;
  const message = outcome.body.trim() || outcome.statusText.trim();
  if (status >= 500)
    return {
      kind: 'transient',
      reason: 'http-5xx',
      status,
      detail: `freedns.io answered ${status}.`,
    };
  if (status !== 200 && status !== 401) {
    const detail = `freedns.io answered with the unexpected status ${status}.`;
    return { kind: 'transient', reason: 'unexpected-status', status, detail };
  }
  if (!isTextual(outcome.contentType)) {
    const detail = `freedns.io answered with ${outcome.contentType} instead of a text message.`;
    return { kind: 'transient', reason: 'unexpected-content-type', status, detail };
  }
  if (status === 200) return { kind: 'accepted', message, noChange: readsAsNoChange(message) };
  return {
    kind: 'rejected',
    reason: classifyRejection(message, echoed),
    // A refusal with neither body nor reason phrase still needs words the user can read.
    serverMessage: message || `(freedns.io gave no message; HTTP ${status})`,
    status,
  };
}

const TRANSIENT_TEXT: Record<
  Exclude<FreednsTransient['reason'], 'http-5xx' | 'unexpected-status' | 'unexpected-content-type'>,
  string
> = {
  timeout: 'freedns.io did not answer in time.',
  reset: 'The connection to freedns.io was reset.',
  network: 'freedns.io could not be reached.',
  'unreadable-body': 'The answer from freedns.io could not be read.',
  aborted: 'The request to freedns.io was cancelled.',
};

/** The reply's content type is not public, so anything textual (or none) is taken. */
function isTextual(contentType: string | null): boolean {
  if (contentType === null) return true;
  return /^\s*(text\/|application\/(json|xml|x-www-form-urlencoded))/i.test(contentType);
}

/** Takes the password out of every text a result carries, whatever put it there. */
function redactResult(result: FreednsResult, password: string): FreednsResult {
  // Every encoding a server may echo it in (percent, form, JSON, XML/HTML), as at the boundary.
  const clean = (text: string) => redactText(text, [password], '***');
  switch (result.kind) {
    case 'accepted':
      return { ...result, message: clean(result.message) };
    case 'rejected':
      return { ...result, serverMessage: clean(result.serverMessage) };
    case 'transient':
      return { ...result, detail: clean(result.detail) };
    case 'invalid':
      return result;
    default:
      return assertNever(result);
  }
}
