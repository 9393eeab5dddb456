import type { Transfer } from '../../../shared/contract/domain-schemas.js';
import type { FreenomClient } from '../freenom/freenom-client.js';
import { contactFrom, contactParams, firstStatus, itemOutcome, unwrap } from './client-mapping.js';
import type { FreenomGateway } from './freenom-gateway.js';

type GlueGateway = Pick<FreenomGateway, 'listGlue' | 'registerGlue' | 'deleteGlue'>;
type ContactGateway = Pick<
  FreenomGateway,
  'listContacts' | 'getContacts' | 'registerContact' | 'deleteContact'
>;
type TransferGateway = Pick<
  FreenomGateway,
  'transferPrice' | 'requestTransfer' | 'approveTransfer' | 'declineTransfer' | 'listTransfers'
>;

/** Glue records (nameserver/*) in the window's terms. */
export function createGlueGateway(client: FreenomClient): GlueGateway {
  const outcome = (
    answer: { result?: string; nameserver: { domainname?: string; status?: string }[] },
    domain: string,
  ) => itemOutcome(answer, answer.nameserver[0], domain);
  return {
    listGlue: async (domain) =>
      unwrap(await client.listNameservers({ domainname: domain })).nameserver.map((ns) => ({
        hostname: ns.hostname.toLowerCase(),
        ipAddress: ns.ipaddress ?? '',
      })),
    registerGlue: async (domain, hostname, ipAddress) =>
      outcome(
        unwrap(
          await client.registerNameserver({ domainname: domain, hostname, ipaddress: ipAddress }),
        ),
        domain,
      ),
    deleteGlue: async (domain, hostname) =>
      outcome(unwrap(await client.deleteNameserver({ domainname: domain, hostname })), domain),
  };
}

/** Contacts (contact/*) in the window's terms. */
export function createContactGateway(client: FreenomClient): ContactGateway {
  const outcome = (
    answer: { result?: string; contact: { contact_id: string; status?: string }[] },
    id: string,
  ) => ({
    id: answer.contact[0]?.contact_id ?? id,
    status: firstStatus(answer, answer.contact[0]),
  });
  return {
    listContacts: async () => unwrap(await client.listContacts()).contact.map(contactFrom),
    getContacts: async (ids) =>
      unwrap(await client.getContactInfo({ contact_id: [...ids] })).contact.map(contactFrom),
    registerContact: async (contact) =>
      outcome(unwrap(await client.registerContact(contactParams(contact))), contact.id ?? ''),
    deleteContact: async (id) =>
      outcome(unwrap(await client.deleteContact({ contact_id: id })), id),
  };
}

/** Transfers (domain/transfer/*) in the window's terms. */
export function createTransferGateway(client: FreenomClient): TransferGateway {
  const outcome = (
    answer: { result?: string; transfer: { domainname: string; status?: string }[] },
    domain: string,
  ) => itemOutcome(answer, answer.transfer[0], domain);
  return {
    transferPrice: async (domain, authCode) => {
      const answer = unwrap(
        await client.getTransferPrice({ domainname: domain, authcode: authCode }),
      );
      const item = answer.transfer[0];
      if (!item) throw new Error(`Freenom gave no transfer price for ${domain}.`);
      return {
        domain: item.domainname.toLowerCase(),
        type: item.domaintype ?? '',
        period: item.period ?? '1Y',
        currency: item.currency ?? '',
        retailPrice: item.retailprice ?? '',
        partnerPrice: item.partnerprice ?? '',
      };
    },
    requestTransfer: async (o) =>
      outcome(
        unwrap(
          await client.requestTransfer({
            domainname: o.domain,
            authcode: o.authCode,
            period: o.period,
            owner_id: o.ownerId,
          }),
        ),
        o.domain,
      ),
    approveTransfer: async (domain) =>
      outcome(unwrap(await client.approveTransfer({ domainname: domain })), domain),
    declineTransfer: async (domain, reason) =>
      outcome(unwrap(await client.declineTransfer({ domainname: domain, reason })), domain),
    listTransfers: async () =>
      unwrap(await client.listTransfers()).transfer.map((t): Transfer => ({
        domain: t.domainname.toLowerCase(),
        direction: t.transfertype?.toUpperCase() === 'OUTGOING' ? 'OUTGOING' : 'INCOMING',
        status: t.status?.toUpperCase() ?? 'UNKNOWN',
        newRegistrar: t.newregistrar ?? '',
        lastUpdate: t.lastupdate ?? '',
      })),
  };
}
