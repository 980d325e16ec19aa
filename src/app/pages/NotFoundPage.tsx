import Button from '@mui/material/Button';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';

/**
 * An unknown address: say so, and offer the way back. Inside the shell it is content of the
 * shell's <main>; on its own (`standalone`) it is the page's main landmark.
 */
export function NotFoundPage({ standalone = false }: { standalone?: boolean }) {
  const { t } = useTranslation('shell');
  useDocumentTitle(t('notFound.title'));
  return (
    <Box
      component={standalone ? 'main' : 'div'}
      sx={{
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        gap: 2,
        py: 10,
        px: 2,
        textAlign: 'center',
      }}
    >
      <Typography variant="h1">{t('notFound.title')}</Typography>
      <Typography>{t('notFound.explanation')}</Typography>
      <Button variant="contained" component={RouterLink} to={paths.root()}>
        {t('notFound.home')}
      </Button>
    </Box>
  );
}
