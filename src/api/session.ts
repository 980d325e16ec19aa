import { ApiError } from './ApiError';
import { apiBaseUrl } from '@/config/runtimeConfig';

/**
 * The administrator's PBM session. The access token lives only in memory; the refresh token in
 * sessionStorage, so a reload of this tab keeps the session and closing the tab ends it.
 * Nothing token-like ever goes to localStorage, cookies or a URL.
 */
export type SessionStatus =
  /** Nobody is signed in. */
  | 'anonymous'
  /** A refresh token from sessionStorage is being exchanged after a reload. */
  | 'restoring'
  | 'active'
  /** The session could not be renewed: requests wait until the same admin signs in again. */
  | 'expired';

export interface SessionSnapshot {
  status: SessionStatus;
  login: string;
  tenantId: string;
  role: number;
}

export interface AuthTokens {
  access_token: string;
  refresh_token: string;
  /** Unix time in seconds when the access token expires. */
  expire: number;
  'tenant-id': string;
  role: number;
}

const REFRESH_TOKEN_KEY = 'pbm.refreshToken';
const IDENTITY_KEY = 'pbm.identity';
/** Renew this long before the access token expires, so requests rarely meet an expired one. */
const RENEW_AHEAD_MS = 60_000;
const RETRY_RENEW_AFTER_NETWORK_ERROR_MS = 15_000;

let snapshot: SessionSnapshot = { status: 'anonymous', login: '', tenantId: '', role: 0 };
let accessToken = '';
let renewTimer: ReturnType<typeof setTimeout> | undefined;
let inFlightRefresh: Promise<void> | undefined;
let reauthWaiters: { resolve: () => void; reject: (error: ApiError) => void }[] = [];
const listeners = new Set<() => void>();

// Signing out in one tab signs out the others (each tab has its own refresh token).
const channel =
  typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('pbm-session');
channel?.addEventListener('message', (event: MessageEvent) => {
  if (event.data === 'signed-out') endSession({ broadcast: false });
});

export function getSession(): SessionSnapshot {
  return snapshot;
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getAccessToken(): string {
  return accessToken;
}

function update(patch: Partial<SessionSnapshot>) {
  snapshot = { ...snapshot, ...patch };
  listeners.forEach((listener) => listener());
}

/** Starts (or, after expiry, resumes) a session from a successful `POST /v2/auth`. */
export function startSession(tokens: AuthTokens, login: string): void {
  applyTokens(tokens);
  sessionStorage.setItem(IDENTITY_KEY, JSON.stringify({ login }));
  update({ status: 'active', login, tenantId: tokens['tenant-id'], role: tokens.role });
  const waiters = reauthWaiters;
  reauthWaiters = [];
  waiters.forEach((waiter) => waiter.resolve());
}

function applyTokens(tokens: AuthTokens) {
  accessToken = tokens.access_token;
  sessionStorage.setItem(REFRESH_TOKEN_KEY, tokens.refresh_token);
  const remainingMs = tokens.expire * 1000 - Date.now();
  // Short-lived tokens (a PBM may set a TTL of seconds) renew at half their remaining life.
  scheduleRenewal(
    remainingMs > 2 * RENEW_AHEAD_MS ? remainingMs - RENEW_AHEAD_MS : remainingMs / 2,
  );
}

function scheduleRenewal(delayMs: number) {
  clearTimeout(renewTimer);
  renewTimer = setTimeout(
    () => {
      renewSession().catch(() => undefined);
    },
    Math.max(delayMs, 1_000),
  );
}

/** Ends the session everywhere in this tab: tokens, identity, waiting requests. */
export function endSession({ broadcast = true } = {}): void {
  clearTimeout(renewTimer);
  accessToken = '';
  sessionStorage.removeItem(REFRESH_TOKEN_KEY);
  sessionStorage.removeItem(IDENTITY_KEY);
  const waiters = reauthWaiters;
  reauthWaiters = [];
  waiters.forEach((waiter) =>
    waiter.reject(new ApiError({ kind: 'http', status: 401, message: 'signed out' })),
  );
  if (broadcast) channel?.postMessage('signed-out');
  if (snapshot.status !== 'anonymous') {
    update({ status: 'anonymous', login: '', tenantId: '', role: 0 });
  }
}

/** After a reload: exchange the stored refresh token for a new access token. */
export async function restoreSession(): Promise<void> {
  const refreshToken = sessionStorage.getItem(REFRESH_TOKEN_KEY);
  if (!refreshToken) return;
  const identity = readIdentity();
  update({ status: 'restoring', login: identity.login });
  try {
    await renewSession();
  } catch {
    // A network failure leaves the tokens in place: the admin can retry by reloading.
    if (getSession().status === 'restoring') endSession({ broadcast: false });
  }
}

function readIdentity(): { login: string } {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(IDENTITY_KEY) ?? '{}');
    const login = (parsed as { login?: unknown }).login;
    return { login: typeof login === 'string' ? login : '' };
  } catch {
    return { login: '' };
  }
}

/**
 * Renews the access token with the refresh token. Single-flight: every caller during a renewal
 * shares one `POST /v2/auth`. A refused refresh marks the session expired (requests then wait
 * for the admin to sign in again); a network error changes nothing and rethrows.
 */
export function renewSession(): Promise<void> {
  inFlightRefresh ??= exchangeRefreshToken().finally(() => {
    inFlightRefresh = undefined;
  });
  return inFlightRefresh;
}

async function exchangeRefreshToken(): Promise<void> {
  const refreshToken = sessionStorage.getItem(REFRESH_TOKEN_KEY);
  if (!refreshToken) {
    markExpired();
    return;
  }
  let response: Response;
  try {
    response = await globalThis.fetch(`${apiBaseUrl()}/v2/auth`, {
      method: 'POST',
      headers: { Accept: 'application/json' },
      body: new URLSearchParams({ refresh_token: refreshToken }),
    });
  } catch (cause) {
    scheduleRenewal(RETRY_RENEW_AFTER_NETWORK_ERROR_MS);
    throw ApiError.fromFailure(cause);
  }
  if (!response.ok) {
    markExpired();
    return;
  }
  const tokens = (await response.json()) as AuthTokens;
  applyTokens(tokens);
  const { login } = readIdentity();
  update({ status: 'active', login, tenantId: tokens['tenant-id'], role: tokens.role });
}

function markExpired() {
  clearTimeout(renewTimer);
  accessToken = '';
  sessionStorage.removeItem(REFRESH_TOKEN_KEY);
  update({ status: snapshot.login ? 'expired' : 'anonymous' });
}

/**
 * Resolves once a usable access token exists: immediately when active, after the renewal when
 * restoring, after the admin signs in again when expired. Rejects when nobody is signed in.
 */
export function waitForAuthentication(): Promise<void> {
  if (snapshot.status === 'active') return Promise.resolve();
  if (snapshot.status === 'restoring' && inFlightRefresh) {
    return inFlightRefresh.then(waitForAuthentication);
  }
  if (snapshot.status === 'expired') {
    return new Promise((resolve, reject) => reauthWaiters.push({ resolve, reject }));
  }
  return Promise.reject(new ApiError({ kind: 'http', status: 401, message: 'not signed in' }));
}
