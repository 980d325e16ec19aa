import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormTextField } from '@/components/FormTextField';
import { TextInput } from '@/components/TextInput';
import { applyServerErrors } from '@/utils/serverErrors';
import type { Resource } from '../api/resourceQueries';
import {
  resourceEditSchema,
  resourceEditServerFields,
  toResourceFormValues,
  type ResourceEditValues,
} from '../schemas';
import { FormPane } from './FormPane';
import { useLeaveAfterSave } from './useLeaveAfterSave';

interface EditResourceFormProps {
  resource: Resource;
  onSubmit: (values: ResourceEditValues) => Promise<unknown>;
  onSaved: (values: ResourceEditValues) => void;
  onClose: () => void;
}

/**
 * Name, city and description of a resource (guide 3.12.3). Its mailbox and group are shown but
 * cannot be changed: PBM has no way to change them.
 */
export function EditResourceForm({ resource, onSubmit, onSaved, onClose }: EditResourceFormProps) {
  const { t } = useTranslation('resources');
  const [failure, setFailure] = useState<unknown>();
  const leave = useLeaveAfterSave(onSaved);
  const {
    control,
    handleSubmit,
    reset,
    setError,
    formState: { isDirty, isSubmitting },
  } = useForm<ResourceEditValues>({
    resolver: zodResolver(resourceEditSchema),
    defaultValues: toResourceFormValues(resource),
  });

  const submit = handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      await onSubmit(values);
    } catch (error) {
      if (!applyServerErrors(error, setError, resourceEditServerFields, t)) setFailure(error);
      return;
    }
    reset(values);
    leave(values);
  });

  return (
    <FormPane
      title={t('resourceForm.editTitle')}
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
      <TextInput
        label={t('resourceForm.mailbox')}
        value={resource.mail}
        slotProps={{ htmlInput: { readOnly: true } }}
      />
      <TextInput
        label={t('resourceForm.group')}
        value={resource.groupname}
        helperText={t('resourceForm.immutable')}
        slotProps={{ htmlInput: { readOnly: true } }}
      />
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
