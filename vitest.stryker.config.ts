import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The tests StrykerJS runs against each mutant (`npm run mutate`): the in-process unit and capture
 * tests only. Left out: component and browser tests (an Astro build per run: far too slow), and the
 * tests that run the CLI or the container in a child process (test/deploy, the `runCli` tests): the
 * child runs the code without the active mutant and reports no coverage, so they can kill nothing;
 * and the fake-API fault tests, which wait out real timeouts and retries (the files they pin are
 * left out of `mutate` in stryker.config.mjs).
 */
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/capture/**/*.test.ts'],
    exclude: [
      ...configDefaults.exclude,
      'test/unit/canary.test.ts',
      'test/unit/cli-file.test.ts',
      'test/capture/cli.test.ts',
      'test/capture/faults.test.ts',
    ],
    testTimeout: 30_000,
  },
});
