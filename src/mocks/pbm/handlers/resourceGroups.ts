import { http, HttpResponse, type HttpHandler } from 'msw';
import { createGroup, deleteGroup, requireGroup } from '../store/resourceOps.ts';
import { sortByName } from './collation.ts';
import { requireTenantParams } from './requestValues.ts';
import { adminRoute, success } from './route.ts';
import type { MockRuntime } from './runtime.ts';

export function resourceGroupHandlers(runtime: MockRuntime): HttpHandler[] {
  const { store } = runtime;
  return [
    http.get(
      '*/resources/groups',
      adminRoute(runtime, (input) => {
        const { tenant } = requireTenantParams(input);
        const groups = store.state.groups.filter((group) => group.tenantId === tenant.id);
        const countOf = (groupname: string) =>
          store.state.resources.filter(
            (resource) => resource.tenantId === tenant.id && resource.groupname === groupname,
          ).length;
        return HttpResponse.json(
          sortByName(groups, (group) => group.groupname).map((group) => ({
            groupname: group.groupname,
            description: group.description,
            resources: countOf(group.groupname),
          })),
        );
      }),
    ),
    http.post(
      '*/resources/groups',
      adminRoute(runtime, (input) => {
        const { tenant, values } = requireTenantParams(input, ['groupname']);
        const { groupname } = values;
        const description = input.params.text('description')?.trim() ?? '';
        createGroup(store, { tenantId: tenant.id, groupname, description });
        return success();
      }),
    ),
    http.delete(
      '*/resources/groups',
      adminRoute(runtime, (input) => {
        const { tenant, values } = requireTenantParams(input, ['groupname']);
        const { groupname } = values;
        deleteGroup(store, requireGroup(store, tenant.id, groupname));
        return success();
      }),
    ),
  ];
}
