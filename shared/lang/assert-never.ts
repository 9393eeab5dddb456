/**
 * Marks the branch a closed union can never reach: `tsc` refuses the call when a case is
 * missing, and a value that arrives anyway (an old file, a newer peer) fails loudly.
 */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`unexpected ${what} ${JSON.stringify(value)}`);
}
