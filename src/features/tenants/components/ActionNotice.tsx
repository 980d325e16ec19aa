import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { useTranslation } from 'react-i18next';

export interface Notice {
  open: boolean;
  severity: 'success' | 'error';
  message: string;
}

export const closedNotice: Notice = { open: false, severity: 'success', message: '' };

const SUCCESS_VISIBLE_MS = 6000;

/**
 * The outcome of an action that has no screen of its own (a sync, a deletion). Success is
 * announced politely and fades; an error is announced at once and stays until dismissed.
 */
export function ActionNotice({ notice, onClose }: { notice: Notice; onClose: () => void }) {
  const { t } = useTranslation();
  const isError = notice.severity === 'error';
  return (
    <Snackbar
      open={notice.open}
      autoHideDuration={isError ? null : SUCCESS_VISIBLE_MS}
      onClose={(_event, reason) => {
        // A click elsewhere on the page must not dismiss a message before it is read.
        if (reason !== 'clickaway') onClose();
      }}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert
        severity={notice.severity}
        role={isError ? 'alert' : 'status'}
        variant="filled"
        onClose={onClose}
        closeText={t('actions.close')}
        sx={{ width: '100%' }}
      >
        {notice.message}
      </Alert>
    </Snackbar>
  );
}
