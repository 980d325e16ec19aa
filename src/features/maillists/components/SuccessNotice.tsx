import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { useTranslation } from 'react-i18next';

const VISIBLE_MS = 6000;

/** «Сохранено», «Удалено»: announced politely, fades unless the admin is reading it. */
export function SuccessNotice({ message, onClose }: { message?: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Snackbar
      open={Boolean(message)}
      autoHideDuration={VISIBLE_MS}
      onClose={(_event, reason) => {
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
