import type { RunningEmulator } from './common/emulator-server.js';

/**
 * The emulators the CLI and the sandbox can start. Each entry starts one emulator on
 * 127.0.0.1 and reports the URLs a client should be configured with, e.g.
 * { freedns: "http://127.0.0.1:P/request" }.
 */
export interface EmulatorEntry {
  start(options: {
    port: number;
    seed?: unknown;
    /** freedns.io only: also serve the zone over DNS (UDP + TCP) on this port (0: any). */
    dnsPort?: number;
  }): Promise<{ emulator: RunningEmulator; urls: Record<string, string> }>;
}

export const EMULATORS = {
  freedns: {
    async start({ port, seed, dnsPort }) {
      const { startFreednsEmulator } = await import('./freedns-io/index.js');
      const dns = dnsPort === undefined ? undefined : { ports: [dnsPort] };
      const emulator = await startFreednsEmulator({ port, seed, dns });
      const nameserver = emulator.dns?.nameservers[0];
      return {
        emulator,
        urls: {
          freedns: `${emulator.url}/request`,
          ...(nameserver ? { freednsDns: nameserver } : {}),
        },
      };
    },
  },
  freenom: {
    async start({ port, seed }) {
      const { startFreenomEmulator } = await import('./freenom/index.js');
      const emulator = await startFreenomEmulator({ port, seed });
      return { emulator, urls: { freenom: `${emulator.url}/v2` } };
    },
  },
  echo: {
    async start({ port, seed }) {
      const { startEchoEmulator } = await import('./ip-echo/index.js');
      const started = await startEchoEmulator({ port, seed });
      return { emulator: started, urls: started.sourceUrls };
    },
  },
} satisfies Record<string, EmulatorEntry>;

export type EmulatorName = keyof typeof EMULATORS;
