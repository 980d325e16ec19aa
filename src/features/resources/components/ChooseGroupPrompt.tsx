import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusWhenLost } from './useFocusWhenLost';

/** The right pane before a group is chosen. */
export function ChooseGroupPrompt() {
  const { t } = useTranslation('resources');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusWhenLost(headingRef);
  return (
    <Stack sx={{ gap: 1, py: 4, textAlign: 'center', alignItems: 'center' }}>
      <Typography
        variant="h2"
        ref={headingRef}
        tabIndex={-1}
        sx={{ '&:focus': { outline: 'none' } }}
      >
        {t('prompt.title')}
      </Typography>
      <Typography sx={{ color: 'text.secondary', maxWidth: '60ch' }}>
        {t('prompt.explanation')}
      </Typography>
    </Stack>
  );
}
