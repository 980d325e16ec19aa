/**
 * How much JavaScript a section adds to what an administrator has already downloaded: the files
 * that opening `<section-path>` loads and that signing in and opening Users did not, raw and
 * gzip-compressed (level 9, as `gzip -9`). Run after `npm run build`:
 *
 *   node scripts/measure-section-chunk.ts /t/default/resource-groups
 *   node scripts/measure-section-chunk.ts /t/default/mailing-lists
 *
 * It starts the mock PBM in this process, serves dist/ with `vite preview` (previewServer.ts), and
 * signs in as admin@example.ru in headless Chromium twice: once to Users (the baseline), once to
 * the section. Each visit counts the JavaScript loaded until the network has been quiet a while.
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { launchOptions } from '../e2e/browser.ts';
import { text } from '../e2e/strings.ts';
import { paths } from '../src/config/paths.ts';
import { createMockHttpServer } from '../src/mocks/server/createMockHttpServer.ts';
import { startPreview } from './previewServer.ts';

const BASELINE_PATH = paths.users('default');
const QUIET_MS = 1_000;
const TIMEOUT_MS = 60_000;

interface JsFile {
  raw: number;
  gzip: number;
}

/** Every JavaScript file (by path) a fresh tab loads while signing in and opening `path`. */
async function javaScriptOpening(
  browser: Browser,
  origin: string,
  apiBaseUrl: string,
  path: string,
): Promise<Map<string, JsFile>> {
  const context = await browser.newContext({ locale: 'ru-RU' });
  await context.route('**/config.json', (route) =>
    route.fulfill({ json: { apiBaseUrl, mock: false } }),
  );
  const page = await context.newPage();
  const files = new Map<string, JsFile>();
  const reading: Promise<void>[] = [];
  let inFlight = 0;
  let lastActivity = Date.now();
  page.on('request', () => {
    inFlight += 1;
    lastActivity = Date.now();
  });
  const settled = () => {
    inFlight -= 1;
    lastActivity = Date.now();
  };
  page.on('requestfailed', settled);
  page.on('requestfinished', settled);
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (!pathname.endsWith('.js')) return;
    reading.push(
      response.body().then((body) => {
        files.set(pathname, { raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
      }),
    );
  });

  const t = (key: string) => text('ru-RU', 'auth', key);
  await page.goto(`${origin}${paths.signIn(path)}`);
  await page.getByLabel(new RegExp(`^${t('loginOrEmail')}`)).fill('admin@example.ru');
  await page.getByLabel(new RegExp(`^${t('password')}`)).fill('admin');
  await page.getByRole('button', { name: t('signIn'), exact: true }).click();
  await page.waitForURL((url) => url.pathname === path, { timeout: TIMEOUT_MS });
  await page.getByRole('heading', { level: 1 }).waitFor({ timeout: TIMEOUT_MS });
  const deadline = Date.now() + TIMEOUT_MS;
  while (inFlight > 0 || Date.now() - lastActivity < QUIET_MS) {
    if (Date.now() > deadline) throw new Error(`${path} never went quiet`);
    await page.waitForTimeout(100);
  }
  await Promise.all(reading);
  await context.close();
  return files;
}

const sectionPath = process.argv[2];
if (!sectionPath?.startsWith('/')) {
  console.error(
    'usage: node scripts/measure-section-chunk.ts <section-path, e.g. /t/default/resource-groups>',
  );
  process.exit(2);
}
const { origin, stop: stopPreview } = await startPreview();
const mock = await createMockHttpServer({ port: 0 });

let baseline: Map<string, JsFile>;
let section: Map<string, JsFile>;
try {
  const browser = await chromium.launch(launchOptions);
  try {
    baseline = await javaScriptOpening(browser, origin, mock.url, BASELINE_PATH);
    section = await javaScriptOpening(browser, origin, mock.url, sectionPath);
  } finally {
    await browser.close();
  }
} finally {
  stopPreview();
  await mock.close();
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(7);
const added = [...section].filter(([name]) => !baseline.has(name));
for (const [name, file] of added.sort(([, a], [, b]) => b.gzip - a.gzip)) {
  console.log(`${kb(file.raw)} KB raw ${kb(file.gzip)} KB gzip  ${name}`);
}
const total = added.reduce(
  (sum, [, file]) => ({ raw: sum.raw + file.raw, gzip: sum.gzip + file.gzip }),
  { raw: 0, gzip: 0 },
);
console.log(
  `${sectionPath} adds ${added.length} JavaScript files to sign-in + ${BASELINE_PATH}: ` +
    `${kb(total.raw).trim()} KB raw, ${kb(total.gzip).trim()} KB gzip`,
);
