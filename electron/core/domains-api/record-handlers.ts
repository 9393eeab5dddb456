import type { Act } from './domain-activity.js';
import type { DomainChannel, DomainHandlers } from './domain-handlers.js';
import type { FreenomGateway } from './freenom-gateway.js';

type RecordChannel = Extract<
  DomainChannel,
  `glue:${string}` | `contacts:${string}` | `transfers:${string}`
>;

interface RecordHandlerDeps {
  gateway: () => Promise<FreenomGateway>;
  act: Act;
}

/** Glue records, contacts and transfers: thin calls; changes go through `act`. */
export function createRecordHandlers({
  gateway: gw,
  act,
}: RecordHandlerDeps): Pick<DomainHandlers, RecordChannel> {
  return {
    'glue:list': async ({ domain }) => ({ records: await (await gw()).listGlue(domain) }),
    'glue:register': async ({ domain, hostname, ipAddress }) =>
      act('glue', domain, async () => (await gw()).registerGlue(domain, hostname, ipAddress)),
    'glue:delete': async ({ domain, hostname }) =>
      act('glue', domain, async () => (await gw()).deleteGlue(domain, hostname)),
    'contacts:list': async () => ({ contacts: await (await gw()).listContacts() }),
    'contacts:get': async ({ ids }) => ({ contacts: await (await gw()).getContacts(ids) }),
    'contacts:register': async (contact) =>
      act(
        'contacts',
        '',
        async () => (await gw()).registerContact(contact),
        `contact ${contact.id ?? `${contact.firstName} ${contact.lastName}`}`,
      ),
    'contacts:delete': async ({ id }) =>
      act('contacts', '', async () => (await gw()).deleteContact(id), `contact ${id}`),
    'transfers:price': async ({ domain, authCode }) => (await gw()).transferPrice(domain, authCode),
    'transfers:request': async (order) =>
      act('transfer', order.domain, async () => (await gw()).requestTransfer(order)),
    'transfers:approve': async ({ domain }) =>
      act('transfer', domain, async () => (await gw()).approveTransfer(domain)),
    'transfers:decline': async ({ domain, reason }) =>
      act('transfer', domain, async () => (await gw()).declineTransfer(domain, reason)),
    'transfers:list': async () => ({ transfers: await (await gw()).listTransfers() }),
  };
}
