// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { FORBIDDEN_TEXT } from '../errors.ts';
import { callPbm, signIn, setUpMockPbm } from '../testing/mockPbmTestServer.ts';

setUpMockPbm();
let token = '';
beforeAll(async () => {
  token = await signIn();
});

const tenants = (method: string, path = '', form?: Record<string, string>) =>
  callPbm(method, `/v2/tenants${path}`, { token, form });

describe('tenants (guide 3.2)', () => {
  it('lists tenants with their domains', async () => {
    expect(await tenants('GET')).toEqual({
      status: 200,
      body: [
        { 'tenant-id': 'default', domains: ['example.ru', 'test.ru'] },
        { 'tenant-id': 'north', domains: ['north.example.org'] },
      ],
    });
  });

  it('creates a tenant with a generated id, and the next one with another id', async () => {
    const first = await tenants('POST', '', { domains: 'south.example.org' });
    expect(first.body).toEqual({ success: true, 'tenant-id': 'tenant-1' });
    expect((await tenants('POST')).body['tenant-id']).toBe('tenant-2');
    const listed = (await tenants('GET')).body;
    expect(listed).toContainEqual({ 'tenant-id': 'tenant-1', domains: ['south.example.org'] });
  });

  it('creates a named tenant whose domains then take users', async () => {
    expect((await tenants('PUT', '/east', { domains: 'East.example.org' })).status).toBe(200);
    const form = { userPassword: 'x', employeeNumber: '1', cn: 'Eve', sn: 'East' };
    const created = await callPbm('PUT', '/v2/users/east/eve@east.example.org', { token, form });
    expect(created.status).toBe(200);
  });

  it('refuses an existing id, a bad id and a domain of another tenant', async () => {
    expect(await tenants('PUT', '/north')).toEqual({
      status: 409,
      body: { message: { 'tenant-id': 'tenant north already exists' } },
    });
    expect((await tenants('PUT', '/Bad_Name')).status).toBe(400);
    expect(await tenants('PUT', '/east', { domains: 'test.ru' })).toEqual({
      status: 409,
      body: { message: { domains: 'domain test.ru belongs to tenant default' } },
    });
    expect((await tenants('PUT', '/east', { domains: 'not a domain' })).status).toBe(400);
  });

  it('deletes a tenant with everything in it, but never the default one', async () => {
    expect((await tenants('DELETE', '/north')).body).toEqual({ success: true });
    expect((await tenants('GET')).body).toHaveLength(1);
    expect((await callPbm('GET', '/v2/users/north', { token })).status).toBe(404);
    expect(await tenants('DELETE', '/default')).toEqual({
      status: 400,
      body: { message: { 'tenant-id': 'the default tenant cannot be deleted' } },
    });
    expect(await tenants('DELETE', '/nowhere')).toEqual({
      status: 404,
      body: { message: 'tenant nowhere not found' },
    });
  });

  it('leaves creating and deleting tenants to the system administrator', async () => {
    const northToken = await signIn('admin@north.example.org', 'admin');
    const answer = await callPbm('DELETE', '/v2/tenants/north', { token: northToken });
    expect(answer).toEqual({ status: 403, body: { message: FORBIDDEN_TEXT } });
  });
});
