import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { HelpButton } from '@/components/HelpButton';
import { LanguageSwitcher } from '@/components/LanguageSwitcher';
import { paths, safeReturnTo } from '@/config/paths';
import { getRuntimeConfig } from '@/config/runtimeConfig';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { useSession } from '@/hooks/useSession';
import { useSignIn } from '../api/signIn';
import { DemoAccountsHint } from '../components/DemoAccountsHint';
import { SignInForm } from '../components/SignInForm';

/** The start page (guide 3.1, figure 9). After sign-in the admin lands where they were going. */
export function SignInPage() {
  const { t } = useTranslation('auth');
  useDocumentTitle(t('title'));
  const session = useSession();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnTo(searchParams.get('returnTo'));
  const signIn = useSignIn();

  if (session.status === 'active' && !signIn.pending) {
    return <Navigate to={returnTo ?? paths.tenantHome(session.tenantId)} replace />;
  }

  return (
    <Box
      component="main"
      sx={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        bgcolor: 'background.default',
        p: 2,
      }}
    >
      {/* Paper's look, without Paper: see LightNotice on the sign-in page's JavaScript budget. */}
      <Box
        sx={{
          width: '100%',
          maxWidth: 420,
          p: 4,
          bgcolor: 'background.paper',
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
        }}
      >
        <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>
          <LanguageSwitcher />
          <HelpButton />
        </Box>
        <Typography variant="h1" component="h1" sx={{ mb: 3, textAlign: 'center' }}>
          {t('heading')}
        </Typography>
        <SignInForm
          pending={signIn.pending}
          failure={signIn.failure}
          onSubmit={async (values) => {
            const tokens = await signIn.submit(values);
            if (tokens) {
              await navigate(returnTo ?? paths.tenantHome(tokens['tenant-id']), { replace: true });
            }
          }}
        />
        {__BUNDLE_MOCK__ && getRuntimeConfig().mock ? (
          <Box sx={{ mt: 3 }}>
            <DemoAccountsHint />
          </Box>
        ) : null}
      </Box>
    </Box>
  );
}
