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
