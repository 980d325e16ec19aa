import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteUser } from './userMutations';
import { userKeys } from './userQueries';

/** Deletes one user (guide 3.7) and drops it from every cached list and its cached profile. */
export function useDeleteUser(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mail: string) => deleteUser(tenantId, mail),
    onSuccess: (_result, mail) => {
      queryClient.removeQueries({ queryKey: userKeys.detail(tenantId, mail) });
      return queryClient.invalidateQueries({ queryKey: userKeys.lists(tenantId) });
    },
  });
}
