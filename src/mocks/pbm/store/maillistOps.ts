import { notFound } from '../errors.ts';
import { assertAddressesFree } from './addressSpace.ts';
import type { PbmStore } from './pbmStore.ts';
import type { MailingListRecord } from './types.ts';

export function findMaillist(store: PbmStore, tenantId: string, mail: string): MailingListRecord {
  const list = store.index.maillists.get(mail);
  if (!list || list.tenantId !== tenantId) throw notFound(`maillist ${mail}`);
  return list;
}

export function createMaillist(store: PbmStore, list: MailingListRecord, now: number): void {
  assertAddressesFree(store, [{ field: 'mail', address: list.mail }], now);
  store.state.maillists.push(list);
  store.index.maillists.set(list.mail, list);
  store.changed();
}

/** PUT semantics of the contract: `members` replaces the member list; `mail` renames. */
export type MaillistChanges = { mail?: string; displayName?: string; members?: string[] };

export function updateMaillist(
  store: PbmStore,
  list: MailingListRecord,
  changes: MaillistChanges,
  now: number,
): void {
  if (changes.mail)
    assertAddressesFree(store, [{ field: 'newmail', address: changes.mail }], now, list);
  store.index.maillists.delete(list.mail);
  list.mail = changes.mail ?? list.mail;
  list.displayName = changes.displayName ?? list.displayName;
  list.members = changes.members ?? list.members;
  store.index.maillists.set(list.mail, list);
  store.changed();
}

export function deleteMaillist(store: PbmStore, list: MailingListRecord): void {
  store.state.maillists = store.state.maillists.filter((candidate) => candidate !== list);
  store.index.maillists.delete(list.mail);
  store.changed();
}
