import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

/** `npm test`: unit, widget (happy-dom) and browser (headless Chromium) tests. */
export default defineConfig({
  plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
  test: {
    projects: [
      {
        extends: true,
        // Some unit tests run the project's commands (ask, build, kb:check) as a user would: seconds each on a busy machine.
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/browser/**'], environment: 'node', testTimeout: 60_000 },
      },
      {
        extends: true,
        test: { name: 'ui', include: ['tests/ui/**/*.test.tsx'], environment: 'happy-dom', setupFiles: ['tests/ui/setup.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/globalSetup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
