// @vitest-environment node
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMockHttpServer, type MockHttpServer } from './createMockHttpServer.ts';
import { GUIDE_COMMANDS, GUIDE_MEMBERS, GUIDE_NEW_MEMBERS } from './guideCommands.ts';
import { splitShellWords } from './shellWords.ts';

// Every curl example of the admin guide, run with the real curl against the mock server; only
// `https://<domain>` and the <placeholders> are substituted. Requests come from 127.0.0.1, a
// trusted subnet here, so (as in the guide) no token is sent.

const run = promisify(execFile);
let server: MockHttpServer;
beforeAll(async () => {
  server = await createMockHttpServer({ port: 0, allowedSubnets: ['127.0.0.0/8'] });
});
beforeEach(() => server.pbm.reset());
afterAll(() => server.close());

async function guideCurl(guideCommand: string, values: Record<string, string> = {}) {
  let command = guideCommand.replaceAll('https://<domain>', server.url);
  for (const [placeholder, value] of Object.entries(values)) {
    command = command.replaceAll(placeholder, value);
  }
  const [program, ...args] = splitShellWords(command);
  expect(program).toBe('curl');
  const { stdout } = await run('/usr/bin/curl', [
    ...args,
    '--silent',
    '--write-out',
    '\n%{http_code}',
  ]);
  const statusAt = stdout.lastIndexOf('\n');
  return {
    status: Number(stdout.slice(statusAt + 1)),
    body: JSON.parse(stdout.slice(0, statusAt)),
  };
}

const guide = GUIDE_COMMANDS;
const SUCCESS = { status: 200, body: { success: true } };
const USER = { '<tenant-id>': 'default', '<mail>': 'user@example.ru' };
// Node's HTTP parser refuses raw UTF-8 in a URL (nginx would take it), so URL values are encoded.
const RESOURCE = {
  '<tenant-id>': 'default',
  '<gname>': encodeURIComponent('Переговорные Казань'),
  '<descr>': encodeURIComponent('3 этаж'),
  '<name>': encodeURIComponent('Переговорная «Кама»'),
  '<rmail>': 'room.kama@example.ru',
  '<l>': encodeURIComponent('Казань'),
};
const LIST = { '<tenant-id>': 'default', '<mmail>': 'team@test.ru', '<mname>': 'Team' };

describe('2.4.1 authorization', () => {
  it('issues tokens and renews them with the refresh token', async () => {
    const login = { '<login>': 'admin', '<password>': 'admin' };
    const first = await guideCurl(guide.signIn, login);
    expect(first).toEqual({
      status: 200,
      body: {
        access_token: expect.any(String),
        refresh_token: expect.any(String),
        expire: expect.any(Number),
        'tenant-id': 'default',
        role: 1,
      },
    });
    const renewed = await guideCurl(guide.renewTokens, {
      ...login,
      '<refresh_token>': first.body.refresh_token,
    });
    expect(renewed.status).toBe(200);
    expect(renewed.body.refresh_token).not.toBe(first.body.refresh_token);
  });
});

describe('3.2 tenants', () => {
  it('lists, adds (generated and named) and deletes tenants', async () => {
    expect((await guideCurl(guide.listTenants)).body).toContainEqual({
      'tenant-id': 'default',
      domains: ['example.ru', 'test.ru'],
    });
    const added = await guideCurl(guide.addTenant);
    expect(added.body).toEqual({ success: true, 'tenant-id': expect.any(String) });
    expect((await guideCurl(guide.addNamedTenant, { '<tenant-id>': 'south' })).status).toBe(200);
    expect(await guideCurl(guide.deleteTenant, { '<tenant-id>': 'south' })).toEqual(SUCCESS);
  });

  it('3.2.4 syncs tenants and domains', async () => {
    expect(await guideCurl(guide.syncTenants)).toEqual(SUCCESS);
    expect(await guideCurl(guide.syncDomains)).toEqual(SUCCESS);
  });
});

describe('3.3–3.10 users', () => {
  it('3.3.2 creates a user', async () => {
    const mail = { '<mail>': 'ivan.petrov@test.ru' };
    const person = { '<password>': 'Secret-1', '<name>': 'Иван', '<surname>': 'Петров' };
    expect(await guideCurl(guide.createUser, { ...mail, ...person })).toEqual(SUCCESS);
    const details = await guideCurl(guide.getUser, { ...USER, ...mail });
    expect(details.body).toMatchObject({ cn: 'Иван', sn: 'Петров', employeeNumber: 1 });
  });

  it('3.4.2 lists the first page sorted by mail, parameters given with -d', async () => {
    const { status, body } = await guideCurl(guide.listUsers, USER);
    expect(status).toBe(200);
    expect(body).toMatchObject({ total: 200, page: 1, pageSize: 50 });
    expect(body.users[0]).toMatchObject({ mail: 'admin@example.ru' });
  });

  it('3.5.2, 3.6, 3.8.2, 3.9.2, 3.10.2 update a user', async () => {
    const values = {
      ...USER,
      '<alias>': 'demo@test.ru,sales.demo@example.ru',
      '<password>': 'n3w',
    };
    const updates = [
      'updateDepartment',
      'setStatus',
      'setQuota',
      'setAliases',
      'setPassword',
    ] as const;
    for (const name of updates) expect(await guideCurl(guide[name], values)).toEqual(SUCCESS);
    expect((await guideCurl(guide.getUser, USER)).body).toMatchObject({
      ou: 'Development',
      lang: 'en-US',
      inetUserStatus: 1,
      quota: 1024,
      alias: ['demo@test.ru', 'sales.demo@example.ru'],
    });
    const signIn = await guideCurl(guide.signIn, { '<login>': 'user', '<password>': 'n3w' });
    expect(signIn.body.role).toBe(2);
  });

  it('3.7.2 deletes a user', async () => {
    expect(await guideCurl(guide.deleteUser, USER)).toEqual(SUCCESS);
  });

  it('3.7.3 kicks a user: the printed example lacks `emails`, so 400 names it', async () => {
    expect(await guideCurl(guide.kickUser)).toEqual({
      status: 400,
      body: { message: { emails: 'emails is a required value' } },
    });
    const withEmails = await guideCurl(
      guide.kickUser.replace('cmd=kickuser', 'cmd=kickuser -d emails=<mail>'),
      USER,
    );
    expect(withEmails).toEqual({
      status: 200,
      body: { success: true, results: { 'user@example.ru': 'ok' } },
    });
  });
});

describe('3.11–3.12 resource groups and resources', () => {
  it('lists, creates and deletes resource groups', async () => {
    expect((await guideCurl(guide.listGroups)).body).toHaveLength(3);
    expect(await guideCurl(guide.createGroup, RESOURCE)).toEqual(SUCCESS);
    expect(await guideCurl(guide.deleteGroup, RESOURCE)).toEqual(SUCCESS);
  });

  it('lists, creates, updates and deletes resources', async () => {
    await guideCurl(guide.createGroup, RESOURCE);
    expect((await guideCurl(guide.listResources, RESOURCE)).body).toHaveLength(8);
    expect(await guideCurl(guide.createResource, RESOURCE)).toEqual(SUCCESS);
    // The printed 3.12.3 example names no resource: the mock asks for `mail`, then updates.
    expect(await guideCurl(guide.updateResource, RESOURCE)).toEqual({
      status: 400,
      body: { message: { mail: 'mail is a required value' } },
    });
    const withMail = guide.updateResource.replace('&displayName', '&mail=<rmail>&displayName');
    expect(await guideCurl(withMail, RESOURCE)).toEqual(SUCCESS);
    expect(await guideCurl(guide.deleteResource, RESOURCE)).toEqual(SUCCESS);
  });
});

describe('3.13 mailing lists', () => {
  it('lists, creates (with the guide member syntax), updates and deletes a list', async () => {
    expect((await guideCurl(guide.listMaillists, LIST)).body).toHaveLength(4);
    expect(await guideCurl(guide.createMaillist, { ...LIST, '<alias>': GUIDE_MEMBERS })).toEqual(
      SUCCESS,
    );
    const update = { ...LIST, '<nmail>': 'crew@test.ru', '<alias>': GUIDE_NEW_MEMBERS };
    expect(await guideCurl(guide.updateMaillist, update)).toEqual(SUCCESS);
    expect((await guideCurl(guide.listMaillists, LIST)).body).toContainEqual({
      mail: 'crew@test.ru',
      displayName: 'Team',
      alias: ['email3@test.ru', 'email4@test.ru'],
    });
    expect(await guideCurl(guide.deleteMaillist, { ...LIST, '<MMAIL>': 'crew@test.ru' })).toEqual(
      SUCCESS,
    );
  });
});

describe('3.15 and 3.16.4.1 actions', () => {
  it('syncs the address book', async () => {
    expect(await guideCurl(guide.syncAddressBook, USER)).toEqual(SUCCESS);
  });

  it('recalls a message', async () => {
    const recalled = await guideCurl(guide.recallMessage, {
      ...USER,
      '<id>': '1717243200.42@example.ru',
    });
    expect(recalled).toEqual({
      status: 200,
      body: {
        success: true,
        results: { 'user@example.ru': expect.stringMatching(/^(deleted|kept: message was read)$/) },
      },
    });
  });
});
