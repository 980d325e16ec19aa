import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { useErrorMessage } from '@/hooks/useErrorMessage';

interface DeleteGroupDialogProps {
  open: boolean;
  groupname: string;
  /** How many resources go with the group (guide 3.11.3: PBM deletes them all). */
  resourceCount: number;
  pending: boolean;
  /** Why the last attempt failed; the dialog stays so the admin may try again. */
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

export function DeleteGroupDialog({
  open,
  groupname,
  resourceCount,
  pending,
  error,
  onConfirm,
  onClose,
}: DeleteGroupDialogProps) {
  const { t } = useTranslation('resources');
  const errorMessage = useErrorMessage(error);
  return (
    <ConfirmDialog
      open={open}
      title={t('deleteGroup.title', { group: groupname })}
      confirmLabel={t('deleteGroup.confirm')}
      destructive
      pending={pending}
      onConfirm={onConfirm}
      onClose={onClose}
    >
      <Stack sx={{ gap: 2 }}>
        {error ? (
          <Alert severity="error" role="alert">
            {errorMessage}
          </Alert>
        ) : null}
        <Typography>
          {resourceCount > 0
            ? t('deleteGroup.withResources', { count: resourceCount })
            : t('deleteGroup.noResources')}
        </Typography>
        <Typography>{t('deleteGroup.irreversible')}</Typography>
      </Stack>
    </ConfirmDialog>
  );
}
