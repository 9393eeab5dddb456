// Types for electron-binary.mjs, so the TypeScript tests import the same detection.
export function findElectronBinary(env?: NodeJS.ProcessEnv): string | null;
export const NO_ELECTRON_REASON: string;
export const NO_ELECTRON_START_LINE: string;
