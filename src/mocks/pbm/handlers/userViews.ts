import type { UserRecord } from '../store/types.ts';

/** A row of GET /v2/users/{tenant-id}. */
export function toUserSummary(user: UserRecord) {
  return {
    mail: user.mail,
    cn: user.cn,
    sn: user.sn,
    ...(user.displayName === undefined ? {} : { displayName: user.displayName }),
    employeeNumber: user.employeeNumber,
    inetUserStatus: user.inetUserStatus,
    hasAvatar: user.jpegPhoto !== undefined,
  };
}

// Tables 2–3 order; the password is never shown.
const DETAIL_FIELDS = [
  'employeeNumber',
  'cn',
  'sn',
  'employeeType',
  'initials',
  'ou',
  'title',
  'alias',
  'description',
  'homePhone',
  'telephoneNumber',
  'l',
  'telegram',
  'skype',
  'quota',
  'quotaUsed',
  'displayName',
  'inetUserStatus',
  'lang',
  'jpegPhoto',
] as const;

/** GET /v2/users/{tenant-id}/{mail}: every field of tables 2–3 that is set, but the password. */
export function toUserDetails(user: UserRecord): Record<string, unknown> {
  const details: Record<string, unknown> = { mail: user.mail, 'tenant-id': user.tenantId };
  for (const field of DETAIL_FIELDS) {
    if (user[field] !== undefined) details[field] = user[field];
  }
  return details;
}
