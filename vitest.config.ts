import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: [
            'test/unit/**/*.test.ts',
            'test/integration/**/*.test.ts',
            'test/property/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        // Renderer component tests (Testing Library) need a DOM; nothing else gets one.
        extends: true,
        test: {
          name: 'renderer-dom',
          include: ['test/unit/renderer/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['test/unit/renderer/support/dom-setup.ts'],
        },
      },
    ],
  },
});
