import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { paths } from '@/config/paths';
import type { UserList, UserListParams, UserSummary } from '../api/userQueries';
import { ListPagination } from './ListPagination';
import { UsersTable } from './UsersTable';

interface UsersListContentProps {
  tenantId: string;
  params: UserListParams;
  list: UseQueryResult<UserList>;
  selected: ReadonlyMap<string, UserSummary>;
  onToggle: (user: UserSummary) => void;
  onSelectAll: (users: readonly UserSummary[], selected: boolean) => void;
  onDelete: (user: UserSummary) => void;
  onChange: (patch: Partial<UserListParams>) => void;
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
  if (list.isPending) return <LoadingState label={t('table.loading')} />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;

  const { users, total, pageSize } = list.data;
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
        busy={list.isPlaceholderData || list.isFetching}
        selected={selected}
        onToggle={onToggle}
        onSelectAll={(on) => onSelectAll(users, on)}
        onSort={(orderby, sort) => onChange({ orderby, sort, page: 1 })}
        onDelete={onDelete}
      />
      <ListPagination
        page={list.data.page}
        pageSize={pageSize}
        rows={users.length}
        total={total}
        onPageChange={(page) => onChange({ page })}
      />
    </>
  );
}
