import { PbmError, requiredValueText, type FieldErrors } from '../errors.ts';
import { domainOf, isValidAddress, normalizeAddress } from '../store/addressSyntax.ts';
import { findTenant } from '../store/tenantOps.ts';
import type { TenantRecord } from '../store/types.ts';
import { assertTenantAccess } from './authGuard.ts';
import type { RequestParams } from './params.ts';
import type { AdminRouteInput } from './route.ts';

/** Guide section 6: one 400 naming every missing (or blank) required parameter. */
export function requireParams<Name extends string>(
  params: RequestParams,
  names: readonly Name[],
): Record<Name, string> {
  const values = {} as Record<Name, string>;
  const missing: FieldErrors = {};
  for (const name of names) {
    const value = params.text(name)?.trim();
    if (value) values[name] = value;
    else missing[name] = requiredValueText(name);
  }
  if (Object.keys(missing).length > 0) throw new PbmError(400, missing);
  return values;
}

/** Trimmed text; `null` when sent empty (inferred: an empty value clears the field). */
export function optionalText(params: RequestParams, name: string): string | null | undefined {
  const value = params.text(name);
  if (value === undefined) return undefined;
  return value.trim() === '' ? null : value.trim();
}

/**
 * The tenant of `tenant-id` (query or body), after checking the caller may act on it, and the
 * other required parameters: one 400 names every missing one, `tenant-id` included.
 */
export function requireTenantParams<Name extends string>(
  { params, caller, runtime }: AdminRouteInput,
  names: readonly Name[] = [],
): { tenant: TenantRecord; values: Record<Name, string> } {
  const values = requireParams(params, ['tenant-id', ...names]);
  assertTenantAccess(caller, values['tenant-id']);
  return { tenant: findTenant(runtime.store, values['tenant-id']), values };
}

/** The tenant named in the path. */
export function tenantFromPath({ path, caller, runtime }: AdminRouteInput): TenantRecord {
  const tenantId = path.tenantId ?? '';
  assertTenantAccess(caller, tenantId);
  return findTenant(runtime.store, tenantId);
}

/** Why `address` (normalized) cannot belong to `tenant`, or undefined when it can. */
export function tenantAddressProblem(address: string, tenant: TenantRecord): string | undefined {
  if (!isValidAddress(address)) return 'invalid email address';
  const domain = domainOf(address);
  if (!tenant.domains.includes(domain)) {
    return `domain ${domain} does not belong to tenant ${tenant.id}`;
  }
  return undefined;
}

/** A required address of the tenant (mail of a resource, list…): 400 on its field otherwise. */
export function tenantAddress(raw: string, field: string, tenant: TenantRecord): string {
  const address = normalizeAddress(raw);
  const problem = tenantAddressProblem(address, tenant);
  if (problem) throw new PbmError(400, { [field]: problem });
  return address;
}
