import ArrowBack from '@mui/icons-material/ArrowBack';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState, type FormEventHandler, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { UnsavedChangesGuard } from '@/components/UnsavedChangesGuard';
import { useErrorMessage } from '@/hooks/useErrorMessage';

interface FormPaneProps {
  title: string;
  dirty: boolean;
  submitting: boolean;
  /** Why the last save failed (when no field could show it); the form keeps what was typed. */
  failure: unknown;
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** Leaves the form; asked first when something was typed. */
  onClose: () => void;
  children: ReactNode;
}

/**
 * The right-pane form of figures 16 and 17: "←" and a title, the fields, "Отмена" and
 * "Сохранить". Leaving it with unsaved input asks first, whether by "←", "Отмена" or a link.
 */
export function FormPane({
  title,
  dirty,
  submitting,
  failure,
  onSubmit,
  onClose,
  children,
}: FormPaneProps) {
  const { t } = useTranslation('resources');
  const titleId = useId();
  const failureMessage = useErrorMessage(failure);
  const [confirmingClose, setConfirmingClose] = useState(false);
  const requestClose = () => (dirty ? setConfirmingClose(true) : onClose());

  return (
    <Stack
      component="form"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby={titleId}
      sx={{ gap: 2 }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
        <IconButton aria-label={t('form.back')} onClick={requestClose} disabled={submitting}>
          <ArrowBack />
        </IconButton>
        <Typography variant="h2" id={titleId}>
          {title}
        </Typography>
      </Stack>
      {failure ? (
        <Alert
          severity="error"
          role="alert"
          action={
            <Button type="submit" color="inherit" size="small">
              {t('actions.retry', { ns: 'common' })}
            </Button>
          }
        >
          {failureMessage}
        </Alert>
      ) : null}
      {children}
      <Stack direction="row" sx={{ gap: 1, justifyContent: 'flex-end' }}>
        <Button onClick={requestClose} disabled={submitting}>
          {t('actions.cancel', { ns: 'common' })}
        </Button>
        <Button type="submit" variant="contained" loading={submitting}>
          {t('actions.save', { ns: 'common' })}
        </Button>
      </Stack>
      <UnsavedChangesGuard when={dirty} />
      <ConfirmDialog
        open={confirmingClose}
        title={t('unsaved.title', { ns: 'common' })}
        confirmLabel={t('unsaved.leave', { ns: 'common' })}
        cancelLabel={t('unsaved.stay', { ns: 'common' })}
        destructive
        onConfirm={() => {
          setConfirmingClose(false);
          onClose();
        }}
        onClose={() => setConfirmingClose(false)}
      >
        {t('unsaved.explanation', { ns: 'common' })}
      </ConfirmDialog>
    </Stack>
  );
}
