import { SearchRequestSchema } from '../../../shared/contract/domain-channels.js';
import type { DomainTypeValue } from '../../../shared/contract/domain-schemas.js';
import { checkForm, splitList } from './form-check.js';

/** Expands "shop, demo.ml" over the chosen endings: shop.tk, shop.com, demo.ml. */
export function expandNames(text: string, tlds: readonly string[]): string[] {
  const names = splitList(text.toLowerCase()).flatMap((name) =>
    name.includes('.') ? [name] : tlds.map((tld) => `${name}.${tld}`),
  );
  return [...new Set(names)];
}

/** Why these names cannot be searched (none, or one the contract refuses), or null. */
export function namesError(names: readonly string[], type: DomainTypeValue): string | null {
  if (names.length === 0) return 'Enter at least one name, and choose an ending.';
  for (const name of names) {
    const checked = checkForm(SearchRequestSchema, { names: [name], type });
    if (!checked.ok) return `${name}: ${checked.errors.names}`;
  }
  return null;
}
