import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { paths } from '@/config/paths';

/** A link to a list that is gone (deleted, renamed, mistyped): say so and offer the way back. */
export function ListNotFound({ tenantId, mail }: { tenantId: string; mail: string }) {
  const { t } = useTranslation('maillists');
  return (
    <EmptyState title={t('notFound.title')}>
      {t('notFound.explanation', { mail })}
      <Button component={RouterLink} to={paths.mailingLists(tenantId)}>
        {t('notFound.back')}
      </Button>
    </EmptyState>
  );
}
