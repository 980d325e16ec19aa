import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { LoadingState } from '@/components/LoadingState';
import { paths } from '@/config/paths';
import { ReauthDialog } from '@/features/auth/components/ReauthDialog';
import { useSession } from '@/hooks/useSession';
import { queryClient } from '../queryClient';
import { useSignOut } from './useSignOut';

/**
 * The signed-in area: server state (TanStack Query) lives here, not on the sign-in page.
 * Guards every page behind sign-in. Signed out: one redirect to the sign-in page, remembering
 * where the admin was going. Expired: the page stays and the re-authentication dialog opens.
 */
export function RequireSession() {
  return (
    <QueryClientProvider client={queryClient}>
      <SessionGate />
    </QueryClientProvider>
  );
}

function SessionGate() {
  const session = useSession();
  const location = useLocation();
  const signOut = useSignOut();

  // Another tab signed out: nothing cached for the old session may survive.
  useEffect(() => {
    if (session.status === 'anonymous') queryClient.clear();
  }, [session.status]);

  if (session.status === 'anonymous') {
    return <Navigate to={paths.signIn(location.pathname + location.search)} replace />;
  }
  if (session.status === 'restoring') return <LoadingState />;
  return (
    <>
      <Outlet />
      <ReauthDialog onSignOut={signOut} />
    </>
  );
}
