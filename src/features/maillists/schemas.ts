import { z } from 'zod';
import type {
  MailingList,
  MaillistCreateParams,
  MaillistUpdateParams,
} from './api/maillistQueries';
import {
  addressPartsSchema,
  addressProblem,
  joinAddress,
  splitAddress,
} from '@/utils/emailAddress';

/*
 * Messages are i18n keys: FormTextField translates them with `ns: 'common'`; the ones of this
 * section carry their namespace (`maillists:…`).
 */

/** Inferred: the guide sets no limit; this keeps a pasted paragraph out of the address book. */
export const DISPLAY_NAME_MAX_LENGTH = 256;

/** The form of figure 18: name, mailbox (login + domain of the tenant) and members. */
export function mailingListSchema(domains: readonly string[]) {
  return z
    .object({
      displayName: z
        .string()
        .trim()
        .min(1, { error: 'validation.required' })
        .max(DISPLAY_NAME_MAX_LENGTH, { error: 'maillists:validation.nameTooLong' }),
      address: addressPartsSchema(domains),
      members: z.array(z.string()),
    })
    .superRefine((values, context) => {
      if (values.members.includes(joinAddress(values.address))) {
        context.addIssue({
          code: 'custom',
          path: ['members'],
          message: 'maillists:validation.selfMember',
        });
      }
    });
}

export type MailingListValues = z.infer<ReturnType<typeof mailingListSchema>>;

/** A loaded list as form values, or an empty form whose domain is the tenant's first one. */
export function toFormValues(
  list: MailingList | undefined,
  defaultDomain: string,
): MailingListValues {
  if (!list) return { displayName: '', address: { local: '', domain: defaultDomain }, members: [] };
  return { displayName: list.displayName, address: splitAddress(list.mail), members: list.alias };
}

/** POST /maillists: every parameter is required; members go as a JSON array (guide 3.13.2). */
export function toCreateRequestBody(
  values: MailingListValues,
  tenantId: string,
): MaillistCreateParams {
  return {
    'tenant-id': tenantId,
    mail: joinAddress(values.address),
    displayName: values.displayName.trim(),
    alias: JSON.stringify(values.members),
  };
}

/**
 * PUT /maillists: the whole member list (our contract: `alias` replaces it) and `newmail` only
 * when the address changed, so an unchanged address is never claimed twice.
 */
export function toUpdateRequestBody(
  values: MailingListValues,
  tenantId: string,
  original: MailingList,
): MaillistUpdateParams {
  const mail = joinAddress(values.address);
  return {
    'tenant-id': tenantId,
    mail: original.mail,
    displayName: values.displayName.trim(),
    alias: JSON.stringify(values.members),
    ...(mail === original.mail.toLowerCase() ? {} : { newmail: mail }),
  };
}

/** What became of text typed or pasted into the member picker. */
export interface ParsedMembers {
  /** Valid new members, lower-cased, in the order typed. */
  added: string[];
  /** Pieces that are no mail address, as typed. */
  invalid: string[];
  /** Addresses already members, or typed twice. */
  duplicates: string[];
  /** The list's own address was typed: a list cannot contain itself. */
  ownAddress: boolean;
}

/**
 * Splits typed or pasted text into member addresses: on commas, semicolons, spaces and new
 * lines; `<…>` and quotes around an address (as mail programs copy them) are dropped; duplicates
 * are found case-insensitively, against the current members and within the text.
 */
export function parseMemberInput(
  text: string,
  { members, ownAddress }: { members: readonly string[]; ownAddress?: string },
): ParsedMembers {
  const result: ParsedMembers = { added: [], invalid: [], duplicates: [], ownAddress: false };
  const seen = new Set(members.map((member) => member.toLowerCase()));
  const own = ownAddress?.toLowerCase();
  for (const piece of text.split(/[\s,;]+/)) {
    const token = piece.replace(/^["'<]+|["'>]+$/g, '');
    if (!token) continue;
    const address = token.toLowerCase();
    if (addressProblem(address)) result.invalid.push(token);
    else if (address === own) result.ownAddress = true;
    else if (seen.has(address)) result.duplicates.push(address);
    else {
      seen.add(address);
      result.added.push(address);
    }
  }
  return result;
}
