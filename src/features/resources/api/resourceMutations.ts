import { useMutation, useQueryClient } from '@tanstack/react-query';
import { pbm, unwrap } from '@/api/client';
import type { operations } from '@/api/pbm.generated';
import { resourceKeys } from './resourceQueries';

type QueryOf<Operation extends keyof operations> = Omit<
  operations[Operation]['parameters']['query'],
  'tenant-id'
>;

export type CreateGroupRequest = QueryOf<'createResourceGroup'>;
export type CreateResourceRequest = QueryOf<'createResource'>;
export type UpdateResourceRequest = QueryOf<'updateResource'>;

/*
 * Guide 3.11–3.12 pass every parameter in the query string; PBM takes them from there as printed.
 */

/** POST /resources/groups (guide 3.11.2). 409 on `groupname` when the name is taken. */
export function useCreateResourceGroup(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateGroupRequest) =>
      unwrap(
        pbm().POST('/resources/groups', {
          params: { query: { 'tenant-id': tenantId, ...request } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resourceKeys.groups(tenantId) }),
  });
}

/** DELETE /resources/groups (guide 3.11.3): PBM deletes the group's resources with it. */
export function useDeleteResourceGroup(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (groupname: string) =>
      unwrap(
        pbm().DELETE('/resources/groups', {
          params: { query: { 'tenant-id': tenantId, groupname } },
        }),
      ),
    onSuccess: (_result, groupname) => {
      // The group is gone: asking for its resources again would only answer 404.
      queryClient.removeQueries({ queryKey: resourceKeys.list(tenantId, groupname) });
      void queryClient.invalidateQueries({ queryKey: resourceKeys.all(tenantId) });
    },
  });
}

/** POST /resources (guide 3.12.2). 409 on `mail` when the address is taken anywhere. */
export function useCreateResource(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateResourceRequest) =>
      unwrap(
        pbm().POST('/resources', { params: { query: { 'tenant-id': tenantId, ...request } } }),
      ),
    // The group's count changes too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resourceKeys.all(tenantId) }),
  });
}

/** PUT /resources (guide 3.12.3): name, city, description; mailbox and group stay. */
export function useUpdateResource(tenantId: string, groupname: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateResourceRequest) =>
      unwrap(pbm().PUT('/resources', { params: { query: { 'tenant-id': tenantId, ...request } } })),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: resourceKeys.list(tenantId, groupname) }),
  });
}

/** DELETE /resources (guide 3.12.4). */
export function useDeleteResource(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mail: string) =>
      unwrap(pbm().DELETE('/resources', { params: { query: { 'tenant-id': tenantId, mail } } })),
    // Not awaited: the dialog closes (and gives focus back) while the list reloads.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: resourceKeys.all(tenantId) }),
  });
}
