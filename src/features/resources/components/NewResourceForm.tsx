import { zodResolver } from '@hookform/resolvers/zod';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AddressField } from '@/components/AddressField';
import { FormTextField } from '@/components/FormTextField';
import { applyServerErrors } from '@/utils/serverErrors';
import {
  emptyResource,
  newResourceSchema,
  newResourceServerFields,
  type NewResourceValues,
} from '../schemas';
import { FormPane } from './FormPane';
import { useLeaveAfterSave } from './useLeaveAfterSave';

interface NewResourceFormProps {
  /** The tenant's mail domains: the resource's mailbox is made in one of them. */
  domains: readonly string[];
  onSubmit: (values: NewResourceValues) => Promise<unknown>;
  onSaved: (values: NewResourceValues) => void;
  onClose: () => void;
}

/** «Новый ресурс» (guide 3.12.1, figure 17): Имя, Адрес, Город, Описание. */
export function NewResourceForm({ domains, onSubmit, onSaved, onClose }: NewResourceFormProps) {
  const { t } = useTranslation('resources');
  const schema = useMemo(() => newResourceSchema(domains), [domains]);
  const [failure, setFailure] = useState<unknown>();
  const leave = useLeaveAfterSave(onSaved);
  const {
    control,
    handleSubmit,
    reset,
    setError,
    formState: { isDirty, isSubmitting },
  } = useForm<NewResourceValues>({
    resolver: zodResolver(schema),
    defaultValues: emptyResource(domains),
  });

  const submit = handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      await onSubmit(values);
    } catch (error) {
      // A taken address (a user, alias, resource or list has it) lands on the login input.
      if (!applyServerErrors(error, setError, newResourceServerFields, t)) setFailure(error);
      return;
    }
    reset(values);
    leave(values);
  });

  return (
    <FormPane
      title={t('resourceForm.newTitle')}
      dirty={isDirty}
      submitting={isSubmitting}
      failure={failure}
      onSubmit={submit}
      onClose={onClose}
    >
      <FormTextField
        control={control}
        name="displayName"
        label={t('resourceForm.name')}
        required
        autoFocus
        autoComplete="off"
      />
      <div>
        <AddressField
          control={control}
          name="address"
          label={t('resourceForm.address')}
          domains={domains}
          required
        />
        <Typography variant="body2" sx={{ mt: 0.5, color: 'text.secondary' }}>
          {t('resourceForm.addressHelp')}
        </Typography>
      </div>
      <FormTextField control={control} name="l" label={t('resourceForm.city')} />
      <FormTextField
        control={control}
        name="description"
        label={t('resourceForm.description')}
        multiline
        minRows={2}
      />
    </FormPane>
  );
}
