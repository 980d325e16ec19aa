import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import FirstPage from '@mui/icons-material/FirstPage';
import LastPage from '@mui/icons-material/LastPage';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ListPaginationProps {
  /** From 1. */
  page: number;
  pageSize: number;
  /** Rows on this page: the last page is usually short. */
  rows: number;
  total: number;
  /**
   * Gets the move as a change of the page last asked for, so two quick clicks on "next" move two
   * pages even before the first has been shown.
   */
  onPageChange: (move: (current: { page: number }) => { page: number }) => void;
}

/**
 * "1–50 из 1 320" and the four page buttons. Not MUI's TablePagination, which brings a rows-per-
 * page Select the server has no use for (PBM pages by 50) into the section's chunk.
 */
export function ListPagination({ page, pageSize, rows, total, onPageChange }: ListPaginationProps) {
  const { t } = useTranslation('users');
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  const from = (page - 1) * pageSize + 1;
  const to = (page - 1) * pageSize + rows;
  const clamp = (target: number) => Math.min(lastPage, Math.max(1, target));
  const moves = {
    first: () => ({ page: 1 }),
    previous: (current: { page: number }) => ({ page: clamp(current.page - 1) }),
    next: (current: { page: number }) => ({ page: clamp(current.page + 1) }),
    last: () => ({ page: lastPage }),
  };
  const button = (target: number, key: keyof typeof moves, icon: ReactNode) => (
    <IconButton
      aria-label={t(`pagination.${key}`)}
      disabled={target === page || target < 1 || target > lastPage}
      onClick={() => onPageChange(moves[key])}
    >
      {icon}
    </IconButton>
  );
  return (
    <Stack
      component="nav"
      aria-label={t('pagination.label')}
      direction="row"
      sx={{ alignItems: 'center', justifyContent: 'flex-end', gap: 1, py: 1, flexWrap: 'wrap' }}
    >
      <Typography variant="body2">{t('pagination.range', { from, to, total })}</Typography>
      <Stack direction="row">
        {button(1, 'first', <FirstPage />)}
        {button(page - 1, 'previous', <ChevronLeft />)}
        {button(page + 1, 'next', <ChevronRight />)}
        {button(lastPage, 'last', <LastPage />)}
      </Stack>
    </Stack>
  );
}
