import { ApiError } from '@/api/ApiError';
import {
  createTenantSchema,
  emptyTenant,
  isDnsName,
  splitDomains,
  toFieldErrors,
  toRequestBody,
  type CreateTenantValues,
} from './schemas';

function errorsOf(values: Partial<CreateTenantValues>) {
  const result = createTenantSchema.safeParse({ ...emptyTenant, ...values });
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('tenant id', () => {
  it('may be empty, so PBM generates one', () => {
    expect(errorsOf({ tenantId: '' })).toEqual({});
  });

  it.each(['north', 'a', 'team-2', '0day', 'a'.repeat(63)])('accepts %s', (tenantId) => {
    expect(errorsOf({ tenantId })).toEqual({});
  });

  it.each(['North', '-north', 'north_2', 'север', 'a b', 'a'.repeat(64)])(
    'rejects %s',
    (tenantId) => {
      expect(errorsOf({ tenantId })).toEqual({ tenantId: 'tenants:validation.idFormat' });
    },
  );

  it('ignores surrounding spaces', () => {
    expect(createTenantSchema.parse({ ...emptyTenant, tenantId: '  north ' }).tenantId).toBe(
      'north',
    );
  });
});

describe('domains', () => {
  it('may be empty: a tenant can get its domains from a domain sync', () => {
    expect(errorsOf({ domains: '  ' })).toEqual({});
  });

  it('are split by commas, spaces and new lines, and lower-cased', () => {
    expect(splitDomains(' North.Example.org, b.ru\nc.ru  d.ru,,')).toEqual([
      'north.example.org',
      'b.ru',
      'c.ru',
      'd.ru',
    ]);
  });

  it.each(['example.ru', 'mail.north.example.org', 'xn--80a1acny.xn--p1ai', 'a-b.c1.ru'])(
    'accepts %s',
    (domain) => {
      expect(isDnsName(domain)).toBe(true);
    },
  );

  it.each([
    'localhost',
    '-a.ru',
    'a-.ru',
    'a..ru',
    'a_b.ru',
    'почта.рф',
    '10.0.0.1',
    `${'a'.repeat(64)}.ru`,
    `${'a.'.repeat(126)}ru`,
  ])('rejects %s', (domain) => {
    expect(isDnsName(domain)).toBe(false);
  });

  it('checks every domain of the list', () => {
    expect(errorsOf({ domains: 'example.ru, bad_domain.ru' })).toEqual({
      domains: 'tenants:validation.domainFormat',
    });
  });

  it('rejects a domain given twice, whatever its case', () => {
    expect(errorsOf({ domains: 'example.ru, test.ru, Example.RU' })).toEqual({
      domains: 'tenants:validation.domainDuplicate',
    });
  });
});

describe('toRequestBody', () => {
  it('names the tenant and joins the domains as PBM expects', () => {
    expect(toRequestBody({ tenantId: 'north', domains: 'A.ru b.ru' })).toEqual({
      tenantId: 'north',
      domains: 'a.ru,b.ru',
    });
  });

  it('leaves out an empty id and empty domains', () => {
    expect(toRequestBody(emptyTenant)).toEqual({ tenantId: undefined, domains: undefined });
  });
});

describe('toFieldErrors', () => {
  it('puts a 409 on the field PBM names, as a translated key', () => {
    const error = ApiError.fromBody(409, {
      message: { 'tenant-id': 'tenant north already exists' },
    });
    expect(toFieldErrors(error)).toEqual([
      { field: 'tenantId', message: 'tenants:serverErrors.tenantId.taken' },
    ]);
  });

  it('maps a 400 on domains and ignores parameters the form does not have', () => {
    const error = ApiError.fromBody(400, { message: { domains: 'invalid', cmd: 'unknown' } });
    expect(toFieldErrors(error)).toEqual([
      { field: 'domains', message: 'tenants:serverErrors.domains.rejected' },
    ]);
  });
});
