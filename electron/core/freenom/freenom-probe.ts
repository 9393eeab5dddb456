import { describeFreenomError } from './freenom-errors.js';
import type { FreenomClient } from './freenom-client.js';

/** Whether the configured account can use the Freenom API, in words a person understands. */
export type FreenomAccess =
  | { kind: 'usable'; domains: number; message: string }
  | { kind: 'refused'; message: string }
  | { kind: 'unreachable'; message: string }
  | { kind: 'failed'; message: string };

/**
 * Ping (no credentials), then a harmless one-row domain list. Freenom refused every account
 * that was not a reseller with the credentials error, so that error means "this account cannot
 * use the API", not just "wrong password" (docs/freenom.md#reseller-only-access).
 */
export async function probeFreenomAccess(client: FreenomClient): Promise<FreenomAccess> {
  const ping = await client.ping();
  if (!ping.ok)
    return {
      kind: 'unreachable',
      message: `The Freenom API cannot be reached: ${describeFreenomError(ping.error)}`,
    };
  const list = await client.listDomains({ pagenr: 1, results_per_page: 1 });
  if (list.ok) {
    const total = Number(/^(\d+)/.exec(list.value.result ?? '')?.[1] ?? list.value.domain.length);
    return { kind: 'usable', domains: total, message: 'This account can use the Freenom API.' };
  }
  const error = list.error;
  if (error.kind === 'api' && (error.code === 'credentials-refused' || error.code === 'anonymous'))
    return {
      kind: 'refused',
      message:
        'This account cannot use the API: Freenom refused the e-mail and password. ' +
        'Check them; note that Freenom only opened its API to reseller (paid) accounts, ' +
        `and refused ordinary accounts the same way. (Freenom said: "${error.message}")`,
    };
  return { kind: 'failed', message: describeFreenomError(error) };
}
