// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { callPbm, signIn, setUpMockPbm, type CallOptions } from '../testing/mockPbmTestServer.ts';

const pbm = setUpMockPbm();
let token = '';
beforeAll(async () => {
  token = await signIn();
});

/** Runs a request that must fail and proves the store is exactly as before. */
async function expectNoChange(method: string, path: string, options: CallOptions, status: number) {
  const before = JSON.stringify(pbm.store.snapshot());
  expect((await callPbm(method, path, { token, ...options })).status).toBe(status);
  expect(JSON.stringify(pbm.store.snapshot())).toBe(before);
}

describe('a rejected request changes nothing', () => {
  it('PATCH with valid fields and one invalid field', async () => {
    const form = { ou: 'Новый отдел', cn: 'Другое', alias: 'x@test.ru', quota: 'много' };
    await expectNoChange('PATCH', '/v2/users/default/user@example.ru', { form }, 400);
  });

  it('PATCH renaming onto a taken address', async () => {
    const form = { mail: 'all@example.ru', ou: 'Новый отдел' };
    await expectNoChange('PATCH', '/v2/users/default/user@example.ru', { form }, 409);
  });

  it('PATCH with one free and one taken alias', async () => {
    const form = { alias: 'free@test.ru,room.neva@example.ru', title: 'Директор' };
    await expectNoChange('PATCH', '/v2/users/default/user@example.ru', { form }, 409);
  });

  it('PUT of a user whose alias collides', async () => {
    const form = {
      userPassword: 'x',
      employeeNumber: '2',
      cn: 'A',
      sn: 'B',
      alias: 'dev@example.ru',
    };
    await expectNoChange('PUT', '/v2/users/default/fresh@test.ru', { form }, 409);
  });

  it('POST of a resource into an unknown group, and of a list with a bad member', async () => {
    const resource = 'tenant-id=default&displayName=R&mail=r@test.ru&groupname=Нет';
    await expectNoChange('POST', `/resources?${resource}`, {}, 404);
    const list = 'tenant-id=default&mail=l@test.ru&displayName=L&alias=["ok@test.ru","bad"]';
    await expectNoChange('POST', `/maillists?${encodeURI(list)}`, {}, 400);
  });

  it('PUT of a list with a taken newmail and new members', async () => {
    const query = new URLSearchParams({
      'tenant-id': 'default',
      mail: 'dev@example.ru',
      newmail: 'user@example.ru',
      alias: '["a@test.ru"]',
      displayName: 'Новое имя',
    });
    await expectNoChange('PUT', `/maillists?${query}`, {}, 409);
  });

  it('PUT of a tenant whose second domain belongs to another tenant', async () => {
    await expectNoChange(
      'PUT',
      '/v2/tenants/west',
      { form: { domains: 'west.example.org,test.ru' } },
      409,
    );
  });
});
