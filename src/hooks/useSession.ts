import { useSyncExternalStore } from 'react';
import { getSession, subscribeSession, type SessionSnapshot } from '@/api/session';

/** The current session, re-rendering on sign-in, renewal, expiry and sign-out. */
export function useSession(): SessionSnapshot {
  return useSyncExternalStore(subscribeSession, getSession);
}
