import { describe, expect, it } from 'vitest';
import { renameRetrying } from '../../../../electron/core/store/rename-retrying.js';

const failure = (code: string) => Object.assign(new Error(`${code}: rename`), { code });

/** A rename that fails with `codes` in turn, then succeeds; it records every attempt. */
function flakyRename(codes: string[]) {
  const attempts: string[] = [];
  return {
    attempts,
    rename(from: string, to: string) {
      attempts.push(`${from}->${to}`);
      const code = codes.shift();
      if (code) throw failure(code);
    },
  };
}

describe('renaming over a file another program holds for a moment (Windows)', () => {
  it.each(['EPERM', 'EBUSY'])('succeeds after two %s refusals, pausing briefly between', (code) => {
    const flaky = flakyRename([code, code]);
    const pauses: number[] = [];
    renameRetrying('a.tmp', 'a.json', { rename: flaky.rename, sleep: (ms) => pauses.push(ms) });
    expect(flaky.attempts).toEqual(['a.tmp->a.json', 'a.tmp->a.json', 'a.tmp->a.json']);
    expect(pauses).toHaveLength(2);
    expect(pauses[1]!).toBeGreaterThan(pauses[0]!);
    // A few short pauses only: the stores write synchronously on the event loop.
    expect(pauses.reduce((sum, ms) => sum + ms, 0)).toBeLessThanOrEqual(50);
  });

  it('gives up after a few attempts and reports the last refusal', () => {
    const flaky = flakyRename(Array<string>(10).fill('EBUSY'));
    const pauses: number[] = [];
    expect(() =>
      renameRetrying('a.tmp', 'a.json', { rename: flaky.rename, sleep: (ms) => pauses.push(ms) }),
    ).toThrow(/EBUSY/);
    expect(flaky.attempts).toHaveLength(4);
    expect(pauses).toHaveLength(3);
  });

  it('does not retry an error that waiting cannot fix', () => {
    const flaky = flakyRename(['ENOENT']);
    const pauses: number[] = [];
    expect(() =>
      renameRetrying('a.tmp', 'a.json', { rename: flaky.rename, sleep: (ms) => pauses.push(ms) }),
    ).toThrow(/ENOENT/);
    expect(flaky.attempts).toHaveLength(1);
    expect(pauses).toEqual([]);
  });
});
