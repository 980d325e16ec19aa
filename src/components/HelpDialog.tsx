import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { getRuntimeConfig } from '@/config/runtimeConfig';

/** Support contacts (guide section 7), as configured in config.json. */
export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const { support } = getRuntimeConfig();
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{t('help.title')}</DialogTitle>
      <DialogContent>
        <Stack sx={{ gap: 1 }}>
          <Typography>{t('help.intro')}</Typography>
          <Typography>
            {t('help.email')} <Link href={`mailto:${support.email}`}>{support.email}</Link>
          </Typography>
          {support.phone ? (
            <Typography>
              {t('help.phone')} <Link href={`tel:${support.phone}`}>{support.phone}</Link>
            </Typography>
          ) : null}
          {support.url ? (
            <Typography>
              <Link href={support.url} target="_blank" rel="noopener noreferrer">
                {t('help.website')}
              </Link>
            </Typography>
          ) : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          {t('actions.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
