// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { callPbm, signIn, setUpMockPbm } from '../testing/mockPbmTestServer.ts';
import { parseMembers } from './memberList.ts';

setUpMockPbm();
let token = '';
beforeAll(async () => {
  token = await signIn();
});

const call = (method: string, query: Record<string, string>) =>
  callPbm(method, `/maillists?${new URLSearchParams(query)}`, { token });
const listsOfDefault = async () =>
  (await call('GET', { 'tenant-id': 'default' })).body as Array<{
    mail: string;
    displayName: string;
    alias: string[];
  }>;

describe('member list parsing', () => {
  it.each([
    ['["a@test.ru","b@test.ru"]', ['a@test.ru', 'b@test.ru']],
    // As printed in guide 3.13.2, pasted without a shell.
    ['\\["email1@test.ru","\\email2@test.ru"\\]', ['email1@test.ru', 'email2@test.ru']],
    // What the guide's command delivers after the shell and curl ate quotes and backslashes.
    ['[email1@test.ru,email2@test.ru]', ['email1@test.ru', 'email2@test.ru']],
    ['[]', []],
  ])('reads %s', (raw, members) => {
    expect(parseMembers(raw, 'list@test.ru')).toEqual(members);
  });

  it.each([
    ['a@test.ru', 'alias must be a JSON array of email addresses'],
    ['{"a":1}', 'alias must be a JSON array of email addresses'],
    ['["not an address"]', 'invalid email address not an address'],
    ['["A@test.ru","a@TEST.ru"]', 'duplicate member a@test.ru'],
    ['["list@test.ru"]', 'a mailing list cannot be its own member'],
  ])('refuses %s', (raw, problem) => {
    expect(parseMembers(raw, 'list@test.ru')).toEqual({ problem });
  });
});

describe('mailing lists (guide 3.13)', () => {
  it('lists the four demo lists with members', async () => {
    const lists = await listsOfDefault();
    expect(lists.map((list) => list.mail).sort()).toEqual([
      'all@example.ru',
      'dev@example.ru',
      'sales@test.ru',
      'support@example.ru',
    ]);
    expect(lists.find((list) => list.mail === 'sales@test.ru')?.alias).toContain(
      'partner@partner-company.com',
    );
  });

  it('creates a list; every parameter is required', async () => {
    const created = await call('POST', {
      'tenant-id': 'default',
      mail: 'team@test.ru',
      alias: '\\["email1@test.ru","\\email2@test.ru"\\]',
      displayName: 'Команда',
    });
    expect(created.body).toEqual({ success: true });
    expect(await listsOfDefault()).toContainEqual({
      mail: 'team@test.ru',
      displayName: 'Команда',
      alias: ['email1@test.ru', 'email2@test.ru'],
    });
    expect((await call('POST', { 'tenant-id': 'default' })).body.message).toEqual({
      mail: 'mail is a required value',
      alias: 'alias is a required value',
      displayName: 'displayName is a required value',
    });
  });

  it('refuses a taken address with 409 and a foreign domain with 400', async () => {
    const list = { 'tenant-id': 'default', alias: '[]', displayName: 'X' };
    expect(await call('POST', { ...list, mail: 'admin@example.ru' })).toEqual({
      status: 409,
      body: { message: { mail: 'address admin@example.ru is already in use' } },
    });
    expect((await call('POST', { ...list, mail: 'x@north.example.org' })).status).toBe(400);
  });

  it('PUT replaces members, renames with newmail and changes the name', async () => {
    const answer = await call('PUT', {
      'tenant-id': 'default',
      mail: 'dev@example.ru',
      newmail: 'developers@example.ru',
      displayName: 'Разработчики',
      alias: '["email3@test.ru","email4@test.ru"]',
    });
    expect(answer.body).toEqual({ success: true });
    const lists = await listsOfDefault();
    expect(lists).toContainEqual({
      mail: 'developers@example.ru',
      displayName: 'Разработчики',
      alias: ['email3@test.ru', 'email4@test.ru'],
    });
    expect(lists.some((list) => list.mail === 'dev@example.ru')).toBe(false);
  });

  it('PUT refuses a newmail that is taken', async () => {
    const answer = await call('PUT', {
      'tenant-id': 'default',
      mail: 'dev@example.ru',
      newmail: 'all@example.ru',
    });
    expect(answer).toEqual({
      status: 409,
      body: { message: { newmail: 'address all@example.ru is already in use' } },
    });
  });

  it('deletes a list and answers 404 for an unknown one', async () => {
    const target = { 'tenant-id': 'default', mail: 'support@example.ru' };
    expect((await call('DELETE', target)).body).toEqual({ success: true });
    expect(await call('DELETE', target)).toEqual({
      status: 404,
      body: { message: 'maillist support@example.ru not found' },
    });
  });
});
