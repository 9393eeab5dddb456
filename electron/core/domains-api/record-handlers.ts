import type { DomainChannel, DomainHandlers } from './domain-handlers.js';
import type { FreenomGateway } from './freenom-gateway.js';

type RecordChannel = Extract<
  DomainChannel,
  `glue:${string}` | `contacts:${string}` | `transfers:${string}`
>;
type ChangeReason = 'glue' | 'contacts' | 'transfers';

interface RecordHandlerDeps {
  gateway: () => Promise<FreenomGateway>;
  changed: (reason: ChangeReason, domain?: string) => void;
}

/** Glue records, contacts and transfers: thin calls, then tell the windows what changed. */
export function createRecordHandlers({
  gateway: gw,
  changed,
}: RecordHandlerDeps): Pick<DomainHandlers, RecordChannel> {
  return {
    'glue:list': async ({ domain }) => ({ records: await (await gw()).listGlue(domain) }),
    'glue:register': async ({ domain, hostname, ipAddress }) => {
      const result = await (await gw()).registerGlue(domain, hostname, ipAddress);
      changed('glue', domain);
      return result;
    },
    'glue:delete': async ({ domain, hostname }) => {
      const result = await (await gw()).deleteGlue(domain, hostname);
      changed('glue', domain);
      return result;
    },
    'contacts:list': async () => ({ contacts: await (await gw()).listContacts() }),
    'contacts:get': async ({ ids }) => ({ contacts: await (await gw()).getContacts(ids) }),
    'contacts:register': async (contact) => {
      const result = await (await gw()).registerContact(contact);
      changed('contacts');
      return result;
    },
    'contacts:delete': async ({ id }) => {
      const result = await (await gw()).deleteContact(id);
      changed('contacts');
      return result;
    },
    'transfers:price': async ({ domain, authCode }) => (await gw()).transferPrice(domain, authCode),
    'transfers:request': async (order) => {
      const result = await (await gw()).requestTransfer(order);
      changed('transfers', order.domain);
      return result;
    },
    'transfers:approve': async ({ domain }) => {
      const result = await (await gw()).approveTransfer(domain);
      changed('transfers', domain);
      return result;
    },
    'transfers:decline': async ({ domain, reason }) => {
      const result = await (await gw()).declineTransfer(domain, reason);
      changed('transfers', domain);
      return result;
    },
    'transfers:list': async () => ({ transfers: await (await gw()).listTransfers() }),
  };
}
