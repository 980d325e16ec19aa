import { z } from 'zod';

/**
 * Mail address rules shared by every form that takes an address (users, aliases, resources,
 * mailing lists) and by the mock PBM's contract: RFC 5321 limits (local part ≤ 64 bytes, whole
 * address ≤ 254 bytes) and the characters PBM accepts. Messages are i18n keys in `common`.
 */
export const LOCAL_PART_MAX_BYTES = 64;
export const ADDRESS_MAX_BYTES = 254;

const LOCAL_PART_CHARACTERS = /^[A-Za-z0-9._%+-]+$/;
const DOMAIN = /^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** What is wrong with a local part (the "Логин" before @), or undefined. */
export function localPartProblem(local: string): string | undefined {
  if (!local) return 'validation.required';
  if (!LOCAL_PART_CHARACTERS.test(local)) return 'validation.address.characters';
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return 'validation.address.dots';
  }
  if (byteLength(local) > LOCAL_PART_MAX_BYTES) return 'validation.address.localTooLong';
  return undefined;
}

/** What is wrong with a whole address, or undefined. */
export function addressProblem(address: string): string | undefined {
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1) return 'validation.address.format';
  const local = address.slice(0, at);
  const problem = localPartProblem(local);
  if (problem) return problem === 'validation.required' ? 'validation.address.format' : problem;
  if (!DOMAIN.test(address.slice(at + 1))) return 'validation.address.domain';
  if (byteLength(address) > ADDRESS_MAX_BYTES) return 'validation.address.tooLong';
  return undefined;
}

export function isAddress(address: string): boolean {
  return addressProblem(address) === undefined;
}

/** A login + domain pair as forms hold it (guide: "Логин" and a domain selector). */
export interface AddressParts {
  local: string;
  domain: string;
}

export function joinAddress({ local, domain }: AddressParts): string {
  return `${local.trim()}@${domain}`.toLowerCase();
}

export function splitAddress(address: string): AddressParts {
  const at = address.lastIndexOf('@');
  return at < 0
    ? { local: address, domain: '' }
    : { local: address.slice(0, at), domain: address.slice(at + 1) };
}

/**
 * Schema of a login + domain pair; the domain must be one of `domains` (the tenant's). Errors
 * land on `local` or `domain`, the input they concern.
 */
export function addressPartsSchema(domains: readonly string[]) {
  return z
    .object({ local: z.string().trim(), domain: z.string() })
    .superRefine((value, context) => {
      const problem = localPartProblem(value.local);
      if (problem) context.addIssue({ code: 'custom', path: ['local'], message: problem });
      if (!value.domain) {
        context.addIssue({ code: 'custom', path: ['domain'], message: 'validation.required' });
      } else if (!domains.includes(value.domain)) {
        context.addIssue({
          code: 'custom',
          path: ['domain'],
          message: 'validation.address.foreignDomain',
        });
      } else if (!problem && byteLength(joinAddress(value)) > ADDRESS_MAX_BYTES) {
        context.addIssue({
          code: 'custom',
          path: ['local'],
          message: 'validation.address.tooLong',
        });
      }
    });
}
