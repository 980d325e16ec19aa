import { queryOptions } from '@tanstack/react-query';
import { pbm, unwrap } from '@/api/client';
import type { components } from '@/api/pbm.generated';

/** A group as `GET /resources/groups` lists it, with how many resources it holds. */
export type ResourceGroup = components['schemas']['ResourceGroup'];
/** A bookable resource (a meeting room, equipment), booked in events by its mailbox. */
export type Resource = components['schemas']['Resource'];

export const resourceKeys = {
  all: (tenantId: string) => ['resources', tenantId] as const,
  groups: (tenantId: string) => [...resourceKeys.all(tenantId), 'groups'] as const,
  lists: (tenantId: string) => [...resourceKeys.all(tenantId), 'list'] as const,
  list: (tenantId: string, groupname: string) =>
    [...resourceKeys.lists(tenantId), groupname] as const,
};

/** GET /resources/groups (guide 3.11.2): every group of the tenant. */
export function resourceGroupsQuery(tenantId: string) {
  return queryOptions({
    queryKey: resourceKeys.groups(tenantId),
    queryFn: ({ signal }) =>
      unwrap(
        pbm().GET('/resources/groups', { params: { query: { 'tenant-id': tenantId } }, signal }),
      ),
  });
}

/** GET /resources (guide 3.12.2), only the given group's resources (contract: `groupname`). */
export function groupResourcesQuery(tenantId: string, groupname: string) {
  return queryOptions({
    queryKey: resourceKeys.list(tenantId, groupname),
    queryFn: ({ signal }) =>
      unwrap(
        pbm().GET('/resources', {
          params: { query: { 'tenant-id': tenantId, groupname } },
          signal,
        }),
      ),
  });
}

/** The group a URL names. PBM compares group names regardless of case, so the panel does too. */
export function findGroup(
  groups: readonly ResourceGroup[],
  name: string,
): ResourceGroup | undefined {
  const wanted = name.toLowerCase();
  return (
    groups.find((group) => group.groupname === name) ??
    groups.find((group) => group.groupname.toLowerCase() === wanted)
  );
}
