import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { useErrorMessage } from '@/hooks/useErrorMessage';
import { userName } from './userName';

interface DeleteUserDialogProps {
  open: boolean;
  /** Kept while the dialog closes, so its text does not change as it fades out. */
  user: { mail: string; cn: string; sn: string };
  pending: boolean;
  /** Why the last attempt failed; shown in the dialog, which stays open for another try. */
  error?: unknown;
  /** The user is the signed-in admin: deleting them ends their access to the panel. */
  isOwnAccount: boolean;
  onConfirm: () => void;
  onClose: () => void;
  /** Called once the dialog has finished closing, to put the focus back (useFocusReturn). */
  onClosed?: () => void;
}

/**
 * Guide 3.7.1 (figure 15): asks with the user's name and says what the guide says happens next —
 * the user leaves the list at once, the record goes after 30 days, and until then the login
 * cannot be given to anyone else.
 */
export function DeleteUserDialog({
  open,
  user,
  pending,
  error,
  isOwnAccount,
  onConfirm,
  onClose,
  onClosed,
}: DeleteUserDialogProps) {
  const { t } = useTranslation('users');
  const errorMessage = useErrorMessage(error);
  return (
    <ConfirmDialog
      open={open}
      title={t('delete.title', { name: userName(user) })}
      confirmLabel={t('delete.confirm')}
      destructive
      pending={pending}
      onConfirm={onConfirm}
      onClose={onClose}
      onClosed={onClosed}
    >
      <Stack sx={{ gap: 2 }}>
        {error ? (
          <Alert severity="error" role="alert">
            {errorMessage}
          </Alert>
        ) : null}
        <Typography>{t('delete.who', { name: userName(user), mail: user.mail })}</Typography>
        <Typography>{t('delete.reserved', { mail: user.mail })}</Typography>
        {isOwnAccount ? (
          <Alert severity="warning">{t('ownAccount', { mail: user.mail })}</Alert>
        ) : null}
      </Stack>
    </ConfirmDialog>
  );
}
