import { test as base, expect, type Page } from '@playwright/test';
import { startNginxStack, type NginxStack } from '../deploy/nginxStack.ts';

export interface NginxWorkerOptions {
  /** The panel's URL path in this project: `/` or `/admin/`. */
  basePath: string;
}

interface WorkerFixtures {
  /** This worker's own nginx over dist/ and its own mock PBM, so workers never share data. */
  stack: NginxStack;
}

interface TestFixtures {
  /** An app path from paths.ts (`/sign-in`), as a full URL under the stack's base path. */
  appUrl: (path: string) => string;
  freshPbm: void;
}

type CspReporter = (violation: string) => void;

/** Console errors, uncaught exceptions and CSP violations of a page, as readable lines. */
function watch(page: Page, problems: string[]) {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
}

// Fixture callbacks call their second argument `provide`, not Playwright's usual `use`: the React
// hooks lint rule takes `use(...)` for React's `use` hook outside e2e/ (eslint.config.js).
export const test = base.extend<TestFixtures, NginxWorkerOptions & WorkerFixtures>({
  basePath: ['/', { scope: 'worker', option: true }],
  stack: [
    async ({ basePath }, provide) => {
      const stack = await startNginxStack({ basePath, snapshot: true });
      await provide(stack);
      await stack.stop();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ stack }, provide) => {
    await provide(stack.url);
  },
  appUrl: async ({ stack }, provide) => {
    await provide((path) => new URL(path.replace(/^\//, ''), stack.url).href);
  },
  // Every test starts from the mock PBM's seed, with the usual token lifetimes.
  freshPbm: [
    async ({ stack }, provide) => {
      stack.mock?.pbm.reset();
      stack.mock?.pbm.configure({ accessTokenTtl: 900, refreshTokenTtl: 86_400 });
      await provide();
    },
    { auto: true },
  ],
  // Any tab of a test that logs an error or breaks the CSP fails it: a style blocked by the CSP
  // is easy to miss on screen, so the browser's own report is what counts.
  context: async ({ context }, provide) => {
    const problems: string[] = [];
    await context.exposeFunction('__reportCspViolation', (violation: string) =>
      problems.push(`CSP violation: ${violation}`),
    );
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { __reportCspViolation: CspReporter })
          .__reportCspViolation;
        report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
      });
    });
    context.on('page', (page) => watch(page, problems));
    await provide(context);
    expect(problems, 'console errors and CSP violations').toEqual([]);
  },
});

export { expect };
