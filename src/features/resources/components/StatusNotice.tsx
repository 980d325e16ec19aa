import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';

/**
 * The outcome of the last action ("Группа … создана"). The live region is always present, so
 * screen readers announce each new message; the admin may dismiss it.
 */
export function StatusNotice({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  const { t } = useTranslation('resources');
  return (
    <div role="status">
      {message ? (
        <Alert severity="success" onClose={onDismiss} closeText={t('done.dismiss')} sx={{ mb: 2 }}>
          {message}
        </Alert>
      ) : null}
    </div>
  );
}
