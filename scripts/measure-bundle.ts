/**
 * What the sign-in page makes a browser download: every JavaScript file the page loads until it
 * is idle, raw and gzip-compressed (level 9, as `gzip -9`). Run after `npm run build`:
 *
 *   node scripts/measure-bundle.ts            # prints a table and the total
 *
 * It serves dist/ with `vite preview` on a free port and opens /sign-in in headless Chromium.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const port = await freePort();
const preview = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  {
    stdio: 'ignore',
  },
);
const origin = `http://127.0.0.1:${port}`;
for (let attempt = 0; ; attempt += 1) {
  try {
    await fetch(origin);
    break;
  } catch {
    if (attempt > 100) throw new Error('vite preview did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
const files: { name: string; raw: number; gzip: number }[] = [];
page.on('response', async (response) => {
  if (!response.url().endsWith('.js')) return;
  const body = await response.body();
  files.push({
    name: new URL(response.url()).pathname,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
  });
});
await page.goto(`${origin}/sign-in`, { waitUntil: 'networkidle' });
await page.getByRole('button', { name: /Войти|Sign in/ }).waitFor();
await browser.close();
process.kill(-(preview.pid ?? 0), 'SIGTERM');

const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(7);
for (const file of files.sort((a, b) => b.gzip - a.gzip)) {
  console.log(`${kb(file.raw)} KB raw ${kb(file.gzip)} KB gzip  ${file.name}`);
}
const total = files.reduce(
  (sum, file) => ({ raw: sum.raw + file.raw, gzip: sum.gzip + file.gzip }),
  { raw: 0, gzip: 0 },
);
console.log(
  `sign-in page JavaScript: ${files.length} files, ${kb(total.raw).trim()} KB raw, ${kb(total.gzip).trim()} KB gzip`,
);
