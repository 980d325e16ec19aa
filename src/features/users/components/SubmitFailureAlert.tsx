import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@/hooks/useErrorMessage';

interface SubmitFailureAlertProps {
  /** "Изменения не сохранены." / "Пользователь не добавлен." */
  title: string;
  error: unknown;
  /** Sends the form again, as typed. */
  onRetry: () => void;
  retrying: boolean;
}

/** A save that failed as a whole (500, timeout, offline, a refusal with no field): what happened and Retry. */
export function SubmitFailureAlert({ title, error, onRetry, retrying }: SubmitFailureAlertProps) {
  const { t } = useTranslation();
  const message = useErrorMessage(error);
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        <Button color="inherit" size="small" onClick={onRetry} loading={retrying}>
          {t('actions.retry')}
        </Button>
      }
    >
      <AlertTitle>{title}</AlertTitle>
      {message}
    </Alert>
  );
}
