import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/api/ApiError';
import { FormTextField } from '@/components/FormTextField';
import { useErrorMessage } from '@/hooks/useErrorMessage';
import {
  createTenantSchema,
  emptyTenant,
  toFieldErrors,
  type CreateTenantValues,
} from '../schemas';

interface CreateTenantDialogProps {
  open: boolean;
  /** Saves the tenant; a rejection keeps the dialog open with what was typed. */
  onSubmit: (values: CreateTenantValues) => Promise<unknown>;
  onClose: () => void;
}

/** «Новый тенант»: an optional id (generated when empty) and the tenant's mail domains. */
export function CreateTenantDialog({ open, onSubmit, onClose }: CreateTenantDialogProps) {
  const { t } = useTranslation('tenants');
  const titleId = useId();
  const [failure, setFailure] = useState<unknown>();
  const failureMessage = useErrorMessage(failure);
  const {
    control,
    handleSubmit,
    reset,
    setError,
    formState: { isSubmitting },
  } = useForm<CreateTenantValues>({
    resolver: zodResolver(createTenantSchema),
    defaultValues: emptyTenant,
  });

  const submit = handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      await onSubmit(values);
    } catch (error) {
      setFailure(error);
      if (error instanceof ApiError) {
        toFieldErrors(error).forEach(({ field, message }, index) =>
          setError(field, { type: 'server', message }, { shouldFocus: index === 0 }),
        );
      }
    }
  });

  return (
    <Dialog
      open={open}
      onClose={isSubmitting ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
      slotProps={{
        // Start afresh next time, but only once the dialog has faded out.
        transition: {
          onExited: () => {
            reset(emptyTenant);
            setFailure(undefined);
          },
        },
      }}
    >
      <form noValidate onSubmit={submit}>
        <DialogTitle id={titleId}>{t('create.title')}</DialogTitle>
        <DialogContent>
          <Stack sx={{ gap: 2, pt: 1 }}>
            {failure ? (
              <Alert severity="error" role="alert">
                {failureMessage}
              </Alert>
            ) : null}
            <FormTextField
              control={control}
              name="tenantId"
              label={t('create.tenantId')}
              helperText={t('create.tenantIdHelp')}
              autoComplete="off"
              autoFocus
              slotProps={{ htmlInput: { spellCheck: false } }}
            />
            <FormTextField
              control={control}
              name="domains"
              label={t('create.domains')}
              helperText={t('create.domainsHelp')}
              autoComplete="off"
              multiline
              minRows={2}
              slotProps={{ htmlInput: { spellCheck: false } }}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={isSubmitting}>
            {t('actions.cancel', { ns: 'common' })}
          </Button>
          <Button type="submit" variant="contained" loading={isSubmitting}>
            {t('create.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
