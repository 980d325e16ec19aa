import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';

interface OwnAccountDialogProps {
  open: boolean;
  /** The signed-in admin's own address. */
  mail: string;
  title: string;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before an action on the admin's own account that would shut them out of the panel. */
export function OwnAccountDialog({
  open,
  mail,
  title,
  confirmLabel,
  onConfirm,
  onClose,
}: OwnAccountDialogProps) {
  const { t } = useTranslation('users');
  return (
    <ConfirmDialog
      open={open}
      title={title}
      confirmLabel={confirmLabel}
      destructive
      onConfirm={() => {
        onClose();
        onConfirm();
      }}
      onClose={onClose}
    >
      <Alert severity="warning">{t('ownAccount', { mail })}</Alert>
    </ConfirmDialog>
  );
}
