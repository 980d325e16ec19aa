import { http, type HttpHandler } from 'msw';
import { PbmError, type FieldErrors } from '../errors.ts';
import { isValidAddress, normalizeAddress } from '../store/addressSyntax.ts';
import { findTenant } from '../store/tenantOps.ts';
import type { UserRecord } from '../store/types.ts';
import { assertSystemAdmin, assertTenantAccess } from './authGuard.ts';
import { requireParams, requireTenantParams } from './requestValues.ts';
import { adminRoute, success, type AdminRouteInput } from './route.ts';
import type { MockRuntime } from './runtime.ts';

const COMMANDS = ['tenantsync', 'domainsync', 'kickuser', 'expunge'];

/** FNV-1a: a stable stand-in for "has this recipient read the message?". */
function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash;
}

function readBinaryFlag(
  value: string | undefined,
  name: string,
  fallback: boolean,
  errors: FieldErrors,
) {
  const flag = value?.trim() || (fallback ? '1' : '0');
  if (flag !== '0' && flag !== '1') errors[name] = `${name} must be 0 or 1`;
  return flag === '1';
}

/**
 * The mailboxes named in `emails` (comma-separated; required, inferred for kickuser) with the
 * live user behind each, looked up in `tenant-id` — inferred default: the caller's own tenant.
 */
function readMailboxes(input: AdminRouteInput, required: string[]) {
  const values = requireParams(input.params, required);
  const tenantId = input.params.text('tenant-id')?.trim() || input.caller.tenantId;
  assertTenantAccess(input.caller, tenantId);
  findTenant(input.runtime.store, tenantId);
  const { index } = input.runtime.store;
  const emails = [...new Set(values.emails?.split(',').map(normalizeAddress).filter(Boolean))];
  const invalid = emails.find((mail) => !isValidAddress(mail));
  if (invalid) throw new PbmError(400, { emails: `invalid email address ${invalid}` });
  return emails.map((mail) => {
    const user: UserRecord | undefined = index.users.get(mail) ?? index.aliasOwners.get(mail);
    return { mail, user: user?.tenantId === tenantId ? user : undefined };
  });
}

function kickUsers(input: AdminRouteInput): Response {
  const mailboxes = readMailboxes(input, ['emails']);
  const results = mailboxes.map(({ mail, user }) => [mail, user ? 'ok' : 'not found']);
  return success({ results: Object.fromEntries(results) });
}

/** Guide 3.16.4.1: recall a message; with force=0 a message already read stays. */
function expungeMessage(input: AdminRouteInput): Response {
  const mailboxes = readMailboxes(input, ['messageid', 'emails']);
  const errors: FieldErrors = {};
  const force = readBinaryFlag(input.params.text('force'), 'force', false, errors);
  readBinaryFlag(input.params.text('notify'), 'notify', true, errors);
  if (Object.keys(errors).length > 0) throw new PbmError(400, errors);
  const messageId = input.params.text('messageid')?.trim() ?? '';
  const results = mailboxes.map(({ mail, user }) => {
    if (!user) return [mail, 'not found'];
    const wasRead = stableHash(`${messageId}|${mail}`) % 3 === 0;
    return [mail, wasRead && !force ? 'kept: message was read' : 'deleted'];
  });
  return success({ results: Object.fromEntries(results) });
}

export function actionHandlers(runtime: MockRuntime): HttpHandler[] {
  return [
    http.post(
      '*/actions',
      adminRoute(runtime, (input) => {
        // Guide 3.16.4.1: "cmd … значение по умолчанию expunge".
        const cmd = input.params.text('cmd')?.trim() || 'expunge';
        if (cmd === 'kickuser') return kickUsers(input);
        if (cmd === 'expunge') return expungeMessage(input);
        if (cmd === 'tenantsync' || cmd === 'domainsync') {
          assertSystemAdmin(input.caller);
          return success();
        }
        throw new PbmError(400, { cmd: `cmd must be one of ${COMMANDS.join(', ')}` });
      }),
    ),
    http.post(
      '*/v2/actions/cabsync',
      adminRoute(runtime, (input) => {
        requireTenantParams(input);
        return success();
      }),
    ),
  ];
}
