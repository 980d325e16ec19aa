import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
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
    <Stack component="main" sx={{ alignItems: 'center', gap: 2, py: 10, px: 2 }}>
      <Typography variant="h1">{t('crash.title')}</Typography>
      <Alert severity="error">{chunkFailed ? t('crash.newVersion') : t('crash.explanation')}</Alert>
      <Button variant="contained" onClick={() => window.location.reload()}>
        {t('crash.reload')}
      </Button>
    </Stack>
  );
}
