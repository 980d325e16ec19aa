import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { UnsavedChangesGuard } from '@/components/UnsavedChangesGuard';
import { paths } from '@/config/paths';
import { useTenantDomains } from '@/features/tenants/api/useTenantDomains';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { useCreateUser } from '../api/userMutations';
import type { UserRouteState } from '../components/UserNotice';
import { UserForm } from '../components/UserForm';
import { UserPageHeader } from '../components/UserPageHeader';
import { useSubmitFailure } from '../components/useSubmitFailure';
import { toCreateBody, toFormValues, userFormSchema, type UserFormValues } from '../schemas';

/** "Новый пользователь" (guide 3.3.1, figure 13). */
export function NewUserPage() {
  const { t } = useTranslation('userForm');
  const { tenantId = '' } = useParams();
  const domains = useTenantDomains(tenantId);
  useDocumentTitle(t('create.title'));

  let body;
  if (domains.isPending) body = <LoadingState />;
  else if (domains.isError) {
    body = <ErrorState error={domains.error} onRetry={() => void domains.refetch()} />;
  } else body = <NewUserForm tenantId={tenantId} domains={domains.data} />;

  return (
    <>
      <UserPageHeader
        title={t('create.title')}
        backTo={paths.users(tenantId)}
        backLabel={t('create.back')}
      />
      {body}
    </>
  );
}

function NewUserForm({ tenantId, domains }: { tenantId: string; domains: readonly string[] }) {
  const { t } = useTranslation('userForm');
  const navigate = useNavigate();
  const createUser = useCreateUser(tenantId);
  const schema = useMemo(() => userFormSchema(domains, 'create'), [domains]);
  const form = useForm<UserFormValues>({
    resolver: zodResolver(schema),
    defaultValues: toFormValues(undefined, domains[0]),
    mode: 'onTouched',
  });
  const { isDirty, isSubmitting } = form.formState;
  const failure = useSubmitFailure(form.setError);

  const create = async (values: UserFormValues) => {
    failure.clear();
    const request = toCreateBody(values);
    try {
      await createUser.mutateAsync(request);
    } catch (error) {
      failure.report(error, values);
      return;
    }
    const state: UserRouteState = { notice: t('create.done', { mail: request.mail }) };
    // Still submitting, so the unsaved-changes guard lets this navigation through.
    await navigate(paths.user(tenantId, request.mail), { state });
  };

  return (
    <>
      <UnsavedChangesGuard when={isDirty && !isSubmitting} />
      <UserForm
        form={form}
        mode="create"
        domains={domains}
        allowUnsetVisibility
        submitLabel={t('actions.add', { ns: 'common' })}
        secondaryAction={
          <Button component={Link} to={paths.users(tenantId)}>
            {t('actions.cancel', { ns: 'common' })}
          </Button>
        }
        failure={
          failure.failure ? { title: t('form.createFailed'), error: failure.failure } : undefined
        }
        onSubmit={create}
      />
    </>
  );
}
