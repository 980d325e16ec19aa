// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { callPbm, signIn, setUpMockPbm } from '../testing/mockPbmTestServer.ts';

setUpMockPbm();
let token = '';
beforeAll(async () => {
  token = await signIn();
});

const action = (form: Record<string, string>, query = '') =>
  callPbm('POST', `/actions${query}`, { token, form });

describe('POST /actions', () => {
  it.each(['tenantsync', 'domainsync'])('runs %s (guide 3.2.4)', async (cmd) => {
    expect(await action({}, `?cmd=${cmd}`)).toEqual({ status: 200, body: { success: true } });
  });

  it('kicks users, reporting each address (guide 3.7.3)', async () => {
    const { body } = await action({ cmd: 'kickuser', emails: 'user@example.ru,ghost@test.ru' });
    expect(body).toEqual({
      success: true,
      results: { 'user@example.ru': 'ok', 'ghost@test.ru': 'not found' },
    });
  });

  it('needs emails for kickuser', async () => {
    expect(await action({ cmd: 'kickuser' })).toEqual({
      status: 400,
      body: { message: { emails: 'emails is a required value' } },
    });
  });

  it('recalls a message per mailbox, keeping read ones unless forced (guide 3.16.4.1)', async () => {
    const emails = Array.from({ length: 6 }, (_, n) => `m${n}@test.ru`);
    // Real mailboxes, so that only the read/unread decision varies.
    for (const mail of emails) {
      const form = { userPassword: 'x', employeeNumber: '2', cn: 'M', sn: mail };
      await callPbm('PUT', `/v2/users/default/${mail}`, { token, form });
    }
    const recall = (force: string) =>
      action(
        {},
        `?cmd=expunge&messageid=<42@example.ru>&emails=${emails.join(',')},x@test.ru&force=${force}`,
      );
    const gentle = (await recall('0')).body.results;
    expect(gentle['x@test.ru']).toBe('not found');
    const outcomes = new Set(emails.map((mail) => gentle[mail]));
    expect(outcomes).toEqual(new Set(['deleted', 'kept: message was read']));
    const forced = (await recall('1')).body.results;
    expect(emails.every((mail) => forced[mail] === 'deleted')).toBe(true);
    // Deterministic: the same recall gives the same answers.
    expect((await recall('0')).body.results).toEqual(gentle);
  });

  it('takes expunge as the default cmd and validates its parameters', async () => {
    expect((await action({})).body.message).toEqual({
      messageid: 'messageid is a required value',
      emails: 'emails is a required value',
    });
    const flags = await action({
      messageid: '1',
      emails: 'user@example.ru',
      force: '2',
      notify: 'y',
    });
    expect(flags.body.message).toEqual({
      force: 'force must be 0 or 1',
      notify: 'notify must be 0 or 1',
    });
  });

  it('refuses an unknown cmd on its field', async () => {
    expect(await action({ cmd: 'reboot' })).toEqual({
      status: 400,
      body: { message: { cmd: 'cmd must be one of tenantsync, domainsync, kickuser, expunge' } },
    });
  });
});

describe('POST /v2/actions/cabsync (guide 3.15)', () => {
  it('syncs a known tenant and needs tenant-id', async () => {
    const sync = (query: string) => callPbm('POST', `/v2/actions/cabsync${query}`, { token });
    expect((await sync('?tenant-id=default')).body).toEqual({ success: true });
    expect((await sync('?tenant-id=nowhere')).status).toBe(404);
    expect((await sync('')).body.message).toEqual({ 'tenant-id': 'tenant-id is a required value' });
  });
});
