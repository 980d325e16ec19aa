import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '@/api/ApiError';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { paths } from '@/config/paths';
import { useTenantDomains } from '@/features/tenants/api/useTenantDomains';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { userQuery } from '../api/userQueries';
import { UserPageHeader } from '../components/UserPageHeader';
import { UserProfile } from '../components/UserProfile';

/** A user's profile (guide 3.5.1): loading, "not found" and failure states around it. */
export function UserPage() {
  const { tenantId = '', mail = '' } = useParams();
  const user = useQuery(userQuery(tenantId, mail));
  const domains = useTenantDomains(tenantId);

  if (user.isSuccess && domains.isSuccess) {
    // A new address (after a rename) is a new form, not an update of the old one.
    return (
      <UserProfile
        key={user.data.mail}
        tenantId={tenantId}
        user={user.data}
        domains={domains.data}
      />
    );
  }
  return <UserPageFallback mail={mail} tenantId={tenantId} user={user} domains={domains} />;
}

interface FallbackProps {
  mail: string;
  tenantId: string;
  user: ReturnType<typeof useQuery>;
  domains: ReturnType<typeof useTenantDomains>;
}

function UserPageFallback({ mail, tenantId, user, domains }: FallbackProps) {
  const { t } = useTranslation('userForm');
  useDocumentTitle(mail);
  const notFound = user.error instanceof ApiError && user.error.is(404);
  const failed = user.isError ? user : domains.isError ? domains : undefined;

  let body;
  if (notFound) {
    body = (
      <EmptyState title={t('profile.notFound')}>
        <Typography sx={{ color: 'text.secondary' }}>
          {t('profile.notFoundHint', { mail })}
        </Typography>
        <Button component={Link} to={paths.users(tenantId)} variant="contained">
          {t('profile.toList')}
        </Button>
      </EmptyState>
    );
  } else if (failed) {
    body = <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />;
  } else body = <LoadingState />;

  return (
    <>
      <UserPageHeader title={mail} backTo={paths.users(tenantId)} backLabel={t('profile.back')} />
      {body}
    </>
  );
}
