import { setupServer } from 'msw/node';
import { createMockPbm } from '@/mocks/pbm/createMockPbm';

/** Where UI tests reach PBM: the mock's handlers answer any origin, this one keeps URLs readable. */
export const TEST_API_BASE_URL = 'http://pbm.test';

/** The same mock PBM the dev server and e2e tests use, reset to its seed after every test. */
export const mockPbm = createMockPbm();

/** Override a handler for one test with `server.use(...)` (faults, delays). */
export const server = setupServer(...mockPbm.handlers);
