import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  createSearchParams,
  useLocation,
  useNavigate,
  useParams,
  useSearchParams,
} from 'react-router';
import { useCreateMaillist, useDeleteMaillist, useUpdateMaillist } from '../api/maillistMutations';
import { maillistsQuery, type MailingList } from '../api/maillistQueries';
import { DeleteMailingListDialog } from '../components/DeleteMailingListDialog';
import { MailingListsPane } from '../components/MailingListsPane';
import { SelectedListPane } from '../components/SelectedListPane';
import { SuccessNotice } from '../components/SuccessNotice';
import { toCreateRequestBody, toUpdateRequestBody, type MailingListValues } from '../schemas';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { PageHeader } from '@/components/PageHeader';
import { paths } from '@/config/paths';
import { useTenantDomains } from '@/features/tenants/api/useTenantDomains';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { useFocusReturn } from '@/hooks/useFocusReturn';

/** Where to go from the location `fromKey` once the form has let go; `show` is the list to show. */
type Redirect = { to: string; fromKey: string; show?: string };

/** «Списки рассылок» (guide 3.1.4, 3.13): the lists on the left, the selected one on the right. */
export function MailingListsPage() {
  const { t } = useTranslation('maillists');
  useDocumentTitle(t('title'));
  const { tenantId = '', mail: mailParam } = useParams();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const lists = useQuery(maillistsQuery(tenantId));
  const domains = useTenantDomains(tenantId);
  const create = useCreateMaillist(tenantId);
  const update = useUpdateMaillist(tenantId);
  const remove = useDeleteMaillist(tenantId);
  const [listsPane, rememberOpener, returnFocus, forgetOpener] = useFocusReturn<HTMLElement>();
  const [redirect, setRedirect] = useState<Redirect>();
  const [deleting, setDeleting] = useState<{ open: boolean; list?: MailingList }>({ open: false });
  const [notice, setNotice] = useState<string>();

  // After a save that renamed or created a list, or a deletion, the URL still names the old
  // state for one render: show what the URL is about to name, then move there. Navigating in an
  // effect lets the form's unsaved-changes guard see the saved form first.
  const redirecting = redirect?.fromKey === location.key;
  const mail = redirecting ? redirect.show : mailParam?.toLowerCase();
  const selected = mail ? lists.data?.find((list) => list.mail === mail) : undefined;
  const creating = !mail && !redirecting && searchParams.has('new');
  // The location left is replaced, so a redirect can never apply again once done.
  useEffect(() => {
    if (redirect?.fromKey === location.key) void navigate(redirect.to, { replace: true });
  }, [redirect, location.key, navigate]);
  const moveTo = (to: string, show?: string) => setRedirect({ to, fromKey: location.key, show });

  const save = async (values: MailingListValues) => {
    if (selected) await update.mutateAsync(toUpdateRequestBody(values, tenantId, selected));
    else await create.mutateAsync(toCreateRequestBody(values, tenantId));
  };
  const saved = (newMail: string) => {
    setNotice(t(selected ? 'saved' : 'created', { mail: newMail }));
    if (newMail !== mailParam?.toLowerCase()) moveTo(paths.mailingList(tenantId, newMail), newMail);
  };
  const startCreating = () =>
    void navigate({
      pathname: paths.mailingLists(tenantId),
      search: createSearchParams({ new: '' }).toString(),
    });
  const askToDelete = (list: MailingList) => {
    rememberOpener();
    remove.reset();
    setDeleting({ open: true, list });
  };
  const confirmDelete = (list: MailingList) =>
    remove.mutate(list.mail, {
      onSuccess: () => {
        forgetOpener();
        setDeleting({ open: false, list });
        setNotice(t('delete.done', { name: list.displayName }));
        if (list.mail === mailParam?.toLowerCase()) moveTo(paths.mailingLists(tenantId));
      },
    });

  return (
    <>
      <PageHeader title={t('title')} />
      {lists.isPending ? (
        <LoadingState label={t('loading')} />
      ) : lists.isError ? (
        <ErrorState error={lists.error} onRetry={() => void lists.refetch()} />
      ) : (
        <Box
          sx={{
            display: 'grid',
            gap: 2,
            gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'minmax(0, 1fr) minmax(0, 2fr)' },
            alignItems: 'start',
          }}
        >
          {/* Takes the focus when the delete dialog closes and the deleted list's row is gone. */}
          <Paper
            ref={listsPane}
            tabIndex={-1}
            component="section"
            aria-label={t('listsPane')}
            variant="outlined"
            sx={{ p: 2, '&:focus': { outline: 'none' } }}
          >
            <MailingListsPane
              tenantId={tenantId}
              lists={lists.data}
              selected={selected}
              onCreate={startCreating}
              onDelete={askToDelete}
            />
          </Paper>
          <Paper component="section" aria-label={t('detailsPane')} variant="outlined" sx={{ p: 2 }}>
            <SelectedListPane
              tenantId={tenantId}
              mail={mail}
              list={selected}
              creating={creating}
              domains={domains}
              onSubmit={save}
              onSaved={saved}
              onDiscard={() => moveTo(paths.mailingLists(tenantId))}
            />
          </Paper>
        </Box>
      )}
      <DeleteMailingListDialog
        open={deleting.open}
        list={deleting.list}
        pending={remove.isPending}
        error={remove.error}
        onConfirm={confirmDelete}
        onClose={() => setDeleting((current) => ({ ...current, open: false }))}
        onClosed={returnFocus}
      />
      <SuccessNotice message={notice} onClose={() => setNotice(undefined)} />
    </>
  );
}
