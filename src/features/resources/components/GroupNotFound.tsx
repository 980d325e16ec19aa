import ArrowBack from '@mui/icons-material/ArrowBack';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useFocusWhenLost } from './useFocusWhenLost';

/** A URL naming a group the tenant does not have (deleted, mistyped, another tenant's). */
export function GroupNotFound({ tenantId, groupname }: { tenantId: string; groupname: string }) {
  const { t } = useTranslation('resources');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusWhenLost(headingRef);
  return (
    <Stack sx={{ gap: 1, py: 4, alignItems: 'center', textAlign: 'center' }}>
      <Typography
        variant="h2"
        ref={headingRef}
        tabIndex={-1}
        sx={{ '&:focus': { outline: 'none' } }}
      >
        {t('notFound.title')}
      </Typography>
      <Typography sx={{ color: 'text.secondary', overflowWrap: 'anywhere' }}>
        {t('notFound.explanation', { group: groupname })}
      </Typography>
      <Button component={Link} to={paths.resourceGroups(tenantId)} startIcon={<ArrowBack />}>
        {t('notFound.back')}
      </Button>
    </Stack>
  );
}
