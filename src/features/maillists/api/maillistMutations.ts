import { useMutation, useQueryClient } from '@tanstack/react-query';
import { pbm, unwrap } from '@/api/client';
import { formBodyMiddleware } from './formBodyMiddleware';
import {
  maillistKeys,
  maillistsQuery,
  type MailingList,
  type MaillistCreateParams,
  type MaillistUpdateParams,
} from './maillistQueries';

const sendInBody = [formBodyMiddleware(['displayName', 'alias', 'newmail'])];

/** POST /maillists (guide 3.13.2): 409 on `mail` when the address is taken. */
export function useCreateMaillist(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (query: MaillistCreateParams) =>
      unwrap(pbm().POST('/maillists', { params: { query }, middleware: sendInBody })),
    onSuccess: (_result, query) => {
      // The new list is shown at once (the page opens it); the refetch confirms it.
      const created: MailingList = {
        mail: query.mail,
        displayName: query.displayName,
        alias: JSON.parse(query.alias) as string[],
      };
      queryClient.setQueryData(maillistsQuery(tenantId).queryKey, (lists) =>
        lists ? [...lists, created] : lists,
      );
      void queryClient.invalidateQueries({ queryKey: maillistKeys.list(tenantId) });
    },
  });
}

/**
 * PUT /maillists (guide 3.13.3). Our contract: `alias` replaces the whole member list, and
 * `newmail` renames the list (409 on `newmail` when taken).
 */
export function useUpdateMaillist(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (query: MaillistUpdateParams) =>
      unwrap(pbm().PUT('/maillists', { params: { query }, middleware: sendInBody })),
    onSuccess: (_result, query) => {
      queryClient.setQueryData(maillistsQuery(tenantId).queryKey, (lists) =>
        lists?.map((list) =>
          list.mail === query.mail
            ? {
                mail: query.newmail ?? list.mail,
                displayName: query.displayName ?? list.displayName,
                alias:
                  query.alias === undefined ? list.alias : (JSON.parse(query.alias) as string[]),
              }
            : list,
        ),
      );
      void queryClient.invalidateQueries({ queryKey: maillistKeys.list(tenantId) });
    },
  });
}

/** DELETE /maillists (guide 3.13.4). */
export function useDeleteMaillist(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mail: string) =>
      unwrap(pbm().DELETE('/maillists', { params: { query: { 'tenant-id': tenantId, mail } } })),
    onSuccess: (_result, mail) => {
      queryClient.setQueryData(maillistsQuery(tenantId).queryKey, (lists) =>
        lists?.filter((list) => list.mail !== mail),
      );
      void queryClient.invalidateQueries({ queryKey: maillistKeys.list(tenantId) });
    },
  });
}
