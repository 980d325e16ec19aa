import { z } from 'zod';
import type { ApiError } from '@/api/ApiError';
import type { CreateTenantRequest } from './api/useCreateTenant';

/*
 * Messages are i18n keys with their namespace: FormTextField translates them with `ns: 'common'`,
 * and a prefixed key resolves from any namespace.
 */

/** PBM's tenant id syntax (contract): lower-case letters, digits and hyphens, up to 63. */
export const TENANT_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** One DNS label: 1–63 letters, digits or hyphens, not starting or ending with a hyphen. */
const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const MAX_DOMAIN_LENGTH = 253;

/** Domains are typed into one field, separated by commas, spaces or new lines. */
export function splitDomains(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((domain) => domain.toLowerCase())
    .filter(Boolean);
}

/** A fully qualified name: at least two labels, and a letter in the top-level one (not an IP). */
export function isDnsName(domain: string): boolean {
  if (domain.length > MAX_DOMAIN_LENGTH) return false;
  const labels = domain.split('.');
  const topLevel = labels[labels.length - 1] ?? '';
  return (
    labels.length >= 2 && labels.every((label) => DNS_LABEL.test(label)) && /[a-z]/.test(topLevel)
  );
}

export const createTenantSchema = z.object({
  // Empty means "let PBM generate the id" (guide 3.2.2, `POST /v2/tenants`).
  tenantId: z
    .string()
    .trim()
    .refine((id) => id === '' || TENANT_ID_PATTERN.test(id), {
      error: 'tenants:validation.idFormat',
    }),
  // Optional: the guide creates tenants without domains; they may come later by domain sync.
  domains: z
    .string()
    .refine((text) => splitDomains(text).every(isDnsName), {
      error: 'tenants:validation.domainFormat',
      abort: true,
    })
    .refine((text) => new Set(splitDomains(text)).size === splitDomains(text).length, {
      error: 'tenants:validation.domainDuplicate',
    }),
});

export type CreateTenantValues = z.infer<typeof createTenantSchema>;

export const emptyTenant: CreateTenantValues = { tenantId: '', domains: '' };

export function toRequestBody(values: CreateTenantValues): CreateTenantRequest {
  const domains = splitDomains(values.domains);
  return {
    tenantId: values.tenantId.trim() || undefined,
    domains: domains.length > 0 ? domains.join(',') : undefined,
  };
}

/** PBM names parameters (`tenant-id`, `domains`); the form names fields. */
const formFieldOf = {
  'tenant-id': 'tenantId',
  domains: 'domains',
} as const satisfies Record<string, keyof CreateTenantValues>;

/**
 * The server's field errors as form errors. PBM's texts are English and unlocalised, so each
 * field gets a translated key; the page shows PBM's own text beside it.
 */
export function toFieldErrors(
  error: ApiError,
): Array<{ field: keyof CreateTenantValues; message: string }> {
  return Object.keys(error.fieldErrors).flatMap((param) => {
    const field = formFieldOf[param as keyof typeof formFieldOf];
    if (!field) return [];
    const reason = error.status === 409 ? 'taken' : 'rejected';
    return [{ field, message: `tenants:serverErrors.${field}.${reason}` }];
  });
}
