import type { FieldPath } from 'react-hook-form';
import { ApiError } from '@/api/ApiError';
import { joinAddress } from '@/utils/emailAddress';
import { TEXT_FIELDS, type UserFormValues } from './schemas';

/** PBM parameters (table 3) and the form inputs their errors belong on. */
const SERVER_FIELDS: Partial<Record<string, FieldPath<UserFormValues>>> = {
  mail: 'login.local',
  userPassword: 'password',
  employeeNumber: 'employeeNumber',
  quota: 'quota',
  jpegPhoto: 'photo',
  employeeType: 'employeeType',
  lang: 'lang',
  inetUserStatus: 'inetUserStatus',
  ...Object.fromEntries(TEXT_FIELDS.map((field) => [field, field])),
};

/**
 * Where each PBM field error of `error` goes. An alias error names the address it is about
 * ("address x@y is already in use"), so it lands on that row; otherwise above the rows.
 */
export function serverErrorFields(
  error: unknown,
  values: UserFormValues,
): Partial<Record<string, FieldPath<UserFormValues>>> {
  const aliasText = error instanceof ApiError ? error.fieldErrors.alias?.toLowerCase() : undefined;
  if (aliasText === undefined) return SERVER_FIELDS;
  const row = values.aliases.findIndex(
    (alias) => alias.local.trim() !== '' && aliasText.includes(joinAddress(alias)),
  );
  return { ...SERVER_FIELDS, alias: row < 0 ? 'aliases' : `aliases.${row}.local` };
}

/** True when PBM named a field the form has no input for: the page then says so above the form. */
export function hasUnplacedErrors(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  const names = Object.keys(error.fieldErrors);
  return names.length === 0 || names.some((name) => name !== 'alias' && !SERVER_FIELDS[name]);
}
