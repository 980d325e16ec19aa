import Add from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import type { ResourceGroup } from '../api/resourceQueries';
import { GroupList } from './GroupList';

interface GroupListPaneProps {
  tenantId: string;
  groups: UseQueryResult<ResourceGroup[]>;
  selected: string | undefined;
  onNewGroup: () => void;
}

/** The left part of figure 11: «Новая группа ресурсов» and the tenant's groups. */
export function GroupListPane({ tenantId, groups, selected, onNewGroup }: GroupListPaneProps) {
  const { t } = useTranslation('resources');
  let content;
  if (groups.data !== undefined) {
    content =
      groups.data.length === 0 ? (
        <EmptyState title={t('groups.empty')}>
          <Typography sx={{ color: 'text.secondary' }}>{t('groups.emptyHint')}</Typography>
        </EmptyState>
      ) : (
        <GroupList tenantId={tenantId} groups={groups.data} selected={selected} />
      );
  } else if (groups.isError) {
    content = <ErrorState error={groups.error} onRetry={() => void groups.refetch()} />;
  } else {
    content = <LoadingState label={t('groups.loading')} />;
  }
  return (
    <Stack sx={{ gap: 1 }}>
      <Button
        variant="contained"
        startIcon={<Add />}
        onClick={onNewGroup}
        sx={{ alignSelf: 'flex-start' }}
      >
        {t('groups.new')}
      </Button>
      {content}
    </Stack>
  );
}
