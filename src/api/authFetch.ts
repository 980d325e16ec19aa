import { ApiError } from './ApiError';
import { getAccessToken, getSession, renewSession, waitForAuthentication } from './session';

const REQUEST_TIMEOUT_MS = 30_000;

/**
 * `fetch` with the admin's token. On `401 TOKEN EXPIRED` it renews the token once (shared by every
 * request that meets the same expiry) and retries the request once; when the session cannot be
 * renewed, the request waits until the admin signs in again and then retries, so no work is lost.
 */
export async function authFetch(request: Request): Promise<Response> {
  // Signing in is how a waiting session resumes: it must neither wait nor carry a stale token.
  if (isSignIn(request)) return send(request, '');
  if (getSession().status !== 'anonymous') await waitForAuthentication();
  // Keep an unread copy: the body of the first attempt is consumed by sending it.
  const retryCopy = request.clone();
  const tokenUsed = getAccessToken();
  const response = await send(request, tokenUsed);
  if (response.status !== 401 || !tokenUsed) return response;

  if (getAccessToken() === tokenUsed) await renewSession();
  await waitForAuthentication();
  return send(retryCopy, getAccessToken());
}

function isSignIn(request: Request): boolean {
  return request.method === 'POST' && new URL(request.url).pathname.endsWith('/v2/auth');
}

async function send(request: Request, token: string): Promise<Response> {
  const headers = new Headers(request.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const signal = AbortSignal.any([request.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]);
  try {
    // globalThis.fetch is looked up per call so that test interceptors (MSW) see every request.
    return await globalThis.fetch(new Request(request, { headers, signal }));
  } catch (cause) {
    throw ApiError.fromFailure(cause);
  }
}
