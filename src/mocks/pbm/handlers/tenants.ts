import { http, HttpResponse, type HttpHandler } from 'msw';
import { PbmError } from '../errors.ts';
import { isValidDomainName } from '../store/addressSyntax.ts';
import { createTenant, deleteTenant } from '../store/tenantOps.ts';
import { assertSystemAdmin } from './authGuard.ts';
import type { RequestParams } from './params.ts';
import { adminRoute, success } from './route.ts';
import type { MockRuntime } from './runtime.ts';

const TENANT_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** Inferred `domains` parameter: the guide has no other way to give a tenant its domains. */
function readDomains(params: RequestParams): string[] {
  const domains = (params.text('domains') ?? '')
    .split(',')
    .map((domain) => domain.trim().toLowerCase())
    .filter(Boolean);
  for (const [position, domain] of domains.entries()) {
    if (!isValidDomainName(domain)) {
      throw new PbmError(400, { domains: `invalid domain name ${domain}` });
    }
    if (domains.indexOf(domain) !== position) {
      throw new PbmError(400, { domains: `duplicate domain ${domain}` });
    }
  }
  return domains;
}

export function tenantHandlers(runtime: MockRuntime): HttpHandler[] {
  const { store } = runtime;
  return [
    http.get(
      '*/v2/tenants',
      adminRoute(runtime, ({ caller }) => {
        // Inferred: an administrator of another tenant sees only that tenant.
        const visible = store.state.tenants.filter(
          (tenant) => caller.isSystemAdmin || tenant.id === caller.tenantId,
        );
        return HttpResponse.json(
          visible.map((tenant) => ({ 'tenant-id': tenant.id, domains: tenant.domains })),
        );
      }),
    ),
    http.post(
      '*/v2/tenants',
      adminRoute(runtime, ({ caller, params }) => {
        assertSystemAdmin(caller);
        return success({ 'tenant-id': createTenant(store, undefined, readDomains(params)) });
      }),
    ),
    http.put(
      '*/v2/tenants/:tenantId',
      adminRoute(runtime, ({ caller, params, path }) => {
        assertSystemAdmin(caller);
        const tenantId = path.tenantId ?? '';
        if (!TENANT_ID_PATTERN.test(tenantId)) {
          const reason = 'tenant-id must be 1–63 lower-case letters, digits or hyphens';
          throw new PbmError(400, { 'tenant-id': reason });
        }
        return success({ 'tenant-id': createTenant(store, tenantId, readDomains(params)) });
      }),
    ),
    http.delete(
      '*/v2/tenants/:tenantId',
      adminRoute(runtime, ({ caller, path }) => {
        assertSystemAdmin(caller);
        deleteTenant(store, path.tenantId ?? '');
        return success();
      }),
    ),
  ];
}
