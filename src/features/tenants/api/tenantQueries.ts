import { queryOptions } from '@tanstack/react-query';
import { pbm, unwrap } from '@/api/client';
import type { components } from '@/api/pbm.generated';

/** A tenant and its mail domains, as `GET /v2/tenants` lists it. */
export type Tenant = components['schemas']['Tenant'];

/** The tenant the guide creates everything in by default; PBM refuses to delete it. */
export const DEFAULT_TENANT_ID = 'default';

export const tenantKeys = {
  all: ['tenants'] as const,
  list: () => [...tenantKeys.all, 'list'] as const,
};

/** GET /v2/tenants (guide 3.2.1): every tenant with its mail domains. */
export function tenantsQuery() {
  return queryOptions({
    queryKey: tenantKeys.list(),
    queryFn: ({ signal }) => unwrap(pbm().GET('/v2/tenants', { signal })),
    staleTime: 5 * 60_000,
  });
}
