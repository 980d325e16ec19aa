// @vitest-environment jsdom
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { ApiError } from './ApiError';
import { pbm, setRequestLanguage, unwrap } from './client';
import { endSession, getSession, startSession, type AuthTokens } from './session';
import { setRuntimeConfig } from '@/config/runtimeConfig';

const BASE = 'http://pbm.test';
const FAR_FUTURE = Math.floor(Date.now() / 1000) + 3600;

function tokens(generation: number): AuthTokens {
  return {
    access_token: `access-${generation}`,
    refresh_token: `refresh-${generation}`,
    expire: FAR_FUTURE,
    'tenant-id': 'default',
    role: 1,
  };
}

/** A PBM that counts refreshes and accepts only the newest access token. */
function fakePbm({ refresh }: { refresh: () => Response | Promise<Response> }) {
  const seen = { refreshes: 0, tenantRequests: [] as Request[] };
  let validToken = 'access-2';
  const handlers = [
    http.post(`${BASE}/v2/auth`, async ({ request }) => {
      const form = await request.formData();
      if (form.get('refresh_token')) seen.refreshes += 1;
      const response = await refresh();
      if (response.ok) validToken = 'access-2';
      return response;
    }),
    http.get(`${BASE}/v2/tenants`, ({ request }) => {
      seen.tenantRequests.push(request.clone());
      if (request.headers.get('Authorization') !== `Bearer ${validToken}`) {
        return HttpResponse.json({ message: 'TOKEN EXPIRED' }, { status: 401 });
      }
      return HttpResponse.json([{ 'tenant-id': 'default', domains: ['example.ru'] }]);
    }),
  ];
  return { seen, handlers };
}

const server = setupServer();

beforeAll(() => {
  setRuntimeConfig({ apiBaseUrl: BASE });
  server.listen({ onUnhandledFrame: 'error' });
});
afterEach(() => {
  server.resetHandlers();
  endSession({ broadcast: false });
  sessionStorage.clear();
});
afterAll(() => server.close());

const listTenants = () => unwrap(pbm().GET('/v2/tenants'));

describe('token refresh', () => {
  it('renews once for five parallel requests that meet an expired token, then retries each once', async () => {
    const { seen, handlers } = fakePbm({ refresh: () => HttpResponse.json(tokens(2)) });
    server.use(...handlers);
    startSession(tokens(1), 'admin@example.ru');

    const results = await Promise.all(Array.from({ length: 5 }, listTenants));

    expect(results).toHaveLength(5);
    results.forEach((tenants) => expect(tenants[0]?.['tenant-id']).toBe('default'));
    expect(seen.refreshes).toBe(1);
    // 5 first attempts with the old token + 5 retries with the new one.
    expect(seen.tenantRequests).toHaveLength(10);
    expect(sessionStorage.getItem('pbm.refreshToken')).toBe('refresh-2');
  });

  it('marks the session expired when the refresh is refused, and resumes the waiting request after sign-in', async () => {
    const { seen, handlers } = fakePbm({
      refresh: () => HttpResponse.json({ message: 'invalid refresh token' }, { status: 401 }),
    });
    server.use(...handlers);
    startSession(tokens(1), 'admin@example.ru');

    const pending = listTenants();
    await vi.waitFor(() => expect(getSession().status).toBe('expired'));
    expect(sessionStorage.getItem('pbm.refreshToken')).toBeNull();

    startSession(tokens(2), 'admin@example.ru');
    await expect(pending).resolves.toHaveLength(1);
    expect(seen.refreshes).toBe(1);
  });

  it('rejects waiting requests when the admin signs out instead of signing in again', async () => {
    const { handlers } = fakePbm({
      refresh: () => HttpResponse.json({ message: 'invalid refresh token' }, { status: 401 }),
    });
    server.use(...handlers);
    startSession(tokens(1), 'admin@example.ru');

    const pending = listTenants();
    await vi.waitFor(() => expect(getSession().status).toBe('expired'));
    endSession({ broadcast: false });

    await expect(pending).rejects.toMatchObject({ status: 401 });
    expect(getSession().status).toBe('anonymous');
  });

  it('keeps the session when the refresh fails on the network', async () => {
    const { handlers } = fakePbm({ refresh: () => HttpResponse.error() });
    server.use(...handlers);
    startSession(tokens(1), 'admin@example.ru');

    await expect(listTenants()).rejects.toMatchObject({ kind: 'network' });
    expect(getSession().status).toBe('active');
    expect(sessionStorage.getItem('pbm.refreshToken')).toBe('refresh-1');
  });
});

describe('requests and errors', () => {
  it('sends the token and the UI language', async () => {
    let seenHeaders: Headers | undefined;
    server.use(
      http.get(`${BASE}/v2/tenants`, ({ request }) => {
        seenHeaders = request.headers;
        return HttpResponse.json([]);
      }),
    );
    setRequestLanguage('ru-RU');
    startSession(tokens(1), 'admin@example.ru');

    await listTenants();

    expect(seenHeaders?.get('Authorization')).toBe('Bearer access-1');
    expect(seenHeaders?.get('Accept-Language')).toBe('ru-RU');
  });

  it('normalises per-field messages (guide section 6)', async () => {
    server.use(
      http.get(`${BASE}/v2/tenants`, () =>
        HttpResponse.json(
          { message: { mail: 'mail is a required value', cn: 'cn is a required value' } },
          { status: 400 },
        ),
      ),
    );
    const error = await listTenants().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      kind: 'http',
      status: 400,
      fieldErrors: { mail: 'mail is a required value', cn: 'cn is a required value' },
    });
  });

  it('normalises a plain message and a network failure', async () => {
    server.use(
      http.get(`${BASE}/v2/tenants`, () =>
        HttpResponse.json({ message: 'tenant x not found' }, { status: 404 }),
      ),
    );
    await expect(listTenants()).rejects.toMatchObject({
      status: 404,
      message: 'tenant x not found',
    });

    server.use(http.get(`${BASE}/v2/tenants`, () => HttpResponse.error()));
    await expect(listTenants()).rejects.toMatchObject({ kind: 'network', status: 0 });
  });
});

describe('signing in while the session is expired', () => {
  it('goes straight through, without waiting for itself', async () => {
    const { handlers } = fakePbm({
      refresh: () => HttpResponse.json({ message: 'invalid refresh token' }, { status: 401 }),
    });
    let authorization: string | null = 'unset';
    server.use(
      http.post(`${BASE}/v2/auth`, async ({ request }) => {
        const form = await request.clone().formData();
        if (form.get('refresh_token')) return undefined; // the refusing renewal below
        authorization = request.headers.get('Authorization');
        return HttpResponse.json(tokens(2));
      }),
      ...handlers,
    );
    startSession(tokens(1), 'admin@example.ru');
    const pending = listTenants();
    await vi.waitFor(() => expect(getSession().status).toBe('expired'));

    const signedIn = await unwrap(
      pbm().POST('/v2/auth', { body: { login: 'admin@example.ru', password: 'admin' } }),
    );

    expect(signedIn.access_token).toBe('access-2');
    expect(authorization).toBeNull();
    startSession(signedIn, 'admin@example.ru');
    await expect(pending).resolves.toHaveLength(1);
  });
});
