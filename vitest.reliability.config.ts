import { defineConfig } from 'vitest/config';

// `npm run test:reliability`: the fault matrix against the emulators (issue 10). Kept apart
// from the unit/integration run so it can be run alone; scripts/test-all.sh runs both.
export default defineConfig({
  test: {
    include: ['test/reliability/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
