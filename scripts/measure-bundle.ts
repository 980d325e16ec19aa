/**
 * What the sign-in page makes a browser download: every JavaScript file the page loads until it
 * is idle, raw and gzip-compressed (level 9, as `gzip -9`). Run after `npm run build`:
 *
 *   node scripts/measure-bundle.ts            # prints a table and the total
 *
 * It serves dist/ with `vite preview` (scripts/previewServer.ts) and opens /sign-in in headless
 * Chromium.
 */
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { launchOptions } from '../e2e/browser.ts';
import { startPreview } from './previewServer.ts';

const { origin, stop: stopPreview } = await startPreview();
const browser = await chromium.launch(launchOptions);
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
stopPreview();

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
