import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { useErrorMessage } from '@/hooks/useErrorMessage';

interface DeleteTenantDialogProps {
  open: boolean;
  /** Kept while the dialog closes, so its text does not change as it fades out. */
  tenantId: string;
  pending: boolean;
  /** Why the last attempt failed, shown in the dialog so the admin may try again. */
  error: unknown;
  onConfirm: (tenantId: string) => void;
  onClose: () => void;
  /** Called once the dialog has finished closing, to put the focus back (useFocusReturn). */
  onClosed?: () => void;
}

/** Guide 3.2.3. Deleting a tenant takes everything in it, so the dialog says so plainly. */
export function DeleteTenantDialog({
  open,
  tenantId,
  pending,
  error,
  onConfirm,
  onClose,
  onClosed,
}: DeleteTenantDialogProps) {
  const { t } = useTranslation('tenants');
  const errorMessage = useErrorMessage(error);
  return (
    <ConfirmDialog
      open={open}
      title={t('delete.title', { tenantId })}
      confirmLabel={t('delete.confirm')}
      destructive
      pending={pending}
      onConfirm={() => onConfirm(tenantId)}
      onClose={onClose}
      onClosed={onClosed}
    >
      <Stack sx={{ gap: 2 }}>
        {error ? (
          <Alert severity="error" role="alert">
            {errorMessage}
          </Alert>
        ) : null}
        <Typography>{t('delete.consequences', { tenantId })}</Typography>
        <Typography>{t('delete.irreversible')}</Typography>
      </Stack>
    </ConfirmDialog>
  );
}
