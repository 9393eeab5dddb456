function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The paths present in a stored document but absent once parsed ("enigne", "ui.colour"): a
 * typo or a setting from a newer version that the schema would otherwise drop without a word.
 */
export function findUnknownKeys(raw: unknown, parsed: unknown, prefix = ''): string[] {
  const at = (key: string | number) => (prefix ? `${prefix}.${key}` : String(key));
  if (Array.isArray(raw) && Array.isArray(parsed)) {
    return raw.flatMap((item, index) => findUnknownKeys(item, parsed[index], at(index)));
  }
  if (!isPlainObject(raw) || !isPlainObject(parsed)) return [];
  return Object.keys(raw).flatMap((key) =>
    Object.hasOwn(parsed, key) ? findUnknownKeys(raw[key], parsed[key], at(key)) : [at(key)],
  );
}
