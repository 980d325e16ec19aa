import { notFound, PbmError } from '../errors.ts';
import { assertAddressesFree, type AddressClaim } from './addressSpace.ts';
import type { PbmStore } from './pbmStore.ts';
import { indexDeletedUser, indexLiveUser, unindexLiveUser } from './storeIndex.ts';
import type { UserEditableFields, UserRecord } from './types.ts';

export type NewUser = UserEditableFields & { mail: string };

/** A PATCH: only the given fields change; `null` clears an optional field; `mail` renames. */
export type UserChanges = { mail?: string } & {
  [Field in keyof UserEditableFields]?: UserEditableFields[Field] | null;
};

export function findLiveUser(store: PbmStore, tenantId: string, mail: string): UserRecord {
  const user = store.index.users.get(mail);
  if (!user || user.tenantId !== tenantId) throw notFound(`user ${mail}`);
  return user;
}

function aliasClaims(aliases: string[]): AddressClaim[] {
  return aliases.map((address) => ({ field: 'alias', address }));
}

export function createUser(store: PbmStore, tenantId: string, fields: NewUser, now: number): void {
  assertAddressesFree(
    store,
    [{ field: 'mail', address: fields.mail }, ...aliasClaims(fields.alias)],
    now,
  );
  const user: UserRecord = { ...fields, tenantId, quotaUsed: 0 };
  store.state.users.push(user);
  indexLiveUser(store.index, user);
  store.changed(tenantId);
}

export function updateUser(
  store: PbmStore,
  user: UserRecord,
  changes: UserChanges,
  now: number,
): void {
  const nextMail = changes.mail ?? user.mail;
  const nextAliases = changes.alias ?? user.alias;
  if (nextAliases.includes(nextMail)) {
    throw new PbmError(400, { alias: `alias ${nextMail} equals the mailbox address` });
  }
  const claims = changes.mail ? [{ field: 'mail', address: changes.mail }] : [];
  // The user may keep (or swap between) addresses it already owns.
  assertAddressesFree(store, [...claims, ...aliasClaims(changes.alias ?? [])], now, user);

  const previousMail = user.mail;
  unindexLiveUser(store.index, user);
  const record = user as Record<string, unknown>;
  for (const [field, value] of Object.entries(changes)) {
    if (value === null) delete record[field];
    else record[field] = value;
  }
  indexLiveUser(store.index, user);
  if (user.mail !== previousMail) renameListMembers(store, previousMail, user.mail);
  store.changed(user.tenantId);
}

/** Inferred: mailing lists follow a renamed user, as the old address is freed immediately. */
function renameListMembers(store: PbmStore, from: string, to: string): void {
  for (const list of store.state.maillists) {
    list.members = [...new Set(list.members.map((member) => (member === from ? to : member)))];
  }
}

/** The user vanishes from lists and member lists; its addresses stay reserved for 30 days. */
export function deleteUser(store: PbmStore, user: UserRecord, now: number): void {
  const addresses = new Set([user.mail, ...user.alias]);
  unindexLiveUser(store.index, user);
  user.deletedAt = now;
  indexDeletedUser(store.index, user);
  for (const list of store.state.maillists) {
    list.members = list.members.filter((member) => !addresses.has(member));
  }
  store.changed(user.tenantId);
}
