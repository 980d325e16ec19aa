import NavigateBefore from '@mui/icons-material/NavigateBefore';
import NavigateNext from '@mui/icons-material/NavigateNext';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

interface MemberPagerProps {
  page: number;
  pageCount: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

/**
 * «26–50 из 500» with previous and next: enough beside the filter, and a fraction of the weight
 * of MUI's Pagination, which the section's size budget cannot carry.
 */
export function MemberPager({ page, pageCount, pageSize, total, onPage }: MemberPagerProps) {
  const { t } = useTranslation('maillists');
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, total);
  return (
    <Stack
      component="nav"
      aria-label={t('members.pagination.label')}
      direction="row"
      sx={{ alignItems: 'center', justifyContent: 'flex-end', gap: 1 }}
    >
      <Typography variant="body2" aria-live="polite">
        {t('members.pagination.range', { first, last, total })}
      </Typography>
      <IconButton
        aria-label={t('members.pagination.previous')}
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        <NavigateBefore />
      </IconButton>
      <IconButton
        aria-label={t('members.pagination.next')}
        disabled={page >= pageCount}
        onClick={() => onPage(page + 1)}
      >
        <NavigateNext />
      </IconButton>
    </Stack>
  );
}
