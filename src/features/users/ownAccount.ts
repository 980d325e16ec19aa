import type { SessionSnapshot } from '@/api/session';
import { useSession } from '@/hooks/useSession';
import type { UserPatchBody } from './api/userMutations';

/**
 * Whether `mail` in `tenantId` is the signed-in administrator's own account, whose blocking or
 * deletion locks them out of the panel. They sign in with "Логин или Email": an address must
 * match whole, a bare login the address's local part in their own tenant.
 */
export function isOwnAccount(session: SessionSnapshot, tenantId: string, mail: string): boolean {
  const login = session.login.toLowerCase();
  const address = mail.toLowerCase();
  if (!login) return false;
  if (login.includes('@')) return login === address;
  return session.tenantId === tenantId && address.split('@')[0] === login;
}

/** `isOwnAccount` for the current session, re-evaluated when the session changes. */
export function useIsOwnAccount(tenantId: string): (mail: string) => boolean {
  const session = useSession();
  return (mail) => isOwnAccount(session, tenantId, mail);
}

/**
 * Whether saving these changes to their own account shuts the admin out: only an active
 * administrator (role 1, status 1) may use the panel.
 */
export function locksOutItsOwner(body: Pick<UserPatchBody, 'employeeNumber' | 'inetUserStatus'>) {
  return (body.employeeNumber ?? 1) !== 1 || (body.inetUserStatus ?? 1) !== 1;
}
