import { describe, expect, it } from 'vitest';
import formats, { Ajv2020 } from '../../../scripts/conf-without-ajv.mjs';

// The headless bundle swaps conf's ajv for this module: a conf given a JSON schema must fail
// loudly at start, naming what to use instead, not run without validation.
describe('the ajv conf gets in the headless bundle', () => {
  it('refuses to build a validator, saying the shared zod schemas validate settings', () => {
    expect(() => new Ajv2020()).toThrow(/leaves ajv out.*shared zod schemas/);
    expect(() => formats.default()).toThrow(/leaves ajv out/);
  });
});
