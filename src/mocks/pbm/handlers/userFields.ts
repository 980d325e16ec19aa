import { PbmError, requiredValueText, type FieldErrors } from '../errors.ts';
import { isValidAddress, normalizeAddress } from '../store/addressSyntax.ts';
import type { TenantRecord } from '../store/types.ts';
import type { UserChanges } from '../store/userOps.ts';
import { readAvatar } from './avatarUpload.ts';
import type { RequestParams } from './params.ts';
import { optionalText, tenantAddressProblem } from './requestValues.ts';

/** Guide table 3, `lang`; the first is the default. */
export const USER_LANGUAGES = [
  'en-US',
  'ru-RU',
  'es-PA',
  'fr-FR',
  'it-IT',
  'pt-BR',
  'ba-RU',
  'tt-RU',
];
const REQUIRED_ON_CREATE = ['userPassword', 'employeeNumber', 'cn', 'sn'];
const FREE_TEXT_FIELDS = ['initials', 'ou', 'title', 'description', 'l', 'telegram', 'skype'];
const PHONE_FIELDS = ['homePhone', 'telephoneNumber'];
// Guide table 3: phones use "only digits and special characters", i.e. no letters.
const PHONE_PATTERN = /^[^\p{L}]*\d[^\p{L}]*$/u;

const CHOICES: Record<string, { values: Record<string, string | number>; reason: string }> = {
  employeeNumber: { values: { 1: 1, 2: 2 }, reason: 'employeeNumber must be 1 or 2' },
  employeeType: { values: { 0: 0, 1: 1, 2: 2, 3: 3 }, reason: 'employeeType must be 0, 1, 2 or 3' },
  inetUserStatus: { values: { 0: 0, 1: 1, 2: 2 }, reason: 'inetUserStatus must be 0, 1 or 2' },
  lang: {
    values: Object.fromEntries(USER_LANGUAGES.map((lang) => [lang, lang])),
    reason: `lang must be one of ${USER_LANGUAGES.join(', ')}`,
  },
};

type Collected = { errors: FieldErrors; changes: Record<string, unknown> };

/** Comma-separated without spaces (guide 3.9.2); an empty value removes every alias. */
function parseAliases(raw: string, tenant: TenantRecord): string[] | { problem: string } {
  const aliases = raw.split(',').map(normalizeAddress).filter(Boolean);
  for (const [position, alias] of aliases.entries()) {
    if (!isValidAddress(alias)) return { problem: `invalid email address ${alias}` };
    const problem = tenantAddressProblem(alias, tenant);
    if (problem) return { problem };
    if (aliases.indexOf(alias) !== position) return { problem: `duplicate alias ${alias}` };
  }
  return aliases;
}

function collectRequiredTexts(params: RequestParams, mode: 'create' | 'update', out: Collected) {
  for (const name of REQUIRED_ON_CREATE) {
    const value = params.text(name);
    if (mode === 'create' && !value?.trim()) out.errors[name] = requiredValueText(name);
    else if (value !== undefined && !value.trim()) out.errors[name] = `${name} must not be empty`;
  }
  // Inferred: names are trimmed, passwords are taken as typed.
  for (const name of ['cn', 'sn']) {
    const value = params.text(name)?.trim();
    if (value) out.changes[name] = value;
  }
  const password = params.text('userPassword');
  if (password?.trim()) out.changes.userPassword = password;
}

function collectChoices(params: RequestParams, { errors, changes }: Collected) {
  for (const [name, choice] of Object.entries(CHOICES)) {
    const value = params.text(name)?.trim();
    if (value === undefined || errors[name]) continue;
    if (value === '' && name === 'employeeType') changes[name] = null;
    else if (Object.hasOwn(choice.values, value)) changes[name] = choice.values[value];
    else errors[name] = choice.reason;
  }
}

function collectOptionalTexts(params: RequestParams, { errors, changes }: Collected) {
  for (const name of [...FREE_TEXT_FIELDS, 'displayName', ...PHONE_FIELDS]) {
    const value = optionalText(params, name);
    if (value && PHONE_FIELDS.includes(name) && !PHONE_PATTERN.test(value)) {
      errors[name] = `${name} may contain only digits and special characters`;
    } else if (value !== undefined) {
      changes[name] = value;
    }
  }
  const quota = optionalText(params, 'quota');
  if (quota === null) changes.quota = null;
  else if (quota !== undefined && /^\d{1,9}$/.test(quota) && Number(quota) > 0) {
    changes.quota = Number(quota);
  } else if (quota !== undefined) errors.quota = 'quota must be a positive integer';
}

/**
 * Reads and validates every user field of a PUT (create) or PATCH (update) at once, so one 400
 * lists all problems. Returns only the fields that were sent; `null` clears an optional field.
 */
export async function parseUserFields(
  params: RequestParams,
  mode: 'create' | 'update',
  tenant: TenantRecord,
): Promise<UserChanges> {
  const collected: Collected = { errors: {}, changes: {} };
  const { errors, changes } = collected;
  const mailText = params.text('mail');
  if (mode === 'update' && mailText !== undefined) {
    const mail = normalizeAddress(mailText);
    const problem = tenantAddressProblem(mail, tenant);
    if (problem) errors.mail = problem;
    else changes.mail = mail;
  }
  collectRequiredTexts(params, mode, collected);
  collectChoices(params, collected);
  collectOptionalTexts(params, collected);
  const aliasText = params.text('alias');
  const aliases = aliasText === undefined ? undefined : parseAliases(aliasText, tenant);
  if (aliases && 'problem' in aliases) errors.alias = aliases.problem;
  else if (aliases) changes.alias = aliases;
  const avatar = await readAvatar(params);
  if ('problem' in avatar) errors.jpegPhoto = avatar.problem;
  else if (avatar.value !== undefined) changes.jpegPhoto = avatar.value;

  if (Object.keys(errors).length > 0) throw new PbmError(400, errors);
  // A new user has nothing to clear: an empty optional field simply stays unset.
  const sent = mode === 'create' ? Object.entries(changes).filter(([, v]) => v !== null) : null;
  return (sent ? Object.fromEntries(sent) : changes) as UserChanges;
}
