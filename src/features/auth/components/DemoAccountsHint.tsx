import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { LightNotice } from '@/components/LightNotice';

/** In mock mode, first-time users need to know which accounts the mock PBM has. */
export function DemoAccountsHint() {
  const { t } = useTranslation('auth');
  return (
    <LightNotice severity="info">
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {t('demo.title')}
      </Typography>
      <Typography variant="body2">{t('demo.admin')}: admin@example.ru / admin</Typography>
      <Typography variant="body2">{t('demo.user')}: user@example.ru / user</Typography>
    </LightNotice>
  );
}
