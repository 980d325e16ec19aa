import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createMockPbm, type MockPbm, type MockPbmOptions } from '../createMockPbm.ts';

/** The origin tests call; the handlers answer any origin. */
export const PBM_TEST_URL = 'http://pbm.test';

/**
 * One mock PBM per test file behind msw/node, reset to its seed after every test. Unhandled
 * requests fail the test, so a typo in a path cannot pass silently.
 */
export function setUpMockPbm(options: MockPbmOptions = {}): MockPbm {
  const pbm = createMockPbm(options);
  const server = setupServer(...pbm.handlers);
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  afterEach(() => pbm.reset());
  afterAll(() => server.close());
  return pbm;
}

export type CallOptions = {
  token?: string;
  /** Sent urlencoded, like `curl -d`. */
  form?: Record<string, string>;
  body?: BodyInit;
  headers?: Record<string, string>;
};

// Bodies are checked with expect(); a loose type keeps the assertions readable.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonBody = any;

export async function callPbm(
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<{ status: number; body: JsonBody }> {
  const headers = new Headers(options.headers);
  if (options.token) headers.set('authorization', `Bearer ${options.token}`);
  const body = options.form ? new URLSearchParams(options.form) : options.body;
  const response = await fetch(`${PBM_TEST_URL}${path}`, { method, headers, body });
  return { status: response.status, body: await response.json() };
}

/** The access token of a demo account (see seed/namedAccounts.ts). */
export async function signIn(login = 'admin@example.ru', password = 'admin'): Promise<string> {
  const { status, body } = await callPbm('POST', '/v2/auth', { form: { login, password } });
  if (status !== 200) throw new Error(`sign-in of ${login} failed: ${JSON.stringify(body)}`);
  return body.access_token as string;
}
