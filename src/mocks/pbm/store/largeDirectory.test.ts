// @vitest-environment node
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createMockPbm } from '../createMockPbm.ts';
import { CLIENT_IP_HEADER } from '../handlers/authGuard.ts';

const search = encodeURIComponent('петр');
const searchRequest = () =>
  new Request(`http://pbm.test/v2/users/default?search=${search}&orderby=sn&page=3`, {
    headers: { [CLIENT_IP_HEADER]: '127.0.0.1' },
  });

// Guards, not benchmarks: generous limits that still catch a per-request sort of 100k users
// (seconds under load). The search is judged by its fastest of three answers, which other work on
// a busy CI machine can slow but not speed up.
describe('a directory of 100 000 users', () => {
  it('builds in under 10 s and answers a search page in under 200 ms', async () => {
    const buildStarted = performance.now();
    const pbm = createMockPbm({ users: 100_000, allowedSubnets: ['127.0.0.1/32'] });
    const buildMs = performance.now() - buildStarted;
    expect(pbm.store.liveUserCount()).toBeGreaterThan(100_000);
    expect(buildMs).toBeLessThan(10_000);

    const timings: number[] = [];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const started = performance.now();
      const body = await (await getResponse(pbm.handlers, searchRequest()))?.json();
      timings.push(performance.now() - started);
      expect(body.total).toBeGreaterThan(150);
      expect(body.users).toHaveLength(50);
    }
    expect(Math.min(...timings)).toBeLessThan(200);
    const [first, ...again] = timings.map((ms) => ms.toFixed(0));
    console.info(
      `100k users: built in ${buildMs.toFixed(0)} ms; search ${first} ms, again ${again.join(', ')} ms`,
    );
  });
});
