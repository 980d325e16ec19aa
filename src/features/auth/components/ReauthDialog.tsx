import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '@/hooks/useSession';
import { useSignIn } from '../api/signIn';
import { SignInForm } from './SignInForm';

/**
 * Opens over the current page when the session cannot be renewed. The page underneath stays
 * mounted, so unsaved forms keep what was typed; requests made meanwhile wait and then go through
 * once the same admin signs in again.
 */
export function ReauthDialog({ onSignOut }: { onSignOut: () => void }) {
  const { t } = useTranslation('auth');
  const session = useSession();
  const signIn = useSignIn();
  const titleId = useId();
  const descriptionId = useId();
  return (
    <Dialog
      open={session.status === 'expired'}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      maxWidth="xs"
      fullWidth
    >
      <DialogTitle id={titleId}>{t('reauth.title')}</DialogTitle>
      <DialogContent>
        <Stack sx={{ gap: 2 }}>
          <DialogContentText id={descriptionId}>{t('reauth.explanation')}</DialogContentText>
          <SignInForm
            fixedLogin={session.login}
            pending={signIn.pending}
            failure={signIn.failure}
            onSubmit={(values) => void signIn.submit(values)}
          />
          <Button onClick={onSignOut} color="inherit">
            {t('reauth.signOut')}
          </Button>
        </Stack>
      </DialogContent>
    </Dialog>
  );
}
