import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { useTenantDomains } from '@/features/tenants/api/useTenantDomains';
import { useCreateResource } from '../api/resourceMutations';
import { toCreateResourceBody, type NewResourceValues } from '../schemas';
import { NewResourceForm } from './NewResourceForm';

interface NewResourcePaneProps {
  tenantId: string;
  groupname: string;
  onCreated: (values: NewResourceValues) => void;
  onClose: () => void;
}

/** The new-resource form once the tenant's domains (for the address) are known. */
export function NewResourcePane({ tenantId, groupname, onCreated, onClose }: NewResourcePaneProps) {
  const { t } = useTranslation('resources');
  const domains = useTenantDomains(tenantId);
  const createResource = useCreateResource(tenantId);

  if (domains.data === undefined) {
    return domains.isError ? (
      <ErrorState error={domains.error} onRetry={() => void domains.refetch()} />
    ) : (
      <LoadingState />
    );
  }
  if (domains.data.length === 0) {
    return (
      <Stack sx={{ gap: 2, alignItems: 'flex-start' }}>
        <Alert severity="warning">{t('resourceForm.noDomains')}</Alert>
        <Button onClick={onClose}>{t('form.back')}</Button>
      </Stack>
    );
  }
  return (
    <NewResourceForm
      domains={domains.data}
      onSubmit={(values) => createResource.mutateAsync(toCreateResourceBody(values, groupname))}
      onSaved={onCreated}
      onClose={onClose}
    />
  );
}
