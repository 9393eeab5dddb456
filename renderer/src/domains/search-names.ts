import { splitList } from './form-check.js';

/** Expands "shop, demo.ml" over the chosen endings: shop.tk, shop.com, demo.ml. */
export function expandNames(text: string, tlds: readonly string[]): string[] {
  const names = splitList(text.toLowerCase()).flatMap((name) =>
    name.includes('.') ? [name] : tlds.map((tld) => `${name}.${tld}`),
  );
  return [...new Set(names)];
}
