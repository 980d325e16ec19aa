import { useMutation, useQueryClient } from '@tanstack/react-query';
import { pbm, unwrap } from '@/api/client';
import { tenantKeys } from './tenantQueries';

export interface CreateTenantRequest {
  /** Absent: PBM generates the id (`POST /v2/tenants`). */
  tenantId?: string;
  /** Comma-separated DNS names; absent leaves the tenant without domains. */
  domains?: string;
}

/** Resolves to the id of the new tenant, whichever way it was named. */
async function createTenant({ tenantId, domains }: CreateTenantRequest): Promise<string> {
  const body = { domains };
  if (tenantId) {
    await unwrap(
      pbm().PUT('/v2/tenants/{tenant-id}', { params: { path: { 'tenant-id': tenantId } }, body }),
    );
    return tenantId;
  }
  const created = await unwrap(pbm().POST('/v2/tenants', { body }));
  return created['tenant-id'];
}

/** Guide 3.2.2: a named tenant (`PUT /v2/tenants/{id}`) or one with a generated id (`POST`). */
export function useCreateTenant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTenant,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tenantKeys.all }),
  });
}
