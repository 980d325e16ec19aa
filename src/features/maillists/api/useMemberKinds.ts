import { useQuery } from '@tanstack/react-query';
import { maillistsQuery, resourceMailboxesQuery } from './maillistQueries';

/**
 * What a member address is, without asking PBM per address where that is avoidable:
 * - `external`: outside the tenant's domains — PBM cannot know it, so it is never "missing";
 * - `list` / `resource`: another mailing list or a room of the tenant (both lists are at hand);
 * - `directory`: should be a user; the row then looks the user up (memberPresenceQuery).
 */
export type MemberKind =
  | { kind: 'external' }
  | { kind: 'list'; name: string }
  | { kind: 'resource'; name: string }
  | { kind: 'directory' };

export function useMemberKinds(tenantId: string, domains: readonly string[]) {
  const lists = useQuery(maillistsQuery(tenantId));
  const resources = useQuery(resourceMailboxesQuery(tenantId));
  return (mail: string): MemberKind => {
    const domain = mail.slice(mail.lastIndexOf('@') + 1);
    if (!domains.includes(domain)) return { kind: 'external' };
    const list = lists.data?.find((candidate) => candidate.mail === mail);
    if (list) return { kind: 'list', name: list.displayName };
    const resource = resources.data?.get(mail);
    if (resource !== undefined) return { kind: 'resource', name: resource };
    return { kind: 'directory' };
  };
}
