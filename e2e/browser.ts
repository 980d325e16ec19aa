import { existsSync } from 'node:fs';

// Debian's Chromium where installed (browsers cannot be downloaded here), else Playwright's own.
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launch options shared by the Playwright configs and the benchmark scripts. */
export const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    }
  : {};

/**
 * How both Playwright suites (e2e/ and e2e-nginx/) run: in parallel on the CI machine's two
 * cores, never with `.only`, never retried (a flaky test must be fixed, not hidden), with
 * timeouts that allow for a busy machine.
 */
export const suiteSettings = {
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
};
