// @ts-check
/**
 * Mutation testing of the core and the site's logic: `npm run mutate` (not part of `npm test`).
 * `npm run mutate:score` prints the score per folder from the JSON report.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  mutate: [
    'src/snapshot/**/*.ts',
    'src/site/**/*.ts',
    // Glue that only an Astro build can load (`astro:content`, the build's environment), tested by the browser tests' build.
    '!src/site/live.ts',
    '!src/site/history-data.ts',
    '!src/site/commands/topics.ts',
    '!src/site/shape-toc.ts',
    // Workbox and Astro integration hooks: they only run inside `astro build` (browser tests).
    '!src/site/offline/integration.ts',
    '!src/site/offline/service-worker.ts',
    // Requests to the API server (kubeconfig, HTTPS, paging, the capture's orchestration): only the
    // fake-API fault tests pin their error paths, and those wait out real timeouts and retries
    // (test/capture/faults.test.ts, ~15 s): far too slow to run per mutant on a shared machine.
    // The pure parts of capture/ (retry, failures, outcomes, pool, lists, secrets-table) stay in.
    '!src/snapshot/capture.ts',
    '!src/snapshot/capture/connection.ts',
    '!src/snapshot/capture/request.ts',
    '!src/snapshot/capture/paging.ts',
  ],
  testRunner: 'vitest',
  // Only the in-process unit and capture tests (see that file for what is left out and why).
  vitest: { configFile: 'vitest.stryker.config.ts' },
  coverageAnalysis: 'perTest',
  // Static mutants (module-level tables: the resource registry, rule definitions, i18n text) can
  // only be tested by rerunning every test: Stryker measured 1,917 of them (28 %) taking 84 % of the
  // run, more than two hours on this 2-core machine. They are reported as Ignored, outside the
  // score; the documented values in those tables are pinned as literals by their own tests instead.
  ignoreStatic: true,
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.stryker.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  // Committed, so that a rerun (on any clone) tests only the mutants of code or tests that changed.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  // The machine running it is usually shared; raise with `npm run mutate -- --concurrency 2`.
  concurrency: 1,
  // The fake API's timeout tests wait seconds on purpose; a busy machine needs the margin.
  timeoutMS: 10_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowEmojis: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 85, low: 75, break: null },
  // docs/ and deploy/ stay in the sandbox: unit tests read the shipped rule file and manifests.
  ignorePatterns: ['dist', '.cache', 'coverage', 'test-results', 'bench', 'reports/mutation'],
  tempDirName: '.stryker-tmp',
};
