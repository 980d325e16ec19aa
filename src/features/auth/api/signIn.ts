import { useCallback, useRef, useState } from 'react';
import { ApiError } from '@/api/ApiError';
import { pbm, unwrap } from '@/api/client';
import { startSession, type AuthTokens } from '@/api/session';
import { toSignInRequest, type SignInValues } from '../schemas';

/** Why a sign-in was refused, each with its own message on the sign-in page. */
export type SignInFailure =
  'wrongCredentials' | 'blocked' | 'notAdministrator' | 'unreachable' | 'serverError';

const ADMINISTRATOR_ROLE = 1;

/** POST /v2/auth (guide 2.4.1), then start the session if the account may use the panel. */
export async function signIn(values: SignInValues): Promise<AuthTokens | SignInFailure> {
  const request = toSignInRequest(values);
  let tokens: AuthTokens;
  try {
    tokens = await unwrap(pbm().POST('/v2/auth', { body: request }));
  } catch (error) {
    return classify(error);
  }
  // Role 2 (ordinary users) may sign in to mail, but not to the administration panel (guide 3.1).
  if (tokens.role !== ADMINISTRATOR_ROLE) return 'notAdministrator';
  startSession(tokens, request.login);
  return tokens;
}

function classify(error: unknown): SignInFailure {
  if (!(error instanceof ApiError) || error.kind !== 'http') return 'unreachable';
  if (error.status === 401 || error.status === 400) {
    return /block/i.test(error.message) ? 'blocked' : 'wrongCredentials';
  }
  if (error.status === 403) return 'notAdministrator';
  // A proxy with no PBM behind it answers 502/503/504: for the admin that is "unreachable".
  if (error.status >= 502 && error.status <= 504) return 'unreachable';
  return 'serverError';
}

/**
 * Sign-in as a plain hook rather than a TanStack mutation: it runs before any server state
 * exists, and keeping the query library out of the sign-in page's download matters more.
 * A second submit while one is under way is ignored.
 */
export function useSignIn() {
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<SignInFailure>();
  const inFlight = useRef(false);

  const submit = useCallback(async (values: SignInValues) => {
    if (inFlight.current) return undefined;
    inFlight.current = true;
    setPending(true);
    setFailure(undefined);
    const result = await signIn(values);
    inFlight.current = false;
    setPending(false);
    if (typeof result === 'string') {
      setFailure(result);
      return undefined;
    }
    return result;
  }, []);

  return { submit, pending, failure };
}
