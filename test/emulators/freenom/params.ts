/**
 * Request parameters: query string and form body merged, keys kept repeated (the doc's
 * "multiple" flag). Body values come after query values; a single-valued read takes the last,
 * so the body wins (docs/freenom.md#parameter-encoding). `name[]` and `name[N]` are read as `name`.
 */
export class Params {
  readonly #values = new Map<string, string[]>();

  static parse(query: URLSearchParams, body: string): Params {
    const params = new Params();
    for (const [key, value] of query) params.add(key, value);
    for (const [key, value] of new URLSearchParams(body)) params.add(key, value);
    return params;
  }

  add(rawKey: string, value: string): void {
    const key = rawKey.replace(/\[\d*\]$/, '');
    const list = this.#values.get(key) ?? [];
    list.push(value);
    this.#values.set(key, list);
  }

  /** The single value of `name`, trimmed; undefined when absent or empty. */
  get(name: string): string | undefined {
    const list = this.#values.get(name);
    const value = list?.[list.length - 1]?.trim();
    return value === '' ? undefined : value;
  }

  all(name: string): string[] {
    return (this.#values.get(name) ?? []).map((v) => v.trim()).filter((v) => v !== '');
  }

  /** A stable text of every key and value, for the idempotency key. */
  canonical(): string {
    const pairs: string[] = [];
    for (const [key, list] of this.#values)
      if (key !== 'method') for (const value of list) pairs.push(`${key}=${value}`);
    return pairs.sort().join('&');
  }
}
