import { parseArgs } from 'node:util';

export interface HeadlessOptions {
  configDir: string;
  port: number;
  rendererDir: string | undefined;
  /** KEY=value passwords file, mode 0600 (see README, "Settings and secrets"). */
  secretsFile: string | undefined;
  /** A file (mode 0600) holding the token GET /metrics also accepts as a Bearer token. */
  metricsTokenFile: string | undefined;
  help: boolean;
}

export const HEADLESS_USAGE = `Usage: dnstray-headless --config-dir DIR [--port N] [--renderer-dir DIR] [--secrets-file FILE]

  --config-dir DIR    where settings, state and history live (created if missing)
  --port N            TCP port on 127.0.0.1 (default 0: any free port)
  --renderer-dir DIR  the built renderer to serve (default: dist/ beside the program)
  --secrets-file FILE passwords as DNSTRAY_FREEDNS_PASSWORD[_<ACCOUNTID>]=... lines; must be mode 0600
                      (under systemd: --secrets-file \${CREDENTIALS_DIRECTORY}/secrets)
  --metrics-token-file FILE
                      a token (mode 0600) a Prometheus scraper sends as "Authorization: Bearer"
  --help              show this text`;

/** Parses the command line; throws an Error whose message names the bad option. */
export function parseHeadlessArgs(argv: string[], defaultConfigDir: string): HeadlessOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      'config-dir': { type: 'string' },
      port: { type: 'string' },
      'renderer-dir': { type: 'string' },
      'secrets-file': { type: 'string' },
      'metrics-token-file': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const portText = values.port ?? '0';
  if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) {
    throw new Error(`--port: expected a whole number from 0 to 65535, got "${portText}"`);
  }
  const configDir = values['config-dir'] ?? defaultConfigDir;
  if (configDir.trim() === '') throw new Error('--config-dir: must not be empty');
  return {
    configDir,
    port: Number(portText),
    rendererDir: values['renderer-dir'],
    secretsFile: values['secrets-file'],
    metricsTokenFile: values['metrics-token-file'],
    help: values.help ?? false,
  };
}
