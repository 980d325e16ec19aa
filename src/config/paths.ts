/**
 * Every URL of the panel. It lives in `config/`, not `app/` as the layout sketch has it, because
 * features build links too and may not import `app`.
 * Code and e2e tests build links only through these builders.
 * App routes live under `/sign-in` and `/t/<tenant>/…` so that none starts with a
 * PBM API prefix that nginx proxies (`/v2`, `/resources`, `/maillists`, `/actions`).
 */
const enc = encodeURIComponent;

export const paths = {
  root: () => '/',
  signIn: (returnTo?: string) =>
    returnTo && returnTo !== '/' ? `/sign-in?returnTo=${enc(returnTo)}` : '/sign-in',
  tenants: (tenantId: string) => `/t/${enc(tenantId)}/tenants`,
  tenantHome: (tenantId: string) => `/t/${enc(tenantId)}/users`,
  users: (tenantId: string, search?: string) =>
    `/t/${enc(tenantId)}/users${search ? `?${search}` : ''}`,
  newUser: (tenantId: string) => `/t/${enc(tenantId)}/users/new`,
  user: (tenantId: string, mail: string) => `/t/${enc(tenantId)}/users/${enc(mail)}`,
  resourceGroups: (tenantId: string) => `/t/${enc(tenantId)}/resource-groups`,
  resourceGroup: (tenantId: string, groupName: string) =>
    `/t/${enc(tenantId)}/resource-groups/${enc(groupName)}`,
  mailingLists: (tenantId: string) => `/t/${enc(tenantId)}/mailing-lists`,
  mailingList: (tenantId: string, mail: string) => `/t/${enc(tenantId)}/mailing-lists/${enc(mail)}`,
} as const;

/** Route patterns for the router, kept beside the builders so the two never drift apart. */
export const routePatterns = {
  signIn: '/sign-in',
  tenants: 'tenants',
  tenant: '/t/:tenantId',
  users: 'users',
  newUser: 'users/new',
  user: 'users/:mail',
  resourceGroups: 'resource-groups',
  resourceGroup: 'resource-groups/:groupName',
  mailingLists: 'mailing-lists',
  mailingList: 'mailing-lists/:mail',
} as const;

/** API prefixes that nginx proxies to PBM; app routes must never start with them. */
export const apiPrefixes = ['/v2', '/resources', '/maillists', '/actions'] as const;

/** Only same-app, relative destinations are followed after sign-in (no open redirects). */
export function safeReturnTo(value: string | null | undefined): string | undefined {
  if (!value || !value.startsWith('/') || value.startsWith('//')) return undefined;
  if (value.startsWith(paths.signIn())) return undefined;
  return value;
}
