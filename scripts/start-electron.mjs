// `npm start [-- ARGS]`: builds, then starts the tray app in Electron. Without an Electron
// binary it says so in one line (and how to get one, or to use `npm run headless`) instead of
// Electron's stack trace. Signals are passed on, so stopping npm stops the app.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { findElectronBinary, NO_ELECTRON_START_LINE } from './electron-binary.mjs';

const root = path.resolve(import.meta.dirname, '..');
const bin = findElectronBinary();
if (!bin) {
  console.error(NO_ELECTRON_START_LINE);
  process.exit(1);
}
const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const child = spawn(bin, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
