import type { Dispatcher } from 'undici';
import { z } from '../../../shared/validators/z.js';
import { systemClock, type Clock } from '../ports.js';
import {
  FreenomCaller,
  type FreenomCredentials,
  type RereadVerdict,
  type RetryPolicy,
} from './freenom-caller.js';
import type { FreenomResult } from './freenom-errors.js';
import { FREENOM_FUNCTIONS, type FreenomFunctionName } from './freenom-functions.js';
import * as inputs from './freenom-inputs.js';
import { createRereads } from './freenom-rereads.js';
import type { FreenomDomainRow } from './freenom-schemas.js';
import type { FreenomFormat } from './freenom-transport.js';

export const DEFAULT_FREENOM_BASE_URL = 'https://api.freenom.com/v2';

export interface FreenomClientOptions {
  credentials: FreenomCredentials;
  /** Default https://api.freenom.com/v2; a setting (docs/freenom.md#service-status). */
  baseUrl?: string;
  format?: FreenomFormat;
  /** Adds test_mode=1 to every change: Freenom runs it and rolls it back. */
  testMode?: boolean;
  /** Send PUT/DELETE functions as POST with a `method` parameter (docs/freenom.md#verbs). */
  tunnelVerbs?: boolean;
  dispatcher?: Dispatcher;
  clock?: Clock;
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
}

type Answer<N extends FreenomFunctionName> = z.output<(typeof FREENOM_FUNCTIONS)[N]['schema']>;
type Reply<N extends FreenomFunctionName> = Promise<FreenomResult<Answer<N>>>;

/**
 * One method per Freenom API v2 function. Inputs use Freenom's parameter names and are checked
 * first; every method resolves (never rejects) to a typed answer or a typed FreenomError.
 */
export class FreenomClient {
  readonly #caller: FreenomCaller;
  readonly #rereads = createRereads(this);

  constructor(options: FreenomClientOptions) {
    this.#caller = new FreenomCaller(
      {
        baseUrl: options.baseUrl ?? DEFAULT_FREENOM_BASE_URL,
        format: options.format ?? 'json',
        dispatcher: options.dispatcher,
        clock: options.clock ?? systemClock,
        timeoutMs: options.timeoutMs ?? 20_000,
      },
      options.credentials,
      options.testMode ?? false,
      { readDelaysMs: [1_000, 4_000], resendWindowMs: 25_000, ...options.retry },
      options.tunnelVerbs ?? false,
    );
  }

  async #run<N extends FreenomFunctionName>(
    name: N,
    schema: z.ZodMiniType<Record<string, unknown>>,
    input: unknown,
    reread?: (params: Record<string, unknown>) => Promise<RereadVerdict>,
  ): Reply<N> {
    const parsed = schema.safeParse(input ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') || 'input';
      return {
        ok: false,
        error: {
          kind: 'invalid-input',
          field,
          message: `${field}: ${issue?.message ?? 'invalid'}`,
        },
      };
    }
    const spec = FREENOM_FUNCTIONS[name] as unknown as Parameters<FreenomCaller['call']>[0];
    const params = parsed.data;
    return this.#caller.call(spec, params, reread && (() => reread(params))) as Reply<N>;
  }

  ping(): Reply<'ping'> {
    return this.#run('ping', z.object({}), {});
  }
  searchDomain(input: inputs.SearchInput): Reply<'searchDomain'> {
    return this.#run('searchDomain', inputs.SearchInputSchema, input);
  }
  registerDomain(input: inputs.RegisterInput): Reply<'registerDomain'> {
    return this.#run('registerDomain', inputs.RegisterInputSchema, input);
  }
  renewDomain(input: inputs.RenewInput): Reply<'renewDomain'> {
    return this.#run('renewDomain', inputs.RenewInputSchema, input);
  }
  getDomainInfo(input: inputs.DomainInput): Reply<'getDomainInfo'> {
    return this.#run('getDomainInfo', inputs.DomainInputSchema, input);
  }
  modifyDomain(input: inputs.ModifyInput): Reply<'modifyDomain'> {
    return this.#run('modifyDomain', inputs.ModifyInputSchema, input, this.#rereads.modifyDomain);
  }
  deleteDomain(input: inputs.DomainInput): Reply<'deleteDomain'> {
    return this.#run('deleteDomain', inputs.DomainInputSchema, input, this.#rereads.deleteDomain);
  }
  restoreDomain(input: inputs.DomainInput): Reply<'restoreDomain'> {
    return this.#run('restoreDomain', inputs.DomainInputSchema, input);
  }
  upgradeDomain(input: inputs.UpgradeInput): Reply<'upgradeDomain'> {
    return this.#run('upgradeDomain', inputs.UpgradeInputSchema, input);
  }
  listDomains(input: inputs.ListInput = {}): Reply<'listDomains'> {
    return this.#run('listDomains', inputs.ListInputSchema, input);
  }
  registerNameserver(input: inputs.GlueInput): Reply<'registerNameserver'> {
    return this.#run(
      'registerNameserver',
      inputs.GlueInputSchema,
      input,
      this.#rereads.registerNameserver,
    );
  }
  deleteNameserver(input: inputs.GlueDeleteInput): Reply<'deleteNameserver'> {
    return this.#run(
      'deleteNameserver',
      inputs.GlueDeleteInputSchema,
      input,
      this.#rereads.deleteNameserver,
    );
  }
  listNameservers(input: inputs.DomainInput): Reply<'listNameservers'> {
    return this.#run('listNameservers', inputs.DomainInputSchema, input);
  }
  registerContact(input: inputs.ContactInput): Reply<'registerContact'> {
    return this.#run(
      'registerContact',
      inputs.ContactInputSchema,
      input,
      this.#rereads.registerContact,
    );
  }
  deleteContact(input: inputs.ContactIdInput): Reply<'deleteContact'> {
    return this.#run(
      'deleteContact',
      inputs.ContactIdInputSchema,
      input,
      this.#rereads.deleteContact,
    );
  }
  getContactInfo(input: inputs.ContactIdsInput): Reply<'getContactInfo'> {
    return this.#run('getContactInfo', inputs.ContactIdsInputSchema, input);
  }
  listContacts(input: inputs.ContactFilterInput = {}): Reply<'listContacts'> {
    return this.#run('listContacts', inputs.ContactFilterInputSchema, input);
  }
  getTransferPrice(input: inputs.TransferPriceInput): Reply<'getTransferPrice'> {
    return this.#run('getTransferPrice', inputs.TransferPriceInputSchema, input);
  }
  requestTransfer(input: inputs.TransferRequestInput): Reply<'requestTransfer'> {
    return this.#run('requestTransfer', inputs.TransferRequestInputSchema, input);
  }
  approveTransfer(input: inputs.DomainInput): Reply<'approveTransfer'> {
    return this.#run('approveTransfer', inputs.DomainInputSchema, input);
  }
  declineTransfer(input: inputs.DeclineInput): Reply<'declineTransfer'> {
    return this.#run('declineTransfer', inputs.DeclineInputSchema, input);
  }
  listTransfers(): Reply<'listTransfers'> {
    return this.#run('listTransfers', z.object({}), {});
  }

  /**
   * Every domain of the account, page by page. Whether `<n> DOMAINS FOUND` counts the account
   * or the page is unknown (docs/freenom.md#listing-domains), so paging stops at a short page,
   * or at a repeated page in case the server ignores `pagenr`.
   */
  async listAllDomains(pageSize = 100): Promise<FreenomResult<FreenomDomainRow[]>> {
    const all: FreenomDomainRow[] = [];
    let previousFirst: string | undefined;
    for (let page = 1; page <= 1000; page += 1) {
      const reply = await this.listDomains({ pagenr: page, results_per_page: pageSize });
      if (!reply.ok) return reply;
      const items = reply.value.domain;
      if (items.length > 0 && items[0]!.domainname === previousFirst) break;
      all.push(...items);
      if (items.length < pageSize) break;
      previousFirst = items[0]?.domainname;
    }
    return { ok: true, value: all };
  }
}
