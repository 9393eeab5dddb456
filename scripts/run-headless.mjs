// `npm run headless -- ARGS`: builds when the build is missing (or DNSTRAY_REBUILD=1), then
// runs the headless shell. Build chatter goes to stderr so the only line on stdout is the URL.
// Signals are passed on, so stopping npm stops the server. It starts the shell with the Node
// flags and environment of the installed command (bin/dnstray-headless.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { headlessCommand } from './headless-command.mjs';

const root = path.resolve(import.meta.dirname, '..');
const built = path.join(root, 'dist-electron', 'headless.js');
const stale = !existsSync(built) || !existsSync(path.join(root, 'dist', 'index.html'));
if (stale || process.env.DNSTRAY_REBUILD === '1') {
  const result = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const command = headlessCommand(root);
const child = spawn(process.execPath, [...command.args, ...process.argv.slice(2)], {
  env: { ...process.env, ...command.env },
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
