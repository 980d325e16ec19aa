import HelpOutlined from '@mui/icons-material/HelpOutlined';
import IconButton from '@mui/material/IconButton';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

// The dialog is fetched on first use: the sign-in page must stay small.
const HelpDialog = lazy(async () => ({ default: (await import('./HelpDialog')).HelpDialog }));

/** The guide's "?" (Help) button: how to reach support (guide section 7, from config.json). */
export function HelpButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [requested, setRequested] = useState(false);
  return (
    <>
      <IconButton
        color="inherit"
        aria-label={t('help.open')}
        title={t('help.open')}
        onClick={() => {
          setRequested(true);
          setOpen(true);
        }}
      >
        <HelpOutlined />
      </IconButton>
      {requested ? (
        <Suspense fallback={null}>
          <HelpDialog open={open} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
