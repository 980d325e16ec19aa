import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableContainer from '@mui/material/TableContainer';
import type { Theme } from '@mui/material/styles';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useHref, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import type { SortDirection, UserOrderBy, UserSummary } from '../api/userQueries';
import { UserRow, type RowLabels } from './UserRow';
import { UsersTableHead } from './UsersTableHead';
import { usersTableStyles } from './usersTableStyles';
import { useRowClick } from './useRowClick';

const PROGRESS_HEIGHT = (theme: Theme) => theme.spacing(0.5);

interface UsersTableProps {
  tenantId: string;
  users: readonly UserSummary[];
  orderby: UserOrderBy;
  sort: SortDirection;
  /** The next view is loading; the current rows stay until it arrives. */
  busy: boolean;
  selected: ReadonlyMap<string, UserSummary>;
  onToggle: (user: UserSummary) => void;
  onSelectAll: (selected: boolean) => void;
  onSort: (orderby: UserOrderBy) => void;
  onDelete: (user: UserSummary) => void;
}

export function UsersTable({
  tenantId,
  users,
  orderby,
  sort,
  busy,
  selected,
  onToggle,
  onSelectAll,
  onSort,
  onDelete,
}: UsersTableProps) {
  const { t } = useTranslation('users');
  const navigate = useNavigate();
  const body = useRowClick((mail) => void navigate(paths.user(tenantId, mail)));
  // The app may be served under a sub-path; links carry it, as the router's own Link would.
  const base = useHref('/').replace(/\/$/, '');
  const labels = useMemo<RowLabels>(
    () => ({
      role: { 1: t('role.1'), 2: t('role.2') },
      status: { 0: t('status.0'), 1: t('status.1'), 2: t('status.2') },
      receiveOnlyHint: t('status.receiveOnlyHint'),
    }),
    [t],
  );
  const selectedOnPage = users.filter((user) => selected.has(user.mail)).length;
  return (
    <TableContainer component={Paper} variant="outlined">
      {/* Mounted only while loading: MUI animates its bars' left/right, a layout every frame
          even when hidden. The same height is kept meanwhile, so the table does not jump. */}
      {busy ? (
        <LinearProgress aria-label={t('table.updating')} sx={{ height: PROGRESS_HEIGHT }} />
      ) : (
        <Box sx={{ height: PROGRESS_HEIGHT }} />
      )}
      <Table aria-label={t('table.label')} aria-busy={busy} size="small" sx={usersTableStyles}>
        <UsersTableHead
          orderby={orderby}
          sort={sort}
          onSort={onSort}
          selectedOnPage={selectedOnPage}
          rowsOnPage={users.length}
          onSelectAll={onSelectAll}
        />
        <tbody ref={body}>
          {users.map((user, position) => (
            <UserRow
              // By position: a new page updates fifty rows' text in place instead of replacing
              // fifty rows of elements, which halves the work of showing it.
              key={position}
              tenantId={tenantId}
              user={user}
              href={base + paths.user(tenantId, user.mail)}
              selected={selected.has(user.mail)}
              labels={labels}
              t={t}
              onToggle={onToggle}
              onDelete={onDelete}
            />
          ))}
        </tbody>
      </Table>
    </TableContainer>
  );
}
