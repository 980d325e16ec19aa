import { useMutation, useQueryClient } from '@tanstack/react-query';
import { pbm, unwrap } from '@/api/client';
import { tenantKeys } from './tenantQueries';

/**
 * Guide 3.2.3: `DELETE /v2/tenants/{id}`. PBM deletes the tenant's users, resource groups,
 * resources and mailing lists with it.
 */
export function useDeleteTenant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tenantId: string) =>
      unwrap(
        pbm().DELETE('/v2/tenants/{tenant-id}', { params: { path: { 'tenant-id': tenantId } } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tenantKeys.all }),
  });
}
