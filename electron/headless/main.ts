import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../core/create-core.js';
import { ResumeDetector } from '../core/engine/resume-detector.js';
import { systemClock } from '../core/ports.js';
import { HEADLESS_USAGE, parseHeadlessArgs } from './args.js';
import { openHeadlessStores } from './open-headless-stores.js';
import { startHeadlessServer } from './server.js';
import { webhookSecretVariable } from '../core/monitoring/webhook-payload.js';
import { createMetricsTokenSource } from './metrics-token.js';
import { createMonitoringRoutes } from './monitoring-routes.js';

/** The headless shell: the same core as the tray app, served to a browser on 127.0.0.1. */
async function main(): Promise<void> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const pkg = readPackageJson(path.join(here, '..', 'package.json'));
  const options = parseHeadlessArgs(process.argv.slice(2), defaultConfigDir(pkg.productName));
  if (options.help) return void console.log(HEADLESS_USAGE);

  mkdirSync(options.configDir, { recursive: true, mode: 0o700 });
  const stores = openHeadlessStores(options.configDir, options.secretsFile);
  const printed = stores.notices.list().length;
  // Plain Node has no power events: a resume shows as the wall clock jumping.
  const resumes = new ResumeDetector(systemClock);
  const core = createCore({
    app: { ...pkg, shell: 'headless' },
    stores,
    networkEvents: resumes,
    monitoring: { webhookSecret: (id) => stores.secrets.byName(webhookSecretVariable(id)) },
  });
  // The engine opens its own files (ledger, applied values) in createCore: print what it found.
  for (const notice of stores.notices.list().slice(printed))
    console.warn(`dnstray-headless: ${notice.message}`);
  await core.start();
  resumes.start();
  const token = randomBytes(32).toString('base64url');
  const metricsToken = createMetricsTokenSource(
    () => options.metricsTokenFile ?? stores.settings.get().monitoring.metrics.tokenFile,
    (message) => console.warn(`dnstray-headless: ${message}`),
  );
  metricsToken(); // a broken token file is reported at start, not at the first scrape
  const server = await startHeadlessServer({
    core,
    port: options.port,
    token,
    rendererDir: path.resolve(options.rendererDir ?? path.join(here, '..', 'dist')),
    routes: createMonitoringRoutes({
      monitoring: core.monitoring,
      sessionToken: token,
      metricsToken,
    }),
  });
  console.log(`DNS Tray is running at ${server.url}`);

  const stop = async (): Promise<void> => {
    resumes.stop();
    await server.close();
    await core.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

function readPackageJson(file: string): { name: string; productName: string; version: string } {
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return {
    name: pkg.name ?? 'dnstray',
    productName: pkg.productName ?? 'DNS Tray',
    version: pkg.version ?? '0.0.0',
  };
}

/** Same folder Electron uses for userData, so both shells can share one profile. */
function defaultConfigDir(productName: string): string {
  if (process.platform === 'win32')
    return path.join(process.env.APPDATA ?? os.homedir(), productName);
  if (process.platform === 'darwin')
    return path.join(os.homedir(), 'Library', 'Application Support', productName);
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), productName);
}

main().catch((error: unknown) => {
  console.error(`dnstray-headless: ${error instanceof Error ? error.message : String(error)}`);
  console.error(HEADLESS_USAGE);
  process.exit(2);
});
