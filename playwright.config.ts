import { defineConfig, devices } from '@playwright/test';
import { launchOptions, suiteSettings } from './e2e/browser.ts';
import { freePort } from './scripts/freePort.ts';

// Workers load this file again: the port chosen by the main process reaches them through env.
process.env.E2E_PORT ??= String(await freePort());
const port = Number(process.env.E2E_PORT);

export default defineConfig({
  testDir: 'e2e',
  ...suiteSettings,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'ru-RU',
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  // The production build, as nginx would serve it; each worker runs its own mock PBM (e2e/fixtures.ts).
  webServer: {
    command: `npm run build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
  },
});
