import { PbmError, type FieldErrors } from '../errors.ts';
import type { PbmStore } from './pbmStore.ts';
import type { MailingListRecord, ResourceRecord, UserRecord } from './types.ts';

/** Guide 3.7.1: a deleted user's login cannot be taken for 30 days. */
export const RESERVATION_MS = 30 * 24 * 60 * 60 * 1000;

export type AddressOwner = UserRecord | ResourceRecord | MailingListRecord;

export type AddressClaim = { field: string; address: string };

/** `2027-01-02T10:00:00Z`: UTC to the second, as the contract prints reservation dates. */
export function formatUtcSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Why `address` cannot be claimed, or undefined when it is free. Users, aliases, resources and
 * mailing lists share one namespace; `owner` may keep addresses it already has.
 */
export function addressConflict(
  store: PbmStore,
  address: string,
  now: number,
  owner?: AddressOwner,
): string | undefined {
  const { index } = store;
  const holder =
    index.users.get(address) ??
    index.aliasOwners.get(address) ??
    index.resources.get(address) ??
    index.maillists.get(address);
  if (holder && holder !== owner) return `address ${address} is already in use`;
  const deletedAt = index.reservedBy.get(address)?.deletedAt;
  if (!holder && deletedAt !== undefined && deletedAt + RESERVATION_MS > now) {
    return `address ${address} is reserved until ${formatUtcSeconds(deletedAt + RESERVATION_MS)}`;
  }
  return undefined;
}

/** 409 naming the first taken address of each field; nothing has been changed yet. */
export function assertAddressesFree(
  store: PbmStore,
  claims: AddressClaim[],
  now: number,
  owner?: AddressOwner,
): void {
  const conflicts: FieldErrors = {};
  for (const { field, address } of claims) {
    const conflict = conflicts[field] ? undefined : addressConflict(store, address, now, owner);
    if (conflict) conflicts[field] = conflict;
  }
  if (Object.keys(conflicts).length > 0) throw new PbmError(409, conflicts);
}
