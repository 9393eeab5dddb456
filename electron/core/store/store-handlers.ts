import {
  HistoryListRequestSchema,
  type SecretRef,
} from '../../../shared/settings/store-contract.js';
import type { STORE_CHANNEL_NAMES } from '../../../shared/contract/store-names.js';
import type { CoreEvents } from '../core-events.js';
import type { CoreHandlers } from '../create-core.js';
import type { Clock } from '../ports.js';
import type { Stores } from './open-stores.js';
import { accountRefs } from './forget-removed-secrets.js';
import { exportSettings, importSettings } from './settings-transfer.js';

export type StoreHandlers = Pick<CoreHandlers, (typeof STORE_CHANNEL_NAMES)[number]>;

/**
 * The channels of settings, secrets, history and notices, and the `settings:changed` event.
 * Requests arrive already parsed by dispatch; answers never include a secret.
 */
export function createStoreHandlers(
  stores: Stores,
  events: CoreEvents,
  clock: Clock,
): StoreHandlers {
  stores.settings.onChange((settings) => events.emit('settings:changed', settings));
  return {
    'settings:get': async () => stores.settings.get(),
    'settings:update': async ({ patch }) => stores.settings.update(patch),
    'settings:export': async () => exportSettings(stores.settings.get(), clock.now()),
    'settings:import': async ({ json }) => {
      const imported = importSettings(json);
      if (!imported.ok) return imported;
      const saved = await stores.settings.replace(imported.settings);
      return saved.ok
        ? { ok: true, settings: saved.settings, fromVersion: imported.fromVersion }
        : saved;
    },
    'secrets:status': async () => stores.secrets.status(accountRefs(stores.settings.get())),
    'secrets:set': async ({ secret, whenUnencrypted, ...ref }) => {
      assertKnownAccount(stores, ref);
      return stores.secrets.set(ref, secret, whenUnencrypted);
    },
    'secrets:clear': async (ref) => stores.secrets.clear(ref),
    // Parsed again for its defaults: handlers are typed with the request's input shape.
    'history:list': async (request) => stores.history.list(HistoryListRequestSchema.parse(request)),
    'app:notices': async () => ({ notices: stores.notices.list() }),
  };
}

/** A password for an account that does not exist would be kept where nothing can use it. */
function assertKnownAccount(stores: Stores, ref: SecretRef): void {
  const known = accountRefs(stores.settings.get()).some(
    (account) =>
      account.service === ref.service &&
      account.accountId.toLowerCase() === ref.accountId.toLowerCase(),
  );
  if (!known)
    throw new Error(
      `accountId: there is no ${ref.service === 'freedns' ? 'freedns.io' : 'Freenom'} account "${ref.accountId}"; add the account first.`,
    );
}
