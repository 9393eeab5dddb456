import type { z } from '../../../shared/validators/z.js';
import type { ChannelResponse } from '../../../shared/contract/channels.js';
import type { domainChannels } from '../../../shared/contract/domain-channels.js';
import type { DOMAIN_CHANNEL_NAMES } from '../../../shared/contract/domain-names.js';
import type { CoreEvents } from '../core-events.js';
import type { FreenomAccountStore } from './freenom-account.js';
import type { AutoRenewFlags, DomainList } from './domain-list.js';
import type { FreenomSession } from './freenom-session.js';
import { createGlueContactTransferHandlers } from './glue-contact-transfer-handlers.js';
import type { RunRecordedChange } from './run-recorded-change.js';

export type DomainChannel = (typeof DOMAIN_CHANNEL_NAMES)[number];
type Parsed<K extends DomainChannel> = z.output<(typeof domainChannels)[K]['request']>;

/** Handlers receive the parsed request (dispatch validated it against the contract). */
export type DomainHandlers = {
  [K in DomainChannel]: (request: Parsed<K>) => Promise<ChannelResponse<K>>;
};

export interface DomainHandlerDeps {
  events: CoreEvents;
  accounts: FreenomAccountStore;
  session: FreenomSession;
  list: DomainList;
  autoRenew: AutoRenewFlags;
  runRecorded: RunRecordedChange;
  /** Something changed that the background care should look at soon. */
  onCareNeeded: () => void;
}

/** The Domains window's channels: one Freenom call each, then the list cache and an event. */
export function createDomainHandlers(deps: DomainHandlerDeps): DomainHandlers {
  const { events, session, list, runRecorded } = deps;
  const gw = () => session.gateway();

  return {
    'freenom:status': () => status(deps.accounts),
    'freenom:connect': async (request) => {
      const { password, whenUnencrypted, ...account } = request;
      const secret = await deps.accounts.save(account, password, whenUnencrypted);
      list.invalidate();
      events.emit('domains:changed', { reason: 'connected' });
      deps.onCareNeeded();
      return { ...(await status(deps.accounts)), secret };
    },
    'freenom:probe': async () => (await gw()).probe(),
    'domains:search': async ({ names, type }) => {
      const gateway = await gw();
      const results = [];
      for (const name of names) results.push(await gateway.search(name, type));
      return { results };
    },
    'domains:register': async (order) =>
      runRecorded('register', order.domain, async () => (await gw()).register(order)),
    'domains:renew': async ({ domain, period }) =>
      runRecorded('renew', domain, async () => (await gw()).renew(domain, period)),
    'domains:list': async (request) => list.page(await gw(), request),
    'domains:getInfo': async ({ domain }) => {
      const details = await (await gw()).getInfo(domain);
      const flag = deps.autoRenew.get(domain);
      return flag === undefined ? details : { ...details, autoRenew: flag };
    },
    'domains:modify': async (order) =>
      runRecorded('modify', order.domain, async () => (await gw()).modify(order)),
    'domains:delete': async ({ domain }) =>
      runRecorded('delete', domain, async () => (await gw()).deleteDomain(domain)),
    'domains:restore': async ({ domain }) =>
      runRecorded('restore', domain, async () => (await gw()).restore(domain)),
    'domains:upgrade': async (order) =>
      runRecorded('upgrade', order.domain, async () => (await gw()).upgrade(order)),
    'domains:setAutoRenew': async ({ domain, enabled }) => {
      const gateway = await gw();
      const row = await list.find(gateway, domain);
      if (!row) throw new Error(`${domain} is not in this Freenom account.`);
      if (row.type !== 'FREE')
        throw new Error(`${domain} is a paid domain: Freenom renews it, not DNS Tray.`);
      await deps.autoRenew.set(domain, enabled);
      events.emit('domains:changed', { reason: 'autoRenew', domain });
      if (enabled) deps.onCareNeeded();
      return list.summary(row);
    },
    ...createGlueContactTransferHandlers({ gateway: gw, runRecorded }),
  };
}

async function status(accounts: FreenomAccountStore): Promise<ChannelResponse<'freenom:status'>> {
  const account = await accounts.load();
  const passwordSet = (await accounts.password()) !== null;
  const passwordStorage = await accounts.passwordStorage();
  const common = { passwordSet, passwordStorage };
  if (!account) return { connected: false, email: '', baseUrl: '', testMode: false, ...common };
  return { connected: passwordSet, ...account, ...common };
}
