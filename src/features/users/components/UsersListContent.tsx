import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { UseQueryResult } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { paths } from '@/config/paths';
import type { UserList, UserListParams, UserSummary } from '../api/userQueries';
import { ListPagination } from './ListPagination';
import type { ListParamsChange } from './useUserListParams';
import { UsersTable } from './UsersTable';

interface UsersListContentProps {
  tenantId: string;
  params: UserListParams;
  list: UseQueryResult<UserList>;
  selected: ReadonlyMap<string, UserSummary>;
  onToggle: (user: UserSummary) => void;
  onSelectAll: (users: readonly UserSummary[], selected: boolean) => void;
  onDelete: (user: UserSummary) => void;
  onChange: (change: ListParamsChange) => void;
}

/** Whatever the list is doing, something is on screen: never a blank work area. */
export function UsersListContent({
  tenantId,
  params,
  list,
  selected,
  onToggle,
  onSelectAll,
  onDelete,
  onChange,
}: UsersListContentProps) {
  const { t } = useTranslation('users');
  // A new page renders in a background pass that yields to the browser every few milliseconds,
  // so fifty changed rows never block input as one long task; until it is done the old rows
  // stay, marked busy.
  const shown = useDeferredValue(list.data);
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (list.isPending || !shown) return <LoadingState label={t('table.loading')} />;

  const { users, total, pageSize } = shown;
  if (total === 0 && !params.search) {
    return (
      <EmptyState title={t('empty.title')}>
        <Typography sx={{ color: 'text.secondary' }}>{t('empty.hint')}</Typography>
        <Button variant="contained" component={RouterLink} to={paths.newUser(tenantId)}>
          {t('newUser')}
        </Button>
      </EmptyState>
    );
  }
  if (total === 0) {
    return (
      <EmptyState title={t('noMatch.title', { search: params.search })}>
        <Typography sx={{ color: 'text.secondary' }}>{t('noMatch.hint')}</Typography>
        <Button variant="outlined" onClick={() => onChange({ search: '', page: 1 })}>
          {t('noMatch.showAll')}
        </Button>
      </EmptyState>
    );
  }
  if (users.length === 0) {
    // A page past the end: a stale link, or the last user of the last page was just deleted.
    const lastPage = Math.ceil(total / pageSize);
    return (
      <EmptyState title={t('pageEmpty.title', { page: params.page })}>
        <Button variant="outlined" onClick={() => onChange({ page: lastPage })}>
          {t('pageEmpty.goTo', { page: lastPage })}
        </Button>
      </EmptyState>
    );
  }
  return (
    <>
      <UsersTable
        tenantId={tenantId}
        users={users}
        orderby={params.orderby}
        sort={params.sort}
        busy={list.isPlaceholderData || list.isFetching || shown !== list.data}
        selected={selected}
        onToggle={onToggle}
        onSelectAll={(on) => onSelectAll(users, on)}
        // A second click on the sorted column reverses it; another column starts ascending.
        onSort={(orderby) =>
          onChange((current) => ({
            orderby,
            sort: current.orderby === orderby && current.sort === 0 ? 1 : 0,
            page: 1,
          }))
        }
        onDelete={onDelete}
      />
      <ListPagination
        page={shown.page}
        pageSize={pageSize}
        rows={users.length}
        total={total}
        onPageChange={(move) => onChange(move)}
      />
    </>
  );
}
