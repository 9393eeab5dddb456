/**
 * The outside world as the core sees it. Each shell (Electron, headless, tests) provides these;
 * the core never reaches for a global clock, timer or file.
 */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** Facts about the running program that the shells know and the core reports. */
export interface AppInfo {
  name: string;
  productName: string;
  version: string;
  shell: 'electron' | 'headless';
  /** The Electron shell says whether the OS will show its notifications (Settings tells). */
  notifications?: { shown: boolean; reason: string | null };
}
