import Search from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { TextInput } from '@/components/TextInput';
import type { Resource } from '../api/resourceQueries';
import { filterResources, sortResources, type SortDirection } from '../resourceList';
import { ResourcesTable } from './ResourcesTable';

interface ResourcesSectionProps {
  groupname: string;
  resources: UseQueryResult<Resource[]>;
  onEdit: (resource: Resource) => void;
  onDelete: (resource: Resource) => void;
}

/**
 * The group's resources with a search over name, mailbox and city and a sort by name. A group
 * holds a handful of rooms, so both work on the loaded list without asking PBM again.
 */
export function ResourcesSection({
  groupname,
  resources,
  onEdit,
  onDelete,
}: ResourcesSectionProps) {
  const { t, i18n } = useTranslation('resources');
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<SortDirection>('asc');

  // Data first: a failed background refresh must not hide what is already on screen.
  if (resources.data === undefined) {
    return resources.isError ? (
      <ErrorState error={resources.error} onRetry={() => void resources.refetch()} />
    ) : (
      <LoadingState label={t('list.loading')} />
    );
  }
  if (resources.data.length === 0) {
    return (
      <EmptyState title={t('list.empty')}>
        <Typography sx={{ color: 'text.secondary' }}>{t('list.emptyHint')}</Typography>
      </EmptyState>
    );
  }
  const shown = sortResources(filterResources(resources.data, search), sort, i18n.language);
  return (
    <Stack sx={{ gap: 2 }}>
      <TextInput
        type="search"
        label={t('list.search')}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        autoComplete="off"
        slotProps={{
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <Search />
              </InputAdornment>
            ),
          },
        }}
      />
      {shown.length === 0 ? (
        <EmptyState title={t('list.noMatches', { query: search.trim() })}>
          <Button onClick={() => setSearch('')}>{t('list.clearSearch')}</Button>
        </EmptyState>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <ResourcesTable
            label={t('list.label', { group: groupname })}
            resources={shown}
            sort={sort}
            onSortChange={setSort}
            onEdit={onEdit}
            onDelete={onDelete}
          />
        </Box>
      )}
    </Stack>
  );
}
