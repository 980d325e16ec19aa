/**
 * How fast the mailing-list member picker answers in a directory of 100 000 users: from the last
 * keystroke of a surname to the matching people being on screen, N times, median and p90.
 * Run after `npm run build`:
 *
 *   node scripts/bench-member-picker.ts           # N = 15
 *   node scripts/bench-member-picker.ts 30        # N = 30
 *
 * The mock PBM runs in this process (100 000 users, no added latency); dist/ is served by
 * `vite preview` (scripts/previewServer.ts); the browser is headless Chromium.
 * Each run types a different surname prefix, so no answer comes from the query cache, and types
 * it faster than the picker's debounce (200 ms), as a person does, so it costs one search.
 */
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { launchOptions } from '../e2e/browser.ts';
import { SignInPage } from '../e2e/pages/SignInPage.ts';
import { text } from '../e2e/strings.ts';
import { paths } from '../src/config/paths.ts';
import { createMockHttpServer } from '../src/mocks/server/createMockHttpServer.ts';
import { startPreview } from './previewServer.ts';

const QUERIES = [
  'Петро',
  'Козло',
  'Смирн',
  'Иванов',
  'Кузне',
  'Попова',
  'Соколо',
  'Лебед',
  'Новико',
  'Морозо',
  'Волко',
  'Алексе',
  'Семёно',
  'Егоро',
  'Павло',
  'Козлов',
  'Степан',
  'Никола',
  'Орлов',
  'Андре',
  'Макаро',
  'Никити',
  'Захар',
  'Зайце',
  'Соловь',
  'Борисо',
  'Яковл',
  'Григор',
  'Романо',
  'Воробь',
];
const runs = Number(process.argv[2] ?? 15);
if (!Number.isInteger(runs) || runs < 1 || runs > QUERIES.length) {
  console.error(`usage: node scripts/bench-member-picker.ts [runs, 1–${QUERIES.length}]`);
  process.exit(2);
}
declare global {
  interface Window {
    /** ms from the last keystroke to the frame that shows matches of the query being typed. */
    pickerLatency?: Promise<number>;
  }
}

/** Runs in the page, before typing: starts watching for the query's matches. */
function watchForMatches(query: string): void {
  const normal = (value: string) => value.toLowerCase().replaceAll('ё', 'е');
  window.pickerLatency = new Promise((resolve) => {
    // Cyrillic is typed as text input (no keydown: it is not on the US layout), so the clock
    // starts at each input event.
    let lastKey = 0;
    const onKey = (event: Event) => {
      lastKey = event.timeStamp;
    };
    document.addEventListener('input', onKey, true);
    const observer = new MutationObserver(() => {
      const options = [...document.querySelectorAll('[role="listbox"] [role="option"]')];
      const matching = (option: Element) =>
        normal(option.textContent ?? '').includes(normal(query));
      if (options.length === 0 || !options.every(matching)) return;
      observer.disconnect();
      document.removeEventListener('input', onKey, true);
      requestAnimationFrame(() => resolve(performance.now() - lastKey));
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

const mockStarted = Date.now();
const mock = await createMockHttpServer({ users: 100_000, port: 0 });
console.log(
  `mock PBM with ${mock.pbm.store.liveUserCount()} users in ${Date.now() - mockStarted} ms`,
);
const { origin, stop: stopPreview } = await startPreview();

const timings: number[] = [];
try {
  const browser = await chromium.launch(launchOptions);
  try {
    const context = await browser.newContext({ locale: 'ru-RU', baseURL: origin });
    await context.route('**/config.json', (route) =>
      route.fulfill({ json: { apiBaseUrl: mock.url, mock: false } }),
    );
    const page = await context.newPage();
    const t = (key: string) => text('ru-RU', 'maillists', key);
    const signIn = new SignInPage(page);
    await signIn.goTo(paths.mailingLists('default'));
    await signIn.signIn('admin@example.ru', 'admin');
    await page.getByRole('button', { name: t('create') }).click();
    const picker = page.getByRole('combobox', { name: t('picker.label') });

    for (const query of QUERIES.slice(0, runs)) {
      await picker.fill('');
      await page.getByRole('listbox').waitFor({ state: 'detached' });
      await picker.focus();
      await page.evaluate(watchForMatches, query);
      await page.keyboard.type(query, { delay: 40 });
      const ms = await page.evaluate(
        () => window.pickerLatency ?? Promise.reject(new Error('not watching')),
      );
      timings.push(ms);
      console.log(`${query.padEnd(8)} ${ms.toFixed(0).padStart(5)} ms`);
    }
  } finally {
    await browser.close();
  }
} finally {
  stopPreview();
  await mock.close();
}

const sorted = [...timings].sort((a, b) => a - b);
const percentile = (p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
const load = loadavg()
  .map((value) => value.toFixed(1))
  .join(' ');
console.log(
  `member picker, 100 000 users, ${runs} runs, load average ${load}: median ${percentile(0.5).toFixed(0)} ms, ` +
    `p90 ${percentile(0.9).toFixed(0)} ms (last keystroke → matches on screen)`,
);
