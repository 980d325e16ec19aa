import { queryOptions } from '@tanstack/react-query';
import { pbm, unwrap } from '@/api/client';
import type { components, operations } from '@/api/pbm.generated';

/** A mailing list as `GET /maillists` lists it: address, display name, member addresses. */
export type MailingList = components['schemas']['MailingList'];
export type MaillistCreateParams = operations['createMailingList']['parameters']['query'];
export type MaillistUpdateParams = operations['updateMailingList']['parameters']['query'];

export const maillistKeys = {
  all: (tenantId: string) => ['maillists', tenantId] as const,
  list: (tenantId: string) => [...maillistKeys.all(tenantId), 'list'] as const,
  resourceMailboxes: (tenantId: string) =>
    [...maillistKeys.all(tenantId), 'resource-mailboxes'] as const,
};

/**
 * GET /maillists (guide 3.13.2): every list of the tenant with all its members. PBM has no
 * per-list read, so the selected list is taken from this one answer.
 */
export function maillistsQuery(tenantId: string) {
  return queryOptions({
    queryKey: maillistKeys.list(tenantId),
    queryFn: ({ signal }) =>
      unwrap(pbm().GET('/maillists', { params: { query: { 'tenant-id': tenantId } }, signal })),
  });
}

/**
 * GET /resources (guide 3.12.2), reduced to mailbox → name: a meeting room may be a member, and
 * must not be taken for a deleted user. One request for the whole tenant, kept for minutes.
 */
export function resourceMailboxesQuery(tenantId: string) {
  return queryOptions({
    queryKey: maillistKeys.resourceMailboxes(tenantId),
    queryFn: async ({ signal }) => {
      const resources = await unwrap(
        pbm().GET('/resources', { params: { query: { 'tenant-id': tenantId } }, signal }),
      );
      return new Map(resources.map((resource) => [resource.mail, resource.displayName]));
    },
    staleTime: 5 * 60_000,
  });
}
