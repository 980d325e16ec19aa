import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { pbm, unwrap } from '@/api/client';
import type { components } from '@/api/pbm.generated';

export type User = components['schemas']['User'];
export type UserSummary = components['schemas']['UserSummary'];
export type UserList = components['schemas']['UserList'];
export type UserOrderBy = 'mail' | 'cn' | 'sn';
export type SortDirection = 0 | 1;

/** What the Users list shows; lives in the URL so reload, Back and shared links return to it. */
export interface UserListParams {
  search: string;
  page: number;
  orderby: UserOrderBy;
  sort: SortDirection;
}

export const defaultUserListParams: UserListParams = {
  search: '',
  page: 1,
  orderby: 'mail',
  sort: 0,
};

export const userKeys = {
  all: (tenantId: string) => ['users', tenantId] as const,
  lists: (tenantId: string) => [...userKeys.all(tenantId), 'list'] as const,
  list: (tenantId: string, params: UserListParams) =>
    [...userKeys.lists(tenantId), params] as const,
  details: (tenantId: string) => [...userKeys.all(tenantId), 'detail'] as const,
  detail: (tenantId: string, mail: string) => [...userKeys.details(tenantId), mail] as const,
};

/**
 * GET /v2/users/{tenant} (guide 3.4.2): one page of 50 and the total. A newer search cancels the
 * older request (TanStack passes the abort signal), so results never arrive out of order; the
 * previous page stays on screen while the next loads.
 */
export function usersListQuery(tenantId: string, params: UserListParams) {
  return queryOptions({
    queryKey: userKeys.list(tenantId, params),
    queryFn: ({ signal }) =>
      unwrap(
        pbm().GET('/v2/users/{tenant-id}', {
          params: {
            path: { 'tenant-id': tenantId },
            query: {
              search: params.search || undefined,
              page: params.page,
              orderby: params.orderby,
              sort: params.sort,
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** GET /v2/users/{tenant}/{mail} (guide 3.4.2): the whole profile, without the password. */
export function userQuery(tenantId: string, mail: string) {
  return queryOptions({
    queryKey: userKeys.detail(tenantId, mail),
    queryFn: ({ signal }) =>
      unwrap(
        pbm().GET('/v2/users/{tenant-id}/{mail}', {
          params: { path: { 'tenant-id': tenantId, mail } },
          signal,
        }),
      ),
  });
}
