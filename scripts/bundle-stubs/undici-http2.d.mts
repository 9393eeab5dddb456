// Types for undici-http2.mjs.
export declare const constants: Readonly<Record<string, string | number>>;
export declare function connect(...args: unknown[]): unknown;
