import { describe, expect, it } from 'vitest';
import formats, { Ajv2020 } from '../../../scripts/bundle-stubs/conf-ajv.mjs';
import semver from '../../../scripts/bundle-stubs/conf-semver.mjs';
import { en } from '../../../scripts/bundle-stubs/zod-locales.mjs';
import { z } from 'zod';

// The headless bundle swaps package parts it never uses for these stubs. Where one would be
// used after all, the shell must fail loudly, naming what to use instead, not run without it.
describe('the stubs of the headless bundle', () => {
  it("refuse conf's JSON schema, saying the shared zod schemas validate settings", () => {
    expect(() => new Ajv2020()).toThrow(/leaves ajv out.*shared zod schemas/);
    expect(() => formats.default()).toThrow(/leaves ajv out/);
  });

  it("refuse conf's migrations, saying where settings are migrated", () => {
    expect(() => semver.satisfies()).toThrow(/leaves semver out.*settings-migrations/);
  });

  it("keep zod's English messages, the ones zod configures itself", () => {
    z.config(en());
    expect(z.string().safeParse(1).error?.issues[0]?.message).toBe(
      'Invalid input: expected string, received number',
    );
  });
});
