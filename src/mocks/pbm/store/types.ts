/** 1 = administrator, 2 = ordinary user (guide table 2, `employeeNumber`). */
export type Role = 1 | 2;
/** 0 = blocked, 1 = active, 2 = receive-only (guide table 3, `inetUserStatus`). */
export type UserStatus = 0 | 1 | 2;
/** Address book visibility (guide table 3, `employeeType`). */
export type AddressBookVisibility = 0 | 1 | 2 | 3;

export type TenantRecord = { id: string; domains: string[] };

/** The fields an administrator may set on a user (guide tables 2–3). */
export type UserEditableFields = {
  userPassword: string;
  employeeNumber: Role;
  cn: string;
  sn: string;
  employeeType?: AddressBookVisibility;
  initials?: string;
  ou?: string;
  title?: string;
  alias: string[];
  description?: string;
  homePhone?: string;
  telephoneNumber?: string;
  l?: string;
  telegram?: string;
  skype?: string;
  /** MB; absent = the server's default quota. */
  quota?: number;
  displayName?: string;
  inetUserStatus: UserStatus;
  lang: string;
  /** The avatar as a `data:` URL. */
  jpegPhoto?: string;
};

export type UserRecord = UserEditableFields & {
  tenantId: string;
  mail: string;
  /** MB in use; the mock's stand-in for the mailbox size. */
  quotaUsed: number;
  /** ms since the epoch; a deleted user keeps its addresses reserved for 30 days. */
  deletedAt?: number;
};

export type ResourceGroupRecord = { tenantId: string; groupname: string; description: string };

export type ResourceRecord = {
  tenantId: string;
  mail: string;
  displayName: string;
  groupname: string;
  description?: string;
  l?: string;
};

export type MailingListRecord = {
  tenantId: string;
  mail: string;
  displayName: string;
  members: string[];
};

/** A rotated refresh token, remembered until it would have expired anyway. */
export type UsedRefreshToken = { jti: string; exp: number };

/** Everything the mock knows, as plain JSON-able data (snapshots, sessionStorage). */
export type PbmState = {
  tenants: TenantRecord[];
  /** Live and deleted users; deleted ones carry `deletedAt`. */
  users: UserRecord[];
  groups: ResourceGroupRecord[];
  resources: ResourceRecord[];
  maillists: MailingListRecord[];
  usedRefreshTokens: UsedRefreshToken[];
  /** Feeds generated tenant ids (`tenant-<n>`) for POST /v2/tenants. */
  nextTenantNumber: number;
};
