import type { Dispatcher } from 'undici';
import type { ProbeResult } from '../../../shared/contract/domain-channels.js';
import { FreenomClient } from '../freenom/freenom-client.js';
import { probeFreenomAccess } from '../freenom/freenom-probe.js';
import type { Clock } from '../ports.js';
import {
  detailsFrom,
  domainType,
  enabledFlag,
  isoDate,
  orderResult,
  outcomeOf,
  prices,
  unwrap,
} from './client-mapping.js';
import type { FreenomConnection, FreenomGateway, OpenGateway } from './freenom-gateway.js';
import {
  createContactGateway,
  createGlueGateway,
  createTransferGateway,
} from './glue-contact-transfer-gateway.js';

/** Opens a gateway over the Freenom client of electron/core/freenom for one account. */
export function clientGatewayOpener(options: {
  clock: Clock;
  dispatcher?: Dispatcher;
}): OpenGateway {
  return (connection: FreenomConnection) => {
    const open = (retry?: { readDelaysMs: number[] }) =>
      new FreenomClient({
        credentials: { email: connection.email, password: connection.password },
        baseUrl: connection.baseUrl,
        testMode: connection.testMode,
        clock: options.clock,
        ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
        ...(retry ? { retry } : {}),
      });
    // The probe answers a person waiting on "Connect and check": one try, no backoff.
    return createClientGateway(open(), open({ readDelaysMs: [] }));
  };
}

export function createClientGateway(
  client: FreenomClient,
  probeClient: FreenomClient = client,
): FreenomGateway {
  return {
    probe: async (): Promise<ProbeResult> => {
      const access = await probeFreenomAccess(probeClient);
      return {
        reachable: access.kind !== 'unreachable',
        canUseApi: access.kind === 'usable',
        message: access.message,
      };
    },
    search: async (domain, type) => {
      const answer = unwrap(await client.searchDomain({ domainname: domain, domaintype: type }));
      const item = answer.domain[0];
      return {
        domain: (item?.domainname ?? domain).toLowerCase(),
        type: domainType(item?.domaintype, type),
        available: item?.status?.toUpperCase() === 'AVAILABLE',
        prices: prices(item?.pricing ?? []),
      };
    },
    register: async (o) => {
      const answer = unwrap(
        await client.registerDomain({
          domainname: o.domain,
          domaintype: o.type,
          period: o.period,
          ...targetAndContacts(o),
          idshield: o.idShield ? 'enabled' : undefined,
          autorenew: enabledFlag(o.autoRenew),
        }),
      );
      return orderResult(answer, o.domain, o.type);
    },
    renew: async (domain, period) =>
      orderResult(unwrap(await client.renewDomain({ domainname: domain, period })), domain, 'FREE'),
    ...createReadGateway(client),
    ...createChangeGateway(client),
    ...createGlueGateway(client),
    ...createContactGateway(client),
    ...createTransferGateway(client),
  };
}

/** The account's domains a page at a time, and one domain's details. */
function createReadGateway(client: FreenomClient): Pick<FreenomGateway, 'listPage' | 'getInfo'> {
  return {
    listPage: async (page, perPage) => {
      const answer = unwrap(await client.listDomains({ pagenr: page, results_per_page: perPage }));
      const total = Number(/^(\d+)/.exec(answer.result ?? '')?.[1] ?? answer.domain.length);
      return {
        total,
        domains: answer.domain.map((d) => ({
          domain: d.domainname.toLowerCase(),
          type: domainType(d.domaintype, 'FREE'),
          status: d.status?.toUpperCase() ?? 'UNKNOWN',
          registrationDate: isoDate(d.registrationdate),
          expirationDate: isoDate(d.expirationdate),
          autoRenew: d.autorenew === undefined ? null : d.autorenew.toLowerCase() === 'enabled',
        })),
      };
    },
    getInfo: async (domain) => {
      const info = unwrap(await client.getDomainInfo({ domainname: domain })).domain[0];
      if (!info) throw new Error(`Freenom returned no details for ${domain}.`);
      return detailsFrom(info, domain);
    },
  };
}

/** The changes of a domain that answer `{domainname, status}`: modify, delete, restore, upgrade. */
function createChangeGateway(
  client: FreenomClient,
): Pick<FreenomGateway, 'modify' | 'deleteDomain' | 'restore' | 'upgrade'> {
  return {
    modify: async (o) =>
      outcomeOf(
        unwrap(
          await client.modifyDomain({
            domainname: o.domain,
            ...targetAndContacts(o),
            idshield: enabledFlag(o.idShield),
            autorenew: enabledFlag(o.autoRenew),
          }),
        ),
        o.domain,
      ),
    deleteDomain: async (domain) =>
      outcomeOf(unwrap(await client.deleteDomain({ domainname: domain })), domain),
    restore: async (domain) =>
      outcomeOf(unwrap(await client.restoreDomain({ domainname: domain })), domain),
    upgrade: async (o) =>
      outcomeOf(
        unwrap(
          await client.upgradeDomain({
            domainname: o.domain,
            period: o.period,
            owner_id: o.ownerId,
            admin_id: o.adminId,
            tech_id: o.techId,
            billing_id: o.billingId,
            idshield: o.idShield ? 'enabled' : undefined,
          }),
        ),
        o.domain,
      ),
  };
}

/** Where a domain points and who its contacts are, in Freenom's parameter names. */
function targetAndContacts(o: {
  nameservers?: string[] | undefined;
  forwardUrl?: string | undefined;
  forwardMode?: 'cloak' | '301_redirect' | undefined;
  ownerId?: string | undefined;
  adminId?: string | undefined;
  techId?: string | undefined;
  billingId?: string | undefined;
}) {
  return {
    nameserver: o.nameservers,
    forward_url: o.forwardUrl,
    forward_mode: o.forwardMode,
    owner_id: o.ownerId,
    admin_id: o.adminId,
    tech_id: o.techId,
    billing_id: o.billingId,
  };
}
