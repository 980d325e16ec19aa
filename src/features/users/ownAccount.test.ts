import { describe, expect, it } from 'vitest';
import type { SessionSnapshot } from '@/api/session';
import { isOwnAccount } from './ownAccount';

const signedInAs = (login: string, tenantId = 'default'): SessionSnapshot => ({
  status: 'active',
  login,
  tenantId,
  role: 1,
});

describe('isOwnAccount', () => {
  it('matches an address signed in with, whatever its case', () => {
    expect(isOwnAccount(signedInAs('Admin@Example.ru'), 'default', 'admin@example.ru')).toBe(true);
    expect(isOwnAccount(signedInAs('admin@example.ru'), 'default', 'admin@test.ru')).toBe(false);
  });

  it('matches a bare login to the local part, in the admin’s own tenant only', () => {
    expect(isOwnAccount(signedInAs('admin'), 'default', 'admin@example.ru')).toBe(true);
    expect(isOwnAccount(signedInAs('admin'), 'north', 'admin@north.example.org')).toBe(false);
    expect(isOwnAccount(signedInAs('admin'), 'default', 'admin2@example.ru')).toBe(false);
  });

  it('matches nobody when nobody is signed in', () => {
    expect(isOwnAccount(signedInAs(''), 'default', 'admin@example.ru')).toBe(false);
  });
});
