import { describe, expect, it } from 'vitest';
import formats, { Ajv2020 } from '../../../scripts/bundle-stubs/conf-ajv.mjs';
import semver from '../../../scripts/bundle-stubs/conf-semver.mjs';
import * as http2Stub from '../../../scripts/bundle-stubs/undici-http2.mjs';
import { en } from '../../../scripts/bundle-stubs/zod-locales.mjs';
import { z } from 'zod';
import http2 from 'node:http2';
import type { AddressInfo } from 'node:net';

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

  it("give undici node:http2's own constants, without loading node:http2", () => {
    const names = Object.keys(http2Stub.constants);
    expect(names).toHaveLength(10);
    for (const name of names)
      expect(http2Stub.constants[name], name).toBe(
        (http2.constants as Record<string, string | number>)[name],
      );
  });

  it('still speak HTTP/2 through the real module when asked to connect', async () => {
    const server = http2.createServer((_, response) => response.end('over h2'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const session = http2Stub.connect(`http://127.0.0.1:${port}`) as http2.ClientHttp2Session;
    try {
      const stream = session.request({ ':path': '/' });
      let body = '';
      stream.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      await new Promise((resolve) => stream.on('end', resolve));
      expect(body).toBe('over h2');
    } finally {
      session.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("keep zod's English messages, the ones zod configures itself", () => {
    z.config(en());
    expect(z.string().safeParse(1).error?.issues[0]?.message).toBe(
      'Invalid input: expected string, received number',
    );
  });
});
