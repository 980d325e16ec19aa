import { z } from 'zod';
import { isLanguageCode, type LanguageCode } from '@/i18n/languages';
import {
  addressPartsSchema,
  joinAddress,
  splitAddress,
  type AddressParts,
} from '@/utils/emailAddress';
import type { User } from './api/userQueries';
import type { UserCreateBody, UserPatchBody } from './api/userMutations';

/*
 * The one schema of "Новый пользователь" and the profile (guide 3.3, 3.5–3.10, tables 2 and 3).
 * Messages are i18n keys: FormTextField translates them with `ns: 'common'`, so this feature's own
 * keys carry their namespace prefix.
 */

export type UserFormMode = 'create' | 'edit';

/** Accepted avatar files (contract: image/jpeg, image/png, image/webp, at most 1 MiB). */
export const AVATAR_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const AVATAR_MAX_BYTES = 1024 * 1024;

// Table 3: phones use "только цифры и специальные символы"; these are the ones phone numbers use.
const PHONE_PATTERN = /^[\d+()\- ]*\d[\d+()\- ]*$/;
// PBM takes up to nine digits (contract: a positive integer of MB).
const QUOTA_PATTERN = /^\d{1,9}$/;

const required = z.string().trim().min(1, { error: 'validation.required' });
const optionalText = z.string().trim();
const phone = optionalText.refine((value) => value === '' || PHONE_PATTERN.test(value), {
  error: 'userForm:validation.phone',
});

export interface UserSchemaOptions {
  /** The user already has a quota of their own: PBM cannot return it to the default. */
  quotaRequired?: boolean;
}

export function userFormSchema(
  domains: readonly string[],
  mode: UserFormMode,
  { quotaRequired = false }: UserSchemaOptions = {},
) {
  const address = addressPartsSchema(domains);
  return z
    .object({
      // '' none, a data: URL the user has, or a newly chosen file.
      photo: z.union([z.string(), z.instanceof(File)]),
      login: address,
      employeeNumber: z.enum(['1', '2'], { error: 'validation.required' }),
      quota: z.string().trim(),
      password: z.string(),
      passwordRepeat: z.string(),
      aliases: z.array(address),
      cn: required,
      sn: required,
      initials: optionalText,
      ou: optionalText,
      title: optionalText,
      description: optionalText,
      l: optionalText,
      displayName: optionalText,
      telephoneNumber: phone,
      homePhone: phone,
      telegram: optionalText,
      skype: optionalText,
      employeeType: z.enum(['', '0', '1', '2', '3'], { error: 'userForm:validation.choice' }),
      lang: z.custom<LanguageCode>((value) => typeof value === 'string' && isLanguageCode(value), {
        error: 'userForm:validation.choice',
      }),
      inetUserStatus: z.enum(['0', '1', '2'], { error: 'userForm:validation.choice' }),
    })
    .superRefine((values, context) => {
      const problem = (path: (string | number)[], message: string) =>
        context.addIssue({ code: 'custom', path, message });

      if (typeof values.photo !== 'string') {
        if (!(AVATAR_TYPES as readonly string[]).includes(values.photo.type)) {
          problem(['photo'], 'userForm:validation.photoType');
        } else if (values.photo.size > AVATAR_MAX_BYTES) {
          problem(['photo'], 'userForm:validation.photoSize');
        }
      }

      if (values.quota === '') {
        if (quotaRequired) problem(['quota'], 'validation.required');
      } else if (!QUOTA_PATTERN.test(values.quota) || Number(values.quota) < 1) {
        problem(['quota'], 'userForm:validation.quota');
      }

      if (mode === 'create' && values.password === '') problem(['password'], 'validation.required');
      if (mode === 'create' && values.passwordRepeat === '') {
        problem(['passwordRepeat'], 'validation.required');
      } else if (values.password !== values.passwordRepeat) {
        problem(['passwordRepeat'], 'userForm:validation.passwordMismatch');
      }

      const login = joinAddress(values.login);
      const seen = new Set<string>();
      values.aliases.forEach((alias, index) => {
        if (!alias.local.trim()) return;
        const aliasAddress = joinAddress(alias);
        if (aliasAddress === login)
          problem(['aliases', index, 'local'], 'userForm:validation.aliasIsLogin');
        else if (seen.has(aliasAddress)) {
          problem(['aliases', index, 'local'], 'userForm:validation.aliasDuplicate');
        }
        seen.add(aliasAddress);
      });
    });
}

export type UserFormValues = z.infer<ReturnType<typeof userFormSchema>>;

type TextField =
  | 'cn'
  | 'sn'
  | 'initials'
  | 'ou'
  | 'title'
  | 'description'
  | 'l'
  | 'displayName'
  | 'telephoneNumber'
  | 'homePhone'
  | 'telegram'
  | 'skype';

/** Text fields that map one to one onto PBM parameters of the same name (table 3). */
export const TEXT_FIELDS: readonly TextField[] = [
  'cn',
  'sn',
  'initials',
  'ou',
  'title',
  'description',
  'l',
  'displayName',
  'telephoneNumber',
  'homePhone',
  'telegram',
  'skype',
];

/** PBM sends these choices as numbers; the selects hold their decimal text. */
type Choice<Field extends 'employeeNumber' | 'employeeType' | 'inetUserStatus'> =
  UserFormValues[Field];

/** The form of a new user (no argument) or of an existing profile. */
export function toFormValues(user?: User, defaultDomain = ''): UserFormValues {
  const text = (field: TextField) => user?.[field] ?? '';
  return {
    photo: user?.jpegPhoto ?? '',
    login: user ? splitAddress(user.mail) : { local: '', domain: defaultDomain },
    employeeNumber: user ? (String(user.employeeNumber) as Choice<'employeeNumber'>) : '2',
    quota: user?.quota === undefined ? '' : String(user.quota),
    password: '',
    passwordRepeat: '',
    aliases: (user?.alias ?? []).map(splitAddress),
    ...(Object.fromEntries(TEXT_FIELDS.map((field) => [field, text(field)])) as Record<
      TextField,
      string
    >),
    employeeType:
      user?.employeeType === undefined ? '' : (String(user.employeeType) as Choice<'employeeType'>),
    // Table 3: PBM's defaults are en-US and status 1 (active).
    lang: user?.lang ?? 'en-US',
    inetUserStatus: user ? (String(user.inetUserStatus) as Choice<'inetUserStatus'>) : '1',
  };
}

const joinAliases = (aliases: readonly AddressParts[]) => aliases.map(joinAddress).join(',');

/** PUT /v2/users/{tenant}/{mail}: the address and the fields that were filled in. */
export function toCreateBody(values: UserFormValues): { mail: string; body: UserCreateBody } {
  const body: UserCreateBody = {
    userPassword: values.password,
    employeeNumber: Number(values.employeeNumber) as 1 | 2,
    cn: values.cn,
    sn: values.sn,
    lang: values.lang,
    inetUserStatus: Number(values.inetUserStatus) as 0 | 1 | 2,
  };
  for (const field of TEXT_FIELDS) if (values[field]) body[field] = values[field];
  if (values.quota) body.quota = Number(values.quota);
  if (values.aliases.length > 0) body.alias = joinAliases(values.aliases);
  if (values.employeeType) body.employeeType = Number(values.employeeType) as 0 | 1 | 2 | 3;
  if (typeof values.photo !== 'string') body.jpegPhoto = values.photo;
  return { mail: joinAddress(values.login), body };
}

/**
 * PATCH /v2/users/{tenant}/{mail}: only what changed between the loaded profile and the form.
 * A new login or domain renames the user; aliases are sent whole ('' clears them); an emptied
 * text field is sent empty to clear it; the password only when one was typed.
 */
export function toPatchBody(initial: UserFormValues, values: UserFormValues): UserPatchBody {
  const body: UserPatchBody = {};
  const mail = joinAddress(values.login);
  if (mail !== joinAddress(initial.login)) body.mail = mail;
  if (values.employeeNumber !== initial.employeeNumber) {
    body.employeeNumber = Number(values.employeeNumber) as 1 | 2;
  }
  if (values.quota !== initial.quota && values.quota !== '') body.quota = Number(values.quota);
  if (values.password) body.userPassword = values.password;
  const aliases = joinAliases(values.aliases);
  if (aliases !== joinAliases(initial.aliases)) body.alias = aliases;
  for (const field of TEXT_FIELDS) {
    if (values[field] !== initial[field]) body[field] = values[field];
  }
  // The empty choice is only offered while the user has none, so it never needs clearing.
  if (values.employeeType !== initial.employeeType && values.employeeType !== '') {
    body.employeeType = Number(values.employeeType) as 0 | 1 | 2 | 3;
  }
  if (values.lang !== initial.lang) body.lang = values.lang;
  if (values.inetUserStatus !== initial.inetUserStatus) {
    body.inetUserStatus = Number(values.inetUserStatus) as 0 | 1 | 2;
  }
  if (typeof values.photo !== 'string') body.jpegPhoto = values.photo;
  else if (values.photo === '' && initial.photo !== '') body.jpegPhoto = '';
  return body;
}
