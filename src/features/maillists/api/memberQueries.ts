import { queryOptions } from '@tanstack/react-query';
import { ApiError } from '@/api/ApiError';
import { pbm, unwrap } from '@/api/client';
import { userKeys, type UserSummary } from '@/features/users/api/userQueries';
import { createConcurrencyLimit } from './concurrencyLimit';

/** How a member is shown: a person's name, or the fact that nobody has the address any more. */
export type MemberPresence = { kind: 'user'; name: string } | { kind: 'missing' };

/**
 * First and last name, the fields the search matches (the address-book name is free text and
 * would make «Козлова Карина» and «Марина Петрова» sit side by side); it is the fallback.
 */
export function personName(user: Pick<UserSummary, 'cn' | 'sn' | 'displayName'>): string {
  return `${user.cn} ${user.sn}`.trim() || user.displayName?.trim() || '';
}

/**
 * Type-ahead search in the tenant's directory: GET /v2/users/{tenant}?search= (guide 3.4.2), one
 * page of at most 50 matches, never the whole directory. Kept under the users' list keys, so
 * creating or renaming a user refreshes it. A newer search makes this one unused, and TanStack
 * then aborts it (the signal is consumed).
 */
export function memberSearchQuery(tenantId: string, search: string) {
  return queryOptions({
    queryKey: [...userKeys.lists(tenantId), 'member-picker', search] as const,
    queryFn: ({ signal }) =>
      unwrap(
        pbm().GET('/v2/users/{tenant-id}', {
          params: { path: { 'tenant-id': tenantId }, query: { search, orderby: 'sn', page: 1 } },
          signal,
        }),
      ),
    staleTime: 30_000,
  });
}

// A 500-member list is looked up page by page; four at a time keeps PBM and the browser calm.
const lookups = createConcurrencyLimit(4);

/**
 * Whether a member address in the tenant's domains still belongs to a user:
 * GET /v2/users/{tenant}/{mail} → the name, or 404 → missing. Cached for minutes and kept under
 * the user's detail key, so editing or deleting that user refreshes it.
 */
export function memberPresenceQuery(tenantId: string, mail: string) {
  return queryOptions({
    queryKey: [...userKeys.detail(tenantId, mail), 'presence'] as const,
    queryFn: ({ signal }) =>
      lookups(async (): Promise<MemberPresence> => {
        try {
          const user = await unwrap(
            pbm().GET('/v2/users/{tenant-id}/{mail}', {
              params: { path: { 'tenant-id': tenantId, mail } },
              signal,
            }),
          );
          return { kind: 'user', name: personName(user) };
        } catch (error) {
          if (error instanceof ApiError && error.is(404)) return { kind: 'missing' };
          throw error;
        }
      }, signal),
    staleTime: 5 * 60_000,
  });
}
