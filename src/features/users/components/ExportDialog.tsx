import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@/hooks/useErrorMessage';
import type { ExportPhase } from './useUserExport';

interface ExportDialogProps {
  phase: ExportPhase;
  search: string;
  onRetry: () => void;
  onCancel: () => void;
}

/** Shown while an export reads its pages: how far it is, and a way to stop it. */
export function ExportDialog({ phase, search, onRetry, onCancel }: ExportDialogProps) {
  const { t } = useTranslation('users');
  const titleId = useId();
  const progressId = useId();
  const errorMessage = useErrorMessage(phase.kind === 'failed' ? phase.error : undefined);
  const progress = phase.kind === 'idle' ? undefined : phase.progress;
  const percent = progress && progress.total > 0 ? (100 * progress.loaded) / progress.total : 0;
  return (
    <Dialog open={phase.kind !== 'idle'} onClose={onCancel} aria-labelledby={titleId} fullWidth>
      <DialogTitle id={titleId}>{t('export.title')}</DialogTitle>
      <DialogContent>
        <Stack sx={{ gap: 2 }}>
          <Typography>
            {search ? t('export.scopeSearch', { search }) : t('export.scopeAll')}
          </Typography>
          {phase.kind === 'failed' ? (
            <Alert severity="error" role="alert">
              {t('export.failed', { reason: errorMessage })}
            </Alert>
          ) : null}
          <LinearProgress
            variant={progress ? 'determinate' : 'indeterminate'}
            value={percent}
            aria-labelledby={progressId}
          />
          <Typography id={progressId}>
            {progress
              ? t('export.progress', { loaded: progress.loaded, total: progress.total })
              : t('export.starting')}
          </Typography>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{t('export.cancel')}</Button>
        {phase.kind === 'failed' ? (
          <Button variant="contained" onClick={onRetry}>
            {t('actions.retry', { ns: 'common' })}
          </Button>
        ) : null}
      </DialogActions>
    </Dialog>
  );
}
