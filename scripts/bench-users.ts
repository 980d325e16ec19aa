/**
 * The Users section's performance budget (issue 4), measured the way an administrator meets it:
 * the production build in headless Chromium against the mock PBM holding 100 000 users, with
 * no added latency. Run after `npm run build`:
 *
 *   node scripts/bench-users.ts            # BENCH_RUNS=15 by default
 *
 * Prints the median and p90 of: typing a search term → its first row on screen (from the last
 * keystroke), next page → its first row, a sort change → its first row; the longest Long Task
 * while 50 rows render; and the gzip size of the JavaScript that opening Users adds to what
 * the sign-in page loaded.
 */
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { launchOptions } from '../e2e/browser.ts';
import { AppShell } from '../e2e/pages/AppShell.ts';
import { SignInPage } from '../e2e/pages/SignInPage.ts';
import { UsersListPage } from '../e2e/pages/UsersListPage.ts';
import { USER_PAGE_SIZE } from '../src/mocks/pbm/handlers/users.ts';
import { queryUserDirectory, type OrderBy } from '../src/mocks/pbm/store/userDirectory.ts';
import { createMockHttpServer } from '../src/mocks/server/createMockHttpServer.ts';
import { startPreview } from './previewServer.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const USERS = 100_000;

// Another build directory (e.g. one an e2e run is not serving at the moment) via BENCH_OUT_DIR.
const { origin, stop: stopPreview } = await startPreview(process.env.BENCH_OUT_DIR ?? 'dist');

const mock = await createMockHttpServer({ users: USERS, port: 0 });
const directory = mock.pbm.store.directory('default');
/** The first address the server will answer for a view: what the table must show. */
const firstMailOf = (search: string, orderBy: OrderBy, descending: boolean, page = 1) =>
  queryUserDirectory(directory, { search, orderBy, descending, page, pageSize: USER_PAGE_SIZE })
    .users[0]?.mail ?? '';

const browser = await chromium.launch(launchOptions);
/** A fresh browser profile (empty cache) whose config.json points at the mock. */
async function newContext() {
  const created = await browser.newContext({ baseURL: origin, locale: 'ru-RU' });
  await created.route('**/config.json', (route) =>
    route.fulfill({ json: { apiBaseUrl: mock.url, mock: false } }),
  );
  return created;
}
const context = await newContext();
const page = await context.newPage();

// Every JavaScript file, gzip-compressed as nginx would (level 9), in the order it arrived.
function recordScripts(target: Page): Map<string, number> {
  const loaded = new Map<string, number>();
  target.on('response', async (response) => {
    if (!response.url().endsWith('.js')) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    loaded.set(new URL(response.url()).pathname, gzipSync(body, { level: 9 }).length);
  });
  return loaded;
}
const scripts = recordScripts(page);

// In-page probes: when the last key went down or the last click happened, every Long Task, and a
// wait for a given first row that resolves at the next frame after it is in the DOM.
await context.addInitScript(() => {
  const bench = {
    lastInput: 0,
    longTasks: [] as { start: number; duration: number }[],
    /** List requests (GET /v2/users/…?…): when sent and when fully answered. */
    requests: [] as { start: number; end: number }[],
    firstRowAt(mail: string): Promise<number> {
      return new Promise((resolve) => {
        const shown = () =>
          document.querySelector('table tbody tr a')?.textContent === mail &&
          document.querySelector('table[aria-busy="false"]') !== null;
        const done = () => requestAnimationFrame(() => resolve(performance.now()));
        if (shown()) return done();
        const observer = new MutationObserver(() => {
          if (!shown()) return;
          observer.disconnect();
          done();
        });
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
      });
    },
  };
  Object.assign(window, { bench });
  const stamp = () => (bench.lastInput = performance.now());
  document.addEventListener('keydown', stamp, true);
  // Playwright types characters missing from its US layout (Cyrillic) as text input, no keydown.
  document.addEventListener('input', stamp, true);
  document.addEventListener('click', stamp, true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceResourceTiming[]) {
      if (!/\/v2\/users\/[^/]+\?/.test(entry.name)) continue;
      bench.requests.push({ start: entry.startTime, end: entry.responseEnd });
    }
  }).observe({ type: 'resource' });
});

type Bench = {
  lastInput: number;
  longTasks: { start: number; duration: number }[];
  requests: { start: number; end: number }[];
  firstRowAt(mail: string): Promise<number>;
};

type TraceEvent = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
};

/** The renderer main thread's tasks in a Chrome trace: the longest in wall time and in CPU time. */
function longestTaskOf(trace: { traceEvents: (TraceEvent & { args?: { name?: string } })[] }) {
  const mainThreads = new Set(
    trace.traceEvents
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const tasks = trace.traceEvents.filter(
    (event) =>
      (event.name === 'ThreadControllerImpl::RunTask' || event.name === 'RunTask') &&
      event.ph === 'X' &&
      mainThreads.has(`${event.pid}:${event.tid}`),
  );
  const longest = (field: 'dur' | 'tdur') =>
    Math.max(0, ...tasks.map((task) => (task[field] ?? 0) / 1000));
  return { wall: longest('dur'), cpu: longest('tdur') };
}

/** Resolves with the page's clock when `mail` heads the table; fails after 20 s. */
function firstRowAt(target: Page, mail: string): Promise<number> {
  const shown = target.evaluate(
    (expected) => (window as unknown as { bench: Bench }).bench.firstRowAt(expected),
    mail,
  );
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`${mail} never headed the table`)), 20_000).unref(),
  );
  return Promise.race([shown, timeout]);
}

/** Runs `act` and returns ms from the last input to `mail` heading the table, and long tasks. */
async function measure(target: Page, mail: string, act: () => Promise<void>) {
  const shown = firstRowAt(target, mail);
  await act();
  const end = await shown;
  return target.evaluate((endAt) => {
    const { bench } = window as unknown as { bench: Bench };
    const start = bench.lastInput;
    const during = bench.longTasks.filter((task) => task.start + task.duration >= start);
    const request = bench.requests.filter((entry) => entry.start >= start).at(-1);
    bench.longTasks = [];
    bench.requests = [];
    return {
      ms: endAt - start,
      // Where the time went: input → request sent, the server's answer, answer → on screen.
      phases: request
        ? [request.start - start, request.end - request.start, endAt - request.end]
        : [NaN, NaN, NaN],
      longestTask: Math.max(0, ...during.map((task) => task.duration)),
    };
  }, end);
}

const signIn = new SignInPage(page);
await signIn.goTo();
await page.waitForLoadState('networkidle');
const signInScripts = new Set(scripts.keys());

const users = new UsersListPage(page);
const firstRender = await measure(page, firstMailOf('', 'mail', false), () =>
  signIn.signIn('admin@example.ru', 'admin'),
);
await page.waitForLoadState('networkidle');
const usersScripts = [...scripts].filter(([name]) => !signInScripts.has(name));

// Distinct terms (never a cached answer) whose first row differs from the previous term's and
// changes when sorted by last name, so every measured change shows on screen.
const terms: string[] = [];
for (const user of directory.sn.users.filter((_, index) => index % 997 === 0)) {
  const term = user.sn.toLowerCase().slice(0, 5);
  const first = firstMailOf(term, 'mail', false);
  const fresh =
    !terms.includes(term) &&
    first !== firstMailOf(terms.at(-1) ?? '', 'mail', false) &&
    first !== firstMailOf(term, 'sn', false);
  if (fresh) terms.push(term);
  if (terms.length === RUNS) break;
}
if (terms.length < RUNS) throw new Error(`only ${terms.length} usable search terms`);

type Sample = { ms: number; phases: number[]; longestTask: number };
const results = { search: [] as Sample[], page: [] as Sample[], sort: [] as Sample[] };
let longestTask = 0;
const record = (kind: keyof typeof results, sample: Sample) => {
  results[kind].push(sample);
  longestTask = Math.max(longestTask, sample.longestTask);
};

// Long Tasks are wall time, and this machine is shared: a Chrome trace of the paging and search
// runs (no page loads in between) gives each task's CPU time too, the page's own work.
await browser.startTracing(page, { categories: ['toplevel'] });
for (let pageNumber = 2; pageNumber <= RUNS + 1; pageNumber += 1) {
  record(
    'page',
    await measure(page, firstMailOf('', 'mail', false, pageNumber), () => users.goToPage('next')),
  );
}

// A new search starts again from page 1 in the list's order (address, ascending).
for (const term of terms) {
  await users.searchField.click();
  await page.keyboard.press('ControlOrMeta+a');
  record(
    'search',
    await measure(page, firstMailOf(term, 'mail', false), () =>
      page.keyboard.type(term, { delay: 30 }),
    ),
  );
}
const longestMainThreadTask = longestTaskOf(JSON.parse((await browser.stopTracing()).toString()));

// Sorting each search by last name: a view nobody has asked for yet.
for (const term of terms) {
  await users.goTo('default', { search: term });
  await firstRowAt(page, firstMailOf(term, 'mail', false));
  record('sort', await measure(page, firstMailOf(term, 'sn', false), () => users.sortBy('sn')));
}

// The section's own share: the shell already up, showing its "not found" page (deliberately an
// address no builder makes, so no section loads), then Users through the main menu.
const shellPage = await (await newContext()).newPage();
const shellScripts = recordScripts(shellPage);
const shellSignIn = new SignInPage(shellPage);
await shellSignIn.goTo('/t/default/no-such-section');
await shellSignIn.signIn('admin@example.ru', 'admin');
const shell = new AppShell(shellPage);
await shell.mainMenu.waitFor();
await shellPage.waitForLoadState('networkidle');
const beforeUsers = new Set(shellScripts.keys());
await shell.openSection('users');
await new UsersListPage(shellPage).rows.nth(USER_PAGE_SIZE - 1).waitFor();
await shellPage.waitForLoadState('networkidle');
const ownScripts = [...shellScripts].filter(([name]) => !beforeUsers.has(name));

await browser.close();
await mock.close();
stopPreview();

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
};
const ms = (value: number) => `${value.toFixed(0)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

console.log(
  `Users section, ${USERS.toLocaleString('en')} users, ${RUNS} runs each, load average ${loadavg()[0]?.toFixed(1)}`,
);
for (const [kind, label] of [
  ['search', 'search: last keystroke → first row'],
  ['page', 'next page → first row'],
  ['sort', 'sort change → first row'],
] as const) {
  const samples = results[kind];
  const median = (pick: (sample: Sample) => number) => ms(quantile(samples.map(pick), 0.5));
  console.log(
    `  ${label.padEnd(38)} median ${median((x) => x.ms)}, p90 ${ms(
      quantile(
        samples.map((x) => x.ms),
        0.9,
      ),
    )}` +
      ` (medians: to request ${median((x) => x.phases[0] ?? NaN)}, server ${median((x) => x.phases[1] ?? NaN)}, answer → screen ${median((x) => x.phases[2] ?? NaN)})`,
  );
}
console.log(
  `  longest Long Task while 50 new rows render (all samples above): ${longestTask > 0 ? ms(longestTask) : 'none (no task over 50 ms)'}` +
    ` (trace of the paging and search runs: longest main-thread task ${ms(longestMainThreadTask.wall)}` +
    ` wall; the most CPU any one task used ${ms(longestMainThreadTask.cpu)})`,
);
console.log(
  `  sign-in → first 50 rows on screen: ${ms(firstRender.ms)}, longest Long Task ${firstRender.longestTask > 0 ? ms(firstRender.longestTask) : 'none'} (includes loading and starting the signed-in chunks)`,
);
const own = new Set(ownScripts.map(([name]) => name));
for (const [name, gzip] of usersScripts.sort((a, b) => b[1] - a[1])) {
  console.log(`    ${kb(gzip).padStart(9)} gzip  ${own.has(name) ? '*' : ' '} ${name}`);
}
const sum = (files: [string, number][]) => files.reduce((total, [, gzip]) => total + gzip, 0);
const total = sum(usersScripts);
console.log(
  `  JavaScript opening Users adds to sign-in: ${usersScripts.length} files, ${kb(total)} gzip`,
);
console.log(
  `  of which the Users section's own (*: loaded when the shell is already up): ${ownScripts.length} files, ${kb(sum(ownScripts))} gzip`,
);
