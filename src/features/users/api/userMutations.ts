import { useMutation, useQueryClient } from '@tanstack/react-query';
import { pbm, unwrap } from '@/api/client';
import type { components } from '@/api/pbm.generated';
import { userKeys } from './userQueries';

export type UserCreateBody = components['schemas']['UserCreate'];
export type UserPatchBody = components['schemas']['UserPatch'];

/** PUT /v2/users/{tenant}/{mail} (guide 3.3.2): creates the user. */
export function useCreateUser(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ mail, body }: { mail: string; body: UserCreateBody }) =>
      unwrap(
        pbm().PUT('/v2/users/{tenant-id}/{mail}', {
          params: { path: { 'tenant-id': tenantId, mail } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.lists(tenantId) }),
  });
}

/**
 * PATCH /v2/users/{tenant}/{mail} (guide 3.5.2–3.10.2): sends only what changed. A `mail` in
 * the body renames the user.
 */
export function useUpdateUser(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ mail, body }: { mail: string; body: UserPatchBody }) =>
      unwrap(
        pbm().PATCH('/v2/users/{tenant-id}/{mail}', {
          params: { path: { 'tenant-id': tenantId, mail } },
          body,
        }),
      ),
    onSuccess: (_result, { mail }) => {
      void queryClient.invalidateQueries({ queryKey: userKeys.lists(tenantId) });
      void queryClient.invalidateQueries({ queryKey: userKeys.detail(tenantId, mail) });
    },
  });
}

/** DELETE /v2/users/{tenant}/{mail} (guide 3.7.2): the address stays reserved for 30 days. */
export function deleteUser(tenantId: string, mail: string) {
  return unwrap(
    pbm().DELETE('/v2/users/{tenant-id}/{mail}', {
      params: { path: { 'tenant-id': tenantId, mail } },
    }),
  );
}

/** PATCH inetUserStatus (guide 3.6): 0 blocked, 1 active, 2 receive-only. */
export function setUserStatus(tenantId: string, mail: string, status: 0 | 1 | 2) {
  return unwrap(
    pbm().PATCH('/v2/users/{tenant-id}/{mail}', {
      params: { path: { 'tenant-id': tenantId, mail } },
      body: { inetUserStatus: status },
    }),
  );
}

/**
 * POST /actions cmd=kickuser (guide 3.7.3): ends every IMAP session of the given mailboxes.
 * Answers per mailbox ("ok" / "not found").
 */
export function endSessions(tenantId: string, mails: readonly string[]) {
  return unwrap(
    pbm().POST('/actions', {
      params: { query: { cmd: 'kickuser', emails: mails.join(','), 'tenant-id': tenantId } },
    }),
  );
}
