import { http, HttpResponse, type HttpHandler } from 'msw';
import { PbmError } from '../errors.ts';
import { normalizeAddress } from '../store/addressSyntax.ts';
import type { PbmStore } from '../store/pbmStore.ts';
import { isRefreshTokenUsed, rememberUsedRefreshToken } from '../store/refreshTokens.ts';
import { DEFAULT_TENANT_ID } from '../store/tenantOps.ts';
import type { UserRecord } from '../store/types.ts';
import { requireParams } from './requestValues.ts';
import { publicRoute, type PublicRouteInput } from './route.ts';
import type { MockRuntime } from './runtime.ts';
import { newTokenId, signToken, verifyToken, type TokenKind } from './tokens.ts';

/** A full address, or a bare login looked up in tenant default's domains in order (inferred). */
function findAccount(store: PbmStore, login: string): UserRecord | undefined {
  const name = normalizeAddress(login);
  if (name.includes('@')) return store.index.users.get(name);
  const domains = store.index.tenants.get(DEFAULT_TENANT_ID)?.domains ?? [];
  return domains.map((domain) => store.index.users.get(`${name}@${domain}`)).find(Boolean);
}

function assertMaySignIn(user: UserRecord): void {
  // Receive-only users (status 2) still sign in; only status 0 is locked out.
  if (user.inetUserStatus === 0) throw new PbmError(401, 'account is blocked');
}

function userOfCredentials({ params, runtime }: PublicRouteInput): UserRecord {
  requireParams(params, ['login', 'password']);
  const user = findAccount(runtime.store, params.text('login') ?? '');
  if (!user || user.userPassword !== params.text('password')) {
    throw new PbmError(401, 'invalid login or password');
  }
  assertMaySignIn(user);
  return user;
}

/** Guide 2.4.1: renews the tokens; the refresh token is rotated (usable once). */
function userOfRefreshToken({ runtime, now }: PublicRouteInput, token: string): UserRecord {
  const invalid = new PbmError(401, 'invalid refresh token');
  const claims = verifyToken(token);
  if (!claims || claims.kind !== 'refresh' || claims.exp * 1000 <= now) throw invalid;
  if (isRefreshTokenUsed(runtime.store, claims.jti)) throw invalid;
  const user = runtime.store.index.users.get(claims.sub);
  if (!user || user.tenantId !== claims.tenant) throw invalid;
  assertMaySignIn(user);
  rememberUsedRefreshToken(runtime.store, claims, now);
  return user;
}

function issueTokens({ options }: MockRuntime, user: UserRecord, now: number) {
  const claims = (kind: TokenKind, ttlSeconds: number) => ({
    sub: user.mail,
    tenant: user.tenantId,
    role: user.employeeNumber,
    kind,
    exp: Math.floor(now / 1000) + ttlSeconds,
    jti: newTokenId(),
  });
  const access = claims('access', options.accessTokenTtl);
  return {
    access_token: signToken(access),
    refresh_token: signToken(claims('refresh', options.refreshTokenTtl)),
    // Inferred: Unix time in seconds when the access token expires.
    expire: access.exp,
    'tenant-id': user.tenantId,
    role: user.employeeNumber,
  };
}

export function authHandlers(runtime: MockRuntime): HttpHandler[] {
  return [
    http.post(
      '*/v2/auth',
      publicRoute(runtime, (input) => {
        // With a refresh token, login and password (the guide sends them too) are ignored.
        const refreshToken = input.params.text('refresh_token')?.trim();
        const user = refreshToken
          ? userOfRefreshToken(input, refreshToken)
          : userOfCredentials(input);
        return HttpResponse.json(issueTokens(runtime, user, input.now));
      }),
    ),
  ];
}
