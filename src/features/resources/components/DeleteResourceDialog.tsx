import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { useErrorMessage } from '@/hooks/useErrorMessage';
import type { Resource } from '../api/resourceQueries';

interface DeleteResourceDialogProps {
  open: boolean;
  /** Kept while the dialog fades out, so its text does not change. */
  resource: Resource | undefined;
  pending: boolean;
  error: unknown;
  onConfirm: (resource: Resource) => void;
  onClose: () => void;
}

/** Guide 3.12.4. */
export function DeleteResourceDialog({
  open,
  resource,
  pending,
  error,
  onConfirm,
  onClose,
}: DeleteResourceDialogProps) {
  const { t } = useTranslation('resources');
  const errorMessage = useErrorMessage(error);
  const name = resource?.displayName ?? '';
  return (
    <ConfirmDialog
      open={open}
      title={t('deleteResource.title', { name })}
      confirmLabel={t('deleteResource.confirm')}
      destructive
      pending={pending}
      onConfirm={() => resource && onConfirm(resource)}
      onClose={onClose}
    >
      <Stack sx={{ gap: 2 }}>
        {error ? (
          <Alert severity="error" role="alert">
            {errorMessage}
          </Alert>
        ) : null}
        <Typography>
          {t('deleteResource.explanation', {
            name,
            mail: resource?.mail ?? '',
            group: resource?.groupname ?? '',
          })}
        </Typography>
      </Stack>
    </ConfirmDialog>
  );
}
