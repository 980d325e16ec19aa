import Add from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { PageHeader } from '@/components/PageHeader';
import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { useFocusReturn } from '@/hooks/useFocusReturn';
import { describeError } from '@/hooks/useErrorMessage';
import { DEFAULT_TENANT_ID, tenantsQuery } from '../api/tenantQueries';
import { useAddressBookSync } from '../api/useAddressBookSync';
import { useCreateTenant } from '../api/useCreateTenant';
import { useDeleteTenant } from '../api/useDeleteTenant';
import { useSyncAction, type SyncCommand } from '../api/useSyncAction';
import { ActionNotice, closedNotice, type Notice } from '../components/ActionNotice';
import { CreateTenantDialog } from '../components/CreateTenantDialog';
import { DeleteTenantDialog } from '../components/DeleteTenantDialog';
import { TenantsTable } from '../components/TenantsTable';
import { toRequestBody, type CreateTenantValues } from '../schemas';

/**
 * The guide does tenants "только через консоль" (3.2) and the address-book sync by a request
 * (3.15); this page offers the same operations in the panel.
 */
export function TenantsPage() {
  const { t } = useTranslation('tenants');
  // describeError's `errors.*` keys live in `common`.
  const { t: tCommon } = useTranslation('common');
  useDocumentTitle(t('title'));
  const { tenantId: currentTenantId } = useParams();
  const navigate = useNavigate();
  const tenants = useQuery(tenantsQuery());
  const createTenant = useCreateTenant();
  const deleteTenant = useDeleteTenant();
  const [tenantList, rememberOpener, returnFocus, forgetOpener] =
    useFocusReturn<HTMLTableElement>();
  const tenantSync = useSyncAction();
  const domainSync = useSyncAction();
  const addressBookSync = useAddressBookSync();
  const [createOpen, setCreateOpen] = useState(false);
  const [deletion, setDeletion] = useState({ open: false, tenantId: '' });
  const [notice, setNotice] = useState<Notice>(closedNotice);

  const notify = (severity: Notice['severity'], message: string) =>
    setNotice({ open: true, severity, message });
  const notifyFailure = (key: string, error: unknown, tenantId?: string) =>
    notify('error', t(key, { tenantId, reason: describeError(error, tCommon) }));

  const runSync = (mutation: ReturnType<typeof useSyncAction>, cmd: SyncCommand) =>
    mutation.mutate(cmd, {
      onSuccess: () => notify('success', t(`sync.${cmd}.done`)),
      onError: (error) => notifyFailure(`sync.${cmd}.failed`, error),
    });

  const syncAddressBook = (tenantId: string) =>
    addressBookSync.mutate(tenantId, {
      onSuccess: () => notify('success', t('addressBook.done', { tenantId })),
      onError: (error) => notifyFailure('addressBook.failed', error, tenantId),
    });

  const create = async (values: CreateTenantValues) => {
    const tenantId = await createTenant.mutateAsync(toRequestBody(values));
    setCreateOpen(false);
    notify('success', t('create.done', { tenantId }));
  };

  const askToDelete = (tenantId: string) => {
    rememberOpener();
    deleteTenant.reset();
    setDeletion({ open: true, tenantId });
  };

  const confirmDelete = (tenantId: string) =>
    deleteTenant.mutate(tenantId, {
      onSuccess: () => {
        forgetOpener();
        setDeletion({ open: false, tenantId });
        notify('success', t('delete.done', { tenantId }));
        // The admin was inside the tenant that no longer exists: its pages would only fail.
        if (tenantId === currentTenantId) {
          void navigate(paths.tenants(DEFAULT_TENANT_ID), { replace: true });
        }
      },
    });

  return (
    <>
      <PageHeader
        title={t('title')}
        actions={
          <>
            <Button variant="contained" startIcon={<Add />} onClick={() => setCreateOpen(true)}>
              {t('create.open')}
            </Button>
            <Button
              variant="outlined"
              loading={tenantSync.isPending}
              onClick={() => runSync(tenantSync, 'tenantsync')}
            >
              {t('sync.tenantsync.button')}
            </Button>
            <Button
              variant="outlined"
              loading={domainSync.isPending}
              onClick={() => runSync(domainSync, 'domainsync')}
            >
              {t('sync.domainsync.button')}
            </Button>
          </>
        }
      />
      <Typography sx={{ mb: 2, color: 'text.secondary' }}>{t('intro')}</Typography>
      {tenants.isPending ? (
        <LoadingState label={t('loading')} />
      ) : tenants.isError ? (
        <ErrorState error={tenants.error} onRetry={() => void tenants.refetch()} />
      ) : tenants.data.length === 0 ? (
        <EmptyState title={t('empty')} />
      ) : (
        <TenantsTable
          ref={tenantList}
          tenants={tenants.data}
          syncingTenantId={addressBookSync.isPending ? addressBookSync.variables : undefined}
          onSyncAddressBook={syncAddressBook}
          onDelete={askToDelete}
        />
      )}
      <CreateTenantDialog
        open={createOpen}
        onSubmit={create}
        onClose={() => setCreateOpen(false)}
      />
      <DeleteTenantDialog
        open={deletion.open}
        tenantId={deletion.tenantId}
        pending={deleteTenant.isPending}
        error={deleteTenant.error}
        onConfirm={confirmDelete}
        onClose={() => setDeletion((current) => ({ ...current, open: false }))}
        onClosed={returnFocus}
      />
      <ActionNotice notice={notice} onClose={() => setNotice((n) => ({ ...n, open: false }))} />
    </>
  );
}
