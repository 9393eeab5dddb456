import type { Settings } from '../../../shared/settings/settings-schema.js';
import type { SecretRef } from '../../../shared/settings/store-contract.js';
import { secretKey, type SecretStore } from './secret-store.js';
import type { SettingsStore } from './settings-store.js';

/** Every account that can have a password, as the secrets channels name them. */
export function accountRefs(settings: Settings): SecretRef[] {
  return [
    ...settings.accounts.freedns.map((a) => ({ service: 'freedns' as const, accountId: a.id })),
    ...settings.accounts.freenom.map((a) => ({ service: 'freenom' as const, accountId: a.id })),
  ];
}

/**
 * Clears the password of each account that leaves the settings (deleted, or absent from an
 * import), so a new account that happens to reuse the id never inherits someone's password.
 */
export function forgetRemovedSecrets(settings: SettingsStore, secrets: SecretStore): () => void {
  let known = accountRefs(settings.get());
  // Removed accounts whose saved password could not be removed yet: tried again on each change.
  const pending = new Map<string, SecretRef>();
  return settings.onChange((next) => {
    const now = accountRefs(next);
    const kept = new Set(now.map(secretKey));
    for (const ref of known) if (!kept.has(secretKey(ref))) pending.set(secretKey(ref), ref);
    for (const [key, ref] of pending) {
      if (kept.has(key)) pending.delete(key);
      // The memory copy goes at once; the saved copy when the file can be written.
      else
        secrets.clear(ref).then(
          () => pending.delete(key),
          () => undefined,
        );
    }
    known = now;
  });
}
