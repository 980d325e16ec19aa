import { http, HttpResponse, type HttpHandler } from 'msw';
import { PbmError, type FieldErrors } from '../errors.ts';
import { normalizeAddress } from '../store/addressSyntax.ts';
import {
  createMaillist,
  deleteMaillist,
  findMaillist,
  updateMaillist,
  type MaillistChanges,
} from '../store/maillistOps.ts';
import { sortByName } from './collation.ts';
import { parseMembers } from './memberList.ts';
import { requireTenantParams, tenantAddress, tenantAddressProblem } from './requestValues.ts';
import type { TenantRecord } from '../store/types.ts';
import type { RequestParams } from './params.ts';
import { adminRoute, success } from './route.ts';
import type { MockRuntime } from './runtime.ts';

/** Guide 3.13.3: every field but `mail` is optional; all are checked before anything changes. */
function readListChanges(params: RequestParams, currentMail: string, tenant: TenantRecord) {
  const errors: FieldErrors = {};
  const changes: MaillistChanges = {};
  const newmail = normalizeAddress(params.text('newmail') ?? '');
  const problem = newmail ? tenantAddressProblem(newmail, tenant) : undefined;
  if (problem) errors.newmail = problem;
  else if (newmail && newmail !== currentMail) changes.mail = newmail;
  const displayName = params.text('displayName')?.trim();
  if (displayName === '') errors.displayName = 'displayName must not be empty';
  else if (displayName) changes.displayName = displayName;
  const alias = params.text('alias');
  const members =
    alias === undefined ? undefined : parseMembers(alias, changes.mail ?? currentMail);
  if (members && 'problem' in members) errors.alias = members.problem;
  else if (members) changes.members = members;
  if (Object.keys(errors).length > 0) throw new PbmError(400, errors);
  return changes;
}

export function maillistHandlers(runtime: MockRuntime): HttpHandler[] {
  const { store } = runtime;
  return [
    http.get(
      '*/maillists',
      adminRoute(runtime, (input) => {
        const { tenant } = requireTenantParams(input);
        const lists = store.state.maillists.filter((list) => list.tenantId === tenant.id);
        return HttpResponse.json(
          sortByName(lists, (list) => list.displayName).map((list) => ({
            mail: list.mail,
            displayName: list.displayName,
            alias: list.members,
          })),
        );
      }),
    ),
    http.post(
      '*/maillists',
      adminRoute(runtime, (input) => {
        const { tenant, values } = requireTenantParams(input, ['mail', 'alias', 'displayName']);
        const mail = tenantAddress(values.mail, 'mail', tenant);
        const members = parseMembers(values.alias, mail);
        if ('problem' in members) throw new PbmError(400, { alias: members.problem });
        const list = { tenantId: tenant.id, mail, displayName: values.displayName, members };
        createMaillist(store, list, input.now);
        return success();
      }),
    ),
    http.put(
      '*/maillists',
      adminRoute(runtime, (input) => {
        const { tenant, values } = requireTenantParams(input, ['mail']);
        const list = findMaillist(store, tenant.id, normalizeAddress(values.mail));
        updateMaillist(store, list, readListChanges(input.params, list.mail, tenant), input.now);
        return success();
      }),
    ),
    http.delete(
      '*/maillists',
      adminRoute(runtime, (input) => {
        const { tenant, values } = requireTenantParams(input, ['mail']);
        deleteMaillist(store, findMaillist(store, tenant.id, normalizeAddress(values.mail)));
        return success();
      }),
    ),
  ];
}
