import Box from '@mui/material/Box';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
// MUI's helper for text only screen readers read, as in its sortable-table pattern.
import { visuallyHidden } from '@mui/utils';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SortDirection, UserOrderBy } from '../api/userQueries';

interface UsersTableHeadProps {
  orderby: UserOrderBy;
  sort: SortDirection;
  onSort: (orderby: UserOrderBy) => void;
  /** How many of the page's rows are selected, of how many. */
  selectedOnPage: number;
  rowsOnPage: number;
  onSelectAll: (selected: boolean) => void;
}

/** The guide's columns (3.1.2) in its order, then role and status; three of them sort. */
export function UsersTableHead({
  orderby,
  sort,
  onSort,
  selectedOnPage,
  rowsOnPage,
  onSelectAll,
}: UsersTableHeadProps) {
  const { t } = useTranslation('users');
  const selectAll = useRef<HTMLInputElement>(null);
  const indeterminate = selectedOnPage > 0 && selectedOnPage < rowsOnPage;
  // "Some selected" exists only as a DOM property, not as an attribute.
  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = indeterminate;
  }, [indeterminate]);

  const sortable = (field: UserOrderBy) => {
    const active = orderby === field;
    return (
      <TableCell
        key={field}
        aria-sort={active ? (sort === 0 ? 'ascending' : 'descending') : undefined}
      >
        <TableSortLabel
          active={active}
          direction={active && sort === 1 ? 'desc' : 'asc'}
          onClick={() => onSort(field)}
        >
          {t(`table.${field}`)}
        </TableSortLabel>
      </TableCell>
    );
  };

  return (
    <TableHead>
      <TableRow>
        <TableCell padding="checkbox">
          {/* The same native checkbox as the rows' (see usersTableStyles). */}
          <input
            ref={selectAll}
            type="checkbox"
            checked={rowsOnPage > 0 && selectedOnPage === rowsOnPage}
            disabled={rowsOnPage === 0}
            onChange={(event) => onSelectAll(event.target.checked)}
            aria-label={t('table.selectAll')}
          />
        </TableCell>
        <TableCell padding="checkbox">
          <Box component="span" sx={visuallyHidden}>
            {t('table.avatar')}
          </Box>
        </TableCell>
        {sortable('cn')}
        {sortable('sn')}
        {sortable('mail')}
        <TableCell>{t('table.role')}</TableCell>
        <TableCell>{t('table.status')}</TableCell>
        <TableCell align="right">
          <Box component="span" sx={visuallyHidden}>
            {t('table.actions')}
          </Box>
        </TableCell>
      </TableRow>
    </TableHead>
  );
}
