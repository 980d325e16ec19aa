// @vitest-environment node
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_IP_HEADER } from '../pbm/handlers/authGuard.ts';
import { createMockHttpServer, type MockHttpServer } from './createMockHttpServer.ts';

let server: MockHttpServer;
beforeAll(async () => {
  server = await createMockHttpServer({ port: 0 });
});
afterEach(() => {
  server.pbm.reset();
  server.pbm.configure({ accessTokenTtl: 900, allowedSubnets: [] });
});
afterAll(() => server.close());

const call = async (path: string, init: RequestInit = {}) => {
  const response = await fetch(`${server.url}${path}`, init);
  return { status: response.status, headers: response.headers, body: await response.json() };
};
const signIn = async () =>
  (
    await call('/v2/auth', {
      method: 'POST',
      body: new URLSearchParams({ login: 'admin', password: 'admin' }),
    })
  ).body.access_token as string;

/** fetch cannot send a GET body; the guide's curl does, so node:http does it here. */
function getWithBody(path: string, body: string, headers: Record<string, string>) {
  return new Promise<{ status: number; body: unknown }>((resolve, reject) => {
    const sized = { ...headers, 'content-length': String(Buffer.byteLength(body)) };
    const outgoing = httpRequest(
      `${server.url}${path}`,
      { method: 'GET', headers: sized },
      (incoming) => {
        let text = '';
        incoming.on('data', (chunk: Buffer) => (text += chunk.toString()));
        incoming.on('end', () =>
          resolve({ status: incoming.statusCode ?? 0, body: JSON.parse(text) }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

describe('createMockHttpServer', () => {
  it('binds a free port when asked for port 0', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
  });

  it('answers CORS preflights and adds CORS headers to answers', async () => {
    const preflight = await fetch(`${server.url}/v2/users/default`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'PATCH' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(
      /Authorization.*Content-Type.*Accept-Language/,
    );
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PATCH');
    const answer = await call('/v2/tenants');
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers unknown routes with 404 JSON', async () => {
    expect(await call('/nothing/here')).toMatchObject({
      status: 404,
      body: { message: 'not found' },
    });
  });

  it('merges a GET form body into the query (guide 3.4.2)', async () => {
    const token = await signIn();
    const answer = await getWithBody('/v2/users/default', '&page=2&orderby=sn&sort=1', {
      authorization: `Bearer ${token}`,
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(answer).toMatchObject({ status: 200, body: { page: 2, total: 200 } });
  });

  it('trusts the socket address only, never a client-sent address header', async () => {
    const spoofed = { headers: { [CLIENT_IP_HEADER]: '127.0.0.1' } };
    expect((await call('/v2/tenants', spoofed)).status).toBe(401);
    server.pbm.configure({ allowedSubnets: ['127.0.0.0/8'] });
    expect((await call('/v2/tenants')).status).toBe(200);
  });

  it('resets and configures through /__mock endpoints', async () => {
    const token = await signIn();
    await call('/v2/users/default/user@example.ru', {
      method: 'DELETE',
      headers: { authorization: `Bearer ${token}` },
    });
    expect((await call('/__mock/reset', { method: 'POST' })).body).toEqual({ success: true });
    const user = await call('/v2/users/default/user@example.ru', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(user.status).toBe(200);

    const configure = (body: string) => call('/__mock/configure', { method: 'POST', body });
    expect((await configure('{"accessTokenTtl": 2}')).body).toEqual({ success: true });
    const login = await call('/v2/auth', {
      method: 'POST',
      body: new URLSearchParams({ login: 'admin', password: 'admin' }),
    });
    expect(login.body.expire - Math.floor(Date.now() / 1000)).toBeLessThanOrEqual(2);
    expect((await configure('{"accessTokenTtl": -1}')).status).toBe(400);
    expect((await configure('{"allowedSubnets": ["nonsense"]}')).status).toBe(400);
    expect((await configure('{"colour": "blue"}')).body.message).toMatch(/unknown options: colour/);
    expect((await configure('not json')).status).toBe(400);
  });

  it('answers a request node cannot parse with a JSON 400', async () => {
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(server.port, '127.0.0.1', () => socket.write('NONSENSE\r\n\r\n'));
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(reply).toMatch(/^HTTP\/1.1 400[\s\S]*\{"message":"bad request"\}$/);
  });

  it('survives bad input', async () => {
    const token = await signIn();
    const malformed = await call('/v2/users/default/%E0%A4%A', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(malformed.status).toBe(404);
    const huge = await call('/v2/auth', { method: 'POST', body: 'x'.repeat(5 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(
      (await call('/v2/tenants', { headers: { authorization: `Bearer ${token}` } })).status,
    ).toBe(200);
  });
});
