import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { PageHeader } from '@/components/PageHeader';
import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { findGroup, resourceGroupsQuery } from '../api/resourceQueries';
import { ChooseGroupPrompt } from '../components/ChooseGroupPrompt';
import { GroupListPane } from '../components/GroupListPane';
import { GroupNotFound } from '../components/GroupNotFound';
import { GroupPane } from '../components/GroupPane';
import { StatusNotice } from '../components/StatusNotice';

// Fetched when first opened, like the resource forms (see GroupPane).
const NewGroupPane = lazy(async () => ({
  default: (await import('../components/NewGroupPane')).NewGroupPane,
}));

/** History state of the section root while the new-group form is open. */
const newGroupState = { newResourceGroup: true } as const;

function isNewGroupState(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'newResourceGroup' in state;
}

/**
 * «Группы ресурсов» (guide 3.1.3, 3.11, 3.12; figure 11): the groups on the left, the selected
 * group — named by the URL — on the right; forms open in the right pane (figures 16, 17).
 * On a narrow screen the panes stack.
 */
export function ResourceGroupsPage() {
  const { t } = useTranslation('resources');
  const { tenantId = '', groupName } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const groups = useQuery(resourceGroupsQuery(tenantId));
  const [notice, setNotice] = useState('');
  /*
   * The new-group form is a history entry of the section root (no group selected): leaving a
   * half-filled resource form for it goes through the unsaved-changes guard like any navigation,
   * following any link closes it, and Back returns to it.
   */
  const creatingGroup = isNewGroupState(location.state);
  const root = paths.resourceGroups(tenantId);
  const openNewGroup = () => {
    setNotice('');
    void navigate(root, { state: newGroupState });
  };
  const selected =
    groups.data && groupName !== undefined ? findGroup(groups.data, groupName) : undefined;
  useDocumentTitle(selected ? `${selected.groupname} — ${t('title')}` : t('title'));

  let pane: ReactNode;
  if (creatingGroup && groupName === undefined) {
    pane = (
      <Suspense fallback={<LoadingState />}>
        <NewGroupPane
          tenantId={tenantId}
          groups={groups.data ?? []}
          notify={setNotice}
          onClose={() => void navigate(root, { replace: true })}
        />
      </Suspense>
    );
  } else if (groupName === undefined) {
    pane = <ChooseGroupPrompt />;
  } else if (selected) {
    pane = (
      <GroupPane key={selected.groupname} tenantId={tenantId} group={selected} notify={setNotice} />
    );
  } else if (groups.data) {
    pane = <GroupNotFound tenantId={tenantId} groupname={groupName} />;
  } else if (groups.isError) {
    pane = <ErrorState error={groups.error} onRetry={() => void groups.refetch()} />;
  } else {
    pane = <LoadingState />;
  }

  return (
    <>
      <PageHeader title={t('title')} />
      <StatusNotice message={notice} onDismiss={() => setNotice('')} />
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        sx={{ gap: 3, alignItems: { md: 'flex-start' } }}
      >
        <Paper variant="outlined" sx={{ p: 2, flexShrink: 0, width: { md: '32%' } }}>
          <GroupListPane
            tenantId={tenantId}
            groups={groups}
            selected={selected?.groupname}
            onNewGroup={openNewGroup}
          />
        </Paper>
        <Paper variant="outlined" sx={{ p: { xs: 2, md: 3 }, flex: 1, minWidth: 0 }}>
          {pane}
        </Paper>
      </Stack>
    </>
  );
}
