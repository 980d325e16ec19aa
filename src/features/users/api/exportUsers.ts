import { pbm, unwrap } from '@/api/client';
import type { UserListParams, UserSummary } from './userQueries';

export interface ExportProgress {
  /** Users collected so far. */
  loaded: number;
  /** Matches the server reported on the last page read. */
  total: number;
}

export interface ExportState {
  /** The next page to read; a failed export resumes here instead of starting over. */
  nextPage: number;
  /** By address, so a user who moves between pages while the export runs is listed once. */
  users: Map<string, UserSummary>;
}

export const newExportState = (): ExportState => ({ nextPage: 1, users: new Map() });

/**
 * Every user of the current search and order, page by page (GET /v2/users, guide 3.4.2): the
 * server pages by 50 and has no "all", so a directory of 100 000 is 2 000 requests. One at a time,
 * so the export never competes with the admin's own work for the server; `signal` stops it.
 * `state` is updated as pages arrive, so after a failure the caller may call again to resume.
 */
export async function fetchAllUsers(
  tenantId: string,
  params: Omit<UserListParams, 'page'>,
  state: ExportState,
  options: { signal?: AbortSignal; onProgress?: (progress: ExportProgress) => void } = {},
): Promise<UserSummary[]> {
  for (;;) {
    const list = await unwrap(
      pbm().GET('/v2/users/{tenant-id}', {
        params: {
          path: { 'tenant-id': tenantId },
          query: {
            search: params.search || undefined,
            page: state.nextPage,
            orderby: params.orderby,
            sort: params.sort,
          },
        },
        signal: options.signal,
      }),
    );
    for (const user of list.users) state.users.set(user.mail, user);
    options.onProgress?.({ loaded: state.users.size, total: list.total });
    const lastPage =
      list.users.length < list.pageSize || state.nextPage * list.pageSize >= list.total;
    if (lastPage) return [...state.users.values()];
    state.nextPage += 1;
  }
}
