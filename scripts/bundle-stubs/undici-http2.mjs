// What undici's client-h2.js gets for node:http2 in the headless bundle. It loads node:http2
// at its top for ten constants, and node:http2 loads node:tls with it: about 1 MiB resident
// (bench headless.parts) for HTTP/2, which the shell never asks for (no Agent is given
// allowH2). The constants are plain values (test/unit/scripts/bundle-stubs.test.ts checks
// them against node:http2's); connect() loads the real module if HTTP/2 is ever used.
// (A namespace import: the bundle's banner already declares `createRequire` at its top.)
import * as nodeModule from 'node:module';

const require = nodeModule.createRequire(import.meta.url);

export const constants = Object.freeze({
  HTTP2_HEADER_AUTHORITY: ':authority',
  HTTP2_HEADER_METHOD: ':method',
  HTTP2_HEADER_PATH: ':path',
  HTTP2_HEADER_SCHEME: ':scheme',
  HTTP2_HEADER_CONTENT_LENGTH: 'content-length',
  HTTP2_HEADER_EXPECT: 'expect',
  HTTP2_HEADER_STATUS: ':status',
  HTTP2_HEADER_PROTOCOL: ':protocol',
  NGHTTP2_REFUSED_STREAM: 7,
  NGHTTP2_CANCEL: 8,
});

export function connect(...args) {
  return require('node:http2').connect(...args);
}
