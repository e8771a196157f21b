import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateServiceWorker } from './service-worker.ts';

/**
 * Astro integration that writes the offline service worker after the build. List it after Starlight:
 * Astro runs `astro:build:done` hooks in order, and Starlight's hook is the one that writes `pagefind/`.
 */
export function offlineServiceWorker(): AstroIntegration {
  return {
    name: 'kube-runbook-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const summary = await generateServiceWorker(fileURLToPath(dir));
        for (const warning of summary.warnings) logger.warn(warning);
        logger.info(`service worker: ${summary.files} files precached, ${(summary.bytes / 1024).toFixed(0)} KiB`);
      },
    },
  };
}
