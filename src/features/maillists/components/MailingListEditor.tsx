import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useController, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MailingList } from '../api/maillistQueries';
import { useMemberKinds } from '../api/useMemberKinds';
import { mailingListSchema, toFormValues, type MailingListValues } from '../schemas';
import { MemberList } from './MemberList';
import { MemberPicker } from './MemberPicker';
import { AddressField } from '@/components/AddressField';
import { FormTextField } from '@/components/FormTextField';
import { UnsavedChangesGuard } from '@/components/UnsavedChangesGuard';
import { useErrorMessage } from '@/hooks/useErrorMessage';
import { joinAddress } from '@/utils/emailAddress';
import { applyServerErrors } from '@/utils/serverErrors';

interface MailingListEditorProps {
  tenantId: string;
  /** The list being edited; absent for «Новый список рассылок». */
  list?: MailingList;
  domains: readonly string[];
  /** Saves; resolves when PBM has accepted, rejects with the ApiError otherwise. */
  onSubmit: (values: MailingListValues) => Promise<void>;
  /** After a save, with the list's (possibly new) address. */
  onSaved: (mail: string) => void;
  /** «Отмена» of a new list: leave the form. */
  onDiscard: () => void;
}

/** PBM parameters → form fields, for 400/409 answers. */
const SERVER_FIELDS = {
  mail: 'address.local',
  newmail: 'address.local',
  displayName: 'displayName',
  alias: 'members',
} as const;

/** The right pane (figures 12 and 18): name, mailbox, members, «Отмена» and «Сохранить». */
export function MailingListEditor(props: MailingListEditorProps) {
  const { tenantId, list, domains, onSubmit, onSaved, onDiscard } = props;
  const { t } = useTranslation('maillists');
  const schema = useMemo(() => mailingListSchema(domains), [domains]);
  const loaded = useMemo(() => toFormValues(list, domains[0] ?? ''), [list, domains]);
  const { control, handleSubmit, reset, setError, formState } = useForm<MailingListValues>({
    resolver: zodResolver(schema),
    defaultValues: loaded,
  });
  const { field: members, fieldState: membersState } = useController({ control, name: 'members' });
  const address = useWatch({ control, name: 'address' });
  const ownAddress = address.local.trim() && address.domain ? joinAddress(address) : undefined;
  const kindOf = useMemberKinds(tenantId, domains);
  const [failure, setFailure] = useState<unknown>();
  const failureMessage = useErrorMessage(failure);
  const inFlight = useRef(false);
  const busy = formState.isSubmitting;

  const save = async (values: MailingListValues) => {
    // A double click must not send the request twice.
    if (inFlight.current) return;
    inFlight.current = true;
    setFailure(undefined);
    try {
      await onSubmit(values);
      // Not dirty before the page moves on, so the unsaved-changes guard lets it.
      reset(values);
      onSaved(joinAddress(values.address));
    } catch (error) {
      if (!applyServerErrors(error, setError, SERVER_FIELDS, t)) setFailure(error);
    } finally {
      inFlight.current = false;
    }
  };
  const submit = (event?: FormEvent) => handleSubmit(save)(event);

  const cancel = () => {
    reset(loaded);
    setFailure(undefined);
    if (!list) onDiscard();
  };

  return (
    <Stack component="form" noValidate onSubmit={submit} sx={{ gap: 2 }}>
      <Typography variant="h2" component="h2" sx={{ overflowWrap: 'anywhere' }}>
        {list ? list.displayName : t('create')}
      </Typography>
      {failure ? (
        <Alert
          severity="error"
          role="alert"
          action={
            <Button color="inherit" size="small" onClick={() => void submit()}>
              {t('actions.retry', { ns: 'common' })}
            </Button>
          }
        >
          {t('saveFailed', { reason: failureMessage })}
        </Alert>
      ) : null}
      <FormTextField
        control={control}
        name="displayName"
        label={t('fields.displayName')}
        required
        autoComplete="off"
        autoFocus={!list}
      />
      <AddressField
        control={control}
        name="address"
        label={t('fields.mailbox')}
        domains={domains}
        required
      />
      <MemberPicker
        tenantId={tenantId}
        members={members.value}
        ownAddress={ownAddress}
        disabled={busy}
        onAdd={(added) => members.onChange([...added, ...members.value])}
      />
      {membersState.error?.message ? (
        <FormHelperText error role="alert">
          {t(membersState.error.message, {
            ns: 'common',
            defaultValue: membersState.error.message,
          })}
        </FormHelperText>
      ) : null}
      <MemberList
        tenantId={tenantId}
        members={members.value}
        kindOf={kindOf}
        disabled={busy}
        onRemove={(mail) => members.onChange(members.value.filter((member) => member !== mail))}
      />
      <Stack direction="row" sx={{ gap: 1, justifyContent: 'flex-end' }}>
        <Button onClick={cancel} disabled={busy || (Boolean(list) && !formState.isDirty)}>
          {t('actions.cancel', { ns: 'common' })}
        </Button>
        <Button
          type="submit"
          variant="contained"
          loading={busy}
          disabled={Boolean(list) && !formState.isDirty}
        >
          {t('actions.save', { ns: 'common' })}
        </Button>
      </Stack>
      <UnsavedChangesGuard when={formState.isDirty} />
    </Stack>
  );
}
