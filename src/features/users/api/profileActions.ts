import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '@/api/ApiError';
import { endSessions, setUserStatus } from './userMutations';
import { userKeys } from './userQueries';

/** Blocks (0) or unblocks (1) one user from its profile (guide 3.6); the profile and lists refresh. */
export function useSetUserStatus(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ mail, status }: { mail: string; status: 0 | 1 }) =>
      setUserStatus(tenantId, mail, status),
    onSuccess: (_result, { mail }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.detail(tenantId, mail) }),
        queryClient.invalidateQueries({ queryKey: userKeys.lists(tenantId) }),
      ]),
  });
}

/**
 * Ends one user's IMAP sessions (guide 3.7.3, kickuser). PBM answers 200 with a per-address
 * result, so a "not found" there is turned into the failure it is.
 */
export function useEndSessions(tenantId: string) {
  return useMutation({
    mutationFn: async (mail: string) => {
      const answer = (await endSessions(tenantId, [mail])).results?.[mail];
      if (answer !== 'ok') {
        throw new ApiError({ kind: 'http', status: 404, message: answer ?? 'not found' });
      }
    },
  });
}
