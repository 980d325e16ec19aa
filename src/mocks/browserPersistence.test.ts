// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { persistInSessionStorage, storageKey } from './browserPersistence.ts';
import { createMockPbm } from './pbm/createMockPbm.ts';
import { CLIENT_IP_HEADER } from './pbm/handlers/authGuard.ts';
import { getResponse } from 'msw';

const KEY = storageKey(200);

async function deleteUser(pbm: ReturnType<typeof createMockPbm>, mail: string) {
  const request = new Request(`http://pbm.test/v2/users/default/${mail}`, {
    method: 'DELETE',
    headers: { [CLIENT_IP_HEADER]: '127.0.0.1' },
  });
  return (await getResponse(pbm.handlers, request))?.status;
}

describe('sessionStorage persistence of the browser mock', () => {
  it('keeps changes across a reload of the tab', async () => {
    sessionStorage.clear();
    const before = createMockPbm({ allowedSubnets: ['127.0.0.1/32'] });
    persistInSessionStorage(before, sessionStorage, KEY);
    expect(await deleteUser(before, 'user@example.ru')).toBe(200);
    expect(sessionStorage.getItem(KEY)).toContain('"deletedAt"');

    const reloaded = createMockPbm({ allowedSubnets: ['127.0.0.1/32'] });
    persistInSessionStorage(reloaded, sessionStorage, KEY);
    expect(reloaded.store.index.users.has('user@example.ru')).toBe(false);
    expect(reloaded.store.liveUserCount()).toBe(before.store.liveUserCount());
  });

  it('ignores a broken snapshot and does not save huge directories', () => {
    sessionStorage.setItem(KEY, '{"tenants": "nope"');
    const pbm = createMockPbm();
    persistInSessionStorage(pbm, sessionStorage, KEY);
    expect(pbm.store.index.users.has('user@example.ru')).toBe(true);
    expect(sessionStorage.getItem(KEY)).toBeNull();

    const bigKey = storageKey(6000);
    const big = createMockPbm({ users: 6000 });
    persistInSessionStorage(big, sessionStorage, bigKey);
    big.reset();
    expect(sessionStorage.getItem(bigKey)).toBeNull();
  });
});
