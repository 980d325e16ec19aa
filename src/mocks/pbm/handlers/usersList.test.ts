// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { callPbm, signIn, setUpMockPbm } from '../testing/mockPbmTestServer.ts';
import { USER_PAGE_SIZE } from './users.ts';

const pbm = setUpMockPbm();
let token = '';
beforeAll(async () => {
  token = await signIn();
});

const list = (query = '') => callPbm('GET', `/v2/users/default${query}`, { token });
const collator = new Intl.Collator('ru');
type Row = { mail: string; cn: string; sn: string };

describe('GET /v2/users/{tenant-id}', () => {
  it('answers the first page sorted by mail with the total (guide 3.4.2)', async () => {
    const { status, body } = await list();
    expect(status).toBe(200);
    expect(body).toMatchObject({ total: 200, page: 1, pageSize: USER_PAGE_SIZE });
    expect(body.users).toHaveLength(USER_PAGE_SIZE);
    const mails = body.users.map((row: Row) => row.mail);
    expect(mails).toEqual(mails.slice().sort(collator.compare));
    expect(Object.keys(body.users[0]).sort()).toEqual(
      expect.arrayContaining(['cn', 'employeeNumber', 'hasAvatar', 'inetUserStatus', 'mail', 'sn']),
    );
  });

  it('pages through every user exactly once', async () => {
    const seen = new Set<string>();
    for (let page = 1; page <= 4; page += 1) {
      for (const row of (await list(`?page=${page}`)).body.users) seen.add(row.mail);
    }
    expect(seen.size).toBe(200);
    const pastTheEnd = await list('?page=5');
    expect(pastTheEnd.body).toMatchObject({ users: [], total: 200, page: 5 });
  });

  it('sorts by sn both ways, mail breaking ties', async () => {
    const ascending = (await list('?orderby=sn&sort=0')).body.users as Row[];
    const descending = (await list('?orderby=sn&sort=1&page=4')).body.users as Row[];
    const byKey = (a: Row, b: Row) =>
      collator.compare(a.sn, b.sn) || collator.compare(a.mail, b.mail);
    expect(ascending).toEqual(ascending.slice().sort(byKey));
    expect(descending).toEqual(descending.slice().sort((a, b) => byKey(b, a)));
    expect(descending.at(-1)).toEqual(ascending[0]);
  });

  it('searches mail, cn and sn case-insensitively, Cyrillic and ё included', async () => {
    const { body } = await list(`?search=${encodeURIComponent('  ПЕТР ')}`);
    expect(body.total).toBeGreaterThan(0);
    for (const row of body.users as Row[]) {
      const text = `${row.mail} ${row.cn} ${row.sn}`.toLowerCase().replaceAll('ё', 'е');
      expect(text).toContain('петр');
    }
    expect(body.users.some((row: Row) => row.cn === 'Пётр' || row.sn.startsWith('Петр'))).toBe(
      true,
    );
    expect((await list('?search=ADMIN@EXAMPLE')).body.users[0].mail).toBe('admin@example.ru');
    expect((await list('?search=nobody-has-this')).body).toMatchObject({ users: [], total: 0 });
  });

  it.each([
    ['?page=0', 'page', 'page must be a positive integer'],
    ['?page=two', 'page', 'page must be a positive integer'],
    ['?sort=2', 'sort', 'sort must be 0 or 1'],
    ['?orderby=title', 'orderby', 'orderby must be one of mail, cn, sn'],
  ])('rejects %s with 400 on its field', async (query, field, reason) => {
    expect(await list(query)).toEqual({ status: 400, body: { message: { [field]: reason } } });
  });

  it('reflects changes at once: a new user is found, a deleted one is gone', async () => {
    const form = { userPassword: 'x', employeeNumber: '2', cn: 'Яков', sn: 'Щукин' };
    await callPbm('PUT', '/v2/users/default/yakov@test.ru', { token, form });
    expect((await list(`?search=${encodeURIComponent('щукин')}`)).body.total).toBe(1);
    expect((await list()).body.total).toBe(201);
    await callPbm('DELETE', '/v2/users/default/yakov@test.ru', { token });
    expect((await list(`?search=${encodeURIComponent('щукин')}`)).body.total).toBe(0);
    expect(pbm.store.liveUserCount()).toBeGreaterThan(200);
  });
});
