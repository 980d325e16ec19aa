/**
 * `npm test`: every check the project has, in the order a failure is cheapest to find, ending
 * with the line CI reads: `N passed, N failed`. Each step runs even when an earlier one failed,
 * so one run shows everything that is wrong; the exit code is non-zero if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

interface Tally {
  passed: number;
  failed: number;
}

const tally: Tally = { passed: 0, failed: 0 };
const started = Date.now();

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  const stepStarted = Date.now();
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  const seconds = ((Date.now() - stepStarted) / 1000).toFixed(1);
  console.log(`◀ ${result.status === 0 ? 'ok' : 'FAILED'} in ${seconds} s`);
  return result.status === 0;
}

/** A step that is one check: it passes or fails as a whole. */
function check(name: string, command: string, args: string[]) {
  if (run(command, args)) tally.passed += 1;
  else {
    tally.failed += 1;
    console.log(`✗ ${name} failed`);
  }
}

/** A step that runs many tests and reports them in a JSON file. */
function suite(
  name: string,
  command: string,
  args: string[],
  report: string,
  count: (json: unknown) => Tally,
  env: NodeJS.ProcessEnv = {},
) {
  rmSync(report, { force: true });
  const ok = run(command, args, env);
  if (!existsSync(report)) {
    tally.failed += 1;
    console.log(`✗ ${name}: no report was written (${report})`);
    return;
  }
  const counted = count(JSON.parse(readFileSync(report, 'utf8')));
  tally.passed += counted.passed;
  tally.failed += counted.failed;
  // A runner that failed without naming a failed test (a crash, a config error) still fails.
  if (!ok && counted.failed === 0) tally.failed += 1;
  console.log(`${name}: ${counted.passed} passed, ${counted.failed} failed`);
}

const npx = 'npx';

check('type check', npx, ['tsc', '--noEmit', '-p', '.']);
check('lint', npx, ['eslint', '.', '--max-warnings', '0']);
check('format', npx, ['prettier', '--check', '.']);

suite(
  'unit and integration tests',
  npx,
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile=test-results/vitest.json',
  ],
  'test-results/vitest.json',
  (json) => {
    const report = json as { numPassedTests: number; numFailedTests: number };
    return { passed: report.numPassedTests, failed: report.numFailedTests };
  },
);

/** A Playwright JSON report's tally; a test that passed only on retry counts as failed. */
function playwrightTally(json: unknown): Tally {
  const { stats } = json as { stats: { expected: number; unexpected: number; flaky: number } };
  return { passed: stats.expected, failed: stats.unexpected + stats.flaky };
}

suite(
  'end-to-end tests',
  npx,
  ['playwright', 'test'],
  'test-results/e2e-report.json',
  playwrightTally,
);

// The dist/ the step above built, behind nginx rendered from deploy/nginx/ (mock PBM upstream).
suite(
  'end-to-end tests behind nginx',
  npx,
  ['playwright', 'test', '-c', 'playwright.nginx.config.ts'],
  'test-results/e2e-nginx-report.json',
  playwrightTally,
);

// Accessibility and best practices of the nginx-served sign-in page must score 100; the
// performance score is printed for the record (a benchmark, see the README's development notes).
check('lighthouse', npx, ['node', 'scripts/lighthouse.ts', '--check']);

const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(`\nnpm test finished in ${minutes} min`);
console.log(`${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed === 0 ? 0 : 1);
