// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildSeedState } from '../seed/buildSeedState.ts';
import type { UserRecord } from './types.ts';
import { buildUserDirectory, queryUserDirectory, type OrderBy } from './userDirectory.ts';

const collator = new Intl.Collator('ru');
const users = buildSeedState(3000).users.filter((user) => user.tenantId === 'default');
// Addresses with every character class, to pin the fast mail order to the collator's.
const unusual = [
  'a-b@test.ru',
  'a_b@test.ru',
  'a.b@test.ru',
  'a+b@test.ru',
  'a%b@test.ru',
  'a1@test.ru',
  'a@test.ru',
];
for (const mail of unusual) users.push({ ...users[0], mail } as UserRecord);
const directory = buildUserDirectory(users);

function reference(orderBy: OrderBy): string[] {
  return users
    .slice()
    .sort(
      (a, b) =>
        (orderBy === 'mail' ? 0 : collator.compare(a[orderBy], b[orderBy])) ||
        collator.compare(a.mail, b.mail),
    )
    .map((user) => user.mail);
}

describe('the user directory', () => {
  it.each(['mail', 'cn', 'sn'] as const)('orders by %s exactly like the ru collator', (orderBy) => {
    const page = queryUserDirectory(directory, {
      search: '',
      orderBy,
      descending: false,
      page: 1,
      pageSize: users.length,
    });
    expect(page.users.map((user) => user.mail)).toEqual(reference(orderBy));
  });

  it('pages descending from the end', () => {
    const query = { search: '', orderBy: 'sn' as const, page: 1, pageSize: 10 };
    const last = queryUserDirectory(directory, { ...query, descending: true });
    expect(last.users.map((user) => user.mail)).toEqual(reference('sn').slice(-10).reverse());
  });

  it('finds «Пётр» by «петр» and counts every match', () => {
    const { total } = queryUserDirectory(directory, {
      search: 'ПЕТР',
      orderBy: 'mail',
      descending: false,
      page: 1,
      pageSize: 5,
    });
    const expected = users.filter((user) =>
      [user.mail, user.cn, user.sn].some((text) => /п[её]тр/i.test(text)),
    ).length;
    expect(total).toBe(expected);
    expect(users.some((user) => user.cn === 'Пётр')).toBe(true);
  });
});
