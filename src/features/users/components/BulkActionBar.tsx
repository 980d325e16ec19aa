import Block from '@mui/icons-material/Block';
import Delete from '@mui/icons-material/Delete';
import LockOpen from '@mui/icons-material/LockOpen';
import Logout from '@mui/icons-material/Logout';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { bulkActions, type BulkAction } from '../api/bulkActions';

const ICONS: Record<BulkAction, ReactNode> = {
  block: <Block />,
  unblock: <LockOpen />,
  endSessions: <Logout />,
  delete: <Delete />,
};

interface BulkActionBarProps {
  count: number;
  onAction: (action: BulkAction) => void;
  onClear: () => void;
}

/** What can be done with the selected users; shown only while some are selected. */
export function BulkActionBar({ count, onAction, onClear }: BulkActionBarProps) {
  const { t } = useTranslation('users');
  return (
    <Paper
      variant="outlined"
      role="group"
      aria-label={t('selection.label')}
      sx={{ px: 2, py: 1, mb: 1 }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography role="status" sx={{ mr: 1, fontWeight: 600 }}>
          {t('selection.count', { count })}
        </Typography>
        {bulkActions.map((action) => (
          <Button
            key={action}
            size="small"
            variant="outlined"
            color={action === 'delete' ? 'error' : 'primary'}
            startIcon={ICONS[action]}
            onClick={() => onAction(action)}
          >
            {t(`bulk.${action}.button`)}
          </Button>
        ))}
        <Button size="small" onClick={onClear} sx={{ ml: 'auto' }}>
          {t('selection.clear')}
        </Button>
      </Stack>
    </Paper>
  );
}
