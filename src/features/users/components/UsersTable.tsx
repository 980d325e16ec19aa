import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableContainer from '@mui/material/TableContainer';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import type { SortDirection, UserOrderBy, UserSummary } from '../api/userQueries';
import { UserRow } from './UserRow';
import { UsersTableHead } from './UsersTableHead';
import { usersTableStyles } from './usersTableStyles';
import { useRowClick } from './useRowClick';

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
  onSort: (orderby: UserOrderBy, sort: SortDirection) => void;
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
  const selectedOnPage = users.filter((user) => selected.has(user.mail)).length;
  return (
    <TableContainer component={Paper} variant="outlined">
      {/* Reserved height either way, so the table does not jump when loading starts. */}
      <LinearProgress
        aria-label={t('table.updating')}
        sx={{ visibility: busy ? 'visible' : 'hidden' }}
      />
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
              selected={selected.has(user.mail)}
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
