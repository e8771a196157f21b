import { getViteConfig } from 'astro/config';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      {
        // Plain TypeScript: no Astro, starts in a blink.
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/components/**', 'test/browser/**'],
          globalSetup: ['test/support/cli-build.setup.ts'],
          testTimeout: 30_000,
        },
      },
      // Astro components through the Container API: needs Astro's Vite plugins (astro:content, .astro).
      getViteConfig({
        test: { name: 'components', include: ['test/components/**/*.test.ts'], testTimeout: 30_000 },
      }),
      // The built site in Debian's Chromium: one `astro build` + static server per run (globalSetup).
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/support/cli-build.setup.ts', 'test/browser/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
