import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Used / total mailbox space, as the profile shows it («0 / 1000 Mb», figure 14). */
export function QuotaUsage({ used, quota }: { used: number; quota?: number | undefined }) {
  const { t } = useTranslation('userForm');
  const labelId = useId();
  if (quota === undefined) {
    // PBM does not say how large the default quota is, so there is nothing to draw a bar against.
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {t('account.quotaUsedDefault', { used })}
      </Typography>
    );
  }
  const percent = Math.min(100, Math.round((used / quota) * 100));
  return (
    <Stack sx={{ gap: 0.5 }}>
      <Typography id={labelId} variant="body2" sx={{ color: 'text.secondary' }}>
        {t('account.quotaUsed', { used, total: quota })}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={percent}
        aria-labelledby={labelId}
        color={percent >= 90 ? 'error' : 'primary'}
      />
    </Stack>
  );
}
