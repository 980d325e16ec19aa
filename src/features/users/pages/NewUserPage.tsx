import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/PageHeader';

export function NewUserPage() {
  const { t } = useTranslation('users');
  return <PageHeader title={t('title')} />;
}
