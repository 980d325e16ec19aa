import { http, HttpResponse, type HttpHandler } from 'msw';
import { PbmError, type FieldErrors } from '../errors.ts';
import { normalizeAddress } from '../store/addressSyntax.ts';
import {
  createResource,
  deleteResource,
  findResource,
  requireGroup,
  updateResource,
} from '../store/resourceOps.ts';
import type { ResourceRecord } from '../store/types.ts';
import { sortByName } from './collation.ts';
import { optionalText, requireTenantParams, tenantAddress } from './requestValues.ts';
import { adminRoute, success } from './route.ts';
import type { MockRuntime } from './runtime.ts';

function toResourceView({ tenantId: _tenantId, ...resource }: ResourceRecord) {
  return resource;
}

/** Guide 3.12.3: "the mailbox of a resource and its group cannot be changed by this method". */
const IMMUTABLE_ON_UPDATE: FieldErrors = {
  groupname: 'the group of a resource cannot be changed',
  newmail: 'the mailbox of a resource cannot be changed',
};

export function resourceHandlers(runtime: MockRuntime): HttpHandler[] {
  const { store } = runtime;
  return [
    http.get(
      '*/resources',
      adminRoute(runtime, (input) => {
        const { tenant } = requireTenantParams(input);
        // Inferred filter: the panel lists one group at a time.
        const groupname = input.params.text('groupname')?.trim();
        const group = groupname ? requireGroup(store, tenant.id, groupname) : undefined;
        const resources = store.state.resources.filter(
          (resource) =>
            resource.tenantId === tenant.id && (!group || resource.groupname === group.groupname),
        );
        return HttpResponse.json(sortByName(resources, (r) => r.displayName).map(toResourceView));
      }),
    ),
    http.post(
      '*/resources',
      adminRoute(runtime, (input) => {
        const { tenant, values: required } = requireTenantParams(input, [
          'displayName',
          'mail',
          'groupname',
        ]);
        const resource: ResourceRecord = {
          tenantId: tenant.id,
          mail: tenantAddress(required.mail, 'mail', tenant),
          displayName: required.displayName,
          groupname: required.groupname,
        };
        const description = optionalText(input.params, 'description');
        const l = optionalText(input.params, 'l');
        if (description) resource.description = description;
        if (l) resource.l = l;
        createResource(store, resource, input.now);
        return success();
      }),
    ),
    http.put(
      '*/resources',
      adminRoute(runtime, (input) => {
        // Inferred: `mail` is required although the guide's example omits it: it names the resource.
        const { tenant, values } = requireTenantParams(input, ['mail', 'displayName']);
        const { mail, displayName } = values;
        const sentImmutable = Object.entries(IMMUTABLE_ON_UPDATE).filter(([field]) =>
          input.params.has(field),
        );
        if (sentImmutable.length > 0) throw new PbmError(400, Object.fromEntries(sentImmutable));
        const resource = findResource(store, tenant.id, normalizeAddress(mail));
        updateResource(store, resource, {
          displayName,
          description: optionalText(input.params, 'description'),
          l: optionalText(input.params, 'l'),
        });
        return success();
      }),
    ),
    http.delete(
      '*/resources',
      adminRoute(runtime, (input) => {
        const { tenant, values } = requireTenantParams(input, ['mail']);
        deleteResource(store, findResource(store, tenant.id, normalizeAddress(values.mail)));
        return success();
      }),
    ),
  ];
}
