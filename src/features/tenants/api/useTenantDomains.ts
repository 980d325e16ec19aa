import { useQuery } from '@tanstack/react-query';
import { tenantsQuery } from './tenantQueries';

/**
 * The mail domains of one tenant, for the domain selectors of every address form. Empty while
 * loading; `isError` lets a form say why it cannot offer a domain.
 */
export function useTenantDomains(tenantId: string) {
  return useQuery({
    ...tenantsQuery(),
    select: (tenants) => tenants.find((tenant) => tenant['tenant-id'] === tenantId)?.domains ?? [],
  });
}
