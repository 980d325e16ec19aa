import { useMutation, useQueryClient } from '@tanstack/react-query';
import { pbm, unwrap } from '@/api/client';
import { tenantKeys } from './tenantQueries';

/** The two `POST /actions` commands that concern tenants (guide 3.2.4). */
export type SyncCommand = 'tenantsync' | 'domainsync';

/**
 * Forces a sync of tenants or domains with «МойОфис Хранилище». Either may add or change
 * tenants and their domains, so the list is refetched afterwards.
 */
export function useSyncAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (cmd: SyncCommand) =>
      unwrap(pbm().POST('/actions', { params: { query: { cmd } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tenantKeys.all }),
  });
}
