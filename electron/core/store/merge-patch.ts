const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Merges a partial change into a document: plain objects merge key by key, anything else
 * (arrays, values) replaces. Keys that could reach a prototype are ignored. The result is
 * unvalidated; the caller parses it with the schema.
 */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isPlainObject(target) || !isPlainObject(patch)) return patch;
  const merged: Record<string, unknown> = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    if (FORBIDDEN.has(key) || value === undefined) continue;
    merged[key] = mergePatch(target[key], value);
  }
  return merged;
}
