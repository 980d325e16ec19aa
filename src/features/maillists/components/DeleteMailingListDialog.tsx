import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { MailingList } from '../api/maillistQueries';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { useErrorMessage } from '@/hooks/useErrorMessage';

interface DeleteMailingListDialogProps {
  open: boolean;
  list?: MailingList;
  pending: boolean;
  error: unknown;
  onConfirm: (list: MailingList) => void;
  onClose: () => void;
  /** Called once the dialog has finished closing, to put the focus back (useFocusReturn). */
  onClosed?: () => void;
}

/** Guide 3.13.4, with a confirmation naming the list and how many members it has. */
export function DeleteMailingListDialog({
  open,
  list,
  pending,
  error,
  onConfirm,
  onClose,
  onClosed,
}: DeleteMailingListDialogProps) {
  const { t } = useTranslation('maillists');
  const errorMessage = useErrorMessage(error);
  return (
    <ConfirmDialog
      open={open}
      title={t('delete.title')}
      confirmLabel={t('actions.delete', { ns: 'common' })}
      destructive
      pending={pending}
      onConfirm={() => list && onConfirm(list)}
      onClose={onClose}
      onClosed={onClosed}
    >
      <Stack sx={{ gap: 2 }}>
        {error ? (
          <Alert severity="error" role="alert">
            {errorMessage}
          </Alert>
        ) : null}
        <Typography>
          {list
            ? t('delete.question', {
                name: list.displayName,
                mail: list.mail,
                count: list.alias.length,
              })
            : null}
        </Typography>
        <Typography>{t('delete.membersStay')}</Typography>
      </Stack>
    </ConfirmDialog>
  );
}
