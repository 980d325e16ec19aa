import { FORBIDDEN_TEXT, PbmError } from '../errors.ts';
import { DEFAULT_TENANT_ID } from '../store/tenantOps.ts';
import { subnetContains } from '../subnets.ts';
import type { MockRuntime } from './runtime.ts';
import { verifyToken } from './tokens.ts';

/**
 * Set by the mock's node server from the socket address (any incoming copy is dropped); absent in
 * the browser, where the mock cannot know the client's address and so trusts no subnet.
 */
export const CLIENT_IP_HEADER = 'x-pbm-mock-client-ip';

/** Who is calling: an administrator of `tenantId`; those of tenant default administer all. */
export type Caller = { tenantId: string; isSystemAdmin: boolean };

const TRUSTED_SUBNET_CALLER: Caller = { tenantId: DEFAULT_TENANT_ID, isSystemAdmin: true };

function isTrustedClient(request: Request, runtime: MockRuntime): boolean {
  const clientIp = request.headers.get(CLIENT_IP_HEADER);
  return (
    clientIp !== null &&
    runtime.options.trustedSubnets.some((subnet) => subnetContains(subnet, clientIp))
  );
}

/** Every endpoint but POST /v2/auth needs an administrator (role 1) or a trusted subnet. */
export function authenticateAdmin(request: Request, runtime: MockRuntime): Caller {
  if (isTrustedClient(request, runtime)) return TRUSTED_SUBNET_CALLER;
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
  const claims = bearer?.[1] ? verifyToken(bearer[1]) : undefined;
  if (!claims || claims.kind !== 'access') throw new PbmError(401, 'UNAUTHORIZED');
  if (claims.exp * 1000 <= runtime.options.now()) throw new PbmError(401, 'TOKEN EXPIRED');
  if (claims.role !== 1) throw new PbmError(403, FORBIDDEN_TEXT);
  return { tenantId: claims.tenant, isSystemAdmin: claims.tenant === DEFAULT_TENANT_ID };
}

/** Inferred: an administrator of another tenant may act on that tenant only. */
export function assertTenantAccess(caller: Caller, tenantId: string): void {
  if (!caller.isSystemAdmin && caller.tenantId !== tenantId) {
    throw new PbmError(403, FORBIDDEN_TEXT);
  }
}

/** Inferred: creating and deleting tenants and PGS syncs are for the system administrator. */
export function assertSystemAdmin(caller: Caller): void {
  if (!caller.isSystemAdmin) throw new PbmError(403, FORBIDDEN_TEXT);
}
