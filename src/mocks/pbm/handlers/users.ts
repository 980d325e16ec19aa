import { http, HttpResponse, type HttpHandler } from 'msw';
import { PbmError, type FieldErrors } from '../errors.ts';
import { normalizeAddress } from '../store/addressSyntax.ts';
import { queryUserDirectory, type OrderBy } from '../store/userDirectory.ts';
import {
  createUser,
  deleteUser,
  findLiveUser,
  updateUser,
  type NewUser,
} from '../store/userOps.ts';
import type { RequestParams } from './params.ts';
import { adminRoute, success, type AdminRouteInput } from './route.ts';
import { tenantAddress, tenantFromPath } from './requestValues.ts';
import type { MockRuntime } from './runtime.ts';
import { parseUserFields, USER_LANGUAGES } from './userFields.ts';
import { toUserDetails, toUserSummary } from './userViews.ts';

/** Inferred: the guide pages the list but never says how long a page is. */
export const USER_PAGE_SIZE = 50;
const ORDER_FIELDS: OrderBy[] = ['mail', 'cn', 'sn'];

function readListQuery(params: RequestParams) {
  const errors: FieldErrors = {};
  // Inferred: blank optional parameters count as not sent.
  const value = (name: string) => params.text(name)?.trim() || undefined;
  const page = value('page') ?? '1';
  const sort = value('sort') ?? '0';
  const orderBy = value('orderby') ?? 'mail';
  if (!/^\d{1,9}$/.test(page) || Number(page) < 1) errors.page = 'page must be a positive integer';
  if (sort !== '0' && sort !== '1') errors.sort = 'sort must be 0 or 1';
  if (!ORDER_FIELDS.includes(orderBy as OrderBy)) {
    errors.orderby = `orderby must be one of ${ORDER_FIELDS.join(', ')}`;
  }
  if (Object.keys(errors).length > 0) throw new PbmError(400, errors);
  return {
    search: params.text('search') ?? '',
    page: Number(page),
    descending: sort === '1',
    orderBy: orderBy as OrderBy,
  };
}

function userOfPath(input: AdminRouteInput) {
  const tenant = tenantFromPath(input);
  const mail = normalizeAddress(input.path.mail ?? '');
  return { tenant, user: findLiveUser(input.runtime.store, tenant.id, mail) };
}

export function userHandlers(runtime: MockRuntime): HttpHandler[] {
  return [
    http.get(
      '*/v2/users/:tenantId',
      adminRoute(runtime, (input) => {
        const tenant = tenantFromPath(input);
        const query = readListQuery(input.params);
        const directory = runtime.store.directory(tenant.id);
        const { users, total } = queryUserDirectory(directory, {
          ...query,
          pageSize: USER_PAGE_SIZE,
        });
        return HttpResponse.json({
          users: users.map(toUserSummary),
          total,
          page: query.page,
          pageSize: USER_PAGE_SIZE,
        });
      }),
    ),
    http.get(
      '*/v2/users/:tenantId/:mail',
      adminRoute(runtime, (input) => HttpResponse.json(toUserDetails(userOfPath(input).user))),
    ),
    http.put(
      '*/v2/users/:tenantId/:mail',
      adminRoute(runtime, async (input) => {
        const tenant = tenantFromPath(input);
        const mail = tenantAddress(input.path.mail ?? '', 'mail', tenant);
        const fields = await parseUserFields(input.params, 'create', tenant);
        const user = { alias: [], inetUserStatus: 1, lang: USER_LANGUAGES[0], ...fields, mail };
        createUser(runtime.store, tenant.id, user as NewUser, input.now);
        return success();
      }),
    ),
    http.patch(
      '*/v2/users/:tenantId/:mail',
      adminRoute(runtime, async (input) => {
        const { tenant, user } = userOfPath(input);
        const changes = await parseUserFields(input.params, 'update', tenant);
        updateUser(runtime.store, user, changes, input.now);
        return success();
      }),
    ),
    http.delete(
      '*/v2/users/:tenantId/:mail',
      adminRoute(runtime, (input) => {
        deleteUser(runtime.store, userOfPath(input).user, input.now);
        return success();
      }),
    ),
  ];
}
