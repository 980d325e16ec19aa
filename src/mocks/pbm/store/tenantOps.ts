import { notFound, PbmError } from '../errors.ts';
import type { PbmStore } from './pbmStore.ts';
import type { TenantRecord } from './types.ts';

export const DEFAULT_TENANT_ID = 'default';

export function findTenant(store: PbmStore, tenantId: string): TenantRecord {
  const tenant = store.index.tenants.get(tenantId);
  if (!tenant) throw notFound(`tenant ${tenantId}`);
  return tenant;
}

function nextGeneratedTenantId(store: PbmStore): string {
  let id = `tenant-${store.state.nextTenantNumber}`;
  while (store.index.tenants.has(id)) {
    store.state.nextTenantNumber += 1;
    id = `tenant-${store.state.nextTenantNumber}`;
  }
  return id;
}

/** Creates a tenant named `requestedId` (PUT) or with a generated id (POST); returns the id. */
export function createTenant(
  store: PbmStore,
  requestedId: string | undefined,
  domains: string[],
): string {
  if (requestedId !== undefined && store.index.tenants.has(requestedId)) {
    throw new PbmError(409, { 'tenant-id': `tenant ${requestedId} already exists` });
  }
  for (const domain of domains) {
    const owner = store.index.domainOwners.get(domain);
    if (owner) throw new PbmError(409, { domains: `domain ${domain} belongs to tenant ${owner}` });
  }
  const id = requestedId ?? nextGeneratedTenantId(store);
  const tenant: TenantRecord = { id, domains };
  store.state.tenants.push(tenant);
  store.index.tenants.set(id, tenant);
  for (const domain of domains) store.index.domainOwners.set(domain, id);
  store.changed();
  return id;
}

/** Deletes the tenant with its users (reservations too), resource groups, resources and lists. */
export function deleteTenant(store: PbmStore, tenantId: string): void {
  if (tenantId === DEFAULT_TENANT_ID) {
    throw new PbmError(400, { 'tenant-id': 'the default tenant cannot be deleted' });
  }
  findTenant(store, tenantId);
  const { state } = store;
  const keep = <Row extends { tenantId: string }>(rows: Row[]) =>
    rows.filter((row) => row.tenantId !== tenantId);
  // Rare and sweeping: rebuilding the store from the filtered state is the simplest correct way.
  store.restore({
    ...state,
    tenants: state.tenants.filter((tenant) => tenant.id !== tenantId),
    users: keep(state.users),
    groups: keep(state.groups),
    resources: keep(state.resources),
    maillists: keep(state.maillists),
  });
}
