import { notFound, PbmError } from '../errors.ts';
import { assertAddressesFree } from './addressSpace.ts';
import type { PbmStore } from './pbmStore.ts';
import type { ResourceGroupRecord, ResourceRecord } from './types.ts';

/** Group names are unique per tenant regardless of case (inferred). */
export function findGroup(
  store: PbmStore,
  tenantId: string,
  groupname: string,
): ResourceGroupRecord | undefined {
  const wanted = groupname.toLowerCase();
  return store.state.groups.find(
    (group) => group.tenantId === tenantId && group.groupname.toLowerCase() === wanted,
  );
}

export function requireGroup(
  store: PbmStore,
  tenantId: string,
  groupname: string,
): ResourceGroupRecord {
  const group = findGroup(store, tenantId, groupname);
  if (!group) throw notFound(`group ${groupname}`);
  return group;
}

export function createGroup(store: PbmStore, group: ResourceGroupRecord): void {
  if (findGroup(store, group.tenantId, group.groupname)) {
    throw new PbmError(409, { groupname: `group ${group.groupname} already exists` });
  }
  store.state.groups.push(group);
  store.changed();
}

/** Guide 3.11.3: the group's resources go with it. */
export function deleteGroup(store: PbmStore, group: ResourceGroupRecord): void {
  const { state, index } = store;
  const isMember = (resource: ResourceRecord) =>
    resource.tenantId === group.tenantId && resource.groupname === group.groupname;
  for (const resource of state.resources.filter(isMember)) index.resources.delete(resource.mail);
  state.resources = state.resources.filter((resource) => !isMember(resource));
  state.groups = state.groups.filter((candidate) => candidate !== group);
  store.changed();
}

export function findResource(store: PbmStore, tenantId: string, mail: string): ResourceRecord {
  const resource = store.index.resources.get(mail);
  if (!resource || resource.tenantId !== tenantId) throw notFound(`resource ${mail}`);
  return resource;
}

export function createResource(store: PbmStore, resource: ResourceRecord, now: number): void {
  // The stored group name keeps the group's own spelling whatever case the request used.
  const group = requireGroup(store, resource.tenantId, resource.groupname);
  assertAddressesFree(store, [{ field: 'mail', address: resource.mail }], now);
  const stored = { ...resource, groupname: group.groupname };
  store.state.resources.push(stored);
  store.index.resources.set(stored.mail, stored);
  store.changed();
}

/** Mailbox and group are immutable (guide 3.12.3); `null` clears an optional field. */
export type ResourceChanges = {
  displayName: string;
  description?: string | null;
  l?: string | null;
};

export function updateResource(
  store: PbmStore,
  resource: ResourceRecord,
  changes: ResourceChanges,
): void {
  resource.displayName = changes.displayName;
  for (const field of ['description', 'l'] as const) {
    const value = changes[field];
    if (value === null) delete resource[field];
    else if (value !== undefined) resource[field] = value;
  }
  store.changed();
}

export function deleteResource(store: PbmStore, resource: ResourceRecord): void {
  store.state.resources = store.state.resources.filter((candidate) => candidate !== resource);
  store.index.resources.delete(resource.mail);
  store.changed();
}
