// @vitest-environment node
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { callPbm, signIn, setUpMockPbm } from '../testing/mockPbmTestServer.ts';

const START = Date.parse('2026-03-01T10:00:00Z');
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
const required = { userPassword: 'secret', employeeNumber: '2', cn: 'Иван', sn: 'Петров' };

describe('PUT /v2/users/{tenant-id}/{mail}', () => {
  it('creates a user with every table 3 field and shows them all but the password', async () => {
    const texts = {
      initials: 'Сергеевич',
      ou: 'Разработка',
      title: 'Инженер',
      description: 'Новичок',
      homePhone: '+7 (999) 123-45-67',
      telephoneNumber: '8 812 000-00-00 #12',
      l: 'Казань',
      telegram: '@ivan',
      skype: 'ivan.p',
      displayName: 'Петров Иван',
      lang: 'ru-RU',
    };
    const form = {
      ...required,
      ...texts,
      employeeType: '3',
      inetUserStatus: '2',
      quota: '2048',
      alias: 'ivan@test.ru,i.petrov@example.ru',
    };
    expect(await users('PUT', 'default/Ivan.Petrov@Example.ru', form)).toEqual({
      status: 200,
      body: { success: true },
    });
    const { body } = await users('GET', 'default/ivan.petrov@example.ru');
    expect(body).toEqual({
      ...texts,
      cn: 'Иван',
      sn: 'Петров',
      mail: 'ivan.petrov@example.ru',
      'tenant-id': 'default',
      employeeNumber: 2,
      employeeType: 3,
      inetUserStatus: 2,
      quota: 2048,
      quotaUsed: 0,
      alias: ['ivan@test.ru', 'i.petrov@example.ru'],
    });
  });

  it('defaults status 1, language en-US and no aliases', async () => {
    await users('PUT', 'default/new@test.ru', required);
    const { body } = await users('GET', 'default/new@test.ru');
    expect(body).toMatchObject({ inetUserStatus: 1, lang: 'en-US', alias: [] });
    expect(body).not.toHaveProperty('quota');
  });

  it('names every missing required parameter in one 400 (guide section 6)', async () => {
    const { status, body } = await users('PUT', 'default/new@test.ru', { cn: 'Иван' });
    expect(status).toBe(400);
    expect(body).toEqual({
      message: {
        userPassword: 'userPassword is a required value',
        employeeNumber: 'employeeNumber is a required value',
        sn: 'sn is a required value',
      },
    });
  });

  it.each([
    [{ employeeNumber: '3' }, 'employeeNumber', 'employeeNumber must be 1 or 2'],
    [{ employeeType: '4' }, 'employeeType', 'employeeType must be 0, 1, 2 or 3'],
    [{ inetUserStatus: 'x' }, 'inetUserStatus', 'inetUserStatus must be 0, 1 or 2'],
    [{ quota: '-5' }, 'quota', 'quota must be a positive integer'],
    [{ quota: '1.5' }, 'quota', 'quota must be a positive integer'],
    [
      { lang: 'de-DE' },
      'lang',
      'lang must be one of en-US, ru-RU, es-PA, fr-FR, it-IT, pt-BR, ba-RU, tt-RU',
    ],
    [
      { homePhone: 'call me' },
      'homePhone',
      'homePhone may contain only digits and special characters',
    ],
    [{ alias: 'bad alias' }, 'alias', 'invalid email address bad alias'],
    [{ alias: 'a@test.ru,a@test.ru' }, 'alias', 'duplicate alias a@test.ru'],
    [{ alias: 'a@example.com' }, 'alias', 'domain example.com does not belong to tenant default'],
  ])('rejects %o with 400 on its field', async (invalid, field, reason) => {
    const { status, body } = await users('PUT', 'default/new@test.ru', { ...required, ...invalid });
    expect(status).toBe(400);
    expect(body.message).toEqual({ [field]: reason });
  });

  it('rejects a mailbox outside the tenant or malformed', async () => {
    expect((await users('PUT', 'default/a@example.com', required)).body.message).toEqual({
      mail: 'domain example.com does not belong to tenant default',
    });
    expect((await users('PUT', 'default/a..b@test.ru', required)).body.message).toEqual({
      mail: 'invalid email address',
    });
  });

  it('answers 404 for an unknown tenant', async () => {
    const { status, body } = await users('PUT', 'nowhere/a@test.ru', required);
    expect({ status, body }).toEqual({
      status: 404,
      body: { message: 'tenant nowhere not found' },
    });
  });
});

describe('one address namespace', () => {
  it.each([
    ['a user mailbox', 'user@example.ru'],
    ['a user alias', 'postmaster@example.ru'],
    ['a resource', 'room.baikal@example.ru'],
    ['a mailing list', 'all@example.ru'],
  ])('refuses a new user on %s with 409', async (_kind, address) => {
    expect(await users('PUT', `default/${address}`, required)).toEqual({
      status: 409,
      body: { message: { mail: `address ${address} is already in use` } },
    });
  });

  it('refuses aliases taken elsewhere with 409 on alias', async () => {
    const { status, body } = await users('PUT', 'default/new@test.ru', {
      ...required,
      alias: 'free@test.ru,dev@example.ru',
    });
    expect({ status, body }).toEqual({
      status: 409,
      body: { message: { alias: 'address dev@example.ru is already in use' } },
    });
  });
});

describe('GET /v2/users/{tenant-id}/{mail}', () => {
  it('answers 404 for an unknown user or one of another tenant', async () => {
    expect(await users('GET', 'default/ghost@example.ru')).toEqual({
      status: 404,
      body: { message: 'user ghost@example.ru not found' },
    });
    expect((await users('GET', 'north/user@example.ru')).status).toBe(404);
  });
});
