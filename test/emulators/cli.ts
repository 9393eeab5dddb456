// `npm run emulators -- [--freedns PORT [--freedns-dns PORT]] [--freenom PORT] [--echo PORT] [--seed FILE]`
// Starts the chosen emulators on 127.0.0.1 (port 0 picks a free one), prints exactly one JSON
// line with their base URLs once all listen, and serves until SIGINT or SIGTERM (exit 0).
// --seed FILE is a JSON object whose "freedns", "freenom" and "echo" keys replace each
// emulator's default seed. --freedns-dns also serves the freedns.io zone over DNS (UDP and TCP
// on that port); the JSON line then names it as "freednsDns": "127.0.0.1:P".
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { RunningEmulator } from './common/emulator-server.js';
import { EMULATORS, type EmulatorName } from './registry.js';

function parsePort(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535)
    throw new Error(`--${name}: expected a port from 0 to 65535, got "${text}"`);
  return Number(text);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    strict: true,
    options: {
      freedns: { type: 'string' },
      'freedns-dns': { type: 'string' },
      freenom: { type: 'string' },
      echo: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  const seed = values.seed
    ? (JSON.parse(readFileSync(values.seed, 'utf8')) as Record<string, unknown>)
    : {};
  const wanted = (Object.keys(EMULATORS) as EmulatorName[])
    .map((name) => ({ name, port: parsePort(name, values[name]) }))
    .filter((entry): entry is { name: EmulatorName; port: number } => entry.port !== undefined);
  if (wanted.length === 0)
    throw new Error('name at least one emulator: --freedns PORT, --freenom PORT or --echo PORT');

  const dnsPort = parsePort('freedns-dns', values['freedns-dns']);
  if (dnsPort !== undefined && values.freedns === undefined)
    throw new Error('--freedns-dns needs --freedns PORT as well');
  const running: RunningEmulator[] = [];
  const urls: Record<string, string> = {};
  for (const { name, port } of wanted) {
    const started = await EMULATORS[name].start({
      port,
      seed: seed[name],
      ...(name === 'freedns' ? { dnsPort } : {}),
    });
    running.push(started.emulator);
    Object.assign(urls, started.urls);
  }
  process.stdout.write(JSON.stringify(urls) + '\n');

  const stop = async (): Promise<void> => {
    await Promise.all(running.map((emulator) => emulator.close()));
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  process.stderr.write(`emulators: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
