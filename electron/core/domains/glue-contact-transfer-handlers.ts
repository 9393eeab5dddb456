import type { RunRecordedChange } from './run-recorded-change.js';
import type { DomainChannel, DomainHandlers } from './domain-handlers.js';
import type { FreenomGateway } from './freenom-gateway.js';

type GlueContactTransferChannel = Extract<
  DomainChannel,
  `glue:${string}` | `contacts:${string}` | `transfers:${string}`
>;

interface GlueContactTransferDeps {
  gateway: () => Promise<FreenomGateway>;
  runRecorded: RunRecordedChange;
}

/** Glue records, contacts and transfers: thin calls; changes go through `runRecorded`. */
export function createGlueContactTransferHandlers({
  gateway: gw,
  runRecorded,
}: GlueContactTransferDeps): Pick<DomainHandlers, GlueContactTransferChannel> {
  return {
    'glue:list': async ({ domain }) => ({ records: await (await gw()).listGlue(domain) }),
    'glue:register': async ({ domain, hostname, ipAddress }) =>
      runRecorded('glue', domain, async () =>
        (await gw()).registerGlue(domain, hostname, ipAddress),
      ),
    'glue:delete': async ({ domain, hostname }) =>
      runRecorded('glue', domain, async () => (await gw()).deleteGlue(domain, hostname)),
    'contacts:list': async () => ({ contacts: await (await gw()).listContacts() }),
    'contacts:get': async ({ ids }) => ({ contacts: await (await gw()).getContacts(ids) }),
    'contacts:register': async (contact) =>
      runRecorded(
        'contacts',
        '',
        async () => (await gw()).registerContact(contact),
        `contact ${contact.id ?? `${contact.firstName} ${contact.lastName}`}`,
      ),
    'contacts:delete': async ({ id }) =>
      runRecorded('contacts', '', async () => (await gw()).deleteContact(id), `contact ${id}`),
    'transfers:price': async ({ domain, authCode }) => (await gw()).transferPrice(domain, authCode),
    'transfers:request': async (order) =>
      runRecorded('transfer', order.domain, async () => (await gw()).requestTransfer(order)),
    'transfers:approve': async ({ domain }) =>
      runRecorded('transfer', domain, async () => (await gw()).approveTransfer(domain)),
    'transfers:decline': async ({ domain, reason }) =>
      runRecorded('transfer', domain, async () => (await gw()).declineTransfer(domain, reason)),
    'transfers:list': async () => ({ transfers: await (await gw()).listTransfers() }),
  };
}
