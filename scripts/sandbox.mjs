// `npm run sandbox [-- --fresh] [-- --headless] [-- --port N]`: try DNS Tray without an account.
// Starts the freedns.io, "what is my IP" and Freenom emulators on 127.0.0.1 with their default
// seeds, writes a throwaway profile whose settings point at them, then runs the app: Electron
// where a binary exists, otherwise the headless shell, whose URL it prints. Ctrl+C stops it
// all and deletes the profile. --fresh starts with nothing configured (the first-run setup).
// Runs under tsx (see package.json), so it can start the emulators in this process.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { findElectronBinary } from './electron-binary.mjs';
import { headlessCommand } from './headless-command.mjs';
import { startEchoEmulator } from '../test/emulators/ip-echo/index.ts';
import { startFreednsEmulator } from '../test/emulators/freedns-io/index.ts';
import { startFreenomEmulator } from '../test/emulators/freenom/index.ts';
import { sandboxSettings } from '../test/support/sandbox-settings.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    fresh: { type: 'boolean', default: false },
    headless: { type: 'boolean', default: false },
    port: { type: 'string', default: '0' },
  },
});

function buildIfStale() {
  const built =
    existsSync(path.join(root, 'dist-electron', 'headless.js')) &&
    existsSync(path.join(root, 'dist', 'index.html'));
  if (built && process.env.DNSTRAY_REBUILD !== '1') return;
  const result = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function say(line) {
  process.stdout.write(`${line}\n`);
}

async function main() {
  buildIfStale();
  const freedns = await startFreednsEmulator({ port: 0, dns: {} });
  const echo = await startEchoEmulator({ port: 0 });
  const freenom = await startFreenomEmulator({ port: 0 });
  const profileRoot = mkdtempSync(path.join(os.tmpdir(), 'dnstray-sandbox-'));
  // Electron on Linux keeps its files in $XDG_CONFIG_HOME/<productName>: the same folder
  // serves both shells, so the headless shell gets it as --config-dir.
  const configDir = path.join(profileRoot, 'DNS Tray');
  mkdirSync(configDir, { recursive: true, mode: 0o700 });
  const settings = sandboxSettings(
    values.fresh ? 'empty' : 'full',
    {
      freednsEndpoint: `${freedns.url}/request`,
      echoUrls: echo.sourceUrls,
      freenomBaseUrl: `${freenom.url}/v2`,
      nameservers: freedns.dns.nameservers,
    },
    60,
  );
  writeFileSync(path.join(configDir, 'config.json'), `${JSON.stringify(settings, null, 2)}\n`, {
    mode: 0o600,
  });
  const env = {
    ...process.env,
    DNSTRAY_FREEDNS_PASSWORD_DEMO: 'demo',
    DNSTRAY_FREEDNS_PASSWORD_PRO: 'pro',
    DNSTRAY_FREENOM_PASSWORD_DEMO: 'demo',
    XDG_CONFIG_HOME: profileRoot,
  };

  let child;
  const stop = async (code = 0) => {
    if (child && child.exitCode === null) child.kill('SIGTERM');
    await Promise.all([freedns.close(), echo.close(), freenom.close()]);
    rmSync(profileRoot, { recursive: true, force: true });
    process.exit(code);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());

  say('DNS Tray sandbox: everything below runs on 127.0.0.1 only.');
  say(
    `  freedns.io emulator  ${freedns.url}/request   accounts demo/demo (free), pro/pro (Premium)`,
  );
  say(
    `  IP echo emulator     ${echo.url}   set the address: curl -d '{"ipv4":"203.0.113.99"}' ${echo.url}/_emulator/address`,
  );
  say(`  Freenom emulator     ${freenom.url}/v2   account demo@example.com / demo`);
  say(
    `  freedns.io DNS       ${freedns.dns.nameservers.join(', ')} (UDP and TCP)   edit a record "on the website": curl -d '{"action":"edit","label":"home","record":"A","value":"198.51.100.7"}' ${freedns.url}/_emulator/dns`,
  );
  say(`  profile              ${configDir} (deleted on exit)`);
  if (values.fresh) say('  --fresh: nothing is configured, so the app opens its first-run setup.');

  const electron = values.headless ? null : findElectronBinary();
  if (electron) {
    say('Starting the Electron app (tray icon); Ctrl+C here quits it.');
    // The desktop app keeps passwords in the OS secret store, not in the environment.
    say('Enter the passwords once in Settings: demo for "demo", pro for "pro".');
    child = spawn(electron, [root, `--user-data-dir=${configDir}`], { env, stdio: 'inherit' });
  } else {
    // The installed command's Node flags and environment (bin/dnstray-headless.mjs).
    const command = headlessCommand(root);
    child = spawn(
      process.execPath,
      [...command.args, '--config-dir', configDir, '--port', values.port],
      { env: { ...env, ...command.env }, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      const url = /https?:\/\/\S+/.exec(line)?.[0] ?? line;
      say(`No Electron binary here, so the headless shell serves the same windows.`);
      say(`Open ${url}`);
      say('Ctrl+C stops the sandbox.');
      lines.on('line', say);
    });
  }
  child.once('exit', (code) => void stop(code ?? 0));
}

main().catch((error) => {
  process.stderr.write(`sandbox: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
