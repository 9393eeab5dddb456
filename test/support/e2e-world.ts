import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startEchoEmulator, type EchoEmulator } from '../emulators/ip-echo/index.js';
import { startFreednsEmulator, type FreednsEmulator } from '../emulators/freedns-io/index.js';
import { startHeadless, type RunningHeadless } from './headless-process.js';
import { sandboxSettings, type SandboxProfile } from './sandbox-settings.js';

/**
 * Everything an end-to-end test of the windows needs: the freedns.io and echo emulators on
 * 127.0.0.1 (in this process, default seeds unless told), and the headless shell with a
 * throwaway config dir whose settings point at them.
 */
export interface E2eWorld {
  freedns: FreednsEmulator;
  echo: EchoEmulator;
  app: RunningHeadless;
  configFile: string;
  stop(): Promise<void>;
}

export interface WorldOptions {
  /** "empty": nothing configured (first run); "demo": the free account with host "home". */
  profile: SandboxProfile;
  echoSeed?: unknown;
  freednsSeed?: unknown;
  /** Environment passwords; by default the emulator's own ("demo", "pro") for seeded profiles. */
  passwords?: Record<string, string>;
  /** A history.jsonl to start with, e.g. historyFile(busyHistory(Date.now())). */
  historyJson?: string;
  /** Leave engine.sources unset, so the built-in echo sources are in use (no host asks them). */
  builtInSources?: boolean;
  /** Serve the zone over DNS from the emulator and point engine.verify at its nameservers. */
  dns?: boolean;
  /** Changes the seeded settings before they are written (e.g. adds many hosts). */
  editSettings?: (settings: ReturnType<typeof sandboxSettings>) => void;
}

export async function startWorld(options: WorldOptions): Promise<E2eWorld> {
  const freedns = await startFreednsEmulator({
    port: 0,
    seed: options.freednsSeed,
    ...(options.dns ? { dns: { servers: 2 } } : {}),
  });
  const echo = await startEchoEmulator({ port: 0, seed: options.echoSeed });
  const settings = sandboxSettings(options.profile, {
    freednsEndpoint: `${freedns.url}/request`,
    echoUrls: echo.sourceUrls,
    ...(freedns.dns ? { nameservers: freedns.dns.nameservers } : {}),
  });
  if (options.builtInSources) delete settings.engine?.sources;
  options.editSettings?.(settings);
  let configFile = '';
  // Passwords for the seeded accounts come the way a headless user gives them: the environment.
  // The service-wide names are blanked so a developer's own variables cannot leak into a test.
  const passwords = {
    DNSTRAY_FREEDNS_PASSWORD: '',
    DNSTRAY_FREENOM_PASSWORD: '',
    ...(options.passwords ??
      (options.profile === 'empty'
        ? {}
        : { DNSTRAY_FREEDNS_PASSWORD_DEMO: 'demo', DNSTRAY_FREEDNS_PASSWORD_PRO: 'pro' })),
  };
  let app: RunningHeadless;
  try {
    app = await startHeadless([], passwords, (configDir) => {
      configFile = path.join(configDir, 'config.json');
      writeFileSync(configFile, `${JSON.stringify(settings, null, 2)}\n`, { mode: 0o600 });
      if (options.historyJson)
        writeFileSync(path.join(configDir, 'history.jsonl'), options.historyJson, { mode: 0o600 });
    });
  } catch (error) {
    await Promise.all([freedns.close(), echo.close()]);
    throw error;
  }
  return {
    freedns,
    echo,
    app,
    configFile,
    async stop() {
      await app.stop();
      await Promise.all([freedns.close(), echo.close()]);
    },
  };
}
