import { z } from '../validators/z.js';
import { FamilySchema } from './engine-settings.js';

/** Where one source (or one record's echo requests) asks from, in the doctor's route picture. */
export const SourceBindingSchema = z.object({
  source: z.string(),
  boundTo: z.string(),
});

/** One family's default route in the doctor: its interface, whether it is a tunnel, bindings. */
export const RouteCheckSchema = z.object({
  family: FamilySchema,
  /** null: no route to the internet for this family (or, with `unreadable`, none known). */
  interfaceName: z.nullable(z.string()),
  /** The routing table could not be read: the route is unknown, and checks run as usual. */
  unreadable: z._default(z.boolean(), false),
  gateway: z.nullable(z.string()),
  /** The tunnel kind (wireguard, tun, utun, ppp...) when the default route is a VPN. */
  tunnel: z.nullable(z.string()),
  bindings: z.array(SourceBindingSchema),
});
export type RouteCheck = z.infer<typeof RouteCheckSchema>;
