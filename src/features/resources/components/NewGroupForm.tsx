import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormTextField } from '@/components/FormTextField';
import { applyServerErrors } from '@/utils/serverErrors';
import { emptyGroup, groupNameConflict, groupSchema, type GroupFormValues } from '../schemas';
import { FormPane } from './FormPane';
import { useLeaveAfterSave } from './useLeaveAfterSave';

interface NewGroupFormProps {
  /** The tenant's groups, so a taken name is caught before sending. */
  existingNames: readonly string[];
  /** Saves the group; a rejection keeps the form with what was typed. */
  onSubmit: (values: GroupFormValues) => Promise<unknown>;
  onSaved: (values: GroupFormValues) => void;
  onClose: () => void;
}

/** «Новая группа ресурсов» (guide 3.11.1, figure 16). */
export function NewGroupForm({ existingNames, onSubmit, onSaved, onClose }: NewGroupFormProps) {
  const { t } = useTranslation('resources');
  const schema = useMemo(() => groupSchema(existingNames), [existingNames]);
  const [failure, setFailure] = useState<unknown>();
  const leave = useLeaveAfterSave(onSaved);
  const {
    control,
    handleSubmit,
    reset,
    setError,
    formState: { isDirty, isSubmitting },
  } = useForm<GroupFormValues>({ resolver: zodResolver(schema), defaultValues: emptyGroup });

  const submit = handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      await onSubmit(values);
    } catch (error) {
      const conflict = groupNameConflict(error);
      if (conflict) setError('name', { type: 'server', message: conflict }, { shouldFocus: true });
      else if (
        !applyServerErrors(error, setError, { groupname: 'name', description: 'description' }, t)
      )
        setFailure(error);
      return;
    }
    reset(values);
    leave(values);
  });

  return (
    <FormPane
      title={t('groupForm.title')}
      dirty={isDirty}
      submitting={isSubmitting}
      failure={failure}
      onSubmit={submit}
      onClose={onClose}
    >
      <FormTextField
        control={control}
        name="name"
        label={t('groupForm.name')}
        required
        autoFocus
        autoComplete="off"
      />
      <FormTextField
        control={control}
        name="description"
        label={t('groupForm.description')}
        multiline
        minRows={2}
      />
    </FormPane>
  );
}
