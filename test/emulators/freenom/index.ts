import type { Clock } from '../../../electron/core/ports.js';
import { EmulatorClock } from '../common/emulator-clock.js';
import { startEmulatorServer, type RunningEmulator } from '../common/emulator-server.js';
import { createFreenomHandlers } from './freenom-handlers.js';
import { parseFreenomSeed } from './seed.js';

export { DEFAULT_FREENOM_SEED, FreenomSeedSchema, parseFreenomSeed } from './seed.js';
export type { FreenomSeed } from './seed.js';

/**
 * Starts the Freenom API v2 emulator on 127.0.0.1:`port` (0 picks one). Its functions live under
 * `${url}/v2`. `seed` replaces the default demo account (validated; the error names the field);
 * `clock` lets a test drive the emulator's time (a FakeClock, or an EmulatorClock to share).
 */
export async function startFreenomEmulator(options: {
  port: number;
  seed?: unknown;
  clock?: Clock;
}): Promise<RunningEmulator> {
  const seed = parseFreenomSeed(options.seed);
  const clock =
    options.clock instanceof EmulatorClock
      ? options.clock
      : new EmulatorClock(options.clock ?? null);
  return startEmulatorServer(options.port, clock, (c) => createFreenomHandlers(seed, c));
}
