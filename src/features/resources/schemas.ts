import { z } from 'zod';
import { ApiError } from '@/api/ApiError';
import { addressPartsSchema, joinAddress } from '@/utils/emailAddress';
import type {
  CreateGroupRequest,
  CreateResourceRequest,
  UpdateResourceRequest,
} from './api/resourceMutations';
import type { Resource } from './api/resourceQueries';

/*
 * Messages are i18n keys: FormTextField translates them in `common`, and a key prefixed with
 * `resources:` resolves from this feature's namespace.
 *
 * PBM sets no length limits (the guide is silent); these keep names readable in lists and URLs.
 */
export const NAME_MAX_LENGTH = 100;
export const DESCRIPTION_MAX_LENGTH = 1000;

const requiredName = z
  .string()
  .trim()
  .min(1, { error: 'validation.required' })
  .max(NAME_MAX_LENGTH, { error: 'resources:validation.nameTooLong' });
const city = z.string().trim().max(NAME_MAX_LENGTH, { error: 'resources:validation.nameTooLong' });
const description = z
  .string()
  .trim()
  .max(DESCRIPTION_MAX_LENGTH, { error: 'resources:validation.descriptionTooLong' });

/**
 * «Новая группа ресурсов» (figure 16). Names are unique in the tenant regardless of case, as PBM
 * checks them; `existingNames` are the groups already listed, so most clashes never reach PBM.
 */
export function groupSchema(existingNames: readonly string[]) {
  const taken = new Set(existingNames.map((name) => name.toLowerCase()));
  return z.object({
    name: requiredName.refine((name) => !taken.has(name.toLowerCase()), {
      error: 'resources:validation.groupTaken',
    }),
    description,
  });
}

export type GroupFormValues = z.infer<ReturnType<typeof groupSchema>>;

export const emptyGroup: GroupFormValues = { name: '', description: '' };

export function toGroupRequestBody(values: GroupFormValues): CreateGroupRequest {
  return { groupname: values.name.trim(), description: values.description.trim() || undefined };
}

/**
 * PBM's 409 on `groupname` (a group created meanwhile, elsewhere) as the same message the
 * form's own check gives; undefined for any other answer.
 */
export function groupNameConflict(error: unknown): string | undefined {
  return error instanceof ApiError && error.is(409) && error.fieldErrors.groupname
    ? 'resources:validation.groupTaken'
    : undefined;
}

const resourceDetails = { displayName: requiredName, l: city, description };

/** «Новый ресурс» (figure 17): Имя, Адрес (login + one of the tenant's domains), Город, Описание. */
export function newResourceSchema(domains: readonly string[]) {
  return z.object({ ...resourceDetails, address: addressPartsSchema(domains) });
}

export type NewResourceValues = z.infer<ReturnType<typeof newResourceSchema>>;

/** Editing (guide 3.12.3): the mailbox and the group cannot change, so the form has neither. */
export const resourceEditSchema = z.object(resourceDetails);

export type ResourceEditValues = z.infer<typeof resourceEditSchema>;

/** A new resource's form, the tenant's first domain chosen. */
export function emptyResource(domains: readonly string[]): NewResourceValues {
  return {
    displayName: '',
    address: { local: '', domain: domains[0] ?? '' },
    l: '',
    description: '',
  };
}

export function toResourceFormValues(resource: Resource): ResourceEditValues {
  return {
    displayName: resource.displayName,
    l: resource.l ?? '',
    description: resource.description ?? '',
  };
}

export function toCreateResourceBody(
  values: NewResourceValues,
  groupname: string,
): CreateResourceRequest {
  return {
    displayName: values.displayName.trim(),
    mail: joinAddress(values.address),
    groupname,
    description: values.description.trim() || undefined,
    l: values.l.trim() || undefined,
  };
}

/** Empty city or description are sent empty: PBM then clears them (contract, inferred). */
export function toUpdateResourceBody(
  values: ResourceEditValues,
  mail: string,
): UpdateResourceRequest {
  return {
    mail,
    displayName: values.displayName.trim(),
    description: values.description.trim(),
    l: values.l.trim(),
  };
}

/** Where PBM's per-parameter answers go in the resource forms (for applyServerErrors). */
export const newResourceServerFields = {
  mail: 'address.local',
  displayName: 'displayName',
  l: 'l',
  description: 'description',
} as const;

export const resourceEditServerFields = {
  displayName: 'displayName',
  l: 'l',
  description: 'description',
} as const;
