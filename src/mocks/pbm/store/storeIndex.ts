import type {
  MailingListRecord,
  PbmState,
  ResourceRecord,
  TenantRecord,
  UserRecord,
} from './types.ts';

/** Lookup tables derived from the state; the state stays plain data, the index makes it fast. */
export type StoreIndex = {
  tenants: Map<string, TenantRecord>;
  /** domain → tenant id */
  domainOwners: Map<string, string>;
  /** Live users by mailbox. */
  users: Map<string, UserRecord>;
  /** Live users by alias. */
  aliasOwners: Map<string, UserRecord>;
  /** Deleted users by each of their former addresses (the latest deletion wins). */
  reservedBy: Map<string, UserRecord>;
  resources: Map<string, ResourceRecord>;
  maillists: Map<string, MailingListRecord>;
};

export function buildStoreIndex(state: PbmState): StoreIndex {
  const index: StoreIndex = {
    tenants: new Map(),
    domainOwners: new Map(),
    users: new Map(),
    aliasOwners: new Map(),
    reservedBy: new Map(),
    resources: new Map(),
    maillists: new Map(),
  };
  for (const tenant of state.tenants) {
    index.tenants.set(tenant.id, tenant);
    for (const domain of tenant.domains) index.domainOwners.set(domain, tenant.id);
  }
  for (const user of state.users) {
    if (user.deletedAt === undefined) indexLiveUser(index, user);
    else indexDeletedUser(index, user);
  }
  for (const resource of state.resources) index.resources.set(resource.mail, resource);
  for (const list of state.maillists) index.maillists.set(list.mail, list);
  return index;
}

export function indexLiveUser(index: StoreIndex, user: UserRecord): void {
  index.users.set(user.mail, user);
  for (const alias of user.alias) index.aliasOwners.set(alias, user);
}

export function unindexLiveUser(index: StoreIndex, user: UserRecord): void {
  index.users.delete(user.mail);
  for (const alias of user.alias) index.aliasOwners.delete(alias);
}

export function indexDeletedUser(index: StoreIndex, user: UserRecord): void {
  for (const address of [user.mail, ...user.alias]) {
    const previous = index.reservedBy.get(address);
    if (!previous || (previous.deletedAt ?? 0) <= (user.deletedAt ?? 0)) {
      index.reservedBy.set(address, user);
    }
  }
}
