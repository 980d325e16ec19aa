import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { UnsavedChangesGuard } from '@/components/UnsavedChangesGuard';
import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { useUpdateUser } from '../api/userMutations';
import type { User } from '../api/userQueries';
import { locksOutItsOwner, useIsOwnAccount } from '../ownAccount';
import { toFormValues, toPatchBody, userFormSchema, type UserFormValues } from '../schemas';
import { OwnAccountDialog } from './OwnAccountDialog';
import { ProfileActions } from './ProfileActions';
import { UserForm } from './UserForm';
import {
  closedUserNotice,
  UserNotice,
  type UserNoticeMessage,
  type UserRouteState,
} from './UserNotice';
import { UserPageHeader } from './UserPageHeader';
import { userName } from './userName';
import { useSubmitFailure } from './useSubmitFailure';

interface UserProfileProps {
  tenantId: string;
  user: User;
  domains: readonly string[];
}

/** A loaded profile (guide 3.5.1, figure 14): its actions, and the form that saves what changed. */
export function UserProfile({ tenantId, user, domains }: UserProfileProps) {
  const { t } = useTranslation('userForm');
  const navigate = useNavigate();
  const location = useLocation();
  const updateUser = useUpdateUser(tenantId);
  const initial = useMemo(() => toFormValues(user), [user]);
  const schema = useMemo(
    () => userFormSchema(domains, 'edit', { quotaRequired: user.quota !== undefined }),
    [domains, user.quota],
  );
  const form = useForm<UserFormValues>({
    resolver: zodResolver(schema),
    // A refetch (after blocking, say) updates the fields the admin has not touched.
    values: initial,
    resetOptions: { keepDirtyValues: true },
    mode: 'onTouched',
  });
  const { isDirty, isSubmitting } = form.formState;
  const failure = useSubmitFailure(form.setError);
  const [notice, setNotice] = useState<UserNoticeMessage>(() => {
    const state = location.state as UserRouteState | null;
    return state?.notice
      ? { open: true, severity: 'success', message: state.notice }
      : closedUserNotice;
  });
  const [leaveTo, setLeaveTo] = useState<string>();
  const ownAccount = useIsOwnAccount(tenantId)(user.mail);
  // Asking whether to save changes that take away the admin's own access to the panel.
  const [confirmingLockout, setConfirmingLockout] = useState(false);
  const title = userName(user);
  useDocumentTitle(title);

  // Navigates only once the guard below has seen `leaveTo` and stopped asking.
  useEffect(() => {
    if (leaveTo) void navigate(leaveTo, { replace: true });
  }, [leaveTo, navigate]);

  // The refetch above keeps what the admin is typing; these resets mean to replace it.
  const resetTo = (values: UserFormValues) => form.reset(values, { keepDirtyValues: false });
  const notify = (message: Omit<UserNoticeMessage, 'open'>) =>
    setNotice({ open: true, ...message });

  const save = async (values: UserFormValues, lockoutConfirmed = false) => {
    failure.clear();
    const body = toPatchBody(initial, values);
    const saved = { ...values, password: '', passwordRepeat: '' };
    if (Object.keys(body).length === 0) {
      resetTo(saved);
      notify({ severity: 'success', message: t('profile.nothingChanged') });
      return;
    }
    if (ownAccount && !lockoutConfirmed && locksOutItsOwner(body)) {
      setConfirmingLockout(true);
      return;
    }
    try {
      await updateUser.mutateAsync({ mail: user.mail, body });
    } catch (error) {
      failure.report(error, values);
      return;
    }
    if (body.mail) {
      const state: UserRouteState = { notice: t('profile.saved') };
      // Still submitting, so the guard lets this through; the old address no longer exists.
      await navigate(paths.user(tenantId, body.mail), { replace: true, state });
      return;
    }
    resetTo(saved);
    notify({ severity: 'success', message: t('profile.saved') });
  };

  return (
    <>
      <UnsavedChangesGuard when={isDirty && !isSubmitting && !leaveTo} />
      <UserPageHeader
        title={title}
        backTo={paths.users(tenantId)}
        backLabel={t('profile.back')}
        actions={
          <ProfileActions
            tenantId={tenantId}
            user={user}
            onNotice={notify}
            onDeleted={() => setLeaveTo(paths.users(tenantId))}
          />
        }
      />
      <UserForm
        form={form}
        mode="edit"
        domains={domains}
        usage={{ used: user.quotaUsed, quota: user.quota }}
        allowUnsetVisibility={user.employeeType === undefined}
        submitLabel={t('actions.save', { ns: 'common' })}
        secondaryAction={
          <Button
            disabled={!isDirty || isSubmitting}
            onClick={() => {
              failure.clear();
              resetTo(initial);
            }}
          >
            {t('actions.cancel', { ns: 'common' })}
          </Button>
        }
        failure={
          failure.failure ? { title: t('form.saveFailed'), error: failure.failure } : undefined
        }
        onSubmit={(values) => save(values)}
      />
      <OwnAccountDialog
        open={confirmingLockout}
        mail={user.mail}
        title={t('profile.saveSelfTitle')}
        confirmLabel={t('actions.save', { ns: 'common' })}
        // Submitted again, so the form is busy while it saves, as after "Сохранить".
        onConfirm={() => void form.handleSubmit((values) => save(values, true))()}
        onClose={() => setConfirmingLockout(false)}
      />
      <UserNotice
        notice={notice}
        onClose={() => setNotice((current) => ({ ...current, open: false }))}
      />
    </>
  );
}
