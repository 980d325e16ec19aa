// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { FORBIDDEN_TEXT } from '../errors.ts';
import { callPbm, signIn, setUpMockPbm } from '../testing/mockPbmTestServer.ts';
import { CLIENT_IP_HEADER } from './authGuard.ts';

const START = Date.parse('2026-03-01T09:00:00Z');
let clock = START;
const pbm = setUpMockPbm({ now: () => clock, accessTokenTtl: 60, refreshTokenTtl: 3600 });
beforeEach(() => {
  clock = START;
});

const login = (form: Record<string, string>) => callPbm('POST', '/v2/auth', { form });

describe('POST /v2/auth', () => {
  it('signs in by full address and answers the guide 2.4.1 shape', async () => {
    const { status, body } = await login({ login: 'admin@example.ru', password: 'admin' });
    expect(status).toBe(200);
    expect(body).toEqual({
      access_token: expect.any(String),
      refresh_token: expect.any(String),
      expire: clock / 1000 + 60,
      'tenant-id': 'default',
      role: 1,
    });
  });

  it('signs in by bare login within the default tenant, and admins of other tenants by address', async () => {
    expect((await login({ login: 'admin', password: 'admin' })).body.role).toBe(1);
    const north = await login({ login: 'admin@north.example.org', password: 'admin' });
    expect(north.body['tenant-id']).toBe('north');
  });

  it('refuses a wrong password, an unknown login and a blocked account with 401', async () => {
    const wrong = await login({ login: 'admin', password: 'nope' });
    expect(wrong).toEqual({ status: 401, body: { message: 'invalid login or password' } });
    expect((await login({ login: 'ghost', password: 'x' })).status).toBe(401);
    const blocked = await login({ login: 'blocked', password: 'blocked' });
    expect(blocked).toEqual({ status: 401, body: { message: 'account is blocked' } });
  });

  it('lets receive-only users (inetUserStatus 2) and ordinary users sign in', async () => {
    expect((await login({ login: 'readonly', password: 'readonly' })).status).toBe(200);
    expect((await login({ login: 'user', password: 'user' })).body.role).toBe(2);
  });

  it('names every missing parameter', async () => {
    const { status, body } = await login({});
    expect(status).toBe(400);
    expect(body.message).toEqual({
      login: 'login is a required value',
      password: 'password is a required value',
    });
  });

  it('rotates refresh tokens: the old one is refused once used', async () => {
    const first = (await login({ login: 'admin', password: 'admin' })).body;
    const renewed = await login({
      login: 'admin',
      password: 'admin',
      refresh_token: first.refresh_token,
    });
    expect(renewed.status).toBe(200);
    expect(renewed.body.refresh_token).not.toBe(first.refresh_token);
    const reused = await login({ refresh_token: first.refresh_token });
    expect(reused).toEqual({ status: 401, body: { message: 'invalid refresh token' } });
    expect((await login({ refresh_token: renewed.body.refresh_token })).status).toBe(200);
  });

  it('refuses an expired or forged refresh token', async () => {
    const { refresh_token } = (await login({ login: 'admin', password: 'admin' })).body;
    expect((await login({ refresh_token: `${refresh_token}x` })).status).toBe(401);
    clock += 3601 * 1000;
    expect((await login({ refresh_token })).body).toEqual({ message: 'invalid refresh token' });
  });
});

describe('the auth guard', () => {
  it('answers 401 UNAUTHORIZED without a token or with a foreign one', async () => {
    expect(await callPbm('GET', '/v2/tenants')).toEqual({
      status: 401,
      body: { message: 'UNAUTHORIZED' },
    });
    expect((await callPbm('GET', '/v2/tenants', { token: 'abc.def' })).status).toBe(401);
  });

  it('answers 401 TOKEN EXPIRED once the access token has expired', async () => {
    const token = await signIn();
    expect((await callPbm('GET', '/v2/tenants', { token })).status).toBe(200);
    clock += 61 * 1000;
    expect(await callPbm('GET', '/v2/tenants', { token })).toEqual({
      status: 401,
      body: { message: 'TOKEN EXPIRED' },
    });
  });

  it('answers 403 with the guide text to ordinary users (role 2)', async () => {
    const token = await signIn('user', 'user');
    for (const path of ['/v2/tenants', '/v2/users/default', '/maillists?tenant-id=default']) {
      expect(await callPbm('GET', path, { token })).toEqual({
        status: 403,
        body: { message: FORBIDDEN_TEXT },
      });
    }
  });

  it('keeps administrators of another tenant inside it', async () => {
    const token = await signIn('admin@north.example.org', 'admin');
    expect((await callPbm('GET', '/v2/users/north', { token })).status).toBe(200);
    expect((await callPbm('GET', '/v2/users/default', { token })).status).toBe(403);
    expect((await callPbm('GET', '/v2/tenants', { token })).body).toEqual([
      { 'tenant-id': 'north', domains: ['north.example.org'] },
    ]);
  });

  it('needs no token from a trusted subnet, and only there', async () => {
    pbm.configure({ allowedSubnets: ['10.0.0.0/8', '::1/128'] });
    try {
      const fromSubnet = { headers: { [CLIENT_IP_HEADER]: '10.1.2.3' } };
      expect((await callPbm('GET', '/v2/tenants', fromSubnet)).status).toBe(200);
      const mapped = { headers: { [CLIENT_IP_HEADER]: '::ffff:10.9.9.9' } };
      expect((await callPbm('DELETE', '/v2/tenants/north', mapped)).status).toBe(200);
      const outside = { headers: { [CLIENT_IP_HEADER]: '192.168.0.1' } };
      expect((await callPbm('GET', '/v2/tenants', outside)).status).toBe(401);
    } finally {
      pbm.configure({ allowedSubnets: [] });
    }
  });
});
