import { z } from '../validators/z.js';
import type { DOMAIN_EVENT_NAMES } from './domain-names.js';

/** Events of the Domains window: something changed in the account, or a domain needs care. */
export const domainEvents = {
  /** The cached domain list or one domain changed (register, renew, modify, auto-renew...). */
  'domains:changed': z.object({
    reason: z.enum([
      'connected',
      'listed',
      'registered',
      'renewed',
      'modified',
      'deleted',
      'restored',
      'upgraded',
      'autoRenew',
      'glue',
      'contacts',
      'transfers',
    ]),
    domain: z.optional(z.string()),
  }),
  /** A reminder the core also sent through the notifier, when the user's settings allow it. */
  'domains:reminder': z.object({
    domain: z.string(),
    kind: z.enum(['expiring', 'renewed', 'renewFailed']),
    message: z.string(),
  }),
} as const satisfies Record<(typeof DOMAIN_EVENT_NAMES)[number], z.ZodMiniType>;
