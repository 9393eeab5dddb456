import { z } from '../validators/z.js';

/** Interface names as the OSes print them ("eth1", "en0", "Ethernet 2", "wlp2s0"). */
export const InterfaceNameSchema = z
  .string()
  .check(
    z.trim(),
    z.regex(
      /^[A-Za-z0-9][\w .@:()-]{0,63}$/,
      'Enter an interface name as the system shows it (eth1, en0, Ethernet 2).',
    ),
  );

/**
 * Where a following A/AAAA record takes its address from. Absent means public: the address
 * the public detection agreed on. `interface`: the echo services asked from that interface's
 * local address (a second WAN link). `sources`: only the named sources, agreement counted
 * among them; sources some record names serve only those records.
 */
export const AddressFromSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('public') }),
  z.object({ kind: z.literal('interface'), name: InterfaceNameSchema }),
  z.object({
    kind: z.literal('sources'),
    ids: z
      .array(z.string().check(z.minLength(1, 'A source id cannot be empty.')))
      .check(z.minLength(1, 'Name at least one source.')),
  }),
]);
export type AddressFrom = z.infer<typeof AddressFromSchema>;

export const PUBLIC_FROM: AddressFrom = { kind: 'public' };

/** One key per distinct origin: records with the same key share one detection. */
export function keyOfFrom(from: AddressFrom | undefined): string {
  if (!from || from.kind === 'public') return 'public';
  if (from.kind === 'interface') return `interface:${from.name}`;
  return `sources:${[...new Set(from.ids)].sort().join(',')}`;
}

/** Words for a person: "public detection", "interface eth1", "sources a, b". */
export function describeFrom(from: AddressFrom | undefined): string {
  if (!from || from.kind === 'public') return 'public detection';
  if (from.kind === 'interface') return `interface ${from.name}`;
  return `sources ${from.ids.join(', ')}`;
}
