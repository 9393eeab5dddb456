import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RunningEmulator } from '../test/emulators/common/emulator-server.js';
import { startFreenomEmulator } from '../test/emulators/freenom/index.js';
import { launchHeadless, type LaunchedHeadless } from './headless-launcher.js';

export const FREENOM_EMAIL = 'bench@example.com';
const FREENOM_PASSWORD = 'bench-freenom';
const TLDS = ['tk', 'ml', 'ga', 'cf', 'gq', 'com', 'net', 'org'] as const;

/**
 * A headless shell with a big profile: `hosts` freedns.io hosts (updates paused, so the
 * engine stays quiet) and a Freenom account on an emulator holding `domains` domains.
 */
export interface UiWorld {
  freenom: RunningEmulator;
  shell: LaunchedHeadless;
  /** Calls a contract channel the way the web UI does, with the token as a bearer. */
  invoke(channel: string, request?: unknown): Promise<unknown>;
  /** Requests the Freenom emulator has logged (it keeps the last 500). */
  freenomRequests(): Promise<number>;
  close(): Promise<void>;
}

export async function startUiWorld(counts: {
  hosts: number;
  domains: number;
  /** history.jsonl to start with (bench/flat-cost-history.ts), when the Activity window is timed. */
  historyJsonl?: string;
}): Promise<UiWorld> {
  const freenom = await startFreenomEmulator({ port: 0, seed: freenomSeed(counts.domains) });
  const configDir = mkdtempSync(path.join(os.tmpdir(), 'dnstray-bench-ui-'));
  try {
    writeUiProfile(configDir, counts.hosts, `${freenom.url}/v2`);
    if (counts.historyJsonl)
      writeFileSync(path.join(configDir, 'history.jsonl'), counts.historyJsonl, { mode: 0o600 });
    const shell = await launchHeadless(configDir, { DNSTRAY_FREENOM_PASSWORD: FREENOM_PASSWORD });
    return {
      freenom,
      shell,
      async invoke(channel, request) {
        const response = await fetch(`${shell.origin}/api/invoke/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${shell.token}` },
          body: JSON.stringify({ request }),
        });
        const reply = (await response.json()) as {
          ok: boolean;
          result?: unknown;
          error?: { message: string };
        };
        if (!reply.ok) throw new Error(`${channel}: ${reply.error?.message ?? response.status}`);
        return reply.result;
      },
      async freenomRequests() {
        const state = (await (await fetch(`${freenom.url}/_emulator/state`)).json()) as {
          requests: unknown[];
        };
        return state.requests.length;
      },
      async close() {
        await shell.stop();
        await freenom.close();
        rmSync(configDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await freenom.close();
    rmSync(configDir, { recursive: true, force: true });
    throw error;
  }
}

function freenomSeed(domains: number) {
  return {
    accounts: [
      {
        email: FREENOM_EMAIL,
        password: FREENOM_PASSWORD,
        domains: Array.from({ length: domains }, (_, i) => {
          const tld = TLDS[i % TLDS.length]!;
          const free = ['tk', 'ml', 'ga', 'cf', 'gq'].includes(tld);
          return {
            domainname: `bench-${String(i).padStart(5, '0')}.${tld}`,
            domaintype: free ? 'FREE' : 'PAID',
            expires: { daysFromNow: 5 + ((i * 37) % 360) },
            nameservers: ['ns1.example.net', 'ns2.example.net'],
          };
        }),
      },
    ],
  };
}

function writeUiProfile(configDir: string, hosts: number, freenomBaseUrl: string): void {
  mkdirSync(configDir, { recursive: true, mode: 0o700 });
  const settings = {
    version: 2,
    accounts: {
      freedns: [
        { id: 'main', username: 'bench', tier: 'premium', endpoint: 'http://127.0.0.1:9/request' },
      ],
      freenom: [{ id: 'freenom', email: FREENOM_EMAIL, baseUrl: freenomBaseUrl, testMode: false }],
    },
    hosts: Array.from({ length: hosts }, (_, i) => ({
      id: `h${i}`,
      accountId: 'main',
      label: `host-${String(i).padStart(4, '0')}`,
      records: [{ type: 'A', mode: 'follow' }],
      enabled: false,
    })),
    engine: {
      families: ['ipv4'],
      useInterfaces: false,
      router: { enabled: false, natPmp: false },
      sources: [],
      verify: { enabled: false },
    },
  };
  writeFileSync(path.join(configDir, 'config.json'), JSON.stringify(settings), { mode: 0o600 });
}
