import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '..');

/**
 * A private copy of the build (dist/, dist-electron/, package.json) taken under the build lock
 * when the bench starts, so a rebuild by someone else cannot swap files under a running
 * measurement. It sits under node_modules/ so the bundle's external packages still resolve.
 */
export const snapshotRoot = path.join(repoRoot, 'node_modules', '.cache', 'dnstray-bench');
