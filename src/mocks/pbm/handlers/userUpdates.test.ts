// @vitest-environment node
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { callPbm, signIn, setUpMockPbm } from '../testing/mockPbmTestServer.ts';

const START = Date.parse('2026-03-01T10:00:00Z');
const DAY = 86_400_000;
let clock = START;
setUpMockPbm({ now: () => clock, accessTokenTtl: 90 * 86_400 });
let token = '';
beforeAll(async () => {
  token = await signIn();
});
beforeEach(() => {
  clock = START;
});

const users = (method: string, path: string, form?: Record<string, string>) =>
  callPbm(method, `/v2/users/${path}`, { token, form });

describe('PATCH /v2/users/{tenant-id}/{mail}', () => {
  it('changes only the fields sent (guide 3.5.2, 3.6, 3.8.2, 3.10.2)', async () => {
    const before = (await users('GET', 'default/user@example.ru')).body;
    const form = { ou: 'Development', lang: 'en-US', inetUserStatus: '0', quota: '1024' };
    expect((await users('PATCH', 'default/user@example.ru', form)).body).toEqual({ success: true });
    const after = (await users('GET', 'default/user@example.ru')).body;
    expect(after).toEqual({
      ...before,
      ou: 'Development',
      lang: 'en-US',
      inetUserStatus: 0,
      quota: 1024,
    });
  });

  it('changes the password', async () => {
    await users('PATCH', 'default/user@example.ru', { userPassword: 'n3w' });
    const auth = (password: string) =>
      callPbm('POST', '/v2/auth', { form: { login: 'user', password } });
    expect((await auth('user')).status).toBe(401);
    expect((await auth('n3w')).status).toBe(200);
  });

  it('replaces aliases, and an empty alias clears them (guide 3.9.2)', async () => {
    await users('PATCH', 'default/admin@example.ru', { alias: 'boss@test.ru' });
    expect((await users('GET', 'default/admin@example.ru')).body.alias).toEqual(['boss@test.ru']);
    // The replaced aliases are free again at once.
    expect(
      (
        await users('PUT', 'default/postmaster@example.ru', {
          userPassword: 'x',
          employeeNumber: '2',
          cn: 'Post',
          sn: 'Master',
        })
      ).status,
    ).toBe(200);
    await users('PATCH', 'default/admin@example.ru', { alias: '' });
    expect((await users('GET', 'default/admin@example.ru')).body.alias).toEqual([]);
  });

  it('clears an optional field sent empty, and refuses to empty a required one', async () => {
    await users('PATCH', 'default/admin@example.ru', { title: '', quota: '' });
    const { body } = await users('GET', 'default/admin@example.ru');
    expect(body).not.toHaveProperty('title');
    expect(body).not.toHaveProperty('quota');
    expect((await users('PATCH', 'default/admin@example.ru', { cn: ' ' })).body).toEqual({
      message: { cn: 'cn must not be empty' },
    });
  });

  it('renames with `mail`: the old address is free and lists follow', async () => {
    expect((await users('PATCH', 'default/user@example.ru', { mail: 'demo@test.ru' })).status).toBe(
      200,
    );
    expect((await users('GET', 'default/user@example.ru')).status).toBe(404);
    expect((await users('GET', 'default/demo@test.ru')).body.cn).toBe('Демо');
    const lists = await callPbm('GET', '/maillists?tenant-id=default', { token });
    const all = lists.body.find((list: { mail: string }) => list.mail === 'all@example.ru');
    expect(all.alias).toContain('demo@test.ru');
    expect(all.alias).not.toContain('user@example.ru');
    const newcomer = { userPassword: 'x', employeeNumber: '2', cn: 'Новый', sn: 'Владелец' };
    expect((await users('PUT', 'default/user@example.ru', newcomer)).status).toBe(200);
  });

  it('refuses a rename onto a taken address with 409, and an invalid one with 400', async () => {
    expect(await users('PATCH', 'default/user@example.ru', { mail: 'sales@test.ru' })).toEqual({
      status: 409,
      body: { message: { mail: 'address sales@test.ru is already in use' } },
    });
    expect(
      (await users('PATCH', 'default/user@example.ru', { mail: 'x@north.example.org' })).status,
    ).toBe(400);
  });

  it('answers 404 for an unknown user', async () => {
    expect((await users('PATCH', 'default/ghost@test.ru', { ou: 'x' })).status).toBe(404);
  });
});

describe('DELETE /v2/users/{tenant-id}/{mail}', () => {
  it('hides the user, reserves its addresses for 30 days and drops it from lists', async () => {
    expect((await users('DELETE', 'default/admin@example.ru')).body).toEqual({ success: true });
    expect((await users('GET', 'default/admin@example.ru')).status).toBe(404);
    const list = await users('GET', 'default?search=admin@example.ru');
    expect(list.body.total).toBe(0);
    const lists = await callPbm('GET', '/maillists?tenant-id=default', { token });
    expect(lists.body.flatMap((l: { alias: string[] }) => l.alias)).not.toContain(
      'admin@example.ru',
    );

    const recreate = { userPassword: 'x', employeeNumber: '1', cn: 'A', sn: 'B' };
    expect(await users('PUT', 'default/postmaster@example.ru', recreate)).toEqual({
      status: 409,
      body: {
        message: { mail: 'address postmaster@example.ru is reserved until 2026-03-31T10:00:00Z' },
      },
    });
    clock = START + 30 * DAY + 1000;
    expect((await users('PUT', 'default/admin@example.ru', recreate)).status).toBe(200);
  });

  it('answers 404 the second time', async () => {
    await users('DELETE', 'default/user@example.ru');
    expect((await users('DELETE', 'default/user@example.ru')).status).toBe(404);
  });
});
