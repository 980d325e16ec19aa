import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { useTranslation } from 'react-i18next';

const VISIBLE_MS = 6000;

/** A short confirmation of something done from the list (a deletion, an export). */
interface ListNoticeProps {
  open: boolean;
  /** Kept while the notice fades out. */
  message: string;
  onClose: () => void;
}

export function ListNotice({ open, message, onClose }: ListNoticeProps) {
  const { t } = useTranslation();
  return (
    <Snackbar
      open={open}
      autoHideDuration={VISIBLE_MS}
      onClose={(_event, reason) => {
        // A click elsewhere must not dismiss the message before it is read.
        if (reason !== 'clickaway') onClose();
      }}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert
        severity="success"
        role="status"
        variant="filled"
        onClose={onClose}
        closeText={t('actions.close')}
        sx={{ width: '100%' }}
      >
        {message}
      </Alert>
    </Snackbar>
  );
}
