import CircularProgress from '@mui/material/CircularProgress';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';

/** A centred spinner with an accessible name, for whole-page or whole-pane loads. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', py: 6 }}>
      <CircularProgress aria-label={label ?? t('status.loading')} />
    </Box>
  );
}
