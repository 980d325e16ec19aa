import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/PageHeader';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';

export function ResourceGroupsPage() {
  const { t } = useTranslation('resources');
  useDocumentTitle(t('title'));
  return <PageHeader title={t('title')} />;
}
