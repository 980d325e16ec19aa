import { useMutation } from '@tanstack/react-query';
import { pbm, unwrap } from '@/api/client';

/**
 * Guide 3.15: syncs a tenant's address book with Битрикс 24. It changes address-book entries,
 * not tenants or domains, so nothing under `tenantKeys` goes stale and nothing is invalidated.
 */
export function useAddressBookSync() {
  return useMutation({
    mutationFn: (tenantId: string) =>
      unwrap(pbm().POST('/v2/actions/cabsync', { params: { query: { 'tenant-id': tenantId } } })),
  });
}
