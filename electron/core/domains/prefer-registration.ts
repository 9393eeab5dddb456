/** What decides between two registrations of one name. */
export interface RegistrationView {
  name: string;
  status: string | null | undefined;
  /** Expiry as a sortable value (ms or YYYY-MM-DD); null when Freenom gave none. */
  expiry: number | string | null;
}

/**
 * One name may be listed twice (docs/freenom.md#duplicate-registrations-in-the-list).
 * The lists keep one per name, decided here only: ACTIVE over any other status, then the later
 * expiry, then the one listed first. Names compare without case.
 */
export function preferRegistrations<T>(
  rows: readonly T[],
  view: (row: T) => RegistrationView,
): T[] {
  const kept = new Map<string, T>();
  for (const row of rows) {
    const key = view(row).name.toLowerCase();
    const current = kept.get(key);
    if (current === undefined || outranks(view(row), view(current))) kept.set(key, row);
  }
  return [...kept.values()];
}

function outranks(a: RegistrationView, b: RegistrationView): boolean {
  const active = (v: RegistrationView) => (v.status?.toUpperCase() === 'ACTIVE' ? 1 : 0);
  if (active(a) !== active(b)) return active(a) > active(b);
  if (a.expiry === null || b.expiry === null) return a.expiry !== null && b.expiry === null;
  return a.expiry > b.expiry;
}
