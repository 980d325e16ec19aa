import { Navigate } from 'react-router';
import { LoadingState } from '@/components/LoadingState';
import { paths } from '@/config/paths';
import { useSession } from '@/hooks/useSession';

/** `/` goes in one step to the admin's own tenant, or to the sign-in form. */
export function RootRedirect() {
  const session = useSession();
  if (session.status === 'restoring') return <LoadingState />;
  if (session.status === 'anonymous') return <Navigate to={paths.signIn()} replace />;
  return <Navigate to={paths.tenantHome(session.tenantId)} replace />;
}
