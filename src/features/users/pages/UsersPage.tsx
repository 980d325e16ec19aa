import Add from '@mui/icons-material/Add';
import FileDownload from '@mui/icons-material/FileDownload';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { useFocusReturn } from '@/hooks/useFocusReturn';
import { usersListQuery, type UserSummary } from '../api/userQueries';
import { BulkActionBar } from '../components/BulkActionBar';
import { BulkConfirmDialog } from '../components/BulkConfirmDialog';
import { BulkResultDialog } from '../components/BulkResultDialog';
import { ExportDialog } from '../components/ExportDialog';
import { ListNotice } from '../components/ListNotice';
import { UserDeletion } from '../components/UserDeletion';
import { UserSearchField } from '../components/UserSearchField';
import { UsersListContent } from '../components/UsersListContent';
import { useBulkFlow } from '../components/useBulkFlow';
import { useSelection } from '../components/useSelection';
import { useUserExport } from '../components/useUserExport';
import { LIST_FRESH_MS, useUserListParams } from '../components/useUserListParams';
import { userName } from '../components/userName';
import { toUserListSearchParams } from '../listParams';
import { useIsOwnAccount } from '../ownAccount';

/** Guide 3.1.2 and 3.4.1: the users of the tenant, searched, sorted and paged on the server. */
export function UsersPage() {
  const { t } = useTranslation('users');
  useDocumentTitle(t('title'));
  const { tenantId = '' } = useParams();
  const isOwnAccount = useIsOwnAccount(tenantId);
  const [listArea, rememberOpener, returnFocus, forgetOpener] = useFocusReturn<HTMLElement>();
  const [params, setParams] = useUserListParams(tenantId);
  const list = useQuery({ ...usersListQuery(tenantId, params), staleTime: LIST_FRESH_MS });
  const selection = useSelection(
    `${tenantId}?${toUserListSearchParams(params).toString()}`,
    list.data?.users,
  );
  const [notice, setNotice] = useState({ open: false, message: '' });
  const [deleting, setDeleting] = useState<UserSummary | undefined>(undefined);

  const notify = useCallback((message: string) => setNotice({ open: true, message }), []);
  const bulk = useBulkFlow(tenantId, selection.keepOnly);
  const exported = useCallback((count: number) => notify(t('export.done', { count })), [notify, t]);
  const exporter = useUserExport(tenantId, params, exported);

  return (
    <>
      <PageHeader
        title={t('title')}
        actions={
          <>
            <Button
              variant="outlined"
              startIcon={<FileDownload />}
              disabled={!list.data?.total}
              onClick={exporter.start}
            >
              {t('export.button')}
            </Button>
            <Button
              variant="contained"
              startIcon={<Add />}
              component={RouterLink}
              to={paths.newUser(tenantId)}
            >
              {t('newUser')}
            </Button>
          </>
        }
      />
      <Stack sx={{ gap: 2 }}>
        <UserSearchField
          value={params.search}
          onSearch={(search) => setParams({ search, page: 1 })}
        />
        {/* Takes the focus when a dialog closes and the row or bulk bar that opened it is gone. */}
        <Box
          component="section"
          ref={listArea}
          tabIndex={-1}
          aria-label={t('table.region')}
          sx={{ '&:focus': { outline: 'none' } }}
        >
          {selection.selected.size > 0 ? (
            <BulkActionBar
              count={selection.selected.size}
              onAction={(action) => {
                rememberOpener();
                bulk.ask(action, [...selection.selected.values()]);
              }}
              onClear={() => selection.keepOnly(new Set())}
            />
          ) : null}
          <UsersListContent
            tenantId={tenantId}
            params={params}
            list={list}
            selected={selection.selected}
            onToggle={selection.toggle}
            onSelectAll={selection.setAll}
            onDelete={(user) => {
              rememberOpener();
              setDeleting(user);
            }}
            onChange={setParams}
          />
        </Box>
      </Stack>
      <UserDeletion
        tenantId={tenantId}
        user={deleting}
        onDone={(user) => {
          forgetOpener();
          selection.setAll([user], false);
          notify(t('delete.done', { name: userName(user) }));
        }}
        onClose={() => setDeleting(undefined)}
        onClosed={returnFocus}
      />
      <BulkConfirmDialog
        open={bulk.flow.step === 'confirm'}
        action={bulk.flow.action}
        users={bulk.flow.users}
        ownMail={bulk.flow.users.find((user) => isOwnAccount(user.mail))?.mail}
        done={bulk.flow.done}
        onConfirm={bulk.confirm}
        onClose={bulk.close}
      />
      <BulkResultDialog
        open={bulk.flow.step === 'result'}
        action={bulk.flow.action}
        users={bulk.flow.users}
        outcomes={bulk.flow.outcomes}
        onClose={bulk.close}
        onClosed={returnFocus}
      />
      <ExportDialog
        phase={exporter.phase}
        search={params.search}
        onRetry={exporter.retry}
        onCancel={exporter.cancel}
      />
      <ListNotice
        open={notice.open}
        message={notice.message}
        onClose={() => setNotice((current) => ({ ...current, open: false }))}
      />
    </>
  );
}
