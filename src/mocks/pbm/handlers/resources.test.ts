// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { callPbm, signIn, setUpMockPbm } from '../testing/mockPbmTestServer.ts';

setUpMockPbm();
let token = '';
beforeAll(async () => {
  token = await signIn();
});

const call = (method: string, pathAndQuery: string) => callPbm(method, pathAndQuery, { token });
const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

describe('resource groups (guide 3.11)', () => {
  it('lists the groups of a tenant with their resource counts', async () => {
    const { body } = await call('GET', '/resources/groups?tenant-id=default');
    expect(body).toEqual([
      { groupname: 'Оборудование', description: expect.any(String), resources: 3 },
      { groupname: 'Переговорные Москва', description: expect.any(String), resources: 3 },
      { groupname: 'Переговорные Санкт-Петербург', description: expect.any(String), resources: 2 },
    ]);
  });

  it('creates a group, refusing a name taken in any case', async () => {
    const create = (groupname: string) =>
      call(
        'POST',
        `/resources/groups?${q({ 'tenant-id': 'default', groupname, description: 'Казань' })}`,
      );
    expect((await create('Переговорные Казань')).body).toEqual({ success: true });
    expect(await create('переговорные казань')).toEqual({
      status: 409,
      body: { message: { groupname: 'group переговорные казань already exists' } },
    });
  });

  it('names every missing parameter', async () => {
    expect((await call('POST', '/resources/groups')).body).toEqual({
      message: {
        'tenant-id': 'tenant-id is a required value',
        groupname: 'groupname is a required value',
      },
    });
  });

  it('deletes a group with its resources, freeing their mailboxes', async () => {
    const group = q({ 'tenant-id': 'default', groupname: 'Переговорные Москва' });
    expect((await call('DELETE', `/resources/groups?${group}`)).body).toEqual({ success: true });
    const left = (await call('GET', '/resources?tenant-id=default')).body;
    expect(left).toHaveLength(5);
    const form = { userPassword: 'x', employeeNumber: '2', cn: 'Байкал', sn: 'Озеро' };
    const reuse = await callPbm('PUT', '/v2/users/default/room.baikal@example.ru', { token, form });
    expect(reuse.status).toBe(200);
    expect((await call('DELETE', `/resources/groups?${group}`)).status).toBe(404);
  });
});

describe('resources (guide 3.12)', () => {
  const view = {
    mail: 'room.oka@example.ru',
    displayName: 'Переговорная «Ока»',
    groupname: 'Переговорные Москва',
    description: '7 этаж',
    l: 'Москва',
  };
  const room = { 'tenant-id': 'default', ...view };

  it('creates a resource and lists it, filtered by group', async () => {
    expect((await call('POST', `/resources?${q(room)}`)).body).toEqual({ success: true });
    const filter = q({ 'tenant-id': 'default', groupname: 'Переговорные Москва' });
    const { body } = await call('GET', `/resources?${filter}`);
    expect(body).toHaveLength(4);
    expect(body).toContainEqual(view);
  });

  it('refuses a taken mailbox, an unknown group and a foreign domain', async () => {
    expect(
      (await call('POST', `/resources?${q({ ...room, mail: 'user@example.ru' })}`)).status,
    ).toBe(409);
    expect(await call('POST', `/resources?${q({ ...room, groupname: 'Нет такой' })}`)).toEqual({
      status: 404,
      body: { message: 'group Нет такой not found' },
    });
    expect((await call('POST', `/resources?${q({ ...room, mail: 'a@b.example' })}`)).status).toBe(
      400,
    );
  });

  it('updates a resource found by mail; mailbox and group cannot change', async () => {
    const update = {
      'tenant-id': 'default',
      mail: 'projector@example.ru',
      displayName: 'Проектор',
      l: '',
    };
    expect((await call('PUT', `/resources?${q(update)}`)).body).toEqual({ success: true });
    const { body } = await call('GET', '/resources?tenant-id=default&groupname=Оборудование');
    expect(body).toContainEqual({
      mail: 'projector@example.ru',
      displayName: 'Проектор',
      groupname: 'Оборудование',
      description: 'Кабинет 214',
    });
    const moved = await call(
      'PUT',
      `/resources?${q({ ...update, groupname: 'Переговорные Москва' })}`,
    );
    expect(moved).toEqual({
      status: 400,
      body: { message: { groupname: 'the group of a resource cannot be changed' } },
    });
    const renamed = await call('PUT', `/resources?${q({ ...update, newmail: 'p@example.ru' })}`);
    expect(renamed.body.message).toEqual({
      newmail: 'the mailbox of a resource cannot be changed',
    });
    const withoutMail = { 'tenant-id': 'default', displayName: 'Проектор' };
    expect((await call('PUT', `/resources?${q(withoutMail)}`)).body).toEqual({
      message: { mail: 'mail is a required value' },
    });
  });

  it('deletes a resource', async () => {
    const target = q({ 'tenant-id': 'default', mail: 'car@test.ru' });
    expect((await call('DELETE', `/resources?${target}`)).body).toEqual({ success: true });
    expect(await call('DELETE', `/resources?${target}`)).toEqual({
      status: 404,
      body: { message: 'resource car@test.ru not found' },
    });
  });
});
