import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'electron/**/*.test.ts',
            'renderer/**/*.test.{ts,tsx}',
            'test/unit/**/*.test.ts',
            'test/packaging/**/*.test.ts',
            'test/robustness/**/*.test.ts',
          ],
          environment: 'node',
          testTimeout: 20_000,
          // The built main bundle and the built CLI are tested: out/ is built once, first.
          globalSetup: ['test/support/build-once.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // expect.poll waits 1 s unless told: far too short on a busy two-core machine.
          expect: { poll: { timeout: 15_000, interval: 50 } },
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
