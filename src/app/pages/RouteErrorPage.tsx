import Button from '@mui/material/Button';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { LightNotice } from '@/components/LightNotice';
import { NotFoundPage } from './NotFoundPage';

/**
 * Route error boundary. The common production failure is a chunk that no longer exists after a
 * deployment: the cure is a reload, so that is what it offers.
 */
export function RouteErrorPage() {
  const { t } = useTranslation('shell');
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage standalone />;
  const chunkFailed =
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(
      error.message,
    );
  return (
    <Box
      component="main"
      sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 2, py: 10, px: 2 }}
    >
      <Typography variant="h1">{t('crash.title')}</Typography>
      <LightNotice severity="error">
        {chunkFailed ? t('crash.newVersion') : t('crash.explanation')}
      </LightNotice>
      <Button variant="contained" onClick={() => window.location.reload()}>
        {t('crash.reload')}
      </Button>
    </Box>
  );
}
