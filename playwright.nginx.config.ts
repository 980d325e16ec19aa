import { defineConfig, devices } from '@playwright/test';
import { launchOptions, suiteSettings } from './e2e/browser.ts';
import type { NginxWorkerOptions } from './e2e-nginx/fixtures.ts';

/**
 * The production build (dist/, from `npm run build`) behind a real nginx rendered from
 * deploy/nginx/, with the mock PBM as its upstream: each worker starts its own pair
 * (e2e-nginx/fixtures.ts), at the site root in one project and under /admin/ in the other.
 */
export default defineConfig<object, NginxWorkerOptions>({
  testDir: 'e2e-nginx',
  ...suiteSettings,
  // Kept apart from the main suite's test-results/, which that run empties when it starts.
  outputDir: 'test-results/e2e-nginx',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-nginx-report.json' }]],
  use: {
    ...devices['Desktop Chrome'],
    locale: 'ru-RU',
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [
    { name: 'site root', use: { basePath: '/' } },
    { name: 'sub-path', use: { basePath: '/admin/' } },
  ],
});
