import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { userKeys, usersListQuery, type UserListParams } from '../api/userQueries';
import { parseUserListParams, toUserListSearchParams } from '../listParams';

/** New values, or how to get them from the view last asked for (a second quick click counts). */
export type ListParamsChange =
  Partial<UserListParams> | ((current: UserListParams) => Partial<UserListParams>);

/**
 * How long a list page counts as fresh. The request for a new view starts before the page shows
 * it; without this, a fast answer would already be "stale" when the page mounts and be asked for
 * twice. Every change made in the panel invalidates the lists at once anyway.
 */
export const LIST_FRESH_MS = 5_000;

/**
 * The list's search, page and order, kept in the address bar: reload, Back/Forward and a shared
 * link show the same view. Each change is a history entry, so Back steps through the views.
 */
export function useUserListParams(tenantId: string) {
  const [searchParams, setSearchParams] = useSearchParams();
  const queryClient = useQueryClient();
  const params = useMemo(() => parseUserListParams(searchParams), [searchParams]);
  // The view last asked for. The router renders a new address in a transition, so a click right
  // after a search can land before the page shows it; building on what is shown would then drop
  // the search. Back/Forward and links reach it once rendered.
  const latest = useRef(params);
  useEffect(() => {
    latest.current = params;
  }, [params]);
  const update = useCallback(
    (change: ListParamsChange) => {
      const patch = typeof change === 'function' ? change(latest.current) : change;
      const next = { ...latest.current, ...patch };
      latest.current = next;
      // The request starts now, not after the route has re-rendered with the new address (the
      // list's query then finds it under way); one started for a view already left is cancelled.
      void queryClient.cancelQueries({
        queryKey: userKeys.lists(tenantId),
        predicate: (query) => query.getObserversCount() === 0,
      });
      void queryClient.prefetchQuery({
        ...usersListQuery(tenantId, next),
        staleTime: LIST_FRESH_MS,
      });
      setSearchParams(toUserListSearchParams(next));
    },
    [queryClient, setSearchParams, tenantId],
  );
  return [params, update] as const;
}
