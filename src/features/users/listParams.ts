import {
  defaultUserListParams,
  type SortDirection,
  type UserListParams,
  type UserOrderBy,
} from './api/userQueries';

const ORDER_FIELDS: readonly UserOrderBy[] = ['mail', 'cn', 'sn'];
/** PBM answers 400 above this; a hand-edited URL should land on a page, not an error. */
const MAX_PAGE = 999_999_999;

function pageOf(value: string | null): number {
  if (!value || !/^\d+$/.test(value.trim())) return defaultUserListParams.page;
  const page = Number(value.trim());
  return page >= 1 ? Math.min(page, MAX_PAGE) : defaultUserListParams.page;
}

function orderByOf(value: string | null): UserOrderBy {
  return ORDER_FIELDS.find((field) => field === value) ?? defaultUserListParams.orderby;
}

function sortOf(value: string | null): SortDirection {
  return value === '1' ? 1 : 0;
}

/**
 * The list's view from the address bar. Links are shared and edited by hand, so anything odd
 * (`page=-3`, `orderby=password`, a repeated key) falls back to the default instead of failing.
 */
export function parseUserListParams(search: URLSearchParams): UserListParams {
  return {
    search: (search.get('search') ?? '').trim(),
    page: pageOf(search.get('page')),
    orderby: orderByOf(search.get('orderby')),
    sort: sortOf(search.get('sort')),
  };
}

/** The shortest query string for `params`: defaults are left out, so plain `/users` stays plain. */
export function toUserListSearchParams(params: UserListParams): URLSearchParams {
  const query = new URLSearchParams();
  if (params.search) query.set('search', params.search);
  if (params.page !== defaultUserListParams.page) query.set('page', String(params.page));
  if (params.orderby !== defaultUserListParams.orderby) query.set('orderby', params.orderby);
  if (params.sort !== defaultUserListParams.sort) query.set('sort', String(params.sort));
  return query;
}
