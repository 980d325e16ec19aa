// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isValidAddress } from '../store/addressSyntax.ts';
import { buildSeedState } from './buildSeedState.ts';

describe('the demo seed', () => {
  const state = buildSeedState();
  const defaultUsers = state.users.filter((user) => user.tenantId === 'default');

  it('is the same on every build', () => {
    expect(JSON.stringify(buildSeedState())).toBe(JSON.stringify(state));
  });

  it('has the documented tenants, accounts, groups and lists', () => {
    expect(state.tenants.map((tenant) => tenant.id)).toEqual(['default', 'north']);
    const mails = state.users.map((user) => user.mail);
    for (const mail of [
      'admin@example.ru',
      'user@example.ru',
      'blocked@example.ru',
      'readonly@example.ru',
    ]) {
      expect(mails).toContain(mail);
    }
    expect(mails).toContain('admin@north.example.org');
    expect(defaultUsers).toHaveLength(200);
    expect(state.groups).toHaveLength(3);
    expect(state.maillists).toHaveLength(4);
  });

  it('mixes Cyrillic and English names, roles, statuses and optional fields', () => {
    const count = (test: (user: (typeof defaultUsers)[number]) => boolean) =>
      defaultUsers.filter(test).length;
    expect(count((user) => /[А-Яа-яЁё]/.test(user.cn))).toBeGreaterThan(100);
    expect(count((user) => /^[A-Za-z]+$/.test(user.cn))).toBeGreaterThan(20);
    expect(count((user) => user.employeeNumber === 1)).toBeGreaterThan(2);
    expect(count((user) => user.inetUserStatus === 0)).toBeGreaterThan(2);
    expect(count((user) => user.inetUserStatus === 2)).toBeGreaterThan(2);
    expect(count((user) => user.alias.length > 0)).toBeGreaterThan(5);
    expect(count((user) => user.quota !== undefined)).toBeGreaterThan(20);
    expect(count((user) => user.jpegPhoto !== undefined)).toBeGreaterThan(5);
    expect(
      count((user) => Boolean(user.ou && user.title && user.l && user.telephoneNumber)),
    ).toBeGreaterThan(80);
  });

  it('gives out every address once, all of them valid', () => {
    const addresses = [
      ...state.users.flatMap((user) => [user.mail, ...user.alias]),
      ...state.resources.map((resource) => resource.mail),
      ...state.maillists.map((list) => list.mail),
    ];
    expect(new Set(addresses).size).toBe(addresses.length);
    expect(addresses.filter((address) => !isValidAddress(address))).toEqual([]);
  });

  it('builds any directory size', () => {
    expect(buildSeedState(3).users.filter((user) => user.tenantId === 'default')).toHaveLength(4);
    expect(buildSeedState(1000).users.filter((user) => user.tenantId === 'default')).toHaveLength(
      1000,
    );
  });
});
